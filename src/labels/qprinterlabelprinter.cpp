// SPDX-License-Identifier: GPL-3.0-or-later
#include "qprinterlabelprinter.h"

#include "labelfonts.h"
#include "labelpainter.h"
#include "labelscene.h"

#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

namespace VendorPack {

QPrinterLabelPrinter::QPrinterLabelPrinter(const QString &printerName)
    : m_printerName(printerName)
{
}

QString QPrinterLabelPrinter::description() const
{
    return tr("printer \"%1\"").arg(m_printerName);
}

bool QPrinterLabelPrinter::print(const QList<LabelScene> &labels, QString *error)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull()) {
        const QStringList known = QPrinterInfo::availablePrinterNames();
        *error = tr("The printer \"%1\" is not installed on this computer (installed: %2)")
                     .arg(m_printerName,
                          known.isEmpty() ? tr("none") : known.join(QLatin1String(", ")));
        return false;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    return paint(printer, labels, error);
}

bool QPrinterLabelPrinter::paint(QPrinter &printer, const QList<LabelScene> &labels, QString *error)
{
    if (labels.isEmpty()) {
        *error = tr("There are no labels to print");
        return false;
    }
    if (!LabelFonts::load(error))
        return false;
    for (const LabelScene &label : labels) {
        if (label.hasErrors()) {
            *error = tr("Label %1 cannot be printed: %2")
                         .arg(label.name, label.findings.first().message);
            return false;
        }
    }
    QList<LabelScene> pages;
    for (const LabelScene &label : labels) {
        for (int i = 0; i < qMax(1, label.copies); ++i)
            pages.append(label);
    }
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(pages.first().size, QPageSize::Millimeter),
                                      QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&printer)) {
        *error = tr("The printer \"%1\" did not accept the job").arg(printer.printerName());
        return false;
    }
    const bool ok = LabelPainter::paintPages(painter, printer, pages);
    painter.end();
    if (!ok || printer.printerState() == QPrinter::Error) {
        *error = tr("The printer \"%1\" failed while printing").arg(printer.printerName());
        return false;
    }
    return true;
}

} // namespace VendorPack
