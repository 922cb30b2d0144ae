// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/gs1.h"

#include <QTest>

using namespace VendorPack;

// Tests the GS1 check digit, GTIN forms, dates and the Application Identifier table.
class TestGs1 : public QObject
{
    Q_OBJECT

private slots:
    void checkDigitMatchesPublishedVectors_data();
    void checkDigitMatchesPublishedVectors();
    void checkDigitRejectsNonDigits_data();
    void checkDigitRejectsNonDigits();
    void hasValidCheckDigit_data();
    void hasValidCheckDigit();
    void isDigits_data();
    void isDigits();
    void isValidGtin_data();
    void isValidGtin();
    void normalizeGtin14_data();
    void normalizeGtin14();
    void dateFromYymmdd_data();
    void dateFromYymmdd();
    void aiInfoDescribesLabelAis_data();
    void aiInfoDescribesLabelAis();
    void aiInfoRejectsUnknownAis_data();
    void aiInfoRejectsUnknownAis();
    void predefinedLength_data();
    void predefinedLength();
    void tableFixedLengthFollowsPredefinedTable();
    void tableIsPrefixFree();
    void cset82_data();
    void cset82();
};

void TestGs1::checkDigitMatchesPublishedVectors_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("check");

    // NOTES.md section 4.2, every vector.
    QTest::newRow("SSCC 12345678901234567 (lint_csum)") << QStringLiteral("12345678901234567") << 5;
    QTest::newRow("SSCC 00614141123456789 (Digital Link)")
        << QStringLiteral("00614141123456789") << 0;
    QTest::newRow("SSCC 34012345123456789") << QStringLiteral("34012345123456789") << 5;
    QTest::newRow("SSCC 10614141123456789 (GS1 US)") << QStringLiteral("10614141123456789") << 7;
    QTest::newRow("SSCC 35412345000000001 (EANCOM DESADV)")
        << QStringLiteral("35412345000000001") << 4;
    QTest::newRow("GTIN-13 629104150021 (gs1.org)") << QStringLiteral("629104150021") << 3;
    QTest::newRow("GTIN-13 730001100001 (GS1 Sweden)") << QStringLiteral("730001100001") << 7;
    QTest::newRow("GTIN-13 890400021003 (GS1 India)") << QStringLiteral("890400021003") << 7;
    QTest::newRow("GTIN-8 0234567") << QStringLiteral("0234567") << 3;
    QTest::newRow("GTIN-12 41600033610") << QStringLiteral("41600033610") << 8;
    QTest::newRow("GTIN-13 123456789012") << QStringLiteral("123456789012") << 8;
    QTest::newRow("GTIN-14 1234567890123") << QStringLiteral("1234567890123") << 1;
    // Weight 3 falls on the rightmost digit.
    QTest::newRow("single digit 1") << QStringLiteral("1") << 7;
    QTest::newRow("two digits 10") << QStringLiteral("10") << 9;
    QTest::newRow("all zeros") << QStringLiteral("0000000") << 0;
}

void TestGs1::checkDigitMatchesPublishedVectors()
{
    QFETCH(QString, digits);
    QFETCH(int, check);
    QCOMPARE(Gs1::checkDigit(digits), check);
    QVERIFY(Gs1::hasValidCheckDigit(QString(digits + QString::number(check))));
    QVERIFY(!Gs1::hasValidCheckDigit(QString(digits + QString::number((check + 1) % 10))));
}

void TestGs1::checkDigitRejectsNonDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("letter inside") << QStringLiteral("12A45");
    QTest::newRow("leading space") << QStringLiteral(" 1234");
    QTest::newRow("minus sign") << QStringLiteral("-1234");
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("\xd9\xa1\xd9\xa2\xd9\xa3");
    QTest::newRow("fullwidth digits") << QString::fromUtf8("\xef\xbc\x91\xef\xbc\x92");
}

void TestGs1::checkDigitRejectsNonDigits()
{
    QFETCH(QString, text);
    QCOMPARE(Gs1::checkDigit(text), -1);
    QVERIFY(!Gs1::hasValidCheckDigit(text));
}

void TestGs1::hasValidCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<bool>("valid");

    QTest::newRow("SSCC 123456789012345675") << QStringLiteral("123456789012345675") << true;
    QTest::newRow("SSCC 123456789012345670 (lint_csum fail)")
        << QStringLiteral("123456789012345670") << false;
    QTest::newRow("SSCC 006141411234567890") << QStringLiteral("006141411234567890") << true;
    QTest::newRow("SSCC 340123451234567895") << QStringLiteral("340123451234567895") << true;
    QTest::newRow("SSCC 106141411234567897") << QStringLiteral("106141411234567897") << true;
    QTest::newRow("SSCC 354123450000000014") << QStringLiteral("354123450000000014") << true;
    QTest::newRow("GTIN-13 6291041500213") << QStringLiteral("6291041500213") << true;
    QTest::newRow("GTIN-13 7300011000017") << QStringLiteral("7300011000017") << true;
    QTest::newRow("GTIN-13 8904000210037") << QStringLiteral("8904000210037") << true;
    QTest::newRow("GTIN-13 8904000210038") << QStringLiteral("8904000210038") << false;
    QTest::newRow("one digit") << QStringLiteral("0") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("letters") << QStringLiteral("ABCDEFGH") << false;
}

void TestGs1::hasValidCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(bool, valid);
    QCOMPARE(Gs1::hasValidCheckDigit(digits), valid);
}

void TestGs1::isDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("digits");
    QTest::newRow("digits") << QStringLiteral("0123456789") << true;
    QTest::newRow("one digit") << QStringLiteral("7") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("space") << QStringLiteral("12 34") << false;
    QTest::newRow("letter") << QStringLiteral("12a") << false;
    QTest::newRow("group separator") << QStringLiteral("12\x1D") << false;
    QTest::newRow("superscript two") << QString::fromUtf8("1\xc2\xb2") << false;
}

void TestGs1::isDigits()
{
    QFETCH(QString, text);
    QFETCH(bool, digits);
    QCOMPARE(Gs1::isDigits(text), digits);
}

void TestGs1::isValidGtin_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("GTIN-8 02345673") << QStringLiteral("02345673") << true;
    QTest::newRow("GTIN-12 416000336108") << QStringLiteral("416000336108") << true;
    QTest::newRow("GTIN-13 1234567890128") << QStringLiteral("1234567890128") << true;
    QTest::newRow("GTIN-14 12345678901231") << QStringLiteral("12345678901231") << true;
    QTest::newRow("GTIN-13 bad check") << QStringLiteral("1234567890127") << false;
    QTest::newRow("10 digits with a valid check") << QStringLiteral("0000000000") << false;
    QTest::newRow("SSCC is not a GTIN") << QStringLiteral("106141411234567897") << false;
    QTest::newRow("7 digits") << QStringLiteral("0234567") << false;
    QTest::newRow("letters") << QStringLiteral("ABCDEFGH") << false;
}

void TestGs1::isValidGtin()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Gs1::isValidGtin(text), valid);
}

void TestGs1::normalizeGtin14_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("gtin14");
    QTest::newRow("GTIN-8") << QStringLiteral("02345673") << QStringLiteral("00000002345673");
    QTest::newRow("GTIN-12") << QStringLiteral("416000336108") << QStringLiteral("00416000336108");
    QTest::newRow("GTIN-13") << QStringLiteral("6291041500213") << QStringLiteral("06291041500213");
    QTest::newRow("GTIN-14") << QStringLiteral("12345678901231")
                             << QStringLiteral("12345678901231");
    QTest::newRow("bad check") << QStringLiteral("6291041500214") << QString();
    QTest::newRow("wrong length") << QStringLiteral("123456789") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestGs1::normalizeGtin14()
{
    QFETCH(QString, text);
    QFETCH(QString, gtin14);
    const QString normalized = Gs1::normalizeGtin14(text);
    QCOMPARE(normalized, gtin14);
    if (!gtin14.isEmpty())
        QVERIFY(Gs1::isValidGtin(normalized));
}

void TestGs1::dateFromYymmdd_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("referenceYear");
    QTest::addColumn<QDate>("date");

    QTest::newRow("plain date") << QStringLiteral("251231") << 2025 << QDate(2025, 12, 31);
    QTest::newRow("day 00 is the last day")
        << QStringLiteral("250200") << 2025 << QDate(2025, 2, 28);
    QTest::newRow("day 00 in a leap February")
        << QStringLiteral("240200") << 2025 << QDate(2024, 2, 29);
    QTest::newRow("29 February in a leap year")
        << QStringLiteral("280229") << 2025 << QDate(2028, 2, 29);
    QTest::newRow("49 years ahead stays") << QStringLiteral("740101") << 2025 << QDate(2074, 1, 1);
    QTest::newRow("50 years ahead stays") << QStringLiteral("750101") << 2025 << QDate(2075, 1, 1);
    QTest::newRow("51 years ahead is last century")
        << QStringLiteral("760101") << 2025 << QDate(1976, 1, 1);
    QTest::newRow("99 in 2025 is 1999") << QStringLiteral("991231") << 2025 << QDate(1999, 12, 31);
    QTest::newRow("50 years back is next century")
        << QStringLiteral("400101") << 2090 << QDate(2140, 1, 1);
    QTest::newRow("49 years back stays") << QStringLiteral("410101") << 2090 << QDate(2041, 1, 1);
    QTest::newRow("month 13") << QStringLiteral("251301") << 2025 << QDate();
    QTest::newRow("month 00") << QStringLiteral("250001") << 2025 << QDate();
    QTest::newRow("30 February") << QStringLiteral("250230") << 2025 << QDate();
    QTest::newRow("29 February in a common year") << QStringLiteral("250229") << 2025 << QDate();
    QTest::newRow("five digits") << QStringLiteral("25123") << 2025 << QDate();
    QTest::newRow("letters") << QStringLiteral("25AB01") << 2025 << QDate();
}

void TestGs1::dateFromYymmdd()
{
    QFETCH(QString, text);
    QFETCH(int, referenceYear);
    QFETCH(QDate, date);
    QCOMPARE(Gs1::dateFromYymmdd(text, referenceYear), date);
}

void TestGs1::aiInfoDescribesLabelAis_data()
{
    QTest::addColumn<QString>("ai");
    QTest::addColumn<int>("minLength");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("numeric");
    QTest::addColumn<bool>("checkDigit");
    QTest::addColumn<bool>("fixedLength");
    QTest::addColumn<QString>("title");

    const auto row = [](const char *ai, int min, int max, bool numeric, bool check, bool fixed,
                        const char *title) {
        QTest::newRow(ai) << QString::fromLatin1(ai) << min << max << numeric << check << fixed
                          << QString::fromLatin1(title);
    };
    row("00", 18, 18, true, true, true, "SSCC");
    row("01", 14, 14, true, true, true, "GTIN");
    row("02", 14, 14, true, true, true, "CONTENT");
    row("10", 1, 20, false, false, false, "BATCH/LOT");
    row("11", 6, 6, true, false, true, "PROD DATE");
    row("13", 6, 6, true, false, true, "PACK DATE");
    row("15", 6, 6, true, false, true, "BEST BEFORE or BEST BY");
    row("17", 6, 6, true, false, true, "USE BY OR EXPIRY");
    row("21", 1, 20, false, false, false, "SERIAL");
    row("235", 1, 28, false, false, false, "TPX");
    row("37", 1, 8, true, false, false, "COUNT");
    row("400", 1, 30, false, false, false, "ORDER NUMBER");
    row("401", 1, 30, false, false, false, "GINC");
    row("402", 17, 17, true, true, false, "GSIN");
    row("403", 1, 30, false, false, false, "ROUTE");
    row("410", 13, 13, true, true, true, "SHIP TO LOC");
    row("413", 13, 13, true, true, true, "SHIP FOR LOC");
    row("420", 1, 20, false, false, false, "SHIP TO POST");
    row("421", 4, 12, false, false, false, "SHIP TO POST");
    row("3100", 6, 6, true, false, true, "NET WEIGHT (kg)");
    row("3105", 6, 6, true, false, true, "NET WEIGHT (kg)");
    row("3300", 6, 6, true, false, true, "GROSS WEIGHT (kg)");
    row("3302", 6, 6, true, false, true, "GROSS WEIGHT (kg)");
    row("3305", 6, 6, true, false, true, "GROSS WEIGHT (kg)");
    row("90", 1, 30, false, false, false, "INTERNAL");
    row("99", 1, 90, false, false, false, "INTERNAL");
}

void TestGs1::aiInfoDescribesLabelAis()
{
    QFETCH(QString, ai);
    const Gs1::AiInfo *info = Gs1::aiInfo(ai);
    QVERIFY(info);
    QCOMPARE(QString(info->ai), ai);
    QTEST(info->minLength, "minLength");
    QTEST(info->maxLength, "maxLength");
    QTEST(info->numeric, "numeric");
    QTEST(info->checkDigit, "checkDigit");
    QTEST(info->fixedLength, "fixedLength");
    QTEST(QString::fromLatin1(info->title), "title");
}

void TestGs1::aiInfoRejectsUnknownAis_data()
{
    QTest::addColumn<QString>("ai");
    QTest::newRow("empty") << QString();
    QTest::newRow("one digit") << QStringLiteral("0");
    QTest::newRow("unassigned 05") << QStringLiteral("05");
    QTest::newRow("3306 beyond 3305") << QStringLiteral("3306");
    QTest::newRow("3310 length, not in the table") << QStringLiteral("3310");
    QTest::newRow("too long") << QStringLiteral("00000");
    QTest::newRow("prefix of a 3-digit AI") << QStringLiteral("40");
    QTest::newRow("letters") << QStringLiteral("AB");
}

void TestGs1::aiInfoRejectsUnknownAis()
{
    QFETCH(QString, ai);
    QVERIFY(!Gs1::aiInfo(ai));
}

void TestGs1::predefinedLength_data()
{
    QTest::addColumn<QString>("ai");
    QTest::addColumn<bool>("predefined");
    const char *predefined[]
        = { "00", "01", "02", "03",   "04",   "11",   "12",   "13",   "14",   "15",  "16", "17",
            "18", "19", "20", "3100", "3200", "3300", "3400", "3500", "3600", "410", "413" };
    for (const char *ai : predefined)
        QTest::newRow(ai) << QString::fromLatin1(ai) << true;
    const char *variable[]
        = { "05", "10", "21", "235", "37", "3900", "400", "402", "420", "421", "90", "99", "" };
    for (const char *ai : variable)
        QTest::newRow(*ai ? ai : "empty") << QString::fromLatin1(ai) << false;
}

void TestGs1::predefinedLength()
{
    QFETCH(QString, ai);
    QFETCH(bool, predefined);
    QCOMPARE(Gs1::isPredefinedLength(ai), predefined);
}

void TestGs1::tableFixedLengthFollowsPredefinedTable()
{
    const QList<Gs1::AiInfo> ais = Gs1::knownAis();
    QVERIFY(ais.size() >= 30);
    for (const Gs1::AiInfo &info : ais) {
        const QString ai(info.ai);
        QVERIFY2(info.fixedLength == Gs1::isPredefinedLength(ai), qPrintable(ai));
        QVERIFY2(!info.fixedLength || info.minLength == info.maxLength, qPrintable(ai));
        QVERIFY2(info.minLength >= 1 && info.minLength <= info.maxLength, qPrintable(ai));
        QVERIFY2(!info.checkDigit || info.numeric, qPrintable(ai));
        QVERIFY2(Gs1::aiInfo(ai) != nullptr, qPrintable(ai));
        QVERIFY2(info.title && *info.title, qPrintable(ai));
    }
}

void TestGs1::tableIsPrefixFree()
{
    const QList<Gs1::AiInfo> ais = Gs1::knownAis();
    for (const Gs1::AiInfo &a : ais) {
        for (const Gs1::AiInfo &b : ais) {
            if (a.ai == b.ai)
                continue;
            QVERIFY2(!QString(b.ai).startsWith(a.ai),
                     qPrintable(QString(a.ai) + QLatin1String(" prefixes ") + QString(b.ai)));
        }
    }
}

void TestGs1::cset82_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("allowed");
    const QString allowed = QStringLiteral(
        "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");
    QCOMPARE(allowed.size(), 82);
    for (const QChar c : allowed)
        QTest::addRow("allowed %c", char(c.unicode())) << c << true;
    const QString refused = QStringLiteral(" #$@[\\]^`{|}~");
    for (const QChar c : refused)
        QTest::addRow("refused 0x%02x", c.unicode()) << c << false;
    QTest::newRow("refused group separator") << QChar(0x1D) << false;
    QTest::newRow("refused e acute") << QChar(0xE9) << false;
}

void TestGs1::cset82()
{
    QFETCH(QChar, c);
    QFETCH(bool, allowed);
    QCOMPARE(Gs1::isCset82(c), allowed);
}

QTEST_APPLESS_MAIN(TestGs1)
#include "tst_gs1.moc"
