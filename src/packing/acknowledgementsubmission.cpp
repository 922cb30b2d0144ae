// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgementsubmission.h"

#include "station.h"

#include "core/acknowledgementjson.h"
#include "core/jsonwriter.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/purchaseorderrepository.h"
#include "storage/transaction.h"

#include <QMap>
#include <QSet>

namespace VendorPack {

QByteArray AcknowledgementSubmission::requestBody(const PurchaseOrder &order,
                                                  const OrderAcknowledgements &byLine)
{
    AcknowledgementRequest request;
    if (order.channelId != 0)
        request.channelId = order.channelId;
    request.identifierType = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
    request.identifier = order.channelPurchaseOrderNo;
    request.merchantOrderNo = order.merchantPurchaseOrderNo;
    // Lines by their API id; else by SKU, or by ASIN when SKUs repeat.
    bool allIds = true;
    QSet<QString> skus;
    bool skusUnique = true;
    for (const PurchaseOrderLine &line : order.lines) {
        allIds = allIds && line.id.has_value();
        skusUnique = skusUnique && !skus.contains(line.merchantProductNo);
        skus.insert(line.merchantProductNo);
    }
    request.lineIdentifierType = allIds ? LineIdentifierType::PurchaseOrderLineId
        : skusUnique                    ? LineIdentifierType::MerchantProductNo
                                        : LineIdentifierType::ChannelProductNo;
    for (int i = 0; i < byLine.size() && i < order.lines.size(); ++i) {
        const PurchaseOrderLine &line = order.lines.at(i);
        for (const Acknowledgement &ack : byLine.at(i)) {
            AcknowledgementLine out;
            switch (request.lineIdentifierType) {
            case LineIdentifierType::PurchaseOrderLineId:
                out.orderLineIdentifier = QString::number(*line.id);
                break;
            case LineIdentifierType::ChannelProductNo:
                out.orderLineIdentifier = line.channelProductNo;
                break;
            default:
                out.orderLineIdentifier = line.merchantProductNo;
                break;
            }
            out.acknowledgement = ack;
            out.unitOfMeasure = line.unitOfMeasure;
            if (line.unitOfMeasure == QuantityUnit::Cases)
                out.unitSize = line.unitSize;
            request.lines.append(out);
        }
    }
    return AcknowledgementJson::write(request);
}

QString AcknowledgementSubmission::auditJson(const PurchaseOrder &order,
                                             const OrderAcknowledgements &byLine)
{
    JsonWriter w(JsonWriter::Compact, 256);
    w.beginObject();
    w.field("PurchaseOrder", order.channelPurchaseOrderNo);
    w.key("Lines");
    w.beginArray();
    for (int i = 0; i < byLine.size() && i < order.lines.size(); ++i) {
        const LineSplit split = AcknowledgementProposal::splitOf(byLine.at(i));
        w.beginObject();
        w.field("Line", qint64(i + 1));
        w.field("Sku", order.lines.at(i).merchantProductNo);
        w.field("Accepted", split.accepted);
        w.field("Backordered", split.backordered);
        w.field("Rejected", split.rejected);
        if (split.rejected > 0)
            w.field("RejectionReason", enumToWire(split.reason));
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return QString::fromUtf8(w.take());
}

bool AcknowledgementSubmission::submit(Station &station, const QString &purchaseOrderNo,
                                       const OrderAcknowledgements &byLine, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    Database &db = station.database();
    QString problem;
    const std::optional<PurchaseOrder> order
        = station.purchaseOrders().load(purchaseOrderNo, &problem);
    if (!order) {
        if (!problem.isEmpty())
            return fail(tr("Could not read purchase order %1: %2").arg(purchaseOrderNo, problem));
        return fail(tr("Purchase order %1 is not stored on this station").arg(purchaseOrderNo));
    }
    if (order->isClosedForPacking())
        return fail(tr("Purchase order %1 is %2; it can no longer be acknowledged")
                        .arg(purchaseOrderNo, enumToWire(order->status)));
    const QStringList problems = AcknowledgementProposal::check(*order, byLine);
    if (!problems.isEmpty())
        return fail(tr("Purchase order %1 cannot be acknowledged: %2")
                        .arg(purchaseOrderNo, problems.join(QStringLiteral("; "))));

    OrderAcknowledgements before;
    QMap<int, QList<Acknowledgement>> changed;
    for (int i = 0; i < order->lines.size(); ++i) {
        before.append(order->lines.at(i).acknowledgements);
        changed.insert(i, byLine.at(i));
    }

    Transaction transaction(db);
    if (!transaction.begin(&problem))
        return fail(
            tr("Could not save the acknowledgement of %1: %2").arg(purchaseOrderNo, problem));
    const auto rowId = db.scalar(
        QStringLiteral("SELECT id FROM purchase_orders WHERE channel_purchase_order_no = ?"),
        { purchaseOrderNo }, &problem);
    if (!rowId || !rowId->isValid())
        return fail(tr("Could not save the acknowledgement of %1: %2")
                        .arg(purchaseOrderNo,
                             problem.isEmpty() ? tr("the order is no longer stored") : problem));
    const StationProfile &profile = station.profile();
    if (!station.purchaseOrders().saveAcknowledgements(purchaseOrderNo, changed, profile.userName,
                                                       profile.stationName, &problem))
        return fail(
            tr("Could not save the acknowledgement of %1: %2").arg(purchaseOrderNo, problem));
    if (!station.outbox().enqueue(OutboxSubject::Acknowledgement, rowId->toLongLong(), outboxKind(),
                                  QString::fromUtf8(requestBody(*order, byLine)), std::nullopt,
                                  &problem))
        return fail(
            tr("Could not queue the acknowledgement of %1: %2").arg(purchaseOrderNo, problem));
    AuditEntry entry;
    entry.user = profile.userName;
    entry.station = profile.stationName;
    entry.action = auditAction();
    entry.before = auditJson(*order, before);
    entry.after = auditJson(*order, byLine);
    if (!station.auditLog().append(entry, &problem))
        return fail(
            tr("Could not record the acknowledgement of %1: %2").arg(purchaseOrderNo, problem));
    if (!transaction.commit(&problem))
        return fail(
            tr("Could not save the acknowledgement of %1: %2").arg(purchaseOrderNo, problem));
    return true;
}

} // namespace VendorPack
