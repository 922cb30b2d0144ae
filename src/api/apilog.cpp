// SPDX-License-Identifier: GPL-3.0-or-later
#include "apilog.h"

#include "clientsettings.h"

namespace VendorPack {

Q_LOGGING_CATEGORY(lcApi, "vendorpack.api", QtInfoMsg)

namespace ApiLog {

QString loggablePath(const QUrl &url)
{
    QString text = url.path(QUrl::FullyEncoded);
    if (!url.hasQuery())
        return text;
    const QStringList items = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'));
    QStringList kept;
    kept.reserve(items.size());
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = QUrl::fromPercentEncoding(item.left(equals).toLatin1());
        if (name.compare(QLatin1String("apikey"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("api_key"), Qt::CaseInsensitive) == 0)
            kept.append(item.left(equals) + QLatin1String("=****"));
        else
            kept.append(item);
    }
    return text + QLatin1Char('?') + kept.join(QLatin1Char('&'));
}

QString scrub(QString text, const QString &apiKey)
{
    if (!apiKey.isEmpty() && text.contains(apiKey))
        text.replace(apiKey, ClientSettings::redactKey(apiKey));
    return text;
}

} // namespace ApiLog

} // namespace VendorPack
