// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "zpllabelwriter.h"

#include <QImage>

namespace VendorPack {

// Rasterises a placed ZPL label at the printer's resolution, one pixel per dot: the same boxes,
// the same text blocks (in the label face, standing in for the printer's font 0) and the same
// barcodes with the same whole-dot module widths. A preview of our own layout, not a ZPL
// interpreter: what the tests decode and what a screen can show before printing.
class ZplPreview
{
public:
    static QImage render(const ZplLabelWriter::Placed &label);
};

} // namespace VendorPack
