// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/generator.h"
#include "core/shipment.h"
#include "core/stationprofile.h"
#include "packing/station.h"
#include "storage/shipmentrepository.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QString>
#include <QUrl>

#include <memory>

namespace VendorPack {

// What the sync tests share: a station on a SQLite file, a generated shipment stored and queued
// as the packing session would, scripted edits, and the sandbox's admin endpoints over HTTP.
namespace SyncTestSupport {

inline const QString kKey = QStringLiteral("sync-test-key-4b7e19c2a8d35f60");

StationProfile profile();
std::unique_ptr<Station> openStation(const QString &sqlitePath, QString *error);
// One pallet of `cartons` cartons with `skus` SKUs each, and the orders it packs.
ShipmentGenerator::Result generated(quint32 seed, int pallets = 1, int cartons = 4, int skus = 3);
// Stores the shipment (version 1) and enqueues its push, in one transaction; its id or -1.
qint64 storeAndEnqueue(Station &station, Shipment &shipment, QString *error);

// Applies scripted edits to a stored shipment, each one transaction: the change set through
// ShipmentRepository::apply and the outbox entry of the new version, as the packing session does.
class Editor
{
public:
    Editor(Station &station, qint64 shipmentId, quint32 seed);

    // One random edit (a header field, a lot number, a move between cartons, and now and then a
    // quantity of 0 that the next edit repairs); false with the reason on failure.
    bool edit(QString *error);
    // A given change: `change` edits the tree in place and fills the change set.
    bool apply(const std::function<void(Shipment &, ShipmentChangeSet &)> &change, QString *error);
    const Shipment &shipment() const { return *m_shipment; }
    qint64 version() const { return m_shipment->version(); }
    int edits() const { return m_edits; }
    // The last edit left the shipment invalid on purpose; the next edit repairs it.
    bool needsRepair() const { return m_zeroed != 0; }

private:
    Station &m_station;
    qint64 m_id;
    std::unique_ptr<Shipment> m_shipment;
    QRandomGenerator m_random;
    NodeId m_zeroed = 0; // an item whose quantity the last edit set to 0
    qint64 m_zeroedQuantity = 0;
    int m_edits = 0;
};

// Synchronous calls to the sandbox's admin and API endpoints (for the test's own checks).
class SandboxHttp
{
public:
    SandboxHttp(QUrl baseUrl, QString key);

    // The status code (0 when no answer) and the body.
    int get(const QString &path, QByteArray *body = nullptr);
    int send(const QByteArray &method, const QString &path, const QByteArray &json,
             QByteArray *body = nullptr);
    int post(const QString &path, const QByteArray &json, QByteArray *body = nullptr)
    {
        return send("POST", path, json, body);
    }

    // The sandbox's copy of the shipment as stored (the last accepted body), or empty.
    QByteArray storedShipment(const QString &merchantShipmentNo);
    // Accepted POSTs (creates) and PUTs of one MerchantShipmentNo, from /api/admin/stats.
    struct Calls
    {
        int posts = -1;
        int puts = -1;
        int postAttempts = -1;
        int putAttempts = -1;
        qint64 requests = -1; // all API requests
        qint64 failuresInjected = -1;
        qint64 dropsInjected = -1;
        qint64 rateLimited = -1;
    };
    Calls calls(const QString &merchantShipmentNo);
    bool setFaults(const QByteArray &json);

private:
    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_key;
};

// The canonical JSON of a shipment document, for comparing the sandbox's copy with the local
// tree; empty when the body is not a shipment.
QByteArray canonical(const QByteArray &body);
QByteArray canonical(const Shipment &shipment);

} // namespace SyncTestSupport

} // namespace VendorPack
