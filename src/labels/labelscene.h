// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "barcode.h"
#include "labeldata.h"
#include "labellayout.h"

#include "core/finding.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QStringList>

namespace VendorPack {

// A block of text already set: its lines at one size, top-aligned in its rectangle.
struct LabelText
{
    QRectF rect; // mm
    QStringList lines;
    double sizeMm = 3;
    bool bold = false;
    bool centred = false;
    bool inverted = false; // white on a black box
};

// A filled black rectangle: a rule between zones, or the ground of inverted text.
struct LabelBox
{
    QRectF rect; // mm
};

// A barcode to be centred in an area: the back end picks the module width (whole dots for ZPL)
// up to the target that leaves the quiet zones inside the area.
struct LabelBarcode
{
    QRectF area; // mm: the bars' height, the width it may use with its quiet zones
    Symbology symbology = Symbology::Gs1_128;
    QString data; // Gs1_128: "00" + SSCC; Code128B: the text
    int modules = 0;
    double targetModuleMm = 0.5;
    int quietModules = LabelLayout::kQuietZoneModules;
};

// One label composed from the layout and its data: every text fitted into its zone, the rules
// and the barcodes, in millimetres. The PDF painter and the ZPL writer both draw this.
class LabelScene
{
    Q_DECLARE_TR_FUNCTIONS(LabelScene)
public:
    static LabelScene compose(const LabelLayout &layout, const LabelData &data);
    // A test print: the printer's resolution, the X-dimension in mm and dots, the quiet zone,
    // with a sample SSCC barcode; dpi 0 for a PDF printer (millimetres only).
    static LabelScene testLabel(LabelStock stock, int dpi);

    QSizeF size; // mm
    QString name; // the SSCC digits: file names
    int copies = 1;
    QList<LabelBox> boxes;
    QList<LabelText> texts;
    QList<LabelBarcode> barcodes;
    // Text that could not be fitted even at the smallest size, characters the label font lacks,
    // a PO that Code 128 cannot carry. Errors mean the label must not be printed.
    Findings findings;

    bool hasErrors() const { return countSeverity(findings, Severity::Error) > 0; }
};

} // namespace VendorPack
