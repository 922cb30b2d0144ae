// SPDX-License-Identifier: GPL-3.0-or-later
#include "scanparser.h"

#include "gs1.h"

#include <optional>

namespace VendorPack {

namespace {

using Kind = Scan::Kind;

constexpr QChar kGs = Gs1::kGroupSeparator;

// The symbology identifiers of GS1 element strings: GS1-128, DataBar, DataMatrix, QR Code.
const QLatin1String kGs1SymbologyIds[]
    = { QLatin1String("C1"), QLatin1String("e0"), QLatin1String("d2"), QLatin1String("Q3") };

// Quantity commands; a strict prefix must be followed by a quantity, the others may start an SKU.
struct QuantityForm
{
    QLatin1String prefix;
    bool strict;
};
const QuantityForm kQuantityForms[] = {
    { QLatin1String("QTY:"), true }, { QLatin1String("QTY="), true },
    { QLatin1String("QTY"), false }, { QLatin1String("Q"), false },
    { QLatin1String("*"), true },
};
constexpr int kMaxQuantityDigits = 5;

// Lengths of the codes a scan may be made of, to tell two scans run together.
const int kCodeLengths[] = { 8, 12, 13, 14, 16, 18, 20 };

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isEdgeSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n';
}

bool isScanTerminator(QChar c)
{
    return c == u'\r' || c == u'\n' || c == u'\t';
}

QString hex(char16_t value, int width)
{
    return QString::number(int(value), 16).toUpper().rightJustified(width, QLatin1Char('0'));
}

QString twoScans(const QString &detail)
{
    return ScanParser::tr("looks like two scans run together: %1").arg(detail);
}

Scan invalid(QStringView raw, const QString &message)
{
    Scan scan;
    scan.raw = raw.toString();
    scan.error = message;
    return scan;
}

Scan validScan(QStringView raw, Kind kind, const QString &value)
{
    Scan scan;
    scan.kind = kind;
    scan.value = value;
    scan.raw = raw.toString();
    return scan;
}

// The longest run of ASCII digits: its length, and where it starts in *start.
int longestDigitRun(QStringView text, int *start)
{
    int best = 0;
    int run = 0;
    for (int i = 0; i < int(text.size()); ++i) {
        run = isAsciiDigit(text.at(i)) ? run + 1 : 0;
        if (run > best) {
            best = run;
            *start = i - run + 1;
        }
    }
    return best;
}

// Scan text after normalisation, each character with its 1-based column in the raw scan.
struct Chars
{
    QString text;
    QList<int> columns;
    int endColumn = 1; // the column just after the last character

    int size() const { return int(text.size()); }
    QChar at(int i) const { return text.at(i); }
    int column(int i) const { return i < columns.size() ? columns.at(i) : endColumn; }
    void append(QChar c, int at)
    {
        text.append(c);
        columns.append(at);
    }
    Chars mid(int position, int length) const
    {
        Chars part;
        part.text = text.mid(position, length);
        part.columns = columns.mid(position, length);
        part.endColumn = column(position + length);
        return part;
    }
};

bool startsWithSeparatorStandIn(QStringView text)
{
    return text.startsWith(QLatin1String("<GS>"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("{GS}"), Qt::CaseInsensitive);
}

bool hasSeparator(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == kGs || startsWithSeparatorStandIn(text.sliced(i)))
            return true;
    }
    return false;
}

// The text with <GS> and {GS} replaced by the group separator; firstColumn is text[0]'s column.
Chars normalised(QStringView text, int firstColumn)
{
    Chars chars;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (startsWithSeparatorStandIn(text.sliced(i))) {
            chars.append(kGs, firstColumn + int(i));
            i += 3;
        } else {
            chars.append(text.at(i), firstColumn + int(i));
        }
    }
    chars.endColumn = firstColumn + int(text.size());
    return chars;
}

// One GS1 field: the AI, where it starts, and its data.
struct Element
{
    const Gs1::AiInfo *info = nullptr;
    QString ai;
    int aiColumn = 0;
    Chars value;
};

// How many digits an unknown AI starting with these digits has, for naming it in a message
// (GS1 General Specifications, the AI length by its first two digits).
int likelyAiLength(QStringView digits)
{
    if (digits.size() < 2)
        return int(digits.size());
    int length = 2;
    switch (digits.first(2).toInt()) {
    case 23:
    case 24:
    case 25:
    case 40:
    case 41:
    case 42:
    case 71:
        length = 3;
        break;
    case 31:
    case 32:
    case 33:
    case 34:
    case 35:
    case 36:
    case 39:
    case 43:
    case 70:
    case 72:
    case 80:
    case 81:
    case 82:
        length = 4;
        break;
    default:
        break;
    }
    return qMin(length, int(digits.size()));
}

// Checks one field's data: length, characters, check digit, date. Empty if it is fine.
// identified: the scan began with a GS1 symbology identifier, proving it is one symbol.
QString checkElement(const Element &element, bool identified)
{
    const Gs1::AiInfo &info = *element.info;
    const QString &data = element.value.text;
    const int length = element.value.size();

    if (!identified && !info.fixedLength) {
        int runStart = 0;
        const int run = longestDigitRun(data, &runStart);
        if (run > ScanParser::kMaxDigitRun) {
            return twoScans(ScanParser::tr("AI (%1) at character %2 holds %3 digits in a row "
                                           "from character %4")
                                .arg(element.ai)
                                .arg(element.aiColumn)
                                .arg(run)
                                .arg(element.value.column(runStart)));
        }
    }
    if (length == 0) {
        return ScanParser::tr("AI (%1) at character %2 has no data")
            .arg(element.ai)
            .arg(element.aiColumn);
    }
    if (length < info.minLength || length > info.maxLength) {
        if (info.minLength == info.maxLength) {
            return (info.numeric ? ScanParser::tr("AI (%1) at character %2 needs %3 digits, this "
                                                  "has %4")
                                 : ScanParser::tr("AI (%1) at character %2 needs %3 characters, "
                                                  "this has %4"))
                .arg(element.ai)
                .arg(element.aiColumn)
                .arg(info.maxLength)
                .arg(length);
        }
        return ScanParser::tr("AI (%1) at character %2 takes %3 to %4 characters, this has %5")
            .arg(element.ai)
            .arg(element.aiColumn)
            .arg(info.minLength)
            .arg(info.maxLength)
            .arg(length);
    }
    for (int i = 0; i < length; ++i) {
        const QChar c = data.at(i);
        // AI 421 is a 3-digit ISO 3166 country code followed by the postal code.
        const bool numeric = info.numeric || (element.ai == QLatin1String("421") && i < 3);
        if (numeric ? isAsciiDigit(c) : Gs1::isCset82(c))
            continue;
        if (c.isSpace()) {
            return ScanParser::tr("AI (%1) at character %2: space at character %3 inside the data")
                .arg(element.ai)
                .arg(element.aiColumn)
                .arg(element.value.column(i));
        }
        return (numeric ? ScanParser::tr("AI (%1) at character %2 takes digits only, found \"%3\" "
                                         "at character %4")
                        : ScanParser::tr("AI (%1) at character %2: \"%3\" at character %4 is not "
                                         "allowed in GS1 data"))
            .arg(element.ai)
            .arg(element.aiColumn)
            .arg(c)
            .arg(element.value.column(i));
    }
    if (info.checkDigit && !Gs1::hasValidCheckDigit(data)) {
        return ScanParser::tr("AI (%1) at character %2: check digit is %3, expected %4")
            .arg(element.ai)
            .arg(element.aiColumn)
            .arg(data.back())
            .arg(Gs1::checkDigit(QStringView(data).chopped(1)));
    }
    if (Gs1::isDateAi(element.ai)
        && !Gs1::dateFromYymmdd(data, QDate::currentDate().year()).isValid()) {
        return ScanParser::tr("AI (%1) at character %2: %3 is not a date (YYMMDD)")
            .arg(element.ai)
            .arg(element.aiColumn)
            .arg(data);
    }
    if (element.ai == QLatin1String("37") && data.toInt() == 0) {
        return ScanParser::tr("AI (37) at character %1: the count must be at least 1")
            .arg(element.aiColumn);
    }
    return {};
}

// Adds a field after refusing a repeated AI and checking its data. Empty if it was added.
QString addElement(QList<Element> &elements, const Element &element, bool identified)
{
    for (const Element &other : elements) {
        if (other.ai == element.ai) {
            return twoScans(ScanParser::tr("AI (%1) appears twice, at characters %2 and %3")
                                .arg(element.ai)
                                .arg(other.aiColumn)
                                .arg(element.aiColumn));
        }
    }
    const QString error = checkElement(element, identified);
    if (error.isEmpty())
        elements.append(element);
    return error;
}

QString unknownAi(const Chars &chars, int at)
{
    int digits = 0;
    while (digits < 4 && at + digits < chars.size() && isAsciiDigit(chars.at(at + digits)))
        ++digits;
    if (digits == 0) {
        return ScanParser::tr("expected an Application Identifier (digits) at character %1, "
                              "found \"%2\"")
            .arg(chars.column(at))
            .arg(chars.at(at));
    }
    const QStringView candidate = QStringView(chars.text).sliced(at, digits);
    return ScanParser::tr("unknown Application Identifier (%1) at character %2")
        .arg(candidate.first(likelyAiLength(candidate)))
        .arg(chars.column(at));
}

// Reads an element string whose fields are separated by GS. Empty if every field was read.
QString readSeparated(const Chars &chars, bool identified, QList<Element> &elements)
{
    const int size = chars.size();
    int i = 0;
    if (size > 0 && chars.at(0) == kGs)
        ++i; // FNC1 in first position, sent as GS by some scanners
    if (i >= size)
        return ScanParser::tr("no GS1 data, only a group separator");

    while (i < size) {
        if (chars.at(i) == kGs) {
            return ScanParser::tr("two group separators in a row at character %1")
                .arg(chars.column(i));
        }
        const Gs1::AiInfo *info = nullptr;
        int aiLength = 2;
        for (; aiLength <= 4 && i + aiLength <= size; ++aiLength) {
            const QStringView candidate = QStringView(chars.text).sliced(i, aiLength);
            if (!Gs1::isDigits(candidate))
                break;
            info = Gs1::aiInfo(candidate);
            if (info)
                break;
        }
        if (!info)
            return unknownAi(chars, i);

        const int start = i + aiLength;
        const int limit = info->fixedLength ? qMin(size, start + info->maxLength) : size;
        int end = start;
        while (end < limit && chars.at(end) != kGs)
            ++end;

        Element element;
        element.info = info;
        element.ai = chars.text.mid(i, aiLength);
        element.aiColumn = chars.column(i);
        element.value = chars.mid(start, end - start);
        const QString error = addElement(elements, element, identified);
        if (!error.isEmpty())
            return error;

        i = end;
        // The separator ending a variable-length field, or a redundant one after a
        // predefined-length field.
        if (i < size && chars.at(i) == kGs)
            ++i;
    }
    return {};
}

// Reads the human-readable form, "(00) 1 0614141 123456789 7" or "(01)12345678901231(10)ABC".
QString readHumanReadable(const Chars &chars, QList<Element> &elements)
{
    const int size = chars.size();
    int i = 0;
    while (i < size) {
        if (chars.at(i) == u' ' || chars.at(i) == kGs) {
            ++i;
            continue;
        }
        int close = i + 1;
        while (close < size && isAsciiDigit(chars.at(close)))
            ++close;
        const int aiLength = close - i - 1;
        if (chars.at(i) != u'(' || close >= size || chars.at(close) != u')' || aiLength < 2
            || aiLength > 4) {
            return ScanParser::tr("expected an Application Identifier in parentheses at "
                                  "character %1")
                .arg(chars.column(i));
        }
        Element element;
        element.ai = chars.text.mid(i + 1, aiLength);
        element.aiColumn = chars.column(i);
        element.info = Gs1::aiInfo(element.ai);
        if (!element.info) {
            return ScanParser::tr("unknown Application Identifier (%1) at character %2")
                .arg(element.ai)
                .arg(chars.column(i));
        }

        // The data runs to the next "(". Spaces may follow ")" and group numeric data; a group
        // separator may only end the field.
        int j = close + 1;
        while (j < size && chars.at(j) != u'(') {
            const QChar c = chars.at(j);
            if (c != u' ' && c != kGs) {
                element.value.append(c, chars.column(j));
                ++j;
                continue;
            }
            int k = j;
            bool onlySpaces = true;
            while (k < size && (chars.at(k) == u' ' || chars.at(k) == kGs)) {
                onlySpaces = onlySpaces && chars.at(k) == u' ';
                ++k;
            }
            const bool atFieldEnd = k >= size || chars.at(k) == u'(';
            const bool allowed = atFieldEnd
                || (onlySpaces && (element.value.text.isEmpty() || element.info->numeric));
            if (!allowed) {
                return ScanParser::tr("AI (%1) at character %2: unexpected %3 at character %4 "
                                      "inside the data")
                    .arg(element.ai)
                    .arg(element.aiColumn)
                    .arg(c == kGs ? ScanParser::tr("group separator") : ScanParser::tr("space"))
                    .arg(chars.column(j));
            }
            j = k;
        }
        element.value.endColumn = chars.column(j);
        const QString error = addElement(elements, element, false);
        if (!error.isEmpty())
            return error;
        i = j;
    }
    return {};
}

const Element *findElement(const QList<Element> &elements, QLatin1String ai)
{
    for (const Element &element : elements) {
        if (element.ai == ai)
            return &element;
    }
    return nullptr;
}

// AIs that must not share a scan (GS1 syntax dictionary "ex=" attributes we read).
bool excludes(const QString &a, const QString &b)
{
    const auto pair = [&a, &b](const char *x, const char *y) {
        return (a == QLatin1String(x) && b == QLatin1String(y))
            || (a == QLatin1String(y) && b == QLatin1String(x));
    };
    if (pair("01", "02") || pair("01", "37") || pair("420", "421"))
        return true;
    // One net weight (310n) and one gross weight (330n), whatever the decimals.
    return a.size() == 4 && b.size() == 4 && a != b
        && QStringView(a).first(3) == QStringView(b).first(3);
}

// Turns the fields of an element string into a scan of the kind of its key.
Scan scanFromElements(QStringView raw, const QList<Element> &elements, bool identified)
{
    if (elements.isEmpty())
        return invalid(raw, ScanParser::tr("no GS1 data"));
    for (int i = 0; i < elements.size(); ++i) {
        for (int j = i + 1; j < elements.size(); ++j) {
            if (excludes(elements.at(i).ai, elements.at(j).ai)) {
                return invalid(raw,
                               ScanParser::tr("AI (%1) at character %2 cannot be combined with AI "
                                              "(%3) at character %4")
                                   .arg(elements.at(i).ai)
                                   .arg(elements.at(i).aiColumn)
                                   .arg(elements.at(j).ai)
                                   .arg(elements.at(j).aiColumn));
            }
        }
    }

    const Element *sscc = findElement(elements, QLatin1String("00"));
    const Element *gtin = findElement(elements, QLatin1String("01"));
    const Element *content = findElement(elements, QLatin1String("02"));
    const Element *count = findElement(elements, QLatin1String("37"));
    if (!identified && sscc && (gtin || content)) {
        const Element *trade = gtin ? gtin : content;
        return invalid(raw,
                       twoScans(ScanParser::tr("an SSCC at character %1 and a GTIN at character "
                                               "%2 without a symbology identifier")
                                    .arg(sscc->aiColumn)
                                    .arg(trade->aiColumn)));
    }
    if (content && !count) {
        return invalid(raw,
                       ScanParser::tr("AI (02) at character %1 needs its count, AI (37), in the "
                                      "same barcode")
                           .arg(content->aiColumn));
    }
    if (count && !content) {
        return invalid(raw,
                       ScanParser::tr("AI (37) at character %1 needs the content, AI (02), in the "
                                      "same barcode")
                           .arg(count->aiColumn));
    }

    Scan scan;
    scan.raw = raw.toString();
    for (const Element &element : elements)
        scan.elements.append(qMakePair(element.ai, element.value.text));
    if (sscc) {
        scan.kind = Kind::Sscc;
        scan.value = sscc->value.text;
    } else if (content) {
        scan.kind = Kind::CaseContent;
        scan.value = content->value.text;
    } else if (gtin) {
        scan.kind = Kind::Gtin;
        scan.value = gtin->value.text;
    } else {
        QStringList held;
        for (const Element &element : elements)
            held.append(QString(QLatin1Char('(') + element.ai + QLatin1String(") ")
                                + QLatin1String(element.info->title)));
        return invalid(raw,
                       ScanParser::tr("no SSCC or GTIN in this barcode, only %1")
                           .arg(held.join(QLatin1String(", "))));
    }
    if (count)
        scan.count = count->value.text.toInt();
    if (const Element *lot = findElement(elements, QLatin1String("10")))
        scan.lot = lot->value.text;
    if (const Element *expiry = findElement(elements, QLatin1String("17")))
        scan.expiry = Gs1::dateFromYymmdd(expiry->value.text, QDate::currentDate().year());
    if (const Element *order = findElement(elements, QLatin1String("400")))
        scan.orderNumber = order->value.text;
    if (const Element *postal = findElement(elements, QLatin1String("420")))
        scan.shipToPostal = postal->value.text;
    return scan;
}

Scan parseSeparated(QStringView raw, QStringView body, int firstColumn, bool identified)
{
    QList<Element> elements;
    const QString error = readSeparated(normalised(body, firstColumn), identified, elements);
    if (!error.isEmpty())
        return invalid(raw, error);
    return scanFromElements(raw, elements, identified);
}

// A whole code a scanner sends as digits: GTIN-8/12/13/14, SSCC, "01"+GTIN-14, "00"+SSCC.
bool isCode(QStringView digits)
{
    switch (digits.size()) {
    case 8:
    case 12:
    case 13:
    case 14:
    case 18:
        return Gs1::hasValidCheckDigit(digits);
    case 16:
        return digits.startsWith(QLatin1String("01")) && Gs1::hasValidCheckDigit(digits.sliced(2));
    case 20:
        return digits.startsWith(QLatin1String("00")) && Gs1::hasValidCheckDigit(digits.sliced(2));
    default:
        return false;
    }
}

// The lengths of the quantity commands starting at text[at], e.g. "Q1" and "Q12" in "Q12".
QList<int> quantityLengthsAt(QStringView text, int at)
{
    QList<int> lengths;
    const QStringView rest = text.sliced(at);
    for (const QuantityForm &form : kQuantityForms) {
        if (!rest.startsWith(form.prefix, Qt::CaseInsensitive))
            continue;
        const int prefix = int(form.prefix.size());
        for (int digits = 1; digits <= kMaxQuantityDigits && prefix + digits <= rest.size();
             ++digits) {
            if (!isAsciiDigit(rest.at(prefix + digits - 1)))
                break;
            if (rest.sliced(prefix, digits).toInt() >= 1)
                lengths.append(prefix + digits);
        }
    }
    return lengths;
}

// The pieces if text is two or more whole codes or quantity commands one after the other.
QStringList splitIntoScans(QStringView text)
{
    const int size = int(text.size());
    QList<int> from(size + 1, -1); // where the piece ending here starts; -1: unreachable
    from[0] = 0;
    for (int i = 0; i < size; ++i) {
        if (from.at(i) < 0)
            continue;
        QList<int> lengths = quantityLengthsAt(text, i);
        for (const int length : kCodeLengths) {
            if (i + length <= size && isCode(text.sliced(i, length)))
                lengths.append(length);
        }
        for (const int length : lengths) {
            if (length < size && from.at(i + length) < 0) // a piece that is the whole is one scan
                from[i + length] = i;
        }
    }
    if (from.at(size) < 0)
        return {};
    QStringList pieces;
    for (int end = size; end > 0; end = from.at(end))
        pieces.prepend(text.sliced(from.at(end), end - from.at(end)).toString());
    return pieces;
}

// "it starts with 4006381333931" if text begins or ends with a whole GTIN or SSCC; else empty.
QString codeAtEdge(QStringView text)
{
    static const int kLengths[] = { 18, 14, 13, 12, 8 };
    for (const int length : kLengths) {
        if (length < text.size() && Gs1::hasValidCheckDigit(text.first(length)))
            return ScanParser::tr("it starts with %1").arg(text.first(length));
    }
    for (const int length : kLengths) {
        if (length < text.size() && Gs1::hasValidCheckDigit(text.last(length)))
            return ScanParser::tr("it ends with %1").arg(text.last(length));
    }
    return {};
}

// How long a GS1 element string starting without separators has its key field: 20 for
// "00"+SSCC, 16 for "01" or "02"+GTIN-14 (with valid check digits); 0 if it does not start so.
int implicitKeyLength(QStringView text)
{
    if (text.size() >= 20 && text.startsWith(QLatin1String("00"))
        && Gs1::hasValidCheckDigit(text.sliced(2, 18)))
        return 20;
    if (text.size() >= 16
        && (text.startsWith(QLatin1String("01")) || text.startsWith(QLatin1String("02")))
        && Gs1::hasValidCheckDigit(text.sliced(2, 14)))
        return 16;
    return 0;
}

Scan skuScan(QStringView raw, QStringView body, int firstColumn)
{
    if (body.size() > ScanParser::kMaxSkuLength) {
        return invalid(raw,
                       ScanParser::tr("too long for an SKU: %1 characters, at most %2")
                           .arg(body.size())
                           .arg(ScanParser::kMaxSkuLength));
    }
    int runStart = 0;
    const int run = longestDigitRun(body, &runStart);
    if (run > ScanParser::kMaxDigitRun) {
        return invalid(raw,
                       twoScans(ScanParser::tr("%1 digits in a row from character %2")
                                    .arg(run)
                                    .arg(firstColumn + runStart)));
    }
    const QStringList pieces = splitIntoScans(body);
    if (!pieces.isEmpty())
        return invalid(raw, twoScans(pieces.join(QLatin1String(" + "))));
    return validScan(raw, Kind::Sku, body.toString());
}

Scan gtinScan(QStringView raw, QStringView digits)
{
    return validScan(raw, Kind::Gtin, Gs1::normalizeGtin14(digits));
}

Scan parseDigits(QStringView raw, QStringView body, int firstColumn)
{
    const int size = int(body.size());
    if (size <= 14) {
        if (Gs1::isValidGtin(body))
            return gtinScan(raw, body);
        return skuScan(raw, body, firstColumn); // many SKUs are numeric
    }
    if (size == 18 && Gs1::hasValidCheckDigit(body))
        return validScan(raw, Kind::Sscc, body.toString());

    if (isCode(body)) // "00"+SSCC or "01"+GTIN-14
        return parseSeparated(raw, body, firstColumn, false);
    const int keyLength = size == 18 ? 0 : implicitKeyLength(body);
    const QStringList pieces = splitIntoScans(body);
    if (!pieces.isEmpty())
        return invalid(raw, twoScans(pieces.join(QLatin1String(" + "))));
    if (keyLength > 0)
        return parseSeparated(raw, body, firstColumn, false);

    const QString edge = codeAtEdge(body);
    if (size == 18) {
        const int expected = Gs1::checkDigit(body.first(17));
        const int actual = body.back().unicode() - u'0';
        // A mistyped SSCC is far more likely than a GTIN run into six more digits; say both.
        if (!edge.isEmpty()) {
            return invalid(raw,
                           ScanParser::tr("not a valid SSCC: check digit is %1, expected %2 (or "
                                          "two scans run together: %3)")
                               .arg(actual)
                               .arg(expected)
                               .arg(edge));
        }
        return invalid(raw,
                       ScanParser::tr("not a valid SSCC: check digit is %1, expected %2")
                           .arg(actual)
                           .arg(expected));
    }
    if (!edge.isEmpty())
        return invalid(raw, twoScans(ScanParser::tr("%1 digits, and %2").arg(size).arg(edge)));
    return invalid(raw,
                   ScanParser::tr("%1 digits are neither a GTIN (8, 12, 13 or 14 digits) nor an "
                                  "SSCC (18 digits)")
                       .arg(size));
}

std::optional<Scan> parseQuantity(QStringView raw, QStringView body)
{
    for (const QuantityForm &form : kQuantityForms) {
        if (!body.startsWith(form.prefix, Qt::CaseInsensitive))
            continue;
        const QStringView number = body.sliced(form.prefix.size());
        const bool digits = Gs1::isDigits(number);
        if (!form.strict && (!digits || number.size() > kMaxQuantityDigits))
            continue; // an SKU such as "QX-100" or "Q1234567"
        if (!digits) {
            return invalid(raw,
                           ScanParser::tr("a quantity from 1 to %1 must follow \"%2\"")
                               .arg(ScanParser::kMaxQuantity)
                               .arg(body.first(form.prefix.size())));
        }
        QStringView significant = number;
        while (significant.size() > 1 && significant.front() == u'0')
            significant = significant.sliced(1);
        const int quantity = significant.size() > kMaxQuantityDigits ? -1 : significant.toInt();
        if (quantity < 1 || quantity > ScanParser::kMaxQuantity) {
            return invalid(raw,
                           ScanParser::tr("quantity %1 is out of range: use 1 to %2")
                               .arg(number)
                               .arg(ScanParser::kMaxQuantity));
        }
        Scan scan = validScan(raw, Kind::Quantity, QString::number(quantity));
        scan.count = quantity;
        return scan;
    }
    return std::nullopt;
}

// A scan with a space inside: refused, and said to be two scans if every part reads as one.
Scan spacedScan(QStringView raw, QStringView body, int firstColumn)
{
    int firstSpace = -1;
    QList<QStringView> parts;
    int partStart = -1;
    for (int i = 0; i <= int(body.size()); ++i) {
        const bool space = i < body.size() && body.at(i).isSpace();
        if (space && firstSpace < 0)
            firstSpace = i;
        if (i == body.size() || space) {
            if (partStart >= 0)
                parts.append(body.sliced(partStart, i - partStart));
            partStart = -1;
        } else if (partStart < 0) {
            partStart = i;
        }
    }
    bool everyPartReads = parts.size() >= 2;
    for (const QStringView part : parts)
        everyPartReads = everyPartReads && ScanParser::parse(part).isValid();
    if (everyPartReads) {
        return invalid(raw,
                       twoScans(ScanParser::tr("parts separated by spaces, from character %1, "
                                               "each read as a scan")
                                    .arg(firstColumn + firstSpace)));
    }
    return invalid(
        raw, ScanParser::tr("unexpected space at character %1").arg(firstColumn + firstSpace));
}

// A scan without a symbology identifier (or with one for plain data, such as ]C0).
Scan parseUnidentified(QStringView raw, QStringView body, int firstColumn)
{
    if (body.front() == u'(') {
        QList<Element> elements;
        const QString error = readHumanReadable(normalised(body, firstColumn), elements);
        if (!error.isEmpty())
            return invalid(raw, error);
        return scanFromElements(raw, elements, false);
    }
    for (const QChar c : body) {
        if (c.isSpace())
            return spacedScan(raw, body, firstColumn);
    }
    if (hasSeparator(body))
        return parseSeparated(raw, body, firstColumn, false);
    if (Gs1::isDigits(body))
        return parseDigits(raw, body, firstColumn);
    if (std::optional<Scan> quantity = parseQuantity(raw, body))
        return *quantity;
    if (implicitKeyLength(body) > 0)
        return parseSeparated(raw, body, firstColumn, false);
    return skuScan(raw, body, firstColumn);
}

// A scan starting with an AIM symbology identifier, "]C1" and the like.
Scan parseIdentified(QStringView raw, QStringView body, int firstColumn)
{
    if (body.size() < 3 || !isAsciiLetter(body.at(1))
        || !(isAsciiDigit(body.at(2)) || isAsciiLetter(body.at(2)))) {
        return invalid(raw,
                       ScanParser::tr("\"]\" at character %1 does not start a symbology "
                                      "identifier")
                           .arg(firstColumn));
    }
    const QStringView id = body.sliced(1, 2);
    const QStringView data = body.sliced(3);
    const int dataColumn = firstColumn + 3;
    if (data.isEmpty()) {
        return invalid(raw, ScanParser::tr("no data after the symbology identifier ]%1").arg(id));
    }
    for (const QLatin1String gs1Id : kGs1SymbologyIds) {
        if (id == gs1Id)
            return parseSeparated(raw, data, dataColumn, true);
    }
    if (id == QLatin1String("E0") || id == QLatin1String("E4")) {
        const int length = id == QLatin1String("E0") ? 13 : 8;
        if (data.size() != length || !Gs1::isValidGtin(data)) {
            return invalid(raw,
                           ScanParser::tr("an EAN/UPC symbol (]%1) carries %2 digits with a "
                                          "valid check digit, not \"%3\"")
                               .arg(id)
                               .arg(length)
                               .arg(data));
        }
        return gtinScan(raw, data);
    }
    // Other symbologies carry plain data: read it as if no identifier had been sent.
    return parseUnidentified(raw, data, dataColumn);
}

} // namespace

Scan ScanParser::parse(QStringView text)
{
    if (text.size() > kMaxScanLength) {
        return invalid(text,
                       tr("the scan is too long: %1 characters, at most %2")
                           .arg(text.size())
                           .arg(kMaxScanLength));
    }
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isEdgeSpace(text.at(begin)))
        ++begin;
    while (end > begin && isEdgeSpace(text.at(end - 1)))
        --end;
    if (begin == end)
        return invalid(text, tr("empty scan"));

    for (qsizetype i = begin; i < end; ++i) {
        const QChar c = text.at(i);
        if (isScanTerminator(c))
            return invalid(text, twoScans(tr("a line break or tab at character %1").arg(i + 1)));
        if (c == kGs)
            continue;
        if (c.category() == QChar::Other_Control) {
            return invalid(text,
                           tr("control character 0x%1 at character %2: only the group separator "
                              "0x1D may be in a scan")
                               .arg(hex(c.unicode(), 2))
                               .arg(i + 1));
        }
        if (!c.isPrint()) {
            return invalid(text,
                           tr("unprintable character U+%1 at character %2")
                               .arg(hex(c.unicode(), 4))
                               .arg(i + 1));
        }
    }

    const QStringView body = text.sliced(begin, end - begin);
    const int firstColumn = int(begin) + 1;
    // A symbology identifier can only start a scan; another one means a second scan.
    for (qsizetype i = 1; i + 2 < body.size(); ++i) {
        if (body.at(i) == u']' && isAsciiLetter(body.at(i + 1)) && isAsciiDigit(body.at(i + 2))) {
            return invalid(text,
                           twoScans(tr("a second symbology identifier \"%1\" at character %2")
                                        .arg(body.sliced(i, 3))
                                        .arg(firstColumn + i)));
        }
    }
    if (body.front() == u']')
        return parseIdentified(text, body, firstColumn);
    return parseUnidentified(text, body, firstColumn);
}

QStringList ScanParser::splitScans(QStringView typed)
{
    QStringList scans;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= typed.size(); ++i) {
        if (i < typed.size() && !isScanTerminator(typed.at(i)))
            continue;
        const QStringView piece = typed.sliced(start, i - start);
        if (!piece.trimmed().isEmpty())
            scans.append(piece.toString());
        start = i + 1;
    }
    return scans;
}

} // namespace VendorPack
