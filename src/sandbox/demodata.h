// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/purchaseorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace VendorPack {

// Makes the sandbox's demo purchase orders from a seed: Amazon Vendor POs for fulfilment
// centres in the US, Canada, Germany and the UK, with the same output for the same seed.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    // The moment the demo data is built around (ship windows, creation dates): derived from the
    // seed, never from the wall clock, so the same seed gives byte-identical orders.
    static QDateTime referenceDate(quint32 seed);

    // `count` purchase orders: ids from 400001, 8-character PO numbers, 1 to 40 lines each.
    static QList<PurchaseOrder> generate(quint32 seed, int count);
};

} // namespace VendorPack
