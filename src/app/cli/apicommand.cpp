// SPDX-License-Identifier: GPL-3.0-or-later
#include "apicommand.h"

#include "api/apicall.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace VendorPack {

namespace {

constexpr int kDefaultTimeoutSeconds = 120;

QString readKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        *error = ApiCommand::tr("the key file %1 does not exist").arg(path);
        return QString();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = ApiCommand::tr("the key file %1 cannot be read: %2").arg(path, file.errorString());
        return QString();
    }
    // The first non-empty line, trimmed (as vendorpack-sandbox --key-file reads it); what
    // follows it (a comment, a second key) is ignored.
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString key = line.trimmed();
        if (!key.isEmpty())
            return key;
    }
    *error = ApiCommand::tr("the key file %1 holds no key").arg(path);
    return QString();
}

} // namespace

void ApiCommand::addApiOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("api"),
                       tr("The API base URL as ChannelEngine gives it to a tenant, "
                          "https://<tenant>.channelengine.net/api (plain http only for "
                          "127.0.0.1, for the sandbox)."),
                       QStringLiteral("URL") });
    parser.addOption({ QStringLiteral("key-file"),
                       tr("A file holding the API key on its first non-empty line (trimmed; "
                          "later lines are ignored). Without it the key comes from the "
                          "environment variable VENDORPACK_API_KEY."),
                       QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("timeout"),
                       tr("Give up after this many seconds, retries included (default %1).")
                           .arg(kDefaultTimeoutSeconds),
                       QStringLiteral("SECONDS"), QString::number(kDefaultTimeoutSeconds) });
    parser.addOption({ { QStringLiteral("v"), QStringLiteral("verbose") },
                       tr("Log every request (method, path, status, request id) to standard "
                          "error; the key is never shown.") });
}

std::optional<ClientSettings> ApiCommand::clientSettings(const QCommandLineParser &parser) const
{
    if (!parser.isSet(QStringLiteral("verbose")))
        QLoggingCategory::setFilterRules(QStringLiteral("vendorpack.api.debug=false\n"
                                                        "vendorpack.api.info=false\n"
                                                        "vendorpack.api.warning=false"));
    const QString prefix = QStringLiteral("vendorpack-cli %1: ").arg(name());
    if (!parser.isSet(QStringLiteral("api"))) {
        err(prefix + tr("--api URL is required"));
        return std::nullopt;
    }
    ClientSettings settings;
    settings.baseUrl = QUrl(parser.value(QStringLiteral("api")), QUrl::StrictMode);
    if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty()) {
        err(prefix
            + tr("--api \"%1\" is not a URL such as https://tenant.channelengine.net/api")
                  .arg(parser.value(QStringLiteral("api"))));
        return std::nullopt;
    }
    QString error;
    if (parser.isSet(QStringLiteral("key-file"))) {
        settings.apiKey = readKeyFile(parser.value(QStringLiteral("key-file")), &error);
    } else {
        settings.apiKey = qEnvironmentVariable("VENDORPACK_API_KEY").trimmed();
        if (settings.apiKey.isEmpty())
            error = tr("no API key: pass --key-file FILE or set VENDORPACK_API_KEY");
    }
    if (!error.isEmpty()) {
        err(prefix + error);
        return std::nullopt;
    }
    const int seconds = positiveOption(parser, QStringLiteral("timeout"), 24 * 3600);
    if (seconds < 0)
        return std::nullopt;
    settings.retry.totalDeadlineMs = qint64(seconds) * 1000;
    settings.deadlineMs = qMin(settings.deadlineMs, seconds * 1000);
    settings.timeoutMs = qMin(settings.timeoutMs, seconds * 1000);
    const ApiError problem = settings.check();
    if (problem.isError()) {
        err(prefix + problem.toText());
        return std::nullopt;
    }
    return settings;
}

int ApiCommand::exitCodeOf(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Success;
    case ApiError::Kind::InvalidSettings:
    case ApiError::Kind::InsecureUrl:
        return BadInput;
    default:
        return Failed;
    }
}

void ApiCommand::printValidationErrors(const ApiError &error)
{
    if (error.validationErrors.size() <= 1)
        return; // the headline already says it all
    for (const Finding &finding : error.validationFindings())
        err(finding.toText());
}

int ApiCommand::waitFor(ApiCall &call, const ClientSettings &settings) const
{
    // The client bounds the whole call (every request, retry and wait) by --timeout; this
    // bound only guards the command line against waiting for ever should that ever fail.
    const int bound = int(qMin<qint64>(settings.retry.totalDeadlineMs + 5000, INT_MAX));
    if (!call.waitForFinished(bound)) {
        call.cancel();
        err(tr("vendorpack-cli %1: no answer within %2 seconds").arg(name()).arg(bound / 1000));
        return Failed;
    }
    if (call.error().isError()) {
        err(QStringLiteral("vendorpack-cli %1: ").arg(name()) + call.error().toText());
        printValidationErrors(call.error());
        return exitCodeOf(call.error());
    }
    return Success;
}

} // namespace VendorPack
