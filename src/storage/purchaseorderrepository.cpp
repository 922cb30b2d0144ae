// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchaseorderrepository.h"

#include "database.h"
#include "preparedstatement.h"
#include "transaction.h"

#include "core/jsonwriter.h"
#include "core/ordersjson.h"

#include <QHash>
#include <QSet>

namespace VendorPack {

namespace {

constexpr int kLineColumns = 12; // values per row of po_lines in the INSERT statements
constexpr int kLineBatch = 50; // rows per multi-row INSERT (600 values: within every limit)

QVariant storedTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(Database::toStoredTime(time)) : PreparedStatement::nullText();
}

QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : PreparedStatement::nullInteger();
}

QString wire(QLatin1String name)
{
    return QString(name);
}

// The line's own JSON for po_lines.snapshot, with the field names of the orders JSON.
QString lineSnapshot(const PurchaseOrderLine &line)
{
    JsonWriter w(JsonWriter::Compact, 256);
    w.beginObject();
    if (line.id)
        w.field("Id", *line.id);
    w.field("ChannelOrderLineNo", line.channelOrderLineNo);
    w.field("ChannelProductNo", line.channelProductNo);
    w.field("MerchantProductNo", line.merchantProductNo);
    w.field("Quantity", line.quantity);
    w.field("IsBackOrderAllowed", line.isBackOrderAllowed);
    w.field("UnitOfMeasure", enumToWire(line.unitOfMeasure));
    w.field("UnitSize", line.unitSize);
    if (line.netCostAmount)
        w.field("NetCostAmount", *line.netCostAmount);
    w.field("NetCostCurrency", line.netCostCurrency);
    if (line.listPriceAmount)
        w.field("ListPriceAmount", *line.listPriceAmount);
    if (line.lineTotal)
        w.field("LineTotal", *line.lineTotal);
    w.field("CreatedAt", line.createdAt);
    w.field("UpdatedAt", line.updatedAt);
    w.field("AcknowledgedDate", line.acknowledgedDate);
    w.endObject();
    return QString::fromUtf8(w.take());
}

// A stored line of an order, as upsert() needs it to match the API's lines.
struct StoredLine
{
    qint64 rowId = 0;
    int position = 0;
    std::optional<qint64> apiId;
    QString channelOrderLineNo;
    QString merchantProductNo;
    qint64 quantity = 0;
    bool hasAcknowledgement = false;
    bool matched = false;
};

StoredLine *matchLine(QList<StoredLine> &stored, const PurchaseOrderLine &line, int position)
{
    auto find = [&](auto &&predicate) -> StoredLine * {
        for (StoredLine &s : stored) {
            if (!s.matched && predicate(s))
                return &s;
        }
        return nullptr;
    };
    if (line.id)
        return find([&](const StoredLine &s) { return s.apiId == line.id; });
    if (!line.channelOrderLineNo.isEmpty())
        return find(
            [&](const StoredLine &s) { return s.channelOrderLineNo == line.channelOrderLineNo; });
    return find([&](const StoredLine &s) { return s.position == position; });
}

// A text for a NOT NULL DEFAULT '' column: a null QString would bind as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariantList lineValues(const PurchaseOrderLine &line, int position)
{
    return { position,
             optionalId(line.id),
             notNull(line.channelOrderLineNo),
             notNull(line.merchantProductNo),
             notNull(line.channelProductNo),
             line.quantity,
             wire(enumToWire(line.unitOfMeasure)),
             line.unitSize,
             line.isBackOrderAllowed,
             storedTime(line.acknowledgedDate),
             lineSnapshot(line) };
}

} // namespace

PurchaseOrderRepository::PurchaseOrderRepository(Database &database)
    : m_database(&database)
{
}

QByteArray PurchaseOrderRepository::snapshotOf(const PurchaseOrder &order)
{
    JsonWriter w(JsonWriter::Compact, 1024);
    OrdersJson::writeOrder(w, order);
    return w.take();
}

std::optional<PurchaseOrderChanges>
PurchaseOrderRepository::upsert(const QList<PurchaseOrder> &fromApi, QString *error)
{
    const QSqlDatabase db = m_database->connection();
    // Each statement is prepared once for the whole import; declared before the transaction so
    // that they outlive its rollback.
    PreparedStatement selectOrder(db,
                                  QStringLiteral("SELECT id, status, snapshot FROM purchase_orders"
                                                 " WHERE channel_purchase_order_no = ?"));
    PreparedStatement insertOrder(
        db,
        QStringLiteral("INSERT INTO purchase_orders (channel_purchase_order_no, api_id,"
                       " channel_id, status, ship_to, ship_to_country, selling_party,"
                       " from_ship_date, to_ship_date, api_updated_at, snapshot, created_at,"
                       " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    PreparedStatement updateOrder(
        db,
        QStringLiteral("UPDATE purchase_orders SET api_id = ?, channel_id = ?, status = ?,"
                       " ship_to = ?, ship_to_country = ?, selling_party = ?, from_ship_date = ?,"
                       " to_ship_date = ?, api_updated_at = ?, snapshot = ?, updated_at = ?"
                       " WHERE id = ?"));
    PreparedStatement selectLines(
        db,
        QStringLiteral("SELECT id, position, api_id, channel_order_line_no, merchant_product_no,"
                       " quantity, (SELECT COUNT(*) FROM acknowledgements a"
                       " WHERE a.po_line_id = po_lines.id) FROM po_lines"
                       " WHERE purchase_order_id = ?"));
    // Moves the stored lines out of the way of the new positions (UNIQUE (order, position)).
    PreparedStatement parkLines(db,
                                QStringLiteral("UPDATE po_lines SET position = -1 - position"
                                               " WHERE purchase_order_id = ?"));
    PreparedStatement insertLine(
        db,
        QStringLiteral("INSERT INTO po_lines (position, api_id, channel_order_line_no,"
                       " merchant_product_no, channel_product_no, quantity, unit_of_measure,"
                       " unit_size, backorder_allowed, acknowledged_date, snapshot,"
                       " purchase_order_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // New orders' lines go in batches of kLineBatch rows: a round trip per line is what makes a
    // PostgreSQL import slow.
    QString batchSql = QStringLiteral("INSERT INTO po_lines (position, api_id,"
                                      " channel_order_line_no, merchant_product_no,"
                                      " channel_product_no, quantity, unit_of_measure, unit_size,"
                                      " backorder_allowed, acknowledged_date, snapshot,"
                                      " purchase_order_id) VALUES ");
    for (int i = 0; i < kLineBatch; ++i)
        batchSql += i ? QStringLiteral(", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      : QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    PreparedStatement insertLineBatch(db, batchSql);
    QVariantList pendingLines; // kLineColumns values per row
    int pendingRows = 0;
    auto flushLines = [&](bool all) {
        while (pendingRows >= kLineBatch) {
            if (!insertLineBatch.exec(pendingLines.mid(0, kLineBatch * kLineColumns), error))
                return false;
            pendingLines.remove(0, kLineBatch * kLineColumns);
            pendingRows -= kLineBatch;
        }
        if (!all)
            return true;
        for (int row = 0; row < pendingRows; ++row) {
            if (!insertLine.exec(pendingLines.mid(row * kLineColumns, kLineColumns), error))
                return false;
        }
        pendingLines.clear();
        pendingRows = 0;
        return true;
    };
    PreparedStatement updateLine(
        db,
        QStringLiteral("UPDATE po_lines SET position = ?, api_id = ?, channel_order_line_no = ?,"
                       " merchant_product_no = ?, channel_product_no = ?, quantity = ?,"
                       " unit_of_measure = ?, unit_size = ?, backorder_allowed = ?,"
                       " acknowledged_date = ?, snapshot = ? WHERE id = ?"));
    PreparedStatement deleteLine(db, QStringLiteral("DELETE FROM po_lines WHERE id = ?"));

    Transaction transaction(*m_database);
    if (!transaction.begin(error))
        return std::nullopt;

    PurchaseOrderChanges changes;
    const QString now = Database::nowStoredTime();
    const QString cancelled = wire(enumToWire(PurchaseOrderStatus::Cancelled));
    for (const PurchaseOrder &order : fromApi) {
        if (order.channelPurchaseOrderNo.isEmpty()) {
            if (error)
                *error = tr("a purchase order from the API has no ChannelPurchaseOrderNo");
            return std::nullopt;
        }
        const QString snapshot = QString::fromUtf8(snapshotOf(order));
        const QString status = wire(enumToWire(order.status));
        const QVariantList header { optionalId(order.id),
                                    order.channelId,
                                    status,
                                    notNull(order.shipToParty.partyId),
                                    notNull(order.shipToParty.countryCode),
                                    notNull(order.sellingParty.partyId),
                                    storedTime(order.fromShipDate),
                                    storedTime(order.toShipDate),
                                    storedTime(order.updatedAt),
                                    snapshot };

        if (!selectOrder.exec({ order.channelPurchaseOrderNo }, error))
            return std::nullopt;
        QSqlQuery &found = selectOrder.query();
        if (!found.next()) {
            found.finish();
            if (!insertOrder.exec(QVariantList { order.channelPurchaseOrderNo } + header
                                      + QVariantList { now, now },
                                  error))
                return std::nullopt;
            QSqlQuery &inserted = insertOrder.query();
            if (!inserted.next()) {
                if (error)
                    *error = tr("the database returned no id for purchase order %1")
                                 .arg(order.channelPurchaseOrderNo);
                return std::nullopt;
            }
            const qint64 orderId = inserted.value(0).toLongLong();
            inserted.finish();
            for (int i = 0; i < order.lines.size(); ++i) {
                pendingLines += lineValues(order.lines.at(i), i);
                pendingLines += orderId;
                ++pendingRows;
            }
            if (!flushLines(false))
                return std::nullopt;
            changes.added.append(order.channelPurchaseOrderNo);
            if (order.status == PurchaseOrderStatus::Cancelled)
                changes.cancelled.append(order.channelPurchaseOrderNo);
            continue;
        }

        const qint64 orderId = found.value(0).toLongLong();
        const QString oldStatus = found.value(1).toString();
        const QString oldSnapshot = found.value(2).toString();
        found.finish();
        if (oldSnapshot == snapshot) {
            ++changes.unchanged;
            continue;
        }
        if (!updateOrder.exec(header + QVariantList { now, orderId }, error))
            return std::nullopt;
        // The order may have come earlier in this list: its lines must be in the table.
        if (!flushLines(true))
            return std::nullopt;

        if (!selectLines.exec({ orderId }, error))
            return std::nullopt;
        QList<StoredLine> stored;
        QSqlQuery &lines = selectLines.query();
        while (lines.next()) {
            StoredLine s;
            s.rowId = lines.value(0).toLongLong();
            s.position = lines.value(1).toInt();
            if (!lines.value(2).isNull())
                s.apiId = lines.value(2).toLongLong();
            s.channelOrderLineNo = lines.value(3).toString();
            s.merchantProductNo = lines.value(4).toString();
            s.quantity = lines.value(5).toLongLong();
            s.hasAcknowledgement = lines.value(6).toLongLong() > 0;
            stored.append(s);
        }
        lines.finish();
        if (!parkLines.exec({ orderId }, error))
            return std::nullopt;
        for (int i = 0; i < order.lines.size(); ++i) {
            const PurchaseOrderLine &line = order.lines.at(i);
            StoredLine *match = matchLine(stored, line, i);
            if (!match) {
                if (!insertLine.exec(lineValues(line, i) + QVariantList { orderId }, error))
                    return std::nullopt;
                continue;
            }
            match->matched = true;
            if (match->quantity != line.quantity) {
                PurchaseOrderChanges::QuantityChange change;
                change.purchaseOrderNo = order.channelPurchaseOrderNo;
                change.lineIndex = i;
                change.merchantProductNo = line.merchantProductNo;
                change.oldQuantity = match->quantity;
                change.newQuantity = line.quantity;
                change.hadAcknowledgement = match->hasAcknowledgement;
                changes.quantityChanges.append(change);
            }
            if (!updateLine.exec(lineValues(line, i) + QVariantList { match->rowId }, error))
                return std::nullopt;
        }
        for (const StoredLine &s : std::as_const(stored)) {
            // A line the API no longer sends goes, with its acknowledgements (ON DELETE CASCADE).
            if (!s.matched && !deleteLine.exec({ s.rowId }, error))
                return std::nullopt;
        }
        changes.updated.append(order.channelPurchaseOrderNo);
        if (status == cancelled && oldStatus != cancelled)
            changes.cancelled.append(order.channelPurchaseOrderNo);
    }
    if (!flushLines(true) || !transaction.commit(error))
        return std::nullopt;
    return changes;
}

std::optional<PurchaseOrder> PurchaseOrderRepository::load(const QString &channelPurchaseOrderNo,
                                                           QString *error)
{
    auto orders = loadWhere(QStringLiteral("p.channel_purchase_order_no = ?"),
                            { channelPurchaseOrderNo }, error);
    if (!orders || orders->isEmpty())
        return std::nullopt;
    return orders->first();
}

std::optional<QList<PurchaseOrder>> PurchaseOrderRepository::loadOpen(QString *error)
{
    return loadWhere(QStringLiteral("p.status IN (?, ?)"),
                     { wire(enumToWire(PurchaseOrderStatus::New)),
                       wire(enumToWire(PurchaseOrderStatus::InProgress)) },
                     error);
}

std::optional<QList<PurchaseOrder>> PurchaseOrderRepository::loadAll(QString *error)
{
    return loadWhere(QStringLiteral("1 = 1"), {}, error);
}

std::optional<QList<PurchaseOrder>>
PurchaseOrderRepository::loadWhere(const QString &where, const QVariantList &values, QString *error)
{
    // `where` is one of the constant conditions above, never text from outside.
    auto rows = m_database->exec(QStringLiteral("SELECT p.id, p.snapshot FROM purchase_orders p"
                                                " WHERE ")
                                     + where + QStringLiteral(" ORDER BY p.id"),
                                 values, error);
    if (!rows)
        return std::nullopt;
    // All snapshots as one JSON array: one parse for the lot.
    QByteArray json("[");
    QHash<qint64, int> indexOfRow;
    while (rows->next()) {
        if (!indexOfRow.isEmpty())
            json.append(',');
        indexOfRow.insert(rows->value(0).toLongLong(), int(indexOfRow.size()));
        json.append(rows->value(1).toString().toUtf8());
    }
    rows->finish();
    json.append(']');
    if (indexOfRow.isEmpty())
        return QList<PurchaseOrder>();
    OrdersDocument document = OrdersJson::read(std::move(json));
    if (!document.readable || document.orders.size() != indexOfRow.size()) {
        if (error)
            *error = tr("the stored purchase orders cannot be read back (%1 of %2 read)")
                         .arg(document.orders.size())
                         .arg(indexOfRow.size());
        return std::nullopt;
    }

    auto acks = m_database->exec(
        QStringLiteral("SELECT l.purchase_order_id, l.position, a.code, a.quantity,"
                       " a.rejection_reason, a.scheduled_ship_date, a.scheduled_delivery_date"
                       " FROM acknowledgements a JOIN po_lines l ON l.id = a.po_line_id"
                       " JOIN purchase_orders p ON p.id = l.purchase_order_id WHERE ")
            + where + QStringLiteral(" ORDER BY l.purchase_order_id, l.position, a.position"),
        values, error);
    if (!acks)
        return std::nullopt;
    while (acks->next()) {
        const int orderIndex = indexOfRow.value(acks->value(0).toLongLong(), -1);
        const int position = acks->value(1).toInt();
        if (orderIndex < 0)
            continue;
        PurchaseOrder &order = document.orders[orderIndex];
        if (position < 0 || position >= order.lines.size())
            continue;
        Acknowledgement ack;
        ack.code = enumFromWire<AcknowledgementCode>(acks->value(2).toString());
        ack.quantity = acks->value(3).toLongLong();
        if (!acks->value(4).isNull())
            ack.rejectionReason = enumFromWire<RejectionReason>(acks->value(4).toString());
        ack.scheduledShipDate = Database::fromStoredTime(acks->value(5));
        ack.scheduledDeliveryDate = Database::fromStoredTime(acks->value(6));
        order.lines[position].acknowledgements.append(ack);
    }
    acks->finish();
    return document.orders;
}

bool PurchaseOrderRepository::saveAcknowledgements(const QString &channelPurchaseOrderNo,
                                                   const QMap<int, QList<Acknowledgement>> &byLine,
                                                   const QString &user, const QString &station,
                                                   QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QSqlDatabase db = m_database->connection();
    PreparedStatement deleteAcks(
        db, QStringLiteral("DELETE FROM acknowledgements WHERE po_line_id = ?"));
    PreparedStatement insertAck(
        db,
        QStringLiteral("INSERT INTO acknowledgements (po_line_id, position, code, quantity,"
                       " rejection_reason, scheduled_ship_date, scheduled_delivery_date,"
                       " sync_state, user_name, station, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?, ?, ?)"));
    // Joins the caller's transaction when one is open (the acknowledgement submission writes
    // the outbox and the audit trail in the same one).
    Transaction transaction(*m_database);
    const bool ownTransaction = !m_database->inTransaction();
    if (ownTransaction && !transaction.begin(error))
        return false;

    auto lines = m_database->exec(
        QStringLiteral("SELECT l.id, l.position, l.quantity, l.merchant_product_no"
                       " FROM po_lines l JOIN purchase_orders p ON p.id = l.purchase_order_id"
                       " WHERE p.channel_purchase_order_no = ?"),
        { channelPurchaseOrderNo }, error);
    if (!lines)
        return false;
    struct LineRow
    {
        qint64 rowId;
        qint64 quantity;
        QString sku;
    };
    QHash<int, LineRow> rows;
    while (lines->next())
        rows.insert(lines->value(1).toInt(),
                    { lines->value(0).toLongLong(), lines->value(2).toLongLong(),
                      lines->value(3).toString() });
    lines->finish();
    if (rows.isEmpty())
        return fail(tr("purchase order %1 is not stored").arg(channelPurchaseOrderNo));

    // Validate everything before the first write.
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        const auto row = rows.constFind(it.key());
        if (row == rows.cend())
            return fail(tr("purchase order %1 has no line %2")
                            .arg(channelPurchaseOrderNo)
                            .arg(it.key() + 1));
        const QString name = tr("line %1 (SKU %2) of purchase order %3")
                                 .arg(it.key() + 1)
                                 .arg(row->sku, channelPurchaseOrderNo);
        if (it->isEmpty())
            continue;
        qint64 total = 0;
        for (const Acknowledgement &ack : *it) {
            if (ack.code == AcknowledgementCode::Unknown)
                return fail(tr("%1: an acknowledgement has no code").arg(name));
            if (ack.quantity < 0)
                return fail(tr("%1: a quantity is negative (%2)").arg(name).arg(ack.quantity));
            if (ack.code == AcknowledgementCode::Rejected
                && ack.rejectionReason == RejectionReason::None)
                return fail(tr("%1: %2 rejected units have no rejection reason")
                                .arg(name)
                                .arg(ack.quantity));
            total += ack.quantity;
        }
        if (total != row->quantity)
            return fail(tr("%1: the acknowledged quantities add up to %2, but the line orders %3")
                            .arg(name)
                            .arg(total)
                            .arg(row->quantity));
    }

    const QString now = Database::nowStoredTime();
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        const qint64 lineId = rows.value(it.key()).rowId;
        if (!deleteAcks.exec({ lineId }, error))
            return false;
        for (int i = 0; i < it->size(); ++i) {
            const Acknowledgement &ack = it->at(i);
            const QVariant reason = ack.code == AcknowledgementCode::Rejected
                ? QVariant(wire(enumToWire(ack.rejectionReason)))
                : PreparedStatement::nullText();
            if (!insertAck.exec(
                    { lineId, i, wire(enumToWire(ack.code)), ack.quantity, reason,
                      storedTime(ack.scheduledShipDate), storedTime(ack.scheduledDeliveryDate),
                      user.isEmpty() ? PreparedStatement::nullText() : QVariant(user),
                      station.isEmpty() ? PreparedStatement::nullText() : QVariant(station), now,
                      now },
                    error))
                return false;
        }
    }
    return ownTransaction ? transaction.commit(error) : true;
}

} // namespace VendorPack
