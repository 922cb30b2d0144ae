// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestsupport.h"

#include "core/shipmentjson.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/outboxkinds.h"
#include "storage/purchaseorderrepository.h"
#include "storage/transaction.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace VendorPack {

namespace SyncTestSupport {

StationProfile profile()
{
    StationProfile profile;
    profile.stationName = QStringLiteral("Dock 1");
    profile.userName = QStringLiteral("ann");
    profile.channelId = 1;
    profile.companyPrefix = QStringLiteral("0614141");
    profile.shipFromPartyId = QStringLiteral("ACME1");
    return profile;
}

std::unique_ptr<Station> openStation(const QString &sqlitePath, QString *error)
{
    return Station::open(DatabaseSettings::sqlite(sqlitePath), profile(), error);
}

ShipmentGenerator::Result generated(quint32 seed, int pallets, int cartons, int skus)
{
    ShipmentGenerator::Options options;
    options.pallets = pallets;
    options.cartonsPerPallet = cartons;
    options.skusPerCarton = skus;
    options.seed = seed;
    return ShipmentGenerator::generate(options);
}

qint64 storeAndEnqueue(Station &station, Shipment &shipment, QString *error)
{
    Transaction transaction(station.database());
    if (!transaction.begin(error))
        return -1;
    ShipmentRepository::Error repositoryError;
    const auto id = station.shipments().create(shipment, QStringLiteral("ann"),
                                               QStringLiteral("Dock 1"), &repositoryError);
    if (!id) {
        *error = repositoryError.message;
        return -1;
    }
    if (!station.outbox().enqueue(OutboxSubject::Shipment, *id, OutboxKinds::kShipmentPush,
                                  QString(), shipment.version(), error))
        return -1;
    if (!transaction.commit(error))
        return -1;
    return *id;
}

Editor::Editor(Station &station, qint64 shipmentId, quint32 seed)
    : m_station(station)
    , m_id(shipmentId)
    , m_shipment(station.shipments().load(shipmentId))
    , m_random(seed)
{
}

bool Editor::apply(const std::function<void(Shipment &, ShipmentChangeSet &)> &change,
                   QString *error)
{
    if (!m_shipment) {
        *error = QStringLiteral("the shipment could not be loaded");
        return false;
    }
    ShipmentChangeSet changes;
    change(*m_shipment, changes);
    AuditEntry audit;
    audit.user = QStringLiteral("ann");
    audit.station = QStringLiteral("Dock 1");
    audit.action = QStringLiteral("test.edit");
    Transaction transaction(m_station.database());
    if (!transaction.begin(error))
        return false;
    ShipmentRepository::Error repositoryError;
    const auto version = m_station.shipments().apply(m_id, m_shipment->version(), changes, audit,
                                                     &repositoryError);
    if (!version) {
        *error = repositoryError.message;
        return false;
    }
    if (!m_station.outbox().enqueue(OutboxSubject::Shipment, m_id, OutboxKinds::kShipmentPush,
                                    QString(), *version, error))
        return false;
    if (!transaction.commit(error))
        return false;
    m_shipment->setVersion(*version);
    ++m_edits;
    return true;
}

bool Editor::edit(QString *error)
{
    if (!m_shipment) {
        *error = QStringLiteral("the shipment could not be loaded");
        return false;
    }
    std::vector<ShipmentNode *> items;
    std::vector<ShipmentNode *> cartons;
    m_shipment->root()->forEach([&](const ShipmentNode *node) {
        if (node->type() == NodeType::Item)
            items.push_back(const_cast<ShipmentNode *>(node));
        else if (node->type() == NodeType::Carton)
            cartons.push_back(const_cast<ShipmentNode *>(node));
    });
    const int n = m_edits;
    if (m_zeroed) {
        const NodeId zeroed = m_zeroed;
        const qint64 quantity = m_zeroedQuantity;
        m_zeroed = 0;
        return apply(
            [&](Shipment &s, ShipmentChangeSet &c) {
                ShipmentNode *node = s.node(zeroed);
                node->line().quantity = quantity;
                c.upsert(node);
            },
            error);
    }
    if (n % 40 == 17 && !items.empty()) {
        // An edit that makes the version invalid (quantity 0); the next one repairs it.
        ShipmentNode *item = items[m_random.bounded(quint32(items.size()))];
        m_zeroed = item->id();
        m_zeroedQuantity = item->line().quantity.value_or(1);
        return apply(
            [&](Shipment &, ShipmentChangeSet &c) {
                item->line().quantity = 0;
                c.upsert(item);
            },
            error);
    }
    const quint32 kind = m_random.bounded(10u);
    if (kind < 3) {
        return apply(
            [&](Shipment &s, ShipmentChangeSet &c) {
                s.header().carrierName = QStringLiteral("Carrier %1").arg(n);
                c.header = s.header();
            },
            error);
    }
    if (kind < 7 || cartons.size() < 2) {
        ShipmentNode *item = items[m_random.bounded(quint32(items.size()))];
        return apply(
            [&](Shipment &, ShipmentChangeSet &c) {
                item->line().lotNo = QStringLiteral("LOT-%1").arg(n);
                c.upsert(item);
            },
            error);
    }
    // Move an item to another carton (never emptying one).
    std::vector<ShipmentNode *> sources;
    for (ShipmentNode *carton : cartons) {
        if (carton->childCount() > 1)
            sources.push_back(carton);
    }
    if (sources.empty()) {
        ShipmentNode *item = items[m_random.bounded(quint32(items.size()))];
        return apply(
            [&](Shipment &, ShipmentChangeSet &c) {
                item->line().lotNo = QStringLiteral("LOT-%1").arg(n);
                c.upsert(item);
            },
            error);
    }
    ShipmentNode *source = sources[m_random.bounded(quint32(sources.size()))];
    ShipmentNode *target = source;
    while (target == source)
        target = cartons[m_random.bounded(quint32(cartons.size()))];
    const int row = int(m_random.bounded(quint32(source->childCount())));
    return apply(
        [&](Shipment &s, ShipmentChangeSet &c) {
            ShipmentNode *item = source->child(row);
            s.moveNode(item, target, target->childCount());
            c.upsertChildren(source, row);
            c.upsertChildren(target, target->childCount() - 1);
        },
        error);
}

SandboxHttp::SandboxHttp(QUrl baseUrl, QString key)
    : m_baseUrl(std::move(baseUrl))
    , m_key(std::move(key))
{
}

int SandboxHttp::send(const QByteArray &method, const QString &path, const QByteArray &json,
                      QByteArray *body)
{
    QUrl url = m_baseUrl;
    const QString query
        = path.contains(QLatin1Char('?')) ? path.section(QLatin1Char('?'), 1) : QString();
    url.setPath(url.path() + path.section(QLatin1Char('?'), 0, 0));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("X-CE-KEY", m_key.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = method == "GET" ? m_network.get(request)
                                           : m_network.sendCustomRequest(request, method, json);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = reply->readAll();
    reply->deleteLater();
    return status;
}

int SandboxHttp::get(const QString &path, QByteArray *body)
{
    return send("GET", path, QByteArray(), body);
}

QByteArray SandboxHttp::storedShipment(const QString &merchantShipmentNo)
{
    QByteArray body;
    if (get(QStringLiteral("/admin/shipments/") + merchantShipmentNo, &body) != 200)
        return QByteArray();
    return body;
}

SandboxHttp::Calls SandboxHttp::calls(const QString &merchantShipmentNo)
{
    Calls calls;
    QByteArray body;
    if (get(QStringLiteral("/admin/stats"), &body) != 200)
        return calls;
    const QJsonObject stats
        = QJsonDocument::fromJson(body).object().value(QLatin1String("Content")).toObject();
    calls.requests = qint64(stats.value(QLatin1String("Requests")).toDouble(-1));
    calls.failuresInjected = qint64(stats.value(QLatin1String("FailuresInjected")).toDouble(-1));
    calls.dropsInjected = qint64(stats.value(QLatin1String("DropsInjected")).toDouble(-1));
    calls.rateLimited = qint64(stats.value(QLatin1String("RateLimited")).toDouble(-1));
    calls.posts = calls.puts = calls.postAttempts = calls.putAttempts = 0;
    for (const QJsonValue &value : stats.value(QLatin1String("Shipments")).toArray()) {
        const QJsonObject shipment = value.toObject();
        if (shipment.value(QLatin1String("MerchantShipmentNo")).toString() != merchantShipmentNo)
            continue;
        calls.posts = shipment.value(QLatin1String("Posts")).toInt();
        calls.puts = shipment.value(QLatin1String("Puts")).toInt();
        calls.postAttempts = shipment.value(QLatin1String("PostAttempts")).toInt();
        calls.putAttempts = shipment.value(QLatin1String("PutAttempts")).toInt();
    }
    return calls;
}

bool SandboxHttp::setFaults(const QByteArray &json)
{
    return post(QStringLiteral("/admin/faults"), json) == 200;
}

QByteArray canonical(const QByteArray &body)
{
    ShipmentDocument document = ShipmentJson::read(body);
    if (!document.isReadable())
        return QByteArray();
    return ShipmentJson::write(*document.shipment);
}

QByteArray canonical(const Shipment &shipment)
{
    return ShipmentJson::write(shipment);
}

} // namespace SyncTestSupport

} // namespace VendorPack
