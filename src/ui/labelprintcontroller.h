// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/printersettings.h"

#include "core/shipmentnode.h"
#include "labels/labelbuilder.h"
#include "labels/labelscene.h"

#include <QImage>
#include <QObject>
#include <QSet>

QT_BEGIN_NAMESPACE
class QAction;
class QSettings;
class QWidget;
QT_END_NAMESPACE

namespace VendorPack {

class PackingSession;
class Station;

// What a packer does with labels at the station: print, reprint (with a reason), void, preview
// and test-print carton and pallet labels on the station's printers, and print a label by
// itself when its carton or pallet is closed. The SSCC ledger says printed only after the printer
// took the label; every refusal or failure is a message (statusMessage) and changes nothing.
class LabelPrintController : public QObject
{
    Q_OBJECT

public:
    struct PrintOptions
    {
        QString reason; // required for a label printed before (a reprint)
        bool withPalletCartons = false; // a pallet's cartons too (those never printed)
    };

    LabelPrintController(Station &station, PackingSession &session, QObject *parent = nullptr);
    ~LabelPrintController() override;

    PrinterSettings printerSettings(LabelKind kind) const;
    void setPrinterSettings(LabelKind kind, const PrinterSettings &settings);
    // Both label types from the station's QSettings (after the settings dialog saved them).
    void loadSettings(const QSettings &settings);

    // The carton and pallet nodes the packing page has selected: the actions act on them.
    void setSelection(const QList<NodeId> &nodes);
    QList<NodeId> selection() const { return m_selection; }
    // Where the reason and preview dialogs open.
    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }

    // Prints the labels of cartons and pallets (each on its type's printer); a label printed
    // before needs options.reason. False with *error (also sent as statusMessage) when refused or
    // when a printer failed: the ledger then says printed only for what a printer took.
    bool printLabels(const QList<NodeId> &nodes, const PrintOptions &options,
                     QString *error = nullptr);
    bool printLabels(const QList<NodeId> &nodes, QString *error = nullptr)
    {
        return printLabels(nodes, PrintOptions(), error);
    }
    bool reprint(NodeId node, const QString &reason, QString *error = nullptr);
    // Voids the node's SSCC for good; the node then needs a new SSCC before it can be labelled.
    bool voidLabel(NodeId node, const QString &reason, QString *error = nullptr);
    // Gives the carton or pallet a new SSCC from the ledger (PackingSession::relabel: the old one
    // is voided with the reason if it is not already); not undoable. Its label is then printed.
    bool relabel(NodeId node, const QString &reason, QString *error = nullptr);
    // The selected pallet's manifest (cartons, SKUs, POs, totals): a PDF file in the pallet
    // printer's folder when that printer is a PDF folder, else on the system printer through
    // QPrinter (the pallet printer's when it is a system printer, else the default one), on A4
    // or Letter as the locale measures. *path gets the file written, if one was.
    bool printManifest(NodeId pallet, QString *error = nullptr, QString *path = nullptr);
    // The node's label as it prints, rendered by the label painter at dpi.
    QImage previewImage(NodeId node, int dpi, QString *error = nullptr) const;
    // Opens the preview dialog of the node's label.
    void preview(NodeId node);
    // The test label on a label type's printer (or on the given settings, for the settings
    // dialog): resolution, X-dimension and quiet zone.
    bool testPrint(LabelKind kind, QString *error = nullptr);
    static bool testPrint(const PrinterSettings &settings, QString *message);

    // How many times the ledger says the node's label was printed; -1 when unknown.
    int printCount(NodeId node) const;

    QAction *printAction() const { return m_printAction; }
    QAction *reprintAction() const { return m_reprintAction; }
    QAction *voidAction() const { return m_voidAction; }
    QAction *relabelAction() const { return m_relabelAction; }
    QAction *manifestAction() const { return m_manifestAction; }
    QAction *previewAction() const { return m_previewAction; }
    QAction *testPrintAction() const { return m_testPrintAction; }
    QList<QAction *> actions() const;

signals:
    void statusMessage(const QString &message);
    // After every print, reprint or void: views showing label states refresh.
    void labelsChanged();

private:
    LabelBuilder::Options labelOptions() const;
    struct Job
    {
        LabelKind kind;
        QList<LabelScene> scenes;
    };
    bool compose(const QList<NodeId> &nodes, QList<Job> *jobs, QString *error) const;
    bool fail(const QString &message, QString *error);
    QString positionOf(NodeId node) const;
    QString ssccOf(NodeId node) const;
    bool isLabelled(NodeId node) const; // a carton or pallet with a valid SSCC
    void updateActions();
    void onSessionChanged();
    void rememberClosed();
    QSet<NodeId> closedContainers() const;
    void printClosed();
    void audit(const QString &action, const QString &sscc, const QString &after);

    void triggerPrint();
    void triggerReprint();
    void triggerVoid();
    void triggerRelabel();
    QString askReason(const QString &title, const QString &label);

    Station &m_station;
    PackingSession &m_session;
    PrinterSettings m_carton;
    PrinterSettings m_pallet;
    QList<NodeId> m_selection;
    QSet<NodeId> m_closed; // containers closed as of the last change
    QList<NodeId> m_closedPending; // just closed: printed once the change is done
    QWidget *m_dialogParent = nullptr;

    QAction *m_printAction = nullptr;
    QAction *m_reprintAction = nullptr;
    QAction *m_voidAction = nullptr;
    QAction *m_relabelAction = nullptr;
    QAction *m_manifestAction = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_testPrintAction = nullptr;
};

} // namespace VendorPack
