// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/shipmentrepository.h"
#include "storage/ssccledger.h"
#include "storagebackends.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kPrefix = QStringLiteral("0614141");
const QString kNumber = QStringLiteral("CRASH-1");

// What the tree holds of one node: its type and SSCC (empty for items).
struct StoredNode
{
    NodeType type = NodeType::Unknown;
    QString sscc;
    bool operator==(const StoredNode &other) const
    {
        return type == other.type && sscc == other.sscc;
    }
};

QHash<NodeId, StoredNode> nodesOf(const Shipment &shipment)
{
    QHash<NodeId, StoredNode> nodes;
    shipment.root()->forEach([&](const ShipmentNode *node) {
        if (node->isRoot())
            return;
        const ShipmentLine &line = node->line();
        nodes.insert(node->id(),
                     { line.type, line.type == NodeType::Item ? QString() : line.identifierValue });
    });
    return nodes;
}

} // namespace

// Kills a packing process with SIGKILL at random points, then reopens the database: every
// action it reported committed is there, none is half-done, no SSCC is issued twice.
class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void killedPackerLosesNothingCommitted_data();
    void killedPackerLosesNothingCommitted();

private:
    StorageBackends m_backends;
};

void tst_CrashSafety::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VENDORPACK_STORAGE_WORKER)), VENDORPACK_STORAGE_WORKER);
    if (!m_backends.start())
        return;
}

void tst_CrashSafety::killedPackerLosesNothingCommitted_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("sqlite") << StorageBackends::sqlite() << 15 << 20261125u;
    QTest::newRow("postgresql") << StorageBackends::postgresql() << 10 << 5150u;
}

void tst_CrashSafety::killedPackerLosesNothingCommitted()
{
    QFETCH(QString, backend);
    QFETCH(int, rounds);
    QFETCH(quint32, seed);
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);
    const DatabaseSettings settings = m_backends.freshSettings(backend, QStringLiteral("crash"));
    QString error;
    {
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY2(SsccLedger(*db).configureRange(kPrefix, 0, 1, 999999, &error), qPrintable(error));
    }
    const bool sqlite = backend == StorageBackends::sqlite();
    const QString location
        = sqlite ? settings.sqlitePath : settings.postgresUrl.toString(QUrl::FullyEncoded);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!sqlite) // the password reaches the child the way it reaches a station: never as argument
        environment.insert(QString::fromLatin1(DatabaseSettings::kPasswordVariable),
                           m_backends.postgres()->password());

    QRandomGenerator random(seed);
    std::optional<qint64> shipmentId;
    QHash<NodeId, StoredNode> expected; // the tree as of the last committed action we know of
    QSet<NodeId> usedIds; // every node id that was ever stored
    QSet<QString> reported; // every SSCC the child reported drawn, over all rounds
    qint64 storedVersion = 0;
    qint64 ledgerRowsBefore = 0;
    int committed = 0;
    int unreported = 0; // rounds killed between a COMMIT and its report

    for (int round = 0; round < rounds; ++round) {
        const QString where = QStringLiteral("round %1: ").arg(round);
        QProcess child;
        child.setProcessEnvironment(environment);
        child.start(
            QStringLiteral(VENDORPACK_STORAGE_WORKER),
            { QStringLiteral("pack"), location, kNumber, QString::number(seed + quint32(round)) });
        QVERIFY2(child.waitForStarted(10000), qPrintable(where + child.errorString()));
        // A random point: in one round of four any time from the start (perhaps before the
        // database is open), else some time after the first commit, during an action or between
        // two (counted from the first commit, so a slow start on a busy machine still packs).
        const bool fromStart = random.bounded(4) == 0;
        const int delayMs = fromStart ? int(random.bounded(15, 400)) : int(random.bounded(0, 250));
        QElapsedTimer timer;
        timer.start();
        if (!fromStart) {
            while (!child.canReadLine() && timer.elapsed() < 20000
                   && child.state() == QProcess::Running)
                child.waitForReadyRead(5);
            timer.restart();
        }
        while (timer.elapsed() < delayMs && child.state() == QProcess::Running)
            child.waitForReadyRead(5);
        if (child.state() == QProcess::Running) {
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
        }
        const QByteArray stderrText = child.readAllStandardError();
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(where + QStringLiteral("the packer stopped on its own: ")
                            + QString::fromLocal8Bit(stderrText)));

        // What the child said it committed, applied to our copy of the tree.
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        qint64 lastVersion = storedVersion;
        qint64 reportedThisRound = 0;
        for (int i = 0; i + 1 < lines.size(); ++i) { // the part after the last \n is incomplete
            const QStringList f = QString::fromLatin1(lines.at(i)).split(QLatin1Char(' '));
            if (f.size() == 2 && f.at(0) == QLatin1String("created")) {
                QVERIFY2(!shipmentId, qPrintable(where + QStringLiteral("created twice")));
                shipmentId = f.at(1).toLongLong();
                lastVersion = 1;
                continue;
            }
            QVERIFY2(f.size() == 4, lines.at(i).constData());
            if (f.at(0) == QLatin1String("spare")) {
                QVERIFY2(!reported.contains(f.at(3)),
                         qPrintable(where + f.at(3) + QStringLiteral(" twice")));
                reported.insert(f.at(3));
                ++reportedThisRound;
                ++committed;
                continue;
            }
            const qint64 version = f.at(0).toLongLong();
            QVERIFY2(
                version == lastVersion + 1,
                qPrintable(where
                           + QStringLiteral("version %1 after %2").arg(version).arg(lastVersion)));
            lastVersion = version;
            ++committed;
            const NodeId node = NodeId(f.at(2).toLongLong());
            const QString &action = f.at(1);
            if (action == QLatin1String("remove")) {
                QVERIFY2(expected.remove(node) == 1,
                         qPrintable(where
                                    + QStringLiteral("removed "
                                                     "unknown")));
                continue;
            }
            QVERIFY2(!usedIds.contains(node),
                     qPrintable(where + QStringLiteral("node id %1 reissued").arg(node)));
            usedIds.insert(node);
            if (action == QLatin1String("item")) {
                expected.insert(node, { NodeType::Item, QString() });
                continue;
            }
            QVERIFY2(!reported.contains(f.at(3)),
                     qPrintable(where + f.at(3) + QStringLiteral(" twice")));
            reported.insert(f.at(3));
            ++reportedThisRound;
            expected.insert(
                node,
                { action == QLatin1String("pallet") ? NodeType::Pallet : NodeType::Carton,
                  f.at(3) });
        }

        // Reopen as the station would after the crash.
        auto db = Database::open(settings, &error);
        QVERIFY2(db, qPrintable(where + error));
        if (sqlite)
            QCOMPARE(db->scalar(QStringLiteral("PRAGMA integrity_check"))->toString(),
                     QStringLiteral("ok"));
        ShipmentRepository repository(*db);
        SsccLedger ledger(*db);
        ShipmentRepository::Error repoError;
        const auto storedId = repository.idOf(kNumber, &repoError);
        if (!shipmentId) {
            if (!storedId) { // killed before the shipment was created
                QCOMPARE(repoError.kind, ShipmentRepository::Error::Kind::NotFound);
                continue;
            }
            shipmentId = *storedId; // created, killed before it said so
            lastVersion = 1;
        }
        QCOMPARE(storedId.value_or(-1), *shipmentId);
        const auto shipment = repository.load(*shipmentId, &repoError);
        QVERIFY2(shipment, qPrintable(where + repoError.message));
        const qint64 version = shipment->version();
        // The last action may have committed without the child living to say so.
        QVERIFY2(
            version == lastVersion || version == lastVersion + 1,
            qPrintable(
                where
                + QStringLiteral("stored version %1, reported %2").arg(version).arg(lastVersion)));
        const QHash<NodeId, StoredNode> stored = nodesOf(*shipment);
        // Every reported node is there as reported, except that the one unreported commit (if
        // any) added one node or removed one item.
        const qsizetype extra = stored.size() - expected.size();
        const bool oneMore = version == lastVersion + 1;
        QVERIFY2(oneMore ? (extra == 1 || extra == -1) : extra == 0,
                 qPrintable(where + QStringLiteral("%1 nodes more than committed").arg(extra)));
        int missing = 0;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const auto found = stored.constFind(it.key());
            if (found == stored.cend() && oneMore && extra == -1 && it->type == NodeType::Item
                && ++missing == 1)
                continue; // removed by the unreported commit
            QVERIFY2(
                found != stored.cend() && *found == it.value(),
                qPrintable(where
                           + QStringLiteral("committed node %1 is lost or changed").arg(it.key())));
        }

        // Each action's audit entry and version bump went together.
        const auto audit = AuditLog(*db).entries(*shipmentId, &error);
        QVERIFY2(audit, qPrintable(error));
        QCOMPARE(qint64(audit->size()), version);
        // One pending push, of the stored version.
        if (version > 1) {
            const auto due
                = Outbox(*db).due(QDateTime::currentDateTimeUtc().addYears(1), 10, &error);
            QVERIFY2(due, qPrintable(error));
            QCOMPARE(due->size(), size_t(1));
            QCOMPARE(due->front().version.value_or(-1), version);
        }

        // The tree and the ledger agree: every container's SSCC is allocated to that node, and
        // the ledger holds no node's SSCC that the tree lacks (containers are never removed).
        int containers = 0;
        QSet<QString> treeSsccs;
        for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
            usedIds.insert(it.key());
            if (it->type == NodeType::Item)
                continue;
            ++containers;
            QVERIFY2(!treeSsccs.contains(it->sscc),
                     qPrintable(where + it->sscc + QStringLiteral(" twice")));
            treeSsccs.insert(it->sscc);
            const auto entry = ledger.entry(it->sscc, &error);
            QVERIFY2(entry, qPrintable(where + it->sscc + QStringLiteral(" not in the ledger")));
            QCOMPARE(entry->state, SsccState::Allocated);
            QCOMPARE(entry->shipmentId.value_or(-1), *shipmentId);
            QCOMPARE(entry->nodeId.value_or(-1), qint64(it.key()));
        }
        QCOMPARE(db->scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger WHERE node_id IS "
                                           "NOT NULL"))
                     ->toInt(),
                 containers);
        // No serial skipped or drawn twice; everything reported is there.
        const qint64 ledgerRows
            = db->scalar(QStringLiteral("SELECT COUNT(*) FROM sscc_ledger"))->toLongLong();
        QCOMPARE(db->scalar(QStringLiteral("SELECT next_serial FROM sscc_serials"))->toLongLong(),
                 ledgerRows + 1);
        // What this round drew: what it reported, and at most the one it did not live to report.
        const qint64 drawn = ledgerRows - ledgerRowsBefore;
        QVERIFY2(
            drawn == reportedThisRound || drawn == reportedThisRound + 1,
            qPrintable(
                where
                + QStringLiteral("%1 SSCCs drawn, %2 reported").arg(drawn).arg(reportedThisRound)));
        ledgerRowsBefore = ledgerRows;
        if (version == lastVersion + 1 || drawn == reportedThisRound + 1)
            ++unreported;
        for (const QString &sscc : std::as_const(reported))
            QVERIFY2(ledger.entry(sscc), qPrintable(where + sscc + QStringLiteral(" lost")));
        for (const QString &sscc : std::as_const(treeSsccs))
            reported.insert(sscc);
        // A new node never takes an id that was used.
        const NodeId fresh = shipment->nextNodeId();
        for (NodeId id : std::as_const(usedIds))
            QVERIFY(id < fresh);

        expected = stored;
        storedVersion = version;
    }
    qInfo("%s: %d rounds, %d actions reported, version %lld, %d kills after an unreported "
          "commit",
          qPrintable(backend), rounds, committed, storedVersion, unreported);
    QVERIFY2(committed >= rounds, "the packer hardly got to work; the kill points prove little");
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
