// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace VendorPack {

JsonWriter::JsonWriter(Style style, qsizetype reserve)
    : m_style(style)
{
    if (reserve > 0)
        m_out.reserve(reserve);
}

void JsonWriter::newline()
{
    if (m_style == Compact)
        return;
    m_out.append('\n');
    m_out.append(m_stack.size() * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_stack.isEmpty())
        return;
    Level &level = m_stack.last();
    if (!level.empty)
        m_out.append(',');
    level.empty = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out.append('{');
    m_stack.append({ true, true });
}

void JsonWriter::endObject()
{
    const bool empty = m_stack.last().empty;
    m_stack.removeLast();
    if (!empty)
        newline();
    m_out.append('}');
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out.append('[');
    m_stack.append({ false, true });
}

void JsonWriter::endArray()
{
    const bool empty = m_stack.last().empty;
    m_stack.removeLast();
    if (!empty)
        newline();
    m_out.append(']');
}

void JsonWriter::key(const char *name)
{
    beforeValue();
    m_out.append('"');
    m_out.append(name);
    m_out.append(m_style == Compact ? "\":" : "\": ");
    m_afterKey = true;
}

void JsonWriter::writeString(QStringView text)
{
    static const char kHex[] = "0123456789abcdef";
    m_out.append('"');
    const char16_t *p = text.utf16();
    const char16_t *end = p + text.size();
    while (p < end) {
        // Copy runs of plain ASCII at once.
        const char16_t *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p > run) {
            const qsizetype n = p - run;
            const qsizetype at = m_out.size();
            m_out.resize(at + n);
            char *out = m_out.data() + at;
            for (qsizetype i = 0; i < n; ++i)
                out[i] = char(run[i]);
        }
        if (p >= end)
            break;
        const char16_t c = *p;
        if (c == '"' || c == '\\') {
            m_out.append('\\');
            m_out.append(char(c));
            ++p;
        } else if (c < 0x20) {
            switch (c) {
            case '\n':
                m_out.append("\\n");
                break;
            case '\r':
                m_out.append("\\r");
                break;
            case '\t':
                m_out.append("\\t");
                break;
            case '\b':
                m_out.append("\\b");
                break;
            case '\f':
                m_out.append("\\f");
                break;
            default:
                m_out.append("\\u00");
                m_out.append(kHex[c >> 4]);
                m_out.append(kHex[c & 0xf]);
            }
            ++p;
        } else {
            // Non-ASCII: copy the run as UTF-8.
            const char16_t *start = p;
            while (p < end && *p >= 0x80)
                ++p;
            m_out.append(QStringView(start, p - start).toUtf8());
        }
    }
    m_out.append('"');
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    writeString(text);
}

void JsonWriter::value(QLatin1String text)
{
    beforeValue();
    m_out.append('"');
    m_out.append(text.data(), text.size());
    m_out.append('"');
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out.append(QByteArray::number(number));
}

void JsonWriter::value(double number)
{
    beforeValue();
    m_out.append(formatNumber(number));
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out.append(flag ? "true" : "false");
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out.append("null");
}

void JsonWriter::value(const QDateTime &dateTime)
{
    value(QStringView(formatDateTime(dateTime)));
}

QByteArray JsonWriter::take()
{
    if (m_style == Indented)
        m_out.append('\n');
    m_stack.clear();
    m_afterKey = false;
    return std::exchange(m_out, QByteArray());
}

QByteArray JsonWriter::formatNumber(double number)
{
    if (!std::isfinite(number))
        return QByteArrayLiteral("null");
    if (number == std::trunc(number) && std::abs(number) < 1e15)
        return QByteArray::number(qint64(number));
    return QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

QString JsonWriter::formatDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace VendorPack
