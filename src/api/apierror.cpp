// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include "core/apifieldpath.h"

namespace VendorPack {

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    case Kind::BadResponse:
        return httpStatus >= 500 || transient;
    default:
        return false;
    }
}

QLatin1String ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QLatin1String("none");
    case Kind::InvalidSettings:
        return QLatin1String("invalid-settings");
    case Kind::InsecureUrl:
        return QLatin1String("insecure-url");
    case Kind::Network:
        return QLatin1String("network");
    case Kind::Timeout:
        return QLatin1String("timeout");
    case Kind::Tls:
        return QLatin1String("tls");
    case Kind::Cancelled:
        return QLatin1String("cancelled");
    case Kind::Unauthorized:
        return QLatin1String("unauthorized");
    case Kind::RateLimited:
        return QLatin1String("rate-limited");
    case Kind::Rejected:
        return QLatin1String("rejected");
    case Kind::NotFound:
        return QLatin1String("not-found");
    case Kind::Conflict:
        return QLatin1String("conflict");
    case Kind::Server:
        return QLatin1String("server");
    case Kind::BadResponse:
        return QLatin1String("bad-response");
    }
    return QLatin1String("unknown");
}

QString ApiError::detailText() const
{
    // A headline stays readable: the first few fields, then how many more.
    constexpr int kShown = 5;
    QStringList parts;
    for (auto it = validationErrors.cbegin(); it != validationErrors.cend(); ++it) {
        if (parts.size() == kShown)
            break;
        const QString messages = it.value().join(QLatin1String("; "));
        parts.append(it.key().isEmpty() ? messages : it.key() + QLatin1String(": ") + messages);
    }
    if (validationErrors.size() > kShown)
        parts.append(tr("and %n more field(s)", nullptr, int(validationErrors.size()) - kShown));
    if (!parts.isEmpty())
        return parts.join(QLatin1String("; "));
    if (!message.isEmpty())
        return message;
    if (httpStatus > 0)
        return tr("HTTP status %1").arg(httpStatus);
    return QString();
}

QString ApiError::toText() const
{
    const QString what = subject.isEmpty() ? tr("the request") : subject;
    const QString details = detailText();
    QString headline;
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::InvalidSettings:
        headline = tr("The ChannelEngine settings are not usable");
        break;
    case Kind::InsecureUrl:
        headline = tr("Refused to send the API key over plain http");
        break;
    case Kind::Network:
        headline = tr("Could not reach ChannelEngine for %1").arg(what);
        break;
    case Kind::Timeout:
        headline = tr("ChannelEngine did not answer in time for %1").arg(what);
        break;
    case Kind::Tls:
        headline = tr("The secure connection to ChannelEngine failed");
        break;
    case Kind::Cancelled:
        headline = tr("Cancelled: %1").arg(what);
        break;
    case Kind::Unauthorized:
        headline = tr("ChannelEngine did not accept the API key");
        break;
    case Kind::RateLimited:
        headline = retryAfterMs >= 0
            ? tr("ChannelEngine's rate limit was reached for %1; it asks to wait %2 s")
                  .arg(what)
                  .arg((retryAfterMs + 999) / 1000)
            : tr("ChannelEngine's rate limit was reached for %1").arg(what);
        break;
    case Kind::Rejected:
        headline = tr("ChannelEngine refused %1").arg(what);
        break;
    case Kind::NotFound:
        headline = tr("ChannelEngine does not know %1").arg(what);
        break;
    case Kind::Conflict:
        headline = tr("ChannelEngine refused to change %1 (conflict)").arg(what);
        break;
    case Kind::Server:
        headline = tr("ChannelEngine failed on %1 (HTTP %2)").arg(what).arg(httpStatus);
        break;
    case Kind::BadResponse:
        headline = tr("ChannelEngine's answer for %1 could not be read").arg(what);
        break;
    }
    QString text = headline;
    // The status is already in the headline of a server error.
    const bool onlyStatus = message.isEmpty() && validationErrors.isEmpty();
    if (!details.isEmpty() && !(kind == Kind::Server && onlyStatus))
        text += QLatin1String(": ") + details;
    if (!requestId.isEmpty() && !logId.isEmpty())
        text += QLatin1String(" ") + tr("(request %1, log %2)").arg(requestId, logId);
    else if (!requestId.isEmpty())
        text += QLatin1String(" ") + tr("(request %1)").arg(requestId);
    else if (!logId.isEmpty())
        text += QLatin1String(" ") + tr("(log %1)").arg(logId);
    return text;
}

QString ApiError::validationPointer(const QString &fieldPath)
{
    // "$" and "" name the whole body; JSON pointers are "" for the root.
    if (fieldPath.isEmpty() || fieldPath == QLatin1String("$"))
        return QString();
    return ApiFieldPath::toPointer(fieldPath);
}

Findings ApiError::validationFindings() const
{
    Findings findings;
    for (auto it = validationErrors.cbegin(); it != validationErrors.cend(); ++it) {
        const QString pointer = validationPointer(it.key());
        for (const QString &text : it.value()) {
            Finding finding;
            finding.severity = Severity::Error;
            finding.rule = QStringLiteral("api.validation");
            finding.pointer = pointer;
            finding.message = text;
            findings.append(finding);
        }
        if (it.value().isEmpty()) {
            Finding finding;
            finding.rule = QStringLiteral("api.validation");
            finding.pointer = pointer;
            finding.message = tr("refused by ChannelEngine");
            findings.append(finding);
        }
    }
    return findings;
}

} // namespace VendorPack
