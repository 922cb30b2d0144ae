// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace VendorPack {

// Why a call to the purchase-order API failed, typed for the program and readable for a person.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,
        InvalidSettings, // no key, no base URL, a URL with a query or credentials in it
        InsecureUrl, // plain http to a host that is not loopback; refused before connecting
        Network, // refused, unreachable, dropped connection
        Timeout, // no byte for the transfer timeout, or the request's deadline passed
        Tls, // certificate or handshake failure; never ignored
        Cancelled,
        Unauthorized, // 401/403: the key is unknown or not allowed
        RateLimited, // 429 (or a pause) and a wait beyond the request's deadline
        Rejected, // 400 with ValidationErrors (or another 4xx refusal)
        NotFound, // 404
        Conflict, // 409 (e.g. an update after delivery)
        Server, // 5xx
        BadResponse // malformed JSON, HTML from a proxy, truncated, too large, wrong envelope,
                    // 200 with Success false, an unexpected redirect
    };

    Kind kind = Kind::None;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QString message; // what went wrong; server text with the API key scrubbed out
    QMap<QString, QStringList> validationErrors; // the envelope's, keyed by API field path
    QString requestId; // the envelope's RequestId, for ChannelEngine support
    QString logId;
    QString exceptionType;
    // What was being done, as a noun phrase for toText(): "the shipment", "the purchase orders".
    QString subject;
    // For RateLimited: how long the server asked to wait, when it said so.
    qint64 retryAfterMs = -1;
    // The request reached the server and may have been applied although no confirmation arrived
    // (timeout or dropped connection after sending, 5xx, an unreadable 2xx). A POST that failed
    // this way must be looked up before it is sent again.
    bool mayHaveBeenApplied = false;
    // The answer was cut off on the way (a truncated body); trying again may help.
    bool transient = false;

    bool isError() const { return kind != Kind::None; }
    // Worth trying again later without a change: network, timeout, rate limit, 5xx, cut-off.
    bool isRetryable() const;
    // One line for a person: "ChannelEngine refused the shipment: Model.Lines[0].Quantity: must
    // be greater than 0 (request r-123)".
    QString toText() const;
    // The details after the headline: validation errors, else the message.
    QString detailText() const;

    // The stable name of a kind ("rejected", "rate-limited"), for logs and scripts.
    static QLatin1String kindName(Kind kind);

    // The ValidationErrors as findings (rule "api.validation", severity error) whose pointers are
    // the keys converted with ApiFieldPath::toPointer ("Model.Lines[0].Quantity" becomes
    // "/Model/Lines/0/Quantity"), so the UI can show them on the shipment's nodes.
    Findings validationFindings() const;
    static QString validationPointer(const QString &fieldPath);
};

} // namespace VendorPack
