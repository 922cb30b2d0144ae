// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/transaction.h"
#include "storagebackends.h"

#include <QTest>

using namespace VendorPack;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");
const QString kPush = QStringLiteral("shipment.push");

} // namespace

// The outbox on SQLite and PostgreSQL: coalescing, order per subject, backoff, confirmation.
class tst_Outbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void coalescesToTheNewestVersion_data() { StorageBackends::addBackendColumn(); }
    void coalescesToTheNewestVersion();
    void handsOutInOrderPerSubjectWithBackoff_data() { StorageBackends::addBackendColumn(); }
    void handsOutInOrderPerSubjectWithBackoff();
    void confirmingAnOldVersionKeepsTheNewerOne_data() { StorageBackends::addBackendColumn(); }
    void confirmingAnOldVersionKeepsTheNewerOne();
    void goesWithTheCallersTransaction_data() { StorageBackends::addBackendColumn(); }
    void goesWithTheCallersTransaction();

private:
    std::unique_ptr<Database> open(const QString &backend)
    {
        return m_backends.open(backend, QStringLiteral("o"));
    }

    StorageBackends m_backends;
};

void tst_Outbox::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_Outbox::coalescesToTheNewestVersion()
{
    QFETCH(QString, backend);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
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
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
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
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
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
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
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
