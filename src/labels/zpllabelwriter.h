// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "barcode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QRect>
#include <QStringList>

namespace VendorPack {

class LabelScene;

// Writes a label scene as ZPL II for a Zebra-compatible printer at 203 or 300 dpi: positions in
// whole dots, module widths snapped to whole dots, GS1-128 in mode N with an explicit FNC1,
// UTF-8 text (^CI28) in field blocks, our own human-readable line. The placed label (in dots)
// is also what the ZPL preview draws.
class ZplLabelWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZplLabelWriter)
public:
    // A field block of text.
    struct Text
    {
        QPoint origin; // dots
        int width = 0; // of the block
        int height = 0; // font height and width (^A0N,h,h)
        int lineSpacing = 0; // dots between lines
        QStringList lines;
        bool centred = false;
        bool inverted = false;
    };
    // A barcode as the printer draws it: left edge of the start character at origin.
    struct Code
    {
        QPoint origin;
        int moduleDots = 0;
        int heightDots = 0;
        int modules = 0;
        Symbology symbology = Symbology::Gs1_128;
        QString data;
        QRect quietArea; // symbol plus its quiet zones: must stay clear
    };
    // A label placed in dots.
    struct Placed
    {
        int dpi = 203;
        int width = 0;
        int height = 0;
        int copies = 1;
        QList<QRect> boxes;
        QList<Text> texts;
        QList<Code> codes;
        QStringList problems; // a barcode that cannot keep its X-dimension or quiet zones
        // Text beyond Latin (Cyrillic, Greek, CJK...): font 0 of many printers has no glyphs
        // for it; printing is allowed, but someone should look at the label.
        QStringList warnings;
    };

    explicit ZplLabelWriter(int dpi = 203);

    int dpi() const { return m_dpi; }
    static bool isSupportedDpi(int dpi) { return dpi == 203 || dpi == 300; }

    // The module width in whole dots: the target rounded, made smaller only when the symbol
    // with its quiet zones would not fit availableMm; at least 1.
    static int moduleDots(double targetMm, int dpi, double availableMm, int totalModules);

    Placed place(const LabelScene &scene) const;
    static QByteArray serialize(const Placed &label);
    QByteArray write(const LabelScene &scene) const { return serialize(place(scene)); }
    // Every label in one stream, as a printer takes it; empty with a message when a label has
    // errors or a barcode cannot keep its X-dimension and quiet zones.
    QByteArray writeAll(const QList<LabelScene> &scenes, QString *error) const;

    // Field data escaped for ^FH_ (and for ^FB's backslash); *needsHex tells whether ^FH is due.
    static QByteArray escapeText(const QString &text, bool *needsHex);
    // Code 128 field data in mode N: ">;>800" + SSCC, or ">:" + the text with > ^ ~ as codes.
    static QByteArray codeData(Symbology symbology, const QString &data);

private:
    int m_dpi;
};

} // namespace VendorPack
