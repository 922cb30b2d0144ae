// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpainter.h"

#include "labelfonts.h"
#include "labelscene.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <cmath>

namespace VendorPack {

namespace {

// The painter draws in hundredths of a millimetre: font pixel sizes are whole numbers.
constexpr double kUnitsPerMm = 100.0;

int units(double mm)
{
    return int(std::lround(mm * kUnitsPerMm));
}

} // namespace

void LabelPainter::paint(QPainter &painter, const LabelScene &scene, const QRectF &target)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / (scene.size.width() * kUnitsPerMm),
                  target.height() / (scene.size.height() * kUnitsPerMm));
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(
        QRectF(0, 0, scene.size.width() * kUnitsPerMm, scene.size.height() * kUnitsPerMm),
        Qt::white);
    for (const LabelBox &box : scene.boxes) {
        const QRectF &r = box.rect;
        painter.fillRect(QRectF(r.left() * kUnitsPerMm, r.top() * kUnitsPerMm,
                                r.width() * kUnitsPerMm, r.height() * kUnitsPerMm),
                         Qt::black);
    }

    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const LabelText &text : scene.texts) {
        painter.setFont(LabelFonts::font(units(text.sizeMm), text.bold));
        painter.setPen(text.inverted ? Qt::white : Qt::black);
        const double lineHeight = text.sizeMm * LabelFonts::kLineFactor;
        const double ascent = LabelFonts::ascent(text.sizeMm, text.bold);
        for (int i = 0; i < text.lines.size(); ++i) {
            const QString &line = text.lines.at(i);
            double x = text.rect.left();
            if (text.centred)
                x += (text.rect.width() - LabelFonts::width(line, text.sizeMm, text.bold)) / 2;
            const double baseline = text.rect.top() + i * lineHeight + ascent;
            painter.drawText(QPointF(x * kUnitsPerMm, baseline * kUnitsPerMm), line);
        }
    }

    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (const LabelBarcode &b : scene.barcodes) {
        const Barcode barcode = Barcode::cached(b.symbology, b.data);
        if (!barcode.isValid())
            continue;
        const double x
            = qMin(b.targetModuleMm, b.area.width() / (barcode.modules() + 2 * b.quietModules));
        const double left = b.area.center().x() - barcode.modules() * x / 2;
        barcode.paint(painter, QPointF(left * kUnitsPerMm, b.area.top() * kUnitsPerMm),
                      x * kUnitsPerMm, b.area.height() * kUnitsPerMm);
    }
    painter.restore();
}

bool LabelPainter::paintPages(QPainter &painter, QPagedPaintDevice &device,
                              const QList<LabelScene> &scenes)
{
    for (int i = 0; i < scenes.size(); ++i) {
        const LabelScene &scene = scenes.at(i);
        if (i > 0) {
            device.setPageLayout(QPageLayout(QPageSize(scene.size, QPageSize::Millimeter),
                                             QPageLayout::Portrait, QMarginsF()));
            if (!device.newPage())
                return false;
        }
        const QRectF page = device.pageLayout().fullRectPixels(device.logicalDpiX());
        paint(painter, scene, QRectF(QPointF(0, 0), page.size()));
    }
    return true;
}

QImage LabelPainter::render(const LabelScene &scene, int dpi)
{
    const QSize size(int(std::lround(scene.size.width() * dpi / 25.4)),
                     int(std::lround(scene.size.height() * dpi / 25.4)));
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, scene, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

} // namespace VendorPack
