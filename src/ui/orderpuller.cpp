// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderpuller.h"

#include "api/apicall.h"
#include "api/purchaseorderservice.h"
#include "packing/station.h"

namespace VendorPack {

OrderPuller::OrderPuller(Station &station, PurchaseOrderService *service, QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_service(service)
{
}

OrderPuller::~OrderPuller() = default;

bool OrderPuller::pull()
{
    if (!m_service)
        return false;
    if (m_call)
        return true;
    PurchaseOrderQuery query;
    query.pageSize = 500;
    if (m_station.profile().channelId > 0)
        query.channelId = m_station.profile().channelId;
    m_call.reset(m_service->fetchPurchaseOrders(query));
    connect(m_call.get(), &ApiCall::progressed, this, &OrderPuller::progressed);
    connect(m_call.get(), &ApiCall::finished, this, &OrderPuller::onCallFinished);
    emit started();
    return true;
}

void OrderPuller::onCallFinished()
{
    const std::unique_ptr<PurchaseOrdersCall> call = std::move(m_call);
    if (!call->isSuccess()) {
        emit failed(call->error().toText());
        return;
    }
    QString error;
    const auto changes = m_station.purchaseOrders().upsert(call->result().orders, &error);
    if (!changes) {
        emit failed(tr("The purchase orders could not be stored: %1").arg(error));
        return;
    }
    emit finished(*changes, int(call->result().orders.size()));
}

} // namespace VendorPack
