// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsondocument.h"
#include "core/orderbook.h"
#include "core/ordersjson.h"
#include "core/rules.h"
#include "core/shipmentjson.h"
#include "core/validator.h"

#if __has_include("core/generator.h")
#include "core/generator.h"
#define VENDORPACK_FUZZ_WITH_GENERATOR 1
#endif

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cctype>
#include <cstring>
#include <iterator>
#include <optional>

using namespace VendorPack;

namespace {

// Fixed, so that a failure can be replayed; change it to explore other inputs.
constexpr quint32 kSeed = 20260321;
// Mutated inputs per seed document, and time budgets over all shipment and all orders seed
// documents: together at most about 16 s, however slow the machine.
constexpr int kIterationsPerDocument = 6000;
constexpr qint64 kShipmentBudgetMs = 12000;
constexpr qint64 kOrdersBudgetMs = 4000;

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

struct Token
{
    qsizetype start;
    qsizetype length;
    char kind; // 's' string, 'n' number, 'w' word (true, false, null...), 'p' punctuation, 'x'
    qsizetype end() const { return start + length; }
};

// A forgiving tokenizer: works on broken JSON too, which is what it is mostly given.
QList<Token> tokenize(const QByteArray &b)
{
    QList<Token> tokens;
    const qsizetype n = b.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = b.at(i);
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            ++i;
        } else if (c == '"') {
            qsizetype j = i + 1;
            while (j < n && b.at(j) != '"')
                j += b.at(j) == '\\' ? 2 : 1;
            const qsizetype end = qMin(j + 1, n);
            tokens.append({ i, end - i, 's' });
            i = end;
        } else if (std::strchr("{}[],:", c) && c != '\0') {
            tokens.append({ i, 1, 'p' });
            ++i;
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            qsizetype j = i + 1;
            while (j < n && std::strchr("0123456789+-.eE", b.at(j)) && b.at(j) != '\0')
                ++j;
            tokens.append({ i, j - i, 'n' });
            i = j;
        } else if (std::isalpha(static_cast<unsigned char>(c))) {
            qsizetype j = i + 1;
            while (j < n && std::isalpha(static_cast<unsigned char>(b.at(j))))
                ++j;
            tokens.append({ i, j - i, 'w' });
            i = j;
        } else {
            tokens.append({ i, 1, 'x' });
            ++i;
        }
    }
    return tokens;
}

bool isOpen(const QByteArray &b, const Token &t)
{
    return t.kind == 'p' && (b.at(t.start) == '{' || b.at(t.start) == '[');
}

// The end (exclusive) of the value starting at token k: a scalar, or a container up to its
// matching bracket; -1 when it does not close.
qsizetype valueEnd(const QByteArray &b, const QList<Token> &tokens, qsizetype k)
{
    if (!isOpen(b, tokens.at(k)))
        return tokens.at(k).end();
    int depth = 0;
    for (qsizetype i = k; i < tokens.size(); ++i) {
        if (tokens.at(i).kind != 'p')
            continue;
        const char c = b.at(tokens.at(i).start);
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return tokens.at(i).end();
    }
    return -1;
}

// Turns valid documents into slightly or badly broken ones.
class Mutator
{
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {
    }

    QByteArray mutate(QByteArray doc)
    {
        const int rounds = 1 + int(m_rng.bounded(3));
        for (int r = 0; r < rounds; ++r)
            doc = mutateOnce(std::move(doc));
        return doc;
    }

private:
    int pick(int n) { return n > 0 ? int(m_rng.bounded(n)) : 0; }
    qsizetype pickPos(qsizetype size)
    {
        return size > 0 ? qsizetype(m_rng.bounded(quint32(size))) : 0;
    }

    template<typename F>
    std::optional<qsizetype> pickToken(const QList<Token> &tokens, F &&accept)
    {
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            if (accept(i))
                candidates.append(i);
        }
        if (candidates.isEmpty())
            return std::nullopt;
        return candidates.at(pick(int(candidates.size())));
    }

    QByteArray mutateOnce(QByteArray doc)
    {
        static const char *const kValues[] = {
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1",
            "2",
            "1.5",
            "-0",
            "1e400",
            "-1e400",
            "1e-400",
            "1e15",
            "1e16",
            "99999999999999999999",
            "3000000000",
            "\"96\"",
            "\" 7 \"",
            "\"\"",
            "\"x\"",
            "[]",
            "{}",
            "[[{}]]",
            "[null]",
            "{\"Type\":\"PALLET\"}",
            "{\"Type\":\"ITEM\",\"Quantity\":1}",
            "\"PALLET\"",
            "\"CARTON\"",
            "\"ITEM\"",
            "\"SSCC\"",
            "\"SKU\"",
            "\"GTIN\"",
            "\"CASES\"",
            "\"CASE\"",
            "\"EACHES\"",
            "\"INCH\"",
            "\"Feet\"",
            "\"GRAM\"",
            "\"POUNDS\"",
            "\"FRAGILE\"",
            "\"TRUCK_LOAD\"",
            "\"2026-03-21T00:00:00Z\"",
            "\"2027-13-01T00:00:00Z\"",
            "\"9999-12-31T23:00:00-05:00\"",
            "\"0001-01-01T00:00:00+14:00\"",
            "\"2027-03-21\"",
            "\"\\ud800\"",
            "\"\\u0000\"",
            "\"a\\/b~c\"",
            "\"000000000000000000\"",
            "\"006141410000000012\"",
            "0.0000001",
            "123456789012345678901234567890",
        };
        static const char *const kEnums[] = {
            "PALLET",  "CARTON",    "ITEM",     "SSCC",   "SKU",        "GTIN",         "EACHES",
            "CASES",   "ITEM",      "CASE",     "INCHES", "FEET",       "METER",        "YARD",
            "GRAMS",   "KILOGRAMS", "OUNCES",   "POUNDS", "TRUCK_LOAD", "SMALL_PARCEL", "ROAD",
            "OCEAN",   "FRAGILE",   "pallet",   "BOX",    "",           "NEW",          "CANCELLED",
            "SHIPPED", "ACCEPTED",  "REJECTED",
        };
        static const char *const kBadUtf8[] = {
            "\x80", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80",
            "\xFF", "\xC3",     "\xE2\x82",     "\xF0\x9F\x98",
        };
        static const char kBytes[] = "{}[],:\"\\0123456789-.eE tfn\n";

        const QList<Token> tokens = tokenize(doc);
        switch (pick(14)) {
        case 0: { // flip a bit
            if (doc.isEmpty())
                break;
            const qsizetype at = pickPos(doc.size());
            doc[at] = char(doc.at(at) ^ (1 << pick(8)));
            break;
        }
        case 1: { // insert bytes
            QByteArray bytes;
            for (int i = 0, n = 1 + pick(4); i < n; ++i) {
                bytes += pick(4) == 0 ? char(m_rng.bounded(256))
                                      : kBytes[pick(int(sizeof kBytes) - 1)];
            }
            doc.insert(pickPos(doc.size() + 1), bytes);
            break;
        }
        case 2: { // delete bytes
            if (doc.isEmpty())
                break;
            const qsizetype at = pickPos(doc.size());
            doc.remove(at, 1 + pick(int(qMin<qsizetype>(16, doc.size() - at))));
            break;
        }
        case 3: { // swap two tokens
            if (tokens.size() < 2)
                break;
            Token a = tokens.at(pick(int(tokens.size())));
            Token b = tokens.at(pick(int(tokens.size())));
            if (a.start > b.start)
                std::swap(a, b);
            if (a.start == b.start)
                break;
            const QByteArray ta = doc.mid(a.start, a.length);
            const QByteArray tb = doc.mid(b.start, b.length);
            doc.replace(b.start, b.length, ta);
            doc.replace(a.start, a.length, tb);
            break;
        }
        case 4:
        case 5: { // replace a value (scalar or container) with one of another type
            const auto k = pickToken(tokens, [&](qsizetype i) {
                const Token &t = tokens.at(i);
                return t.kind == 's' || t.kind == 'n' || t.kind == 'w' || isOpen(doc, t);
            });
            if (!k)
                break;
            const qsizetype end = valueEnd(doc, tokens, *k);
            if (end < 0)
                break;
            QByteArray value = kValues[pick(int(std::size(kValues)))];
            if (pick(20) == 0)
                value = '"' + QByteArray(100 + pick(200), 'A') + '"';
            const qsizetype start = tokens.at(*k).start;
            doc.replace(start, end - start, value);
            break;
        }
        case 6: { // duplicate a container, wrap it in an array, or nest it deeply
            const auto k
                = pickToken(tokens, [&](qsizetype i) { return isOpen(doc, tokens.at(i)); });
            if (!k)
                break;
            const qsizetype start = tokens.at(*k).start;
            const qsizetype end = valueEnd(doc, tokens, *k);
            if (end < 0)
                break;
            const QByteArray value = doc.mid(start, end - start);
            switch (pick(3)) {
            case 0:
                doc.insert(end, ',' + value);
                break;
            case 1:
                doc.replace(start, end - start, QByteArray('[' + value + ']'));
                break;
            default: {
                const int depth = 1 + pick(80);
                doc.replace(start, end - start,
                            QByteArray(QByteArray(depth, '[') + value + QByteArray(depth, ']')));
            }
            }
            break;
        }
        case 7: // truncate
            doc.truncate(pickPos(doc.size()));
            break;
        case 8: { // invalid UTF-8 inside a string
            const auto k = pickToken(tokens, [&](qsizetype i) {
                return tokens.at(i).kind == 's' && tokens.at(i).length >= 2;
            });
            if (!k)
                break;
            const Token &t = tokens.at(*k);
            doc.insert(t.start + 1 + pickPos(t.length - 1),
                       kBadUtf8[pick(int(std::size(kBadUtf8)))]);
            break;
        }
        case 9:
        case 10: { // duplicate or remove a member
            const auto k = pickToken(tokens, [&](qsizetype i) {
                return tokens.at(i).kind == 's' && i + 2 < tokens.size()
                    && tokens.at(i + 1).kind == 'p' && doc.at(tokens.at(i + 1).start) == ':';
            });
            if (!k)
                break;
            const qsizetype start = tokens.at(*k).start;
            const qsizetype end = valueEnd(doc, tokens, *k + 2);
            if (end < 0)
                break;
            if (pick(2) == 0) {
                doc.insert(end, ',' + doc.mid(start, end - start));
            } else {
                qsizetype from = start;
                qsizetype to = end;
                if (to < doc.size() && doc.at(to) == ',')
                    ++to;
                else if (*k > 0 && doc.at(tokens.at(*k - 1).start) == ',')
                    from = tokens.at(*k - 1).start;
                doc.remove(from, to - from);
            }
            break;
        }
        case 11: { // another enum value (keeps the document valid, exercises the rules)
            const auto k = pickToken(tokens, [&](qsizetype i) {
                const Token &t = tokens.at(i);
                return t.kind == 's' && t.length > 2 && t.length < 30
                    && !(i + 1 < tokens.size() && doc.at(tokens.at(i + 1).start) == ':');
            });
            if (!k)
                break;
            const Token &t = tokens.at(*k);
            doc.replace(t.start, t.length,
                        QByteArray('"' + QByteArray(kEnums[pick(int(std::size(kEnums)))]) + '"'));
            break;
        }
        case 12: { // another number
            const auto k = pickToken(tokens, [&](qsizetype i) { return tokens.at(i).kind == 'n'; });
            if (!k)
                break;
            const Token &t = tokens.at(*k);
            const QByteArray number = pick(2) ? QByteArray::number(qint64(m_rng.bounded(200)) - 20)
                                              : QByteArray::number(m_rng.generateDouble() * 1e4);
            doc.replace(t.start, t.length, number);
            break;
        }
        default: { // move a line (a container) to another place among the values
            const auto k = pickToken(tokens, [&](qsizetype i) {
                return tokens.at(i).kind == 'p' && doc.at(tokens.at(i).start) == '{';
            });
            const auto target = pickToken(tokens, [&](qsizetype i) {
                return tokens.at(i).kind == 'p' && doc.at(tokens.at(i).start) == '[';
            });
            if (!k || !target)
                break;
            const qsizetype start = tokens.at(*k).start;
            const qsizetype end = valueEnd(doc, tokens, *k);
            const qsizetype into = tokens.at(*target).end();
            if (end < 0 || (into > start && into <= end))
                break;
            const QByteArray value = doc.mid(start, end - start);
            const bool empty = into < doc.size() && doc.at(into) == ']';
            if (into > end) {
                doc.insert(into, empty ? value : value + ',');
                doc.remove(start, end - start);
            } else {
                doc.remove(start, end - start);
                doc.insert(into, empty ? value : value + ',');
            }
            break;
        }
        }
        return doc;
    }

    QRandomGenerator m_rng;
};

// Whether the RFC 6901 pointer names a value in the document (any of duplicate keys counts);
// with wantObject, a value that is an object.
bool resolves(const JsonDocument &doc, int v, const QStringList &tokens, int i, bool wantObject)
{
    if (i == tokens.size())
        return !wantObject || doc.type(v) == JsonType::Object;
    QString token = tokens.at(i);
    token.replace(QLatin1String("~1"), QLatin1String("/"));
    token.replace(QLatin1String("~0"), QLatin1String("~"));
    if (doc.type(v) == JsonType::Object) {
        for (int m = 0; m < doc.size(v); ++m) {
            if (doc.toString(doc.memberKey(v, m)) == token
                && resolves(doc, doc.memberValue(v, m), tokens, i + 1, wantObject))
                return true;
        }
        return false;
    }
    if (doc.type(v) == JsonType::Array) {
        bool ok = false;
        const int index = token.toInt(&ok);
        return ok && index >= 0 && index < doc.size(v) && QString::number(index) == token
            && resolves(doc, doc.element(v, index), tokens, i + 1, wantObject);
    }
    return false;
}

bool resolves(const JsonDocument &doc, const QString &pointer, bool wantObject)
{
    if (pointer.isEmpty())
        return !wantObject || doc.type(JsonDocument::kRoot) == JsonType::Object;
    return resolves(doc, JsonDocument::kRoot, pointer.mid(1).split(QLatin1Char('/')), 0,
                    wantObject);
}

// The part of a rule's pointer that names a line: up to the last "/Lines/<n>"; empty if none.
QString linePart(const QString &pointer)
{
    const QStringList tokens = pointer.split(QLatin1Char('/'));
    for (qsizetype i = tokens.size() - 1; i >= 1; --i) {
        bool ok = false;
        tokens.at(i).toInt(&ok);
        if (ok && tokens.at(i - 1) == QLatin1String("Lines"))
            return tokens.mid(0, i + 1).join(QLatin1Char('/'));
    }
    return QString();
}

enum class Reader { Shipment, Orders };

// What is wrong with a list of findings, or an empty string.
QString checkFindings(const Findings &findings, Reader reader)
{
    for (const Finding &f : findings) {
        if (f.rule.isEmpty())
            return QStringLiteral("a finding without a rule: ") + f.toText();
        const RuleInfo *info = Rules::find(f.rule);
        // orders.duplicate belongs to the orders file, not to the packing rules' table.
        const bool ordersOnly
            = reader == Reader::Orders && f.rule == QLatin1String("orders.duplicate");
        if (!info && !ordersOnly)
            return QStringLiteral("a rule that is not in Rules::all(): ") + f.toText();
        if (f.severity != Severity::Error && f.severity != Severity::Warning
            && f.severity != Severity::Info)
            return QStringLiteral("a finding without a severity: ") + f.toText();
        // A Quantity of 1 on a carton or pallet is the one documented downgrade (a warning).
        if (info && info->severity != f.severity && f.rule != QLatin1String("quantity.forbidden"))
            return QStringLiteral("a severity other than the rule table's: ") + f.toText();
        if (!f.pointer.isEmpty() && !f.pointer.startsWith(QLatin1Char('/')))
            return QStringLiteral("a pointer that is not RFC 6901: ") + f.toText();
        if (f.message.isEmpty())
            return QStringLiteral("a finding without a message: ") + f.toText();
    }
    return QString();
}

struct Stats
{
    int inputs = 0;
    int notJson = 0;
    int notObject = 0;
    int readable = 0;
    int withRuleErrors = 0;
    int unstableFirstWrite = 0;
};

// Everything that must hold for one shipment input; an empty string when it does.
QString checkShipment(const QByteArray &input, const RuleContext &baseContext, Stats &stats)
{
    ++stats.inputs;
    const ShipmentDocument doc = ShipmentJson::read(input);
    QString problem = checkFindings(doc.findings, Reader::Shipment);
    if (!problem.isEmpty())
        return QStringLiteral("read: ") + problem;
    if (!doc.isReadable()) {
        if (doc.findings.size() != 1)
            return QStringLiteral("an unreadable document with %1 findings")
                .arg(doc.findings.size());
        const QString &rule = doc.findings.first().rule;
        if (rule == QLatin1String("json.syntax")) {
            ++stats.notJson;
            if (JsonDocument::parse(input).isValid())
                return QStringLiteral("json.syntax for valid JSON");
            if (!doc.findings.first().message.contains(QLatin1String(", column ")))
                return QStringLiteral("json.syntax without line and column");
        } else if (rule == QLatin1String("schema.type")) {
            ++stats.notObject;
        } else {
            return QStringLiteral("unreadable for an unexpected reason: ")
                + doc.findings.first().toText();
        }
        return QString();
    }
    ++stats.readable;

    // The reader's pointers name values that exist in the document.
    const JsonDocument parsed = JsonDocument::parse(input);
    if (!parsed.isValid())
        return QStringLiteral("readable, but not valid JSON");
    for (const Finding &f : doc.findings) {
        if (!resolves(parsed, f.pointer, false))
            return QStringLiteral("a reader pointer that is not in the document: ") + f.toText();
    }

    RuleContext context = baseContext;
    context.pointerPrefix = doc.pointerPrefix;
    context.requireChannelId = !doc.bareModel;
    const Findings rules = Validator::validateOnce(*doc.shipment, context);
    problem = checkFindings(rules, Reader::Shipment);
    if (!problem.isEmpty())
        return QStringLiteral("validate: ") + problem;
    for (const Finding &f : rules) {
        // A rule's pointer starts at a line object of the document (placeholders count).
        const QString line = linePart(f.pointer);
        if (!line.isEmpty() && !resolves(parsed, line, true))
            return QStringLiteral("a rule pointer whose line is not in the document: ")
                + f.toText();
        if (line.isEmpty() && !f.pointer.startsWith(doc.pointerPrefix)
            && f.pointer != QLatin1String("/ChannelId"))
            return QStringLiteral("a header pointer outside the Model: ") + f.toText();
    }
    if (countSeverity(rules, Severity::Error) > 0)
        ++stats.withRuleErrors;

    // The canonical output is JSON, reads back with nothing new to say, and is a fixed point.
    const QByteArray written = ShipmentJson::write(*doc.shipment);
    if (!JsonDocument::parse(written).isValid())
        return QStringLiteral("write produced invalid JSON:\n") + QString::fromUtf8(written);
    const ShipmentDocument again = ShipmentJson::read(written);
    if (!again.isReadable())
        return QStringLiteral("the written document is not readable");
    for (const Finding &f : again.findings) {
        if (f.rule != QLatin1String("schema.length"))
            return QStringLiteral("the written document has a finding: ") + f.toText()
                + QLatin1Char('\n') + QString::fromUtf8(written);
    }
    const QByteArray rewritten = ShipmentJson::write(*again.shipment);
    if (rewritten != written)
        return QStringLiteral("writing is not stable:\n") + QString::fromUtf8(written)
            + QStringLiteral("\n--- then ---\n") + QString::fromUtf8(rewritten);
    return QString();
}

QString checkOrders(const QByteArray &input, Stats &stats)
{
    ++stats.inputs;
    const OrdersDocument doc = OrdersJson::read(input);
    QString problem = checkFindings(doc.findings, Reader::Orders);
    if (!problem.isEmpty())
        return QStringLiteral("read: ") + problem;
    if (!doc.readable) {
        if (doc.findings.size() != 1)
            return QStringLiteral("an unreadable document with %1 findings")
                .arg(doc.findings.size());
        ++stats.notJson;
        return QString();
    }
    ++stats.readable;
    const JsonDocument parsed = JsonDocument::parse(input);
    if (!parsed.isValid())
        return QStringLiteral("readable, but not valid JSON");
    for (const Finding &f : doc.findings) {
        if (!resolves(parsed, f.pointer, false))
            return QStringLiteral("a reader pointer that is not in the document: ") + f.toText();
    }
    // The orders feed the rules without trouble.
    const OrderBook book(doc.orders);
    Q_UNUSED(book.orders().size());

    const QByteArray written = OrdersJson::write(doc.orders);
    if (!JsonDocument::parse(written).isValid())
        return QStringLiteral("write produced invalid JSON");
    const OrdersDocument again = OrdersJson::read(written);
    if (!again.readable)
        return QStringLiteral("the written document is not readable");
    for (const Finding &f : again.findings) {
        if (f.rule != QLatin1String("schema.length"))
            return QStringLiteral("the written document has a finding: ") + f.toText()
                + QLatin1Char('\n') + QString::fromUtf8(written);
    }
    // A PO whose Status could not be read is written without one, and an absent Status reads
    // as NEW (PurchaseOrder's default), so the first write may differ from the second; from
    // the second on, writing must be stable.
    const QByteArray second = OrdersJson::write(again.orders);
    if (second != written)
        ++stats.unstableFirstWrite;
    const QByteArray third = OrdersJson::write(OrdersJson::read(second).orders);
    if (third != second)
        return QStringLiteral("writing is not stable:\n") + QString::fromUtf8(second)
            + QStringLiteral("\n--- then ---\n") + QString::fromUtf8(third);
    return QString();
}

// Keeps a failing input next to the build for replaying.
QString keepInput(const QByteArray &input)
{
    const QString path = QStringLiteral(VENDORPACK_BINARY_DIR "/fuzz-failure.json");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(input);
    return path;
}

} // namespace

// Seeded, time-bounded mutation fuzzing of the shipment and orders readers, the packing rules
// and the writers: nothing may crash, and every finding must be well formed.
class TestFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mutatorIsDeterministic();
    void shipmentReaderAndRules_data();
    void shipmentReaderAndRules();
    void ordersReader_data();
    void ordersReader();

private:
    QList<QPair<QString, QByteArray>> m_shipments;
    QList<QPair<QString, QByteArray>> m_orders;
    QList<PurchaseOrder> m_generatedOrders;
};

void TestFuzz::initTestCase()
{
    const QDir shipments(QStringLiteral(VENDORPACK_TEST_DATA "/shipments"));
    for (const QString &name : shipments.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const char *file : { "input.json", "expected.json" }) {
            const QByteArray bytes
                = readAll(shipments.filePath(name + QLatin1Char('/') + QLatin1String(file)));
            QVERIFY(!bytes.isEmpty());
            m_shipments.append({ name + QLatin1Char('/') + QLatin1String(file), bytes });
        }
    }
    for (const char *file : { "example1.json", "example2.json", "example2-complete.json" }) {
        const QByteArray bytes
            = readAll(QStringLiteral(VENDORPACK_TEST_DATA "/seed001/") + QLatin1String(file));
        QVERIFY(!bytes.isEmpty());
        m_shipments.append({ QStringLiteral("seed001/") + QLatin1String(file), bytes });
    }
    QVERIFY(m_shipments.size() >= 3);

    const QByteArray orders
        = readAll(QStringLiteral(VENDORPACK_TEST_DATA "/orders/roundtrip.json"));
    QVERIFY(!orders.isEmpty());
    m_orders.append({ QStringLiteral("orders/roundtrip.json"), orders });

#ifdef VENDORPACK_FUZZ_WITH_GENERATOR
    ShipmentGenerator::Options options;
    options.pallets = 2;
    options.cartonsPerPallet = 3;
    options.skusPerCarton = 2;
    ShipmentGenerator::Result generated = ShipmentGenerator::generate(options);
    QVERIFY2(generated.shipment, qPrintable(generated.error));
    m_shipments.append({ QStringLiteral("generated"), ShipmentJson::write(*generated.shipment) });
    m_shipments.append({ QStringLiteral("generated, compact"),
                         ShipmentJson::write(*generated.shipment, JsonWriter::Compact) });
    m_generatedOrders = generated.orders;
    m_orders.append({ QStringLiteral("generated orders"), OrdersJson::write(generated.orders) });
#endif
}

void TestFuzz::mutatorIsDeterministic()
{
    const QByteArray doc = m_shipments.first().second;
    Mutator a(kSeed);
    Mutator b(kSeed);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(a.mutate(doc), b.mutate(doc));
}

void TestFuzz::shipmentReaderAndRules_data()
{
    QTest::addColumn<QByteArray>("seedDocument");
    QTest::addColumn<bool>("withOrders");
    for (const auto &[name, bytes] : std::as_const(m_shipments))
        QTest::newRow(qPrintable(name)) << bytes << name.startsWith(QLatin1String("generated"));
}

void TestFuzz::shipmentReaderAndRules()
{
    QFETCH(QByteArray, seedDocument);
    QFETCH(bool, withOrders);

    // The generated shipment is checked against its own orders, so the po.* rules run too.
    OrderBook orders(m_generatedOrders);
    RuleContext context;
    if (withOrders)
        context.orders = &orders;

    Stats stats;
    QString problem = checkShipment(seedDocument, context, stats);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Mutator mutator(kSeed ^ quint32(qHash(seedDocument)));
    const qint64 budget = kShipmentBudgetMs / qMax(1, int(m_shipments.size()));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kIterationsPerDocument && timer.elapsed() < budget; ++i) {
        const QByteArray input = mutator.mutate(seedDocument);
        problem = checkShipment(input, context, stats);
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("iteration %1: %2\ninput kept in %3")
                                 .arg(i)
                                 .arg(problem, keepInput(input))));
    }
    qInfo("%d inputs: %d not JSON, %d not an object, %d readable (%d with rule errors)",
          stats.inputs, stats.notJson, stats.notObject, stats.readable, stats.withRuleErrors);
    // The mutations reach both the syntax errors and the reader and rules behind them (seed 001
    // example 2 is not JSON to begin with: its "{...}" placeholder mostly survives).
    QVERIFY(stats.notJson > 0);
    if (JsonDocument::parse(seedDocument).isValid())
        QVERIFY(stats.readable > stats.inputs / 10);
}

void TestFuzz::ordersReader_data()
{
    QTest::addColumn<QByteArray>("seedDocument");
    for (const auto &[name, bytes] : std::as_const(m_orders))
        QTest::newRow(qPrintable(name)) << bytes;
}

void TestFuzz::ordersReader()
{
    QFETCH(QByteArray, seedDocument);

    Stats stats;
    QString problem = checkOrders(seedDocument, stats);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    Mutator mutator(kSeed ^ quint32(qHash(seedDocument)));
    const qint64 budget = kOrdersBudgetMs / qMax(1, int(m_orders.size()));
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < kIterationsPerDocument && timer.elapsed() < budget; ++i) {
        const QByteArray input = mutator.mutate(seedDocument);
        problem = checkOrders(input, stats);
        if (!problem.isEmpty())
            QFAIL(qPrintable(QStringLiteral("iteration %1: %2\ninput kept in %3")
                                 .arg(i)
                                 .arg(problem, keepInput(input))));
    }
    qInfo("%d inputs: %d unreadable, %d readable (%d changed by a second write)", stats.inputs,
          stats.notJson, stats.readable, stats.unstableFirstWrite);
    QVERIFY(stats.notJson > 0);
    QVERIFY(stats.readable > stats.inputs / 10);
}

QTEST_APPLESS_MAIN(TestFuzz)
#include "tst_fuzz.moc"
