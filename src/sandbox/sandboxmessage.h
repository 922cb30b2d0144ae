// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <utility>

namespace VendorPack {

using SandboxHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as the sandbox's logic sees it, without the transport.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ... in upper case
    QString path; // percent-decoded, without the query: "/api/v2/purchase-orders"
    QList<std::pair<QString, QString>> query; // decoded, in order; repeated keys stay repeated
    SandboxHeaders headers; // names in lower case
    QByteArray body;

    // The first value of a header (name in lower case), or a null array.
    QByteArray header(const QByteArray &name) const;
    // Every value of a query parameter; the name is matched without regard to case, as
    // ChannelEngine (ASP.NET) does.
    QStringList queryValues(QLatin1String name) const;
    // The first value of a query parameter, or nothing when it is absent.
    std::optional<QString> queryValue(QLatin1String name) const;

    // A request from a method and "path?query" (percent-encoded as on the wire), for tests and
    // for the HTTP adapter.
    static SandboxRequest make(const QByteArray &method, const QByteArray &target,
                               const QByteArray &body = QByteArray(),
                               const SandboxHeaders &headers = SandboxHeaders());
    // Splits a percent-encoded query ("a=1&b=x%20y"); '+' stays a plus sign.
    static QList<std::pair<QString, QString>> parseQuery(const QByteArray &encodedQuery);
};

// The sandbox's answer to a request, and what the transport should do with it.
struct SandboxReply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    SandboxHeaders headers; // besides Content-Type and Content-Length
    bool dropConnection = false; // the work is done; close the connection without answering
    int delayMs = 0; // answer this much later
    // Work the transport runs deferredWorkMs after the answer was sent or dropped (the
    // applyDelayMs fault: a write that lands after its answer). Null: none.
    std::function<void()> deferredWork;
    int deferredWorkMs = 0;

    QByteArray header(const QByteArray &name) const;
};

} // namespace VendorPack
