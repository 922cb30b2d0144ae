// SPDX-License-Identifier: GPL-3.0-or-later
#include "printersettings.h"

#include "labels/cupslabelprinter.h"
#include "labels/filelabelprinter.h"
#include "labels/qprinterlabelprinter.h"
#include "labels/tcplabelprinter.h"
#include "labels/zpllabelwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace VendorPack {

namespace {

QString group(LabelKind labelKind)
{
    return labelKind == LabelKind::Pallet ? QStringLiteral("printers/pallet/")
                                          : QStringLiteral("printers/carton/");
}

QString kindKey(PrinterSettings::Kind kind)
{
    switch (kind) {
    case PrinterSettings::Kind::PdfFolder:
        return QStringLiteral("pdf-folder");
    case PrinterSettings::Kind::ZplFolder:
        return QStringLiteral("zpl-folder");
    case PrinterSettings::Kind::SystemPrinter:
        return QStringLiteral("system");
    case PrinterSettings::Kind::ZplCups:
        return QStringLiteral("zpl-cups");
    case PrinterSettings::Kind::ZplTcp:
        return QStringLiteral("zpl-tcp");
    }
    return {};
}

} // namespace

QList<PrinterSettings::Kind> PrinterSettings::kinds()
{
    return { Kind::PdfFolder, Kind::ZplFolder, Kind::SystemPrinter, Kind::ZplCups, Kind::ZplTcp };
}

QString PrinterSettings::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PdfFolder:
        return tr("PDF files in a folder");
    case Kind::ZplFolder:
        return tr("ZPL files in a folder");
    case Kind::SystemPrinter:
        return tr("Printer of this computer");
    case Kind::ZplCups:
        return tr("ZPL to a CUPS queue");
    case Kind::ZplTcp:
        return tr("ZPL to a network printer (TCP 9100)");
    }
    return {};
}

QString PrinterSettings::labelKindName(LabelKind kind)
{
    return kind == LabelKind::Pallet ? tr("Pallet labels") : tr("Carton labels");
}

QString PrinterSettings::stockText(LabelStock stock)
{
    return stock == LabelStock::A6 ? tr("A6 (105 × 148 mm)") : tr("4 × 6 in (102 × 152 mm)");
}

PrinterSettings PrinterSettings::defaults(LabelKind labelKind)
{
    PrinterSettings s;
    s.folder = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                   .filePath(QStringLiteral("VendorPack labels"));
    s.copies = labelKind == LabelKind::Pallet ? 2 : 1;
    return s;
}

PrinterSettings PrinterSettings::load(const QSettings &settings, LabelKind labelKind)
{
    PrinterSettings s = defaults(labelKind);
    const QString g = group(labelKind);
    const QString kind = settings.value(g + QStringLiteral("kind")).toString();
    for (Kind k : kinds()) {
        if (kindKey(k) == kind)
            s.kind = k;
    }
    s.folder = settings.value(g + QStringLiteral("folder"), s.folder).toString();
    s.printerName = settings.value(g + QStringLiteral("printer")).toString();
    s.queue = settings.value(g + QStringLiteral("queue")).toString();
    s.address = settings.value(g + QStringLiteral("address")).toString();
    const int dpi = settings.value(g + QStringLiteral("dpi"), s.dpi).toInt();
    s.dpi = ZplLabelWriter::isSupportedDpi(dpi) ? dpi : 203;
    s.stock = LabelLayout::stockFromName(settings.value(g + QStringLiteral("stock")).toString())
                  .value_or(LabelStock::FourBySix);
    s.printOnClose = settings.value(g + QStringLiteral("printOnClose"), false).toBool();
    s.copies
        = qBound(1, settings.value(g + QStringLiteral("copies"), s.copies).toInt(), kMaxCopies);
    return s;
}

void PrinterSettings::save(QSettings &settings, LabelKind labelKind) const
{
    const QString g = group(labelKind);
    settings.setValue(g + QStringLiteral("kind"), kindKey(kind));
    settings.setValue(g + QStringLiteral("folder"), folder);
    settings.setValue(g + QStringLiteral("printer"), printerName);
    settings.setValue(g + QStringLiteral("queue"), queue);
    settings.setValue(g + QStringLiteral("address"), address);
    settings.setValue(g + QStringLiteral("dpi"), dpi);
    settings.setValue(g + QStringLiteral("stock"), LabelLayout::stockName(stock));
    settings.setValue(g + QStringLiteral("printOnClose"), printOnClose);
    settings.setValue(g + QStringLiteral("copies"), copies);
    settings.sync();
}

QString PrinterSettings::folderProblem(const QString &folder)
{
    const QString trimmed = folder.trimmed();
    if (trimmed.isEmpty())
        return tr("is empty; choose the folder the label files go to");
    if (QDir::isRelativePath(trimmed))
        return tr("'%1' is not a full path").arg(trimmed);
    const QFileInfo info(trimmed);
    if (info.exists()) {
        if (!info.isDir())
            return tr("'%1' is a file, not a folder").arg(trimmed);
        if (!info.isWritable())
            return tr("the folder '%1' cannot be written to").arg(trimmed);
        return {};
    }
    // Does not exist yet: its nearest existing parent must be a folder we may write to.
    QFileInfo parent(QDir::cleanPath(trimmed));
    while (!parent.exists()) {
        const QString up = parent.absolutePath();
        if (up == parent.absoluteFilePath())
            return tr("'%1' cannot be created").arg(trimmed);
        parent = QFileInfo(up);
    }
    if (!parent.isDir() || !parent.isWritable())
        return tr("'%1' cannot be created: %2 is not a folder that can be written to")
            .arg(trimmed, QDir::toNativeSeparators(parent.absoluteFilePath()));
    return {};
}

QString PrinterSettings::addressProblem(const QString &text, QString *host, quint16 *port)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("is empty; enter the printer's host name or IP address, e.g. 10.0.0.5:9100");
    static const QRegularExpression portPart(QStringLiteral(":(\\d*)$"));
    const QRegularExpressionMatch m = portPart.match(trimmed);
    int value = TcpLabelPrinter::kDefaultPort;
    if (m.hasMatch()) {
        bool ok = false;
        value = m.captured(1).toInt(&ok);
        if (!ok || value < 1 || value > 65535)
            return tr("the port in '%1' must be a number from 1 to 65535").arg(trimmed);
    }
    const QUrl url(QStringLiteral("tcp://") + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || !url.userInfo().isEmpty()
        || url.hasQuery() || url.hasFragment())
        return tr("'%1' is not host:port (e.g. 10.0.0.5:9100 or zebra-1)").arg(trimmed);
    if (host)
        *host = url.host();
    if (port)
        *port = quint16(value);
    return {};
}

QString PrinterSettings::queueProblem(const QString &queue)
{
    const QString trimmed = queue.trimmed();
    if (trimmed.isEmpty())
        return tr("is empty; enter the CUPS queue name (lpstat -p lists them)");
    static const QRegularExpression allowed(QStringLiteral("^[^\\s/#]+$"));
    if (!allowed.match(trimmed).hasMatch())
        return tr("'%1' may not hold spaces, / or #").arg(trimmed);
    return {};
}

QString PrinterSettings::printerNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("is empty; choose a printer of this computer");
    return {};
}

SettingsProblems PrinterSettings::problems(LabelKind labelKind) const
{
    SettingsProblems list;
    const QString prefix = labelKindName(labelKind) + QLatin1String(": ");
    auto check = [&](const QString &field, const QString &problem) {
        if (!problem.isEmpty())
            list.append({ prefix + field, problem });
    };
    switch (kind) {
    case Kind::PdfFolder:
    case Kind::ZplFolder:
        check(folderField(), folderProblem(folder));
        break;
    case Kind::SystemPrinter:
        check(printerField(), printerNameProblem(printerName));
        break;
    case Kind::ZplCups:
        check(queueField(), queueProblem(queue));
        break;
    case Kind::ZplTcp:
        check(addressField(), addressProblem(address));
        break;
    }
    if (isZpl() && !ZplLabelWriter::isSupportedDpi(dpi))
        list.append({ prefix + tr("Resolution"), tr("must be 203 or 300 dpi") });
    if (copies < 1 || copies > kMaxCopies)
        list.append({ prefix + tr("Copies"), tr("must be 1 to %1").arg(kMaxCopies) });
    return list;
}

std::unique_ptr<LabelPrinter> PrinterSettings::createPrinter(QString *error) const
{
    // The label type does not matter for the fields checked here.
    const SettingsProblems list = problems(LabelKind::Carton);
    if (!list.isEmpty()) {
        *error = tr("The printer settings cannot be used: %1").arg(list.first().text());
        return nullptr;
    }
    switch (kind) {
    case Kind::PdfFolder:
        return std::make_unique<FileLabelPrinter>(folder.trimmed(), FileLabelPrinter::Format::Pdf);
    case Kind::ZplFolder:
        return std::make_unique<FileLabelPrinter>(folder.trimmed(), FileLabelPrinter::Format::Zpl,
                                                  dpi);
    case Kind::SystemPrinter:
        return std::make_unique<QPrinterLabelPrinter>(printerName.trimmed());
    case Kind::ZplCups:
        return std::make_unique<CupsLabelPrinter>(queue.trimmed(), dpi);
    case Kind::ZplTcp: {
        QString host;
        quint16 port = 0;
        addressProblem(address, &host, &port);
        return std::make_unique<TcpLabelPrinter>(host, port, dpi);
    }
    }
    return nullptr;
}

} // namespace VendorPack
