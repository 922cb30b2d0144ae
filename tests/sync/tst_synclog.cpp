// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/synclog.h"
#include "sync/syncstatus.h"
#include "ui/syncbanner.h"
#include "ui/synclogview.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace VendorPack;

// The sync event log model, its view, and the banner's states over a SyncStatus.
class tst_SyncLog : public QObject
{
    Q_OBJECT

private:
    static SyncEvent event(int n, bool failed = false)
    {
        SyncEvent e;
        e.time = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addSecs(n);
        e.subject = QStringLiteral("Shipment SHP-1 v%1").arg(n);
        e.action = QStringLiteral("push");
        e.result = failed ? QStringLiteral("offline") : QStringLiteral("updated");
        e.requestId = QStringLiteral("req-%1").arg(n);
        e.failed = failed;
        return e;
    }

private Q_SLOTS:
    void keepsTheNewestEventsUpToItsCapacity()
    {
        SyncLog log(5);
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy appended(&log, &SyncLog::eventAppended);
        for (int n = 1; n <= 8; ++n)
            log.append(event(n, n % 3 == 0));
        QCOMPARE(appended.count(), 8);
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.columnCount(), int(SyncLog::ColumnCount));
        QCOMPARE(log.data(log.index(0, SyncLog::SubjectColumn)).toString(),
                 QStringLiteral("Shipment SHP-1 v4"));
        QCOMPARE(log.data(log.index(4, SyncLog::RequestIdColumn)).toString(),
                 QStringLiteral("req-8"));
        QCOMPARE(log.data(log.index(2, SyncLog::ResultColumn), SyncLog::FailedRole).toBool(),
                 true); // event 6
        QCOMPARE(log.headerData(SyncLog::RequestIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Request id"));
        log.clear();
        QCOMPARE(log.rowCount(), 0);
    }

    void viewShowsTheLog()
    {
        SyncLog log;
        SyncLogView view(log);
        view.resize(600, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int n = 1; n <= 40; ++n)
            log.append(event(n));
        QCOMPARE(view.model()->rowCount(), 40);
        // Following the newest row.
        QVERIFY(view.verticalScrollBar()->maximum() > 0);
        QTRY_COMPARE(view.verticalScrollBar()->value(), view.verticalScrollBar()->maximum());
        QVERIFY(view.indexAt(QPoint(5, 5)).isValid());
    }

    void bannerFollowsTheStatus_data()
    {
        QTest::addColumn<bool>("online");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<int>("waiting");
        QTest::addColumn<bool>("contacted");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("all well") << true << false << 3 << true << int(SyncBanner::State::Hidden)
                                  << QString();
        QTest::newRow("offline, five waiting")
            << false << false << 5 << true << int(SyncBanner::State::Offline)
            << QStringLiteral("Offline — 5 changes waiting, last contact ");
        QTest::newRow("offline, nothing waiting")
            << false << false << 0 << true << int(SyncBanner::State::Offline)
            << QStringLiteral("Offline — nothing waiting, last contact ");
        QTest::newRow("offline, never reached")
            << false << false << 1 << false << int(SyncBanner::State::Offline)
            << QStringLiteral("Offline — 1 change waiting, no contact yet");
        QTest::newRow("key refused") << true << true << 2 << true << int(SyncBanner::State::Paused)
                                     << QStringLiteral("Sync paused: the API key was refused");
    }

    void bannerFollowsTheStatus()
    {
        QFETCH(bool, online);
        QFETCH(bool, paused);
        QFETCH(int, waiting);
        QFETCH(bool, contacted);
        QFETCH(int, state);
        QFETCH(QString, prefix);
        SyncStatus status;
        SyncBanner banner(status);
        banner.show();
        if (contacted)
            status.setContact(QDateTime::currentDateTimeUtc());
        status.setWaiting(waiting, 0);
        status.setOnline(online);
        status.setPaused(paused, QStringLiteral("the API key was refused"));
        QCOMPARE(int(banner.state()), state);
        QCOMPARE(banner.isVisible(), state != int(SyncBanner::State::Hidden));
        if (prefix.isEmpty())
            QVERIFY(banner.text().isEmpty());
        else
            QVERIFY2(banner.text().startsWith(prefix), qPrintable(banner.text()));
        if (state == int(SyncBanner::State::Offline)) {
            QSignalSpy retry(&banner, &SyncBanner::syncNowRequested);
            for (QPushButton *button : banner.findChildren<QPushButton *>()) {
                if (button->isVisible())
                    QTest::mouseClick(button, Qt::LeftButton);
            }
            QCOMPARE(retry.count(), 1);
        }
        // Back to normal: hidden.
        status.setPaused(false);
        status.setContact(QDateTime::currentDateTimeUtc());
        QCOMPARE(banner.state(), SyncBanner::State::Hidden);
        QVERIFY(banner.isHidden());
    }
};

QTEST_MAIN(tst_SyncLog)
#include "tst_synclog.moc"
