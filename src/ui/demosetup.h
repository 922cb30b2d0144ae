// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"
#include "core/stationprofile.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
QT_END_NAMESPACE

namespace VendorPack {

class ChannelEngineClient;
class PurchaseOrderService;
class SandboxServer;
class Station;

// What the demo starts with.
struct DemoOptions
{
    quint32 seed = 7; // the sandbox's demo data
    int orders = 40; // purchase orders in the sandbox
};

// The demo station, all in-process and thrown away at the end: the sandbox on a free loopback
// port with seeded purchase orders, a SQLite database in a temporary folder with a product
// catalog matching the sandbox's SKUs and an SSCC range, the demo profile, and the ChannelEngine
// client pointed at the sandbox with its key.
class DemoSetup : public QObject
{
    Q_OBJECT

public:
    explicit DemoSetup(QObject *parent = nullptr);
    ~DemoSetup() override;

    // Starts the sandbox, creates and fills the database; false with the reason.
    bool start(const DemoOptions &options, QString *error);

    Station &station() const { return *m_station; }
    PurchaseOrderService *service() const;
    SandboxServer &sandbox() const { return *m_sandbox; }
    QUrl apiUrl() const;
    QString databasePath() const;
    const DemoOptions &options() const { return m_options; }

    // After the orders were pulled: records the acknowledgements the sandbox's vendor already
    // made (the POs in progress), so that they can be packed at once. Returns how many POs.
    int acknowledgeOrdersInProgress(QString *error = nullptr);

    // The demo station: DEMO-1, user demo, a demo GS1 prefix, a US ship-from, carton types.
    static StationProfile profile();
    // A product catalog CSV (SKU, GTIN-13 and a case GTIN-14, description, unit weight and
    // dimensions, case pack) for every SKU of these orders.
    static QByteArray catalogCsv(const QList<PurchaseOrder> &orders);
    // The demo GTIN-13 of a sandbox SKU ("ACM-10234"), with its check digit; empty if the SKU
    // is not one of the sandbox's.
    static QString gtinForSku(const QString &sku);
    // The GTIN-14 of a case of that product (indicator digit 1).
    static QString caseGtinForSku(const QString &sku);

    // A seed whose demo data is built around `date` (DemoData::referenceDate() runs through 360
    // days from 5 January 2026), so that ship windows and acknowledgement countdowns look
    // current in the demo. Tests keep a fixed seed.
    static quint32 seedFor(const QDate &date);

    static constexpr const char *kCompanyPrefix = "0614141";
    static constexpr quint64 kFirstSerial = 1;
    static constexpr quint64 kLastSerial = 999999;

private:
    DemoOptions m_options;
    QTemporaryDir m_folder;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<Station> m_station;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ChannelEngineClient> m_client;
};

} // namespace VendorPack
