// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apienvelope.h"
#include "finding.h"
#include "jsonwriter.h"
#include "merchantshipment.h"

namespace VendorPack {

// The outcome of reading a GET /v2/purchase-orders/shipments/merchant response.
struct MerchantShipmentsDocument
{
    QList<MerchantShipment> shipments;
    ApiEnvelope envelope;
    Findings findings;
    bool readable = false;
};

// Reads and writes the merchant shipments listing (CollectionOfIPurchaseOrderShipmentByFilter).
class MerchantShipmentJson
{
    Q_DECLARE_TR_FUNCTIONS(MerchantShipmentJson)
public:
    static QByteArray writePage(const QList<MerchantShipment> &shipments, qint64 totalCount,
                                qint64 itemsPerPage, JsonWriter::Style style = JsonWriter::Compact);
    static void writeShipment(JsonWriter &writer, const MerchantShipment &shipment);
    static MerchantShipmentsDocument read(QByteArray json);
};

} // namespace VendorPack
