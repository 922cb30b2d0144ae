// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "finding.h"
#include "jsondocument.h"
#include "units.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QVarLengthArray>

#include <cstring>
#include <limits>
#include <optional>

namespace VendorPack {

// Reads typed fields out of a JsonDocument leniently, reporting schema.* findings at exact
// JSON pointers. Shared by the shipment and orders readers.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)
public:
    JsonFieldReader(const JsonDocument &doc, Findings &findings);

    // Reads a whole file of at most maxBytes; otherwise adds one file.read finding that says
    // why (missing, a folder, too large, unreadable).
    static std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes,
                                              Findings &findings);
    // Parses a document whose root must be an object (or an array, when allowed); otherwise
    // adds one json.syntax or schema.type finding. `wrongRoot` says what the root must be and
    // has a %1 for what it is.
    static std::optional<JsonDocument> parseRoot(QByteArray json, Findings &findings,
                                                 const QString &wrongRoot,
                                                 bool arrayAllowed = false);

    const JsonDocument &document() const { return m_doc; }
    Findings &findings() { return m_findings; }

    // The current JSON pointer; push a segment when descending, pop when leaving. The text is
    // only built when a finding needs it.
    QString path() const;
    qsizetype pushKey(int keyValue);
    qsizetype pushKey(QLatin1String key);
    qsizetype pushIndex(int index);
    void pop(qsizetype mark) { m_path.resize(mark); }

    void report(Severity severity, const char *rule, const QString &message, NodeId node = 0);
    void reportAt(const QString &pointer, Severity severity, const char *rule,
                  const QString &message, NodeId node = 0);

    // Each reader returns false when the value was present but unusable (already reported);
    // null counts as absent and leaves the output unchanged. `name` is the field name.
    // `shared`: the value repeats across the document (SKUs, PO numbers); equal values then
    // share one string.
    bool readString(int v, QLatin1String name, int maxLength, QString &out, bool shared = false);
    bool readInteger(int v, QLatin1String name, std::optional<qint64> &out,
                     qint64 min = std::numeric_limits<qint32>::min(),
                     qint64 max = std::numeric_limits<qint32>::max());
    bool readDecimal(int v, QLatin1String name, std::optional<double> &out);
    bool readBool(int v, QLatin1String name, bool &out);
    bool readDateTime(int v, QLatin1String name, QDateTime &out);
    bool readDimensions(int v, Dimensions &out);
    bool readWeight(int v, Weight &out);

    template<typename E>
    bool readEnum(int v, QLatin1String name, E &out)
    {
        QString text;
        if (!expectString(v, name, text))
            return false;
        if (text.isNull())
            return true;
        EnumMatch match;
        const E value = enumFromWire<E>(text, &match);
        return acceptEnum(match, name, text, enumToWire(value), &enumWireList<E>,
                          [&] { out = value; });
    }

    // Index of a key among the known field names, or -1. Works without allocating.
    template<int N>
    static int keyIndex(const JsonDocument &doc, int key, const char *const (&names)[N])
    {
        const QByteArrayView raw = doc.rawString(key);
        if (raw.isNull()) { // a key with escapes
            for (int i = 0; i < N; ++i) {
                if (doc.stringEquals(key, QLatin1String(names[i])))
                    return i;
            }
            return -1;
        }
        const qsizetype size = raw.size();
        for (int i = 0; i < N; ++i) {
            const char *name = names[i];
            if (size > 0 && name[0] == raw[0] && std::strncmp(name, raw.data(), size_t(size)) == 0
                && name[size] == '\0')
                return i;
        }
        return -1;
    }

    // Visits the members of an object: known fields by index (a second one is reported as a
    // duplicate), unknown fields reported; the pointer names the field while `visit` runs.
    template<int N, typename F>
    void forEachField(int object, const char *const (&names)[N], F &&visit)
    {
        static_assert(N <= 32, "seen is a 32-bit mask");
        quint32 seen = 0;
        for (int i = 0; i < m_doc.size(object); ++i) {
            const int key = m_doc.memberKey(object, i);
            const int field = keyIndex(m_doc, key, names);
            if (field < 0) {
                unknownField(key);
                continue;
            }
            if (seen & (1u << field))
                duplicateField(key);
            seen |= 1u << field;
            const qsizetype mark = pushKey(key);
            visit(field, m_doc.memberValue(object, i), QLatin1String(names[field]));
            pop(mark);
        }
    }

    // Visits the objects of an array value (null counts as empty): a value that is not an array
    // or an element that is not an object is reported as `what`; the pointer names the element
    // while `visit` runs.
    template<typename F>
    bool forEachObject(int array, const QString &arrayWhat, const QString &elementWhat, F &&visit)
    {
        if (m_doc.type(array) == JsonType::Null)
            return true;
        if (m_doc.type(array) != JsonType::Array) {
            wrongType(array, arrayWhat);
            return false;
        }
        for (int i = 0; i < m_doc.size(array); ++i) {
            const int element = m_doc.element(array, i);
            const qsizetype mark = pushIndex(i);
            if (m_doc.type(element) == JsonType::Object)
                visit(element);
            else
                wrongType(element, elementWhat);
            pop(mark);
        }
        return true;
    }

    // A key that is not one of the known fields.
    void unknownField(int keyValue);
    // The same field twice in one object.
    void duplicateField(int keyValue);
    // A value of the wrong JSON type.
    void wrongType(int v, const QString &expected);

    // ISO 8601 date-time: fast path for the common forms, Qt's parser otherwise.
    static QDateTime parseDateTime(QStringView text);

private:
    template<typename F>
    bool acceptEnum(EnumMatch match, QLatin1String name, const QString &text,
                    QLatin1String canonical, QString (*allowed)(), F &&store)
    {
        if (match == EnumMatch::None) {
            report(Severity::Error, "schema.enum",
                   tr("%1 \"%2\" is not one of %3").arg(name, text, allowed()));
            return false;
        }
        if (match == EnumMatch::Alias) {
            report(Severity::Warning, "schema.alias",
                   tr("%1 \"%2\" read as %3").arg(name, text, canonical));
        }
        store();
        return true;
    }
    bool expectString(int v, QLatin1String name, QString &out, bool shared = false);

    // One step of the pointer: an object key (a string value of the document), a literal key,
    // or an array index.
    struct Segment
    {
        int key = -1;
        QLatin1String literal;
        int index = -1;
    };

    const JsonDocument &m_doc;
    Findings &m_findings;
    QVarLengthArray<Segment, 16> m_path;
    QHash<QByteArrayView, QString> m_shared;
};

} // namespace VendorPack
