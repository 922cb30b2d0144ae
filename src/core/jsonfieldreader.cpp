// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfieldreader.h"

#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>

namespace VendorPack {

namespace {

// RFC 6901: '~' becomes "~0" and '/' becomes "~1".
QString escapePointerToken(QString token)
{
    if (token.contains(QLatin1Char('~')) || token.contains(QLatin1Char('/'))) {
        token.replace(QLatin1Char('~'), QLatin1String("~0"));
        token.replace(QLatin1Char('/'), QLatin1String("~1"));
    }
    return token;
}

QString shorten(const QString &text)
{
    constexpr int kMax = 60;
    if (text.size() <= kMax)
        return text;
    return text.left(kMax) + QChar(0x2026);
}

int digits(const QChar *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        const char16_t c = p[i].unicode();
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// A time outside the years 1 to 9999 in UTC has no ISO 8601 text to write back (9999-12-31
// 23:00 at -05:00 is in the year 10000), so it counts as not a date.
QDateTime writableUtc(const QDateTime &utc)
{
    const int year = utc.date().year();
    return year >= 1 && year <= 9999 ? utc : QDateTime();
}

} // namespace

JsonFieldReader::JsonFieldReader(const JsonDocument &doc, Findings &findings)
    : m_doc(doc)
    , m_findings(findings)
{
}

QString JsonFieldReader::path() const
{
    QString result;
    for (const Segment &segment : m_path) {
        result += QLatin1Char('/');
        if (segment.key >= 0)
            result += escapePointerToken(m_doc.toString(segment.key));
        else if (segment.index >= 0)
            result += QString::number(segment.index);
        else
            result += escapePointerToken(segment.literal);
    }
    return result;
}

std::optional<QByteArray> JsonFieldReader::readFile(const QString &path, qint64 maxBytes,
                                                    Findings &findings)
{
    QFile file(path);
    const QFileInfo info(path);
    QString problem;
    if (!info.exists())
        problem = tr("%1: no such file").arg(path);
    else if (info.isDir())
        problem = tr("%1 is a folder, not a file").arg(path);
    else if (info.size() > maxBytes)
        problem = tr("%1 is %2 MB; at most %3 MB is read")
                      .arg(path)
                      .arg(info.size() / (1024 * 1024))
                      .arg(maxBytes / (1024 * 1024));
    else if (!file.open(QIODevice::ReadOnly))
        problem = tr("%1 cannot be read: %2").arg(path, file.errorString());
    if (!problem.isEmpty()) {
        findings.append(
            Finding { Severity::Error, QStringLiteral("file.read"), QString(), problem });
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<JsonDocument> JsonFieldReader::parseRoot(QByteArray json, Findings &findings,
                                                       const QString &wrongRoot, bool arrayAllowed)
{
    JsonDocument doc = JsonDocument::parse(std::move(json));
    if (!doc.isValid()) {
        const JsonDocument::Error &e = doc.error();
        findings.append(Finding { Severity::Error, QStringLiteral("json.syntax"), QString(),
                                  tr("not valid JSON: line %1, column %2: %3")
                                      .arg(e.line)
                                      .arg(e.column)
                                      .arg(e.message) });
        return std::nullopt;
    }
    const JsonType root = doc.type(JsonDocument::kRoot);
    if (root != JsonType::Object && !(arrayAllowed && root == JsonType::Array)) {
        findings.append(Finding { Severity::Error, QStringLiteral("schema.type"), QString(),
                                  wrongRoot.arg(JsonDocument::typeName(root)) });
        return std::nullopt;
    }
    return doc;
}

qsizetype JsonFieldReader::pushKey(int keyValue)
{
    const qsizetype mark = m_path.size();
    m_path.append(Segment { keyValue, QLatin1String(), -1 });
    return mark;
}

qsizetype JsonFieldReader::pushKey(QLatin1String key)
{
    const qsizetype mark = m_path.size();
    m_path.append(Segment { -1, key, -1 });
    return mark;
}

qsizetype JsonFieldReader::pushIndex(int index)
{
    const qsizetype mark = m_path.size();
    m_path.append(Segment { -1, QLatin1String(), index });
    return mark;
}

void JsonFieldReader::report(Severity severity, const char *rule, const QString &message,
                             NodeId node)
{
    reportAt(path(), severity, rule, message, node);
}

void JsonFieldReader::reportAt(const QString &pointer, Severity severity, const char *rule,
                               const QString &message, NodeId node)
{
    m_findings.append(Finding { severity, QLatin1String(rule), pointer, message, node });
}

void JsonFieldReader::wrongType(int v, const QString &expected)
{
    report(Severity::Error, "schema.type",
           tr("expected %1 but found %2").arg(expected, JsonDocument::typeName(m_doc.type(v))));
}

void JsonFieldReader::unknownField(int keyValue)
{
    const qsizetype mark = pushKey(keyValue);
    report(Severity::Warning, "schema.unknown-field",
           tr("unknown field \"%1\" is ignored").arg(shorten(m_doc.toString(keyValue))));
    pop(mark);
}

void JsonFieldReader::duplicateField(int keyValue)
{
    const qsizetype mark = pushKey(keyValue);
    report(Severity::Error, "schema.type",
           tr("field \"%1\" is given more than once").arg(shorten(m_doc.toString(keyValue))));
    pop(mark);
}

bool JsonFieldReader::expectString(int v, QLatin1String name, QString &out, bool shared)
{
    switch (m_doc.type(v)) {
    case JsonType::Null:
        out = QString();
        return true;
    case JsonType::String:
        if (shared) {
            const QByteArrayView raw = m_doc.rawString(v);
            if (!raw.isNull()) {
                auto it = m_shared.find(raw);
                if (it == m_shared.end())
                    it = m_shared.insert(raw, QString::fromUtf8(raw));
                out = it.value();
                if (out.isNull())
                    out = QLatin1String("");
                return true;
            }
        }
        out = m_doc.toString(v);
        if (out.isNull())
            out = QLatin1String("");
        return true;
    default:
        report(Severity::Error, "schema.type",
               tr("%1 must be a string, not %2").arg(name, JsonDocument::typeName(m_doc.type(v))));
        return false;
    }
}

bool JsonFieldReader::readString(int v, QLatin1String name, int maxLength, QString &out,
                                 bool shared)
{
    QString text;
    if (!expectString(v, name, text, shared))
        return false;
    if (text.isNull())
        return true;
    if (maxLength > 0 && text.size() > maxLength) {
        report(Severity::Error, "schema.length",
               tr("%1 has %2 characters; at most %3 are allowed")
                   .arg(name)
                   .arg(text.size())
                   .arg(maxLength));
    }
    out = std::move(text);
    return true;
}

bool JsonFieldReader::readInteger(int v, QLatin1String name, std::optional<qint64> &out, qint64 min,
                                  qint64 max)
{
    std::optional<qint64> value;
    switch (m_doc.type(v)) {
    case JsonType::Null:
        return true;
    case JsonType::Number:
        value = m_doc.toInteger(v);
        if (!value) {
            const std::optional<double> d = m_doc.toDouble(v);
            if (d && *d == std::trunc(*d) && std::abs(*d) < 9e15) {
                value = qint64(*d); // 12.0 or 1e2: a whole number written another way
            } else if (!d || *d == std::trunc(*d)) {
                report(Severity::Error, "schema.type",
                       tr("%1 %2 is out of range (%3 to %4)")
                           .arg(name,
                                QString::fromLatin1(m_doc.numberText(v).first(
                                    qMin<qsizetype>(40, m_doc.numberText(v).size()))))
                           .arg(min)
                           .arg(max));
                return false;
            } else {
                report(Severity::Error, "schema.type",
                       tr("%1 must be a whole number, not %2")
                           .arg(name,
                                QString::fromLatin1(m_doc.numberText(v).first(
                                    qMin<qsizetype>(40, m_doc.numberText(v).size())))));
                return false;
            }
        }
        break;
    case JsonType::String: {
        const QString text = m_doc.toString(v);
        bool ok = false;
        const qint64 parsed = text.trimmed().toLongLong(&ok);
        if (!ok) {
            report(Severity::Error, "schema.type",
                   tr("%1 must be a whole number, not the text \"%2\"").arg(name, shorten(text)));
            return false;
        }
        report(Severity::Warning, "schema.string-number",
               tr("%1 is written as the text \"%2\"; read as the number %3")
                   .arg(name, shorten(text))
                   .arg(parsed));
        value = parsed;
        break;
    }
    default:
        report(Severity::Error, "schema.type",
               tr("%1 must be a whole number, not %2")
                   .arg(name, JsonDocument::typeName(m_doc.type(v))));
        return false;
    }
    if (*value < min || *value > max) {
        report(Severity::Error, "schema.type",
               tr("%1 %2 is out of range (%3 to %4)").arg(name).arg(*value).arg(min).arg(max));
        return false;
    }
    out = value;
    return true;
}

bool JsonFieldReader::readDecimal(int v, QLatin1String name, std::optional<double> &out)
{
    switch (m_doc.type(v)) {
    case JsonType::Null:
        return true;
    case JsonType::Number: {
        const std::optional<double> d = m_doc.toDouble(v);
        if (!d || std::abs(*d) > 1e15) {
            report(Severity::Error, "schema.type",
                   tr("%1 %2 is out of range")
                       .arg(name,
                            QString::fromLatin1(m_doc.numberText(v).first(
                                qMin<qsizetype>(40, m_doc.numberText(v).size())))));
            return false;
        }
        out = d;
        return true;
    }
    case JsonType::String: {
        const QString text = m_doc.toString(v);
        bool ok = false;
        const double parsed = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(parsed) || std::abs(parsed) > 1e15) {
            report(Severity::Error, "schema.type",
                   tr("%1 must be a number, not the text \"%2\"").arg(name, shorten(text)));
            return false;
        }
        report(Severity::Warning, "schema.string-number",
               tr("%1 is written as the text \"%2\"; read as a number").arg(name, shorten(text)));
        out = parsed;
        return true;
    }
    default:
        report(Severity::Error, "schema.type",
               tr("%1 must be a number, not %2").arg(name, JsonDocument::typeName(m_doc.type(v))));
        return false;
    }
}

bool JsonFieldReader::readBool(int v, QLatin1String name, bool &out)
{
    switch (m_doc.type(v)) {
    case JsonType::Null:
        return true;
    case JsonType::Bool:
        out = m_doc.toBool(v);
        return true;
    default:
        report(Severity::Error, "schema.type",
               tr("%1 must be true or false, not %2")
                   .arg(name, JsonDocument::typeName(m_doc.type(v))));
        return false;
    }
}

bool JsonFieldReader::readDateTime(int v, QLatin1String name, QDateTime &out)
{
    QString text;
    if (!expectString(v, name, text))
        return false;
    if (text.isNull())
        return true;
    const QDateTime parsed = parseDateTime(text);
    if (!parsed.isValid()) {
        report(Severity::Error, "schema.type",
               tr("%1 \"%2\" is not an ISO 8601 date and time (2025-05-23T10:00:00Z)")
                   .arg(name, shorten(text)));
        return false;
    }
    out = parsed;
    return true;
}

QDateTime JsonFieldReader::parseDateTime(QStringView text)
{
    // Fast path: YYYY-MM-DDTHH:MM:SS[.fff...](Z|+HH:MM|-HH:MM)?
    const int n = int(text.size());
    const QChar *p = text.data();
    if (n >= 19 && p[4] == QLatin1Char('-') && p[7] == QLatin1Char('-')
        && (p[10] == QLatin1Char('T') || p[10] == QLatin1Char(' ')) && p[13] == QLatin1Char(':')
        && p[16] == QLatin1Char(':')) {
        const int year = digits(p, 4), month = digits(p + 5, 2), day = digits(p + 8, 2);
        const int hour = digits(p + 11, 2), minute = digits(p + 14, 2), second = digits(p + 17, 2);
        int i = 19;
        int msec = 0;
        bool ok = year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0;
        if (ok && i < n && p[i] == QLatin1Char('.')) {
            ++i;
            int scale = 100;
            const int start = i;
            while (i < n && p[i].isDigit()) {
                msec += (p[i].unicode() - '0') * scale;
                scale /= 10;
                ++i;
            }
            ok = i > start;
        }
        int offsetSeconds = 0;
        if (ok && i < n) {
            if (p[i] == QLatin1Char('Z') && i + 1 == n) {
                ++i;
            } else if ((p[i] == QLatin1Char('+') || p[i] == QLatin1Char('-')) && n - i == 6
                       && p[i + 3] == QLatin1Char(':')) {
                const int oh = digits(p + i + 1, 2), om = digits(p + i + 4, 2);
                ok = oh >= 0 && om >= 0 && oh < 24 && om < 60;
                offsetSeconds = (oh * 3600 + om * 60) * (p[i] == QLatin1Char('-') ? -1 : 1);
                i = n;
            } else {
                ok = false;
            }
        }
        if (ok && i == n) {
            const QDate date(year, month, day);
            const QTime time(hour, minute, second, msec);
            if (!date.isValid() || !time.isValid())
                return QDateTime();
            QDateTime result(date, time, Qt::UTC);
            if (offsetSeconds != 0)
                result = result.addSecs(-offsetSeconds);
            return writableUtc(result);
        }
    }
    // Other ISO 8601 forms Qt understands (a date alone, offsets like +0200).
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid())
        return QDateTime();
    if (parsed.timeSpec() == Qt::LocalTime) // no zone given: UTC, as the API means it
        parsed = QDateTime(parsed.date(), parsed.time(), Qt::UTC);
    return writableUtc(parsed.toUTC());
}

bool JsonFieldReader::readDimensions(int v, Dimensions &out)
{
    if (m_doc.type(v) == JsonType::Null)
        return true;
    if (m_doc.type(v) != JsonType::Object) {
        wrongType(v, tr("an object with Height, Width, Length and Unit"));
        return false;
    }
    static const char *const kFields[] = { "Height", "Width", "Length", "Unit" };
    Dimensions result;
    bool ok = true;
    forEachField(v, kFields, [&](int field, int value, QLatin1String name) {
        switch (field) {
        case 0:
            ok &= readDecimal(value, name, result.height);
            break;
        case 1:
            ok &= readDecimal(value, name, result.width);
            break;
        case 2:
            ok &= readDecimal(value, name, result.length);
            break;
        default:
            ok &= readEnum(value, name, result.unit);
        }
    });
    out = result;
    return ok;
}

bool JsonFieldReader::readWeight(int v, Weight &out)
{
    if (m_doc.type(v) == JsonType::Null)
        return true;
    if (m_doc.type(v) != JsonType::Object) {
        wrongType(v, tr("an object with Value and Unit"));
        return false;
    }
    static const char *const kFields[] = { "Value", "Unit" };
    Weight result;
    bool ok = true;
    forEachField(v, kFields, [&](int field, int value, QLatin1String name) {
        if (field == 0)
            ok &= readDecimal(value, name, result.value);
        else
            ok &= readEnum(value, name, result.unit);
    });
    out = result;
    return ok;
}

} // namespace VendorPack
