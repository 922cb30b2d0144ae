// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"
#include "packing/packingresult.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QAction;
class QSplitter;
class QTabWidget;
class QTimer;
class QUndoStack;

namespace VendorPack {

class LabelPrintController;

class PackingHeaderForm;
class PackingSession;
class PackingShipmentBar;
class PackingTotalsPanel;
class PoLinesPanel;
class PropertiesPanel;
class ScanBar;
class ScanController;
class ShipmentView;
class Station;
class SyncStatus;
class ValidationPanel;

// The page a packer works on all day: the open shipment's bar and header, the PO lines still to
// pack, the shipment tree with drag and drop, the scan bar that always gets the keyboard back,
// the selected line's properties, live totals and the findings; its actions go into the main
// window's menus and toolbar.
class PackingPage : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        NewShipment,
        NewPallet,
        NewCarton,
        CloseCarton,
        SplitLine,
        MergeLines,
        Unpack,
        Delete,
        Undo,
        Redo,
        ExpandAll,
        CollapseAll,
        FocusScanBar,
        ReloadOrders
    };

    explicit PackingPage(Station &station, QWidget *parent = nullptr);
    ~PackingPage() override;

    // For the main window's menus and toolbar, in menu order (separators included).
    QList<QAction *> actions() const { return m_actionList; }
    QAction *action(Action action) const { return m_actions.value(int(action)); }
    QUndoStack *undoStack() const;

    PackingSession &session() const { return *m_session; }
    ScanController &scanController() const { return *m_scan; }
    LabelPrintController &labelPrinting() const { return *m_labels; }
    ScanBar *scanBar() const { return m_scanBar; }
    ShipmentView *shipmentView() const { return m_view; }
    PoLinesPanel *poLinesPanel() const { return m_poLines; }
    PropertiesPanel *propertiesPanel() const { return m_properties; }
    PackingTotalsPanel *totalsPanel() const { return m_totals; }
    ValidationPanel *validationPanel() const { return m_validation; }
    PackingHeaderForm *headerForm() const { return m_header; }
    PackingShipmentBar *shipmentBar() const { return m_bar; }

    // Shows what sync knows of the open shipment: its state in the bar (with syncNow), the
    // API's refusal in the findings, the ids frozen once pushed, and no edits once ChannelEngine
    // takes no more updates (delivered). The status must outlive the page.
    void attachSync(SyncStatus &status, QAction *syncNow);

public slots:
    // A new shipment for the FC of these POs, or (asked) the building shipment for that FC.
    void newShipmentFor(const QStringList &poNumbers);
    void openShipment(qint64 id);
    // Reads the POs again (after a sync): changed acknowledgements, cancelled POs (an alert).
    void reloadOrders();

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void shipmentChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyProportions();
    QAction *addAction(Action id, const QString &text, const QList<QKeySequence> &keys,
                       const QString &tip);
    void createActions();
    void buildLayout();
    void newShipmentForFc(const QString &fc);
    void onNewShipment();
    void onNewPallet();
    void onNewCarton();
    void onCloseCarton();
    void onSplitLine();
    void onMergeLines();
    void onUnpack();
    void onDelete();
    void onUndo();
    void onRedo();
    void onScanned(const QString &text);
    void onTargetChanged(NodeId node);
    void onCurrentChanged();
    void onShipmentOpened();
    void onActionFailed(const PackingResult &result);
    void closeNode(NodeId node);
    // Shows a result: the status bar, the node selected; false when it failed.
    bool report(const PackingResult &result, const QString &doneMessage = QString());
    void scheduleRefresh();
    void refreshNow();
    void refreshSelection(); // what follows the selection: at once
    void refreshPanels(); // what spans the whole shipment: shortly after

    void updateActions();
    // Reads the open shipment's sync state into the bar, the findings, the header and the session.
    void applySyncState();
    void checkCancelledOrders();
    void alert(const QString &title, const QString &text);
    void refocusScanBar();
    QString describeNode(NodeId node) const;
    NodeId containerForAction() const;

    Station &m_station;
    std::unique_ptr<PackingSession> m_session;
    ScanController *m_scan;
    LabelPrintController *m_labels;
    PackingShipmentBar *m_bar = nullptr;
    ScanBar *m_scanBar = nullptr;
    PoLinesPanel *m_poLines = nullptr;
    ShipmentView *m_view = nullptr;
    ValidationPanel *m_validation = nullptr;
    PropertiesPanel *m_properties = nullptr;
    PackingTotalsPanel *m_totals = nullptr;
    PackingHeaderForm *m_header = nullptr;
    QTabWidget *m_sideTabs = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_proportionsSet = false;
    QTimer *m_refreshTimer;
    QTimer *m_panelTimer;
    QHash<int, QAction *> m_actions;
    QList<QAction *> m_actionList;
    QStringList m_alertedCancelled;
    SyncStatus *m_syncStatus = nullptr;
};

} // namespace VendorPack
