// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixed label data for the label tests and golden files.

#include "labels/labeldata.h"

namespace VendorPack {

inline Party sampleShipFrom()
{
    Party p;
    p.partyId = QStringLiteral("ACME1");
    p.name = QStringLiteral("Acme Housewares Inc.");
    p.addressLine1 = QStringLiteral("1200 Industrial Parkway");
    p.city = QStringLiteral("Columbus");
    p.stateOrRegion = QStringLiteral("OH");
    p.postalCode = QStringLiteral("43228");
    p.countryCode = QStringLiteral("US");
    return p;
}

inline Party sampleShipTo()
{
    Party p;
    p.partyId = QStringLiteral("ABE8");
    p.name = QStringLiteral("Amazon.com Services LLC ABE8");
    p.addressLine1 = QStringLiteral("401 Independence Road");
    p.city = QStringLiteral("Florence");
    p.stateOrRegion = QStringLiteral("NJ");
    p.postalCode = QStringLiteral("08518");
    p.countryCode = QStringLiteral("US");
    return p;
}

// The cases of the golden files: carton-single, carton-mixed, pallet, long-address; and
// pallet-single.
inline LabelData sampleLabel(const QString &name)
{
    LabelData d;
    d.kind = LabelKind::Carton;
    d.sscc = Sscc::fromString(u"006141411234567890");
    d.companyPrefixLength = 7;
    d.shipFrom = sampleShipFrom();
    d.shipTo = sampleShipTo();
    d.shipmentNo = QStringLiteral("VP-20260302-47147");
    d.purchaseOrders = QStringList { QStringLiteral("2JK3S9VC") };
    d.number = 1;
    d.total = 10;
    d.sku = QStringLiteral("ACM-10064");
    d.skuCount = 1;
    d.quantity = 28;
    d.weight = QStringLiteral("31.95 LB");
    d.carrier = QStringLiteral("Old Dominion Freight Line");
    d.pro = QStringLiteral("9240996131");
    d.bol = QStringLiteral("BOL393718924");
    if (name == QLatin1String("carton-mixed")) {
        d.sscc = Sscc::fromString(u"106141411234567897");
        d.sku.clear();
        d.skuCount = 3;
        d.quantity = 140;
        d.number = 7;
        d.purchaseOrders = QStringList { QStringLiteral("2JK3S9VC"), QStringLiteral("8HQ2LMNP") };
    } else if (name == QLatin1String("pallet")) {
        d.kind = LabelKind::Pallet;
        d.sscc = Sscc::fromString(u"354123450000000014");
        d.companyPrefixLength = 7;
        d.number = 2;
        d.total = 3;
        d.skuCount = 4;
        d.sku.clear();
        d.quantity = 1240;
        d.cartonCount = 60;
        d.weight = QStringLiteral("1210.4 LB");
        d.copies = 2;
    } else if (name == QLatin1String("pallet-single")) {
        d.kind = LabelKind::Pallet;
        d.sscc = Sscc::fromString(u"123456789012345675");
        d.number = 3;
        d.total = 3;
        d.quantity = 960;
        d.cartonCount = 40;
        d.weight = QStringLiteral("802 LB");
        d.copies = 2;
    } else if (name == QLatin1String("long-address")) {
        d.sscc = Sscc::fromString(u"340123451234567895");
        d.shipTo.name = QStringLiteral("Amazon.com Services LLC Fulfillment Center Inbound "
                                       "Receiving Dock Building Two North Entrance");
        d.shipTo.addressLine1 = QStringLiteral("12345 North Industrial Commerce Parkway "
                                               "Extension, Loading Bays 40 to 65");
        d.shipTo.addressLine2 = QStringLiteral("Attention: Vendor Receiving, Purchase Order "
                                               "Appointment Required");
        d.shipTo.city = QStringLiteral("Robbinsville Township");
        d.shipTo.district = QStringLiteral("Склад приёмки");
        d.carrier = QStringLiteral("Estes Express Lines");
    }
    return d;
}

} // namespace VendorPack
