// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace VendorPack {

enum class JsonType : quint8 { Null, Bool, Number, String, Array, Object };

// A read-only JSON document parsed in one pass into a flat array, with the byte offset of every
// value kept for messages. Faster than QJsonDocument on large shipments, strict about UTF-8 and
// nesting depth, and it keeps duplicate keys and the number text as written.
class JsonDocument
{
public:
    struct Error
    {
        QString message;
        qsizetype offset = 0;
        int line = 0;
        int column = 0;
    };

    static constexpr int kDefaultMaxDepth = 64;

    // Parses UTF-8 text. On failure isValid() is false and error() says what and where.
    static JsonDocument parse(QByteArray utf8, int maxDepth = kDefaultMaxDepth);

    bool isValid() const { return !m_values.empty() && m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }

    // Values are addressed by index; the root is 0.
    static constexpr int kRoot = 0;
    JsonType type(int v) const { return m_values[v].type; }
    qsizetype offset(int v) const { return m_values[v].offset; }
    // 1-based line and column of a byte offset.
    std::pair<int, int> lineColumn(qsizetype offset) const;

    bool toBool(int v) const { return m_values[v].flag; }
    QString toString(int v) const;
    // The number exactly as written ("12.50", "1e3").
    QByteArrayView numberText(int v) const;
    std::optional<double> toDouble(int v) const;
    // An integer within qint64 written without fraction or exponent ("12", "-3"; not "12.0").
    std::optional<qint64> toInteger(int v) const;

    // Arrays: size and elements. Objects: size, keys and values by member index.
    int size(int v) const { return int(m_values[v].count); }
    int element(int array, int i) const { return m_children[m_values[array].first + i]; }
    int memberKey(int object, int i) const { return m_children[m_values[object].first + 2 * i]; }
    int memberValue(int object, int i) const
    {
        return m_children[m_values[object].first + 2 * i + 1];
    }
    // Compares a string value (typically a key) with ASCII text without allocating.
    bool stringEquals(int v, QLatin1String text) const;
    // The raw bytes of a string without escapes, or an empty view when it has escapes.
    QByteArrayView rawString(int v) const;

    qsizetype valueCount() const { return qsizetype(m_values.size()); }
    static QLatin1String typeName(JsonType type);

private:
    friend class JsonParser;

    struct Value
    {
        JsonType type;
        bool flag; // Bool: the value; String: has escapes
        quint32 offset; // byte offset of the value's first character
        quint32 length; // String: raw bytes between the quotes; Number: text length
        quint32 first; // Array/Object: index into m_children
        quint32 count; // Array: elements; Object: members
    };

    QByteArray m_text;
    std::vector<Value> m_values;
    std::vector<int> m_children;
    Error m_error;
};

} // namespace VendorPack
