// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelprinter.h"

#include <QCoreApplication>

class QPrinter;

namespace VendorPack {

// Prints labels through QPrinter to a printer of the system found by name (QPrinterInfo): the
// same painter path as the PDF files. A print preview dialog can call paint() on its QPrinter.
class QPrinterLabelPrinter : public LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(QPrinterLabelPrinter)
public:
    explicit QPrinterLabelPrinter(const QString &printerName);

    QString description() const override;
    bool print(const QList<LabelScene> &labels, QString *error) override;

    // Paints the labels (with their copies) on a set-up printer: full page, each page the
    // label's size. For QPrintPreviewDialog::paintRequested and for PDF output.
    static bool paint(QPrinter &printer, const QList<LabelScene> &labels, QString *error);

private:
    QString m_printerName;
};

} // namespace VendorPack
