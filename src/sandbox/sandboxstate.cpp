// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxstate.h"

#include "demodata.h"

#include "core/jsonfieldreader.h"
#include "core/ordersjson.h"
#include "core/shipmentjson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>

#include <algorithm>

namespace VendorPack {

namespace {

void writeDate(JsonWriter &w, const char *name, const QDateTime &value)
{
    if (value.isValid())
        w.field(name, value);
}

QDateTime readDate(const QJsonObject &object, QLatin1String name, bool *ok)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return QDateTime();
    const QDateTime date = JsonFieldReader::parseDateTime(value.toString());
    if (!date.isValid())
        *ok = false;
    return date;
}

bool isInteger(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInteger());
}

} // namespace

SandboxState::SandboxState(SandboxOptions options)
    : m_options(std::move(options))
    , m_faults(m_options.faults)
    , m_faultRng(m_options.seed ^ 0x5eedfa17u)
{
    m_rateLimiter.setLimit(m_faults.rateLimit);
}

SandboxState::~SandboxState() = default;

bool SandboxState::initialize(QString *error)
{
    if (m_initialized)
        return true;
    const QString &path = m_options.statePath;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        QFile file(path);
        QString problem;
        if (QFileInfo(path).isDir())
            problem = tr("it is a folder");
        else if (QFileInfo(path).size() > kMaxStateFileBytes)
            problem = tr("it is larger than %1 MB").arg(kMaxStateFileBytes / (1024 * 1024));
        else if (!file.open(QIODevice::ReadOnly))
            problem = file.errorString();
        QString why;
        if (problem.isEmpty() && !loadJson(file.readAll(), &why))
            problem = tr("it is not a sandbox state file (%1)").arg(why);
        if (!problem.isEmpty()) {
            if (error)
                *error = tr("the state file %1 cannot be used: %2").arg(path, problem);
            return false;
        }
        m_initialized = true;
        return true;
    }
    if (m_options.orders < 0 || m_options.orders > SandboxOptions::kMaxOrders) {
        if (error)
            *error = tr("the number of demo orders must be between 0 and %1")
                         .arg(SandboxOptions::kMaxOrders);
        return false;
    }
    m_orders = DemoData::generate(m_options.seed, m_options.orders);
    ordersChanged();
    m_initialized = true;
    return save(error);
}

QDateTime SandboxState::now() const
{
    return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
}

int SandboxState::orderIndex(const QString &channelPurchaseOrderNo) const
{
    return m_orderByNumber.value(channelPurchaseOrderNo, -1);
}

int SandboxState::orderIndexById(qint64 id) const
{
    return m_orderById.value(id, -1);
}

void SandboxState::rebuildOrderIndex()
{
    m_orderByNumber.clear();
    m_orderById.clear();
    for (int i = 0; i < m_orders.size(); ++i) {
        m_orderByNumber.insert(m_orders[i].channelPurchaseOrderNo, i);
        if (m_orders[i].id)
            m_orderById.insert(*m_orders[i].id, i);
    }
}

void SandboxState::ordersChanged()
{
    rebuildOrderIndex();
    m_orderBook.reset();
}

const OrderBook &SandboxState::orderBook() const
{
    if (!m_orderBook)
        m_orderBook = std::make_unique<OrderBook>(m_orders);
    return *m_orderBook;
}

SandboxState::Upsert SandboxState::upsertOrders(QList<PurchaseOrder> orders)
{
    Upsert result;
    const QDateTime stamp = now();
    qint64 nextOrderId = 400001;
    qint64 nextLineId = 9000001;
    for (const PurchaseOrder &po : std::as_const(m_orders)) {
        if (po.id)
            nextOrderId = qMax(nextOrderId, *po.id + 1);
        for (const PurchaseOrderLine &line : po.lines) {
            if (line.id)
                nextLineId = qMax(nextLineId, *line.id + 1);
        }
    }
    for (const PurchaseOrder &po : std::as_const(orders)) {
        if (po.id)
            nextOrderId = qMax(nextOrderId, *po.id + 1);
        for (const PurchaseOrderLine &line : po.lines) {
            if (line.id)
                nextLineId = qMax(nextLineId, *line.id + 1);
        }
    }
    for (PurchaseOrder &po : orders) {
        const int existing = orderIndex(po.channelPurchaseOrderNo);
        if (existing >= 0) {
            const PurchaseOrder &old = m_orders[existing];
            if (!po.id)
                po.id = old.id;
            if (!po.createdAt.isValid())
                po.createdAt = old.createdAt;
            // The local acknowledgements of lines that stay.
            for (PurchaseOrderLine &line : po.lines) {
                for (const PurchaseOrderLine &before : old.lines) {
                    if (before.merchantProductNo == line.merchantProductNo
                        && line.acknowledgements.isEmpty()) {
                        line.acknowledgements = before.acknowledgements;
                        if (!line.acknowledgedDate.isValid())
                            line.acknowledgedDate = before.acknowledgedDate;
                    }
                }
            }
        }
        // Another PO must not hold this Id already.
        if (po.id) {
            const int holder = orderIndexById(*po.id);
            if (holder >= 0 && holder != existing)
                po.id.reset();
        }
        if (!po.id)
            po.id = nextOrderId++;
        if (po.channelId <= 0)
            po.channelId = 1;
        if (!po.createdAt.isValid())
            po.createdAt = stamp;
        po.updatedAt = stamp;
        for (PurchaseOrderLine &line : po.lines) {
            if (!line.id)
                line.id = nextLineId++;
            if (!line.createdAt.isValid())
                line.createdAt = po.createdAt;
        }
        if (existing >= 0) {
            if (m_orders[existing].id)
                m_orderById.remove(*m_orders[existing].id);
            m_orderById.insert(*po.id, existing);
            m_orders[existing] = std::move(po);
            ++result.replaced;
        } else {
            m_orderByNumber.insert(po.channelPurchaseOrderNo, int(m_orders.size()));
            m_orderById.insert(*po.id, int(m_orders.size()));
            m_orders.append(std::move(po));
            ++result.added;
        }
    }
    std::stable_sort(m_orders.begin(), m_orders.end(),
                     [](const PurchaseOrder &a, const PurchaseOrder &b) {
                         return a.id.value_or(0) < b.id.value_or(0);
                     });
    ordersChanged();
    return result;
}

const StoredShipment *SandboxState::shipment(const QString &merchantShipmentNo) const
{
    const int index = m_shipmentByNumber.value(merchantShipmentNo, -1);
    return index < 0 ? nullptr : &m_shipments[index];
}

StoredShipment *SandboxState::shipment(const QString &merchantShipmentNo)
{
    const int index = m_shipmentByNumber.value(merchantShipmentNo, -1);
    return index < 0 ? nullptr : &m_shipments[index];
}

const StoredShipment &SandboxState::addShipment(const QString &merchantShipmentNo, QByteArray body,
                                                std::shared_ptr<const Shipment> shipment)
{
    StoredShipment stored;
    stored.id = m_shipments.isEmpty() ? 1 : m_shipments.last().id + 1;
    stored.merchantShipmentNo = merchantShipmentNo;
    stored.body = std::move(body);
    stored.shipment = std::move(shipment);
    stored.createdAt = now();
    stored.updatedAt = stored.createdAt;
    m_shipmentByNumber.insert(merchantShipmentNo, int(m_shipments.size()));
    m_shipments.append(std::move(stored));
    return m_shipments.last();
}

void SandboxState::replaceShipment(StoredShipment &stored, QByteArray body,
                                   std::shared_ptr<const Shipment> shipment)
{
    const Export before = exportOf(stored);
    stored.previousExportAt = before.exportedAt;
    stored.body = std::move(body);
    stored.shipment = std::move(shipment);
    stored.updatedAt = now();
}

bool SandboxState::deliver(const QString &merchantShipmentNo)
{
    StoredShipment *stored = shipment(merchantShipmentNo);
    if (!stored)
        return false;
    if (!stored->isDelivered())
        stored->deliveredAt = now();
    return true;
}

SandboxState::Export SandboxState::exportOf(const StoredShipment &stored) const
{
    Export result;
    const QDateTime exported = stored.updatedAt.addSecs(qMax(0, m_options.exportDelaySeconds));
    if (stored.isDelivered() || now() >= exported) {
        result.status = ExportStatus::Success;
        result.exportedAt = stored.isDelivered() ? qMin(exported, stored.deliveredAt) : exported;
        return result;
    }
    result.status = ExportStatus::None;
    result.exportedAt = stored.previousExportAt;
    return result;
}

void SandboxState::setFaults(const SandboxFaults &faults)
{
    if (faults.rateLimit != m_faults.rateLimit)
        m_rateLimiter.setLimit(faults.rateLimit);
    m_faults = faults;
}

bool SandboxState::drawFailure()
{
    return m_faults.failRate > 0 && m_faultRng.generateDouble() < m_faults.failRate;
}

bool SandboxState::drawDrop()
{
    return m_faults.dropRate > 0 && m_faultRng.generateDouble() < m_faults.dropRate;
}

QString SandboxState::newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString SandboxState::newLogId()
{
    return QString::number(++m_logCounter);
}

void SandboxState::writeStats(JsonWriter &w) const
{
    w.beginObject();
    w.field("Requests", m_stats.requests);
    w.field("AdminRequests", m_stats.adminRequests);
    w.field("FaultsInjected", m_stats.faultsInjected());
    w.field("FailuresInjected", m_stats.failuresInjected);
    w.field("DropsInjected", m_stats.dropsInjected);
    w.field("RateLimited", m_stats.rateLimited);
    w.field("PurchaseOrderCount", qint64(m_orders.size()));
    w.field("ShipmentCount", qint64(m_shipments.size()));
    w.key("Endpoints");
    w.beginArray();
    for (auto it = m_stats.endpoints.cbegin(); it != m_stats.endpoints.cend(); ++it) {
        w.beginObject();
        w.field("Endpoint", it.key());
        w.field("Requests", it.value());
        w.endObject();
    }
    w.endArray();
    w.key("Shipments");
    w.beginArray();
    for (auto it = m_stats.shipments.cbegin(); it != m_stats.shipments.cend(); ++it) {
        w.beginObject();
        w.field("MerchantShipmentNo", it.key());
        w.field("Posts", it->posts);
        w.field("Puts", it->puts);
        w.field("PostAttempts", it->postAttempts);
        w.field("PutAttempts", it->putAttempts);
        const StoredShipment *stored = shipment(it.key());
        w.field("Stored", stored != nullptr);
        w.field("Delivered", stored && stored->isDelivered());
        w.endObject();
    }
    w.endArray();
    w.endObject();
}

QByteArray SandboxState::toJson() const
{
    JsonWriter w(JsonWriter::Compact);
    w.beginObject();
    w.field("Format", QLatin1String(kFormat));
    w.field("Version", kFormatVersion);
    w.field("Seed", qint64(m_options.seed));
    w.key("Orders");
    w.beginArray();
    for (const PurchaseOrder &po : m_orders)
        OrdersJson::writeOrder(w, po);
    w.endArray();
    w.key("Acknowledgements");
    w.beginArray();
    for (int o = 0; o < m_orders.size(); ++o) {
        const QList<PurchaseOrderLine> &lines = m_orders[o].lines;
        for (int l = 0; l < lines.size(); ++l) {
            for (const Acknowledgement &ack : lines[l].acknowledgements) {
                w.beginObject();
                w.field("Order", o);
                w.field("Line", l);
                w.field("Code", enumToWire(ack.code));
                w.field("Quantity", ack.quantity);
                if (ack.rejectionReason != RejectionReason::None)
                    w.field("RejectionReason", enumToWire(ack.rejectionReason));
                writeDate(w, "ScheduledShipDate", ack.scheduledShipDate);
                writeDate(w, "ScheduledDeliveryDate", ack.scheduledDeliveryDate);
                w.endObject();
            }
        }
    }
    w.endArray();
    w.key("Shipments");
    w.beginArray();
    for (const StoredShipment &s : m_shipments) {
        w.beginObject();
        w.field("Id", s.id);
        w.field("MerchantShipmentNo", s.merchantShipmentNo);
        writeDate(w, "CreatedAt", s.createdAt);
        writeDate(w, "UpdatedAt", s.updatedAt);
        writeDate(w, "DeliveredAt", s.deliveredAt);
        writeDate(w, "PreviousExportAt", s.previousExportAt);
        w.field("Body", QString::fromUtf8(s.body));
        w.endObject();
    }
    w.endArray();
    w.key("Stats");
    writeStats(w);
    w.endObject();
    return w.take();
}

bool SandboxState::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            tr("not JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isObject())
        return fail(tr("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("Format")).toString() != QLatin1String(kFormat))
        return fail(tr("no \"Format\": \"%1\"").arg(QLatin1String(kFormat)));
    if (root.value(QLatin1String("Version")).toInt() != kFormatVersion)
        return fail(tr("version %1 is not supported")
                        .arg(root.value(QLatin1String("Version")).toVariant().toString()));

    // The orders, read by the same reader as any orders document.
    const QJsonValue ordersValue = root.value(QLatin1String("Orders"));
    if (!ordersValue.isArray())
        return fail(tr("\"Orders\" is not an array"));
    OrdersDocument orders
        = OrdersJson::read(QJsonDocument(ordersValue.toArray()).toJson(QJsonDocument::Compact));
    for (const Finding &f : std::as_const(orders.findings)) {
        if (f.severity == Severity::Error)
            return fail(tr("order %1: %2").arg(f.pointer, f.message));
    }

    const QJsonValue acksValue = root.value(QLatin1String("Acknowledgements"));
    if (!acksValue.isUndefined() && !acksValue.isArray())
        return fail(tr("\"Acknowledgements\" is not an array"));
    const QJsonArray acks = acksValue.toArray();
    for (qsizetype i = 0; i < acks.size(); ++i) {
        const QJsonObject a = acks[i].toObject();
        const QJsonValue o = a.value(QLatin1String("Order"));
        const QJsonValue l = a.value(QLatin1String("Line"));
        const QString where = tr("acknowledgement %1").arg(i);
        if (!isInteger(o) || !isInteger(l) || o.toInteger() < 0
            || o.toInteger() >= orders.orders.size() || l.toInteger() < 0
            || l.toInteger() >= orders.orders[o.toInteger()].lines.size())
            return fail(tr("%1 names no order line").arg(where));
        Acknowledgement ack;
        EnumMatch match = EnumMatch::None;
        ack.code
            = enumFromWire<AcknowledgementCode>(a.value(QLatin1String("Code")).toString(), &match);
        if (match != EnumMatch::Exact)
            return fail(tr("%1 has no valid Code").arg(where));
        if (!isInteger(a.value(QLatin1String("Quantity")))
            || a.value(QLatin1String("Quantity")).toInteger() < 0)
            return fail(tr("%1 has no Quantity of 0 or more").arg(where));
        ack.quantity = a.value(QLatin1String("Quantity")).toInteger();
        const QString reason = a.value(QLatin1String("RejectionReason")).toString();
        if (!reason.isEmpty()) {
            ack.rejectionReason = enumFromWire<RejectionReason>(reason, &match);
            if (match != EnumMatch::Exact)
                return fail(tr("%1 has no valid RejectionReason").arg(where));
        }
        bool ok = true;
        ack.scheduledShipDate = readDate(a, QLatin1String("ScheduledShipDate"), &ok);
        ack.scheduledDeliveryDate = readDate(a, QLatin1String("ScheduledDeliveryDate"), &ok);
        if (!ok)
            return fail(tr("%1 has a date that is not ISO 8601").arg(where));
        orders.orders[o.toInteger()].lines[l.toInteger()].acknowledgements.append(ack);
    }

    const QJsonValue shipmentsValue = root.value(QLatin1String("Shipments"));
    if (!shipmentsValue.isArray())
        return fail(tr("\"Shipments\" is not an array"));
    QList<StoredShipment> shipments;
    QHash<QString, int> byNumber;
    const QJsonArray shipmentArray = shipmentsValue.toArray();
    for (qsizetype i = 0; i < shipmentArray.size(); ++i) {
        const QJsonObject s = shipmentArray[i].toObject();
        const QString where = tr("shipment %1").arg(i);
        StoredShipment stored;
        if (!isInteger(s.value(QLatin1String("Id"))))
            return fail(tr("%1 has no Id").arg(where));
        stored.id = s.value(QLatin1String("Id")).toInteger();
        stored.merchantShipmentNo = s.value(QLatin1String("MerchantShipmentNo")).toString();
        if (stored.merchantShipmentNo.isEmpty() || byNumber.contains(stored.merchantShipmentNo))
            return fail(tr("%1 has no MerchantShipmentNo, or one seen before").arg(where));
        bool ok = true;
        stored.createdAt = readDate(s, QLatin1String("CreatedAt"), &ok);
        stored.updatedAt = readDate(s, QLatin1String("UpdatedAt"), &ok);
        stored.deliveredAt = readDate(s, QLatin1String("DeliveredAt"), &ok);
        stored.previousExportAt = readDate(s, QLatin1String("PreviousExportAt"), &ok);
        if (!ok || !stored.createdAt.isValid() || !stored.updatedAt.isValid())
            return fail(tr("%1 has a missing or malformed date").arg(where));
        stored.body = s.value(QLatin1String("Body")).toString().toUtf8();
        ShipmentDocument read = ShipmentJson::read(stored.body);
        if (!read.isReadable())
            return fail(tr("%1 has a Body that is not a shipment").arg(where));
        stored.shipment = std::shared_ptr<const Shipment>(std::move(read.shipment));
        if (!shipments.isEmpty() && stored.id <= shipments.last().id)
            return fail(tr("%1 is out of order").arg(where));
        byNumber.insert(stored.merchantShipmentNo, int(shipments.size()));
        shipments.append(std::move(stored));
    }

    SandboxStats stats;
    const QJsonObject s = root.value(QLatin1String("Stats")).toObject();
    stats.requests = s.value(QLatin1String("Requests")).toInteger();
    stats.adminRequests = s.value(QLatin1String("AdminRequests")).toInteger();
    stats.failuresInjected = s.value(QLatin1String("FailuresInjected")).toInteger();
    stats.dropsInjected = s.value(QLatin1String("DropsInjected")).toInteger();
    stats.rateLimited = s.value(QLatin1String("RateLimited")).toInteger();
    const QJsonArray endpoints = s.value(QLatin1String("Endpoints")).toArray();
    for (const QJsonValue &e : endpoints) {
        const QJsonObject entry = e.toObject();
        stats.endpoints.insert(entry.value(QLatin1String("Endpoint")).toString(),
                               entry.value(QLatin1String("Requests")).toInteger());
    }
    const QJsonArray calls = s.value(QLatin1String("Shipments")).toArray();
    for (const QJsonValue &c : calls) {
        const QJsonObject entry = c.toObject();
        ShipmentCalls &counts
            = stats.shipments[entry.value(QLatin1String("MerchantShipmentNo")).toString()];
        counts.posts = entry.value(QLatin1String("Posts")).toInt();
        counts.puts = entry.value(QLatin1String("Puts")).toInt();
        counts.postAttempts = entry.value(QLatin1String("PostAttempts")).toInt();
        counts.putAttempts = entry.value(QLatin1String("PutAttempts")).toInt();
    }

    m_orders = std::move(orders.orders);
    std::stable_sort(m_orders.begin(), m_orders.end(),
                     [](const PurchaseOrder &a, const PurchaseOrder &b) {
                         return a.id.value_or(0) < b.id.value_or(0);
                     });
    ordersChanged();
    m_shipments = std::move(shipments);
    m_shipmentByNumber = std::move(byNumber);
    m_stats = std::move(stats);
    return true;
}

bool SandboxState::save(QString *error) const
{
    if (m_options.statePath.isEmpty())
        return true;
    QSaveFile file(m_options.statePath);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("the state file %1 cannot be written: %2")
                         .arg(m_options.statePath, file.errorString());
        return false;
    }
    file.write(toJson());
    if (!file.commit()) {
        if (error)
            *error = tr("the state file %1 cannot be written: %2")
                         .arg(m_options.statePath, file.errorString());
        return false;
    }
    return true;
}

} // namespace VendorPack
