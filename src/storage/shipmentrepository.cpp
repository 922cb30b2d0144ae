// SPDX-License-Identifier: GPL-3.0-or-later
#include "shipmentrepository.h"

#include "core/jsonwriter.h"
#include "core/shipmentjson.h"
#include "database.h"
#include "preparedstatement.h"
#include "transaction.h"

#include <QHash>
#include <QSqlQuery>

namespace VendorPack {

namespace {

using Error = ShipmentRepository::Error;

// Rows per multi-row INSERT (10 values a row). Qt's SQLite driver looks up every parameter's
// name on each execution, which costs quadratically in the parameters of one statement.
constexpr int kSqliteRowsPerStatement = 25;
constexpr int kPostgresRowsPerStatement = 400;
constexpr int kIdsPerStatement = 500;

bool fail(Error *error, Error::Kind kind, const QString &message)
{
    if (error) {
        error->kind = kind;
        error->message = message;
    }
    return false;
}

// Runs work in the caller's open transaction, or in one of its own.
template<typename Work>
bool inTransaction(Database &database, Work &&work, Error *error)
{
    if (database.inTransaction())
        return work();
    Transaction transaction(database);
    QString message;
    if (!transaction.begin(&message))
        return fail(error, Error::Kind::Database, message);
    if (!work())
        return false;
    if (!transaction.commit(&message))
        return fail(error, Error::Kind::Database, message);
    return true;
}

QVariant textOrNull(QLatin1String text)
{
    return text.size() == 0 ? QVariant(QMetaType(QMetaType::QString)) : QVariant(QString(text));
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// A text for a NOT NULL column: a null QString would bind as SQL NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

void writeNumber(JsonWriter &w, const char *name, const std::optional<double> &number)
{
    if (number)
        w.field(name, *number);
}

template<typename E>
void writeEnum(JsonWriter &w, const char *name, E value)
{
    const QLatin1String wire = enumToWire(value);
    if (wire.size() > 0)
        w.field(name, wire);
}

void writeString(JsonWriter &w, const char *name, const QString &value)
{
    if (!value.isEmpty())
        w.field(name, value);
}

// The line's own fields in the ShipmentJson form, without Lines and without dropping anything.
QString lineJson(const ShipmentLine &l)
{
    JsonWriter w(JsonWriter::Compact, 256);
    w.beginObject();
    writeEnum(w, "Type", l.type);
    writeEnum(w, "IdentifierType", l.identifierType);
    writeString(w, "IdentifierValue", l.identifierValue);
    if (l.layersPerPallet)
        w.field("LayersPerPallet", *l.layersPerPallet);
    if (l.itemsPerLayer)
        w.field("ItemsPerLayer", *l.itemsPerLayer);
    if (!l.dimensions.isEmpty()) {
        w.key("Dimensions");
        w.beginObject();
        writeNumber(w, "Height", l.dimensions.height);
        writeNumber(w, "Width", l.dimensions.width);
        writeNumber(w, "Length", l.dimensions.length);
        writeEnum(w, "Unit", l.dimensions.unit);
        w.endObject();
    }
    if (!l.weight.isEmpty()) {
        w.key("Weight");
        w.beginObject();
        writeNumber(w, "Value", l.weight.value);
        writeEnum(w, "Unit", l.weight.unit);
        w.endObject();
    }
    if (l.quantity)
        w.field("Quantity", *l.quantity);
    writeEnum(w, "QuantityUnitOfMeasure", l.quantityUnit);
    if (l.unitsPerCase)
        w.field("UnitsPerCase", *l.unitsPerCase);
    writeString(w, "ChannelPurchaseOrderNo", l.channelPurchaseOrderNo);
    writeString(w, "LotNo", l.lotNo);
    if (l.expiryDate.isValid())
        w.field("ExpiryDate", l.expiryDate);
    writeEnum(w, "HandlingCode", l.handlingCode);
    w.endObject();
    return QString::fromUtf8(w.take());
}

// The header in the ShipmentJson form: {"ChannelId": n, "Model": {...}} without Lines.
QString headerJson(const ShipmentHeader &header)
{
    Shipment shell;
    shell.header() = header;
    return QString::fromUtf8(ShipmentJson::write(shell, JsonWriter::Compact));
}

void collectRows(const ShipmentNode *node, std::vector<ShipmentNodeRow> &rows)
{
    if (node->line().isPlaceholder())
        return; // keeps only its place in a document; nothing to store
    rows.push_back(ShipmentNodeRow::of(node));
    for (const auto &child : node->children())
        collectRows(child.get(), rows);
}

void collectIds(const ShipmentNode *node, std::vector<NodeId> &ids)
{
    ids.push_back(node->id());
    for (const auto &child : node->children())
        collectIds(child.get(), ids);
}

QString placeholders(int count, int perRow)
{
    QString row = QStringLiteral("(");
    for (int i = 0; i < perRow; ++i)
        row += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString result;
    result.reserve(count * (row.size() + 2));
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            result += QStringLiteral(", ");
        result += row;
    }
    return result;
}

struct StoredRow
{
    NodeId id = 0;
    QByteArray data;
};

// Rebuilds the ShipmentJson document of a stored tree, the children of each parent in order.
class DocumentBuilder
{
public:
    DocumentBuilder(const std::vector<StoredRow> &rows,
                    const QHash<NodeId, std::vector<int>> &children)
        : m_rows(rows)
        , m_children(children)
    {
    }

    QByteArray build(const QByteArray &header)
    {
        QByteArray out;
        out.reserve(qsizetype(m_rows.size()) * 220 + header.size() + 64);
        const auto top = m_children.constFind(0);
        if (top == m_children.cend() || top->empty() || !header.endsWith("}}"))
            return header;
        out.append(header.constData(), header.size() - 2);
        if (!out.endsWith('{'))
            out.append(',');
        appendLines(out, *top, 1);
        out.append("}}");
        return out;
    }

    const std::vector<NodeId> &order() const { return m_order; }

private:
    void appendLines(QByteArray &out, const std::vector<int> &rows, int depth)
    {
        out.append("\"Lines\":[");
        bool first = true;
        for (int index : rows) {
            if (!first)
                out.append(',');
            first = false;
            appendNode(out, m_rows[size_t(index)], depth);
        }
        out.append(']');
    }

    void appendNode(QByteArray &out, const StoredRow &row, int depth)
    {
        m_order.push_back(row.id);
        const auto children = m_children.constFind(row.id);
        if (children == m_children.cend() || children->empty()
            || depth >= ShipmentJson::kMaxLineDepth || !row.data.endsWith('}')) {
            out.append(row.data);
            return;
        }
        out.append(row.data.constData(), row.data.size() - 1);
        if (!out.endsWith('{'))
            out.append(',');
        appendLines(out, *children, depth + 1);
        out.append('}');
    }

    const std::vector<StoredRow> &m_rows;
    const QHash<NodeId, std::vector<int>> &m_children;
    std::vector<NodeId> m_order;
};

// Copies the parsed tree into `target` below `to`, giving the nodes their stored ids in order.
void copyWithIds(Shipment &target, ShipmentNode *from, ShipmentNode *to,
                 const std::vector<NodeId> &ids, size_t &next)
{
    for (const auto &child : from->children()) {
        const NodeId id = ids[next++];
        ShipmentNode *made = target.insertNode(to, to->childCount(),
                                               target.createNode(std::move(child->line()), id));
        copyWithIds(target, child.get(), made, ids, next);
    }
}

} // namespace

ShipmentNodeRow ShipmentNodeRow::of(const ShipmentNode *node)
{
    ShipmentNodeRow row;
    row.nodeId = node->id();
    row.parentId = node->parent() ? node->parent()->id() : 0;
    row.position = qMax(0, node->row());
    row.line = node->line();
    return row;
}

void ShipmentChangeSet::upsert(const ShipmentNode *node)
{
    upserted.push_back(ShipmentNodeRow::of(node));
}

void ShipmentChangeSet::upsertSubtree(const ShipmentNode *node)
{
    collectRows(node, upserted);
}

void ShipmentChangeSet::upsertChildren(const ShipmentNode *parent, int fromRow)
{
    for (int row = qMax(0, fromRow); row < parent->childCount(); ++row)
        upsert(parent->child(row));
}

void ShipmentChangeSet::removeSubtree(const ShipmentNode *node)
{
    collectIds(node, removed);
}

ShipmentRepository::ShipmentRepository(Database &database)
    : m_database(&database)
{
}

QString ShipmentRepository::statusName(ShipmentStatus status)
{
    switch (status) {
    case ShipmentStatus::Building:
        return QStringLiteral("building");
    case ShipmentStatus::SignedOff:
        return QStringLiteral("signed-off");
    case ShipmentStatus::Dispatched:
        return QStringLiteral("dispatched");
    case ShipmentStatus::Delivered:
        return QStringLiteral("delivered");
    case ShipmentStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QString();
}

std::optional<ShipmentStatus> ShipmentRepository::statusFromName(const QString &name)
{
    for (ShipmentStatus status :
         { ShipmentStatus::Building, ShipmentStatus::SignedOff, ShipmentStatus::Dispatched,
           ShipmentStatus::Delivered, ShipmentStatus::Cancelled }) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

std::optional<qint64> ShipmentRepository::create(Shipment &shipment, const QString &user,
                                                 const QString &station, Error *error)
{
    const ShipmentHeader &header = shipment.header();
    if (header.merchantShipmentNo.isEmpty()) {
        fail(error, Error::Kind::Invalid, tr("a shipment needs a MerchantShipmentNo to be stored"));
        return std::nullopt;
    }
    std::vector<ShipmentNodeRow> rows;
    rows.reserve(size_t(shipment.nodeCount()));
    for (const auto &line : shipment.lines())
        collectRows(line.get(), rows);
    NodeId nextId = shipment.nextNodeId();
    for (const ShipmentNodeRow &row : rows)
        nextId = qMax(nextId, row.nodeId + 1);

    Database &db = *m_database;
    qint64 id = 0;
    const bool ok = inTransaction(
        db,
        [&]() {
            QString message;
            const auto existing = db.scalar(
                QStringLiteral("SELECT id FROM shipments WHERE merchant_shipment_no = ?"),
                { header.merchantShipmentNo }, &message);
            if (!existing)
                return fail(error, Error::Kind::Database, message);
            if (!existing->isNull())
                return fail(error, Error::Kind::Invalid,
                            tr("a shipment with MerchantShipmentNo %1 is already stored")
                                .arg(header.merchantShipmentNo));
            const QString now = Database::nowStoredTime();
            const QString insert = QStringLiteral(
                "INSERT INTO shipments (merchant_shipment_no, channel_id, ship_to, status, "
                "version, header, next_node_id, created_by, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?)");
            const QVariantList values = { header.merchantShipmentNo,
                                          header.channelId.value_or(0),
                                          notNull(header.shipToPartyId),
                                          statusName(shipment.status()),
                                          headerJson(header),
                                          qint64(nextId),
                                          textOrNull(user),
                                          now,
                                          now };
            if (db.isPostgres()) {
                const auto newId
                    = db.scalar(insert + QStringLiteral(" RETURNING id"), values, &message);
                if (!newId)
                    return fail(error, Error::Kind::Database, message);
                id = newId->toLongLong();
            } else {
                auto query = db.exec(insert, values, &message);
                if (!query)
                    return fail(error, Error::Kind::Database, message);
                id = query->lastInsertId().toLongLong();
                query->finish();
            }
            if (!writeRows(id, rows, false, error))
                return false;
            JsonWriter after(JsonWriter::Compact);
            after.beginObject();
            after.field("MerchantShipmentNo", header.merchantShipmentNo);
            after.field("Nodes", qint64(rows.size()));
            after.endObject();
            AuditEntry audit;
            audit.user = user;
            audit.station = station;
            audit.action = QStringLiteral("shipment.create");
            audit.shipmentId = id;
            audit.after = QString::fromUtf8(after.take());
            if (!AuditLog(db).append(audit, &message))
                return fail(error, Error::Kind::Database, message);
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    shipment.setVersion(1);
    return id;
}

std::unique_ptr<Shipment> ShipmentRepository::load(qint64 id, Error *error) const
{
    return loadWhere(QStringLiteral("id = ?"), id, error);
}

std::unique_ptr<Shipment>
ShipmentRepository::loadByMerchantShipmentNo(const QString &merchantShipmentNo, Error *error) const
{
    return loadWhere(QStringLiteral("merchant_shipment_no = ?"), merchantShipmentNo, error);
}

std::optional<qint64> ShipmentRepository::idOf(const QString &merchantShipmentNo,
                                               Error *error) const
{
    QString message;
    const auto id = m_database->scalar(
        QStringLiteral("SELECT id FROM shipments WHERE merchant_shipment_no = ?"),
        { merchantShipmentNo }, &message);
    if (!id) {
        fail(error, Error::Kind::Database, message);
        return std::nullopt;
    }
    if (id->isNull()) {
        fail(error, Error::Kind::NotFound, tr("there is no shipment %1").arg(merchantShipmentNo));
        return std::nullopt;
    }
    return id->toLongLong();
}

std::optional<qint64> ShipmentRepository::version(qint64 id, Error *error) const
{
    QString message;
    const auto version = m_database->scalar(
        QStringLiteral("SELECT version FROM shipments WHERE id = ?"), { id }, &message);
    if (!version) {
        fail(error, Error::Kind::Database, message);
        return std::nullopt;
    }
    if (version->isNull()) {
        fail(error, Error::Kind::NotFound, tr("there is no shipment with id %1").arg(id));
        return std::nullopt;
    }
    return version->toLongLong();
}

std::optional<QList<ShipmentSummary>>
ShipmentRepository::summaries(ShipmentStatus status, const QString &shipTo, Error *error) const
{
    QString sql = QStringLiteral("SELECT id, merchant_shipment_no, ship_to, version, lease_station, "
                                 "lease_expires_at, updated_at FROM shipments WHERE status = ?");
    QVariantList values { statusName(status) };
    if (!shipTo.isEmpty()) {
        sql += QStringLiteral(" AND ship_to = ?");
        values << shipTo;
    }
    sql += QStringLiteral(" ORDER BY updated_at DESC, id DESC");
    QString message;
    auto query = m_database->exec(sql, values, &message);
    if (!query) {
        fail(error, Error::Kind::Database, message);
        return std::nullopt;
    }
    const QDateTime at = now();
    QList<ShipmentSummary> result;
    while (query->next()) {
        ShipmentSummary summary;
        summary.id = query->value(0).toLongLong();
        summary.merchantShipmentNo = query->value(1).toString();
        summary.shipToPartyId = query->value(2).toString();
        summary.status = status;
        summary.version = query->value(3).toLongLong();
        const QDateTime expires = Database::fromStoredTime(query->value(5));
        if (expires.isValid() && expires > at)
            summary.leaseStation = query->value(4).toString();
        summary.updatedAt = Database::fromStoredTime(query->value(6));
        result.append(summary);
    }
    return result;
}

std::unique_ptr<Shipment> ShipmentRepository::loadWhere(const QString &where, const QVariant &value,
                                                        Error *error) const
{
    Database &db = *m_database;
    QString message;
    auto head = db.exec(QStringLiteral("SELECT id, status, version, header, next_node_id FROM "
                                       "shipments WHERE ")
                            + where,
                        { value }, &message);
    if (!head) {
        fail(error, Error::Kind::Database, message);
        return nullptr;
    }
    if (!head->next()) {
        fail(error, Error::Kind::NotFound, tr("there is no shipment %1").arg(value.toString()));
        return nullptr;
    }
    const qint64 id = head->value(0).toLongLong();
    const QString statusText = head->value(1).toString();
    const qint64 version = head->value(2).toLongLong();
    const QByteArray header = head->value(3).toString().toUtf8();
    const NodeId nextNodeId = NodeId(qMax(qint64(1), head->value(4).toLongLong()));
    head->finish();
    const std::optional<ShipmentStatus> status = statusFromName(statusText);
    if (!status) {
        fail(error, Error::Kind::Invalid,
             tr("shipment %1 has an unknown status \"%2\"").arg(id).arg(statusText));
        return nullptr;
    }

    auto nodes = db.exec(QStringLiteral("SELECT node_id, parent_node_id, data FROM shipment_nodes"
                                        " WHERE shipment_id = ?"
                                        " ORDER BY parent_node_id, position, node_id"),
                         { id }, &message);
    if (!nodes) {
        fail(error, Error::Kind::Database, message);
        return nullptr;
    }
    std::vector<StoredRow> rows;
    QHash<NodeId, std::vector<int>> children;
    while (nodes->next()) {
        StoredRow row;
        row.id = NodeId(nodes->value(0).toLongLong());
        const QVariant parent = nodes->value(1);
        const NodeId parentId = parent.isNull() ? 0 : NodeId(parent.toLongLong());
        row.data = nodes->value(2).toString().toUtf8();
        children[parentId].push_back(int(rows.size()));
        rows.push_back(std::move(row));
    }
    nodes->finish();

    DocumentBuilder builder(rows, children);
    ShipmentDocument document = ShipmentJson::read(builder.build(header));
    if (!document.shipment) {
        fail(error, Error::Kind::Invalid, tr("shipment %1 could not be read back").arg(id));
        return nullptr;
    }
    const std::vector<NodeId> &order = builder.order();
    if (order.size() != rows.size() || size_t(document.shipment->nodeCount()) != order.size()) {
        fail(error, Error::Kind::Invalid,
             tr("shipment %1 has %2 stored nodes, of which %3 could be read into the tree")
                 .arg(id)
                 .arg(rows.size())
                 .arg(qMin(order.size(), size_t(document.shipment->nodeCount()))));
        return nullptr;
    }
    auto result = std::make_unique<Shipment>();
    result->header() = document.shipment->header();
    result->setStatus(*status);
    result->setVersion(version);
    size_t next = 0;
    copyWithIds(*result, document.shipment->root(), result->root(), order, next);
    result->reserveNodeIds(nextNodeId);
    return result;
}

bool ShipmentRepository::bumpVersion(qint64 id, qint64 baseVersion, const QString &station,
                                     const ShipmentHeader *header,
                                     std::optional<ShipmentStatus> status, NodeId nextNodeId,
                                     Error *error)
{
    const QString at = Database::toStoredTime(now());
    Database &db = *m_database;
    QString sql = QStringLiteral("UPDATE shipments SET version = version + 1, updated_at = ?");
    QVariantList values = { Database::nowStoredTime() };
    if (header) {
        sql += QStringLiteral(
            ", header = ?, merchant_shipment_no = ?, channel_id = ?, ship_to = ?");
        values << headerJson(*header) << header->merchantShipmentNo << header->channelId.value_or(0)
               << notNull(header->shipToPartyId);
    }
    if (status) {
        sql += QStringLiteral(", status = ?");
        values << statusName(*status);
    }
    if (nextNodeId > 0) {
        sql += QStringLiteral(", next_node_id = CASE WHEN next_node_id < ? THEN ? "
                              "ELSE next_node_id END");
        values << qint64(nextNodeId) << qint64(nextNodeId);
    }
    // The lease is checked in the same statement, so no other station can slip in between.
    sql += QStringLiteral(
        " WHERE id = ? AND version = ? AND (lease_station IS NULL OR "
        "lease_station = ? OR lease_expires_at IS NULL OR lease_expires_at <= ?)");
    values << id << baseVersion << station << at;
    QString message;
    const qint64 rows = db.execUpdate(sql, values, &message);
    if (rows < 0)
        return fail(error, Error::Kind::Database, message);
    if (rows == 1)
        return true;

    const auto stored = version(id, error);
    if (!stored)
        return false;
    if (*stored == baseVersion) {
        // The version matches, so a live lease of another station refused the write.
        const bool refused = refusedLease(id, error);
        if (error)
            error->currentVersion = *stored;
        return refused;
    }

    auto query = db.exec(QStringLiteral("SELECT merchant_shipment_no, version FROM shipments "
                                        "WHERE id = ?"),
                         { id }, &message);
    if (!query)
        return fail(error, Error::Kind::Database, message);
    if (!query->next())
        return fail(error, Error::Kind::NotFound, tr("there is no shipment with id %1").arg(id));
    const QString number = query->value(0).toString();
    const qint64 current = query->value(1).toLongLong();
    query->finish();
    const auto changedAt = db.scalar(QStringLiteral("SELECT station FROM audit_log WHERE "
                                                    "shipment_id = ? ORDER BY id DESC LIMIT 1"),
                                     { id }, &message);
    const QString where = changedAt && !changedAt->toString().isEmpty() ? changedAt->toString()
                                                                        : tr("another station");
    if (error) {
        error->currentVersion = current;
        error->station = changedAt ? changedAt->toString() : QString();
    }
    return fail(error, Error::Kind::Conflict,
                tr("shipment %1 was changed at station %2 (version %3); reload")
                    .arg(number, where)
                    .arg(current));
}

bool ShipmentRepository::writeRows(qint64 id, const std::vector<ShipmentNodeRow> &rows, bool upsert,
                                   Error *error)
{
    Database &db = *m_database;
    const QString head = QStringLiteral(
        "INSERT INTO shipment_nodes (shipment_id, node_id, parent_node_id, position, node_type, "
        "identifier_type, identifier_value, channel_purchase_order_no, quantity, data) VALUES ");
    const QString tail = upsert
        ? QStringLiteral(" ON CONFLICT (shipment_id, node_id) DO UPDATE SET "
                         "parent_node_id = excluded.parent_node_id, "
                         "position = excluded.position, node_type = excluded.node_type, "
                         "identifier_type = excluded.identifier_type, "
                         "identifier_value = excluded.identifier_value, "
                         "channel_purchase_order_no = excluded.channel_purchase_order_no, "
                         "quantity = excluded.quantity, data = excluded.data")
        : QString();
    const int perStatement = db.isPostgres() ? kPostgresRowsPerStatement : kSqliteRowsPerStatement;
    // Full batches reuse one prepared statement: parsing a statement of thousands of
    // parameters again for every batch took as long as running it.
    std::optional<PreparedStatement> fullStatement;
    for (size_t start = 0; start < rows.size(); start += size_t(perStatement)) {
        const int count = int(qMin(rows.size() - start, size_t(perStatement)));
        QVariantList values;
        values.reserve(count * 10);
        for (size_t i = start; i < start + size_t(count); ++i) {
            const ShipmentNodeRow &row = rows[i];
            const QLatin1String type = enumToWire(row.line.type);
            if (row.nodeId == 0 || type.size() == 0)
                return fail(error, Error::Kind::Invalid,
                            tr("node %1 has no pallet, carton or item type; the shipment cannot "
                               "be stored")
                                .arg(row.nodeId));
            values << id << qint64(row.nodeId)
                   << (row.parentId ? QVariant(qint64(row.parentId))
                                    : QVariant(QMetaType(QMetaType::LongLong)))
                   << row.position << QString(type)
                   << textOrNull(enumToWire(row.line.identifierType))
                   << textOrNull(row.line.identifierValue)
                   << textOrNull(row.line.channelPurchaseOrderNo)
                   << (row.line.quantity ? QVariant(*row.line.quantity)
                                         : QVariant(QMetaType(QMetaType::LongLong)))
                   << lineJson(row.line);
        }
        const bool full = count == perStatement;
        QString message;
        if (full) {
            if (!fullStatement)
                fullStatement.emplace(db.connection(), head + placeholders(count, 10) + tail);
            if (!fullStatement->exec(values, &message)) {
                db.statementFailed(std::move(fullStatement->query()));
                return fail(error, Error::Kind::Database, message);
            }
            continue;
        }
        if (!db.exec(head + placeholders(count, 10) + tail, values, &message))
            return fail(error, Error::Kind::Database, message);
    }
    return true;
}

bool ShipmentRepository::removeRows(qint64 id, const std::vector<NodeId> &ids, Error *error)
{
    for (size_t start = 0; start < ids.size(); start += kIdsPerStatement) {
        const int count = int(qMin(ids.size() - start, size_t(kIdsPerStatement)));
        QVariantList values = { id };
        QString list;
        for (size_t i = start; i < start + size_t(count); ++i) {
            list += i == start ? QStringLiteral("?") : QStringLiteral(", ?");
            values << qint64(ids[i]);
        }
        QString message;
        if (m_database->execUpdate(QStringLiteral("DELETE FROM shipment_nodes WHERE shipment_id "
                                                  "= ? AND node_id IN (")
                                       + list + QLatin1Char(')'),
                                   values, &message)
            < 0)
            return fail(error, Error::Kind::Database, message);
    }
    return true;
}

std::optional<qint64> ShipmentRepository::apply(qint64 id, qint64 baseVersion,
                                                const ShipmentChangeSet &changes,
                                                const AuditEntry &audit, Error *error)
{
    if (audit.action.isEmpty()) {
        fail(error, Error::Kind::Invalid, tr("a change needs an audit entry with an action"));
        return std::nullopt;
    }
    NodeId nextId = changes.nextNodeId;
    for (const ShipmentNodeRow &row : changes.upserted)
        nextId = qMax(nextId, row.nodeId + 1);
    for (NodeId removed : changes.removed)
        nextId = qMax(nextId, removed + 1);
    Database &db = *m_database;
    const bool ok = inTransaction(
        db,
        [&]() {
            if (!bumpVersion(id, baseVersion, audit.station,
                             changes.header ? &*changes.header : nullptr, changes.status, nextId,
                             error))
                return false;
            if (!removeRows(id, changes.removed, error))
                return false;
            if (!writeRows(id, changes.upserted, true, error))
                return false;
            AuditEntry entry = audit;
            entry.shipmentId = id;
            QString message;
            if (!AuditLog(db).append(entry, &message))
                return fail(error, Error::Kind::Database, message);
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return baseVersion + 1;
}

std::optional<qint64> ShipmentRepository::saveAll(qint64 id, qint64 baseVersion,
                                                  const Shipment &shipment, const AuditEntry &audit,
                                                  Error *error)
{
    if (audit.action.isEmpty()) {
        fail(error, Error::Kind::Invalid, tr("a change needs an audit entry with an action"));
        return std::nullopt;
    }
    std::vector<ShipmentNodeRow> rows;
    rows.reserve(size_t(shipment.nodeCount()));
    for (const auto &line : shipment.lines())
        collectRows(line.get(), rows);
    NodeId nextId = shipment.nextNodeId();
    for (const ShipmentNodeRow &row : rows)
        nextId = qMax(nextId, row.nodeId + 1);
    Database &db = *m_database;
    const bool ok = inTransaction(
        db,
        [&]() {
            if (!bumpVersion(id, baseVersion, audit.station, &shipment.header(), shipment.status(),
                             nextId, error))
                return false;
            QString message;
            if (db.execUpdate(QStringLiteral("DELETE FROM shipment_nodes WHERE shipment_id = ?"),
                              { id }, &message)
                < 0)
                return fail(error, Error::Kind::Database, message);
            if (!writeRows(id, rows, false, error))
                return false;
            AuditEntry entry = audit;
            entry.shipmentId = id;
            if (!AuditLog(db).append(entry, &message))
                return fail(error, Error::Kind::Database, message);
            return true;
        },
        error);
    if (!ok)
        return std::nullopt;
    return baseVersion + 1;
}

bool ShipmentRepository::refusedLease(qint64 id, Error *error) const
{
    Error local;
    const auto holder = leaseHolder(id, &local);
    if (local.kind != Error::Kind::None) {
        if (error)
            *error = local;
        return false;
    }
    if (!holder)
        return fail(error, Error::Kind::LeaseHeld,
                    tr("the lease on shipment %1 changed meanwhile; try again").arg(id));
    if (error)
        error->station = holder->station;
    return fail(error, Error::Kind::LeaseHeld,
                tr("the shipment is open at station %1 (%2) until %3")
                    .arg(holder->station, holder->user,
                         holder->expiresAt.toLocalTime().toString(Qt::ISODate)));
}

bool ShipmentRepository::acquireLease(qint64 id, const QString &station, const QString &user,
                                      std::chrono::seconds ttl, Error *error)
{
    if (station.isEmpty())
        return fail(error, Error::Kind::Invalid, tr("a lease needs a station name"));
    const QDateTime at = now();
    QString message;
    const qint64 rows = m_database->execUpdate(
        QStringLiteral("UPDATE shipments SET lease_station = ?, lease_user = ?, "
                       "lease_expires_at = ? WHERE id = ? AND (lease_station IS NULL OR "
                       "lease_station = ? OR lease_expires_at IS NULL OR lease_expires_at <= ?)"),
        { station, textOrNull(user), Database::toStoredTime(at.addSecs(ttl.count())), id, station,
          Database::toStoredTime(at) },
        &message);
    if (rows < 0)
        return fail(error, Error::Kind::Database, message);
    if (rows == 1)
        return true;
    if (!version(id, error))
        return false;
    return refusedLease(id, error);
}

bool ShipmentRepository::takeOver(qint64 id, const QString &station, const QString &user,
                                  std::chrono::seconds ttl, Error *error)
{
    if (station.isEmpty())
        return fail(error, Error::Kind::Invalid, tr("a lease needs a station name"));
    Database &db = *m_database;
    return inTransaction(
        db,
        [&]() {
            QString message;
            auto account = db.exec(QStringLiteral("SELECT role, active FROM users WHERE name = ?"),
                                   { user }, &message);
            if (!account)
                return fail(error, Error::Kind::Database, message);
            const bool known = account->next();
            const QString role = known ? account->value(0).toString() : QString();
            const bool active = known && account->value(1).toBool();
            account->finish();
            if (!known || !active)
                return fail(error, Error::Kind::Forbidden,
                            tr("%1 is not an active user; only a supervisor can take a shipment "
                               "over")
                                .arg(user));
            if (role != QLatin1String("supervisor"))
                return fail(
                    error, Error::Kind::Forbidden,
                    tr("%1 is a %2; only a supervisor can take a shipment over").arg(user, role));
            Error local;
            const auto previous = leaseHolder(id, &local);
            if (local.kind != Error::Kind::None) {
                if (error)
                    *error = local;
                return false;
            }
            const QDateTime at = now();
            const qint64 rows = db.execUpdate(
                QStringLiteral("UPDATE shipments SET lease_station = ?, lease_user = ?, "
                               "lease_expires_at = ? WHERE id = ?"),
                { station, textOrNull(user), Database::toStoredTime(at.addSecs(ttl.count())), id },
                &message);
            if (rows < 0)
                return fail(error, Error::Kind::Database, message);
            if (rows == 0)
                return fail(error, Error::Kind::NotFound,
                            tr("there is no shipment with id %1").arg(id));
            auto lease = [](const QString &who, const QString &by) {
                JsonWriter w(JsonWriter::Compact);
                w.beginObject();
                w.field("Station", who);
                w.field("User", by);
                w.endObject();
                return QString::fromUtf8(w.take());
            };
            AuditEntry audit;
            audit.user = user;
            audit.station = station;
            audit.action = QStringLiteral("shipment.take-over");
            audit.shipmentId = id;
            if (previous)
                audit.before = lease(previous->station, previous->user);
            audit.after = lease(station, user);
            if (!AuditLog(db).append(audit, &message))
                return fail(error, Error::Kind::Database, message);
            return true;
        },
        error);
}

bool ShipmentRepository::renewLease(qint64 id, const QString &station, std::chrono::seconds ttl,
                                    Error *error)
{
    QString message;
    const qint64 rows = m_database->execUpdate(
        QStringLiteral("UPDATE shipments SET lease_expires_at = ? WHERE id = ? AND "
                       "lease_station = ?"),
        { Database::toStoredTime(now().addSecs(ttl.count())), id, station }, &message);
    if (rows < 0)
        return fail(error, Error::Kind::Database, message);
    if (rows == 1)
        return true;
    if (!version(id, error))
        return false;
    return refusedLease(id, error);
}

bool ShipmentRepository::releaseLease(qint64 id, const QString &station, Error *error)
{
    QString message;
    const qint64 rows = m_database->execUpdate(
        QStringLiteral("UPDATE shipments SET lease_station = NULL, lease_user = NULL, "
                       "lease_expires_at = NULL WHERE id = ? AND lease_station = ?"),
        { id, station }, &message);
    if (rows < 0)
        return fail(error, Error::Kind::Database, message);
    return true;
}

std::optional<ShipmentLease> ShipmentRepository::leaseHolder(qint64 id, Error *error) const
{
    QString message;
    auto query = m_database->exec(QStringLiteral("SELECT lease_station, lease_user, "
                                                 "lease_expires_at FROM shipments WHERE id = ?"),
                                  { id }, &message);
    if (!query) {
        fail(error, Error::Kind::Database, message);
        return std::nullopt;
    }
    if (!query->next()) {
        fail(error, Error::Kind::NotFound, tr("there is no shipment with id %1").arg(id));
        return std::nullopt;
    }
    ShipmentLease lease;
    lease.station = query->value(0).toString();
    lease.user = query->value(1).toString();
    lease.expiresAt = Database::fromStoredTime(query->value(2));
    query->finish();
    if (lease.station.isEmpty() || !lease.expiresAt.isValid() || lease.expiresAt <= now())
        return std::nullopt;
    return lease;
}

} // namespace VendorPack
