// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QPainter;
class QPointF;

namespace VendorPack {

// The linear symbologies a label carries.
enum class Symbology {
    Gs1_128, // data "00" + SSCC, FNC1 after the start character
    Code128B // plain Code 128 in subset B (PO numbers), as ZPL's ">:" start gives it
};

// One encoded linear barcode from libzint's vector output: its bars in modules, drawn at any
// module width by the PDF painter and, snapped to whole dots, by the ZPL preview.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(Barcode)
public:
    // A bar: left edge and width in modules.
    struct Bar
    {
        double x;
        double width;
    };

    // Encodes with zint; an invalid Barcode with a message in *error on bad data.
    // Gs1_128 takes the element string without parentheses: "00" followed by the SSCC.
    static Barcode encode(Symbology symbology, const QString &data, QString *error = nullptr);
    // The same, remembered: labels repeat PO barcodes and the preview repeats every barcode.
    // The cache is not locked: call it from one thread.
    static Barcode cached(Symbology symbology, const QString &data, QString *error = nullptr);
    // The symbol's width in modules without quiet zones, known without encoding (what ZPL and
    // the layout need): 11 per character with start and check, 13 for the stop.
    static int moduleCount(Symbology symbology, const QString &data);
    // Whether Code 128 subset B can carry the text (ASCII 32 to 126).
    static bool isCode128B(const QString &text);

    bool isValid() const { return m_modules > 0; }
    int modules() const { return m_modules; }
    const QList<Bar> &bars() const { return m_bars; }
    // The human-readable text zint derives ("(00)0061414...").
    QString text() const { return m_text; }

    // Fills the bars with the painter's current brush: left edge at origin, x in the
    // painter's units per module.
    void paint(QPainter &painter, const QPointF &origin, double moduleWidth, double height) const;

private:
    int m_modules = 0;
    QList<Bar> m_bars;
    QString m_text;
};

} // namespace VendorPack
