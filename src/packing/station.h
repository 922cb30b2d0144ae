// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stationprofile.h"
#include "storage/databasesettings.h"

#include <QCoreApplication>

#include <memory>

namespace VendorPack {

class AuditLog;
class Database;
class Outbox;
class ProductRepository;
class PurchaseOrderRepository;
class SettingsRepository;
class ShipmentRepository;
class SsccLedger;

// One station's open database with its repositories, ledger, outbox and audit trail, plus the
// station's profile: what the windows and the packing session share. Not a QObject; owned by main.
class Station
{
    Q_DECLARE_TR_FUNCTIONS(Station)

public:
    // Opens (and migrates) the database and loads the product catalog; nullptr with a message.
    static std::unique_ptr<Station> open(const DatabaseSettings &settings, StationProfile profile,
                                         QString *error);
    ~Station();
    Station(const Station &) = delete;
    Station &operator=(const Station &) = delete;

    Database &database() const { return *m_database; }
    PurchaseOrderRepository &purchaseOrders() const { return *m_purchaseOrders; }
    ProductRepository &products() const { return *m_products; }
    ShipmentRepository &shipments() const { return *m_shipments; }
    SsccLedger &ledger() const { return *m_ledger; }
    Outbox &outbox() const { return *m_outbox; }
    AuditLog &auditLog() const { return *m_auditLog; }
    SettingsRepository &settings() const { return *m_settings; }

    const StationProfile &profile() const { return m_profile; }
    void setProfile(StationProfile profile) { m_profile = std::move(profile); }

private:
    explicit Station(std::unique_ptr<Database> database, StationProfile profile);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<PurchaseOrderRepository> m_purchaseOrders;
    std::unique_ptr<ProductRepository> m_products;
    std::unique_ptr<ShipmentRepository> m_shipments;
    std::unique_ptr<SsccLedger> m_ledger;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AuditLog> m_auditLog;
    std::unique_ptr<SettingsRepository> m_settings;
    StationProfile m_profile;
};

} // namespace VendorPack
