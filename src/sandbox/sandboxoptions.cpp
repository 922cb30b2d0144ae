// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxoptions.h"

#include <QFile>

#include <cmath>

namespace VendorPack {

QString SandboxFaults::problem() const
{
    if (!std::isfinite(failRate) || failRate < 0 || failRate > 1)
        return SandboxOptions::tr("the fail rate must be between 0 and 1");
    if (!std::isfinite(dropRate) || dropRate < 0 || dropRate > 1)
        return SandboxOptions::tr("the drop rate must be between 0 and 1");
    if (latencyMs < 0 || latencyMs > kMaxLatencyMs)
        return SandboxOptions::tr("the latency must be between 0 and %1 ms").arg(kMaxLatencyMs);
    if (applyDelayMs < 0 || applyDelayMs > kMaxLatencyMs)
        return SandboxOptions::tr("the apply delay must be between 0 and %1 ms").arg(kMaxLatencyMs);
    if (rateLimit < 0)
        return SandboxOptions::tr("the rate limit must be 0 (none) or a positive number");
    return QString();
}

QString SandboxOptions::resolveApiKey(const QString &keyFile, QString *error)
{
    if (!keyFile.isEmpty()) {
        QFile file(keyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("the key file %1 cannot be read: %2").arg(keyFile, file.errorString());
            return QString();
        }
        // The first line that is not empty, as vendorpack-cli reads its key file.
        QString key;
        for (const QString &line : QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'))) {
            key = line.trimmed();
            if (!key.isEmpty())
                break;
        }
        if (key.isEmpty()) {
            if (error)
                *error = tr("the key file %1 holds no key").arg(keyFile);
            return QString();
        }
        return key.trimmed();
    }
    const QString fromEnvironment = qEnvironmentVariable(kApiKeyVariable).trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QLatin1String(kDefaultApiKey);
}

} // namespace VendorPack
