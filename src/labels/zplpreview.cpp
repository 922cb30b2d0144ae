// SPDX-License-Identifier: GPL-3.0-or-later
#include "zplpreview.h"

#include "labelfonts.h"

#include <QPainter>

namespace VendorPack {

QImage ZplPreview::render(const ZplLabelWriter::Placed &label)
{
    QImage image(label.width, label.height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    for (const QRect &box : label.boxes)
        painter.fillRect(box, Qt::black);

    painter.setRenderHint(QPainter::TextAntialiasing, true);
    for (const ZplLabelWriter::Text &text : label.texts) {
        const QFont font = LabelFonts::font(text.height, false);
        painter.setFont(LabelFonts::font(text.height, false));
        painter.setPen(text.inverted ? Qt::white : Qt::black);
        const QFontMetricsF metrics(font);
        for (int i = 0; i < text.lines.size(); ++i) {
            const QString &line = text.lines.at(i);
            const double width = metrics.horizontalAdvance(line);
            const double x
                = text.centred ? text.origin.x() + (text.width - width) / 2 : text.origin.x();
            const double baseline
                = text.origin.y() + i * (text.height + text.lineSpacing) + metrics.ascent();
            painter.drawText(QPointF(x, baseline), line);
        }
    }

    // Bars on whole dots, with nothing smoothed: what a thermal head prints.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setBrush(Qt::black);
    for (const ZplLabelWriter::Code &code : label.codes) {
        const Barcode barcode = Barcode::cached(code.symbology, code.data);
        for (const Barcode::Bar &bar : barcode.bars()) {
            painter.fillRect(QRect(code.origin.x() + int(bar.x) * code.moduleDots, code.origin.y(),
                                   int(bar.width) * code.moduleDots, code.heightDots),
                             Qt::black);
        }
    }
    return image;
}

} // namespace VendorPack
