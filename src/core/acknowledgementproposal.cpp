// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgementproposal.h"

#include "stocklevels.h"

#include <QHash>

namespace VendorPack {

QList<LineSplit> AcknowledgementProposal::fromStock(const PurchaseOrder &order,
                                                    const StockLevels &stock)
{
    QHash<QString, qint64> left; // units still unclaimed per SKU
    QList<LineSplit> splits;
    splits.reserve(order.lines.size());
    for (const PurchaseOrderLine &line : order.lines) {
        const QString sku = line.merchantProductNo.trimmed();
        if (!left.contains(sku))
            left.insert(sku, stock.quantity(sku));
        qint64 &available = left[sku];
        const qint64 unitsPerQuantity = line.unitsOf(1);
        LineSplit split;
        split.accepted = qBound<qint64>(0, available / qMax<qint64>(1, unitsPerQuantity),
                                        qMax<qint64>(0, line.quantity));
        available -= split.accepted * unitsPerQuantity;
        const qint64 rest = qMax<qint64>(0, line.quantity - split.accepted);
        if (rest > 0) {
            if (line.isBackOrderAllowed) {
                split.backordered = rest;
            } else {
                split.rejected = rest;
                split.reason = kOutOfStockReason;
            }
        }
        splits.append(split);
    }
    return splits;
}

QList<LineSplit> AcknowledgementProposal::acceptAll(const PurchaseOrder &order)
{
    QList<LineSplit> splits;
    splits.reserve(order.lines.size());
    for (const PurchaseOrderLine &line : order.lines) {
        LineSplit split;
        split.accepted = line.quantity;
        splits.append(split);
    }
    return splits;
}

QList<LineSplit> AcknowledgementProposal::current(const PurchaseOrder &order)
{
    QList<LineSplit> splits;
    splits.reserve(order.lines.size());
    for (const PurchaseOrderLine &line : order.lines)
        splits.append(splitOf(line.acknowledgements));
    return splits;
}

LineSplit AcknowledgementProposal::splitOf(const QList<Acknowledgement> &acknowledgements)
{
    LineSplit split;
    for (const Acknowledgement &ack : acknowledgements) {
        switch (ack.code) {
        case AcknowledgementCode::Accepted:
            split.accepted += ack.quantity;
            break;
        case AcknowledgementCode::Backordered:
            split.backordered += ack.quantity;
            break;
        case AcknowledgementCode::Rejected:
            split.rejected += ack.quantity;
            if (split.reason == RejectionReason::None)
                split.reason = ack.rejectionReason;
            break;
        case AcknowledgementCode::Unknown:
            break;
        }
    }
    return split;
}

QList<Acknowledgement> AcknowledgementProposal::acknowledgementsOf(const PurchaseOrder &order,
                                                                   const LineSplit &split)
{
    QList<Acknowledgement> result;
    if (split.accepted != 0) {
        Acknowledgement ack;
        ack.code = AcknowledgementCode::Accepted;
        ack.quantity = split.accepted;
        ack.scheduledShipDate = order.fromShipDate;
        ack.scheduledDeliveryDate = order.fromDeliveryDate;
        result.append(ack);
    }
    if (split.backordered != 0) {
        Acknowledgement ack;
        ack.code = AcknowledgementCode::Backordered;
        ack.quantity = split.backordered;
        result.append(ack);
    }
    if (split.rejected != 0) {
        Acknowledgement ack;
        ack.code = AcknowledgementCode::Rejected;
        ack.quantity = split.rejected;
        ack.rejectionReason = split.reason;
        result.append(ack);
    }
    return result;
}

OrderAcknowledgements AcknowledgementProposal::acknowledgementsOf(const PurchaseOrder &order,
                                                                  const QList<LineSplit> &splits)
{
    OrderAcknowledgements result;
    result.reserve(splits.size());
    for (const LineSplit &split : splits)
        result.append(acknowledgementsOf(order, split));
    return result;
}

QString AcknowledgementProposal::lineName(const PurchaseOrder &order, int lineIndex)
{
    const QString sku = lineIndex >= 0 && lineIndex < order.lines.size()
        ? order.lines.at(lineIndex).merchantProductNo
        : QString();
    if (sku.isEmpty())
        return tr("Line %1").arg(lineIndex + 1);
    return tr("Line %1 (SKU %2)").arg(lineIndex + 1).arg(sku);
}

QString AcknowledgementProposal::checkLine(const PurchaseOrder &order, int lineIndex,
                                           const LineSplit &split)
{
    if (lineIndex < 0 || lineIndex >= order.lines.size())
        return tr("Line %1 is not a line of purchase order %2")
            .arg(lineIndex + 1)
            .arg(order.channelPurchaseOrderNo);
    const QString name = lineName(order, lineIndex);
    const PurchaseOrderLine &line = order.lines.at(lineIndex);
    if (split.accepted < 0 || split.backordered < 0 || split.rejected < 0)
        return tr("%1: a quantity is negative").arg(name);
    if (split.backordered > 0 && !line.isBackOrderAllowed)
        return tr("%1: Amazon allows no backorder on this line; reject the %2 instead")
            .arg(name)
            .arg(split.backordered);
    if (split.rejected > 0 && split.reason == RejectionReason::None)
        return tr("%1: the %2 rejected need a rejection reason").arg(name).arg(split.rejected);
    if (split.total() != line.quantity)
        return tr("%1: accepted %2 + backordered %3 + rejected %4 = %5, but %6 are ordered")
            .arg(name)
            .arg(split.accepted)
            .arg(split.backordered)
            .arg(split.rejected)
            .arg(split.total())
            .arg(line.quantity);
    return QString();
}

QStringList AcknowledgementProposal::check(const PurchaseOrder &order,
                                           const QList<LineSplit> &splits)
{
    QStringList problems;
    if (splits.size() != order.lines.size())
        problems.append(tr("Purchase order %1 has %2 lines, but %3 are acknowledged")
                            .arg(order.channelPurchaseOrderNo)
                            .arg(order.lines.size())
                            .arg(splits.size()));
    for (int i = 0; i < splits.size() && i < order.lines.size(); ++i) {
        if (const QString problem = checkLine(order, i, splits.at(i)); !problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

QStringList AcknowledgementProposal::check(const PurchaseOrder &order,
                                           const OrderAcknowledgements &acknowledgements)
{
    QStringList problems;
    if (acknowledgements.size() != order.lines.size())
        problems.append(tr("Purchase order %1 has %2 lines, but %3 are acknowledged")
                            .arg(order.channelPurchaseOrderNo)
                            .arg(order.lines.size())
                            .arg(acknowledgements.size()));
    for (int i = 0; i < acknowledgements.size() && i < order.lines.size(); ++i) {
        const QString name = lineName(order, i);
        bool codeMissing = false;
        bool negative = false;
        bool reasonMissing = false; // each rejection needs its own reason
        for (const Acknowledgement &ack : acknowledgements.at(i)) {
            codeMissing = codeMissing || ack.code == AcknowledgementCode::Unknown;
            negative = negative || ack.quantity < 0;
            reasonMissing = reasonMissing
                || (ack.code == AcknowledgementCode::Rejected && ack.quantity > 0
                    && ack.rejectionReason == RejectionReason::None);
        }
        if (codeMissing) {
            problems.append(tr("%1: an acknowledgement has no code").arg(name));
            continue;
        }
        if (negative) {
            problems.append(tr("%1: a quantity is negative").arg(name));
            continue;
        }
        LineSplit split = splitOf(acknowledgements.at(i));
        if (reasonMissing)
            split.reason = RejectionReason::None;
        if (const QString problem = checkLine(order, i, split); !problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

} // namespace VendorPack
