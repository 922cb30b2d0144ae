// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace VendorPack {

// How the sync worker and the order poller pace themselves.
struct SyncSettings
{
    // A shipment is pushed once no edit came for this long (edits in between coalesce).
    int debounceMs = 2000;
    // How often the outbox is looked at when nothing told the worker about a new entry.
    int scanIntervalMs = 1000;
    // Backoff after a failed attempt: initial × 2^(attempts-1), capped, spread by ± jitter.
    int initialBackoffMs = 2000;
    int maxBackoffMs = 5 * 60 * 1000;
    double jitter = 0.25;
    // Purchase orders (and LastExportStatus of pushed shipments) are polled this often.
    int orderPollIntervalMs = 5 * 60 * 1000;
    // Incremental polls ask for orders updated since the newest stored UpdatedAt minus this.
    int orderPollOverlapSeconds = 10 * 60;
    // Rows kept in the sync event log.
    int logCapacity = 2000;
};

} // namespace VendorPack
