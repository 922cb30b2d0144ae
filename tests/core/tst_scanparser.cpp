// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gs1.h"
#include "core/scanparser.h"
#include "core/sscc.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace VendorPack;

namespace {

const QString kGs = QStringLiteral("\x1D");

QString kindText(Scan::Kind kind)
{
    return QString(Scan::kindName(kind));
}

QString describe(const Scan &scan)
{
    return kindText(scan.kind) + QLatin1String(" value=\"") + scan.value
        + QLatin1String("\" error=\"") + scan.error + QLatin1Char('"');
}

QStringList elementTexts(const Scan &scan)
{
    QStringList texts;
    for (const auto &element : scan.elements)
        texts.append(element.first + QLatin1Char('=') + element.second);
    return texts;
}

// Readable row names for inputs with control characters.
QByteArray visible(const QString &text)
{
    QString shown = text;
    shown.replace(QChar(0x1D), QLatin1String("<GS>"));
    shown.replace(QLatin1Char('\r'), QLatin1String("<CR>"));
    shown.replace(QLatin1Char('\n'), QLatin1String("<LF>"));
    shown.replace(QLatin1Char('\t'), QLatin1String("<TAB>"));
    return shown.toUtf8();
}

} // namespace

// Tests what the parser makes of scanner input, and that it never merges two scans into one.
class TestScanParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidScans_data();
    void parsesValidScans();
    void readsGs1Fields_data();
    void readsGs1Fields();
    void refusesInvalidScans_data();
    void refusesInvalidScans();
    void refusesTwoScansRunTogether_data();
    void refusesTwoScansRunTogether();
    void refusesEveryPairOfScansRunTogether();
    void keepsRawText();
    void splitScans_data();
    void splitScans();
    void splitThenParseReadsEachScan();
    void neverCrashesOnRandomInput();
};

void TestScanParser::parsesValidScans_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("count");

    const QString sscc = QStringLiteral("Sscc");
    const QString gtin = QStringLiteral("Gtin");
    const QString content = QStringLiteral("CaseContent");
    const QString sku = QStringLiteral("Sku");
    const QString quantity = QStringLiteral("Quantity");
    const QString ssccDigits = QStringLiteral("106141411234567897");

    // SSCCs: the NOTES.md section 4.2 vectors, and every form a scanner or a person sends.
    QTest::newRow("SSCC 123456789012345675") << QStringLiteral("123456789012345675") << sscc
                                             << QStringLiteral("123456789012345675") << 0;
    QTest::newRow("SSCC 006141411234567890") << QStringLiteral("006141411234567890") << sscc
                                             << QStringLiteral("006141411234567890") << 0;
    QTest::newRow("SSCC 340123451234567895") << QStringLiteral("340123451234567895") << sscc
                                             << QStringLiteral("340123451234567895") << 0;
    QTest::newRow("SSCC 106141411234567897") << ssccDigits << sscc << ssccDigits << 0;
    QTest::newRow("SSCC 354123450000000014") << QStringLiteral("354123450000000014") << sscc
                                             << QStringLiteral("354123450000000014") << 0;
    QTest::newRow("SSCC with CR LF suffix")
        << ssccDigits + QStringLiteral("\r\n") << sscc << ssccDigits << 0;
    QTest::newRow("SSCC with spaces around")
        << QStringLiteral("  ") + ssccDigits + QStringLiteral(" \t") << sscc << ssccDigits << 0;
    QTest::newRow("00 + SSCC, 20 digits")
        << QStringLiteral("00") + ssccDigits << sscc << ssccDigits << 0;
    QTest::newRow("]C1 00 SSCC") << QStringLiteral("]C100") + ssccDigits << sscc << ssccDigits << 0;
    QTest::newRow("]C1 with leading GS")
        << QStringLiteral("]C1") + kGs + QStringLiteral("00") + ssccDigits << sscc << ssccDigits
        << 0;
    QTest::newRow("]C1 with trailing GS")
        << QStringLiteral("]C100") + ssccDigits + kGs << sscc << ssccDigits << 0;
    QTest::newRow("]d2 DataMatrix SSCC")
        << QStringLiteral("]d200") + ssccDigits << sscc << ssccDigits << 0;
    QTest::newRow("human-readable grouped")
        << QStringLiteral("(00) 1 0614141 123456789 7") << sscc << ssccDigits << 0;
    QTest::newRow("human-readable plain")
        << QStringLiteral("(00)106141411234567897") << sscc << ssccDigits << 0;
    QTest::newRow("human-readable with space after AI")
        << QStringLiteral("(00) 106141411234567897") << sscc << ssccDigits << 0;
    QTest::newRow("]C1 SSCC with content and count")
        << QStringLiteral("]C100") + ssccDigits + QStringLiteral("02123456789012313712") << sscc
        << ssccDigits << 12;

    // GTINs, normalised to GTIN-14.
    QTest::newRow("GTIN-8 02345673")
        << QStringLiteral("02345673") << gtin << QStringLiteral("00000002345673") << 0;
    QTest::newRow("GTIN-12 416000336108")
        << QStringLiteral("416000336108") << gtin << QStringLiteral("00416000336108") << 0;
    QTest::newRow("GTIN-13 6291041500213")
        << QStringLiteral("6291041500213") << gtin << QStringLiteral("06291041500213") << 0;
    QTest::newRow("GTIN-13 7300011000017")
        << QStringLiteral("7300011000017") << gtin << QStringLiteral("07300011000017") << 0;
    QTest::newRow("GTIN-13 8904000210037")
        << QStringLiteral("8904000210037") << gtin << QStringLiteral("08904000210037") << 0;
    QTest::newRow("GTIN-13 1234567890128")
        << QStringLiteral("1234567890128") << gtin << QStringLiteral("01234567890128") << 0;
    QTest::newRow("GTIN-14 12345678901231")
        << QStringLiteral("12345678901231") << gtin << QStringLiteral("12345678901231") << 0;
    QTest::newRow("01 + GTIN-14, 16 digits")
        << QStringLiteral("0112345678901231") << gtin << QStringLiteral("12345678901231") << 0;
    QTest::newRow("]C1 01 GTIN") << QStringLiteral("]C10112345678901231") << gtin
                                 << QStringLiteral("12345678901231") << 0;
    QTest::newRow("]E0 EAN-13") << QStringLiteral("]E06291041500213") << gtin
                                << QStringLiteral("06291041500213") << 0;
    QTest::newRow("]E4 EAN-8") << QStringLiteral("]E402345673") << gtin
                               << QStringLiteral("00000002345673") << 0;
    QTest::newRow("GS1 scandata ]C1 01 10 <GS> 99")
        << QStringLiteral("]C1011231231231233310ABC123<GS>99TESTING") << gtin
        << QStringLiteral("12312312312333") << 0;
    QTest::newRow("GS1 scandata ]C1 01 235 GS 10")
        << QStringLiteral("]C10112312312312333235XYZ\x1D") + QStringLiteral("10ABC") << gtin
        << QStringLiteral("12312312312333") << 0;
    QTest::newRow("GS1 scandata ]e0 DataBar")
        << QStringLiteral("]e0011231231231233310ABC123\x1D") + QStringLiteral("99TESTING") << gtin
        << QStringLiteral("12312312312333") << 0;
    QTest::newRow("GS1 scandata ]d2 DataMatrix")
        << QStringLiteral("]d2011231231231233310ABC123\x1D") + QStringLiteral("99TESTING") << gtin
        << QStringLiteral("12312312312333") << 0;
    QTest::newRow("{GS} stand-in, no identifier")
        << QStringLiteral("011231231231233310ABC123{GS}99TESTING") << gtin
        << QStringLiteral("12312312312333") << 0;
    QTest::newRow("<gs> stand-in in lower case")
        << QStringLiteral("]C1011231231231233310ABC123<gs>99TESTING") << gtin
        << QStringLiteral("12312312312333") << 0;
    QTest::newRow("01 10 without separator or identifier")
        << QStringLiteral("011234567890123110ABC123") << gtin << QStringLiteral("12345678901231")
        << 0;
    QTest::newRow("human-readable 01 10") << QStringLiteral("(01)12345678901231(10)ABC") << gtin
                                          << QStringLiteral("12345678901231") << 0;
    QTest::newRow("human-readable with spaces between fields")
        << QStringLiteral("(01) 12345678901231 (17) 251231 (10) ABC") << gtin
        << QStringLiteral("12345678901231") << 0;

    // Case content: AI 02 with its count.
    QTest::newRow("]C1 02 37") << QStringLiteral("]C102123456789012313724") << content
                               << QStringLiteral("12345678901231") << 24;
    QTest::newRow("02 37 digits only") << QStringLiteral("02123456789012313724") << content
                                       << QStringLiteral("12345678901231") << 24;
    QTest::newRow("human-readable 02 37") << QStringLiteral("(02)12345678901231(37)24") << content
                                          << QStringLiteral("12345678901231") << 24;
    QTest::newRow("02 37 <GS> 400") << QStringLiteral("0212345678901231376<GS>400PO1") << content
                                    << QStringLiteral("12345678901231") << 6;

    // Quantity commands.
    QTest::newRow("Q12") << QStringLiteral("Q12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("q12 lower case")
        << QStringLiteral("q12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("QTY12") << QStringLiteral("QTY12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("QTY:12") << QStringLiteral("QTY:12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("qty:12") << QStringLiteral("qty:12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("QTY=12") << QStringLiteral("QTY=12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("*12") << QStringLiteral("*12") << quantity << QStringLiteral("12") << 12;
    QTest::newRow("Q1") << QStringLiteral("Q1") << quantity << QStringLiteral("1") << 1;
    QTest::newRow("Q007 leading zeros")
        << QStringLiteral("Q007") << quantity << QStringLiteral("7") << 7;
    QTest::newRow("*99999 largest")
        << QStringLiteral("*99999") << quantity << QStringLiteral("99999") << 99999;
    QTest::newRow("QTY:0000012 zero-padded")
        << QStringLiteral("QTY:0000012") << quantity << QStringLiteral("12") << 12;

    // SKUs.
    QTest::newRow("SKU ABC-123") << QStringLiteral("ABC-123") << sku << QStringLiteral("ABC-123")
                                 << 0;
    QTest::newRow("SKU with _ . /")
        << QStringLiteral("abc_DEF.1/2") << sku << QStringLiteral("abc_DEF.1/2") << 0;
    QTest::newRow("SKU trimmed") << QStringLiteral("  ABC-1 \r\n") << sku << QStringLiteral("ABC-1")
                                 << 0;
    QTest::newRow("ASIN-like SKU")
        << QStringLiteral("B07XJ8C8F5") << sku << QStringLiteral("B07XJ8C8F5") << 0;
    QTest::newRow("numeric SKU, 5 digits")
        << QStringLiteral("12345") << sku << QStringLiteral("12345") << 0;
    QTest::newRow("numeric SKU, 10 digits")
        << QStringLiteral("1234567890") << sku << QStringLiteral("1234567890") << 0;
    QTest::newRow("13 digits with a bad check digit is an SKU")
        << QStringLiteral("6291041500214") << sku << QStringLiteral("6291041500214") << 0;
    QTest::newRow("14 digits with a bad check digit is an SKU")
        << QStringLiteral("12345678901234") << sku << QStringLiteral("12345678901234") << 0;
    QTest::newRow("Q alone is an SKU") << QStringLiteral("Q") << sku << QStringLiteral("Q") << 0;
    QTest::newRow("QX-100 is an SKU")
        << QStringLiteral("QX-100") << sku << QStringLiteral("QX-100") << 0;
    QTest::newRow("Q and six digits is an SKU")
        << QStringLiteral("Q123456") << sku << QStringLiteral("Q123456") << 0;
    QTest::newRow("Q1-BLUE is an SKU")
        << QStringLiteral("Q1-BLUE") << sku << QStringLiteral("Q1-BLUE") << 0;
    QTest::newRow("SKU with parentheses inside")
        << QStringLiteral("CUP(6)") << sku << QStringLiteral("CUP(6)") << 0;
    QTest::newRow("SKU embedding a GTIN-13")
        << QStringLiteral("SET-6291041500213") << sku << QStringLiteral("SET-6291041500213") << 0;
    QTest::newRow("SKU of 100 characters")
        << QString(100, QLatin1Char('A')) << sku << QString(100, QLatin1Char('A')) << 0;
    QTest::newRow("]C0 plain Code 128 SKU")
        << QStringLiteral("]C0ABC-123") << sku << QStringLiteral("ABC-123") << 0;
    QTest::newRow("non-ASCII printable SKU")
        << QString::fromUtf8("M\xc3\x9cSLI-1") << sku << QString::fromUtf8("M\xc3\x9cSLI-1") << 0;
}

void TestScanParser::parsesValidScans()
{
    QFETCH(QString, input);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    QFETCH(int, count);
    const Scan scan = ScanParser::parse(input);
    QVERIFY2(scan.isValid(), qPrintable(describe(scan)));
    QCOMPARE(kindText(scan.kind), kind);
    QCOMPARE(scan.value, value);
    QCOMPARE(scan.count, count);
    QVERIFY(scan.error.isEmpty());
    QCOMPARE(scan.raw, input);
}

void TestScanParser::readsGs1Fields_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("elements");
    QTest::addColumn<QString>("lot");
    QTest::addColumn<QDate>("expiry");
    QTest::addColumn<QString>("orderNumber");
    QTest::addColumn<QString>("shipToPostal");

    // "3310" in the first GS1 string is not AI 3310: it is the end of the GTIN and AI 10.
    QTest::newRow("GS1 scandata 01 10 99")
        << QStringLiteral("]C1011231231231233310ABC123<GS>99TESTING")
        << QStringList { QStringLiteral("01=12312312312333"), QStringLiteral("10=ABC123"),
                         QStringLiteral("99=TESTING") }
        << QStringLiteral("ABC123") << QDate() << QString() << QString();
    QTest::newRow("GS1 scandata 01 235 10")
        << QStringLiteral("]C10112312312312333235XYZ\x1D") + QStringLiteral("10ABC")
        << QStringList { QStringLiteral("01=12312312312333"), QStringLiteral("235=XYZ"),
                         QStringLiteral("10=ABC") }
        << QStringLiteral("ABC") << QDate() << QString() << QString();
    QTest::newRow("01 17 10 expiry")
        << QStringLiteral("]C1011234567890123117251231") + QStringLiteral("10LOT-7")
        << QStringList { QStringLiteral("01=12345678901231"), QStringLiteral("17=251231"),
                         QStringLiteral("10=LOT-7") }
        << QStringLiteral("LOT-7") << QDate(2025, 12, 31) << QString() << QString();
    QTest::newRow("expiry day 00 is the month's end")
        << QStringLiteral("(01)12345678901231(17)260200")
        << QStringList { QStringLiteral("01=12345678901231"), QStringLiteral("17=260200") }
        << QString() << QDate(2026, 2, 28) << QString() << QString();
    QTest::newRow("SSCC with order number and postal code")
        << QStringLiteral("]C100106141411234567897400PO-4711<GS>420D-10115")
        << QStringList { QStringLiteral("00=106141411234567897"), QStringLiteral("400=PO-4711"),
                         QStringLiteral("420=D-10115") }
        << QString() << QDate() << QStringLiteral("PO-4711") << QStringLiteral("D-10115");
    QTest::newRow("SSCC with 421 country and postal code")
        << QStringLiteral("]C100106141411234567897421276D10115")
        << QStringList { QStringLiteral("00=106141411234567897"), QStringLiteral("421=276D10115") }
        << QString() << QDate() << QString() << QString();
    QTest::newRow("SSCC with gross weight and route")
        << QStringLiteral("]C1001061414112345678973302001250403R12")
        << QStringList { QStringLiteral("00=106141411234567897"), QStringLiteral("3302=001250"),
                         QStringLiteral("403=R12") }
        << QString() << QDate() << QString() << QString();
    QTest::newRow("human-readable content, count, order")
        << QStringLiteral("(02) 12345678901231 (37) 24 (400) 2JK3S9VC")
        << QStringList { QStringLiteral("02=12345678901231"), QStringLiteral("37=24"),
                         QStringLiteral("400=2JK3S9VC") }
        << QString() << QDate() << QStringLiteral("2JK3S9VC") << QString();
    QTest::newRow("GS after a predefined-length field is tolerated")
        << QStringLiteral("]C10112345678901231<GS>10A<GS>")
        << QStringList { QStringLiteral("01=12345678901231"), QStringLiteral("10=A") }
        << QStringLiteral("A") << QDate() << QString() << QString();
    QTest::newRow("plain GTIN has no elements") << QStringLiteral("6291041500213") << QStringList()
                                                << QString() << QDate() << QString() << QString();
}

void TestScanParser::readsGs1Fields()
{
    QFETCH(QString, input);
    const Scan scan = ScanParser::parse(input);
    QVERIFY2(scan.isValid(), qPrintable(describe(scan)));
    QTEST(elementTexts(scan), "elements");
    QTEST(scan.lot, "lot");
    QTEST(scan.expiry, "expiry");
    QTEST(scan.orderNumber, "orderNumber");
    QTEST(scan.shipToPostal, "shipToPostal");
}

void TestScanParser::refusesInvalidScans_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QString() << QStringLiteral("empty scan");
    QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("empty scan");
    QTest::newRow("only CR LF") << QStringLiteral("\r\n") << QStringLiteral("empty scan");
    QTest::newRow("201 characters") << QString(201, QLatin1Char('1'))
                                    << QStringLiteral("the scan is too long: 201 characters, at "
                                                      "most 200");
    QTest::newRow("SKU of 101 characters") << QString(101, QLatin1Char('A'))
                                           << QStringLiteral("too long for an SKU: 101 "
                                                             "characters, at most 100");
    QTest::newRow("control character") << QStringLiteral("ABC\x01") + QStringLiteral("DEF")
                                       << QStringLiteral("control character 0x01 at character 4");
    QTest::newRow("DEL") << QStringLiteral("AB\x7F")
                         << QStringLiteral("control character 0x7F at character 3");
    QTest::newRow("escape") << QStringLiteral("\x1B[A")
                            << QStringLiteral("control character 0x1B at character 1");
    QTest::newRow("zero-width space") << QString::fromUtf8("AB\xe2\x80\x8b"
                                                           "C")
                                      << QStringLiteral("unprintable character U+200B at "
                                                        "character 3");
    QTest::newRow("space inside") << QStringLiteral("ABC *")
                                  << QStringLiteral("unexpected space at character 4");

    // Digits that are no code.
    QTest::newRow("SSCC with a bad check digit")
        << QStringLiteral("106141411234567893")
        << QStringLiteral("not a valid SSCC: check digit is 3, expected 7");
    QTest::newRow("lint_csum failing SSCC 123456789012345670")
        << QStringLiteral("123456789012345670")
        << QStringLiteral("not a valid SSCC: check digit is 0, expected 5 (or two scans run "
                          "together: it starts with 123456789012)");
    // A mistyped SSCC that happens to start with a GTIN: the check digit comes first.
    QTest::newRow("18 digits, bad check, a GTIN-13 in front")
        << QStringLiteral("629104150021312345")
        << QStringLiteral("not a valid SSCC: check digit is 5, expected 2 (or two scans run "
                          "together: it starts with 6291041500213)");
    QTest::newRow("18 digits, bad check, a GTIN-8 in front")
        << QStringLiteral("023456731234567890")
        << QStringLiteral("not a valid SSCC: check digit is 0, expected 5 (or two scans run "
                          "together: it starts with 02345673)");
    QTest::newRow("17 digits") << QStringLiteral("10614141123456789")
                               << QStringLiteral("17 digits are neither a GTIN (8, 12, 13 or 14 "
                                                 "digits) nor an SSCC (18 digits)");
    QTest::newRow("00 + SSCC with a bad check digit")
        << QStringLiteral("]C100106141411234567893")
        << QStringLiteral("AI (00) at character 4: check digit is 3, expected 7");
    QTest::newRow("human-readable GTIN with a bad check digit")
        << QStringLiteral("(01)12345678901232")
        << QStringLiteral("AI (01) at character 1: check digit is 2, expected 1");
    QTest::newRow("]E0 with a bad check digit")
        << QStringLiteral("]E06291041500214")
        << QStringLiteral("an EAN/UPC symbol (]E0) carries 13 digits with a valid check "
                          "digit, not \"6291041500214\"");

    // Unknown AIs, named with their position.
    QTest::newRow("unknown AI 55") << QStringLiteral("]C1551234")
                                   << QStringLiteral("unknown Application Identifier (55) at "
                                                     "character 4");
    QTest::newRow("unknown AI 7003 after a GTIN")
        << QStringLiteral("]C101123456789012317003123456789012")
        << QStringLiteral("unknown Application Identifier (7003) at character 20");
    QTest::newRow("unknown AI 3310 (not in the table)")
        << QStringLiteral("]C1001061414112345678973310001250")
        << QStringLiteral("unknown Application Identifier (3310) at character 24");
    QTest::newRow("unknown AI in the human-readable form")
        << QStringLiteral("(01)12345678901231(55)X")
        << QStringLiteral("unknown Application Identifier (55) at character 19");
    QTest::newRow("letters where an AI belongs")
        << QStringLiteral("]C1ABC")
        << QStringLiteral("expected an Application Identifier (digits) at character 4, "
                          "found \"A\"");

    // Field data.
    QTest::newRow("SSCC field too short") << QStringLiteral("]C1001234")
                                          << QStringLiteral("AI (00) at character 4 needs 18 "
                                                            "digits, this has 4");
    QTest::newRow("positions count leading spaces")
        << QStringLiteral("  ]C1001234")
        << QStringLiteral("AI (00) at character 6 "
                          "needs 18 digits, this has 4");
    QTest::newRow("letters in a numeric field")
        << QStringLiteral("]C100ABC141411234567897")
        << QStringLiteral("AI (00) at character 4 takes digits only, found \"A\" at "
                          "character 6");
    QTest::newRow("character outside set 82")
        << QStringLiteral("]C1011234567890123110AB#C")
        << QStringLiteral("AI (10) at character 20: \"#\" at character 24 is not allowed in "
                          "GS1 data");
    QTest::newRow("lot of 21 characters")
        << QStringLiteral("]C1011234567890123110") + QString(21, QLatin1Char('A'))
        << QStringLiteral("AI (10) at character 20 takes 1 to 20 characters, this has 21");
    QTest::newRow("count of 10 digits") << QStringLiteral("]C10212345678901231371234567890")
                                        << QStringLiteral("AI (37) at character 20 takes 1 to 8 "
                                                          "characters, this has 10");
    QTest::newRow("count zero") << QStringLiteral("]C1021234567890123137000")
                                << QStringLiteral("AI (37) at character 20: the count must be at "
                                                  "least 1");
    QTest::newRow("expiry month 13") << QStringLiteral("]C1011234567890123117251340")
                                     << QStringLiteral("AI (17) at character 20: 251340 is not a "
                                                       "date (YYMMDD)");
    QTest::newRow("421 without a numeric country")
        << QStringLiteral("]C100106141411234567897421DE10115")
        << QStringLiteral("AI (421) at character 24 takes digits only, found \"D\" at "
                          "character 27");
    QTest::newRow("two group separators in a row")
        << QStringLiteral("0112345678901231<GS>10ABC<GS><GS>17251231")
        << QStringLiteral("two group separators in a row at character 30");
    QTest::newRow("empty data in the human-readable form")
        << QStringLiteral("(10)(01)12345678901231")
        << QStringLiteral("AI (10) at character 1 has no data");
    QTest::newRow("space inside alphanumeric data")
        << QStringLiteral("(01)12345678901231(10)AB CD")
        << QStringLiteral("AI (10) at character 19: unexpected space at character 25 inside "
                          "the data");
    QTest::newRow("unclosed parenthesis")
        << QStringLiteral("(01 12345678901231")
        << QStringLiteral("expected an Application Identifier in parentheses at character 1");

    // Pairing rules.
    QTest::newRow("02 without 37") << QStringLiteral("]C10212345678901231")
                                   << QStringLiteral("AI (02) at character 4 needs its count, AI "
                                                     "(37), in the same barcode");
    QTest::newRow("02 alone, 16 digits") << QStringLiteral("0212345678901231")
                                         << QStringLiteral("AI (02) at character 1 needs its "
                                                           "count");
    QTest::newRow("37 without 02")
        << QStringLiteral("]C100106141411234567897") + QStringLiteral("3712")
        << QStringLiteral("AI (37) at character 24 needs the content, "
                          "AI (02), in the same barcode");
    QTest::newRow("01 with 37") << QStringLiteral("]C101123456789012313712")
                                << QStringLiteral("AI (01) at character 4 cannot be combined with "
                                                  "AI (37) at character 20");
    QTest::newRow("01 with 02") << QStringLiteral("]C10112345678901231021234567890123137")
            + QStringLiteral("12")
                                << QStringLiteral(
                                       "AI (01) at character 4 cannot be combined with AI (02) at "
                                       "character 20");
    QTest::newRow("two gross weights")
        << QStringLiteral("]C10010614141123456789733020012503303000125")
        << QStringLiteral("AI (3302) at character 24 cannot be combined with AI (3303) at "
                          "character 34");
    QTest::newRow("only an order number") << QStringLiteral("]C1400PO123")
                                          << QStringLiteral("no SSCC or GTIN in this barcode, "
                                                            "only (400) ORDER NUMBER");
    QTest::newRow("order number and postal code")
        << QStringLiteral("]C1400PO123<GS>42010115")
        << QStringLiteral("no SSCC or GTIN in this barcode, only (400) ORDER NUMBER, (420) "
                          "SHIP TO POST");
    QTest::newRow("empty after ]C1") << QStringLiteral("]C1")
                                     << QStringLiteral("no data after the symbology identifier "
                                                       "]C1");
    QTest::newRow("only a GS after ]C1")
        << QStringLiteral("]C1<GS>") << QStringLiteral("no GS1 data, only a group separator");
    QTest::newRow("a lone ]") << QStringLiteral("]")
                              << QStringLiteral("\"]\" at character 1 does not start a symbology "
                                                "identifier");

    // Quantities.
    QTest::newRow("Q0") << QStringLiteral("Q0")
                        << QStringLiteral("quantity 0 is out of range: use 1 to 99999");
    QTest::newRow("QTY:100000") << QStringLiteral("QTY:100000")
                                << QStringLiteral("quantity 100000 is out of range: use 1 to "
                                                  "99999");
    QTest::newRow("*0") << QStringLiteral("*0")
                        << QStringLiteral("quantity 0 is out of range: use 1 to 99999");
    QTest::newRow("QTY: without a number") << QStringLiteral("QTY:")
                                           << QStringLiteral("a quantity from 1 to 99999 must "
                                                             "follow \"QTY:\"");
    QTest::newRow("qty=abc") << QStringLiteral("qty=abc")
                             << QStringLiteral("a quantity from 1 to 99999 must follow \"qty=\"");
    QTest::newRow("* with letters") << QStringLiteral("*ABC")
                                    << QStringLiteral("a quantity from 1 to 99999 must follow "
                                                      "\"*\"");
    QTest::newRow("negative quantity") << QStringLiteral("QTY:-5")
                                       << QStringLiteral("a quantity from 1 to 99999 must follow "
                                                         "\"QTY:\"");
}

void TestScanParser::refusesInvalidScans()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    const Scan scan = ScanParser::parse(input);
    QVERIFY2(!scan.isValid(), qPrintable(describe(scan)));
    QVERIFY2(scan.error.contains(error), qPrintable(describe(scan)));
    QVERIFY(scan.value.isEmpty());
    QCOMPARE(scan.raw, input);
}

void TestScanParser::refusesTwoScansRunTogether_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("detail");

    const QString sscc1 = QStringLiteral("106141411234567897");
    const QString sscc2 = QStringLiteral("006141411234567890");

    QTest::newRow("two SSCCs, 36 digits") << sscc1 + sscc2
                                          << QStringLiteral("106141411234567897 + "
                                                            "006141411234567890");
    QTest::newRow("two GTIN-13, 26 digits") << QStringLiteral("62910415002137300011000017")
                                            << QStringLiteral("6291041500213 + 7300011000017");
    QTest::newRow("two GTIN-8, 16 digits")
        << QStringLiteral("0234567302345673") << QStringLiteral("02345673 + 02345673");
    QTest::newRow("SSCC and GTIN-13") << sscc1 + QStringLiteral("6291041500213")
                                      << QStringLiteral("106141411234567897 + 6291041500213");
    QTest::newRow("00+SSCC twice, 40 digits") << QStringLiteral("00") + sscc1 + QStringLiteral("00")
            + sscc1 << QStringLiteral("00106141411234567897 + 00106141411234567897");
    QTest::newRow("00+SSCC and 01+GTIN")
        << QStringLiteral("00") + sscc1 + QStringLiteral("0112345678901231")
        << QStringLiteral("00106141411234567897 + "
                          "0112345678901231");
    QTest::newRow("21 digits: a GTIN-13 and part of another")
        << QStringLiteral("629104150021373000110")
        << QStringLiteral("21 digits, and it starts with 6291041500213");
    QTest::newRow("]C1 twice") << QStringLiteral("]C100") + sscc1 + QStringLiteral("]C100") + sscc2
                               << QStringLiteral("a second symbology identifier \"]C1\" at "
                                                 "character 24");
    QTest::newRow("]C1 in the middle of digits")
        << sscc1 + QStringLiteral("]C10112345678901231")
        << QStringLiteral("a second symbology identifier \"]C1\" at character 19");
    QTest::newRow("]E0 after an SSCC")
        << QStringLiteral("]C100") + sscc1 + QStringLiteral("]E06291041500213")
        << QStringLiteral("a second symbology identifier \"]E0\" "
                          "at character 24");
    QTest::newRow("same AI twice with ]C1")
        << QStringLiteral("]C10112345678901231") + QStringLiteral("0112345678901231")
        << QStringLiteral("AI (01) appears twice, at characters 4 and 20");
    QTest::newRow("same AI twice with GS")
        << QStringLiteral("0112345678901231") + QStringLiteral("10ABC<GS>10DEF")
        << QStringLiteral("AI (10) appears twice, at characters 17 and 26");
    QTest::newRow("same AI twice, human-readable")
        << QStringLiteral("(00)106141411234567897(00)006141411234567890")
        << QStringLiteral("AI (00) appears twice, at characters 1 and 23");
    QTest::newRow("SSCC and GTIN without identifier")
        << QStringLiteral("(00)106141411234567897(01)12345678901231")
        << QStringLiteral("an SSCC at character 1 and a GTIN at character 23 without a "
                          "symbology identifier");
    QTest::newRow("SSCC and case content without identifier")
        << QStringLiteral("00") + sscc1 + QStringLiteral("<GS>02123456789012313712")
        << QStringLiteral("an SSCC at character 1 and a GTIN at character 25 without a "
                          "symbology identifier");
    QTest::newRow("lot swallowing an SSCC")
        << QStringLiteral("011234567890123110ABC") + sscc1
        << QStringLiteral("AI (10) at character 17 holds 18 digits in a row from character 22");
    QTest::newRow("line break inside") << sscc1 + QStringLiteral("\n02345673")
                                       << QStringLiteral("a line break or tab at character 19");
    QTest::newRow("tab inside") << QStringLiteral("ABC\tDEF")
                                << QStringLiteral("a line break or tab at character 4");
    QTest::newRow("two GTINs separated by a space")
        << QStringLiteral("6291041500213 7300011000017")
        << QStringLiteral("parts separated by spaces, from character 14, each read as a "
                          "scan");
    QTest::newRow("GTIN then quantity")
        << QStringLiteral("6291041500213Q12") << QStringLiteral("6291041500213 + Q12");
    QTest::newRow("quantity then quantity")
        << QStringLiteral("Q12QTY:3") << QStringLiteral("Q12 + QTY:3");
    QTest::newRow("quantity then SSCC")
        << QStringLiteral("Q12") + sscc1 << QStringLiteral("20 digits in a row from character 2");
    QTest::newRow("SKU then SSCC")
        << QStringLiteral("ABC-1") + sscc1 << QStringLiteral("19 digits in a row from character 5");
}

void TestScanParser::refusesTwoScansRunTogether()
{
    QFETCH(QString, input);
    QFETCH(QString, detail);
    const Scan scan = ScanParser::parse(input);
    QVERIFY2(!scan.isValid(), qPrintable(describe(scan)));
    QVERIFY2(scan.error.startsWith(QLatin1String("looks like two scans run together")),
             qPrintable(describe(scan)));
    QVERIFY2(scan.error.contains(detail), qPrintable(describe(scan)));
}

// Every scan a scanner without symbology identifiers sends, run into every other: never one scan.
// (Scans ending in a variable-length field or an SKU are left out: what follows them can be read
// as their data, which is why scanners should send a suffix.)
void TestScanParser::refusesEveryPairOfScansRunTogether()
{
    const QStringList scans = {
        QStringLiteral("106141411234567897"),
        QStringLiteral("006141411234567890"),
        QStringLiteral("340123451234567895"),
        QStringLiteral("354123450000000014"),
        QStringLiteral("00106141411234567897"),
        QStringLiteral("02345673"),
        QStringLiteral("416000336108"),
        QStringLiteral("6291041500213"),
        QStringLiteral("7300011000017"),
        QStringLiteral("12345678901231"),
        QStringLiteral("0112345678901231"),
        QStringLiteral("0112345678901231") + QStringLiteral("10ABC123\x1D")
            + QStringLiteral("17251231"),
        QStringLiteral("02123456789012313712"),
        QStringLiteral("Q12"),
        QStringLiteral("QTY:5"),
        QStringLiteral("*3"),
    };
    int pairs = 0;
    for (const QString &first : scans) {
        QVERIFY2(ScanParser::parse(first).isValid(), visible(first).constData());
        for (const QString &second : scans) {
            const QString joined = first + second;
            const Scan scan = ScanParser::parse(joined);
            QVERIFY2(
                !scan.isValid(),
                QByteArray(visible(joined) + " read as " + describe(scan).toUtf8()).constData());
            QVERIFY(!scan.error.isEmpty());
            ++pairs;
        }
    }
    QCOMPARE(pairs, int(scans.size() * scans.size()));

    // With symbology identifiers every pair is caught by the second identifier.
    const QStringList identified = {
        QStringLiteral("]C100106141411234567897"),
        QStringLiteral("]C10112345678901231") + QStringLiteral("10ABC"),
        QStringLiteral("]C102123456789012313712"),
        QStringLiteral("]E06291041500213"),
        QStringLiteral("]E402345673"),
        QStringLiteral("]C0ABC-123"),
    };
    for (const QString &first : identified) {
        QVERIFY2(ScanParser::parse(first).isValid(), visible(first).constData());
        for (const QString &second : identified) {
            const QString joined = first + second;
            const Scan scan = ScanParser::parse(joined);
            QVERIFY2(!scan.isValid(), visible(joined).constData());
            QVERIFY(scan.error.startsWith(QLatin1String("looks like two scans run together")));
        }
    }
}

void TestScanParser::keepsRawText()
{
    const QString input = QStringLiteral("  ]C100106141411234567897\r\n");
    const Scan scan = ScanParser::parse(input);
    QVERIFY(scan.isValid());
    QCOMPARE(scan.raw, input);
    QCOMPARE(scan.value, QStringLiteral("106141411234567897"));
    QCOMPARE(Sscc::fromString(scan.value).humanReadable(7),
             QStringLiteral("(00) 1 0614141 123456789 7"));
}

void TestScanParser::splitScans_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("scans");

    const QString a = QStringLiteral("106141411234567897");
    const QString b = QStringLiteral("6291041500213");
    QTest::newRow("CR") << a + QStringLiteral("\r") + b << QStringList { a, b };
    QTest::newRow("LF") << a + QStringLiteral("\n") + b << QStringList { a, b };
    QTest::newRow("CR LF") << a + QStringLiteral("\r\n") + b + QStringLiteral("\r\n")
                           << QStringList { a, b };
    QTest::newRow("Tab") << a + QStringLiteral("\t") + b + QStringLiteral("\t")
                         << QStringList { a, b };
    QTest::newRow("empty pieces dropped")
        << QStringLiteral("\r\n\r\n") + a + QStringLiteral("\n\n\t") << QStringList { a };
    QTest::newRow("space-only pieces dropped")
        << a + QStringLiteral("\n   \n") + b << QStringList { a, b };
    QTest::newRow("pieces are not trimmed")
        << QStringLiteral(" ABC \nDEF")
        << QStringList { QStringLiteral(" ABC "), QStringLiteral("DEF") };
    QTest::newRow("group separator stays inside")
        << QStringLiteral("0112345678901231") + QStringLiteral("10A\x1D")
            + QStringLiteral("17251231\r")
        << QStringList { QStringLiteral("0112345678901231") + QStringLiteral("10A\x1D")
                         + QStringLiteral("17251231") };
    QTest::newRow("no terminator")
        << QStringLiteral("ABC") << QStringList { QStringLiteral("ABC") };
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only terminators") << QStringLiteral("\r\n\t\r") << QStringList();
}

void TestScanParser::splitScans()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, scans);
    QCOMPARE(ScanParser::splitScans(typed), scans);
}

void TestScanParser::splitThenParseReadsEachScan()
{
    const QString typed = QStringLiteral("106141411234567897\r\nQTY:4\r\n6291041500213\tABC-1\n");
    const QStringList scans = ScanParser::splitScans(typed);
    QCOMPARE(scans.size(), 4);
    QCOMPARE(ScanParser::parse(scans.at(0)).kind, Scan::Kind::Sscc);
    QCOMPARE(ScanParser::parse(scans.at(1)).count, 4);
    QCOMPARE(ScanParser::parse(scans.at(2)).kind, Scan::Kind::Gtin);
    QCOMPARE(ScanParser::parse(scans.at(3)).kind, Scan::Kind::Sku);
    // Unsplit, the same text is refused.
    QVERIFY(!ScanParser::parse(typed).isValid());
}

void TestScanParser::neverCrashesOnRandomInput()
{
    // Pieces a keyboard wedge may type, weighted towards digits and GS1 syntax.
    const QStringList alphabet = {
        QStringLiteral("0"),
        QStringLiteral("1"),
        QStringLiteral("2"),
        QStringLiteral("3"),
        QStringLiteral("4"),
        QStringLiteral("5"),
        QStringLiteral("6"),
        QStringLiteral("7"),
        QStringLiteral("8"),
        QStringLiteral("9"),
        QStringLiteral("0"),
        QStringLiteral("1"),
        QStringLiteral("00"),
        QStringLiteral("01"),
        QStringLiteral("02"),
        QStringLiteral("37"),
        QStringLiteral("10"),
        QStringLiteral("17"),
        QStringLiteral("400"),
        QStringLiteral("420"),
        QStringLiteral("421"),
        QStringLiteral("3302"),
        QStringLiteral("A"),
        QStringLiteral("Z"),
        QStringLiteral("x"),
        QStringLiteral("Q"),
        QStringLiteral("QTY:"),
        QStringLiteral("*"),
        QStringLiteral("-"),
        QStringLiteral("_"),
        QStringLiteral("."),
        QStringLiteral("/"),
        QStringLiteral("("),
        QStringLiteral(")"),
        QStringLiteral(" "),
        QStringLiteral("]"),
        QStringLiteral("]C1"),
        QStringLiteral("]E0"),
        QStringLiteral("]d2"),
        QStringLiteral("<GS>"),
        QStringLiteral("{GS}"),
        QStringLiteral("\x1D"),
        QStringLiteral("\r"),
        QStringLiteral("\t"),
        QStringLiteral("#"),
        QStringLiteral("\x01"),
        QString::fromUtf8("\xc3\xa9"),
        QStringLiteral("106141411234567897"),
        QStringLiteral("6291041500213"),
        QStringLiteral("12345678901231"),
    };
    QRandomGenerator random(20240611);
    QSet<QString> kindsSeen;
    for (int iteration = 0; iteration < 20000; ++iteration) {
        QString input;
        const int tokens = int(random.bounded(40));
        for (int i = 0; i < tokens; ++i)
            input += alphabet.at(int(random.bounded(int(alphabet.size()))));
        if (random.bounded(50) == 0)
            input = input.repeated(8); // now and then beyond the length limit

        const Scan scan = ScanParser::parse(input);
        const QByteArray where = visible(input) + " -> " + describe(scan).toUtf8();
        QVERIFY2(scan.raw == input, where.constData());
        if (!scan.isValid()) {
            QVERIFY2(!scan.error.isEmpty(), where.constData());
            QVERIFY2(scan.value.isEmpty(), where.constData());
            continue;
        }
        kindsSeen.insert(kindText(scan.kind));
        QVERIFY2(!scan.value.isEmpty(), where.constData());
        QVERIFY2(scan.error.isEmpty(), where.constData());
        switch (scan.kind) {
        case Scan::Kind::Sscc:
            QVERIFY2(Sscc::fromString(scan.value).isValid(), where.constData());
            break;
        case Scan::Kind::Gtin:
            QVERIFY2(scan.value.size() == 14 && Gs1::isValidGtin(scan.value), where.constData());
            break;
        case Scan::Kind::CaseContent:
            QVERIFY2(scan.value.size() == 14 && Gs1::isValidGtin(scan.value), where.constData());
            QVERIFY2(scan.count >= 1, where.constData());
            break;
        case Scan::Kind::Quantity:
            QVERIFY2(scan.count >= 1 && scan.count <= ScanParser::kMaxQuantity, where.constData());
            break;
        case Scan::Kind::Sku:
            QVERIFY2(scan.value.size() <= ScanParser::kMaxSkuLength, where.constData());
            QVERIFY2(!scan.value.contains(QLatin1Char(' ')), where.constData());
            QVERIFY2(!scan.value.contains(QChar(0x1D)), where.constData());
            break;
        case Scan::Kind::Invalid:
            QFAIL(where.constData());
        }
        QVERIFY2(ScanParser::parse(input) == scan, where.constData()); // deterministic
    }
    // The alphabet reaches the valid kinds too, not only errors.
    for (const char *kind : { "Sscc", "Gtin", "Sku", "Quantity" })
        QVERIFY2(kindsSeen.contains(QLatin1String(kind)), kind);
}

QTEST_APPLESS_MAIN(TestScanParser)
#include "tst_scanparser.moc"
