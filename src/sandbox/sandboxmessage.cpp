// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxmessage.h"

#include <QUrl>

namespace VendorPack {

namespace {

QByteArray findHeader(const SandboxHeaders &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

} // namespace

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    return findHeader(headers, name);
}

QStringList SandboxRequest::queryValues(QLatin1String name) const
{
    QStringList values;
    for (const auto &[key, value] : query) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

std::optional<QString> SandboxRequest::queryValue(QLatin1String name) const
{
    for (const auto &[key, value] : query) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QList<std::pair<QString, QString>> SandboxRequest::parseQuery(const QByteArray &encodedQuery)
{
    QList<std::pair<QString, QString>> items;
    for (const QByteArray &part : encodedQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QByteArray key = equals < 0 ? part : part.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : part.mid(equals + 1);
        items.append({ QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value) });
    }
    return items;
}

SandboxRequest SandboxRequest::make(const QByteArray &method, const QByteArray &target,
                                    const QByteArray &body, const SandboxHeaders &headers)
{
    SandboxRequest request;
    request.method = method.toUpper();
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = parseQuery(target.mid(question + 1));
    for (const auto &[name, value] : headers)
        request.headers.append({ name.toLower(), value });
    request.body = body;
    return request;
}

QByteArray SandboxReply::header(const QByteArray &name) const
{
    if (name.compare(QByteArrayLiteral("content-type"), Qt::CaseInsensitive) == 0)
        return contentType;
    return findHeader(headers, name);
}

} // namespace VendorPack
