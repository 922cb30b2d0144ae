// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderstestdata.h"
#include "ui/acknowledgementdialog.h"

#include "core/acknowledgementjson.h"
#include "packing/station.h"
#include "storage/database.h"
#include "storage/outbox.h"
#include "storage/purchaseorderrepository.h"
#include "storage/stockrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;
namespace Data = VendorPack::OrdersTestData;

// The acknowledgement editor through its widgets, against a real SQLite station.
class TestAcknowledgementDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        StationProfile profile;
        profile.userName = u"pat"_s;
        profile.stationName = u"dock-3"_s;
        QString error;
        m_station = Station::open(
            DatabaseSettings::sqlite(m_dir.filePath(u"station%1.sqlite"_s.arg(++m_counter))),
            profile, &error);
        QVERIFY2(m_station, qPrintable(error));
        QVERIFY2(
            m_station->purchaseOrders().upsert(
                { Data::order(
                    u"PO-1"_s, PurchaseOrderStatus::New, u"ABE8"_s, 60,
                    { { u"A-1"_s, 10, true }, { u"B-2"_s, 4, false }, { u"A-1"_s, 3, false } }) },
                &error),
            qPrintable(error));
        StockRepository stock(m_station->database());
        QVERIFY(stock.setQuantity(u"A-1"_s, 12, &error));
        QVERIFY(stock.setQuantity(u"B-2"_s, 1, &error));
    }
    void cleanup() { m_station.reset(); }

    void proposesChecksAndSends()
    {
        const auto order = m_station->purchaseOrders().load(u"PO-1"_s);
        QVERIFY(order);
        AcknowledgementDialog dialog(*m_station, *order);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto spin = [&](const char *name, int row) {
            auto *box
                = dialog.findChild<QSpinBox *>(QString::fromLatin1(name) + QString::number(row));
            if (!box)
                qFatal("no spin box %s%d", name, row);
            return box;
        };
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *message = dialog.findChild<QLabel *>(u"validationLabel"_s);
        QVERIFY(ok && message);

        // With stock known, the editor opens on the proposal; start from nothing to see it work.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"acceptAllButton"_s), Qt::LeftButton);
        QCOMPARE(spin("accepted_", 1)->value(), 4);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"proposeButton"_s), Qt::LeftButton);
        // 12 in stock, 10 to line 1 and 2 of the 3 of line 3 (rest rejected: no backorder).
        QCOMPARE(spin("stock_", 0)->value(), 12);
        QCOMPARE(spin("accepted_", 0)->value(), 10);
        QCOMPARE(spin("accepted_", 1)->value(), 1);
        QCOMPARE(spin("rejected_", 1)->value(), 3);
        QCOMPARE(dialog.findChild<QComboBox *>(u"reason_1"_s)->currentData().toInt(),
                 int(RejectionReason::TemporarilyUnavailable));
        QCOMPARE(spin("accepted_", 2)->value(), 2);
        QCOMPARE(spin("rejected_", 2)->value(), 1);
        QVERIFY(!spin("backordered_", 1)->isEnabled()); // no backorders on that line
        QVERIFY(ok->isEnabled());
        QVERIFY2(message->text().startsWith(u"Ready to send"_s), qPrintable(message->text()));

        // Typing a quantity that no longer adds up disables OK and says why.
        QSpinBox *accepted = spin("accepted_", 0);
        accepted->setFocus();
        accepted->selectAll();
        QTest::keyClicks(accepted, u"7"_s);
        QCOMPARE(accepted->value(), 7);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(message->text(),
                 u"Line 1 (SKU A-1): accepted 7 + backordered 0 + rejected 0 = 7, but 10 are "
                 "ordered"_s);
        // Pressing OK anyway (Enter) sends nothing.
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_station->outbox().pendingCount(), 0);

        // A rejection needs its reason.
        spin("backordered_", 0)->setValue(2);
        spin("rejected_", 0)->setValue(1);
        QVERIFY(!ok->isEnabled());
        QCOMPARE(message->text(), u"Line 1 (SKU A-1): the 1 rejected need a rejection reason"_s);
        auto *reason = dialog.findChild<QComboBox *>(u"reason_0"_s);
        QVERIFY(reason->isEnabled());
        reason->setCurrentIndex(reason->findData(int(RejectionReason::ObsoleteProduct)));
        QVERIFY(ok->isEnabled());

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const auto stored = m_station->purchaseOrders().load(u"PO-1"_s);
        QVERIFY(stored);
        const PurchaseOrderLine &first = stored->lines.at(0);
        QCOMPARE(first.acknowledgedQuantity(AcknowledgementCode::Accepted), 7);
        QCOMPARE(first.acknowledgedQuantity(AcknowledgementCode::Backordered), 2);
        QCOMPARE(first.acknowledgedQuantity(AcknowledgementCode::Rejected), 1);
        QCOMPARE(first.acknowledgements.last().rejectionReason, RejectionReason::ObsoleteProduct);
        QCOMPARE(stored->lines.at(1).acknowledgedQuantity(AcknowledgementCode::Rejected), 3);
        QCOMPARE(m_station->outbox().pendingCount(OutboxSubject::Acknowledgement), 1);
        const auto due = m_station->outbox().due(QDateTime::currentDateTimeUtc().addSecs(5), 5);
        QVERIFY(due && due->size() == 1);
        QCOMPARE(due->front().kind, u"acknowledge"_s);
        const AcknowledgementDocument body
            = AcknowledgementJson::read(due->front().payload.toUtf8());
        QVERIFY(body.readable);
        QCOMPARE(body.request.identifier, u"PO-1"_s);
        const auto audits = m_station->database().scalar(
            u"SELECT COUNT(*) FROM audit_log WHERE action = ?"_s, { u"po.acknowledge"_s });
        QVERIFY(audits);
        QCOMPARE(audits->toInt(), 1);
    }

    void importsStockAndKeepsItPerSku()
    {
        const auto order = m_station->purchaseOrders().load(u"PO-1"_s);
        AcknowledgementDialog dialog(*m_station, *order);
        const QString path = m_dir.filePath(u"stock.csv"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("SKU;Quantity\nA-1;2\nB-2;many\n");
        }
        StockImportReport report;
        QVERIFY2(dialog.importStockFile(path, &report), qPrintable(report.error));
        QCOMPARE(report.problems,
                 QStringList { u"line 3: quantity 'many' of SKU B-2 is not a whole number"_s });
        auto *stock0 = dialog.findChild<QSpinBox *>(u"stock_0"_s);
        auto *stock2 = dialog.findChild<QSpinBox *>(u"stock_2"_s);
        QCOMPARE(stock0->value(), 2);
        QCOMPARE(stock2->value(), 2); // the same SKU
        QCOMPARE(dialog.findChild<QSpinBox *>(u"stock_1"_s)->value(), 1); // kept
        dialog.proposeFromStock();
        QCOMPARE(dialog.splits().at(0), (LineSplit { 2, 8, 0, RejectionReason::None }));

        // Typing a SKU's stock saves it for the station and shows it on its other lines.
        stock2->setValue(20);
        Q_EMIT stock2->editingFinished();
        QCOMPARE(stock0->value(), 20);
        QCOMPARE(StockRepository(m_station->database()).load()->quantity(u"A-1"_s), 20);

        // An unreadable file changes nothing.
        QVERIFY(!dialog.importStockFile(m_dir.filePath(u"missing.csv"_s), &report));
        QVERIFY(report.error.startsWith(u"cannot read the stock file"_s));
        QCOMPARE(stock0->value(), 20);
    }

    void saysWhenChannelEngineHasAnAnswerAlready()
    {
        PurchaseOrder order = *m_station->purchaseOrders().load(u"PO-1"_s);
        {
            AcknowledgementDialog fresh(*m_station, order);
            QVERIFY(!fresh.findChild<QLabel *>(u"headerLabel"_s)->text().contains(u"Already"_s));
        }
        order.lines[1].acknowledgedDate = Data::now();
        AcknowledgementDialog dialog(*m_station, order);
        QVERIFY(dialog.findChild<QLabel *>(u"headerLabel"_s)
                    ->text()
                    .contains(u"Already acknowledged through ChannelEngine"_s));
    }

    void opensOnTheStoredAcknowledgement()
    {
        QMap<int, QList<Acknowledgement>> acks;
        for (int line = 0; line < 3; ++line) {
            Acknowledgement ack;
            ack.code = AcknowledgementCode::Accepted;
            ack.quantity = QList<int> { 10, 4, 3 }.at(line);
            acks.insert(line, { ack });
        }
        QVERIFY(m_station->purchaseOrders().saveAcknowledgements(u"PO-1"_s, acks, u"pat"_s,
                                                                 u"dock-3"_s));
        const auto order = m_station->purchaseOrders().load(u"PO-1"_s);
        AcknowledgementDialog dialog(*m_station, *order);
        QCOMPARE(dialog.splits(),
                 (QList<LineSplit> { { 10, 0, 0, RejectionReason::None },
                                     { 4, 0, 0, RejectionReason::None },
                                     { 3, 0, 0, RejectionReason::None } }));
        QVERIFY(dialog.problems().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<Station> m_station;
};

QTEST_MAIN(TestAcknowledgementDialog)
#include "tst_acknowledgementdialog.moc"
