// SPDX-License-Identifier: GPL-3.0-or-later
#include "finding.h"

#include "jsonwriter.h"

namespace VendorPack {

QLatin1String Finding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QLatin1String("error");
    case Severity::Warning:
        return QLatin1String("warning");
    case Severity::Info:
        return QLatin1String("info");
    }
    return QLatin1String("error");
}

QString Finding::toText() const
{
    return severityName(severity) + QLatin1Char(' ') + rule + QLatin1Char(' ')
        + (pointer.isEmpty() ? QStringLiteral("\"\"") : pointer) + QLatin1String(": ") + message;
}

QByteArray Finding::toJsonLine() const
{
    JsonWriter writer(JsonWriter::Compact);
    writer.beginObject();
    writer.field("severity", severityName(severity));
    writer.field("rule", rule);
    writer.field("pointer", pointer);
    writer.field("message", message);
    writer.endObject();
    return writer.take();
}

int countSeverity(const Findings &findings, Severity severity)
{
    int count = 0;
    for (const Finding &finding : findings) {
        if (finding.severity == severity)
            ++count;
    }
    return count;
}

} // namespace VendorPack
