// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellayout.h"

namespace VendorPack {

namespace {

// Heights of the fixed rows, in millimetres; the contents row takes what is left.
constexpr double kAddressRowMm = 33.0;
constexpr double kCarrierRowMm = 10.5;
constexpr double kPurchaseOrderRowMm = 23.0;
// SSCC zone: data title, bars, gap, human-readable line, bottom gap.
constexpr double kSsccRowMm = 3.6 + LabelLayout::kSsccBarHeightMm + 1.0 + 5.0 + 0.8;
// Share of the width that ship from takes next to ship to (the FC gets the larger part).
constexpr double kShipFromShare = 0.40;
// Share of the contents row the count takes on a carton label, the marking on a pallet label.
constexpr double kCartonCountShare = 0.40;
constexpr double kPalletMarkingShare = 0.50;

} // namespace

LabelLayout LabelLayout::create(LabelStock stock, LabelKind kind)
{
    LabelLayout layout;
    layout.m_stock = stock;
    layout.m_kind = kind;
    layout.m_size = stockSize(stock);
    const QRectF area = layout.contentRect();
    const double left = area.left();
    const double right = area.right();
    const double width = area.width();
    auto add = [&layout](LabelZoneRole role, double x0, double y0, double x1, double y1) {
        layout.m_zones.append({ role, QRectF(QPointF(x0, y0), QPointF(x1, y1)) });
    };

    double y = area.top();
    const double split = left + width * kShipFromShare;
    add(LabelZoneRole::ShipFrom, left, y, split, y + kAddressRowMm);
    add(LabelZoneRole::ShipTo, split, y, right, y + kAddressRowMm);
    y += kAddressRowMm;
    add(LabelZoneRole::Carrier, left, y, right, y + kCarrierRowMm);
    y += kCarrierRowMm;
    add(LabelZoneRole::PurchaseOrder, left, y, right, y + kPurchaseOrderRowMm);
    y += kPurchaseOrderRowMm;
    const double ssccTop = area.bottom() - kSsccRowMm;
    if (kind == LabelKind::Carton) {
        const double countLeft = right - width * kCartonCountShare;
        add(LabelZoneRole::Contents, left, y, countLeft, ssccTop);
        add(LabelZoneRole::Count, countLeft, y, right, ssccTop);
    } else {
        // Pallet: n of N and the carton count and weight beside a large SINGLE/MIXED marking.
        const double markingLeft = right - width * kPalletMarkingShare;
        const double countBottom = y + (ssccTop - y) * 0.42;
        add(LabelZoneRole::Count, left, y, markingLeft, countBottom);
        add(LabelZoneRole::Contents, left, countBottom, markingLeft, ssccTop);
        add(LabelZoneRole::Marking, markingLeft, y, right, ssccTop);
    }
    add(LabelZoneRole::Sscc, left, ssccTop, right, area.bottom());
    return layout;
}

QSizeF LabelLayout::stockSize(LabelStock stock)
{
    switch (stock) {
    case LabelStock::A6:
        return QSizeF(105.0, 148.0);
    case LabelStock::FourBySix:
        break;
    }
    return QSizeF(101.6, 152.4);
}

QString LabelLayout::stockName(LabelStock stock)
{
    return stock == LabelStock::A6 ? QStringLiteral("a6") : QStringLiteral("4x6");
}

std::optional<LabelStock> LabelLayout::stockFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("4x6"))
        return LabelStock::FourBySix;
    if (n == QLatin1String("a6"))
        return LabelStock::A6;
    return std::nullopt;
}

QRectF LabelLayout::contentRect() const
{
    return QRectF(QPointF(m_margin, m_margin), m_size).adjusted(0, 0, -2 * m_margin, -2 * m_margin);
}

bool LabelLayout::hasZone(LabelZoneRole role) const
{
    for (const LabelZone &zone : m_zones) {
        if (zone.role == role)
            return true;
    }
    return false;
}

QRectF LabelLayout::zone(LabelZoneRole role) const
{
    for (const LabelZone &zone : m_zones) {
        if (zone.role == role)
            return zone.rect;
    }
    return QRectF();
}

} // namespace VendorPack
