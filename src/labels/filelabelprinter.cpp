// SPDX-License-Identifier: GPL-3.0-or-later
#include "filelabelprinter.h"

#include "labelscene.h"
#include "pdflabelwriter.h"
#include "zpllabelwriter.h"

#include <QDir>
#include <QSaveFile>

namespace VendorPack {

FileLabelPrinter::FileLabelPrinter(const QString &folder, Format format, int dpi)
    : m_folder(folder)
    , m_format(format)
    , m_dpi(dpi)
{
}

QString FileLabelPrinter::description() const
{
    return m_format == Format::Pdf ? tr("PDF files in %1").arg(m_folder)
                                   : tr("ZPL files (%1 dpi) in %2").arg(m_dpi).arg(m_folder);
}

QString FileLabelPrinter::pathFor(const LabelScene &label) const
{
    return QDir(m_folder).filePath(
        label.name + (m_format == Format::Pdf ? QStringLiteral(".pdf") : QStringLiteral(".zpl")));
}

bool FileLabelPrinter::print(const QList<LabelScene> &labels, QString *error)
{
    if (labels.isEmpty()) {
        *error = tr("There are no labels to print");
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = tr("Cannot create the label folder %1").arg(m_folder);
        return false;
    }
    const ZplLabelWriter zpl(m_dpi);
    for (const LabelScene &label : labels) {
        const QString path = pathFor(label);
        if (m_format == Format::Pdf) {
            if (label.hasErrors()) {
                *error = tr("Label %1 cannot be printed: %2")
                             .arg(label.name, label.findings.first().message);
                return false;
            }
            if (!PdfLabelWriter::writeFile({ label }, path, error))
                return false;
            continue;
        }
        const QByteArray bytes = zpl.writeAll({ label }, error);
        if (bytes.isEmpty())
            return false;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
            || !file.commit()) {
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace VendorPack
