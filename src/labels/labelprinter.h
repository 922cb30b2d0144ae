// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace VendorPack {

class LabelScene;

// A place labels are printed to: a QPrinter, a CUPS queue or a TCP 9100 port taking raw ZPL, or
// a folder. The caller records the SSCCs as printed in the ledger only when print() succeeds.
class LabelPrinter
{
public:
    virtual ~LabelPrinter() = default;
    // What and where, for messages: "ZPL to 10.0.0.5:9100 (203 dpi)".
    virtual QString description() const = 0;
    // Prints every label (each as many times as its copies); false with a message saying what
    // failed. Nothing may be taken as printed after a failure.
    virtual bool print(const QList<LabelScene> &labels, QString *error) = 0;
};

} // namespace VendorPack
