// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/stockrepository.h"
#include "storagebackends.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;

namespace {

bool importText(StockRepository &repo, const QByteArray &csv, StockImportReport *report)
{
    QByteArray bytes(csv);
    QBuffer buffer(&bytes);
    return repo.importCsv(buffer, u"stock.csv"_s, report);
}

QString sourceOf(Database &db, const QString &sku)
{
    const auto value = db.scalar(u"SELECT source FROM stock_levels WHERE sku = ?"_s, { sku });
    return value ? value->toString() : u"(error)"_s;
}

} // namespace

#define OPEN_DB(db)                                                                                \
    QFETCH(QString, backend);                                                                      \
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);                                               \
    QString error;                                                                                 \
    auto db = m_backends.open(backend, u"stock"_s);                                                \
    QVERIFY(db)

// Stock levels on SQLite and PostgreSQL: manual quantities and the CSV import.
class tst_StockRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!m_backends.start())
            return;
    }
    void cleanupTestCase() { m_backends.stop(); }

    void setsAndLoadsManualQuantities_data() { StorageBackends::addBackendColumn(); }
    void setsAndLoadsManualQuantities()
    {
        OPEN_DB(db);
        StockRepository repo(*db);
        auto empty = repo.load(&error);
        QVERIFY2(empty, qPrintable(error));
        QVERIFY(empty->isEmpty());

        QVERIFY2(repo.setQuantity(u"A-1"_s, 12, &error), qPrintable(error));
        QVERIFY2(repo.setQuantity(u" B-2 "_s, 0, &error), qPrintable(error));
        QVERIFY2(repo.setQuantity(u"A-1"_s, 7, &error), qPrintable(error));
        auto stock = repo.load(&error);
        QVERIFY2(stock, qPrintable(error));
        QCOMPARE(stock->all(), (QHash<QString, qint64> { { u"A-1"_s, 7 }, { u"B-2"_s, 0 } }));
        QCOMPARE(sourceOf(*db, u"A-1"_s), StockRepository::manualSource());

        QVERIFY(!repo.setQuantity(u"A-1"_s, -1, &error));
        QCOMPARE(error, u"the stock of SKU A-1 cannot be negative (-1)"_s);
        QVERIFY(!repo.setQuantity(u"  "_s, 3, &error));
        QCOMPARE(error, u"a stock level needs a SKU"_s);
        QCOMPARE(repo.load()->quantity(u"A-1"_s), 7);
    }

    void importsACsvAndReportsBadRowsByLine_data() { StorageBackends::addBackendColumn(); }
    void importsACsvAndReportsBadRowsByLine()
    {
        OPEN_DB(db);
        StockRepository repo(*db);
        QVERIFY(repo.setQuantity(u"KEEP"_s, 4));
        QVERIFY(repo.setQuantity(u"A-1"_s, 1));
        StockImportReport report;
        QVERIFY2(importText(repo, "SKU;Quantity\nA-1;10\nB-2;x\nC-3;5\n", &report),
                 qPrintable(report.error));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.problems,
                 QStringList { u"line 3: quantity 'x' of SKU B-2 is not a whole number"_s });
        const auto stock = repo.load(&error);
        QVERIFY2(stock, qPrintable(error));
        QCOMPARE(stock->all(),
                 (QHash<QString, qint64> { { u"KEEP"_s, 4 }, { u"A-1"_s, 10 }, { u"C-3"_s, 5 } }));
        QCOMPARE(sourceOf(*db, u"A-1"_s), u"stock.csv"_s);
        QCOMPARE(sourceOf(*db, u"KEEP"_s), StockRepository::manualSource());
    }

    void unreadableFileChangesNothing_data() { StorageBackends::addBackendColumn(); }
    void unreadableFileChangesNothing()
    {
        OPEN_DB(db);
        StockRepository repo(*db);
        QVERIFY(repo.setQuantity(u"A-1"_s, 3));
        StockImportReport report;
        QFile missing(u"/nonexistent/stock.csv"_s);
        QVERIFY(!repo.importCsv(missing, u"stock.csv"_s, &report));
        QVERIFY2(report.error.startsWith(u"cannot read the stock file"_s),
                 qPrintable(report.error));
        QVERIFY(!importText(repo, "SKU,Quantity\n", &report));
        QCOMPARE(report.error, u"the stock file has no rows of SKU and quantity"_s);
        QCOMPARE(repo.load()->all(), (QHash<QString, qint64> { { u"A-1"_s, 3 } }));
    }

    void importIsOneTransaction_data() { StorageBackends::addBackendColumn(); }
    void importIsOneTransaction()
    {
        OPEN_DB(db);
        StockRepository repo(*db);
        QVERIFY(repo.setQuantity(u"A-1"_s, 3));
        // The second row is refused after the first was written: the first is rolled back.
        const QList<StockRow> rows { { 2, u"A-1"_s, 50 }, { 3, u"B-2"_s, -5 } };
        QVERIFY(!repo.importRows(rows, u"stock.csv"_s, &error));
        QCOMPARE(error, u"line 3: SKU 'B-2' with quantity -5 cannot be stored"_s);
        QCOMPARE(repo.load()->all(), (QHash<QString, qint64> { { u"A-1"_s, 3 } }));
        QCOMPARE(sourceOf(*db, u"A-1"_s), StockRepository::manualSource());
        // The connection is usable afterwards.
        QVERIFY2(repo.importRows({ { 2, u"A-1"_s, 50 } }, u"stock.csv"_s, &error),
                 qPrintable(error));
        QCOMPARE(repo.load()->quantity(u"A-1"_s), 50);
    }

private:
    StorageBackends m_backends;
};

QTEST_GUILESS_MAIN(tst_StockRepository)
#include "tst_stockrepository.moc"
