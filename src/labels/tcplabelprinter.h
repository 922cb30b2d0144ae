// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "labelprinter.h"

#include <QCoreApplication>

namespace VendorPack {

// Sends ZPL raw to a printer's TCP port (9100, "JetDirect"), with a time limit on connecting and
// sending; a refused or silent port is a message, not a hang.
class TcpLabelPrinter : public LabelPrinter
{
    Q_DECLARE_TR_FUNCTIONS(TcpLabelPrinter)
public:
    static constexpr quint16 kDefaultPort = 9100;

    TcpLabelPrinter(const QString &host, quint16 port, int dpi, int timeoutMs = 5000);

    QString description() const override;
    // Blocks up to the time limit for each step (connect, send, close).
    bool print(const QList<LabelScene> &labels, QString *error) override;

private:
    QString m_host;
    quint16 m_port;
    int m_dpi;
    int m_timeoutMs;
};

} // namespace VendorPack
