// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace VendorPack {

// Counts calls per endpoint in a sliding one-minute window and says when one is over the limit
// (the sandbox's --rate-limit, answered with 429 and retry-after).
class RateLimiter
{
public:
    static constexpr qint64 kWindowMs = 60 * 1000;

    // The outcome of one call.
    struct Decision
    {
        bool allowed = true;
        int limit = 0; // calls per window
        int remaining = 0; // calls left in the window after this one
        int retryAfterSeconds = 0; // when refused: until the oldest call leaves the window
    };

    // Calls per minute per endpoint; 0 means no limit.
    void setLimit(int callsPerMinute);
    int limit() const { return m_limit; }

    // Counts a call to `endpoint` at `nowMs` (milliseconds since the epoch) when it is allowed.
    Decision take(const QString &endpoint, qint64 nowMs);
    void clear() { m_calls.clear(); }

private:
    int m_limit = 0;
    QHash<QString, std::deque<qint64>> m_calls;
};

} // namespace VendorPack
