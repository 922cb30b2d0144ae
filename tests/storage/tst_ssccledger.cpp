// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/ssccledger.h"
#include "storage/transaction.h"
#include "storagebackends.h"

#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <vector>

using namespace VendorPack;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");
const QString kPrefix = QStringLiteral("0614141"); // GS1's example company prefix

} // namespace

// The SSCC ledger on SQLite and PostgreSQL: allocation, states, range limits, concurrency.
class tst_SsccLedger : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void allocatesValidSsccsInOrder_data() { StorageBackends::addBackendColumn(); }
    void allocatesValidSsccsInOrder();
    void followsTheStates_data() { StorageBackends::addBackendColumn(); }
    void followsTheStates();
    void warnsAt90PercentAndRefusesAt100_data() { StorageBackends::addBackendColumn(); }
    void warnsAt90PercentAndRefusesAt100();
    void refusesWithoutRangeAndBadRanges_data() { StorageBackends::addBackendColumn(); }
    void refusesWithoutRangeAndBadRanges();
    void recordsExternalSsccsAndSkipsTheirSerials_data() { StorageBackends::addBackendColumn(); }
    void recordsExternalSsccsAndSkipsTheirSerials();
    void joinsTheCallersTransaction_data() { StorageBackends::addBackendColumn(); }
    void joinsTheCallersTransaction();
    void answersTheReuseCheck_data() { StorageBackends::addBackendColumn(); }
    void answersTheReuseCheck();
    void concurrentConnectionsNeverDrawTheSameSerial_data();
    void concurrentConnectionsNeverDrawTheSameSerial();
    void concurrentProcessesNeverDrawTheSameSerial_data();
    void concurrentProcessesNeverDrawTheSameSerial();

private:
    DatabaseSettings freshSettings(const QString &backend)
    {
        return m_backends.freshSettings(backend, QStringLiteral("l"));
    }

    StorageBackends m_backends;
};

void tst_SsccLedger::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_SsccLedger::allocatesValidSsccsInOrder()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY2(ledger.configureRange(kPrefix, 3, 1, 1000, &error), qPrintable(error));
    SsccLedger::Use use;
    use.merchantShipmentNo = QStringLiteral("MS-1");
    use.user = QStringLiteral("ann");
    use.station = QStringLiteral("dock-1");
    for (quint64 expected = 1; expected <= 3; ++expected) {
        const auto allocation = ledger.allocate(kPrefix, 3, use, &error);
        QVERIFY2(allocation, qPrintable(error));
        QCOMPARE(allocation->serial, expected);
        QCOMPARE(allocation->sscc.digits(), Sscc::compose(3, kPrefix, expected).digits());
        QVERIFY(Sscc::fromString(allocation->sscc.digits()).isValid());
        QCOMPARE(allocation->remaining, 1000 - expected);
        QVERIFY(!allocation->nearExhaustion);
        const auto entry = ledger.entry(allocation->sscc.digits());
        QVERIFY(entry);
        QCOMPARE(entry->state, SsccState::Allocated);
        QCOMPARE(entry->merchantShipmentNo, QStringLiteral("MS-1"));
        QVERIFY(!entry->external);
        QVERIFY(entry->allocatedAt.isValid());
    }
}

void tst_SsccLedger::followsTheStates()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY(ledger.configureRange(kPrefix, 0, 1, 100));
    const QString a = ledger.allocate(kPrefix, 0, {})->sscc.digits();
    const QString b = ledger.allocate(kPrefix, 0, {})->sscc.digits();

    QVERIFY(!ledger.markApplied(a, &error)); // not printed yet
    QVERIFY2(error.contains(QStringLiteral("is allocated and cannot become applied")),
             qPrintable(error));
    QVERIFY(!ledger.markShipped(a));
    QVERIFY2(ledger.markPrinted(a, &error), qPrintable(error));
    QVERIFY(ledger.markPrinted(a)); // reprint
    QCOMPARE(ledger.entry(a)->state, SsccState::Printed);
    QCOMPARE(ledger.entry(a)->printCount, 2);
    QVERIFY(ledger.markApplied(a));
    QVERIFY(ledger.markPrinted(a)); // a reprint keeps it applied
    QCOMPARE(ledger.entry(a)->state, SsccState::Applied);
    QCOMPARE(ledger.entry(a)->printCount, 3);
    QVERIFY(ledger.markShipped(a));
    QCOMPARE(ledger.entry(a)->state, SsccState::Shipped);
    QVERIFY(!ledger.voidSscc(a, QStringLiteral("late"), QStringLiteral("sue"), &error));
    QVERIFY(!ledger.markPrinted(a, &error));

    QVERIFY(!ledger.voidSscc(b, QStringLiteral(" "), QStringLiteral("sue"), &error));
    QVERIFY(error.contains(QStringLiteral("needs a reason")));
    QVERIFY2(ledger.voidSscc(b, QStringLiteral("label torn"), QStringLiteral("sue"), &error),
             qPrintable(error));
    const auto voided = ledger.entry(b);
    QCOMPARE(voided->state, SsccState::Voided);
    QCOMPARE(voided->voidReason, QStringLiteral("label torn"));
    QCOMPARE(voided->voidedBy, QStringLiteral("sue"));
    QVERIFY(!ledger.markPrinted(b, &error));
    QVERIFY(!ledger.voidSscc(b, QStringLiteral("again"), QStringLiteral("sue")));
    QVERIFY(!ledger.markPrinted(QStringLiteral("006141410000000000"), &error));
    QVERIFY(error.contains(QStringLiteral("not in the ledger")));
    // Voided or shipped, neither is ever drawn again.
    QCOMPARE(ledger.allocate(kPrefix, 0, {})->serial, quint64(3));
}

void tst_SsccLedger::warnsAt90PercentAndRefusesAt100()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY(ledger.configureRange(kPrefix, 1, 11, 20));
    for (int i = 1; i <= 10; ++i) {
        const auto allocation = ledger.allocate(kPrefix, 1, {}, &error);
        QVERIFY2(allocation, qPrintable(error));
        QCOMPARE(allocation->nearExhaustion, i >= 9);
    }
    QVERIFY(!ledger.allocate(kPrefix, 1, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("is used up")), qPrintable(error));
    QVERIFY(!ledger.configureRange(kPrefix, 1, 11, 15, &error)); // cannot shrink below drawn
    QVERIFY2(ledger.configureRange(kPrefix, 1, 11, 30, &error), qPrintable(error));
    QCOMPARE(ledger.allocate(kPrefix, 1, {})->serial, quint64(21));
    QVERIFY(ledger.configureRange(kPrefix, 1, 500, 600)); // a new range further on
    QCOMPARE(ledger.allocate(kPrefix, 1, {})->serial, quint64(500));
    // The database itself refuses to wind the counter back.
    QVERIFY(!db->exec(QStringLiteral("UPDATE sscc_serials SET next_serial = 12")));
}

void tst_SsccLedger::refusesWithoutRangeAndBadRanges()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY(!ledger.allocate(kPrefix, 0, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("no SSCC serial range")), qPrintable(error));
    QVERIFY(!ledger.configureRange(QStringLiteral("12345"), 0, 1, 10, &error));
    QVERIFY(!ledger.configureRange(kPrefix, 10, 1, 10, &error));
    QVERIFY(!ledger.configureRange(kPrefix, 0, 10, 1, &error));
    QVERIFY(!ledger.configureRange(kPrefix, 0, 1, Sscc::maxSerial(7) + 1, &error));
    QVERIFY(ledger.configureRange(kPrefix, 0, 1, Sscc::maxSerial(7), &error));
    QVERIFY(!ledger.allocate(QStringLiteral("06141x1"), 0, {}, &error));
}

void tst_SsccLedger::recordsExternalSsccsAndSkipsTheirSerials()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY(ledger.configureRange(kPrefix, 0, 1, 100));
    const QString external = Sscc::compose(0, kPrefix, 2).digits();
    SsccLedger::Use use;
    use.merchantShipmentNo = QStringLiteral("MS-9");
    QVERIFY2(ledger.recordExternal(external, use, &error), qPrintable(error));
    QVERIFY(ledger.entry(external)->external);
    QCOMPARE(ledger.entry(external)->state, SsccState::Printed);
    QVERIFY(!ledger.recordExternal(external, use, &error));
    QVERIFY2(error.contains(QStringLiteral("already in the ledger")), qPrintable(error));
    QString badCheck = external;
    badCheck[17] = QLatin1Char(badCheck.at(17) == QLatin1Char('9') ? '0' : '9');
    QVERIFY(!ledger.recordExternal(badCheck, use, &error));
    QVERIFY2(error.contains(QStringLiteral("not valid")), qPrintable(error));

    QCOMPARE(ledger.allocate(kPrefix, 0, {})->serial, quint64(1));
    QCOMPARE(ledger.allocate(kPrefix, 0, {})->serial, quint64(3)); // 2 is the external one
}

void tst_SsccLedger::joinsTheCallersTransaction()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY(ledger.configureRange(kPrefix, 0, 1, 100));
    QString rolledBack;
    {
        Transaction action(*db);
        QVERIFY(action.begin());
        const auto allocation = ledger.allocate(kPrefix, 0, {}, &error);
        QVERIFY2(allocation, qPrintable(error));
        rolledBack = allocation->sscc.digits();
        QVERIFY(db->inTransaction());
    } // the user action failed: nothing of it stays, so the serial was never issued
    QVERIFY(!ledger.entry(rolledBack));
    {
        Transaction action(*db);
        QVERIFY(action.begin());
        QVERIFY(ledger.allocate(kPrefix, 0, {}));
        QVERIFY(ledger.allocate(kPrefix, 0, {}));
        QVERIFY(action.commit());
    }
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger"))->toInt(), 2);
    QCOMPARE(db->scalar(QStringLiteral("SELECT next_serial FROM sscc_serials"))->toInt(), 3);
}

void tst_SsccLedger::answersTheReuseCheck()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    QString error;
    auto db = Database::open(freshSettings(backend), &error);
    QVERIFY2(db, qPrintable(error));
    SsccLedger ledger(*db);
    QVERIFY(ledger.configureRange(kPrefix, 0, 1, 100));
    SsccLedger::Use use;
    use.merchantShipmentNo = QStringLiteral("MS-1");
    const QString sscc = ledger.allocate(kPrefix, 0, use)->sscc.digits();
    const SsccHistory &history = ledger;
    QCOMPARE(history.otherShipmentUsing(sscc, QStringLiteral("MS-2"), 12), QStringLiteral("MS-1"));
    QCOMPARE(history.otherShipmentUsing(sscc, QStringLiteral("MS-1"), 12), QString());
    QCOMPARE(history.otherShipmentUsing(Sscc::compose(0, kPrefix, 50).digits(),
                                        QStringLiteral("MS-2"), 12),
             QString());
    // Older than the window: no longer reported.
    QVERIFY(db->exec(QStringLiteral("UPDATE sscc_ledger SET updated_at = ?"),
                     { Database::toStoredTime(QDateTime::currentDateTimeUtc().addMonths(-13)) }));
    QCOMPARE(history.otherShipmentUsing(sscc, QStringLiteral("MS-2"), 12), QString());
}

void tst_SsccLedger::concurrentConnectionsNeverDrawTheSameSerial_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("perThread");
    QTest::newRow("sqlite") << kSqlite << 3 << 200;
    // 10,000 on PostgreSQL in concurrentProcessesNeverDrawTheSameSerial.
    QTest::newRow("postgresql") << kPostgres << 4 << 500;
}

void tst_SsccLedger::concurrentConnectionsNeverDrawTheSameSerial()
{
    QFETCH(QString, backend);
    QFETCH(int, threads);
    QFETCH(int, perThread);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = freshSettings(backend);
    QString error;
    {
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(SsccLedger(*db).configureRange(kPrefix, 0, 1, 1000000));
    }
    std::vector<QStringList> drawn(static_cast<size_t>(threads));
    std::vector<QString> errors(static_cast<size_t>(threads));
    std::vector<std::unique_ptr<QThread>> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back(QThread::create([&, t] {
            QString threadError;
            auto db = Database::open(settings, &threadError); // one connection per "station"
            if (!db) {
                errors[size_t(t)] = threadError;
                return;
            }
            SsccLedger ledger(*db);
            SsccLedger::Use use;
            use.station = QStringLiteral("station-%1").arg(t);
            for (int i = 0; i < perThread; ++i) {
                const auto allocation = ledger.allocate(kPrefix, 0, use, &threadError);
                if (!allocation) {
                    errors[size_t(t)] = threadError;
                    return;
                }
                drawn[size_t(t)] << allocation->sscc.digits();
            }
        }));
    }
    for (auto &worker : workers)
        worker->start();
    for (auto &worker : workers)
        QVERIFY(worker->wait(60000));
    QSet<QString> all;
    for (int t = 0; t < threads; ++t) {
        QVERIFY2(errors[size_t(t)].isEmpty(), qPrintable(errors[size_t(t)]));
        QCOMPARE(drawn[size_t(t)].size(), perThread);
        for (const QString &sscc : drawn[size_t(t)])
            all.insert(sscc);
    }
    const int total = threads * perThread;
    QCOMPARE(all.size(), total); // none twice
    auto db = Database::open(settings, &error);
    QVERIFY2(db, qPrintable(error));
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger"))->toInt(), total);
    QCOMPARE(db->scalar(QStringLiteral("SELECT MAX(serial) FROM sscc_ledger"))->toInt(), total);
    QCOMPARE(db->scalar(QStringLiteral("SELECT next_serial FROM sscc_serials"))->toInt(),
             total + 1);
}

void tst_SsccLedger::concurrentProcessesNeverDrawTheSameSerial_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("processes");
    QTest::addColumn<int>("perProcess");
    // Two processes on one station may share its SQLite file (the busy timeout makes them wait);
    // stations share only PostgreSQL.
    QTest::newRow("sqlite") << kSqlite << 3 << 300;
    QTest::newRow("postgresql") << kPostgres << 4 << 2500;
}

void tst_SsccLedger::concurrentProcessesNeverDrawTheSameSerial()
{
    QFETCH(QString, backend);
    QFETCH(int, processes);
    QFETCH(int, perProcess);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = freshSettings(backend);
    QString error;
    {
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(SsccLedger(*db).configureRange(kPrefix, 0, 1, 1000000));
    }
    const bool sqlite = backend == kSqlite;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!sqlite) // as a station gets it: never on the command line
        environment.insert(QString::fromLatin1(DatabaseSettings::kPasswordVariable),
                           m_backends.postgres()->password());
    const QString location
        = sqlite ? settings.sqlitePath : settings.postgresUrl.toString(QUrl::FullyEncoded);

    std::vector<std::unique_ptr<QProcess>> children;
    for (int p = 0; p < processes; ++p) {
        auto child = std::make_unique<QProcess>();
        child->setProcessEnvironment(environment);
        child->start(QStringLiteral(VENDORPACK_STORAGE_WORKER),
                     { QStringLiteral("allocate"), location, QString::number(perProcess),
                       QStringLiteral("station-%1").arg(p) });
        children.push_back(std::move(child));
    }
    QSet<QString> all;
    int reported = 0;
    for (auto &child : children) {
        QVERIFY2(child->waitForFinished(90000), qPrintable(child->errorString()));
        const QString stderrText = QString::fromLocal8Bit(child->readAllStandardError());
        QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0,
                 qPrintable(stderrText));
        const QList<QByteArray> lines = child->readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), perProcess);
        for (const QByteArray &line : lines) {
            const QString sscc = QString::fromLatin1(line);
            QVERIFY2(Sscc::fromString(sscc).isValid(), line.constData());
            all.insert(sscc);
            ++reported;
        }
    }
    QCOMPARE(reported, processes * perProcess);
    QCOMPARE(all.size(), reported); // none twice
    auto db = Database::open(settings, &error);
    QVERIFY2(db, qPrintable(error));
    // None lost: the ledger holds exactly what was reported, with no serial skipped.
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger"))->toInt(), reported);
    QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(DISTINCT allocated_station) FROM "
                                       "sscc_ledger"))
                 ->toInt(),
             processes);
    QCOMPARE(db->scalar(QStringLiteral("SELECT MAX(serial) FROM sscc_ledger"))->toInt(), reported);
    SsccLedger ledger(*db);
    for (const QString &sscc : std::as_const(all))
        QVERIFY2(ledger.entry(sscc).has_value(), qPrintable(sscc));
}

QTEST_GUILESS_MAIN(tst_SsccLedger)
#include "tst_ssccledger.moc"
