// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratepacer.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace VendorPack {

RatePacer::RatePacer()
{
    m_clock.start();
}

std::optional<qint64> RatePacer::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (ok) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::ceil(std::min(seconds, 1e9) * 1000.0));
    }
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString date = QString::fromLatin1(text);
    QDateTime when
        = QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.msecsTo(when));
}

RatePacer::Announcement RatePacer::parse(const QByteArray &limit, const QByteArray &remaining,
                                         const QByteArray &retryAfter, const QDateTime &now)
{
    Announcement a;
    bool ok = false;
    const qint64 l = limit.trimmed().toLongLong(&ok);
    if (ok && l >= 0)
        a.limitMinutes = l;
    const qint64 r = remaining.trimmed().toLongLong(&ok);
    if (ok && r >= 0)
        a.remaining = r;
    a.retryAfterMs = parseRetryAfter(retryAfter, now);
    return a;
}

void RatePacer::record(const QString &endpoint, int status, const Announcement &announcement,
                       const RetryPolicy &policy)
{
    State &state = m_states[endpoint];
    const qint64 now = m_clock.elapsed();
    if (announcement.limitMinutes)
        state.limitMinutes = announcement.limitMinutes;
    const qint64 intervalMs = state.limitMinutes ? *state.limitMinutes * 60000 : 0;
    if (announcement.remaining && intervalMs > 0) {
        // A new interval: none seen yet, the last one is over, or more calls are left than
        // before.
        if (state.intervalStartMs < 0 || now >= state.intervalStartMs + intervalMs
            || (state.remaining && *announcement.remaining > *state.remaining))
            state.intervalStartMs = now;
    }
    if (announcement.remaining)
        state.remaining = announcement.remaining;

    const bool refused = status == 429;
    const bool exhausted = announcement.remaining && *announcement.remaining == 0;
    if (!refused && !exhausted) {
        state.exhaustedStreak = 0;
        return;
    }
    qint64 wait = 0;
    if (announcement.retryAfterMs) {
        wait = *announcement.retryAfterMs;
    } else if (exhausted && intervalMs > 0 && state.intervalStartMs >= 0) {
        // No calls left in this interval: wait for its end.
        wait = std::max<qint64>(state.intervalStartMs + intervalMs - now, 0);
    } else {
        // No hint: a pace that doubles while the endpoint stays exhausted.
        ++state.exhaustedStreak;
        const int shift = std::min(state.exhaustedStreak - 1, 20);
        wait = std::min<qint64>(qint64(std::max(0, policy.initialDelayMs)) << shift,
                                std::max(0, policy.maxDelayMs));
    }
    state.notBeforeMs = std::max(state.notBeforeMs, now + wait);
}

qint64 RatePacer::waitMs(const QString &endpoint) const
{
    const auto it = m_states.constFind(endpoint);
    if (it == m_states.cend())
        return 0;
    return std::max<qint64>(0, it->notBeforeMs - m_clock.elapsed());
}

std::optional<qint64> RatePacer::remaining(const QString &endpoint) const
{
    const auto it = m_states.constFind(endpoint);
    return it == m_states.cend() ? std::nullopt : it->remaining;
}

} // namespace VendorPack
