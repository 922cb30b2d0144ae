// SPDX-License-Identifier: GPL-3.0-or-later
#include "apifieldpath.h"

#include <QStringList>

namespace VendorPack {

namespace ApiFieldPath {

namespace {

bool isIndex(QStringView token)
{
    if (token.isEmpty())
        return false;
    for (QChar c : token) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString unescape(QStringView token)
{
    QString text = token.toString();
    text.replace(QLatin1String("~1"), QLatin1String("/"));
    text.replace(QLatin1String("~0"), QLatin1String("~"));
    return text;
}

QString escape(QString token)
{
    token.replace(QLatin1Char('~'), QLatin1String("~0"));
    token.replace(QLatin1Char('/'), QLatin1String("~1"));
    return token;
}

} // namespace

QString fromPointer(QStringView jsonPointer)
{
    QString path;
    const auto tokens = jsonPointer.split(QLatin1Char('/'));
    for (qsizetype i = 1; i < tokens.size(); ++i) { // tokens[0] is before the first '/'
        const QStringView token = tokens[i];
        if (isIndex(token) && !path.isEmpty())
            path += QLatin1Char('[') + token + QLatin1Char(']');
        else
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + unescape(token);
    }
    return path;
}

QString toPointer(QStringView fieldPath)
{
    QStringView rest = fieldPath.trimmed();
    for (const QLatin1String prefix : { QLatin1String("$."), QLatin1String("request.") }) {
        if (rest.startsWith(prefix, Qt::CaseInsensitive))
            rest = rest.mid(prefix.size());
    }
    if (rest.isEmpty())
        return QString();
    QString pointer;
    QString token;
    auto flush = [&] {
        if (token.isEmpty())
            return;
        if (!isIndex(token) && token.at(0).isLower())
            token[0] = token.at(0).toUpper(); // the API's fields are PascalCase
        pointer += QLatin1Char('/') + escape(token);
        token.clear();
    };
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == QLatin1Char('.')) {
            flush();
        } else if (c == QLatin1Char('[')) {
            flush();
            const qsizetype close = rest.indexOf(QLatin1Char(']'), i);
            if (close < 0 || !isIndex(rest.mid(i + 1, close - i - 1)))
                return QString();
            pointer += QLatin1Char('/') + rest.mid(i + 1, close - i - 1);
            i = close;
        } else {
            token += c;
        }
    }
    flush();
    return pointer;
}

} // namespace ApiFieldPath

} // namespace VendorPack
