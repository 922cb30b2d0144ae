// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace VendorPack {

using NodeId = quint32;

enum class Severity { Error, Warning, Info };

// One validation result: a rule id, where in the shipment document, and what is wrong.
struct Finding
{
    Severity severity = Severity::Error;
    QString rule; // a stable id from the rule table, e.g. "nesting.pallet"
    QString pointer; // RFC 6901 pointer into the shipment document
    QString message;
    NodeId node = 0; // the tree node it belongs to, 0 for the header or the document

    static QLatin1String severityName(Severity severity);
    // "error nesting.pallet /Model/Lines/0/Lines/1: message"
    QString toText() const;
    // {"severity":"error","rule":"...","pointer":"...","message":"..."} on one line
    QByteArray toJsonLine() const;

    friend bool operator==(const Finding &a, const Finding &b)
    {
        return a.severity == b.severity && a.rule == b.rule && a.pointer == b.pointer
            && a.message == b.message && a.node == b.node;
    }
};

using Findings = QList<Finding>;

int countSeverity(const Findings &findings, Severity severity);

} // namespace VendorPack

Q_DECLARE_METATYPE(VendorPack::Finding)
