// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLatin1String>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace VendorPack {

// What one barcode scan means at the packing station: its kind, its key value and the GS1 data it
// carried, or why it was refused.
struct Scan
{
    enum class Kind { Invalid, Sscc, Gtin, CaseContent, Sku, Quantity };

    Kind kind = Kind::Invalid;
    QString value; // SSCC digits, GTIN-14, SKU text, or the quantity in digits
    int count = 0; // AI 37 count, or the Quantity
    QString lot; // AI 10
    QDate expiry; // AI 17
    QString orderNumber; // AI 400
    QString shipToPostal; // AI 420
    QList<QPair<QString, QString>> elements; // every AI and its data, in scan order
    QString error; // readable, says what and where (1-based character position in raw)
    QString raw; // the text exactly as it was given to the parser

    bool isValid() const { return kind != Kind::Invalid; }

    static QLatin1String kindName(Kind kind)
    {
        switch (kind) {
        case Kind::Invalid:
            return QLatin1String("Invalid");
        case Kind::Sscc:
            return QLatin1String("Sscc");
        case Kind::Gtin:
            return QLatin1String("Gtin");
        case Kind::CaseContent:
            return QLatin1String("CaseContent");
        case Kind::Sku:
            return QLatin1String("Sku");
        case Kind::Quantity:
            return QLatin1String("Quantity");
        }
        return QLatin1String("Invalid");
    }

    friend bool operator==(const Scan &a, const Scan &b)
    {
        return a.kind == b.kind && a.value == b.value && a.count == b.count && a.lot == b.lot
            && a.expiry == b.expiry && a.orderNumber == b.orderNumber
            && a.shipToPostal == b.shipToPostal && a.elements == b.elements && a.error == b.error
            && a.raw == b.raw;
    }
    friend bool operator!=(const Scan &a, const Scan &b) { return !(a == b); }
};

} // namespace VendorPack

Q_DECLARE_METATYPE(VendorPack::Scan)
