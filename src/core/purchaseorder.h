// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace VendorPack {

// A party of a purchase order (the API's IVendorParty); the ship-to party is the Amazon FC.
struct Party
{
    QString partyId;
    TaxRegistrationType taxRegistrationType = TaxRegistrationType::None;
    QString taxRegistrationNo;
    QString name;
    QString addressLine1;
    QString addressLine2;
    QString addressLine3;
    QString city;
    QString county;
    QString district;
    QString stateOrRegion;
    QString postalCode;
    QString countryCode;
    QString phone;

    bool isEmpty() const { return partyId.isEmpty() && name.isEmpty() && addressLine1.isEmpty(); }
};

// The import details of a purchase order (the API's IImportInformation).
struct ImportInformation
{
    QString importContainers;
    QString internationalCommercialTerms;
    QString methodOfPayment;
    QString portOfDelivery;
    QString shippingInstructions;
    QString dealCode;

    bool isEmpty() const
    {
        return importContainers.isEmpty() && internationalCommercialTerms.isEmpty()
            && methodOfPayment.isEmpty() && portOfDelivery.isEmpty()
            && shippingInstructions.isEmpty() && dealCode.isEmpty();
    }
};

// The vendor's answer for (part of) a PO line: accepted, backordered or rejected units.
struct Acknowledgement
{
    AcknowledgementCode code = AcknowledgementCode::Unknown;
    qint64 quantity = 0; // in the line's unit of measure
    RejectionReason rejectionReason = RejectionReason::None;
    QDateTime scheduledShipDate;
    QDateTime scheduledDeliveryDate;
};

// One line of a purchase order (IPurchaseOrderLineByFilter) plus the local acknowledgements.
struct PurchaseOrderLine
{
    std::optional<qint64> id;
    QString channelOrderLineNo;
    QString channelProductNo; // ASIN
    QString merchantProductNo; // SKU
    qint64 quantity = 0;
    bool isBackOrderAllowed = false;
    QuantityUnit unitOfMeasure = QuantityUnit::Eaches;
    qint64 unitSize = 1;
    std::optional<double> netCostAmount;
    QString netCostCurrency;
    std::optional<double> listPriceAmount;
    std::optional<double> lineTotal;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime acknowledgedDate;
    QList<Acknowledgement> acknowledgements;

    // Units (eaches) ordered: cases × case size, or eaches.
    qint64 orderedUnits() const;
    // Units of an acknowledgement quantity in this line's unit of measure.
    qint64 unitsOf(qint64 quantityInLineUnit) const;
    bool isAcknowledged() const
    {
        return !acknowledgements.isEmpty() || acknowledgedDate.isValid();
    }
    bool hasLocalAcknowledgement() const { return !acknowledgements.isEmpty(); }
    qint64 acknowledgedQuantity(AcknowledgementCode code) const;
    // Units that may be packed: the accepted quantity once acknowledged here, else the order.
    qint64 acceptedUnits() const;
    bool isRejected() const;
};

// A purchase order from Amazon through ChannelEngine (IPurchaseOrderByFilter).
struct PurchaseOrder
{
    std::optional<qint64> id;
    qint64 channelId = 0;
    QString channelName;
    QString globalChannelName;
    std::optional<qint64> globalChannelId;
    QString channelPurchaseOrderNo; // the Amazon PO number
    QString merchantPurchaseOrderNo;
    PurchaseOrderStatus status = PurchaseOrderStatus::New;
    QDateTime createdAt;
    QDateTime updatedAt;
    PurchaseOrderType type = PurchaseOrderType::RegularOrder;
    QDateTime fromShipDate;
    QDateTime toShipDate;
    QDateTime fromDeliveryDate;
    QDateTime toDeliveryDate;
    ImportInformation importInformation;
    Party sellingParty;
    Party shipToParty;
    Party buyingParty;
    Party billingParty;
    QList<PurchaseOrderLine> lines;

    bool isClosedForPacking() const;
};

} // namespace VendorPack
