// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>

namespace VendorPack {

// The outbox kinds the sync worker drains; whoever enqueues (the packing session, the
// acknowledgement submission) uses these names.
//
// - kShipmentPush: subject = shipments.id, version = the shipment's version after the committed
//   edit; the payload is not read (the worker loads that version from the repository), so it may
//   be empty. The packing session enqueues one after every committed edit, in the same
//   transaction.
// - kAcknowledge: subject = purchase_orders.id, version null, payload = the request body of POST
//   /v2/purchase-orders/lines/acknowledge (AcknowledgementJson); the acknowledgement dialog
//   enqueues it with the saved acknowledgements.
namespace OutboxKinds {

inline constexpr QLatin1String kShipmentPush("shipment.push");
inline constexpr QLatin1String kAcknowledge("acknowledge");

} // namespace OutboxKinds

} // namespace VendorPack
