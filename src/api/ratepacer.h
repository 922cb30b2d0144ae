// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clientsettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QString>

#include <optional>

namespace VendorPack {

// Remembers ChannelEngine's rate-limit announcements per endpoint and paces the next request:
// after a 429 or when x-rate-limit-remaining reaches 0, requests to that endpoint wait for
// retry-after when it is given, else until the announced interval (x-rate-limit-limit, in
// minutes) ends, counted from the first answer seen in it; without either, a doubling pause.
class RatePacer
{
public:
    // The rate-limit headers of one answer.
    struct Announcement
    {
        std::optional<qint64> limitMinutes; // x-rate-limit-limit: the interval, in minutes
        std::optional<qint64> remaining; // x-rate-limit-remaining: calls left in it
        std::optional<qint64> retryAfterMs; // retry-after: seconds (or an HTTP date)
    };

    RatePacer();

    static Announcement parse(const QByteArray &limit, const QByteArray &remaining,
                              const QByteArray &retryAfter,
                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // retry-after as delta seconds ("3", "1.5") or an HTTP date; nullopt when unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    // Records an answer from `endpoint` ("GET /v2/purchase-orders"); `status` 429 means refused.
    void record(const QString &endpoint, int status, const Announcement &announcement,
                const RetryPolicy &policy);
    // How long a request to the endpoint must wait now; 0 when it may go at once.
    qint64 waitMs(const QString &endpoint) const;
    std::optional<qint64> remaining(const QString &endpoint) const;

private:
    struct State
    {
        qint64 notBeforeMs = 0; // on m_clock
        int exhaustedStreak = 0;
        std::optional<qint64> remaining;
        std::optional<qint64> limitMinutes;
        qint64 intervalStartMs = -1; // on m_clock: the first answer seen in the current interval
    };

    QElapsedTimer m_clock;
    QHash<QString, State> m_states;
};

} // namespace VendorPack
