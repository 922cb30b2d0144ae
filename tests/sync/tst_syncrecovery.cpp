// SPDX-License-Identifier: GPL-3.0-or-later
#include "synctestsupport.h"

#include "core/ordersjson.h"
#include "storage/purchaseorderrepository.h"
#include "sync/syncstatestore.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace VendorPack;
using namespace VendorPack::SyncTestSupport;

// A station process killed with SIGKILL in the middle of pushing, against the sandbox
// executable (which survives): restarted, it resumes and converges, and the shipment is never
// created twice.
class tst_SyncRecovery : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_baseUrl;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("VENDORPACK_SANDBOX_KEY"), kKey);
        env.insert(QStringLiteral("VENDORPACK_SYNC_TEST_KEY"), kKey);
        return env;
    }

    std::unique_ptr<QProcess> startWorker(const QString &database, bool exitWhenDrained)
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments = { QStringLiteral("--database"), database,
                                  QStringLiteral("--base-url"), m_baseUrl.toString() };
        if (exitWhenDrained)
            arguments.append(QStringLiteral("--exit-when-drained"));
        process->start(QStringLiteral(VENDORPACK_BINARY_DIR "/tests/sync/sync_worker_process"),
                       arguments);
        return process;
    }

    // Waits until the process prints a line starting with `prefix`; the lines read so far.
    static bool waitForLine(QProcess &process, const QString &prefix, QStringList *seen,
                            int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                seen->append(line);
                if (line.startsWith(prefix))
                    return true;
            }
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox.setProcessEnvironment(environment());
        // Every API answer comes 700 ms after the work is done: a kill in that window leaves a
        // POST or PUT applied on the API and unconfirmed at the station.
        m_sandbox.start(QStringLiteral(VENDORPACK_BINARY_DIR "/src/app/vendorpack-sandbox"),
                        { QStringLiteral("--orders"), QStringLiteral("0"),
                          QStringLiteral("--latency-ms"), QStringLiteral("700"),
                          QStringLiteral("--export-delay"), QStringLiteral("0") });
        QVERIFY(m_sandbox.waitForStarted(10000));
        QVERIFY(m_sandbox.waitForReadyRead(10000));
        const QString first = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        const QRegularExpressionMatch match
            = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+/api)")).match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        m_baseUrl = QUrl(match.captured(1));
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000))
            m_sandbox.kill();
    }

    void killedMidPushResumesWithoutDuplicate()
    {
        SandboxHttp http(m_baseUrl, kKey);
        const QString database = m_dir.filePath(QStringLiteral("station.sqlite"));
        QString error;
        std::unique_ptr<Station> station = openStation(database, &error);
        QVERIFY2(station, qPrintable(error));
        ShipmentGenerator::Result made = generated(61, 1, 4, 3);
        QVERIFY2(made.shipment, qPrintable(made.error));
        QVERIFY(station->purchaseOrders().upsert(made.orders, &error));
        QCOMPARE(
            http.post(QStringLiteral("/admin/purchase-orders"), OrdersJson::write(made.orders)),
            201);
        const qint64 id = storeAndEnqueue(*station, *made.shipment, &error);
        QVERIFY2(id > 0, qPrintable(error));
        const QString number = made.shipment->header().merchantShipmentNo;
        Editor editor(*station, id, 9);
        SyncStateStore store(station->database());

        // 1. Killed while the first POST is applied on the API but not yet answered.
        {
            std::unique_ptr<QProcess> worker = startWorker(database, false);
            QStringList seen;
            QVERIFY2(waitForLine(*worker, QStringLiteral("push-started"), &seen),
                     qPrintable(seen.join(QLatin1Char('\n'))));
            QTRY_COMPARE_WITH_TIMEOUT(http.calls(number).posts, 1, 5000);
            worker->kill();
            QVERIFY(worker->waitForFinished(5000));
            QCOMPARE(worker->exitStatus(), QProcess::CrashExit);
        }
        auto record = store.record(id);
        QVERIFY(record);
        QVERIFY(!record->pushedVersion); // never confirmed
        QCOMPARE(record->lastAttempt.outcome, PushOutcome::Pushing);
        QVERIFY(record->lastAttempt.mayExist);

        // 2. More packing, then killed in the middle of the PUT.
        for (int i = 0; i < 5 || editor.needsRepair(); ++i)
            QVERIFY2(editor.edit(&error), qPrintable(error));
        {
            const int puts = http.calls(number).putAttempts;
            std::unique_ptr<QProcess> worker = startWorker(database, false);
            QStringList seen;
            QVERIFY2(waitForLine(*worker, QStringLiteral("push-started"), &seen),
                     qPrintable(seen.join(QLatin1Char('\n'))));
            QTRY_VERIFY_WITH_TIMEOUT(http.calls(number).putAttempts > puts, 8000);
            worker->kill();
            QVERIFY(worker->waitForFinished(5000));
            QCOMPARE(worker->exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(http.calls(number).postAttempts, 1);

        // 3. More packing; restarted, it drains and exits.
        for (int i = 0; i < 5 || editor.needsRepair(); ++i)
            QVERIFY2(editor.edit(&error), qPrintable(error));
        {
            std::unique_ptr<QProcess> worker = startWorker(database, true);
            QStringList seen;
            QVERIFY2(waitForLine(*worker, QStringLiteral("drained"), &seen, 40000),
                     qPrintable(seen.join(QLatin1Char('\n'))));
            QVERIFY(worker->waitForFinished(5000));
            QCOMPARE(worker->exitCode(), 0);
        }
        record = store.record(id);
        const qint64 version = station->shipments().version(id).value_or(-1);
        QCOMPARE(record->pushedVersion.value_or(-1), version);
        QCOMPARE(record->lastAttempt.outcome, PushOutcome::Confirmed);
        const SandboxHttp::Calls calls = http.calls(number);
        QCOMPARE(calls.posts, 1);
        QCOMPARE(calls.postAttempts, 1); // after the lost answer it looked up, never POSTed again
        const std::unique_ptr<Shipment> local = station->shipments().load(id);
        QCOMPARE(canonical(http.storedShipment(number)), canonical(*local));
    }
};

QTEST_GUILESS_MAIN(tst_SyncRecovery)
#include "tst_syncrecovery.moc"
