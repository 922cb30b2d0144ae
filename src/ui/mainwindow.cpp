// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "labelprintcontroller.h"
#include "orderspage.h"
#include "packingpage.h"
#include "shortcutsdialog.h"
#include "statusindicator.h"
#include "syncbanner.h"
#include "synclogview.h"

#include "packing/station.h"
#include "storage/database.h"
#include "sync/synclog.h"
#include "sync/syncstatus.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace VendorPack {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kSplitterKey = QStringLiteral("mainWindow/splitters/");
constexpr int kStateVersion = 1;

// Tooltips that name the shortcut, "Pull orders now (F5)", so that the mouse teaches the keys.
void addShortcutToToolTip(QAction *action)
{
    if (action->shortcut().isEmpty())
        return;
    QString text = action->toolTip();
    if (text.isEmpty())
        text = action->text();
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("..."));
    action->setToolTip(text + QLatin1String(" (")
                       + action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
}

} // namespace

MainWindow::MainWindow(Station &station, PurchaseOrderService *service, QSettings &uiState,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_station(station)
    , m_service(service)
    , m_uiState(uiState)
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::App));

    m_demoBanner = new QLabel;
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setWordWrap(true);
    m_demoBanner->setVisible(false);
    m_demoBanner->setStyleSheet(
        QStringLiteral("QLabel#demoBanner { background: #fff1c2; color: #4a3b00;"
                       " border-bottom: 1px solid #e3c35a; padding: 6px 12px; }"));
    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("pages"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_demoBanner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    createToolBars();
    createStatusBar();
    createPages();
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::onPageChanged);
    restoreWindowState();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_settings = new QAction(Icons::icon(Icons::Settings), tr("&Settings..."), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Comma) });
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setStatusTip(tr("Station, ChannelEngine, GS1 numbering, limits and carton types"));
    connect(m_settings, &QAction::triggered, this, &MainWindow::settingsRequested);

    m_pullOrders = new QAction(Icons::icon(Icons::Refresh), tr("&Pull Orders Now"), this);
    m_pullOrders->setObjectName(QStringLiteral("pullOrdersAction"));
    m_pullOrders->setShortcut(QKeySequence(Qt::Key_F5));
    m_pullOrders->setIconText(tr("Pull Orders"));
    m_pullOrders->setStatusTip(tr("Fetch new and changed purchase orders from ChannelEngine"));
    m_pullOrders->setEnabled(m_service != nullptr);
    connect(m_pullOrders, &QAction::triggered, this, &MainWindow::pullOrdersRequested);

    m_syncNow = new QAction(Icons::icon(Icons::Sync), tr("S&ync Now"), this);
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9)); // Ctrl+Shift+S splits a line
    m_syncNow->setStatusTip(
        tr("Send the changes waiting in the outbox to ChannelEngine now, without waiting"));
    m_syncNow->setEnabled(false); // until attachSync()
    connect(m_syncNow, &QAction::triggered, this, &MainWindow::syncNowRequested);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcuts(QKeySequence::Quit);
    if (m_quit->shortcuts().isEmpty()) // not every platform theme has one
        m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    // Undo and Redo act on the shown page: its own actions, or its stack in the undo group.
    m_undo = new QAction(Icons::icon(Icons::Undo), tr("&Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoAction"));
    m_undo->setShortcuts(QKeySequence::Undo);
    connect(m_undo, &QAction::triggered, this, [this] {
        const Page *page = m_currentPage >= 0 ? &m_pages.at(m_currentPage) : nullptr;
        if (page && page->undo)
            page->undo->trigger();
        else
            m_undoGroup->undo();
    });
    m_redo = new QAction(Icons::icon(Icons::Redo), tr("&Redo"), this);
    m_redo->setObjectName(QStringLiteral("redoAction"));
    m_redo->setShortcuts(QKeySequence::Redo);
    connect(m_redo, &QAction::triggered, this, [this] {
        const Page *page = m_currentPage >= 0 ? &m_pages.at(m_currentPage) : nullptr;
        if (page && page->redo)
            page->redo->trigger();
        else
            m_undoGroup->redo();
    });
    connect(m_undoGroup, &QUndoGroup::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, this, &MainWindow::updateUndoActions);
    updateUndoActions();

    m_fullScreen = new QAction(tr("&Full Screen"), this);
    m_fullScreen->setCheckable(true);
    m_fullScreen->setShortcuts(QKeySequence::FullScreen);
    if (m_fullScreen->shortcuts().isEmpty())
        m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    m_shortcuts = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_about = new QAction(Icons::icon(Icons::App), tr("&About VendorPack"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_pageGroup = new QActionGroup(this);
    m_pageGroup->setExclusive(true);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->addAction(m_pullOrders);
    m_fileMenu->addAction(m_syncNow);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settings);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(m_shortcuts);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_about);
}

void MainWindow::createToolBars()
{
    m_navigation = new QToolBar(tr("Pages"));
    m_navigation->setObjectName(QStringLiteral("navigationToolBar"));
    m_navigation->setMovable(false);
    m_navigation->setFloatable(false);
    m_navigation->setIconSize(QSize(32, 32));
    m_navigation->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_navigation->setStyleSheet(QStringLiteral(
        "QToolBar#navigationToolBar { spacing: 4px; padding: 6px 2px; }"
        " QToolBar#navigationToolBar QToolButton { min-width: 72px; padding: 6px 4px; }"));
    addToolBar(Qt::LeftToolBarArea, m_navigation);

    m_toolBar = new QToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(24, 24));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_pullOrders);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    // The active page's actions go between the separators.
    m_pageActionsEnd = m_toolBar->addSeparator();
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(m_settings);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    addShortcutToToolTip(m_pullOrders);
    addShortcutToToolTip(m_syncNow);
    addShortcutToToolTip(m_settings);

    m_viewMenu->addAction(m_toolBar->toggleViewAction());
    m_viewMenu->addAction(m_navigation->toggleViewAction());
    m_viewMenu->addAction(m_fullScreen);
    m_viewMenu->addSeparator();
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    bar->addPermanentWidget(m_progress);

    m_demoBadge = new QLabel(tr("DEMO"));
    m_demoBadge->setObjectName(QStringLiteral("demoBadge"));
    m_demoBadge->setStyleSheet(
        QStringLiteral("QLabel { background: #e8a200; color: white; font-weight: bold;"
                       " border-radius: 3px; padding: 1px 6px; }"));
    m_demoBadge->setVisible(false);
    bar->addPermanentWidget(m_demoBadge);

    m_stationField = new StatusIndicator;
    m_stationField->setObjectName(QStringLiteral("stationStatus"));
    m_userField = new StatusIndicator;
    m_userField->setObjectName(QStringLiteral("userStatus"));
    m_databaseField = new StatusIndicator;
    m_databaseField->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseField->setMaximumWidth(320);
    m_apiState = new StatusIndicator;
    m_apiState->setObjectName(QStringLiteral("apiStatus"));
    m_syncState = new StatusIndicator;
    m_syncState->setObjectName(QStringLiteral("syncStatus"));
    m_syncState->setState(Icons::Offline, tr("sync: not running"),
                          tr("The shipment sync is not running on this station yet"));
    for (QWidget *field :
         { static_cast<QWidget *>(m_stationField), static_cast<QWidget *>(m_userField),
           static_cast<QWidget *>(m_databaseField), static_cast<QWidget *>(m_apiState),
           static_cast<QWidget *>(m_syncState) })
        bar->addPermanentWidget(field);
    updateStationFields();
    setApiState(m_service ? ApiState::Ready : ApiState::NotConfigured);
}

void MainWindow::updateStationFields()
{
    m_stationField->setText(tr("Station %1").arg(m_station.profile().stationName));
    m_userField->setText(tr("User %1").arg(m_station.profile().userName));
    const QString location = m_station.database().location();
    const QString elided
        = fontMetrics().elidedText(location, Qt::ElideMiddle, m_databaseField->maximumWidth() - 80);
    m_databaseField->setText(tr("DB %1").arg(elided), tr("Database: %1").arg(location));
    updateTitle();
}

void MainWindow::setApiState(ApiState state, const QString &detail)
{
    switch (state) {
    case ApiState::NotConfigured:
        m_apiState->setState(Icons::Offline, tr("API: not configured"),
                             detail.isEmpty() ? tr("Set the API URL and key in the settings")
                                              : detail);
        break;
    case ApiState::Ready:
        m_apiState->setState(Icons::Ok, tr("API: ready"), detail);
        break;
    case ApiState::Busy:
        m_apiState->setState(Icons::Sync, tr("API: pulling orders"), detail);
        break;
    case ApiState::Failed:
        m_apiState->setState(Icons::Error, tr("API: error"), detail);
        break;
    }
}

void MainWindow::showProgress(int done, int total)
{
    if (done == 0 && total == 0) {
        hideProgress();
        return;
    }
    m_progress->setRange(0, total > 0 ? total : 0);
    if (total > 0)
        m_progress->setValue(done);
    m_progress->setVisible(true);
}

void MainWindow::hideProgress()
{
    m_progress->setVisible(false);
}

// The one place where the pages are made.
void MainWindow::createPages()
{
    auto *orders = new OrdersPage(m_station, m_service, this);
    m_ordersPage = orders;
    connect(orders, &OrdersPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(orders, &OrdersPage::progressChanged, this, &MainWindow::showProgress);
    connect(orders, &OrdersPage::packRequested, this, [this](const QStringList &numbers) {
        showPage(QStringLiteral("packing"));
        emit packRequested(numbers);
    });
    connect(this, &MainWindow::purchaseOrdersChanged, orders, &OrdersPage::reload);
    // One pull: the page's Refresh is File > Pull Orders Now (F5), which the window's owner
    // runs through the order poller, so that a cancellation is seen by the shipments too.
    QAction *refresh = orders->refreshAction();
    disconnect(refresh, &QAction::triggered, orders, &OrdersPage::refresh);
    refresh->setShortcut(QKeySequence());
    connect(refresh, &QAction::triggered, this, &MainWindow::pullOrdersRequested);
    // The acknowledgement editor and Accept All save to the outbox; these run after them.
    connect(orders->acknowledgeAction(), &QAction::triggered, this,
            &MainWindow::acknowledgementsSaved);
    connect(orders->acceptAllAction(), &QAction::triggered, this,
            &MainWindow::acknowledgementsSaved);
    connect(orders->ordersView(), &QAbstractItemView::doubleClicked, this,
            &MainWindow::acknowledgementsSaved);
    QList<QAction *> orderActions = orders->actions();
    orderActions.removeAll(refresh);
    addPage({ QStringLiteral("orders"), tr("&Orders"), Icons::Orders, orders, orderActions, nullptr,
              QKeySequence(Qt::CTRL | Qt::Key_1) });

    // The packing page drives its session's undo itself (a failed undo is reported and the
    // history cleared): Edit > Undo/Redo trigger its own actions rather than a stack.
    auto *packing = new PackingPage(m_station, this);
    packing->setObjectName(QStringLiteral("packingPage"));
    connect(packing, &PackingPage::statusMessage, this,
            [this](const QString &message, int timeoutMs) {
                statusBar()->showMessage(message, timeoutMs);
            });
    connect(this, &MainWindow::purchaseOrdersChanged, packing, &PackingPage::reloadOrders);
    connect(this, &MainWindow::packRequested, packing, &PackingPage::newShipmentFor);
    connect(packing, &PackingPage::shipmentChanged, this, &MainWindow::shipmentChanged);
    m_packingPage = packing;
    packing->labelPrinting().loadSettings(m_uiState); // the printers are per station
    addPage({ QStringLiteral("packing"), tr("&Packing"), Icons::Packing, packing,
              packing->actions(), nullptr, QKeySequence(Qt::CTRL | Qt::Key_2),
              packing->action(PackingPage::Action::Undo),
              packing->action(PackingPage::Action::Redo) });

    // Room for the supervisor's Review page (DESIGN.md section 11): addPage({"review", ...}).
}

void MainWindow::reloadPrinterSettings()
{
    if (m_packingPage)
        m_packingPage->labelPrinting().loadSettings(m_uiState);
}

void MainWindow::updateUndoActions()
{
    const Page *page = m_currentPage >= 0 && m_currentPage < m_pages.size()
        ? &m_pages.at(m_currentPage)
        : nullptr;
    const auto mirror = [](QAction *window, QAction *own, bool can, const QString &text) {
        window->setEnabled(own ? own->isEnabled() : can);
        window->setText(own ? own->text() : text);
    };
    mirror(m_undo, page ? page->undo : nullptr, m_undoGroup->canUndo(),
           m_undoGroup->canUndo() ? tr("&Undo %1").arg(m_undoGroup->undoText()) : tr("&Undo"));
    mirror(m_redo, page ? page->redo : nullptr, m_undoGroup->canRedo(),
           m_undoGroup->canRedo() ? tr("&Redo %1").arg(m_undoGroup->redoText()) : tr("&Redo"));
}

void MainWindow::addPage(const Page &given)
{
    // The page's own Undo/Redo are reached through Edit > Undo/Redo (one key, one button).
    Page page = given;
    for (QAction *own : { page.undo, page.redo }) {
        if (!own)
            continue;
        page.actions.removeAll(own);
        own->setShortcuts({});
        connect(own, &QAction::changed, this, &MainWindow::updateUndoActions);
    }
    const int index = m_stack->addWidget(page.widget);
    m_pages.append(page);

    QString plainTitle = page.title;
    plainTitle.remove(QLatin1Char('&'));
    auto *show = new QAction(Icons::icon(page.icon), plainTitle, this);
    show->setObjectName(page.id + QLatin1String("PageAction"));
    show->setCheckable(true);
    show->setShortcut(page.shortcut);
    show->setToolTip(tr("Show the %1 page").arg(plainTitle));
    addShortcutToToolTip(show);
    m_pageGroup->addAction(show);
    m_navigation->addAction(show);
    m_viewMenu->addAction(show);
    connect(show, &QAction::triggered, this, [this, index] { m_stack->setCurrentIndex(index); });

    // The page's own menu, shown while the page is.
    QMenu *menu = nullptr;
    if (!page.actions.isEmpty()) {
        menu = new QMenu(page.title, this);
        menu->addActions(page.actions);
        menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
        menu->menuAction()->setVisible(false);
        for (QAction *action : page.actions)
            addShortcutToToolTip(action);
    }
    m_pageMenus.append(menu);
    if (page.undoStack)
        m_undoGroup->addStack(page.undoStack);

    if (m_currentPage < 0)
        onPageChanged(index);
}

void MainWindow::onPageChanged(int index)
{
    if (index < 0 || index >= m_pages.size())
        return;
    if (m_currentPage >= 0 && m_currentPage < m_pages.size()) {
        for (QAction *action : m_pages.at(m_currentPage).actions)
            m_toolBar->removeAction(action);
        if (QMenu *menu = m_pageMenus.at(m_currentPage))
            menu->menuAction()->setVisible(false);
    }
    m_currentPage = index;
    const Page &page = m_pages.at(index);
    m_toolBar->insertActions(m_pageActionsEnd, page.actions);
    if (QMenu *menu = m_pageMenus.at(index))
        menu->menuAction()->setVisible(true);
    m_undoGroup->setActiveStack(page.undoStack);
    updateUndoActions();
    m_pageGroup->actions().at(index)->setChecked(true);
    updateTitle();
}

QWidget *MainWindow::page(const QString &id) const
{
    for (const Page &page : m_pages) {
        if (page.id == id)
            return page.widget;
    }
    return nullptr;
}

QString MainWindow::currentPageId() const
{
    return m_currentPage >= 0 ? m_pages.at(m_currentPage).id : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const Page &page : m_pages)
        ids.append(page.id);
    return ids;
}

void MainWindow::showPage(const QString &id)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).id == id)
            m_stack->setCurrentIndex(i);
    }
}

void MainWindow::notifyPurchaseOrdersChanged()
{
    emit purchaseOrdersChanged();
}

void MainWindow::attachSync(SyncStatus &status, SyncLog &log)
{
    if (m_syncStatus)
        return;
    m_syncStatus = &status;
    m_syncBanner = new SyncBanner(status);
    if (auto *layout = qobject_cast<QVBoxLayout *>(centralWidget()->layout()))
        layout->insertWidget(layout->indexOf(m_stack), m_syncBanner);
    connect(m_syncBanner, &SyncBanner::keyRequested, this, &MainWindow::settingsRequested);
    connect(m_syncBanner, &SyncBanner::syncNowRequested, this, &MainWindow::syncNowRequested);

    m_syncLogDock = new QDockWidget(tr("Sync Log"), this);
    m_syncLogDock->setObjectName(QStringLiteral("syncLogDock"));
    m_syncLogDock->setWidget(new SyncLogView(log, m_syncLogDock));
    m_syncLogDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_syncLogDock);
    m_syncLogDock->hide();
    restoreDockWidget(m_syncLogDock);
    QAction *showLog = m_syncLogDock->toggleViewAction();
    showLog->setObjectName(QStringLiteral("syncLogAction"));
    showLog->setText(tr("Sync &Log"));
    showLog->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    showLog->setStatusTip(tr("What sync sent and received, with ChannelEngine's request ids"));
    m_viewMenu->insertAction(m_fullScreen, showLog);

    m_syncNow->setEnabled(true);
    if (m_packingPage)
        m_packingPage->attachSync(status, m_syncNow);
    connect(&status, &SyncStatus::stationChanged, this, &MainWindow::updateSyncField);
    updateSyncField();
}

QString MainWindow::syncText(const SyncStatus &status, const QDateTime &offlineSince)
{
    const QLocale locale;
    if (status.isPaused()) {
        return tr("sync paused: %1")
            .arg(status.pauseReason().isEmpty() ? tr("the API key was refused")
                                                : status.pauseReason());
    }
    const int waiting = status.waitingChanges();
    // No English plural forms are installed: the counts are spelt out.
    const QString changes
        = waiting == 1 ? tr("1 change waiting") : tr("%1 changes waiting").arg(waiting);
    if (!status.isOnline()) {
        const QString since = offlineSince.isValid()
            ? tr("offline since %1")
                  .arg(locale.toString(offlineSince.toLocalTime().time(), QStringLiteral("HH:mm")))
            : tr("offline");
        return waiting > 0 ? tr("%1, %2").arg(since, changes) : since;
    }
    if (waiting > 0)
        return changes;
    if (!status.lastContact().isValid())
        return tr("sync: not connected yet");
    if (status.parkedChanges() > 0)
        return tr("synced; %1 held back").arg(status.parkedChanges());
    return tr("synced");
}

void MainWindow::updateSyncField()
{
    const SyncStatus &status = *m_syncStatus;
    if (status.isOnline())
        m_offlineSince = QDateTime();
    else if (!m_offlineSince.isValid())
        m_offlineSince = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const QDateTime contact = status.lastContact();
    QString tip = contact.isValid()
        ? tr("Last contact with ChannelEngine: %1")
              .arg(locale.toString(contact.toLocalTime(), QLocale::ShortFormat))
        : tr("No contact with ChannelEngine yet");
    if (status.parkedChanges() > 0)
        tip += QLatin1Char('\n')
            + tr("Held back until the next edit: %1 (errors, or refused by ChannelEngine; see "
                 "the Sync Log).")
                  .arg(status.parkedChanges());
    Icons::Kind icon = Icons::Ok;
    if (status.isPaused())
        icon = Icons::Error;
    else if (!status.isOnline())
        icon = Icons::Offline;
    else if (status.waitingChanges() > 0 || !status.lastContact().isValid())
        icon = Icons::Sync;
    else if (status.parkedChanges() > 0)
        icon = Icons::Warning;
    m_syncState->setState(icon, syncText(status, m_offlineSince), tip);
}

void MainWindow::setDemoMode(const QString &detail)
{
    m_demo = true;
    m_demoBanner->setText(detail);
    m_demoBanner->setVisible(true);
    m_demoBadge->setVisible(true);
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = tr("%1 – VendorPack").arg(m_station.profile().stationName);
    if (m_currentPage >= 0) {
        QString page = m_pages.at(m_currentPage).title;
        title = page.remove(QLatin1Char('&')) + QLatin1String(" – ") + title;
    }
    if (m_demo)
        title += QLatin1Char(' ') + tr("[DEMO]");
    setWindowTitle(title);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About VendorPack"),
        tr("<h3>VendorPack %1</h3><p>The packing station for Amazon Vendor purchase orders "
           "through ChannelEngine: acknowledge, pack with SSCC labels, and keep the shipment "
           "on the API in step with the dock.</p><p>Licensed under the GNU General Public "
           "License, version 3 or later.</p><p>Qt %2</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_uiState.value(kGeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        // A small screen is a packing station's screen: use all of it.
        if (available.width() <= 1440) {
            setGeometry(available);
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            const QSize size = QSize(1680, 1000).boundedTo(available.size() * 0.92);
            resize(size);
            move(available.center() - QPoint(size.width() / 2, size.height() / 2));
        }
    }
    restoreState(m_uiState.value(kStateKey).toByteArray(), kStateVersion);
    const QString page = m_uiState.value(kPageKey).toString();
    if (!page.isEmpty())
        showPage(page);
}

void MainWindow::saveWindowState()
{
    m_uiState.setValue(kGeometryKey, saveGeometry());
    m_uiState.setValue(kStateKey, saveState(kStateVersion));
    m_uiState.setValue(kPageKey, currentPageId());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            m_uiState.setValue(kSplitterKey + splitter->objectName(), splitter->saveState());
    }
    m_uiState.sync();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Splitters get their saved sizes once the window has its own, so they are not rescaled.
    if (m_splittersRestored)
        return;
    m_splittersRestored = true;
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray state
            = m_uiState.value(kSplitterKey + splitter->objectName()).toByteArray();
        if (!splitter->objectName().isEmpty() && !state.isEmpty())
            splitter->restoreState(state);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeGuard && !m_closeGuard()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

} // namespace VendorPack
