// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresserver.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");
const QString kPush = QStringLiteral("shipment.push");

} // namespace

#define REQUIRE_BACKEND(backend)                                                                   \
    do {                                                                                           \
        if ((backend) == kPostgres && !m_pg) {                                                     \
            if (PostgresServer::required())                                                        \
                QFAIL(                                                                             \
                    qPrintable(QStringLiteral("PostgreSQL is required (CI=true): ") + m_pgError)); \
            QSKIP(qPrintable(m_pgError));                                                          \
        }                                                                                          \
    } while (false)

// The outbox on SQLite and PostgreSQL: coalescing, order per subject, backoff, confirmation.
class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_pg.reset(); }

    void coalescesToTheNewestVersion_data() { backends(); }
    void coalescesToTheNewestVersion();
    void handsOutInOrderPerSubjectWithBackoff_data() { backends(); }
    void handsOutInOrderPerSubjectWithBackoff();
    void confirmingAnOldVersionKeepsTheNewerOne_data() { backends(); }
    void confirmingAnOldVersionKeepsTheNewerOne();
    void goesWithTheCallersTransaction_data() { backends(); }
    void goesWithTheCallersTransaction();

private:
    void backends();
    std::unique_ptr<Database> open(const QString &backend);

    std::unique_ptr<PostgresServer> m_pg;
    QString m_pgError;
    QTemporaryDir m_dir;
    int m_counter = 0;
};

void tst_Outbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pg = PostgresServer::start(&m_pgError);
    if (!m_pg && PostgresServer::required())
        QFAIL(qPrintable(QStringLiteral("PostgreSQL is required (CI=true): ") + m_pgError));
}

void tst_Outbox::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << kSqlite;
    QTest::newRow("postgresql") << kPostgres;
}

std::unique_ptr<Database> tst_Outbox::open(const QString &backend)
{
    ++m_counter;
    QString error;
    std::unique_ptr<Database> db;
    if (backend == kSqlite) {
        db = Database::open(
            DatabaseSettings::sqlite(m_dir.filePath(QStringLiteral("o%1.sqlite").arg(m_counter))),
            &error);
    } else {
        const QString url = m_pg->createDatabase(QStringLiteral("o%1").arg(m_counter), &error);
        auto settings = DatabaseSettings::postgres(url, &error);
        if (settings) {
            const QString password = m_pg->password();
            settings->passwordProvider = [password] { return password; };
            db = Database::open(*settings, &error);
        }
    }
    if (!db)
        qWarning("cannot open a test database: %s", qPrintable(error));
    return db;
}

void tst_Outbox::coalescesToTheNewestVersion()
{
    QFETCH(QString, backend);
    REQUIRE_BACKEND(backend);
    auto db = open(backend);
    QVERIFY(db);
    Outbox outbox(*db);
    QString error;
    std::optional<qint64> first;
    for (qint64 version = 1; version <= 100; ++version) {
        const auto id = outbox.enqueue(OutboxSubject::Shipment, 7, kPush,
                                       QStringLiteral("v%1").arg(version), version, &error);
        QVERIFY2(id, qPrintable(error));
        if (!first)
            first = id;
        QCOMPARE(*id, *first);
    }
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(1));
    QCOMPARE(outbox.pendingCount(OutboxSubject::Shipment).value_or(-1), qint64(1));
    QCOMPARE(outbox.pendingCount(OutboxSubject::Acknowledgement).value_or(-1), qint64(0));
    auto entry = outbox.entry(*first, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->version.value_or(-1), qint64(100));
    QCOMPARE(entry->payload, QStringLiteral("v100"));
    QCOMPARE(entry->state, QStringLiteral("pending"));
    QCOMPARE(entry->subjectId, qint64(7));

    // An older version arriving late never replaces a newer one.
    QCOMPARE(
        outbox.enqueue(OutboxSubject::Shipment, 7, kPush, QStringLiteral("v50"), 50).value_or(-1),
        *first);
    entry = outbox.entry(*first);
    QCOMPARE(entry->version.value_or(-1), qint64(100));
    QCOMPARE(entry->payload, QStringLiteral("v100"));

    // Other subjects and kinds get their own entries.
    QVERIFY(outbox.enqueue(OutboxSubject::Shipment, 8, kPush, QStringLiteral("x"), 1) != first);
    QVERIFY(outbox.enqueue(OutboxSubject::Acknowledgement, 7,
                           QStringLiteral("acknowledgement.push"), QStringLiteral("a"),
                           std::nullopt));
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(3));
}

void tst_Outbox::handsOutInOrderPerSubjectWithBackoff()
{
    QFETCH(QString, backend);
    REQUIRE_BACKEND(backend);
    auto db = open(backend);
    QVERIFY(db);
    Outbox outbox(*db);
    const QString other = QStringLiteral("shipment.label");
    const auto a1 = outbox.enqueue(OutboxSubject::Shipment, 1, kPush, QStringLiteral("a1"), 1);
    const auto b1 = outbox.enqueue(OutboxSubject::Shipment, 2, kPush, QStringLiteral("b1"), 1);
    const auto a2 = outbox.enqueue(OutboxSubject::Shipment, 1, other, QStringLiteral("a2"), 1);
    QVERIFY(a1 && b1 && a2);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(1);

    auto ids = [&](const QDateTime &at) {
        QList<qint64> result;
        QString error;
        const auto due = outbox.due(at, 10, &error);
        if (!due)
            qWarning("%s", qPrintable(error));
        for (const OutboxEntry &entry : due.value_or(std::vector<OutboxEntry>()))
            result << entry.id;
        return result;
    };
    // The second entry of subject 1 waits behind its first.
    QCOMPARE(ids(now), (QList<qint64> { *a1, *b1 }));
    QCOMPARE(outbox.due(now, 1)->size(), size_t(1));

    QString error;
    QVERIFY2(outbox.markAttempt(*a1, QStringLiteral("HTTP 503"), now.addSecs(60), &error),
             qPrintable(error));
    QVERIFY2(outbox.markAttempt(*a1, QStringLiteral("HTTP 502"), now.addSecs(120), &error),
             qPrintable(error));
    const auto entry = outbox.entry(*a1);
    QCOMPARE(entry->attempts, 2);
    QCOMPARE(entry->lastError, QStringLiteral("HTTP 502"));
    QCOMPARE(entry->nextAttemptAt, now.addSecs(120));
    // Backing off holds the whole subject, not the others.
    QCOMPARE(ids(now), (QList<qint64> { *b1 }));
    QCOMPARE(ids(now.addSecs(121)), (QList<qint64> { *a1, *b1 }));

    QCOMPARE(outbox.markConfirmed(*a1, 1).value_or(false), true);
    QCOMPARE(ids(now), (QList<qint64> { *b1, *a2 }));
    QVERIFY(!outbox.markAttempt(9999, QStringLiteral("x"), now));
}

void tst_Outbox::confirmingAnOldVersionKeepsTheNewerOne()
{
    QFETCH(QString, backend);
    REQUIRE_BACKEND(backend);
    auto db = open(backend);
    QVERIFY(db);
    Outbox outbox(*db);
    const auto id = outbox.enqueue(OutboxSubject::Shipment, 3, kPush, QStringLiteral("v1"), 1);
    QVERIFY(id);
    // The worker pushes version 1 while the packer makes version 2.
    QCOMPARE(
        outbox.enqueue(OutboxSubject::Shipment, 3, kPush, QStringLiteral("v2"), 2).value_or(-1),
        *id);
    QCOMPARE(outbox.markConfirmed(*id, 1).value_or(true), false);
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(1));
    QCOMPARE(outbox.entry(*id)->version.value_or(-1), qint64(2));
    QCOMPARE(outbox.entry(*id)->state, QStringLiteral("pending"));
    QCOMPARE(outbox.markConfirmed(*id, 2).value_or(false), true);
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(0));
    QCOMPARE(outbox.entry(*id)->state, QStringLiteral("done"));
    QCOMPARE(outbox.markConfirmed(*id, 2).value_or(true), false); // already done

    // The next change starts a new pending entry.
    const auto next = outbox.enqueue(OutboxSubject::Shipment, 3, kPush, QStringLiteral("v3"), 3);
    QVERIFY(next);
    QVERIFY(*next != *id);
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(1));
}

void tst_Outbox::goesWithTheCallersTransaction()
{
    QFETCH(QString, backend);
    REQUIRE_BACKEND(backend);
    auto db = open(backend);
    QVERIFY(db);
    Outbox outbox(*db);
    QString error;
    {
        Transaction transaction(*db);
        QVERIFY2(transaction.begin(&error), qPrintable(error));
        QVERIFY(outbox.enqueue(OutboxSubject::Shipment, 4, kPush, QStringLiteral("v1"), 1));
        QCOMPARE(outbox.pendingCount().value_or(-1), qint64(1));
        transaction.rollback();
    }
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(0));
    {
        Transaction transaction(*db);
        QVERIFY2(transaction.begin(&error), qPrintable(error));
        QVERIFY(outbox.enqueue(OutboxSubject::Shipment, 4, kPush, QStringLiteral("v2"), 2));
        QVERIFY2(transaction.commit(&error), qPrintable(error));
    }
    QCOMPARE(outbox.pendingCount().value_or(-1), qint64(1));
    {
        // A coalescing update rolled back leaves the committed payload alone.
        Transaction transaction(*db);
        QVERIFY2(transaction.begin(&error), qPrintable(error));
        const auto id = outbox.enqueue(OutboxSubject::Shipment, 4, kPush, QStringLiteral("v3"), 3);
        QVERIFY(id);
        transaction.rollback();
        QCOMPARE(outbox.entry(*id)->version.value_or(-1), qint64(2));
        QCOMPARE(outbox.entry(*id)->payload, QStringLiteral("v2"));
    }
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
