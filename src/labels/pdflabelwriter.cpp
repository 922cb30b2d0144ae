// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdflabelwriter.h"

#include "labelfonts.h"
#include "labelpainter.h"
#include "labelscene.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace VendorPack {

namespace {

// Device resolution of the PDF; the drawing itself is vector.
constexpr int kPdfResolution = 1200;

} // namespace

bool PdfLabelWriter::write(const QList<LabelScene> &scenes, QIODevice *device, QString *error,
                           const QString &title)
{
    if (scenes.isEmpty()) {
        if (error)
            *error = tr("There are no labels to write");
        return false;
    }
    if (!LabelFonts::load(error))
        return false;
    QPdfWriter writer(device);
    writer.setResolution(kPdfResolution);
    writer.setCreator(QStringLiteral("VendorPack"));
    writer.setTitle(!title.isEmpty()         ? title
                        : scenes.size() == 1 ? tr("SSCC label %1").arg(scenes.first().name)
                                             : tr("%1 SSCC labels").arg(scenes.size()));
    writer.setPageLayout(QPageLayout(QPageSize(scenes.first().size, QPageSize::Millimeter),
                                     QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("The PDF could not be started");
        return false;
    }
    const bool ok = LabelPainter::paintPages(painter, writer, scenes);
    painter.end();
    if (!ok && error)
        *error = tr("The PDF writer refused a new page");
    return ok;
}

bool PdfLabelWriter::writeFile(const QList<LabelScene> &scenes, const QString &path, QString *error,
                               const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(scenes, &file, error, title))
        return false;
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace VendorPack
