// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>

namespace VendorPack {

class Database;

// Typed site-wide and per-station settings in the settings table. Never for secrets: the API key
// and the database password live in the key store (DESIGN.md section 13), and names that look like
// one (password, secret, token, api key) are refused.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    // Where a setting applies: the whole site, or one station (by its name).
    struct Scope
    {
        QString station; // empty: the site
        static Scope site() { return {}; }
        static Scope forStation(const QString &name) { return { name }; }
        bool isSite() const { return station.isEmpty(); }
    };

    explicit SettingsRepository(Database &database);

    // The stored text, nullopt when the setting is not set (or on a database error, *error set).
    std::optional<QString> value(const Scope &scope, const QString &name,
                                 QString *error = nullptr) const;
    // The station's value if it has one, else the site's.
    std::optional<QString> effectiveValue(const QString &station, const QString &name,
                                          QString *error = nullptr) const;

    // Typed reads of effectiveValue(); the fallback when unset or not of that type.
    QString stringValue(const QString &station, const QString &name,
                        const QString &fallback = QString()) const;
    qint64 integerValue(const QString &station, const QString &name, qint64 fallback = 0) const;
    double doubleValue(const QString &station, const QString &name, double fallback = 0) const;
    bool boolValue(const QString &station, const QString &name, bool fallback = false) const;

    // Stores text, an integer, a double (exact round trip) or a bool ("true"/"false"), joining
    // the caller's transaction if one is open.
    bool setValue(const Scope &scope, const QString &name, const QVariant &value,
                  QString *error = nullptr);
    bool remove(const Scope &scope, const QString &name, QString *error = nullptr);

    // Whether a name is refused because it looks like a secret.
    static bool looksLikeSecret(const QString &name);

private:
    Database *m_database;
};

} // namespace VendorPack
