// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

namespace VendorPack {

void RateLimiter::setLimit(int callsPerMinute)
{
    m_limit = qMax(0, callsPerMinute);
    m_calls.clear();
}

RateLimiter::Decision RateLimiter::take(const QString &endpoint, qint64 nowMs)
{
    Decision decision;
    decision.limit = m_limit;
    if (m_limit <= 0)
        return decision;
    std::deque<qint64> &calls = m_calls[endpoint];
    while (!calls.empty() && calls.front() <= nowMs - kWindowMs)
        calls.pop_front();
    if (int(calls.size()) >= m_limit) {
        decision.allowed = false;
        const qint64 waitMs = calls.front() + kWindowMs - nowMs;
        decision.retryAfterSeconds = int(qMax<qint64>(1, (waitMs + 999) / 1000));
        return decision;
    }
    calls.push_back(nowMs);
    decision.remaining = m_limit - int(calls.size());
    return decision;
}

} // namespace VendorPack
