// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QRandomGenerator>
#include <QUrl>

namespace VendorPack {

// How often and how patiently a request is tried again: exponential backoff with jitter.
struct RetryPolicy
{
    int maxAttempts = 6; // attempts of one request in all, the first included
    int initialDelayMs = 500; // the wait before the first retry
    // The longest backoff wait; a server's retry-after and rate-limit pauses are bounded by the
    // deadline instead.
    int maxDelayMs = 30000;
    double jitter = 0.25; // each wait is spread by ± this fraction
    // One call with all its requests, retries and waits: every page of a pull, every lookup,
    // POST and PUT of a push (ApiExchange takes the earlier of it and the call's deadline).
    qint64 totalDeadlineMs = 120000;

    // The wait before retry number `retry` (1 for the first retry): initialDelayMs × 2^(retry-1),
    // capped at maxDelayMs, spread by the jitter.
    int backoffMs(int retry, QRandomGenerator &random) const;

    // A policy that never retries (the command line's --no-retry, tests).
    static RetryPolicy none();
};

// Where and how the client talks to ChannelEngine.
struct ClientSettings
{
    Q_DECLARE_TR_FUNCTIONS(ClientSettings)
public:
    // The base URL as ChannelEngine gives it to a tenant: https://<tenant>.channelengine.net/api.
    // The endpoint paths are appended (<base>/v2/purchase-orders). Plain http only for loopback.
    QUrl baseUrl;
    QString apiKey; // sent as the X-CE-KEY header; never in a URL, a log or an error message
    int timeoutMs = 30000; // no byte received (or sent) for this long: Timeout
    int deadlineMs = 90000; // one request, however slowly it trickles: Timeout
    RetryPolicy retry;
    qint64 maxResponseBytes = 64 * 1024 * 1024; // larger answers are aborted: BadResponse

    // A typed error (InvalidSettings or InsecureUrl) when the settings must not be used.
    ApiError check() const;

    // "****" plus the last four characters for keys of at least 12 characters, else "****".
    QString redactedKey() const { return redactKey(apiKey); }
    static QString redactKey(const QString &key);

    // 127.0.0.0/8, ::1 (also IPv4-mapped) and "localhost".
    static bool isLoopbackHost(const QString &host);
};

} // namespace VendorPack
