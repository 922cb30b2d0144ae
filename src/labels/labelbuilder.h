// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labeldata.h"

#include "core/finding.h"
#include "core/units.h"

#include <QCoreApplication>

namespace VendorPack {

class OrderBook;
class Shipment;

// Turns a shipment, its purchase orders and the ship-from address into one LabelData per carton
// and pallet, in tree order; what cannot go on a label (no ship-to address, no valid SSCC)
// becomes a finding instead of a blank or wrong label.
class LabelBuilder
{
    Q_DECLARE_TR_FUNCTIONS(LabelBuilder)
public:
    struct Options
    {
        Party shipFrom; // empty: the selling party of a packed PO whose id is ShipFromPartyId
        int companyPrefixLength = 0; // 6 to 12 groups the human-readable SSCC
        int palletCopies = 2;
        QString pointerPrefix = QStringLiteral("/Model");
    };

    struct Result
    {
        QList<LabelData> labels;
        Findings findings; // label.* errors: no label is printed while there is one

        bool hasErrors() const { return countSeverity(findings, Severity::Error) > 0; }
    };

    static Result build(const Shipment &shipment, const OrderBook &orders, const Options &options);

    // The printable lines of an address: name, street lines, "city, state postal", country.
    static QStringList addressLines(const Party &party);
    // Whether a party has enough of an address to deliver to: a name or street, and a city.
    static bool hasAddress(const Party &party);
    // "31.95 LB": up to two decimals, no trailing zeros; empty when incomplete.
    static QString weightText(const Weight &weight);
};

} // namespace VendorPack
