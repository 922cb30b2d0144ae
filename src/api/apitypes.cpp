// SPDX-License-Identifier: GPL-3.0-or-later
#include "apitypes.h"

namespace VendorPack {

MerchantShipmentQuery MerchantShipmentQuery::byMerchantShipmentNo(const QString &merchantShipmentNo,
                                                                  std::optional<qint64> channelId)
{
    MerchantShipmentQuery query;
    query.channelId = channelId;
    query.identifierType = ShipmentIdentifierType::MerchantShipmentNo;
    query.identifiers = QStringList { merchantShipmentNo };
    return query;
}

} // namespace VendorPack
