// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "finding.h"
#include "jsonwriter.h"
#include "purchaseorder.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace VendorPack {

// One line of an acknowledgement (MerchantAcknowledgePurchaseOrderLine).
struct AcknowledgementLine
{
    QString orderLineIdentifier; // read as the request's lineIdentifierType says
    Acknowledgement acknowledgement;
    QuantityUnit unitOfMeasure = QuantityUnit::Unknown;
    std::optional<qint64> unitSize;
};

// The body of POST /v2/purchase-orders/lines/acknowledge
// (SingleMerchantAcknowledgePurchaseOrderLinesRequest).
struct AcknowledgementRequest
{
    std::optional<qint64> channelId;
    PurchaseOrderIdentifierType identifierType
        = PurchaseOrderIdentifierType::ChannelPurchaseOrderNo;
    LineIdentifierType lineIdentifierType = LineIdentifierType::MerchantProductNo;
    QString identifier; // the PO, read as identifierType says
    QString merchantOrderNo;
    QList<AcknowledgementLine> lines;
};

// The outcome of reading an acknowledgement request.
struct AcknowledgementDocument
{
    AcknowledgementRequest request;
    Findings findings;
    bool readable = false;
};

// Reads and writes the acknowledgement request body.
class AcknowledgementJson
{
    Q_DECLARE_TR_FUNCTIONS(AcknowledgementJson)
public:
    static QByteArray write(const AcknowledgementRequest &request,
                            JsonWriter::Style style = JsonWriter::Compact);
    static AcknowledgementDocument read(QByteArray json);
};

} // namespace VendorPack
