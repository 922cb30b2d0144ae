// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchaseorder.h"

namespace VendorPack {

qint64 PurchaseOrderLine::unitsOf(qint64 quantityInLineUnit) const
{
    if (unitOfMeasure == QuantityUnit::Cases)
        return quantityInLineUnit * qMax<qint64>(1, unitSize);
    return quantityInLineUnit;
}

qint64 PurchaseOrderLine::orderedUnits() const
{
    return unitsOf(quantity);
}

qint64 PurchaseOrderLine::acknowledgedQuantity(AcknowledgementCode code) const
{
    qint64 total = 0;
    for (const Acknowledgement &ack : acknowledgements) {
        if (ack.code == code)
            total += ack.quantity;
    }
    return total;
}

qint64 PurchaseOrderLine::acceptedUnits() const
{
    if (!hasLocalAcknowledgement())
        return orderedUnits();
    return unitsOf(acknowledgedQuantity(AcknowledgementCode::Accepted));
}

bool PurchaseOrderLine::isRejected() const
{
    return hasLocalAcknowledgement() && acknowledgedQuantity(AcknowledgementCode::Accepted) == 0
        && acknowledgedQuantity(AcknowledgementCode::Backordered) == 0
        && acknowledgedQuantity(AcknowledgementCode::Rejected) > 0;
}

bool PurchaseOrder::isClosedForPacking() const
{
    switch (status) {
    case PurchaseOrderStatus::Cancelled:
    case PurchaseOrderStatus::Shipped:
    case PurchaseOrderStatus::Closed:
    case PurchaseOrderStatus::Invoiced:
        return true;
    default:
        return false;
    }
}

} // namespace VendorPack
