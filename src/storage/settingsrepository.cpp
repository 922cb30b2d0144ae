// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsrepository.h"

#include "database.h"

namespace VendorPack {

SettingsRepository::SettingsRepository(Database &database)
    : m_database(&database)
{
}

bool SettingsRepository::looksLikeSecret(const QString &name)
{
    QString folded = name.toLower();
    folded.remove(QLatin1Char('_')).remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    for (const char *word : { "password", "passwd", "secret", "token", "apikey", "privatekey" }) {
        if (folded.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

std::optional<QString> SettingsRepository::value(const Scope &scope, const QString &name,
                                                 QString *error) const
{
    auto query = m_database->exec(
        QStringLiteral("SELECT value FROM settings WHERE scope = ? AND name = ?"),
        { scope.isSite() ? QStringLiteral("") : scope.station, name }, error);
    if (!query || !query->next())
        return std::nullopt;
    const QVariant value = query->value(0);
    query->finish();
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

std::optional<QString> SettingsRepository::effectiveValue(const QString &station,
                                                          const QString &name, QString *error) const
{
    if (!station.isEmpty()) {
        if (auto own = value(Scope::forStation(station), name, error))
            return own;
    }
    return value(Scope::site(), name, error);
}

QString SettingsRepository::stringValue(const QString &station, const QString &name,
                                        const QString &fallback) const
{
    return effectiveValue(station, name).value_or(fallback);
}

qint64 SettingsRepository::integerValue(const QString &station, const QString &name,
                                        qint64 fallback) const
{
    const auto text = effectiveValue(station, name);
    bool ok = false;
    const qint64 number = text ? text->toLongLong(&ok) : 0;
    return ok ? number : fallback;
}

double SettingsRepository::doubleValue(const QString &station, const QString &name,
                                       double fallback) const
{
    const auto text = effectiveValue(station, name);
    bool ok = false;
    const double number = text ? text->toDouble(&ok) : 0;
    return ok ? number : fallback;
}

bool SettingsRepository::boolValue(const QString &station, const QString &name, bool fallback) const
{
    const auto text = effectiveValue(station, name);
    if (!text)
        return fallback;
    if (*text == QLatin1String("true") || *text == QLatin1String("1"))
        return true;
    if (*text == QLatin1String("false") || *text == QLatin1String("0"))
        return false;
    return fallback;
}

bool SettingsRepository::setValue(const Scope &scope, const QString &name, const QVariant &value,
                                  QString *error)
{
    if (name.trimmed().isEmpty() || looksLikeSecret(name)) {
        if (error)
            *error = name.trimmed().isEmpty()
                ? tr("a setting needs a name")
                : tr("the setting %1 looks like a secret; secrets belong in the key store, never "
                     "in the settings table")
                      .arg(name);
        return false;
    }
    QString text;
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        text = QString::number(value.toDouble(), 'g', 17);
        break;
    default:
        text = value.toString();
        break;
    }
    return m_database
        ->exec(QStringLiteral("INSERT INTO settings (scope, name, value, updated_at)"
                              " VALUES (?, ?, ?, ?) ON CONFLICT (scope, name) DO UPDATE"
                              " SET value = excluded.value, updated_at = excluded.updated_at"),
               { scope.isSite() ? QStringLiteral("") : scope.station, name, text,
                 Database::nowStoredTime() },
               error)
        .has_value();
}

bool SettingsRepository::remove(const Scope &scope, const QString &name, QString *error)
{
    return m_database->execUpdate(
               QStringLiteral("DELETE FROM settings WHERE scope = ? AND name = ?"),
               { scope.isSite() ? QStringLiteral("") : scope.station, name }, error)
        >= 0;
}

} // namespace VendorPack
