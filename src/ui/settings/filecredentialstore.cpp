// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecredentialstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace VendorPack {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr qint64 kMaxFileSize = 1024 * 1024;

const QString kWarningField = QStringLiteral("warning");
const QString kSecretsField = QStringLiteral("secrets");

} // namespace

FileCredentialStore::FileCredentialStore(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{
}

QString FileCredentialStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
        + QLatin1String("/credentials.json");
}

bool FileCredentialStore::load(QHash<QString, QString> *secrets, QString *error) const
{
    secrets->clear();
    QFile file(m_path);
    if (!file.exists())
        return true;
    // Someone widened the mode: take it back before reading.
    if ((file.permissions() & ~(kOwnerOnly | QFileDevice::ReadUser | QFileDevice::WriteUser))
        != QFileDevice::Permissions())
        file.setPermissions(kOwnerOnly);
    if (file.size() > kMaxFileSize) {
        *error = tr("the credentials file %1 is larger than 1 MB").arg(m_path);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the credentials file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        *error = tr("the credentials file %1 is damaged (%2); delete it and enter the secrets "
                    "again")
                     .arg(m_path, parseError.errorString());
        return false;
    }
    const QJsonObject stored = document.object().value(kSecretsField).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        secrets->insert(it.key(), it.value().toString());
    return true;
}

bool FileCredentialStore::save(const QHash<QString, QString> &secrets, QString *error) const
{
    const QFileInfo info(m_path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!folder.mkpath(QStringLiteral("."))) {
            *error = tr("cannot create the folder %1").arg(folder.path());
            return false;
        }
        QFile::setPermissions(folder.path(), kOwnerOnly | QFileDevice::ExeOwner);
    }
    QJsonObject stored;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        stored.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(kWarningField,
                QStringLiteral("VendorPack secrets, stored UNENCRYPTED because this computer has "
                               "no usable key store. Only this user may read this file. Delete "
                               "it to forget them."));
    root.insert(kSecretsField, stored);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write the credentials file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // The new file is owner-only before a single byte of a secret is in it.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        *error = tr("cannot make the credentials file %1 private").arg(m_path);
        return false;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = tr("cannot write the credentials file %1: %2").arg(m_path, file.errorString());
        return false;
    }
    QFile::setPermissions(m_path, kOwnerOnly);
    return true;
}

CredentialStore::Result FileCredentialStore::read(const QString &name)
{
    QHash<QString, QString> secrets;
    QString error;
    if (!load(&secrets, &error))
        return { Status::Failed, {}, error };
    const auto it = secrets.constFind(name);
    if (it == secrets.cend())
        return { Status::NotFound, {}, {} };
    return { Status::Ok, *it, {} };
}

CredentialStore::Result FileCredentialStore::write(const QString &name, const QString &secret)
{
    QHash<QString, QString> secrets;
    QString error;
    if (!load(&secrets, &error))
        return { Status::Failed, {}, error };
    secrets.insert(name, secret);
    if (!save(secrets, &error))
        return { Status::Failed, {}, error };
    return {};
}

CredentialStore::Result FileCredentialStore::remove(const QString &name)
{
    QHash<QString, QString> secrets;
    QString error;
    if (!load(&secrets, &error))
        return { Status::Failed, {}, error };
    if (!secrets.remove(name))
        return {};
    if (!save(secrets, &error))
        return { Status::Failed, {}, error };
    return {};
}

QString FileCredentialStore::description() const
{
    return tr("an unencrypted file readable only by you (%1)")
        .arg(QDir::toNativeSeparators(m_path));
}

} // namespace VendorPack
