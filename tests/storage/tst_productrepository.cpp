// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/database.h"
#include "storage/productrepository.h"
#include "storagebackends.h"

#include <QBuffer>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kSqlite = QStringLiteral("sqlite");
const QString kPostgres = QStringLiteral("postgresql");

bool importText(ProductRepository &repo, const char *csv, ProductImportReport *report)
{
    QByteArray bytes(csv);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return repo.importCsv(buffer, report);
}

} // namespace

#define OPEN_DB(db)                                                                                \
    QFETCH(QString, backend);                                                                      \
    VENDORPACK_REQUIRE_BACKEND(m_backends, backend);                                               \
    QString error;                                                                                 \
    auto db = Database::open(freshSettings(backend), &error);                                      \
    QVERIFY2(db, qPrintable(error))

// Products on SQLite and PostgreSQL: the CSV import with its error report, and the lookups.
class tst_ProductRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_backends.stop(); }

    void parsesQuotedCsvFields();
    void refusesAnUnclosedQuote();

    void importsGoodRowsAndReportsBadOnesByLine_data() { StorageBackends::addBackendColumn(); }
    void importsGoodRowsAndReportsBadOnesByLine();
    void findsProductsBySkuAndAnyGtinForm_data() { StorageBackends::addBackendColumn(); }
    void findsProductsBySkuAndAnyGtinForm();
    void reimportUpdatesAndRefusesGtinsOfOtherSkus_data() { StorageBackends::addBackendColumn(); }
    void reimportUpdatesAndRefusesGtinsOfOtherSkus();
    void refusesAFileWithoutHeader_data() { StorageBackends::addBackendColumn(); }
    void refusesAFileWithoutHeader();

private:
    DatabaseSettings freshSettings(const QString &backend)
    {
        return m_backends.freshSettings(backend, QStringLiteral("p"));
    }

    StorageBackends m_backends;
};

void tst_ProductRepository::initTestCase()
{
    if (!m_backends.start())
        return;
}

void tst_ProductRepository::parsesQuotedCsvFields()
{
    const QString text = QStringLiteral("a,\"b, with comma\",\"say \"\"hi\"\"\"\r\n"
                                        "\r\n"
                                        "x,\"two\nlines\",\n"
                                        "last,row");
    const auto records = ProductRepository::parseCsv(text, QLatin1Char(','));
    QVERIFY(records);
    QCOMPARE(records->size(), 3);
    QCOMPARE(records->at(0).line, 1);
    QCOMPARE(records->at(0).fields,
             QStringList({ QStringLiteral("a"), QStringLiteral("b, with comma"),
                           QStringLiteral("say \"hi\"") }));
    QCOMPARE(records->at(1).line, 3);
    QCOMPARE(records->at(1).fields,
             QStringList({ QStringLiteral("x"), QStringLiteral("two\nlines"), QString() }));
    QCOMPARE(records->at(2).line, 5);
    QCOMPARE(records->at(2).fields, QStringList({ QStringLiteral("last"), QStringLiteral("row") }));
}

void tst_ProductRepository::refusesAnUnclosedQuote()
{
    int line = 0;
    QVERIFY(!ProductRepository::parseCsv(u"a,b\nc,\"open\nd", QLatin1Char(','), &line));
    QCOMPARE(line, 2);
}

void tst_ProductRepository::importsGoodRowsAndReportsBadOnesByLine()
{
    OPEN_DB(db);
    ProductRepository repo(*db);
    ProductImportReport report;
    const char *csv = "SKU,GTIN,Description,Unit weight,Length,Width,Height,Dimension unit,"
                      "Case pack\n"
                      "ACM-1,00012345600012|4006381333931,\"Widget, large \"\"XL\"\"\","
                      "0.45 kg,30 cm,20 cm,100 mm,,12\n"
                      "ACM-2,614141000036 96385074,Gadget,16 oz,12,8,4,in,6\n"
                      "ACM-3,,\"Multi-line\ndescription\",250 g,,,,,\n"
                      "ACM-4,12345,Bad GTIN,1 kg,,,,,\n"
                      "ACM-5,4006381333932,Bad check digit,1 kg,,,,,\n"
                      "ACM-6,,Heavy,heavy,,,,,\n"
                      ",,No SKU,,,,,,\n"
                      "ACM-8,,Bad pack,,,,,,half\n"
                      "ACM-9,,No unit,2.5,,,,,\n";
    QVERIFY2(importText(repo, csv, &report), qPrintable(report.error));
    QVERIFY2(report.problems.size() == 6, qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(report.imported, 3);
    QCOMPARE(report.skipped, 6);
    const QStringList expected {
        QStringLiteral("line 6: GTIN 12345 has 5 digits; a GTIN has 8, 12, 13 or 14"),
        QStringLiteral("line 7: GTIN 4006381333932 has a wrong check digit"),
        QStringLiteral("line 8: unit weight 'heavy' is not a number"),
        QStringLiteral("line 9: the SKU is empty"),
        QStringLiteral("line 10: case pack 'half' is not a whole number above 0"),
        QStringLiteral("line 11: unit weight '2.5' has no unit (g, kg, oz or lb)"),
    };
    QCOMPARE(report.problems, expected);

    QCOMPARE(repo.size(), 3);
    const Product *p = repo.productBySku(u"ACM-1");
    QVERIFY(p);
    QCOMPARE(p->description, QStringLiteral("Widget, large \"XL\""));
    QVERIFY(p->unitWeightGrams);
    QVERIFY(qFuzzyCompare(*p->unitWeightGrams, 450.0));
    QCOMPARE(p->unitDimensions.unit, LengthUnit::Meter);
    QVERIFY(qFuzzyCompare(*p->unitDimensions.length, 0.3));
    QVERIFY(qFuzzyCompare(*p->unitDimensions.height, 0.1));
    QCOMPARE(p->casePack, std::optional<qint64>(12));
    QCOMPARE(p->gtins.size(), 2);
    const Product *q = repo.productBySku(u"ACM-2");
    QVERIFY(q);
    QVERIFY(qFuzzyCompare(*q->unitWeightGrams, 453.59237));
    QCOMPARE(q->unitDimensions.unit, LengthUnit::Inches);
    QCOMPARE(q->unitDimensions.width, std::optional<double>(8));
    QCOMPARE(repo.productBySku(u"ACM-3")->description, QStringLiteral("Multi-line\ndescription"));
    QVERIFY(!repo.productBySku(u"ACM-4"));

    // The cache is the table: a fresh repository loads the same.
    ProductRepository again(*db);
    QVERIFY2(again.load(&error), qPrintable(error));
    QCOMPARE(again.size(), 3);
    QCOMPARE(again.productBySku(u"ACM-1")->gtins, p->gtins);
}

void tst_ProductRepository::findsProductsBySkuAndAnyGtinForm()
{
    OPEN_DB(db);
    ProductRepository repo(*db);
    ProductImportReport report;
    QVERIFY2(importText(repo,
                        "sku;gtins;description\n"
                        "A-1;96385074 | 614141000036;eight and twelve\n"
                        "A-2;4006381333931;thirteen\n",
                        &report),
             qPrintable(report.error));
    QCOMPARE(report.problems, QStringList());
    const Product *a = repo.productBySku(u"A-1");
    QVERIFY(a);
    QCOMPARE(repo.productByGtin(u"96385074"), a);
    QCOMPARE(repo.productByGtin(u"00000096385074"), a);
    QCOMPARE(repo.productByGtin(u"614141000036"), a);
    QCOMPARE(repo.productByGtin(u"0614141000036"), a);
    QCOMPARE(repo.productByGtin(u"00614141000036"), a);
    const Product *b = repo.productBySku(u"A-2");
    QCOMPARE(repo.productByGtin(u"4006381333931"), b);
    QCOMPARE(repo.productByGtin(u"04006381333931"), b);
    QVERIFY(!repo.productByGtin(u"4006381333932"));
    QVERIFY(!repo.productByGtin(u"12345"));
    QVERIFY(!repo.productBySku(u"A-3"));
}

void tst_ProductRepository::reimportUpdatesAndRefusesGtinsOfOtherSkus()
{
    OPEN_DB(db);
    ProductRepository repo(*db);
    ProductImportReport report;
    QVERIFY(importText(repo, "SKU,GTIN,Description\nA-1,4006381333931,first\nB-1,96385074,b\n",
                       &report));
    QCOMPARE(report.imported, 2);
    QVERIFY(importText(repo,
                       "SKU,GTIN,Description\n"
                       "A-1,614141000036,second\n"
                       "C-1,96385074,steals B's GTIN\n",
                       &report));
    QCOMPARE(report.imported, 1);
    QCOMPARE(report.problems,
             QStringList({ QStringLiteral("line 3: GTIN 00000096385074 already belongs to "
                                          "SKU B-1") }));
    const Product *a = repo.productBySku(u"A-1");
    QVERIFY(a);
    QCOMPARE(a->description, QStringLiteral("second"));
    QCOMPARE(repo.productByGtin(u"614141000036"), a);
    QVERIFY(!repo.productByGtin(u"4006381333931")); // replaced
    QCOMPARE(repo.productByGtin(u"96385074"), repo.productBySku(u"B-1"));
    QVERIFY(!repo.productBySku(u"C-1"));
}

void tst_ProductRepository::refusesAFileWithoutHeader()
{
    OPEN_DB(db);
    ProductRepository repo(*db);
    ProductImportReport report;
    QVERIFY(!importText(repo, "A-1,4006381333931,first\n", &report));
    QVERIFY2(report.error.contains(QStringLiteral("no SKU column")), qPrintable(report.error));
    QVERIFY(!importText(repo, "", &report));
    QVERIFY(!importText(repo, "SKU,Description\nA,\"open\n", &report));
    QVERIFY2(report.error.contains(QStringLiteral("line 2")), qPrintable(report.error));
    QVERIFY(repo.load(&error));
    QCOMPARE(repo.size(), 0);
}

QTEST_GUILESS_MAIN(tst_ProductRepository)
#include "tst_productrepository.moc"
