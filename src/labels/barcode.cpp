// SPDX-License-Identifier: GPL-3.0-or-later
#include "barcode.h"

#include <QHash>
#include <QPainter>

#include <zint.h>

#include <cmath>

namespace VendorPack {

namespace {

// Frees a zint symbol however the encoding ends.
struct SymbolDeleter
{
    void operator()(zint_symbol *symbol) const { ZBarcode_Delete(symbol); }
};

} // namespace

bool Barcode::isCode128B(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return false;
    }
    return true;
}

int Barcode::moduleCount(Symbology symbology, const QString &data)
{
    switch (symbology) {
    case Symbology::Gs1_128:
        // Start C, FNC1, digit pairs, check, stop; AI 00 + 18 digits = 10 pairs.
        return 11 * (2 + int(data.size() + 1) / 2 + 1) + 13;
    case Symbology::Code128B:
        return 11 * (1 + int(data.size()) + 1) + 13;
    }
    return 0;
}

Barcode Barcode::encode(Symbology symbology, const QString &data, QString *error)
{
    Barcode barcode;
    QByteArray input;
    std::unique_ptr<zint_symbol, SymbolDeleter> symbol(ZBarcode_Create());
    if (!symbol) {
        if (error)
            *error = tr("The barcode library could not start");
        return barcode;
    }
    if (symbology == Symbology::Gs1_128) {
        if (data.size() < 3 || !data.startsWith(QLatin1String("00"))) {
            if (error)
                *error = tr("\"%1\" is not an SSCC element string (00 + 18 digits)").arg(data);
            return barcode;
        }
        symbol->symbology = BARCODE_GS1_128;
        symbol->input_mode = GS1_MODE;
        input = "[00]" + data.mid(2).toLatin1();
    } else {
        if (!isCode128B(data)) {
            if (error)
                *error = tr("\"%1\" cannot be put in a Code 128 barcode (printable ASCII only)")
                             .arg(data);
            return barcode;
        }
        symbol->symbology = BARCODE_CODE128B;
        input = data.toLatin1();
    }
    symbol->show_hrt = 1;
    symbol->whitespace_width = 0;
    symbol->border_width = 0;
    symbol->scale = 1.0f;
    symbol->height = 10.0f;
    const int status = ZBarcode_Encode_and_Buffer_Vector(
        symbol.get(), reinterpret_cast<const unsigned char *>(input.constData()), int(input.size()),
        0);
    if (status >= ZINT_ERROR || !symbol->vector || symbol->width <= 0) {
        if (error)
            *error = tr("The barcode for \"%1\" could not be made: %2")
                         .arg(data, QString::fromUtf8(symbol->errtxt));
        return barcode;
    }
    // zint's vector units per module: the symbol's width over its modules (no whitespace).
    double minX = 1e9;
    double maxX = -1e9;
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        minX = std::min(minX, double(r->x));
        maxX = std::max(maxX, double(r->x + r->width));
    }
    const double unit = (maxX - minX) / symbol->width;
    if (!(unit > 0)) {
        if (error)
            *error = tr("The barcode for \"%1\" came out empty").arg(data);
        return barcode;
    }
    for (const zint_vector_rect *r = symbol->vector->rectangles; r; r = r->next) {
        // Whole modules: zint places bars on its module grid.
        barcode.m_bars.append(
            Bar { std::round((r->x - minX) / unit), std::round(r->width / unit) });
    }
    barcode.m_modules = symbol->width;
    barcode.m_text = QString::fromUtf8(reinterpret_cast<const char *>(symbol->text));
    return barcode;
}

Barcode Barcode::cached(Symbology symbology, const QString &data, QString *error)
{
    static QHash<QString, Barcode> cache;
    const QString key = QString::number(int(symbology)) + QLatin1Char(':') + data;
    const auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    Barcode barcode = encode(symbology, data, error);
    if (barcode.isValid()) {
        if (cache.size() > 10000)
            cache.clear();
        cache.insert(key, barcode);
    }
    return barcode;
}

void Barcode::paint(QPainter &painter, const QPointF &origin, double moduleWidth,
                    double height) const
{
    for (const Bar &bar : m_bars) {
        painter.fillRect(
            QRectF(origin.x() + bar.x * moduleWidth, origin.y(), bar.width * moduleWidth, height),
            painter.brush());
    }
}

} // namespace VendorPack
