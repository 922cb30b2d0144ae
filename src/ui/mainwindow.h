// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include <QDateTime>
#include <QKeySequence>
#include <QList>
#include <QMainWindow>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSettings;
class QStackedWidget;
class QToolBar;
class QUndoGroup;
class QUndoStack;
QT_END_NAMESPACE

namespace VendorPack {

class OrdersPage;
class PackingPage;
class PurchaseOrderService;
class Station;
class StatusIndicator;
class SyncBanner;
class SyncLog;
class SyncStatus;

// The packing station's window: the pages (Orders, Packing, later Review) in a stack with a
// navigation bar, the menus and toolbar that the pages fill with their own actions, Undo/Redo
// over the active page's undo stack, the sync banner and log, and a status bar with station,
// user, database, API and sync state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ApiState { NotConfigured, Ready, Busy, Failed };

    // One page: its widget, what it adds to the menus and the toolbar while it is shown, and
    // its undo stack (nullptr if it has none).
    struct Page
    {
        QString id; // "orders", "packing"
        QString title; // "&Orders": the navigation button and the page's menu
        Icons::Kind icon = Icons::App;
        QWidget *widget = nullptr;
        QList<QAction *> actions;
        QUndoStack *undoStack = nullptr;
        QKeySequence shortcut; // to show the page
        // A page that runs its own undo: Edit > Undo/Redo and their keys trigger these.
        QAction *undo = nullptr;
        QAction *redo = nullptr;
    };

    // The window remembers its geometry, toolbars and splitters in uiState.
    MainWindow(Station &station, PurchaseOrderService *service, QSettings &uiState,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Marks the window as a demo: title, a banner with detail, a badge in the status bar.
    void setDemoMode(const QString &detail);
    bool isDemoMode() const { return m_demo; }

    void setApiState(ApiState state, const QString &detail = QString());
    StatusIndicator *apiIndicator() const { return m_apiState; }
    // The sync state field; "sync: not running" until attachSync().
    StatusIndicator *syncIndicator() const { return m_syncState; }
    // Shows the station's sync: the banner above the pages, the status bar's sync field, the
    // Sync Log dock (View menu). The status and the log must outlive the window.
    void attachSync(SyncStatus &status, SyncLog &log);
    SyncBanner *syncBanner() const { return m_syncBanner; }
    QDockWidget *syncLogDock() const { return m_syncLogDock; }
    // The status bar's sync sentence for a status ("synced", "3 changes waiting", "offline
    // since 14:02", "sync paused: the API key was refused"); offlineSince: when it went offline.
    static QString syncText(const SyncStatus &status, const QDateTime &offlineSince);
    // Asked before the window closes; false keeps it open (changes waiting to be sent).
    void setCloseGuard(std::function<bool()> guard) { m_closeGuard = std::move(guard); }
    // Progress of a background job in the status bar: total < 0 (not known yet) shows a busy
    // bar, (0, 0) hides it (the job stopped), as OrdersPage::progressChanged and ApiCall say.
    void showProgress(int done, int total);
    void hideProgress();
    // The station's name, user or database changed.
    void updateStationFields();
    // The label printers were changed in the settings.
    void reloadPrinterSettings();

    QWidget *page(const QString &id) const;
    QString currentPageId() const;
    void showPage(const QString &id);
    QStringList pageIds() const;

    QUndoGroup *undoGroup() const { return m_undoGroup; }
    QAction *pullOrdersAction() const { return m_pullOrders; }
    QAction *syncNowAction() const { return m_syncNow; }
    OrdersPage *ordersPage() const { return m_ordersPage; }

    // The stored purchase orders changed (a pull finished): pages that show them reload.
    void notifyPurchaseOrdersChanged();

signals:
    void settingsRequested();
    void pullOrdersRequested();
    void purchaseOrdersChanged();
    // File > Sync Now, or the banner's "Try now".
    void syncNowRequested();
    // The user wants to pack these orders: the Packing page is shown; it opens the shipment.
    void packRequested(const QStringList &purchaseOrderNos);
    // A change was committed to the outbox and should be sent soon: the packing page emits
    // shipmentChanged() after each committed edit (connect its signal to this one); the
    // window emits acknowledgementsSaved() when the orders page may have saved some.
    void shipmentChanged();
    void acknowledgementsSaved();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBars();
    void createStatusBar();
    void createPages();
    void addPage(const Page &page);
    void onPageChanged(int index);
    void showShortcuts();
    void showAbout();
    void restoreWindowState();
    void saveWindowState();
    void updateTitle();
    void updateUndoActions();
    void updateSyncField();

    Station &m_station;
    PurchaseOrderService *m_service;
    QSettings &m_uiState;
    bool m_demo = false;
    bool m_splittersRestored = false;

    std::function<bool()> m_closeGuard;
    SyncStatus *m_syncStatus = nullptr;
    QDateTime m_offlineSince;

    QList<Page> m_pages;
    QList<QMenu *> m_pageMenus;
    int m_currentPage = -1;

    QLabel *m_demoBanner = nullptr;
    SyncBanner *m_syncBanner = nullptr;
    QDockWidget *m_syncLogDock = nullptr;
    OrdersPage *m_ordersPage = nullptr;
    QStackedWidget *m_stack = nullptr;
    PackingPage *m_packingPage = nullptr;
    QToolBar *m_navigation = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_pageActionsEnd = nullptr;
    QActionGroup *m_pageGroup = nullptr;
    QUndoGroup *m_undoGroup = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_pullOrders = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_fullScreen = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;

    QLabel *m_demoBadge = nullptr;
    StatusIndicator *m_stationField = nullptr;
    StatusIndicator *m_userField = nullptr;
    StatusIndicator *m_databaseField = nullptr;
    StatusIndicator *m_apiState = nullptr;
    StatusIndicator *m_syncState = nullptr;
    QProgressBar *m_progress = nullptr;
};

} // namespace VendorPack
