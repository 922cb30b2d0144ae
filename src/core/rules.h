// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QList>

namespace VendorPack {

// What a rule looks at, which decides when the validator runs it again.
enum class RuleScope {
    Document, // the reading of the file
    Header, // the shipment header alone
    Node, // one line and its place in the tree
    Container, // a carton or pallet and what is directly or indirectly inside it
    Shipment // sums over the whole shipment (SSCC uniqueness, units per PO line)
};

// One packing rule: its stable id, severity and a sentence for people.
struct RuleInfo
{
    const char *id;
    Severity severity;
    RuleScope scope;
    const char *summary;
};

// The table of every packing rule (DESIGN.md section 4).
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
public:
    static const QList<RuleInfo> &all();
    static const RuleInfo *find(QStringView id);
    static QString summary(const RuleInfo &rule);
};

} // namespace VendorPack
