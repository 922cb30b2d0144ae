// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVarLengthArray>

namespace VendorPack {

// A streaming JSON writer that keeps fields in the order they are written (the canonical form).
class JsonWriter
{
public:
    enum Style { Indented, Compact };

    explicit JsonWriter(Style style = Indented, qsizetype reserve = 0);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const char *name);

    void value(QStringView text);
    void value(QLatin1String text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void nullValue();
    void value(const QDateTime &dateTime);

    template<typename T>
    void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }
    void field(const char *name, const QString &text)
    {
        key(name);
        value(QStringView(text));
    }

    // The document; Indented output ends with a newline.
    QByteArray take();

    // Shortest decimal text that reads back to the same double ("0.1", "12.5", "1e+21").
    static QByteArray formatNumber(double number);
    static QString formatDateTime(const QDateTime &dateTime);

private:
    void beforeValue();
    void newline();
    void writeString(QStringView text);

    QByteArray m_out;
    Style m_style;
    struct Level
    {
        bool isObject;
        bool empty;
    };
    QVarLengthArray<Level, 16> m_stack;
    bool m_afterKey = false;
};

} // namespace VendorPack
