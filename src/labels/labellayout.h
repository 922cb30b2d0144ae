// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <optional>

namespace VendorPack {

// The label stock a printer holds.
enum class LabelStock { FourBySix, A6 };

// What a label marks: a carton or a pallet.
enum class LabelKind { Carton, Pallet };

// The blocks of a logistic label, top to bottom (GS1 General Specifications 6.6.4 and Amazon's
// zones A to F): free text first, then data, the SSCC barcode always lowest.
enum class LabelZoneRole {
    ShipFrom,
    ShipTo,
    Carrier,
    PurchaseOrder,
    Contents, // carton: SKU and quantity or MIXED SKUS; pallet: carton count and weight
    Count, // carton n of N / pallet n of N
    Marking, // pallet: a large SINGLE SKU / MIXED SKUS
    Sscc
};

// One block of a label: what it shows and where, in millimetres from the top-left corner.
struct LabelZone
{
    LabelZoneRole role;
    QRectF rect;
};

// The one layout definition of the carton and the pallet label on each stock, in millimetres,
// that the PDF and the ZPL back ends both draw; also the barcode and text sizes they aim for.
class LabelLayout
{
    Q_DECLARE_TR_FUNCTIONS(LabelLayout)
public:
    // GS1 logistic label: X-dimension 0.495 to 1.016 mm, bars at least 31.75 mm tall.
    static constexpr double kSsccModuleMm = 0.5;
    static constexpr double kSsccMinModuleMm = 0.495;
    static constexpr double kSsccBarHeightMm = 32.0;
    static constexpr double kPoModuleMm = 0.375;
    static constexpr double kPoBarHeightMm = 10.0;
    static constexpr int kQuietZoneModules = 10;
    static constexpr double kRuleMm = 0.4;

    static LabelLayout create(LabelStock stock, LabelKind kind);

    // Width and height of the stock in millimetres (4 x 6 in = 101.6 x 152.4, A6 = 105 x 148).
    static QSizeF stockSize(LabelStock stock);
    // "4x6" or "a6".
    static QString stockName(LabelStock stock);
    static std::optional<LabelStock> stockFromName(const QString &name);

    LabelStock stock() const { return m_stock; }
    LabelKind kind() const { return m_kind; }
    QSizeF size() const { return m_size; }
    double margin() const { return m_margin; }
    // The printable area inside the margin.
    QRectF contentRect() const;
    const QList<LabelZone> &zones() const { return m_zones; }
    bool hasZone(LabelZoneRole role) const;
    // The zone's rectangle; an empty one if the label has no such zone.
    QRectF zone(LabelZoneRole role) const;

private:
    LabelStock m_stock = LabelStock::FourBySix;
    LabelKind m_kind = LabelKind::Carton;
    QSizeF m_size;
    double m_margin = 2.5;
    QList<LabelZone> m_zones;
};

} // namespace VendorPack
