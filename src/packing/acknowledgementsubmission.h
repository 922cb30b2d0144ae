// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acknowledgementproposal.h"
#include "storage/outboxkinds.h"

#include <QCoreApplication>
#include <QString>

namespace VendorPack {

class Station;

// Sends a purchase order's acknowledgement on its way: validates it, stores it, queues it for
// the API and records who did it, all in one storage transaction.
class AcknowledgementSubmission
{
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementSubmission)

public:
    // The outbox kind of an acknowledgement entry.
    static QString outboxKind() { return OutboxKinds::kAcknowledge; }
    // The audit action.
    static QString auditAction() { return QStringLiteral("po.acknowledge"); }

    // byLine holds the acknowledgements of every line of the order, by line index. False with
    // a message naming the order and the line, and nothing changed, when the order is unknown
    // or closed, or the acknowledgements do not add up, lack a reason or are negative.
    static bool submit(Station &station, const QString &purchaseOrderNo,
                       const OrderAcknowledgements &byLine, QString *error = nullptr);

    // The request body the outbox entry carries (POST /v2/purchase-orders/lines/acknowledge).
    static QByteArray requestBody(const PurchaseOrder &order, const OrderAcknowledgements &byLine);
    // The acknowledgement of an order as audit JSON (line, SKU and the split).
    static QString auditJson(const PurchaseOrder &order, const OrderAcknowledgements &byLine);
};

// Convenience for AcknowledgementSubmission::submit().
inline bool submitAcknowledgements(Station &station, const QString &purchaseOrderNo,
                                   const OrderAcknowledgements &byLine, QString *error = nullptr)
{
    return AcknowledgementSubmission::submit(station, purchaseOrderNo, byLine, error);
}

} // namespace VendorPack
