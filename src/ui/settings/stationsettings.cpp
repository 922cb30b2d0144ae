// SPDX-License-Identifier: GPL-3.0-or-later
#include "stationsettings.h"

#include "api/clientsettings.h"
#include "storage/databasesettings.h"

#include <QRegularExpression>
#include <QSettings>
#include <QUrl>

namespace VendorPack {

namespace {

const QString kDatabaseKey = QStringLiteral("station/database");
const QString kStationNameKey = QStringLiteral("station/name");
const QString kUserNameKey = QStringLiteral("station/user");
const QString kApiUrlKey = QStringLiteral("api/url");
const QString kChannelIdKey = QStringLiteral("api/channelId");

} // namespace

StationSettings StationSettings::load(const QSettings &settings)
{
    StationSettings s;
    s.database = settings.value(kDatabaseKey).toString();
    s.stationName = settings.value(kStationNameKey).toString();
    s.userName = settings.value(kUserNameKey).toString();
    s.apiUrl = settings.value(kApiUrlKey).toString();
    s.channelId = settings.value(kChannelIdKey).toLongLong();
    return s;
}

void StationSettings::save(QSettings &settings) const
{
    settings.setValue(kDatabaseKey, database);
    settings.setValue(kStationNameKey, stationName);
    settings.setValue(kUserNameKey, userName);
    settings.setValue(kApiUrlKey, apiUrl);
    settings.setValue(kChannelIdKey, channelId);
    settings.sync();
}

bool StationSettings::isConfigured(const QSettings &settings)
{
    return !settings.value(kStationNameKey).toString().isEmpty();
}

QString StationSettings::apiUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("is empty; enter the base URL ChannelEngine gave you, "
                  "https://<tenant>.channelengine.net/api");
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("'%1' is not a URL").arg(trimmed);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (ClientSettings::isLoopbackHost(url.host()))
            return {};
        return tr("plain http:// is only for this computer (127.0.0.1); use https://");
    }
    return tr("must start with https://");
}

QString StationSettings::channelIdProblem(const QString &text, qint64 *channelId)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (text.trimmed().isEmpty())
        return tr("is empty; enter the channel's number from ChannelEngine");
    if (!ok || value <= 0)
        return tr("'%1' is not a positive whole number").arg(text.trimmed());
    if (channelId)
        *channelId = value;
    return {};
}

QString StationSettings::databaseProblem(const QString &text)
{
    QString error;
    if (!DatabaseSettings::fromString(text, &error))
        return error;
    return {};
}

QString StationSettings::stationNameProblem(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("is empty; other stations show it as \"open at station ...\"");
    if (trimmed.size() > 40)
        return tr("is longer than 40 characters");
    static const QRegularExpression allowed(QStringLiteral("^[\\w .\\-/#]+$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (!allowed.match(trimmed).hasMatch())
        return tr("may hold only letters, digits, spaces and . - / #");
    return {};
}

SettingsProblems StationSettings::problems() const
{
    SettingsProblems list;
    auto check = [&list](const QString &field, const QString &problem) {
        if (!problem.isEmpty())
            list.append({ field, problem });
    };
    check(stationNameField(), stationNameProblem(stationName));
    if (userName.trimmed().isEmpty())
        list.append({ userNameField(), tr("is empty; the audit trail records who did what") });
    check(databaseField(), databaseProblem(database));
    check(apiUrlField(), apiUrlProblem(apiUrl));
    if (channelId <= 0)
        list.append({ channelIdField(), tr("must be a positive whole number") });
    return list;
}

} // namespace VendorPack
