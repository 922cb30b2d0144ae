// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace VendorPack {

// The faults the sandbox injects into the API endpoints (never into the admin endpoints); they
// can change while it runs (POST /api/admin/faults).
struct SandboxFaults
{
    double failRate = 0; // 0..1: answer 500 before doing anything
    double dropRate = 0; // 0..1: do the work, then drop the connection without an answer
    int latencyMs = 0; // every answer this much later
    int rateLimit = 0; // requests per minute per endpoint; 0: no limit
    // A created shipment (POST) is stored this long after its answer was sent (or dropped), so
    // that a lookup in between does not list it yet: a slow server. 0: at once.
    int applyDelayMs = 0;

    static constexpr int kMaxLatencyMs = 600000;

    // Why the settings are unusable, or an empty string.
    QString problem() const;
    bool operator==(const SandboxFaults &other) const
    {
        return failRate == other.failRate && dropRate == other.dropRate
            && latencyMs == other.latencyMs && rateLimit == other.rateLimit
            && applyDelayMs == other.applyDelayMs;
    }
};

// How a sandbox starts: its data, its key, its faults and where it keeps its state.
struct SandboxOptions
{
    Q_DECLARE_TR_FUNCTIONS(SandboxOptions)
public:
    static constexpr const char *kDefaultApiKey = "sandbox-demo-key";
    static constexpr const char *kApiKeyVariable = "VENDORPACK_SANDBOX_KEY";
    static constexpr qint64 kDefaultMaxBodyBytes = 64 * 1024 * 1024;
    static constexpr int kDefaultOrders = 25;
    static constexpr int kMaxOrders = 100000;

    quint32 seed = 1; // the demo data and the fault decisions
    int orders = kDefaultOrders; // demo purchase orders made from the seed
    SandboxFaults faults;
    QString apiKey = QLatin1String(kDefaultApiKey); // the one key that is accepted
    QString statePath; // empty: state in memory only
    int exportDelaySeconds
        = 5; // a shipment turns LastExportStatus SUCCESS this long after a change
    qint64 maxBodyBytes = kDefaultMaxBodyBytes; // larger request bodies get 413
    int exitAfterIdleSeconds = 0; // the server reports idleTimeout() after this; 0: never
    // The sandbox's time; null means the system clock. Tests set a controllable one.
    std::function<QDateTime()> clock;

    // The key to accept: the first line of keyFile when one is given, else the environment
    // variable VENDORPACK_SANDBOX_KEY, else kDefaultApiKey. Empty with `error` set when the
    // file cannot be read or holds no key.
    static QString resolveApiKey(const QString &keyFile, QString *error);
};

} // namespace VendorPack
