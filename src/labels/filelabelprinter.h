// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelprinter.h"

#include <QCoreApplication>

namespace VendorPack {

// A "printer" that writes each label into a folder as <SSCC>.pdf or <SSCC>.zpl (a reprint
// replaces the file): for the demo, for tests and for printing later by hand.
class FileLabelPrinter : public LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(FileLabelPrinter)
public:
    enum class Format { Pdf, Zpl };

    FileLabelPrinter(const QString &folder, Format format, int dpi = 203);

    QString description() const override;
    bool print(const QList<LabelScene> &labels, QString *error) override;

    // The file a label goes to.
    QString pathFor(const LabelScene &label) const;

private:
    QString m_folder;
    Format m_format;
    int m_dpi;
};

} // namespace VendorPack
