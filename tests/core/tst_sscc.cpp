// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sscc.h"

#include <QSet>
#include <QTest>

using namespace VendorPack;

// Tests the SSCC value type: composing, reading, check digits and display forms.
class TestSscc : public QObject
{
    Q_OBJECT

private slots:
    void checkDigitFor17_data();
    void checkDigitFor17();
    void fromStringAcceptsValidSsccs_data();
    void fromStringAcceptsValidSsccs();
    void fromStringExplainsRefusals_data();
    void fromStringExplainsRefusals();
    void composeBuildsDigits_data();
    void composeBuildsDigits();
    void composeExplainsRefusals_data();
    void composeExplainsRefusals();
    void composeClearsError();
    void maxSerial_data();
    void maxSerial();
    void humanReadable_data();
    void humanReadable();
    void invalidSsccHasNoText();
    void elementString();
    void equalityAndHash();
};

void TestSscc::checkDigitFor17_data()
{
    QTest::addColumn<QString>("digits17");
    QTest::addColumn<int>("check");
    QTest::newRow("12345678901234567") << QStringLiteral("12345678901234567") << 5;
    QTest::newRow("00614141123456789") << QStringLiteral("00614141123456789") << 0;
    QTest::newRow("34012345123456789") << QStringLiteral("34012345123456789") << 5;
    QTest::newRow("10614141123456789") << QStringLiteral("10614141123456789") << 7;
    QTest::newRow("35412345000000001") << QStringLiteral("35412345000000001") << 4;
    QTest::newRow("not digits") << QStringLiteral("1234567890123456X") << -1;
}

void TestSscc::checkDigitFor17()
{
    QFETCH(QString, digits17);
    QFETCH(int, check);
    QCOMPARE(Sscc::checkDigitFor17(digits17), check);
}

void TestSscc::fromStringAcceptsValidSsccs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("extension");
    QTest::addColumn<int>("check");
    QTest::newRow("123456789012345675") << QStringLiteral("123456789012345675") << 1 << 5;
    QTest::newRow("006141411234567890") << QStringLiteral("006141411234567890") << 0 << 0;
    QTest::newRow("340123451234567895") << QStringLiteral("340123451234567895") << 3 << 5;
    QTest::newRow("106141411234567897") << QStringLiteral("106141411234567897") << 1 << 7;
    QTest::newRow("354123450000000014") << QStringLiteral("354123450000000014") << 3 << 4;
}

void TestSscc::fromStringAcceptsValidSsccs()
{
    QFETCH(QString, text);
    QString error = QStringLiteral("stale");
    const Sscc sscc = Sscc::fromString(text, &error);
    QVERIFY(sscc.isValid());
    QVERIFY(error.isEmpty());
    QCOMPARE(sscc.digits(), text);
    QTEST(sscc.extensionDigit(), "extension");
    QTEST(sscc.checkDigit(), "check");
}

void TestSscc::fromStringExplainsRefusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("wrong check digit (lint_csum fail)")
        << QStringLiteral("123456789012345670") << QStringLiteral("check digit is 0, expected 5");
    QTest::newRow("check digit 3 for 5")
        << QStringLiteral("123456789012345673") << QStringLiteral("check digit is 3, expected 5");
    QTest::newRow("17 digits") << QStringLiteral("12345678901234567")
                               << QStringLiteral("an SSCC has 18 digits, this has 17");
    QTest::newRow("19 digits") << QStringLiteral("1234567890123456759")
                               << QStringLiteral("an SSCC has 18 digits, this has 19");
    QTest::newRow("empty") << QString() << QStringLiteral("an SSCC has 18 digits, this has 0");
    QTest::newRow("letter") << QStringLiteral("12345678901234567A")
                            << QStringLiteral("an SSCC has only digits, this has \"A\" at "
                                              "character 18");
    QTest::newRow("with AI") << QStringLiteral("(00)123456789012345675")
                             << QStringLiteral("an SSCC has only digits, this has \"(\" at "
                                               "character 1");
    QTest::newRow("with a space") << QStringLiteral("12345678901234567 5")
                                  << QStringLiteral("an SSCC has only digits, this has \" \" at "
                                                    "character 18");
}

void TestSscc::fromStringExplainsRefusals()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString actual;
    const Sscc sscc = Sscc::fromString(text, &actual);
    QVERIFY(!sscc.isValid());
    QCOMPARE(actual, error);
    QCOMPARE(sscc, Sscc());
    QVERIFY(!Sscc::fromString(text).isValid()); // no error pointer is fine too
}

void TestSscc::composeBuildsDigits_data()
{
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<quint64>("serial");
    QTest::addColumn<QString>("digits");
    QTest::newRow("GS1 US example") << 1 << QStringLiteral("0614141") << quint64(123456789)
                                    << QStringLiteral("106141411234567897");
    QTest::newRow("extension 0") << 0 << QStringLiteral("0614141") << quint64(123456789)
                                 << QStringLiteral("006141411234567890");
    QTest::newRow("lint_csum vector") << 1 << QStringLiteral("2345678") << quint64(901234567)
                                      << QStringLiteral("123456789012345675");
    QTest::newRow("EANCOM serial 1 padded")
        << 3 << QStringLiteral("5412345") << quint64(1) << QStringLiteral("354123450000000014");
    QTest::newRow("serial 0") << 3 << QStringLiteral("4012345") << quint64(0)
                              << QStringLiteral("340123450000000000");
    QTest::newRow("6-digit prefix, largest serial")
        << 9 << QStringLiteral("123456") << quint64(9999999999ULL)
        << QStringLiteral("9123456") + QStringLiteral("9999999999")
            + QString::number(Sscc::checkDigitFor17(QStringLiteral("91234569999999999")));
    QTest::newRow("12-digit prefix, largest serial")
        << 5 << QStringLiteral("123456789012") << quint64(9999)
        << QStringLiteral("51234567890129999")
            + QString::number(Sscc::checkDigitFor17(QStringLiteral("51234567890129999")));
}

void TestSscc::composeBuildsDigits()
{
    QFETCH(int, extension);
    QFETCH(QString, prefix);
    QFETCH(quint64, serial);
    QFETCH(QString, digits);
    QString error;
    const Sscc sscc = Sscc::compose(extension, prefix, serial, &error);
    QVERIFY2(sscc.isValid(), qPrintable(error));
    QCOMPARE(sscc.digits(), digits);
    QCOMPARE(sscc.digits().size(), 18);
    QCOMPARE(sscc.extensionDigit(), extension);
    QCOMPARE(Sscc::fromString(sscc.digits()), sscc);
}

void TestSscc::composeExplainsRefusals_data()
{
    QTest::addColumn<int>("extension");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<quint64>("serial");
    QTest::addColumn<QString>("error");
    QTest::newRow("extension -1") << -1 << QStringLiteral("0614141") << quint64(1)
                                  << QStringLiteral("the extension digit must be 0 to 9, not -1");
    QTest::newRow("extension 10") << 10 << QStringLiteral("0614141") << quint64(1)
                                  << QStringLiteral("the extension digit must be 0 to 9, not 10");
    QTest::newRow("5-digit prefix") << 1 << QStringLiteral("12345") << quint64(1)
                                    << QStringLiteral("a GS1 company prefix has 6 to 12 digits, "
                                                      "this has 5");
    QTest::newRow("13-digit prefix") << 1 << QStringLiteral("1234567890123") << quint64(1)
                                     << QStringLiteral("a GS1 company prefix has 6 to 12 digits, "
                                                       "this has 13");
    QTest::newRow("empty prefix") << 1 << QString() << quint64(1)
                                  << QStringLiteral("a GS1 company prefix has 6 to 12 digits, "
                                                    "this has 0");
    QTest::newRow("letter in prefix") << 1 << QStringLiteral("06141A1") << quint64(1)
                                      << QStringLiteral("the GS1 company prefix must be digits "
                                                        "only");
    QTest::newRow("serial one too large")
        << 1 << QStringLiteral("0614141") << quint64(1000000000)
        << QStringLiteral("serial reference 1000000000 does not fit: after a 7-digit company "
                          "prefix it has 9 digits, so at most 999999999");
    QTest::newRow("serial too large for 12-digit prefix")
        << 1 << QStringLiteral("123456789012") << quint64(10000)
        << QStringLiteral("serial reference 10000 does not fit: after a 12-digit company "
                          "prefix it has 4 digits, so at most 9999");
}

void TestSscc::composeExplainsRefusals()
{
    QFETCH(int, extension);
    QFETCH(QString, prefix);
    QFETCH(quint64, serial);
    QFETCH(QString, error);
    QString actual;
    const Sscc sscc = Sscc::compose(extension, prefix, serial, &actual);
    QVERIFY(!sscc.isValid());
    QCOMPARE(actual, error);
    QVERIFY(sscc.digits().isEmpty());
    QCOMPARE(sscc.extensionDigit(), -1);
}

void TestSscc::composeClearsError()
{
    QString error = QStringLiteral("left over");
    QVERIFY(Sscc::compose(1, QStringLiteral("0614141"), 1, &error).isValid());
    QVERIFY(error.isEmpty());
}

void TestSscc::maxSerial_data()
{
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<quint64>("maximum");
    QTest::newRow("6") << 6 << quint64(9999999999ULL);
    QTest::newRow("7") << 7 << quint64(999999999);
    QTest::newRow("10") << 10 << quint64(999999);
    QTest::newRow("12") << 12 << quint64(9999);
    QTest::newRow("5 is not a prefix length") << 5 << quint64(0);
    QTest::newRow("13 is not a prefix length") << 13 << quint64(0);
    QTest::newRow("negative") << -1 << quint64(0);
}

void TestSscc::maxSerial()
{
    QFETCH(int, prefixLength);
    QFETCH(quint64, maximum);
    QCOMPARE(Sscc::maxSerial(prefixLength), maximum);
}

void TestSscc::humanReadable_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("prefixLength");
    QTest::addColumn<QString>("text");
    QTest::newRow("7-digit prefix") << QStringLiteral("106141411234567897") << 7
                                    << QStringLiteral("(00) 1 0614141 123456789 7");
    QTest::newRow("6-digit prefix") << QStringLiteral("106141411234567897") << 6
                                    << QStringLiteral("(00) 1 061414 1123456789 7");
    QTest::newRow("12-digit prefix") << QStringLiteral("106141411234567897") << 12
                                     << QStringLiteral("(00) 1 061414112345 6789 7");
    QTest::newRow("unknown prefix length")
        << QStringLiteral("106141411234567897") << 0 << QStringLiteral("(00) 106141411234567897");
    QTest::newRow("13 is not a prefix length")
        << QStringLiteral("106141411234567897") << 13 << QStringLiteral("(00) 106141411234567897");
}

void TestSscc::humanReadable()
{
    QFETCH(QString, digits);
    QFETCH(int, prefixLength);
    QFETCH(QString, text);
    const Sscc sscc = Sscc::fromString(digits);
    QVERIFY(sscc.isValid());
    QCOMPARE(sscc.humanReadable(prefixLength), text);
    QCOMPARE(sscc.humanReadable(), QStringLiteral("(00) ") + digits);
}

void TestSscc::invalidSsccHasNoText()
{
    const Sscc sscc;
    QVERIFY(!sscc.isValid());
    QVERIFY(sscc.digits().isEmpty());
    QVERIFY(sscc.humanReadable().isEmpty());
    QVERIFY(sscc.humanReadable(7).isEmpty());
    QVERIFY(sscc.elementString().isEmpty());
    QCOMPARE(sscc.extensionDigit(), -1);
    QCOMPARE(sscc.checkDigit(), -1);
}

void TestSscc::elementString()
{
    const Sscc sscc = Sscc::fromString(QStringLiteral("106141411234567897"));
    QCOMPARE(sscc.elementString(), QStringLiteral("00106141411234567897"));
}

void TestSscc::equalityAndHash()
{
    const Sscc a = Sscc::fromString(QStringLiteral("106141411234567897"));
    const Sscc b = Sscc::compose(1, QStringLiteral("0614141"), 123456789);
    const Sscc c = Sscc::fromString(QStringLiteral("006141411234567890"));
    QVERIFY(a == b);
    QVERIFY(!(a != b));
    QVERIFY(a != c);
    QVERIFY(a != Sscc());
    QCOMPARE(Sscc(), Sscc());
    QCOMPARE(qHash(a), qHash(b));
    QCOMPARE(qHash(a, 42), qHash(b, 42));

    QSet<Sscc> set { a, b, c };
    QCOMPARE(set.size(), 2);
    QVERIFY(set.contains(Sscc::fromString(QStringLiteral("006141411234567890"))));
    QVERIFY(!set.contains(Sscc()));
}

QTEST_APPLESS_MAIN(TestSscc)
#include "tst_sscc.moc"
