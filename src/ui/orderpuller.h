// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apicall.h"
#include "storage/purchaseorderrepository.h"

#include <QObject>

#include <memory>

namespace VendorPack {

class PurchaseOrderService;
class Station;

// Pulls the purchase orders from the API in the background and stores them: the window's
// "Pull orders now" and the first pull after start, never blocking the event loop.
class OrderPuller : public QObject
{
    Q_OBJECT

public:
    OrderPuller(Station &station, PurchaseOrderService *service, QObject *parent = nullptr);
    ~OrderPuller() override;

    // Starts a pull unless one runs; false when there is no service.
    bool pull();
    bool isRunning() const { return bool(m_call); }

signals:
    void started();
    void progressed(int done, int total);
    // Stored: what changed.
    void finished(const VendorPack::PurchaseOrderChanges &changes, int total);
    void failed(const QString &message);

private:
    void onCallFinished();

    Station &m_station;
    PurchaseOrderService *m_service;
    std::unique_ptr<PurchaseOrdersCall> m_call;
};

} // namespace VendorPack
