// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "purchaseorder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace VendorPack {

class StockLevels;

// One line's answer as the acknowledgement editor shows it: accepted, backordered and rejected
// quantities in the line's unit of measure, and the reason for the rejected ones.
struct LineSplit
{
    qint64 accepted = 0;
    qint64 backordered = 0;
    qint64 rejected = 0;
    RejectionReason reason = RejectionReason::None;

    qint64 total() const { return accepted + backordered + rejected; }
    bool operator==(const LineSplit &other) const
    {
        return accepted == other.accepted && backordered == other.backordered
            && rejected == other.rejected && reason == other.reason;
    }
    bool operator!=(const LineSplit &other) const { return !(*this == other); }
};

// The acknowledgement of a whole order: the acknowledgements of each line, by line index.
using OrderAcknowledgements = QList<QList<Acknowledgement>>;

// Proposes and checks the acknowledgement of a purchase order, the way the EDI 855 workflow
// does: accept what is in stock, backorder the rest where Amazon allows it, reject it otherwise.
class AcknowledgementProposal
{
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementProposal)

public:
    // The reason a proposal gives for units it rejects because they are not in stock.
    static constexpr RejectionReason kOutOfStockReason = RejectionReason::TemporarilyUnavailable;

    // Per line, in order: accepts what the stock holds (a cases line accepts whole cases of its
    // unit size), backorders the rest if the line allows it, rejects it otherwise. Lines of the
    // same SKU consume the same stock, first line first.
    static QList<LineSplit> fromStock(const PurchaseOrder &order, const StockLevels &stock);
    // Every line accepted in full.
    static QList<LineSplit> acceptAll(const PurchaseOrder &order);
    // The lines' stored acknowledgements as splits (an unacknowledged line is all zero).
    static QList<LineSplit> current(const PurchaseOrder &order);

    static LineSplit splitOf(const QList<Acknowledgement> &acknowledgements);
    // The acknowledgements of a split (zero quantities left out); accepted units are scheduled
    // for the order's ship and delivery window starts.
    static QList<Acknowledgement> acknowledgementsOf(const PurchaseOrder &order,
                                                     const LineSplit &split);
    static OrderAcknowledgements acknowledgementsOf(const PurchaseOrder &order,
                                                    const QList<LineSplit> &splits);

    // Why the split cannot be sent for the line (index from 0), or an empty string: the
    // quantities must add up to the ordered quantity, rejections need a reason, backorders
    // need a line that allows them, nothing may be negative. The message names the line ("Line 3
    // (SKU ACM-1): ...").
    static QString checkLine(const PurchaseOrder &order, int lineIndex, const LineSplit &split);
    // Every problem of a whole acknowledgement set, line by line; empty when it can be sent.
    static QStringList check(const PurchaseOrder &order, const QList<LineSplit> &splits);
    static QStringList check(const PurchaseOrder &order,
                             const OrderAcknowledgements &acknowledgements);

    // "Line 3 (SKU ACM-1)"
    static QString lineName(const PurchaseOrder &order, int lineIndex);
};

} // namespace VendorPack
