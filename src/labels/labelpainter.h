// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QRectF>

class QPainter;
class QPagedPaintDevice;

namespace VendorPack {

class LabelScene;

// Paints label scenes with QPainter: vector text in the label face and zint's vector bars. The
// one painter path behind the PDF files, QPrinter (and its print preview) and screen images.
class LabelPainter
{
public:
    // Paints one label into target (device coordinates).
    static void paint(QPainter &painter, const LabelScene &scene, const QRectF &target);
    // One page per label on a printer or PDF writer, the painter already begun on it with the
    // first label's page size and no margins; later pages take their label's size. False when
    // the device refuses a new page.
    static bool paintPages(QPainter &painter, QPagedPaintDevice &device,
                           const QList<LabelScene> &scenes);
    // A raster image of one label at dpi.
    static QImage render(const LabelScene &scene, int dpi);
};

} // namespace VendorPack
