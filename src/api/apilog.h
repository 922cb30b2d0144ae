// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QUrl>

namespace VendorPack {

// The client's log category: method, path, status, request id and timing of every exchange.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

// Helpers that keep secrets out of logs and messages.
namespace ApiLog {

// The URL's path and query as it may be logged: any apikey query item (whatever its case) is
// replaced by "****", and neither the scheme, the host nor user info is included.
QString loggablePath(const QUrl &url);
// `text` with every occurrence of the key replaced by its redacted form.
QString scrub(QString text, const QString &apiKey);

} // namespace ApiLog

} // namespace VendorPack
