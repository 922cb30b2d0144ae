// SPDX-License-Identifier: GPL-3.0-or-later
#include "station.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/productrepository.h"
#include "storage/purchaseorderrepository.h"
#include "storage/settingsrepository.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"

namespace VendorPack {

std::unique_ptr<Station> Station::open(const DatabaseSettings &settings, StationProfile profile,
                                       QString *error)
{
    auto database = Database::open(settings, error);
    if (!database)
        return nullptr;
    std::unique_ptr<Station> station(new Station(std::move(database), std::move(profile)));
    QString loadError;
    if (!station->m_products->load(&loadError)) {
        if (error)
            *error = tr("Could not read the product catalog: %1").arg(loadError);
        return nullptr;
    }
    return station;
}

Station::Station(std::unique_ptr<Database> database, StationProfile profile)
    : m_database(std::move(database))
    , m_purchaseOrders(std::make_unique<PurchaseOrderRepository>(*m_database))
    , m_products(std::make_unique<ProductRepository>(*m_database))
    , m_shipments(std::make_unique<ShipmentRepository>(*m_database))
    , m_ledger(std::make_unique<SsccLedger>(*m_database))
    , m_outbox(std::make_unique<Outbox>(*m_database))
    , m_auditLog(std::make_unique<AuditLog>(*m_database))
    , m_settings(std::make_unique<SettingsRepository>(*m_database))
    , m_profile(std::move(profile))
{
}

Station::~Station() = default;

} // namespace VendorPack
