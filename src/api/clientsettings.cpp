// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientsettings.h"

#include <QHostAddress>

#include <algorithm>
#include <cmath>

namespace VendorPack {

int RetryPolicy::backoffMs(int retry, QRandomGenerator &random) const
{
    const int base = std::max(0, initialDelayMs);
    const int cap = std::max(base, maxDelayMs);
    double delay = base;
    for (int i = 1; i < retry && delay < cap; ++i)
        delay *= 2;
    delay = std::min(delay, double(cap));
    const double spread = std::clamp(jitter, 0.0, 1.0);
    if (spread > 0) {
        // Uniform in [1 - spread, 1 + spread].
        const double factor = 1.0 - spread + 2.0 * spread * random.generateDouble();
        delay *= factor;
    }
    return int(std::lround(std::clamp(delay, 0.0, double(cap))));
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy policy;
    policy.maxAttempts = 1;
    return policy;
}

QString ClientSettings::redactKey(const QString &key)
{
    if (key.size() < 12)
        return QStringLiteral("****");
    return QLatin1String("****") + key.right(4);
}

bool ClientSettings::isLoopbackHost(const QString &host)
{
    QString name = host.toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name == QLatin1String("localhost"))
        return true;
    QHostAddress address;
    if (!address.setAddress(name))
        return false;
    if (address.isLoopback())
        return true;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // ::ffff:127.0.0.1 too
    return isV4 && (v4 >> 24) == 127;
}

ApiError ClientSettings::check() const
{
    ApiError error;
    error.subject = tr("the ChannelEngine settings");
    auto fail = [&](ApiError::Kind kind, const QString &message) {
        error.kind = kind;
        error.message = message;
        return error;
    };
    if (!baseUrl.isValid() || baseUrl.isEmpty() || baseUrl.host().isEmpty())
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the API URL is missing or not a URL (expected "
                       "https://<tenant>.channelengine.net/api)"));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the API URL must start with https:// (it starts with %1://)").arg(scheme));
    if (!baseUrl.userInfo().isEmpty())
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the API URL must not contain a user name or password"));
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the API URL must not have a query or fragment; the key goes in the "
                       "settings, not in the URL"));
    if (scheme == QLatin1String("http") && !isLoopbackHost(baseUrl.host()))
        return fail(ApiError::Kind::InsecureUrl,
                    tr("%1 is not a loopback address; use https:// (plain http:// is allowed "
                       "only for 127.0.0.1, ::1 and localhost)")
                        .arg(baseUrl.host()));
    if (apiKey.trimmed().isEmpty())
        return fail(ApiError::Kind::InvalidSettings, tr("no API key is set"));
    const bool printable = std::all_of(apiKey.cbegin(), apiKey.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f;
    });
    if (!printable)
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the API key contains spaces, control or non-ASCII characters"));
    if (timeoutMs <= 0 || deadlineMs <= 0 || maxResponseBytes <= 0)
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the timeouts and the response size limit must be positive"));
    if (retry.maxAttempts < 1 || retry.totalDeadlineMs <= 0)
        return fail(ApiError::Kind::InvalidSettings,
                    tr("the retry policy needs at least one attempt and a positive deadline"));
    return ApiError();
}

} // namespace VendorPack
