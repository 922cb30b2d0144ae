// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcplabelprinter.h"

#include "labelscene.h"
#include "zpllabelwriter.h"

#include <QTcpSocket>

namespace VendorPack {

TcpLabelPrinter::TcpLabelPrinter(const QString &host, quint16 port, int dpi, int timeoutMs)
    : m_host(host)
    , m_port(port)
    , m_dpi(dpi)
    , m_timeoutMs(timeoutMs)
{
}

QString TcpLabelPrinter::description() const
{
    return tr("ZPL to %1:%2 (%3 dpi)").arg(m_host).arg(m_port).arg(m_dpi);
}

bool TcpLabelPrinter::print(const QList<LabelScene> &labels, QString *error)
{
    QString zplError;
    const QByteArray zpl = ZplLabelWriter(m_dpi).writeAll(labels, &zplError);
    if (zpl.isEmpty()) {
        *error = zplError.isEmpty() ? tr("There are no labels to print") : zplError;
        return false;
    }
    QTcpSocket socket;
    socket.connectToHost(m_host, m_port);
    if (!socket.waitForConnected(m_timeoutMs)) {
        *error = tr("The label printer at %1:%2 cannot be reached: %3")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(socket.errorString());
        return false;
    }
    qint64 written = 0;
    while (written < zpl.size()) {
        const qint64 n = socket.write(zpl.constData() + written, zpl.size() - written);
        if (n < 0)
            break;
        written += n;
    }
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(m_timeoutMs))
            break;
    }
    if (written < zpl.size() || socket.bytesToWrite() > 0) {
        *error = tr("The label printer at %1:%2 did not take the labels: %3")
                     .arg(m_host)
                     .arg(m_port)
                     .arg(socket.errorString());
        return false;
    }
    socket.disconnectFromHost();
    if (socket.state() != QAbstractSocket::UnconnectedState)
        socket.waitForDisconnected(m_timeoutMs);
    return true;
}

} // namespace VendorPack
