// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsproblem.h"

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace VendorPack {

// The settings that belong to this computer and live in its QSettings: where the database is,
// who and where the station is, and which ChannelEngine tenant and channel it talks to. Secrets
// are never here (CredentialStore).
struct StationSettings
{
    Q_DECLARE_TR_FUNCTIONS(StationSettings)

public:
    QString database; // as DatabaseSettings::fromString reads it; empty: the default SQLite file
    QString stationName;
    QString userName;
    QString apiUrl; // https://<tenant>.channelengine.net/api
    qint64 channelId = 0;

    static StationSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Whether this computer was ever set up (the first start opens the settings dialog).
    static bool isConfigured(const QSettings &settings);

    // Everything that keeps these settings from being used, field by field.
    SettingsProblems problems() const;

    // The field names, as the dialog labels them and the messages name them.
    static QString stationNameField() { return tr("Station name"); }
    static QString userNameField() { return tr("User"); }
    static QString databaseField() { return tr("Database"); }
    static QString apiUrlField() { return tr("API URL"); }
    static QString channelIdField() { return tr("Channel id"); }

    // The checks one by one, for fields edited as text: empty when the value is fine.
    static QString apiUrlProblem(const QString &url);
    static QString channelIdProblem(const QString &text, qint64 *channelId = nullptr);
    static QString databaseProblem(const QString &text);
    static QString stationNameProblem(const QString &name);

    friend bool operator==(const StationSettings &a, const StationSettings &b)
    {
        return a.database == b.database && a.stationName == b.stationName
            && a.userName == b.userName && a.apiUrl == b.apiUrl && a.channelId == b.channelId;
    }
};

} // namespace VendorPack
