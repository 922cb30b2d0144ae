// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stocklevels.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace VendorPack;
using namespace Qt::StringLiterals;

// Reading stock CSV files: header detection, separators, and the line-numbered report.
class TestStockLevels : public QObject
{
    Q_OBJECT

private slots:
    void readsStockCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("rows"); // "line:SKU=quantity"
        QTest::addColumn<QStringList>("problems");

        QTest::newRow("no header, commas")
            << QByteArray("A-1,10\nB-2,0\n") << QStringList { u"1:A-1=10"_s, u"2:B-2=0"_s }
            << QStringList();
        QTest::newRow("header, semicolons, CRLF, BOM")
            << QByteArray("\xEF\xBB\xBFSKU;Quantity\r\nA-1;10\r\n\r\nB-2;7\r\n")
            << QStringList { u"2:A-1=10"_s, u"4:B-2=7"_s } << QStringList();
        QTest::newRow("header names the columns in another order")
            << QByteArray("Location,On hand,Merchant product no\nDOCK,5,A-1\n")
            << QStringList { u"2:A-1=5"_s } << QStringList();
        QTest::newRow("quoted fields")
            << QByteArray("sku,qty\n\"A,1\",\"12\"\n\"B \"\"2\"\"\",3\n")
            << QStringList { u"2:A,1=12"_s, u"3:B \"2\"=3"_s } << QStringList();
        QTest::newRow("bad rows are reported by line")
            << QByteArray("SKU,Quantity\nA-1,10\n,5\nB-2,ten\nC-3,-4\nD-4\nE-5,2.5\nA-1,3\nF-6,6\n")
            << QStringList { u"2:A-1=10"_s, u"9:F-6=6"_s }
            << QStringList {
                   u"line 3: the SKU is empty"_s,
                   u"line 4: quantity 'ten' of SKU B-2 is not a whole number"_s,
                   u"line 5: quantity -4 of SKU C-3 is negative"_s,
                   u"line 6: SKU D-4 has no quantity"_s,
                   u"line 7: quantity '2.5' of SKU E-5 is not a whole number"_s,
                   u"line 8: SKU A-1 is listed again (first on line 2); the first quantity is "
                   "kept"_s,
               };
    }

    void readsStockCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, problems);
        const StockImportReport report = StockLevels::readCsv(csv);
        QCOMPARE(report.error, QString());
        QStringList read;
        for (const StockRow &row : report.rows)
            read.append(QStringLiteral("%1:%2=%3").arg(row.line).arg(row.sku).arg(row.quantity));
        QCOMPARE(read, rows);
        QCOMPARE(report.problems, problems);
        QCOMPARE(report.skipped(), int(problems.size()));
    }

    void refusesFilesWithoutStock_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray("\n \n")
                               << u"the stock file is empty; it needs rows of SKU and quantity"_s;
        QTest::newRow("header only")
            << QByteArray("SKU,Quantity\n") << u"the stock file has no rows of SKU and quantity"_s;
        QTest::newRow("one column")
            << QByteArray("A-1\nB-2\n")
            << u"line 1: the stock file needs two columns, SKU and quantity, separated by "
               "commas or semicolons"_s;
        QTest::newRow("half a header") << QByteArray("Name,Quantity\nA,1\n")
                                       << u"line 1: the header names a quantity column but not "
                                          "the SKU column"_s;
    }

    void refusesFilesWithoutStock()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, error);
        QCOMPARE(StockLevels::readCsv(csv).error, error);
        // Nothing changes.
        StockLevels stock;
        stock.setQuantity(u"A"_s, 3);
        QBuffer buffer(&csv);
        StockImportReport report;
        QVERIFY(!stock.importCsv(buffer, &report));
        QCOMPARE(report.error, error);
        QCOMPARE(stock.size(), 1);
        QCOMPARE(stock.quantity(u"A"_s), 3);
    }

    void importsNothingFromAnUnreadableFile()
    {
        StockLevels stock;
        stock.setQuantity(u"A"_s, 3);
        QFile missing(QStringLiteral("/nonexistent/stock.csv"));
        StockImportReport report;
        QVERIFY(!stock.importCsv(missing, &report));
        QVERIFY2(report.error.startsWith(u"cannot read the stock file: "_s),
                 qPrintable(report.error));
        QCOMPARE(stock.all(), (QHash<QString, qint64> { { u"A"_s, 3 } }));
    }

    void importKeepsOtherSkusAndReplacesListedOnes()
    {
        StockLevels stock;
        stock.setQuantity(u"A"_s, 3);
        stock.setQuantity(u"B"_s, 4);
        QByteArray csv("B,10\nC,bad\nD,1\n");
        QBuffer buffer(&csv);
        StockImportReport report;
        QVERIFY(stock.importCsv(buffer, &report));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.problems.size(), 1);
        QCOMPARE(stock.quantity(u"A"_s), 3);
        QCOMPARE(stock.quantity(u"B"_s), 10);
        QVERIFY(!stock.contains(u"C"_s));
        QCOMPARE(stock.quantity(u"D"_s), 1);
        QCOMPARE(stock.quantity(u"unknown"_s), 0);
    }
};

QTEST_APPLESS_MAIN(TestStockLevels)
#include "tst_stocklevels.moc"
