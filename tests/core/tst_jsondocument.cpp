// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsondocument.h"

#include <QTest>

#include <limits>

using namespace VendorPack;

namespace {

// Finds the member of an object by key (the first one when a key repeats); -1 when absent.
int member(const JsonDocument &doc, int object, const char *key)
{
    for (int i = 0; i < doc.size(object); ++i) {
        if (doc.stringEquals(doc.memberKey(object, i), QLatin1String(key)))
            return doc.memberValue(object, i);
    }
    return -1;
}

QByteArray nested(int depth, char open, char close)
{
    return QByteArray(depth, open) + QByteArray(depth, close);
}

// `depth` objects, each holding the next under "a": {"a":{"a":{}}}.
QByteArray nestedObjects(int depth)
{
    QByteArray json;
    for (int i = 1; i < depth; ++i)
        json += "{\"a\":";
    json += "{}";
    json += QByteArray(depth - 1, '}');
    return json;
}

} // namespace

// Tests the strict one-pass JSON parser: value kinds, strings, numbers, errors with line and
// column, UTF-8 validation, the depth limit, byte order marks and duplicate keys.
class TestJsonDocument : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryValueKind();
    void keepsOffsetsOfValues();
    void unescapesStrings_data();
    void unescapesStrings();
    void acceptsValidUtf8_data();
    void acceptsValidUtf8();
    void rawStringOnlyWithoutEscapes();
    void stringEqualsComparesTheDecodedText();
    void keepsNumberText_data();
    void keepsNumberText();
    void reportsSyntaxErrors_data();
    void reportsSyntaxErrors();
    void rejectsInvalidUtf8_data();
    void rejectsInvalidUtf8();
    void limitsDepth_data();
    void limitsDepth();
    void survivesHostileNesting();
    void skipsByteOrderMark();
    void keepsDuplicateKeys();
    void countsColumnsInCharacters();
    void parsesALargeArray();
    void namesTypes();
};

void TestJsonDocument::parsesEveryValueKind()
{
    const QByteArray json = R"({"null": null, "yes": true, "no": false, "int": -12,
        "real": 2.5, "text": "abc", "empty": "", "list": [1, "two", [], {}],
        "object": {"inner": [null]}, "none": {}, "nothing": []})";
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    const int root = JsonDocument::kRoot;
    QCOMPARE(doc.type(root), JsonType::Object);
    QCOMPARE(doc.size(root), 11);

    QCOMPARE(doc.type(member(doc, root, "null")), JsonType::Null);
    QCOMPARE(doc.type(member(doc, root, "yes")), JsonType::Bool);
    QCOMPARE(doc.toBool(member(doc, root, "yes")), true);
    QCOMPARE(doc.toBool(member(doc, root, "no")), false);
    QCOMPARE(doc.type(member(doc, root, "int")), JsonType::Number);
    QCOMPARE(doc.toInteger(member(doc, root, "int")), qint64(-12));
    QCOMPARE(doc.toDouble(member(doc, root, "real")), 2.5);
    QCOMPARE(doc.type(member(doc, root, "text")), JsonType::String);
    QCOMPARE(doc.toString(member(doc, root, "text")), QStringLiteral("abc"));
    QVERIFY(doc.toString(member(doc, root, "empty")).isEmpty());

    const int list = member(doc, root, "list");
    QCOMPARE(doc.type(list), JsonType::Array);
    QCOMPARE(doc.size(list), 4);
    QCOMPARE(doc.toInteger(doc.element(list, 0)), qint64(1));
    QCOMPARE(doc.toString(doc.element(list, 1)), QStringLiteral("two"));
    QCOMPARE(doc.type(doc.element(list, 2)), JsonType::Array);
    QCOMPARE(doc.size(doc.element(list, 2)), 0);
    QCOMPARE(doc.type(doc.element(list, 3)), JsonType::Object);
    QCOMPARE(doc.size(doc.element(list, 3)), 0);

    const int object = member(doc, root, "object");
    QCOMPARE(doc.type(object), JsonType::Object);
    QCOMPARE(doc.size(object), 1);
    QCOMPARE(doc.toString(doc.memberKey(object, 0)), QStringLiteral("inner"));
    const int inner = doc.memberValue(object, 0);
    QCOMPARE(doc.size(inner), 1);
    QCOMPARE(doc.type(doc.element(inner, 0)), JsonType::Null);
    QCOMPARE(doc.size(member(doc, root, "none")), 0);
    QCOMPARE(doc.size(member(doc, root, "nothing")), 0);

    // A scalar alone is a document too.
    for (const char *scalar : { "null", "true", "false", "0", "\"x\"", " 7 " }) {
        const JsonDocument one = JsonDocument::parse(QByteArray(scalar));
        QVERIFY2(one.isValid(), scalar);
        QCOMPARE(one.valueCount(), qsizetype(1));
    }
}

void TestJsonDocument::keepsOffsetsOfValues()
{
    const QByteArray json = "{\n  \"a\": [10, \"x\"],\n  \"b\": null\n}";
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(doc.isValid());
    const int root = JsonDocument::kRoot;
    QCOMPARE(doc.offset(root), qsizetype(0));
    const int a = member(doc, root, "a");
    QCOMPARE(doc.offset(a), json.indexOf('['));
    QCOMPARE(doc.offset(doc.element(a, 0)), json.indexOf("10"));
    QCOMPARE(doc.offset(doc.element(a, 1)), json.indexOf("\"x\""));
    QCOMPARE(doc.offset(doc.memberKey(root, 1)), json.indexOf("\"b\""));
    const int b = member(doc, root, "b");
    QCOMPARE(doc.offset(b), json.indexOf("null"));
    QCOMPARE(doc.lineColumn(doc.offset(b)), std::make_pair(3, 8));
    QCOMPARE(doc.lineColumn(0), std::make_pair(1, 1));
}

void TestJsonDocument::unescapesStrings_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QByteArray(R"("PRD-55678-C40")") << QStringLiteral("PRD-55678-C40");
    QTest::newRow("empty") << QByteArray(R"("")") << QString();
    QTest::newRow("quote") << QByteArray(R"("say \"hi\"")") << QStringLiteral("say \"hi\"");
    QTest::newRow("backslash") << QByteArray(R"("C:\\temp")") << QStringLiteral("C:\\temp");
    QTest::newRow("solidus") << QByteArray(R"("a\/b")") << QStringLiteral("a/b");
    QTest::newRow("control escapes")
        << QByteArray(R"("\b\f\n\r\t")") << QStringLiteral("\b\f\n\r\t");
    QTest::newRow("escapes between text")
        << QByteArray(R"("line 1\nline 2\ttab")") << QStringLiteral("line 1\nline 2\ttab");
    QTest::newRow("u escape ascii") << QByteArray(R"("\u0041BC")") << QStringLiteral("ABC");
    QTest::newRow("u escape nul") << QByteArray(R"("a\u0000b")")
                                  << QStringView(u"a\0b", 3).toString();
    QTest::newRow("u escape latin") << QByteArray(R"("caf\u00e9")") << QStringLiteral("café");
    QTest::newRow("u escape upper-case hex")
        << QByteArray(R"("\u00E9\u00C9")") << QStringLiteral("éÉ");
    QTest::newRow("u escape euro") << QByteArray(R"("\u20ac 5")") << QStringLiteral("€ 5");
    QTest::newRow("u escape surrogate pair")
        << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::newRow("u escape surrogate pair in upper case")
        << QByteArray(R"("x\uD83D\uDE00y")") << QString::fromUtf8("x\xF0\x9F\x98\x80y");
    QTest::newRow("raw two-byte UTF-8") << QByteArray("\"Gr\xC3\xBC\xC3\x9F"
                                                      "e\"")
                                        << QStringLiteral("Grüße");
    QTest::newRow("raw four-byte UTF-8")
        << QByteArray("\"\xF0\x9F\x93\xA6\"") << QString::fromUtf8("\xF0\x9F\x93\xA6");
    QTest::newRow("raw UTF-8 and escapes")
        << QByteArray("\"\xE2\x82\xAC\\n\xC3\xA9\\u00e9\"") << QStringLiteral("€\néé");
}

void TestJsonDocument::unescapesStrings()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.type(JsonDocument::kRoot), JsonType::String);
    QCOMPARE(doc.toString(JsonDocument::kRoot), expected);
}

void TestJsonDocument::acceptsValidUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("smallest two-byte U+0080") << QByteArray("\xC2\x80");
    QTest::newRow("largest two-byte U+07FF") << QByteArray("\xDF\xBF");
    QTest::newRow("smallest three-byte U+0800") << QByteArray("\xE0\xA0\x80");
    QTest::newRow("just below the surrogates U+D7FF") << QByteArray("\xED\x9F\xBF");
    QTest::newRow("just above the surrogates U+E000") << QByteArray("\xEE\x80\x80");
    QTest::newRow("largest three-byte U+FFFF") << QByteArray("\xEF\xBF\xBF");
    QTest::newRow("smallest four-byte U+10000") << QByteArray("\xF0\x90\x80\x80");
    QTest::newRow("largest code point U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF");
}

void TestJsonDocument::acceptsValidUtf8()
{
    QFETCH(QByteArray, text);
    const JsonDocument doc = JsonDocument::parse("[\"" + text + "\"]");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.toString(doc.element(JsonDocument::kRoot, 0)), QString::fromUtf8(text));
}

void TestJsonDocument::rawStringOnlyWithoutEscapes()
{
    const JsonDocument doc = JsonDocument::parse(R"(["plain", "with\"escape", ""])");
    QVERIFY(doc.isValid());
    const int root = JsonDocument::kRoot;
    QCOMPARE(doc.rawString(doc.element(root, 0)).toByteArray(), QByteArray("plain"));
    QVERIFY(doc.rawString(doc.element(root, 1)).isNull());
    const QByteArrayView empty = doc.rawString(doc.element(root, 2));
    QVERIFY(!empty.isNull());
    QVERIFY(empty.isEmpty());
}

void TestJsonDocument::stringEqualsComparesTheDecodedText()
{
    const JsonDocument doc = JsonDocument::parse(R"(["Type", "\u0054ype", "Typ", "Types", 1])");
    QVERIFY(doc.isValid());
    const int root = JsonDocument::kRoot;
    QVERIFY(doc.stringEquals(doc.element(root, 0), QLatin1String("Type")));
    QVERIFY(doc.stringEquals(doc.element(root, 1), QLatin1String("Type")));
    QVERIFY(!doc.stringEquals(doc.element(root, 2), QLatin1String("Type")));
    QVERIFY(!doc.stringEquals(doc.element(root, 3), QLatin1String("Type")));
    QVERIFY(!doc.stringEquals(doc.element(root, 4), QLatin1String("1")));
}

void TestJsonDocument::keepsNumberText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<bool>("isDouble");
    QTest::addColumn<double>("real");

    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0) << true << 0.0;
    QTest::newRow("negative zero") << QByteArray("-0") << true << qint64(0) << true << -0.0;
    QTest::newRow("small integer") << QByteArray("96") << true << qint64(96) << true << 96.0;
    QTest::newRow("negative integer") << QByteArray("-3") << true << qint64(-3) << true << -3.0;
    QTest::newRow("fraction kept as written")
        << QByteArray("12.50") << false << qint64(0) << true << 12.5;
    QTest::newRow("whole number with a fraction part")
        << QByteArray("12.0") << false << qint64(0) << true << 12.0;
    QTest::newRow("exponent") << QByteArray("1e3") << false << qint64(0) << true << 1000.0;
    QTest::newRow("exponent upper case with sign")
        << QByteArray("1E+3") << false << qint64(0) << true << 1000.0;
    QTest::newRow("negative exponent")
        << QByteArray("-3.25e-2") << false << qint64(0) << true << -0.0325;
    QTest::newRow("largest qint64")
        << QByteArray("9223372036854775807") << true << max << true << 9223372036854775807.0;
    QTest::newRow("smallest qint64")
        << QByteArray("-9223372036854775808") << true << min << true << -9223372036854775808.0;
    QTest::newRow("one above qint64 overflows the integer")
        << QByteArray("9223372036854775808") << false << qint64(0) << true << 9223372036854775808.0;
    QTest::newRow("twenty nines overflow the integer")
        << QByteArray("99999999999999999999") << false << qint64(0) << true << 1e20;
    QTest::newRow("1e400 overflows both")
        << QByteArray("1e400") << false << qint64(0) << false << 0.0;
    QTest::newRow("-1e400 overflows both")
        << QByteArray("-1e400") << false << qint64(0) << false << 0.0;
    QTest::newRow("largest double") << QByteArray("1.7976931348623157e308") << false << qint64(0)
                                    << true << std::numeric_limits<double>::max();
    QTest::newRow("smallest subnormal") << QByteArray("5e-324") << false << qint64(0) << true
                                        << std::numeric_limits<double>::denorm_min();
}

void TestJsonDocument::keepsNumberText()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, isInteger);
    QFETCH(qint64, integer);
    QFETCH(bool, isDouble);
    QFETCH(double, real);

    const JsonDocument doc = JsonDocument::parse("[" + text + "]");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    const int v = doc.element(JsonDocument::kRoot, 0);
    QCOMPARE(doc.type(v), JsonType::Number);
    QCOMPARE(doc.numberText(v).toByteArray(), text);
    const std::optional<qint64> i = doc.toInteger(v);
    QCOMPARE(i.has_value(), isInteger);
    if (isInteger)
        QCOMPARE(*i, integer);
    const std::optional<double> d = doc.toDouble(v);
    QCOMPARE(d.has_value(), isDouble);
    if (isDouble)
        QCOMPARE(*d, real);
}

void TestJsonDocument::reportsSyntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    // Empty input.
    QTest::newRow("empty input") << QByteArray() << 1 << 1 << "empty";
    QTest::newRow("only white space") << QByteArray(" \n\t ") << 2 << 3 << "empty";
    QTest::newRow("only a byte order mark") << QByteArray("\xEF\xBB\xBF") << 1 << 1 << "empty";

    // Strings.
    QTest::newRow("unterminated string") << QByteArray(R"({"a": "abc)") << 1 << 7 << "not closed";
    QTest::newRow("unterminated string on line 2")
        << QByteArray("{\n  \"a\": \"abc") << 2 << 8 << "not closed";
    QTest::newRow("unterminated key") << QByteArray(R"({"abc)") << 1 << 2 << "not closed";
    QTest::newRow("backslash at the end") << QByteArray(R"(["ab\)") << 1 << 6 << "not closed";
    QTest::newRow("bad escape") << QByteArray(R"(["a\x"])") << 1 << 5 << "\\x";
    QTest::newRow("escaped single quote")
        << QByteArray(R"(["it\'s"])") << 1 << 6 << "invalid escape";
    QTest::newRow("short u escape")
        << QByteArray(R"(["\u12"])") << 1 << 4 << "four hexadecimal digits";
    QTest::newRow("u escape with a non-hex digit")
        << QByteArray(R"(["\u12G4"])") << 1 << 4 << "four hexadecimal digits";
    QTest::newRow("u escape cut by the end")
        << QByteArray(R"(["\u00)") << 1 << 4 << "four hexadecimal digits";
    QTest::newRow("raw tab in a string")
        << QByteArray("[\"a\tb\"]") << 1 << 4 << "control character (0x09)";
    QTest::newRow("raw newline in a string")
        << QByteArray("{\"a\":\n \"x\ny\"}") << 2 << 4 << "control character (0x0a)";
    QTest::newRow("raw NUL in a string")
        << QByteArray("[\"a\0\"]", 5) << 1 << 4 << "control character (0x00)";
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << 2 << "field name";

    // Structure.
    QTest::newRow("trailing comma in an object")
        << QByteArray(R"({"a": 1,})") << 1 << 9 << "field name";
    QTest::newRow("trailing comma in an array")
        << QByteArray("[1, 2,]") << 1 << 7 << "expected a value but found ']'";
    QTest::newRow("trailing comma on its own line")
        << QByteArray("[\n  1,\n  2,\n]") << 4 << 1 << "expected a value";
    QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << 1 << 6 << "':'";
    QTest::newRow("missing comma in an array")
        << QByteArray("[1 2]") << 1 << 4 << "expected ',' or ']'";
    QTest::newRow("missing comma in an object")
        << QByteArray(R"({"a": 1 "b": 2})") << 1 << 9 << "expected ',' or '}'";
    QTest::newRow("unquoted key") << QByteArray("{a: 1}") << 1 << 2 << "field name";
    QTest::newRow("unclosed array") << QByteArray("[1, 2") << 1 << 6 << "end of the file";
    QTest::newRow("unclosed object") << QByteArray(R"({"a": 1)") << 1 << 8 << "end of the file";
    QTest::newRow("value missing after a colon")
        << QByteArray(R"({"a":})") << 1 << 6 << "expected a value";
    QTest::newRow("mismatched brackets") << QByteArray("[1}") << 1 << 3 << "expected ',' or ']'";
    QTest::newRow("trailing garbage") << QByteArray("{} x") << 1 << 4 << "after the end";
    QTest::newRow("two documents") << QByteArray("{}\n{}") << 2 << 1 << "after the end";
    QTest::newRow("comment") << QByteArray("// shipment\n{}") << 1 << 1 << "'/'";
    QTest::newRow("error on a later line")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": tru\n}") << 3 << 8 << "'t'";
    QTest::newRow("error after CRLF line ends")
        << QByteArray("{\r\n  \"a\": 1,\r\n  \"b\": ?\r\n}") << 3 << 8 << "'?'";

    // Literals and numbers.
    QTest::newRow("capitalised literal") << QByteArray("[True]") << 1 << 2 << "'T'";
    QTest::newRow("cut literal") << QByteArray("[nul]") << 1 << 2 << "'n'";
    QTest::newRow("NaN") << QByteArray("NaN") << 1 << 1 << "'N'";
    QTest::newRow("Infinity") << QByteArray("[-Infinity]") << 1 << 3 << "needs digits";
    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 3 << "expected ',' or ']'";
    QTest::newRow("plus sign") << QByteArray("[+1]") << 1 << 2 << "'+'";
    QTest::newRow("lone minus") << QByteArray("[-]") << 1 << 3 << "needs digits";
    QTest::newRow("point without digits")
        << QByteArray("[1.]") << 1 << 4 << "after the decimal point";
    QTest::newRow("leading point") << QByteArray("[.5]") << 1 << 2 << "'.'";
    QTest::newRow("exponent without digits") << QByteArray("[1e]") << 1 << 4 << "exponent";
    QTest::newRow("exponent sign without digits") << QByteArray("[1e+]") << 1 << 5 << "exponent";
    QTest::newRow("hexadecimal") << QByteArray("[0x1F]") << 1 << 3 << "expected ',' or ']'";
    QTest::newRow("number cut by the end")
        << QByteArray("1.") << 1 << 3 << "after the decimal point";

    // Bytes outside strings.
    QTest::newRow("control byte between values")
        << QByteArray("[1,\x01 2]") << 1 << 4 << "byte 0x01";
    QTest::newRow("UTF-8 letter outside a string")
        << QByteArray("[\xC3\xA9]") << 1 << 2 << "byte 0xc3";
    QTest::newRow("byte order mark in the middle")
        << QByteArray("[1, \xEF\xBB\xBF 2]") << 1 << 5 << "byte 0xef";
    QTest::newRow("second byte order mark")
        << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF{}") << 1 << 1 << "byte 0xef";
    QTest::newRow("error after a byte order mark")
        << QByteArray("\xEF\xBB\xBF{,}") << 1 << 2 << "field name";
}

void TestJsonDocument::reportsSyntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.valueCount(), qsizetype(0));
    const JsonDocument::Error &e = doc.error();
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(doc.lineColumn(e.offset), std::make_pair(line, column));
}

void TestJsonDocument::rejectsInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("column");

    // Each sequence sits in a string after "ab": ["ab<bytes>"]; the error is at its first byte.
    QTest::newRow("lone continuation byte") << QByteArray("\x80") << 5;
    QTest::newRow("overlong slash C0 AF") << QByteArray("\xC0\xAF") << 5;
    QTest::newRow("overlong C1 BF") << QByteArray("\xC1\xBF") << 5;
    QTest::newRow("overlong three-byte E0 80 AF") << QByteArray("\xE0\x80\xAF") << 5;
    QTest::newRow("overlong three-byte E0 9F BF") << QByteArray("\xE0\x9F\xBF") << 5;
    QTest::newRow("overlong four-byte F0 80 80 AF") << QByteArray("\xF0\x80\x80\xAF") << 5;
    QTest::newRow("overlong four-byte F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF") << 5;
    QTest::newRow("high surrogate D800") << QByteArray("\xED\xA0\x80") << 5;
    QTest::newRow("low surrogate DFFF") << QByteArray("\xED\xBF\xBF") << 5;
    QTest::newRow("surrogate pair encoded as CESU-8")
        << QByteArray("\xED\xA0\xBD\xED\xB8\x80") << 5;
    QTest::newRow("above U+10FFFF F4 90") << QByteArray("\xF4\x90\x80\x80") << 5;
    QTest::newRow("lead byte F5") << QByteArray("\xF5\x80\x80\x80") << 5;
    QTest::newRow("five-byte lead F8") << QByteArray("\xF8\x88\x80\x80\x80") << 5;
    QTest::newRow("byte FE") << QByteArray("\xFE") << 5;
    QTest::newRow("byte FF") << QByteArray("\xFF") << 5;
    QTest::newRow("truncated two-byte before the quote") << QByteArray("\xC3") << 5;
    QTest::newRow("truncated three-byte before the quote") << QByteArray("\xE2\x82") << 5;
    QTest::newRow("truncated four-byte before the quote") << QByteArray("\xF0\x9F\x98") << 5;
    QTest::newRow("lead byte followed by ASCII") << QByteArray("\xC3"
                                                               "A")
                                                 << 5;
    QTest::newRow("after a valid letter") << QByteArray("\xC3\xA9\xFF") << 6;
}

void TestJsonDocument::rejectsInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, column);

    const JsonDocument doc = JsonDocument::parse("[\"ab" + bytes + "\"]");
    QVERIFY(!doc.isValid());
    QVERIFY2(doc.error().message.contains(QLatin1String("UTF-8")), qPrintable(doc.error().message));
    QCOMPARE(doc.error().line, 1);
    QCOMPARE(doc.error().column, column);

    // In a key as well, and cut off by the end of the input.
    QVERIFY(!JsonDocument::parse("{\"ab" + bytes + "\": 1}").isValid());
    const JsonDocument cut = JsonDocument::parse("[\"ab" + bytes);
    QVERIFY(!cut.isValid());
    QCOMPARE(cut.error().line, 1);
}

void TestJsonDocument::limitsDepth_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<bool>("valid");

    const int max = JsonDocument::kDefaultMaxDepth;
    QTest::newRow("64 arrays") << nested(max, '[', ']') << max << true;
    QTest::newRow("65 arrays") << nested(max + 1, '[', ']') << max << false;
    QTest::newRow("100 arrays") << nested(100, '[', ']') << max << false;
    QTest::newRow("64 objects") << nestedObjects(max) << max << true;
    QTest::newRow("65 objects") << nestedObjects(max + 1) << max << false;
    QTest::newRow("scalars do not count") << QByteArray("[[[1, \"x\"]]]") << 3 << true;
    QTest::newRow("limit 3, depth 4") << QByteArray("[[[[]]]]") << 3 << false;
    QTest::newRow("limit 3 with objects") << QByteArray(R"({"a":{"b":[{}]}})") << 3 << false;
    QTest::newRow("siblings do not add up") << QByteArray("[[[]],[[]],[[]]]") << 3 << true;
}

void TestJsonDocument::limitsDepth()
{
    QFETCH(QByteArray, json);
    QFETCH(int, maxDepth);
    QFETCH(bool, valid);

    const JsonDocument doc = JsonDocument::parse(json, maxDepth);
    QCOMPARE(doc.isValid(), valid);
    if (!valid) {
        QVERIFY2(doc.error().message.contains(QString::number(maxDepth)),
                 qPrintable(doc.error().message));
        QCOMPARE(doc.error().line, 1);
        // The error points at the first bracket that is one too deep.
        QCOMPARE(doc.error().column, int(doc.error().offset) + 1);
        const char c = json.at(doc.error().offset);
        QVERIFY(c == '[' || c == '{');
    }
}

void TestJsonDocument::survivesHostileNesting()
{
    // A million brackets must not exhaust the stack: the depth limit stops the descent.
    const JsonDocument arrays = JsonDocument::parse(QByteArray(1000000, '['));
    QVERIFY(!arrays.isValid());
    QCOMPARE(arrays.error().column, JsonDocument::kDefaultMaxDepth + 1);

    QByteArray objects;
    for (int i = 0; i < 200000; ++i)
        objects += "{\"a\":";
    const JsonDocument deep = JsonDocument::parse(objects);
    QVERIFY(!deep.isValid());
    QVERIFY(deep.error().message.contains(QLatin1String("64")));
}

void TestJsonDocument::skipsByteOrderMark()
{
    const JsonDocument doc = JsonDocument::parse("\xEF\xBB\xBF{\"a\": [1]}");
    QVERIFY2(doc.isValid(), qPrintable(doc.error().message));
    QCOMPARE(doc.type(JsonDocument::kRoot), JsonType::Object);
    QCOMPARE(doc.size(JsonDocument::kRoot), 1);
    // Offsets count the mark's bytes; columns do not show it.
    QCOMPARE(doc.offset(JsonDocument::kRoot), qsizetype(3));
    QCOMPARE(doc.lineColumn(doc.offset(JsonDocument::kRoot)), std::make_pair(1, 1));

    const JsonDocument withSpace = JsonDocument::parse("\xEF\xBB\xBF \n [true]");
    QVERIFY(withSpace.isValid());
    QCOMPARE(withSpace.size(JsonDocument::kRoot), 1);
}

void TestJsonDocument::keepsDuplicateKeys()
{
    const JsonDocument doc = JsonDocument::parse(R"({"Quantity": 1, "Type": "ITEM",
        "Quantity": 2})");
    QVERIFY(doc.isValid());
    const int root = JsonDocument::kRoot;
    QCOMPARE(doc.size(root), 3);
    QCOMPARE(doc.toString(doc.memberKey(root, 0)), QStringLiteral("Quantity"));
    QCOMPARE(doc.toInteger(doc.memberValue(root, 0)), qint64(1));
    QCOMPARE(doc.toString(doc.memberKey(root, 1)), QStringLiteral("Type"));
    QCOMPARE(doc.toString(doc.memberKey(root, 2)), QStringLiteral("Quantity"));
    QCOMPARE(doc.toInteger(doc.memberValue(root, 2)), qint64(2));
}

void TestJsonDocument::countsColumnsInCharacters()
{
    // "é" is two bytes and "📦" four, but each is one column.
    const QByteArray json = "{\"n\xC3\xA9\": \"\xF0\x9F\x93\xA6\", x}";
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(!doc.isValid());
    QCOMPARE(doc.error().offset, json.indexOf('x'));
    QCOMPARE(doc.error().line, 1);
    QCOMPARE(doc.error().column, 13);
}

void TestJsonDocument::parsesALargeArray()
{
    QByteArray json = "[";
    const int count = 100000;
    for (int i = 0; i < count; ++i) {
        if (i)
            json += ',';
        json += "{\"i\":" + QByteArray::number(i) + ",\"s\":\"v" + QByteArray::number(i) + "\"}";
    }
    json += ']';
    const JsonDocument doc = JsonDocument::parse(json);
    QVERIFY(doc.isValid());
    QCOMPARE(doc.size(JsonDocument::kRoot), count);
    const int last = doc.element(JsonDocument::kRoot, count - 1);
    QCOMPARE(doc.toInteger(member(doc, last, "i")), qint64(count - 1));
    QCOMPARE(doc.toString(member(doc, last, "s")), QStringLiteral("v99999"));
    QCOMPARE(doc.valueCount(), qsizetype(1 + 5 * count));
}

void TestJsonDocument::namesTypes()
{
    QCOMPARE(JsonDocument::typeName(JsonType::Null), QLatin1String("null"));
    QCOMPARE(JsonDocument::typeName(JsonType::Bool), QLatin1String("a boolean"));
    QCOMPARE(JsonDocument::typeName(JsonType::Number), QLatin1String("a number"));
    QCOMPARE(JsonDocument::typeName(JsonType::String), QLatin1String("a string"));
    QCOMPARE(JsonDocument::typeName(JsonType::Array), QLatin1String("an array"));
    QCOMPARE(JsonDocument::typeName(JsonType::Object), QLatin1String("an object"));
}

QTEST_APPLESS_MAIN(TestJsonDocument)
#include "tst_jsondocument.moc"
