// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labeldata.h"

#include <QList>
#include <QString>

namespace VendorPack {

// Everything one pallet's manifest lists: the pallet's label data (header, SSCC, n of N), its
// cartons, its SKU lines per PO and the totals. Filled by ManifestBuilder, drawn by
// ManifestDocument.
struct PalletManifest
{
    // One carton on the pallet, with its number over the whole shipment.
    struct Carton
    {
        QString sscc;
        int number = 0; // carton n of N
        int total = 0;
        QString contents; // the one SKU, or "MIXED SKUS (n)"
        qint64 units = 0;
        QString weight; // "31.95 LB", empty when unknown
    };

    // One SKU of one PO on the pallet, summed over its cartons.
    struct Line
    {
        QString sku;
        QString purchaseOrder;
        qint64 quantity = 0; // in the unit below
        QString unit; // "EACHES" or "CASES"
        qint64 units = 0; // eaches
    };

    LabelData pallet; // ship from/to, shipment, POs, pallet n of N, SSCC, weight
    QList<Carton> cartons; // tree order
    QList<Line> lines; // by SKU, then PO
    int cartonCount = 0;
    qint64 units = 0;
    QString weight; // declared on the pallet, else the cartons' sum; empty when unknown
};

} // namespace VendorPack
