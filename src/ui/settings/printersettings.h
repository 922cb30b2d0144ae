// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingsproblem.h"

#include "labels/labellayout.h"
#include "labels/labelprinter.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace VendorPack {

// Where one label type (carton or pallet) is printed at this station, on what stock and at what
// resolution; kept in the station's QSettings because printers belong to the computer.
struct PrinterSettings
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSettings)
public:
    enum class Kind {
        PdfFolder, // a PDF file per label in a folder
        ZplFolder, // a ZPL file per label in a folder
        SystemPrinter, // a printer of the system by name, through QPrinter
        ZplCups, // raw ZPL to a CUPS queue
        ZplTcp // raw ZPL to host:port (9100)
    };

    Kind kind = Kind::PdfFolder;
    QString folder; // PdfFolder, ZplFolder
    QString printerName; // SystemPrinter
    QString queue; // ZplCups
    QString address; // ZplTcp: "host:port" or "host" (port 9100)
    int dpi = 203; // ZPL kinds: 203 or 300
    LabelStock stock = LabelStock::FourBySix;
    bool printOnClose = false;
    int copies = 1; // labels per container (pallets: 2, one per side)

    static constexpr int kMaxCopies = 9;

    bool isZpl() const
    {
        return kind == Kind::ZplFolder || kind == Kind::ZplCups || kind == Kind::ZplTcp;
    }
    static QList<Kind> kinds();
    static QString kindName(Kind kind); // as the settings dialog lists it
    static QString labelKindName(LabelKind kind); // "Carton labels"
    static QString stockText(LabelStock stock); // "4 × 6 in (102 × 152 mm)"

    // The defaults of a station never set up: PDF files in the user's documents folder.
    static PrinterSettings defaults(LabelKind labelKind);
    static PrinterSettings load(const QSettings &settings, LabelKind labelKind);
    void save(QSettings &settings, LabelKind labelKind) const;

    // Everything that keeps these settings from being used, field by field ("Carton labels:
    // Printer address").
    SettingsProblems problems(LabelKind labelKind) const;
    // The printer these settings name; nullptr with *error when they cannot be used.
    std::unique_ptr<LabelPrinter> createPrinter(QString *error) const;

    // The checks one by one: empty when fine. A folder that exists or can be created; "host" or
    // "host:port" with a port from 1 to 65535.
    static QString folderProblem(const QString &folder);
    static QString addressProblem(const QString &text, QString *host = nullptr,
                                  quint16 *port = nullptr);
    static QString queueProblem(const QString &queue);
    static QString printerNameProblem(const QString &name);

    static QString folderField() { return tr("Folder"); }
    static QString addressField() { return tr("Printer address"); }
    static QString queueField() { return tr("CUPS queue"); }
    static QString printerField() { return tr("Printer"); }

    friend bool operator==(const PrinterSettings &a, const PrinterSettings &b)
    {
        return a.kind == b.kind && a.folder == b.folder && a.printerName == b.printerName
            && a.queue == b.queue && a.address == b.address && a.dpi == b.dpi && a.stock == b.stock
            && a.printOnClose == b.printOnClose && a.copies == b.copies;
    }
};

} // namespace VendorPack
