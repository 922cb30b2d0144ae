// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsondocument.h"

#include <QCoreApplication>

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace VendorPack {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return c - 'A' + 10;
}

// Four hexadecimal digits (already checked) as a number.
unsigned hexQuad(const char *p)
{
    return unsigned(hexValue(p[0]) << 12 | hexValue(p[1]) << 8 | hexValue(p[2]) << 4
                    | hexValue(p[3]));
}

} // namespace

// The recursive-descent parser behind JsonDocument::parse().
class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)
public:
    JsonParser(JsonDocument &doc, int maxDepth)
        : m_doc(doc)
        , m_begin(doc.m_text.constData())
        , m_p(m_begin)
        , m_end(m_begin + doc.m_text.size())
        , m_maxDepth(maxDepth)
    {
    }

    bool run()
    {
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3; // a UTF-8 byte order mark
        skipSpace();
        if (m_p == m_end)
            return fail(tr("the file is empty"));
        m_doc.m_values.reserve(size_t(m_end - m_begin) / 12 + 4);
        m_doc.m_children.reserve(size_t(m_end - m_begin) / 12 + 4);
        if (parseValue(0) < 0)
            return false;
        skipSpace();
        if (m_p != m_end)
            return fail(tr("unexpected text after the end of the JSON value"));
        return true;
    }

private:
    bool fail(const QString &message)
    {
        if (m_doc.m_error.message.isEmpty()) {
            m_doc.m_error.message = message;
            m_doc.m_error.offset = m_p - m_begin;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    int addValue(JsonType type, const char *at)
    {
        JsonDocument::Value v {};
        v.type = type;
        v.offset = quint32(at - m_begin);
        m_doc.m_values.push_back(v);
        return int(m_doc.m_values.size() - 1);
    }

    QString describeHere() const
    {
        if (m_p >= m_end)
            return tr("the end of the file");
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c >= 0x20 && c < 0x7f)
            return QLatin1Char('\'') + QLatin1Char(char(c)) + QLatin1Char('\'');
        return tr("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    }

    int parseValue(int depth)
    {
        if (m_p >= m_end) {
            fail(tr("expected a value but found the end of the file"));
            return -1;
        }
        switch (*m_p) {
        case '{':
            return parseObject(depth + 1);
        case '[':
            return parseArray(depth + 1);
        case '"':
            return parseString();
        case 't':
            return parseLiteral("true", JsonType::Bool, true);
        case 'f':
            return parseLiteral("false", JsonType::Bool, false);
        case 'n':
            return parseLiteral("null", JsonType::Null, false);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
                return parseNumber();
            fail(tr("expected a value but found %1").arg(describeHere()));
            return -1;
        }
    }

    int parseLiteral(const char *word, JsonType type, bool flag)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0) {
            fail(tr("expected a value but found %1").arg(describeHere()));
            return -1;
        }
        const int v = addValue(type, m_p);
        m_doc.m_values[v].flag = flag;
        m_p += n;
        return v;
    }

    int parseNumber()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
        } else if (m_p < m_end && *m_p >= '1' && *m_p <= '9') {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        } else {
            fail(tr("a number needs digits"));
            return -1;
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9') {
                fail(tr("a number needs digits after the decimal point"));
                return -1;
            }
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (m_p >= m_end || *m_p < '0' || *m_p > '9') {
                fail(tr("a number needs digits in its exponent"));
                return -1;
            }
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
        }
        const int v = addValue(JsonType::Number, start);
        m_doc.m_values[v].length = quint32(m_p - start);
        return v;
    }

    // Checks one UTF-8 sequence starting at m_p (a byte >= 0x80); advances past it.
    bool skipUtf8Sequence()
    {
        const auto *s = reinterpret_cast<const unsigned char *>(m_p);
        const auto *e = reinterpret_cast<const unsigned char *>(m_end);
        int extra;
        unsigned min;
        unsigned cp;
        if (s[0] >= 0xC2 && s[0] <= 0xDF) {
            extra = 1, min = 0x80, cp = s[0] & 0x1F;
        } else if (s[0] >= 0xE0 && s[0] <= 0xEF) {
            extra = 2, min = 0x800, cp = s[0] & 0x0F;
        } else if (s[0] >= 0xF0 && s[0] <= 0xF4) {
            extra = 3, min = 0x10000, cp = s[0] & 0x07;
        } else {
            return false;
        }
        if (e - s <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((s[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        m_p += extra + 1;
        return true;
    }

    int parseString()
    {
        const char *start = m_p;
        ++m_p; // opening quote
        bool escaped = false;
        for (;;) {
            // Fast path over plain ASCII.
            while (m_p < m_end) {
                const unsigned char c = static_cast<unsigned char>(*m_p);
                if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                    break;
                ++m_p;
            }
            if (m_p >= m_end) {
                m_p = start;
                fail(tr("a string is not closed"));
                return -1;
            }
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                escaped = true;
                ++m_p;
                if (m_p >= m_end) {
                    fail(tr("a string is not closed"));
                    return -1;
                }
                const char e = *m_p;
                if (e == 'u') {
                    for (int i = 1; i <= 4; ++i) {
                        if (m_p + i >= m_end
                            || !std::isxdigit(static_cast<unsigned char>(m_p[i]))) {
                            fail(tr("\\u needs four hexadecimal digits"));
                            return -1;
                        }
                    }
                    const unsigned unit = hexQuad(m_p + 1);
                    m_p += 5;
                    if (unit >= 0xDC00 && unit <= 0xDFFF) {
                        fail(tr("\\u%1 is half of a UTF-16 surrogate pair without its first half")
                                 .arg(unit, 4, 16, QLatin1Char('0')));
                        return -1;
                    }
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        const bool paired = m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u'
                            && std::isxdigit(static_cast<unsigned char>(m_p[2]))
                            && std::isxdigit(static_cast<unsigned char>(m_p[3]))
                            && std::isxdigit(static_cast<unsigned char>(m_p[4]))
                            && std::isxdigit(static_cast<unsigned char>(m_p[5]))
                            && hexQuad(m_p + 2) >= 0xDC00 && hexQuad(m_p + 2) <= 0xDFFF;
                        if (!paired) {
                            fail(tr("\\u%1 is half of a UTF-16 surrogate pair without its "
                                    "second half")
                                     .arg(unit, 4, 16, QLatin1Char('0')));
                            return -1;
                        }
                        m_p += 6;
                    }
                } else if (std::strchr("\"\\/bfnrt", e) && e != '\0') {
                    ++m_p;
                } else {
                    fail(tr("invalid escape sequence \\%1 in a string").arg(QLatin1Char(e)));
                    return -1;
                }
            } else if (c < 0x20) {
                fail(tr("a control character (0x%1) inside a string must be escaped")
                         .arg(uint(c), 2, 16, QLatin1Char('0')));
                return -1;
            } else if (!skipUtf8Sequence()) {
                fail(tr("invalid UTF-8 in a string"));
                return -1;
            }
        }
        const int v = addValue(JsonType::String, start);
        m_doc.m_values[v].flag = escaped;
        m_doc.m_values[v].length = quint32(m_p - start - 1);
        ++m_p; // closing quote
        return v;
    }

    bool checkDepth(int depth)
    {
        if (depth > m_maxDepth)
            return fail(tr("nested more than %1 levels deep").arg(m_maxDepth));
        return true;
    }

    int parseArray(int depth)
    {
        if (!checkDepth(depth))
            return -1;
        const int v = addValue(JsonType::Array, m_p);
        ++m_p;
        const qsizetype mark = qsizetype(m_scratch.size());
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                const int child = parseValue(depth);
                if (child < 0)
                    return -1;
                m_scratch.push_back(child);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == ']') {
                    ++m_p;
                    break;
                }
                fail(tr("expected ',' or ']' in an array but found %1").arg(describeHere()));
                return -1;
            }
        }
        finishContainer(v, mark, qsizetype(m_scratch.size()) - mark);
        return v;
    }

    int parseObject(int depth)
    {
        if (!checkDepth(depth))
            return -1;
        const int v = addValue(JsonType::Object, m_p);
        ++m_p;
        const qsizetype mark = qsizetype(m_scratch.size());
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            for (;;) {
                skipSpace();
                if (m_p >= m_end || *m_p != '"') {
                    fail(tr("expected a field name in quotes but found %1").arg(describeHere()));
                    return -1;
                }
                const int key = parseString();
                if (key < 0)
                    return -1;
                skipSpace();
                if (m_p >= m_end || *m_p != ':') {
                    fail(tr("expected ':' after a field name but found %1").arg(describeHere()));
                    return -1;
                }
                ++m_p;
                skipSpace();
                const int value = parseValue(depth);
                if (value < 0)
                    return -1;
                m_scratch.push_back(key);
                m_scratch.push_back(value);
                skipSpace();
                if (m_p < m_end && *m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (m_p < m_end && *m_p == '}') {
                    ++m_p;
                    break;
                }
                fail(tr("expected ',' or '}' in an object but found %1").arg(describeHere()));
                return -1;
            }
        }
        const qsizetype n = qsizetype(m_scratch.size()) - mark;
        finishContainer(v, mark, n / 2);
        return v;
    }

    void finishContainer(int v, qsizetype mark, qsizetype count)
    {
        JsonDocument::Value &value = m_doc.m_values[v];
        value.first = quint32(m_doc.m_children.size());
        value.count = quint32(count);
        m_doc.m_children.insert(m_doc.m_children.end(), m_scratch.begin() + mark, m_scratch.end());
        m_scratch.resize(size_t(mark));
    }

    JsonDocument &m_doc;
    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_maxDepth;
    std::vector<int> m_scratch;
};

JsonDocument JsonDocument::parse(QByteArray utf8, int maxDepth)
{
    JsonDocument doc;
    doc.m_text = std::move(utf8);
    if (doc.m_text.size() > qsizetype(std::numeric_limits<quint32>::max() / 2)) {
        doc.m_error.message = JsonParser::tr("the file is too large");
        return doc;
    }
    JsonParser parser(doc, maxDepth);
    if (!parser.run()) {
        const auto [line, column] = doc.lineColumn(doc.m_error.offset);
        doc.m_error.line = line;
        doc.m_error.column = column;
        doc.m_values.clear();
        doc.m_children.clear();
    }
    return doc;
}

std::pair<int, int> JsonDocument::lineColumn(qsizetype offset) const
{
    int line = 1;
    int column = 1;
    const char *p = m_text.constData();
    const char *end = p + qMin(offset, m_text.size());
    if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3; // a byte order mark is not a column
    for (; p < end; ++p) {
        if (*p == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return { line, column };
}

QByteArrayView JsonDocument::rawString(int v) const
{
    const Value &value = m_values[v];
    if (value.flag)
        return {};
    return QByteArrayView(m_text.constData() + value.offset + 1, value.length);
}

bool JsonDocument::stringEquals(int v, QLatin1String text) const
{
    const Value &value = m_values[v];
    if (value.type != JsonType::String)
        return false;
    if (value.flag)
        return toString(v) == text;
    return value.length == quint32(text.size())
        && std::memcmp(m_text.constData() + value.offset + 1, text.data(), value.length) == 0;
}

QString JsonDocument::toString(int v) const
{
    const Value &value = m_values[v];
    if (value.type != JsonType::String)
        return QString();
    const char *p = m_text.constData() + value.offset + 1;
    if (!value.flag)
        return QString::fromUtf8(p, value.length);
    const char *end = p + value.length;
    QString out;
    out.reserve(value.length);
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        if (p >= end)
            break;
        ++p; // backslash
        const char e = *p++;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t((unit << 4) | hexValue(p[i]));
            p += 4;
            out += QChar(unit);
            break;
        }
        default:
            out += QLatin1Char(e);
        }
    }
    return out;
}

QByteArrayView JsonDocument::numberText(int v) const
{
    const Value &value = m_values[v];
    return QByteArrayView(m_text.constData() + value.offset, value.length);
}

std::optional<double> JsonDocument::toDouble(int v) const
{
    const QByteArrayView text = numberText(v);
    double result = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(result))
        return std::nullopt;
    return result;
}

std::optional<qint64> JsonDocument::toInteger(int v) const
{
    const QByteArrayView text = numberText(v);
    qint64 result = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), result);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return result;
}

QLatin1String JsonDocument::typeName(JsonType type)
{
    switch (type) {
    case JsonType::Null:
        return QLatin1String("null");
    case JsonType::Bool:
        return QLatin1String("a boolean");
    case JsonType::Number:
        return QLatin1String("a number");
    case JsonType::String:
        return QLatin1String("a string");
    case JsonType::Array:
        return QLatin1String("an array");
    case JsonType::Object:
        return QLatin1String("an object");
    }
    return QLatin1String("a value");
}

} // namespace VendorPack
