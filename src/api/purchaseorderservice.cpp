// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchaseorderservice.h"

namespace VendorPack {

PurchaseOrderService::~PurchaseOrderService() = default;

} // namespace VendorPack
