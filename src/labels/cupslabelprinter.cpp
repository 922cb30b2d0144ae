// SPDX-License-Identifier: GPL-3.0-or-later
#include "cupslabelprinter.h"

#include "labelscene.h"
#include "zpllabelwriter.h"

#include <QProcess>

namespace VendorPack {

CupsLabelPrinter::CupsLabelPrinter(const QString &queue, int dpi, int timeoutMs)
    : m_queue(queue)
    , m_dpi(dpi)
    , m_timeoutMs(timeoutMs)
{
}

QString CupsLabelPrinter::description() const
{
    return tr("ZPL to CUPS queue \"%1\" (%2 dpi)").arg(m_queue).arg(m_dpi);
}

bool CupsLabelPrinter::print(const QList<LabelScene> &labels, QString *error)
{
    if (m_queue.isEmpty() || m_queue.startsWith(QLatin1Char('-'))) {
        *error = tr("\"%1\" is not a CUPS queue name").arg(m_queue);
        return false;
    }
    QString zplError;
    const QByteArray zpl = ZplLabelWriter(m_dpi).writeAll(labels, &zplError);
    if (zpl.isEmpty()) {
        *error = zplError.isEmpty() ? tr("There are no labels to print") : zplError;
        return false;
    }
    QProcess lp;
    lp.start(m_program,
             { QStringLiteral("-d"), m_queue, QStringLiteral("-o"), QStringLiteral("raw"),
               QStringLiteral("-t"), QStringLiteral("VendorPack labels") });
    if (!lp.waitForStarted(m_timeoutMs)) {
        *error = tr("Cannot run %1 to print to CUPS queue \"%2\": %3 (is cups-client "
                    "installed?)")
                     .arg(m_program, m_queue, lp.errorString());
        return false;
    }
    lp.write(zpl);
    lp.closeWriteChannel();
    if (!lp.waitForFinished(m_timeoutMs)) {
        lp.kill();
        lp.waitForFinished(1000);
        *error = tr("CUPS queue \"%1\": %2 did not finish within %3 s")
                     .arg(m_queue, m_program)
                     .arg(m_timeoutMs / 1000);
        return false;
    }
    if (lp.exitStatus() != QProcess::NormalExit || lp.exitCode() != 0) {
        const QString message = QString::fromLocal8Bit(lp.readAllStandardError()).trimmed();
        *error = tr("CUPS queue \"%1\" refused the labels (%2 exit code %3): %4")
                     .arg(m_queue, m_program)
                     .arg(lp.exitCode())
                     .arg(message.isEmpty() ? tr("no message") : message);
        return false;
    }
    return true;
}

} // namespace VendorPack
