// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/fallbackcredentialstore.h"
#include "ui/settings/filecredentialstore.h"
#include "ui/settings/keychaincredentialstore.h"
#include "ui/settings/memorycredentialstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kSecret = QStringLiteral("ce-live-key-7f3a91c2d4e5");
const QString kName = QLatin1String(CredentialStore::kApiKey);

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// A primary store that reports a fixed status for everything, to drive the fallback.
class FixedStore : public CredentialStore
{
public:
    explicit FixedStore(Status status)
        : m_status(status)
    {
    }
    Result read(const QString &) override { return answer(); }
    Result write(const QString &, const QString &) override { return answer(); }
    Result remove(const QString &) override { return answer(); }
    QString description() const override { return QStringLiteral("fixed"); }
    bool isEncrypted() const override { return true; }
    int calls = 0;

private:
    Result answer()
    {
        ++calls;
        return { m_status, {}, QStringLiteral("fixed answer") };
    }
    Status m_status;
};

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreKeepsWritesAndRemoves();
    void fileStoreIsOwnerOnlyAndLabelledUnencrypted();
    void fileStoreTightensAWidenedMode();
    void fileStoreReportsADamagedFile();
    void fallbackSwitchesOnlyWhenThePrimaryIsUnavailable();
    void fallbackKeepsARefusalOfAWorkingPrimary();
    void keychainOnThisMachineWorksOrFallsBackFast();
};

void TestCredentialStore::memoryStoreKeepsWritesAndRemoves()
{
    MemoryCredentialStore store;
    QCOMPARE(store.read(kName).status, CredentialStore::Status::NotFound);
    QVERIFY(store.write(kName, kSecret).isOk());
    const auto read = store.read(kName);
    QVERIFY(read.isOk());
    QCOMPARE(read.secret, kSecret);
    QVERIFY(store.contains(kName));
    QVERIFY(store.remove(kName).isOk());
    QVERIFY(!store.contains(kName));
    QVERIFY(store.remove(kName).isOk()); // removing what is not there is fine
}

void TestCredentialStore::fileStoreIsOwnerOnlyAndLabelledUnencrypted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config/VendorPack/credentials.json"));
    {
        FileCredentialStore store(path);
        QCOMPARE(store.read(kName).status, CredentialStore::Status::NotFound);
        QVERIFY(store.write(kName, kSecret).isOk());
        QVERIFY(
            store
                .write(QLatin1String(CredentialStore::kDatabasePassword), QStringLiteral("pg-pass"))
                .isOk());
        QVERIFY(!store.isEncrypted());
        QVERIFY(store.description().contains(QStringLiteral("unencrypted")));
    }
    const QFileInfo file(path);
    QVERIFY(file.exists());
    QVERIFY(file.permissions().testFlag(QFileDevice::ReadOwner));
    QVERIFY(file.permissions().testFlag(QFileDevice::WriteOwner));
    QCOMPARE(file.permissions() & kGroupOrOther, QFileDevice::Permissions());
    const QFileInfo folder(file.absolutePath());
    QCOMPARE(folder.permissions() & kGroupOrOther, QFileDevice::Permissions());

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray content = raw.readAll();
    QVERIFY(content.contains("UNENCRYPTED"));

    FileCredentialStore again(path);
    QCOMPARE(again.read(kName).secret, kSecret);
    QVERIFY(again.remove(kName).isOk());
    QCOMPARE(again.read(kName).status, CredentialStore::Status::NotFound);
    QCOMPARE(again.read(QLatin1String(CredentialStore::kDatabasePassword)).secret,
             QStringLiteral("pg-pass"));
    QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
}

void TestCredentialStore::fileStoreTightensAWidenedMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    FileCredentialStore store(path);
    QVERIFY(store.write(kName, kSecret).isOk());
    QVERIFY(QFile::setPermissions(path,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                      | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QVERIFY((QFileInfo(path).permissions() & kGroupOrOther) != QFileDevice::Permissions());
    QCOMPARE(store.read(kName).secret, kSecret);
    QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
}

void TestCredentialStore::fileStoreReportsADamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ not json");
    file.close();
    FileCredentialStore store(path);
    const auto read = store.read(kName);
    QCOMPARE(read.status, CredentialStore::Status::Failed);
    QVERIFY2(read.error.contains(path), qPrintable(read.error));
    // A write does not overwrite what it cannot read.
    QCOMPARE(store.write(kName, kSecret).status, CredentialStore::Status::Failed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("{ not json"));
}

void TestCredentialStore::fallbackSwitchesOnlyWhenThePrimaryIsUnavailable()
{
    auto primary = std::make_unique<FixedStore>(CredentialStore::Status::Unavailable);
    FixedStore *primaryPtr = primary.get();
    FallbackCredentialStore store(std::move(primary), std::make_unique<MemoryCredentialStore>());
    QStringList reasons;
    store.setFallbackHandler([&](const QString &reason) { reasons.append(reason); });

    QVERIFY(store.write(kName, kSecret).isOk());
    QVERIFY(store.usesFallback());
    QCOMPARE(reasons, QStringList { QStringLiteral("fixed answer") });
    QCOMPARE(store.read(kName).secret, kSecret);
    QVERIFY(store.remove(kName).isOk());
    // The primary was asked once; then the fallback for good, and the user told once.
    QCOMPARE(primaryPtr->calls, 1);
    QCOMPARE(reasons.size(), 1);
    QVERIFY(!store.isEncrypted());
}

void TestCredentialStore::fallbackKeepsARefusalOfAWorkingPrimary()
{
    FallbackCredentialStore store(std::make_unique<FixedStore>(CredentialStore::Status::Failed),
                                  std::make_unique<MemoryCredentialStore>());
    const auto result = store.write(kName, kSecret);
    QCOMPARE(result.status, CredentialStore::Status::Failed);
    QVERIFY(!store.usesFallback());
    QVERIFY(store.isEncrypted());
}

void TestCredentialStore::keychainOnThisMachineWorksOrFallsBackFast()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("credentials.json"));
    const QString service
        = QStringLiteral("VendorPack-test-%1").arg(QCoreApplication::applicationPid());
    FallbackCredentialStore store(std::make_unique<KeychainCredentialStore>(service),
                                  std::make_unique<FileCredentialStore>(path));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(store.write(kName, kSecret).isOk());
    const qint64 elapsed = timer.elapsed();
    qInfo("key store probe and write: %lld ms, %s", elapsed,
          store.usesFallback() ? "fell back to the file" : "system key store");
    QVERIFY2(elapsed < 3000, "the key store must answer or fail fast");
    QCOMPARE(store.read(kName).secret, kSecret);
    if (store.usesFallback()) {
        // A headless machine: the secret is in the owner-only file, and the user is told why.
        QVERIFY(!store.fallbackReason().isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
    } else {
        QVERIFY(!QFileInfo::exists(path));
    }
    QVERIFY(store.remove(kName).isOk());
    QCOMPARE(store.read(kName).status, CredentialStore::Status::NotFound);
}

QTEST_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
