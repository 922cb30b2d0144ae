// SPDX-License-Identifier: GPL-3.0-or-later
// vendorpack-sandbox: a local ChannelEngine look-alike for demos and tests, on 127.0.0.1 only.

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <type_traits>

using namespace VendorPack;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

void requestStop(int)
{
    g_stopRequested = 1;
}

void print(FILE *to, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("vendorpack-sandbox", text);
}

// Reads a number option; false (with a message on stderr) when it is not one in range.
template<typename T>
bool readNumber(const QCommandLineParser &parser, const QString &name, double min, double max,
                T &out)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < min || value > max
        || (std::is_integral_v<T> && value != double(qint64(value)))) {
        print(stderr,
              tr("vendorpack-sandbox: --%1 must be a number from %2 to %3, not \"%4\"")
                  .arg(name)
                  .arg(min)
                  .arg(max)
                  .arg(parser.value(name)));
        return false;
    }
    out = T(value);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vendorpack-sandbox"));
    QCoreApplication::setOrganizationName(QStringLiteral("VendorPack"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local look-alike of the ChannelEngine Merchant API's purchase-order endpoints "
           "(v2.22.12), for demos and tests.\n"
           "It listens on 127.0.0.1 only and prints \"listening on http://127.0.0.1:<port>/api\" "
           "as its first line; give that URL to the client.\n"
           "The API key is taken from --key-file, else from the environment variable "
           "VENDORPACK_SANDBOX_KEY, else it is \"sandbox-demo-key\"; send it in the X-CE-KEY "
           "header (or the apikey query parameter).\n"
           "Exit status: 0 when stopped (SIGTERM, SIGINT, --exit-after-idle), 1 when it cannot "
           "listen, 2 for bad options or an unusable state file."));
    parser.addHelpOption();
    const QList<QCommandLineOption> commandLineOptions = {
        { QStringLiteral("port"), tr("Port on 127.0.0.1; 0 (the default) picks a free one."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("bind"), tr("Address to bind; only 127.0.0.1 (or localhost) is accepted."),
          QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1") },
        { QStringLiteral("seed"),
          tr("Seed of the demo orders and of the fault decisions (default 1)."),
          QStringLiteral("N"), QStringLiteral("1") },
        { QStringLiteral("orders"),
          tr("Number of demo purchase orders made from the seed (default %1).")
              .arg(SandboxOptions::kDefaultOrders),
          QStringLiteral("N") },
        { QStringLiteral("key-file"),
          tr("File whose first line is the accepted API key (never printed)."),
          QStringLiteral("FILE") },
        { QStringLiteral("state"),
          tr("Keep the state in this JSON file: loaded at start (then --seed and --orders are "
             "not used), written after every change. A corrupt file is an error (exit 2)."),
          QStringLiteral("FILE") },
        { QStringLiteral("fail-rate"),
          tr("Share of API requests answered 500 before doing anything (0 to 1)."),
          QStringLiteral("F"), QStringLiteral("0") },
        { QStringLiteral("drop-rate"),
          tr("Share of API requests whose work is done but whose connection is then dropped "
             "without an answer (0 to 1)."),
          QStringLiteral("F"), QStringLiteral("0") },
        { QStringLiteral("latency-ms"), tr("Answer every API request this much later."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("apply-delay-ms"),
          tr("Store a created shipment this much after its answer, as a slow server does (a "
             "lookup in between does not see it yet)."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("rate-limit"),
          tr("Requests per minute per endpoint; more get 429 with retry-after (0: no limit)."),
          QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("export-delay"),
          tr("Seconds after a create or update until the shipment's LastExportStatus turns "
             "SUCCESS (default 5; 0: at once)."),
          QStringLiteral("SECONDS"), QStringLiteral("5") },
        { QStringLiteral("max-body-bytes"), tr("Larger request bodies get 413 (default 64 MiB)."),
          QStringLiteral("N") },
        { QStringLiteral("exit-after-idle"),
          tr("Stop after this many seconds without a request (default 0: never)."),
          QStringLiteral("SECONDS"), QStringLiteral("0") },
    };
    parser.addOptions(commandLineOptions);
    if (!parser.parse(QCoreApplication::arguments())) {
        print(stderr, QStringLiteral("vendorpack-sandbox: ") + parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr,
              tr("vendorpack-sandbox: unexpected argument \"%1\"; see --help")
                  .arg(parser.positionalArguments().first()));
        return 2;
    }

    const QString bind = parser.value(QStringLiteral("bind"));
    if (bind != QLatin1String("127.0.0.1") && bind != QLatin1String("localhost")) {
        print(stderr,
              tr("vendorpack-sandbox: refusing to bind to %1; the sandbox listens on 127.0.0.1 "
                 "only")
                  .arg(bind));
        return 2;
    }

    SandboxOptions options;
    int port = 0;
    double seed = 1;
    if (!readNumber(parser, QStringLiteral("port"), 0, 65535, port)
        || !readNumber(parser, QStringLiteral("seed"), 0, 4294967295.0, seed)
        || !readNumber(parser, QStringLiteral("orders"), 0, SandboxOptions::kMaxOrders,
                       options.orders)
        || !readNumber(parser, QStringLiteral("fail-rate"), 0, 1, options.faults.failRate)
        || !readNumber(parser, QStringLiteral("drop-rate"), 0, 1, options.faults.dropRate)
        || !readNumber(parser, QStringLiteral("latency-ms"), 0, SandboxFaults::kMaxLatencyMs,
                       options.faults.latencyMs)
        || !readNumber(parser, QStringLiteral("apply-delay-ms"), 0, SandboxFaults::kMaxLatencyMs,
                       options.faults.applyDelayMs)
        || !readNumber(parser, QStringLiteral("rate-limit"), 0, 1000000, options.faults.rateLimit)
        || !readNumber(parser, QStringLiteral("export-delay"), 0, 86400, options.exportDelaySeconds)
        || !readNumber(parser, QStringLiteral("max-body-bytes"), 1, 1024.0 * 1024 * 1024,
                       options.maxBodyBytes)
        || !readNumber(parser, QStringLiteral("exit-after-idle"), 0, 30 * 86400,
                       options.exitAfterIdleSeconds)) {
        return 2;
    }
    options.seed = quint32(qint64(seed));
    options.statePath = parser.value(QStringLiteral("state"));
    QString keyError;
    options.apiKey
        = SandboxOptions::resolveApiKey(parser.value(QStringLiteral("key-file")), &keyError);
    if (options.apiKey.isEmpty()) {
        print(stderr, QStringLiteral("vendorpack-sandbox: ") + keyError);
        return 2;
    }
    const bool defaultKey = options.apiKey == QLatin1String(SandboxOptions::kDefaultApiKey);

    SandboxServer server(options);
    QString error;
    if (!server.initialize(&error)) {
        print(stderr, QStringLiteral("vendorpack-sandbox: ") + error);
        return 2;
    }
    if (server.listen(quint16(port)) == 0) {
        print(stderr, QStringLiteral("vendorpack-sandbox: ") + server.errorString());
        return 1;
    }
    print(stdout, QStringLiteral("listening on ") + server.baseUrl().toString());
    print(stderr,
          tr("vendorpack-sandbox: %1 purchase orders, %2 shipments; %3; admin endpoints under "
             "/api/admin")
              .arg(server.state().orders().size())
              .arg(server.state().shipments().size())
              .arg(defaultKey ? tr("the API key is the demo key \"sandbox-demo-key\"")
                              : tr("the API key is the configured one")));

    QObject::connect(&server, &SandboxServer::idleTimeout, &app, &QCoreApplication::quit);
    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    return app.exec() == 0 ? 0 : 1;
}
