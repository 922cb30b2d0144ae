// SPDX-License-Identifier: GPL-3.0-or-later
#include "packingpage.h"

#include "labelprintcontroller.h"

#include "closecartondialog.h"
#include "packingheaderform.h"
#include "packingicons.h"
#include "packingshipmentbar.h"
#include "packingtotalspanel.h"
#include "polinespanel.h"
#include "propertiespanel.h"
#include "reasondialog.h"
#include "scanbar.h"
#include "shipmentview.h"
#include "validationpanel.h"

#include "core/sscc.h"
#include "packing/packingsession.h"
#include "packing/scancontroller.h"
#include "packing/shipmenttreemodel.h"
#include "packing/station.h"
#include "storage/purchaseorderrepository.h"
#include "storage/shipmentrepository.h"
#include "sync/syncstatus.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace VendorPack {

namespace {

constexpr int kOkMessageMs = 4000;
constexpr int kErrorMessageMs = 10000;
// The whole-shipment panels (findings, PO lines, header findings) follow a change this much later
// at most, once for a burst of scans, so that one action stays within a frame.
constexpr int kPanelRefreshMs = 150;

bool isContainer(const ShipmentNode *node)
{
    return node && (node->type() == NodeType::Carton || node->type() == NodeType::Pallet);
}

QWidget *scrolled(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return area;
}

} // namespace

PackingPage::PackingPage(Station &station, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
    , m_session(std::make_unique<PackingSession>(station))
    , m_scan(new ScanController(*m_session, this))
    , m_labels(new LabelPrintController(station, *m_session, this))
    , m_refreshTimer(new QTimer(this))
    , m_panelTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PackingPage::refreshSelection);
    m_panelTimer->setSingleShot(true);
    m_panelTimer->setInterval(kPanelRefreshMs);
    connect(m_panelTimer, &QTimer::timeout, this, &PackingPage::refreshPanels);

    createActions();
    buildLayout();

    PackingSession &session = *m_session;
    connect(&session, &PackingSession::changed, this, &PackingPage::scheduleRefresh);
    connect(&session, &PackingSession::shipmentOpened, this, &PackingPage::onShipmentOpened);
    connect(&session, &PackingSession::shipmentClosed, this, &PackingPage::onShipmentOpened);
    connect(&session, &PackingSession::actionFailed, this, &PackingPage::onActionFailed);
    connect(&session, &PackingSession::notice, this,
            [this](const QString &message) { emit statusMessage(message, kErrorMessageMs); });
    connect(&session, &PackingSession::reloaded, this, [this](const QString &message) {
        m_header->reset();
        applySyncState();
        scheduleRefresh();
        alert(tr("Shipment reloaded"), message);
    });
    connect(&session, &PackingSession::readOnlyChanged, this,
            [this](bool readOnly, const QString &reason) {
                if (readOnly && !reason.isEmpty())
                    emit statusMessage(tr("Read-only: %1").arg(reason), kErrorMessageMs);
                scheduleRefresh();
            });
    const auto refused = [this](const QString &reason) {
        emit statusMessage(tr("Cannot drop here: %1").arg(reason), kErrorMessageMs);
    };
    connect(session.model(), &ShipmentTreeModel::dropRefused, this, refused);
    connect(m_view, &ShipmentView::dropRefused, this, refused);
    connect(session.undoStack(), &QUndoStack::indexChanged, this, &PackingPage::updateActions);

    m_labels->setDialogParent(this);
    connect(m_labels, &LabelPrintController::statusMessage, this,
            [this](const QString &message) { emit statusMessage(message, kErrorMessageMs); });
    connect(m_scanBar, &ScanBar::scanned, this, &PackingPage::onScanned);
    connect(m_scan, &ScanController::targetChanged, this, &PackingPage::onTargetChanged);
    connect(m_scan, &ScanController::closeRequested, this, [this](NodeId node) {
        QMetaObject::invokeMethod(
            this, [this, node] { closeNode(node); }, Qt::QueuedConnection);
    });
    connect(m_scan, &ScanController::pendingQuantityChanged, this,
            [this] { onTargetChanged(m_scan->target()); });

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PackingPage::onCurrentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PackingPage::onCurrentChanged);
    connect(m_view, &ShipmentView::dropFinished, this, [this] {
        scheduleRefresh();
        refocusScanBar();
    });
    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        const NodeId node = m_view->nodeAt(index);
        if (m_session->shipment() && isContainer(m_session->shipment()->node(node))
            && m_view->selectedNodes().size() == 1)
            m_scan->setTarget(node);
        refocusScanBar();
    });
    connect(m_poLines->view(), &QAbstractItemView::clicked, this, &PackingPage::refocusScanBar);
    connect(m_validation, &ValidationPanel::nodeActivated, this, [this](NodeId node) {
        m_view->selectNode(node);
        m_sideTabs->setCurrentIndex(0);
    });
    connect(m_validation, &ValidationPanel::headerActivated, this,
            [this] { m_sideTabs->setCurrentIndex(1); });
    connect(m_properties, &PropertiesPanel::editFailed, this, &PackingPage::onActionFailed);
    connect(m_header, &PackingHeaderForm::editFailed, this, &PackingPage::onActionFailed);
    connect(m_bar, &PackingShipmentBar::openRequested, this, &PackingPage::openShipment);

    onShipmentOpened();
}

PackingPage::~PackingPage()
{
    // The widgets use the session and its model: they go first.
    m_refreshTimer->stop();
    m_panelTimer->stop();
    m_session->disconnect(this);
    m_session->model()->disconnect(this);
    m_session->undoStack()->disconnect(this);
    const QList<QWidget *> children = findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    delete m_scan;
    m_session->close();
}

QUndoStack *PackingPage::undoStack() const
{
    return m_session->undoStack();
}

QAction *PackingPage::addAction(Action id, const QString &text, const QList<QKeySequence> &keys,
                                const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setShortcuts(keys);
    QString tooltip = QString(text).remove(u'&');
    if (!keys.isEmpty()) {
        QStringList names;
        for (const QKeySequence &key : keys)
            names << key.toString(QKeySequence::NativeText);
        tooltip += u" ("_s + names.join(tr(" or ")) + u')';
    }
    if (!tip.isEmpty())
        tooltip += u'\n' + tip;
    action->setToolTip(tooltip);
    action->setStatusTip(tip);
    m_actions.insert(int(id), action);
    m_actionList.append(action);
    QWidget::addAction(action);
    return action;
}

void PackingPage::createActions()
{
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        m_actionList.append(action);
    };
    using I = PackingIcons::Action;
    addAction(Action::NewShipment, tr("&New shipment…"),
              QKeySequence::keyBindings(QKeySequence::New),
              tr("Start a shipment for the FC of an open PO"))
        ->setIcon(PackingIcons::forAction(I::NewShipment));
    // No key of its own: F5 (File > Pull Orders Now) pulls the orders and reloads this page too.
    addAction(Action::ReloadOrders, tr("&Reload orders"), {},
              tr("Read the purchase orders again: acknowledgements, cancellations"))
        ->setIcon(PackingIcons::forAction(I::ReloadOrders));
    separator();
    addAction(Action::NewPallet, tr("New &pallet"), { QKeySequence(u"Ctrl+Shift+P"_s) },
              tr("Add a pallet with a new SSCC"))
        ->setIcon(PackingIcons::forAction(I::NewPallet));
    addAction(Action::NewCarton, tr("New &carton"), { QKeySequence(u"Ctrl+Shift+N"_s) },
              tr("Add a carton with a new SSCC, on the selected pallet or loose"))
        ->setIcon(PackingIcons::forAction(I::NewCarton));
    addAction(Action::CloseCarton, tr("C&lose carton…"), { QKeySequence(u"Ctrl+Shift+C"_s) },
              tr("Record the weight and size of the selected carton or pallet"))
        ->setIcon(PackingIcons::forAction(I::CloseCarton));
    separator();
    addAction(Action::SplitLine, tr("&Split line…"), { QKeySequence(u"Ctrl+Shift+S"_s) },
              tr("Split part of an item line off into a new line"))
        ->setIcon(PackingIcons::forAction(I::SplitLine));
    addAction(Action::MergeLines, tr("&Merge lines"), { QKeySequence(u"Ctrl+Shift+M"_s) },
              tr("Merge the selected lines of the same SKU and PO into one"))
        ->setIcon(PackingIcons::forAction(I::MergeLines));
    addAction(Action::Unpack, tr("&Unpack…"), { QKeySequence(u"Ctrl+Shift+U"_s) },
              tr("Move a carton's or pallet's contents up and remove it (its SSCC is voided)"))
        ->setIcon(PackingIcons::forAction(I::Unpack));
    addAction(Action::Delete, tr("&Delete…"), QKeySequence::keyBindings(QKeySequence::Delete),
              tr("Remove the selected lines (the SSCCs of cartons and pallets are voided)"))
        ->setIcon(PackingIcons::forAction(I::Delete));
    separator();
    addAction(Action::Undo, tr("&Undo"), QKeySequence::keyBindings(QKeySequence::Undo), QString())
        ->setIcon(PackingIcons::forAction(I::Undo));
    addAction(Action::Redo, tr("&Redo"), QKeySequence::keyBindings(QKeySequence::Redo), QString())
        ->setIcon(PackingIcons::forAction(I::Redo));
    separator();
    addAction(Action::ExpandAll, tr("&Expand all"), { QKeySequence(u"Ctrl+E"_s) }, QString())
        ->setIcon(PackingIcons::forAction(I::ExpandAll));
    addAction(Action::CollapseAll, tr("C&ollapse all"), { QKeySequence(u"Ctrl+Shift+E"_s) },
              QString())
        ->setIcon(PackingIcons::forAction(I::CollapseAll));
    addAction(Action::FocusScanBar, tr("&Focus scan bar"),
              { QKeySequence(Qt::Key_F2), QKeySequence(u"Ctrl+L"_s) },
              tr("Put the keyboard into the scan bar"))
        ->setIcon(PackingIcons::forAction(I::FocusScan));

    connect(action(Action::NewShipment), &QAction::triggered, this, &PackingPage::onNewShipment);
    connect(action(Action::ReloadOrders), &QAction::triggered, this, &PackingPage::reloadOrders);
    connect(action(Action::NewPallet), &QAction::triggered, this, &PackingPage::onNewPallet);
    connect(action(Action::NewCarton), &QAction::triggered, this, &PackingPage::onNewCarton);
    connect(action(Action::CloseCarton), &QAction::triggered, this, &PackingPage::onCloseCarton);
    connect(action(Action::SplitLine), &QAction::triggered, this, &PackingPage::onSplitLine);
    connect(action(Action::MergeLines), &QAction::triggered, this, &PackingPage::onMergeLines);
    connect(action(Action::Unpack), &QAction::triggered, this, &PackingPage::onUnpack);
    connect(action(Action::Delete), &QAction::triggered, this, &PackingPage::onDelete);
    connect(action(Action::Undo), &QAction::triggered, this, &PackingPage::onUndo);
    connect(action(Action::Redo), &QAction::triggered, this, &PackingPage::onRedo);
    connect(action(Action::ExpandAll), &QAction::triggered, this, [this] {
        m_view->expandEverything();
        refocusScanBar();
    });
    connect(action(Action::CollapseAll), &QAction::triggered, this, [this] {
        m_view->collapseEverything();
        refocusScanBar();
    });
    connect(action(Action::FocusScanBar), &QAction::triggered, this,
            [this] { m_scanBar->takeFocus(); });

    // Labels: print, reprint, void, preview, test print (and print on close, by setting).
    separator();
    m_actionList.append(m_labels->actions());
    for (QAction *labelAction : m_labels->actions())
        connect(labelAction, &QAction::triggered, this, &PackingPage::refocusScanBar);
}

void PackingPage::buildLayout()
{
    m_bar = new PackingShipmentBar(*m_session, this);
    m_bar->setNewShipmentAction(action(Action::NewShipment));
    m_scanBar = new ScanBar(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_poLines = new PoLinesPanel(*m_session, m_splitter);

    auto *centre = new QSplitter(Qt::Vertical, m_splitter);
    centre->setChildrenCollapsible(false);
    m_view = new ShipmentView(*m_session, centre);
    m_validation = new ValidationPanel(centre);
    centre->setStretchFactor(0, 4);
    centre->setStretchFactor(1, 1);

    m_sideTabs = new QTabWidget(m_splitter);
    auto *linePage = new QWidget;
    auto *lineLayout = new QVBoxLayout(linePage);
    m_properties = new PropertiesPanel(*m_session, linePage);
    m_totals = new PackingTotalsPanel(*m_session, linePage);
    lineLayout->addWidget(m_properties);
    lineLayout->addWidget(m_totals, 1);
    m_sideTabs->addTab(scrolled(linePage, m_sideTabs), tr("Selected line"));
    m_header = new PackingHeaderForm(*m_session);
    m_sideTabs->addTab(scrolled(m_header, m_sideTabs), tr("Shipment header"));

    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 2);

    // The tree's context menu: the verbs that act on the selection.
    for (Action id : { Action::NewCarton, Action::CloseCarton, Action::SplitLine,
                       Action::MergeLines, Action::Unpack, Action::Delete })
        m_view->QWidget::addAction(action(id));
    m_view->QWidget::addActions({ m_labels->printAction(), m_labels->reprintAction() });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_scanBar);
    layout->addWidget(m_splitter, 1);
}

void PackingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The proportions once the page has its real size (it is built hidden in the window).
    if (!m_proportionsSet)
        QTimer::singleShot(0, this, &PackingPage::applyProportions);
}

void PackingPage::applyProportions()
{
    // Side panes about a quarter each.
    const int width = m_splitter->width();
    if (width <= 0 || m_proportionsSet)
        return;
    m_proportionsSet = true;
    // The side tabs never narrower than the selected line's fields need.
    auto *lineFields = static_cast<QScrollArea *>(m_sideTabs->widget(0))->widget();
    // (The fields are hidden while nothing is selected, so also room for 32 em of them.)
    const int fields = qMax(lineFields->minimumSizeHint().width(),
                            fontMetrics().horizontalAdvance(QLatin1Char('M')) * 32);
    m_sideTabs->setMinimumWidth(fields + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24);
    // The PO lines as wide as their columns, between a sixth and a quarter of the page.
    const QTableView *table = m_poLines->view();
    const int columns = table->horizontalHeader()->length() + table->frameWidth() * 2
        + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int left = qMax(m_poLines->minimumSizeHint().width(),
                          qBound(width * 17 / 100, columns, width * 24 / 100));
    const int right = qMax(m_sideTabs->minimumWidth(), width * 22 / 100);
    m_splitter->setSizes({ left, qMax(0, width - left - right), right });
}

// Opening and creating

void PackingPage::newShipmentFor(const QStringList &poNumbers)
{
    QStringList fcs;
    QStringList unknown;
    for (const QString &number : poNumbers) {
        QString error;
        const auto po = m_station.purchaseOrders().load(number, &error);
        if (!po) {
            unknown << (error.isEmpty() ? number : tr("%1 (%2)").arg(number, error));
            continue;
        }
        if (po->isClosedForPacking()) {
            unknown << tr("%1 (not open for packing)").arg(number);
            continue;
        }
        if (!fcs.contains(po->shipToParty.partyId))
            fcs << po->shipToParty.partyId;
    }
    if (!unknown.isEmpty() || fcs.isEmpty()) {
        alert(tr("New shipment"),
              unknown.isEmpty() ? tr("Select a PO to start a shipment for its FC.")
                                : tr("These POs cannot be packed: %1").arg(unknown.join(u", "_s)));
        return;
    }
    if (fcs.size() > 1) {
        alert(tr("New shipment"),
              tr("The POs go to different FCs (%1); a shipment goes to one FC. Select POs of one "
                 "FC.")
                  .arg(fcs.join(u", "_s)));
        return;
    }
    newShipmentForFc(fcs.first());
}

void PackingPage::newShipmentForFc(const QString &fc)
{
    ShipmentRepository::Error error;
    const auto building = m_station.shipments().summaries(ShipmentStatus::Building, fc, &error);
    if (building && !building->isEmpty()) {
        const ShipmentSummary &existing = building->first();
        QMessageBox box(QMessageBox::Question, tr("New shipment"),
                        tr("Shipment %1 for %2 is being built already (version %3). Pack into "
                           "it, or start another shipment for %2?")
                            .arg(existing.merchantShipmentNo, fc)
                            .arg(existing.version),
                        QMessageBox::Cancel, this);
        QPushButton *open = box.addButton(tr("&Open %1").arg(existing.merchantShipmentNo),
                                          QMessageBox::AcceptRole);
        QPushButton *create = box.addButton(tr("&New shipment"), QMessageBox::ActionRole);
        box.setDefaultButton(open);
        box.exec();
        if (box.clickedButton() == open) {
            openShipment(existing.id);
            return;
        }
        if (box.clickedButton() != create) {
            refocusScanBar();
            return;
        }
    }
    PackingSession::NewShipment options;
    options.shipToPartyId = fc;
    report(m_session->create(options));
    refocusScanBar();
}

void PackingPage::onNewShipment()
{
    QString error;
    const auto orders = m_station.purchaseOrders().loadOpen(&error);
    if (!orders) {
        alert(tr("New shipment"), tr("The purchase orders cannot be read: %1").arg(error));
        return;
    }
    QStringList fcs;
    for (const PurchaseOrder &po : *orders) {
        if (!po.isClosedForPacking() && !fcs.contains(po.shipToParty.partyId))
            fcs << po.shipToParty.partyId;
    }
    fcs.sort();
    if (fcs.isEmpty()) {
        alert(tr("New shipment"), tr("There are no open POs to pack."));
        return;
    }
    bool ok = false;
    const QString fc = QInputDialog::getItem(
        this, tr("New shipment"), tr("Which FC does the shipment go to?"), fcs, 0, false, &ok);
    if (ok && !fc.isEmpty())
        newShipmentForFc(fc);
    refocusScanBar();
}

void PackingPage::openShipment(qint64 id)
{
    const PackingResult result = m_session->open(id);
    if (!result.ok())
        alert(tr("Open shipment"), result.message);
    else
        report(result,
               tr("Shipment %1 opened").arg(m_session->shipment()->header().merchantShipmentNo));
    refocusScanBar();
}

void PackingPage::reloadOrders()
{
    if (!m_session->isOpen())
        return;
    if (report(m_session->reloadOrders(), tr("Purchase orders read again")))
        checkCancelledOrders();
    scheduleRefresh();
    refocusScanBar();
}

void PackingPage::attachSync(SyncStatus &status, QAction *syncNow)
{
    if (m_syncStatus)
        return;
    m_syncStatus = &status;
    m_bar->setSyncStatus(&status, syncNow);
    connect(&status, &SyncStatus::shipmentChanged, this, [this](qint64 shipmentId) {
        if (shipmentId == m_session->shipmentId())
            applySyncState();
    });
    connect(&status, &SyncStatus::stationChanged, m_bar, &PackingShipmentBar::refresh);
    applySyncState();
}

void PackingPage::applySyncState()
{
    if (!m_syncStatus)
        return;
    const std::optional<ShipmentSyncStatus> status
        = m_session->isOpen() ? m_syncStatus->shipment(m_session->shipmentId()) : std::nullopt;
    // Edits first: the refusal turns the session read-only, which the widgets follow.
    m_session->setEditRefusal(status ? status->lockReason : QString());
    m_header->setPushed(status && (status->confirmedVersion || status->lastAttempt.frozen.isSet()));
    m_validation->setApiFindings(status ? status->apiFindings : Findings());
    m_bar->refresh();
}

void PackingPage::onShipmentOpened()
{
    m_alertedCancelled.clear();
    m_header->reset();
    applySyncState();
    m_bar->reloadList();
    if (m_session->isOpen()) {
        // A freshly opened shipment shows its pallets open.
        for (const auto &line : m_session->shipment()->lines()) {
            if (line->type() == NodeType::Pallet)
                m_view->expand(m_view->indexOf(line->id()));
        }
        checkCancelledOrders();
    }
    refreshNow();
    emit shipmentChanged();
}

void PackingPage::checkCancelledOrders()
{
    // The POs this shipment packs that may not ship any more (cancelled, closed, or gone from
    // the open orders): a blocking alert, once per change.
    const Shipment *shipment = m_session->shipment();
    if (!shipment)
        return;
    QSet<QString> packed;
    shipment->root()->forEach([&packed](const ShipmentNode *node) {
        if (node->type() == NodeType::Item && !node->line().channelPurchaseOrderNo.isEmpty())
            packed.insert(node->line().channelPurchaseOrderNo);
    });
    QStringList messages;
    const OrderBook &book = m_session->orderBook();
    for (const QString &number : std::as_const(packed)) {
        const int index = book.indexOf(number);
        if (index >= 0 && !book.order(index).isClosedForPacking())
            continue;
        QString error;
        const auto po = m_station.purchaseOrders().load(number, &error);
        if (po) {
            messages << tr("PO %1 is %2.").arg(number, QString(enumToWire(po->status)).toLower());
        } else {
            messages << tr("PO %1 is not a known purchase order.").arg(number);
        }
    }
    messages.sort();
    if (messages.isEmpty() || messages == m_alertedCancelled)
        return;
    m_alertedCancelled = messages;
    alert(tr("Purchase order no longer open"),
          tr("This shipment holds units of POs that may not ship any more. Unpack them before "
             "the shipment leaves:")
              + u"\n\n" + messages.join(u'\n'));
}

// Refreshing

void PackingPage::scheduleRefresh()
{
    m_refreshTimer->start();
    if (!m_panelTimer->isActive())
        m_panelTimer->start();
}

void PackingPage::refreshNow()
{
    refreshSelection();
    refreshPanels();
}

void PackingPage::refreshSelection()
{
    m_refreshTimer->stop();
    m_properties->refresh();
    m_totals->refreshSelection();
    m_bar->refresh();
    onTargetChanged(m_scan->target());
    updateActions();
    m_view->revealCurrent();
    emit shipmentChanged();
}

void PackingPage::refreshPanels()
{
    m_panelTimer->stop();
    const Findings findings = m_session->findings();
    m_poLines->refresh();
    m_totals->refreshShipment();
    m_bar->setHasErrors(countSeverity(findings, Severity::Error) > 0);
    m_validation->setFindings(findings);
    m_header->refresh(findings);
}

NodeId PackingPage::containerForAction() const
{
    const Shipment *shipment = m_session->shipment();
    if (!shipment)
        return 0;
    const ShipmentNode *node = shipment->node(m_view->currentNode());
    if (node && !node->isRoot()
        && m_view->selectionModel()->isRowSelected(m_view->indexOf(node->id()).row(),
                                                   m_view->indexOf(node->id()).parent())
        && isContainer(node))
        return node->id();
    const ShipmentNode *target = shipment->node(m_scan->target());
    return isContainer(target) ? target->id() : 0;
}

void PackingPage::updateActions()
{
    const Shipment *shipment = m_session->shipment();
    const bool writable = shipment && !m_session->isReadOnly();
    const QList<NodeId> selected = shipment ? m_view->selectedNodes() : QList<NodeId>();
    QList<const ShipmentNode *> nodes;
    for (NodeId id : selected) {
        if (const ShipmentNode *node = shipment->node(id))
            nodes << node;
    }
    const bool allItems = !nodes.isEmpty()
        && std::all_of(nodes.cbegin(), nodes.cend(),
                       [](const ShipmentNode *n) { return n->type() == NodeType::Item; });
    const bool oneItem = nodes.size() == 1 && allItems;
    const bool oneContainer = nodes.size() == 1 && isContainer(nodes.first());

    action(Action::NewPallet)->setEnabled(writable);
    action(Action::NewCarton)->setEnabled(writable);
    action(Action::CloseCarton)->setEnabled(writable && containerForAction() != 0);
    action(Action::SplitLine)
        ->setEnabled(writable && oneItem && nodes.first()->line().quantity.value_or(0) > 1);
    action(Action::MergeLines)
        ->setEnabled(writable && allItems && nodes.size() >= 2
                     && std::all_of(nodes.cbegin(), nodes.cend(), [&nodes](const ShipmentNode *n) {
                            return n->parent() == nodes.first()->parent();
                        }));
    action(Action::Unpack)->setEnabled(writable && oneContainer);
    action(Action::Delete)->setEnabled(writable && !nodes.isEmpty());
    QUndoStack *stack = m_session->undoStack();
    action(Action::Undo)->setEnabled(writable && stack->canUndo());
    action(Action::Redo)->setEnabled(writable && stack->canRedo());
    action(Action::Undo)
        ->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    action(Action::Redo)
        ->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    action(Action::ExpandAll)->setEnabled(shipment != nullptr);
    action(Action::CollapseAll)->setEnabled(shipment != nullptr);
    action(Action::ReloadOrders)->setEnabled(shipment != nullptr);
}

void PackingPage::onCurrentChanged()
{
    m_labels->setSelection(m_view->selectedNodes());
    const NodeId node = m_view->currentNode();
    m_properties->setNode(node);
    m_totals->setNode(node);
    updateActions();
}

void PackingPage::onTargetChanged(NodeId node)
{
    QString text = node ? describeNode(node) : QString();
    if (m_scan->pendingQuantity() > 0)
        text += tr(" — next item × %1").arg(m_scan->pendingQuantity());
    m_scanBar->setTargetText(text);
    updateActions();
}

QString PackingPage::describeNode(NodeId id) const
{
    const Shipment *shipment = m_session->shipment();
    const ShipmentNode *node = shipment ? shipment->node(id) : nullptr;
    if (!node || node->isRoot())
        return QString();
    const QString what = m_session->model()
                             ->indexForNode(node)
                             .data(ShipmentTreeModel::NodePositionRole)
                             .toString();
    const QString value = node->line().identifierValue;
    const Sscc sscc = Sscc::fromString(value);
    const QString id18 = sscc.isValid()
        ? sscc.humanReadable(int(m_station.profile().companyPrefix.size()))
        : value;
    return id18.isEmpty() ? what : what + u' ' + id18;
}

// Reporting and focus

bool PackingPage::report(const PackingResult &result, const QString &doneMessage)
{
    if (result.ok()) {
        const QString message = result.message.isEmpty() ? doneMessage : result.message;
        if (!message.isEmpty())
            emit statusMessage(message, kOkMessageMs);
        if (result.node)
            m_view->selectNode(result.node);
        scheduleRefresh();
        return true;
    }
    // Conflicts and database failures came through actionFailed already.
    if (result.status == PackingResult::Status::Refused)
        emit statusMessage(result.message, kErrorMessageMs);
    return false;
}

void PackingPage::onActionFailed(const PackingResult &result)
{
    switch (result.status) {
    case PackingResult::Status::Ok:
        return;
    case PackingResult::Status::Refused:
        emit statusMessage(result.message, kErrorMessageMs);
        return;
    case PackingResult::Status::Conflict:
        emit statusMessage(result.message, kErrorMessageMs);
        return; // the reloaded() alert follows
    case PackingResult::Status::Failed:
        emit statusMessage(result.message, kErrorMessageMs);
        alert(tr("Not saved"), result.message);
        return;
    }
}

void PackingPage::alert(const QString &title, const QString &text)
{
    emit statusMessage(text, kErrorMessageMs);
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, &PackingPage::refocusScanBar);
    box->open();
}

void PackingPage::refocusScanBar()
{
    QTimer::singleShot(0, this, [this] {
        if (QApplication::activeModalWidget())
            return;
        const QWidget *focus = QApplication::focusWidget();
        // Not while the packer types into a field of the properties or the header.
        if (focus && (m_properties->isAncestorOf(focus) || m_header->isAncestorOf(focus))
            && (qobject_cast<const QLineEdit *>(focus) || focus->inherits("QAbstractSpinBox")))
            return;
        m_scanBar->takeFocus();
    });
}

// The verbs

void PackingPage::onScanned(const QString &text)
{
    const PackingResult result = m_scan->handle(text);
    m_scanBar->showResult(result.ok(), result.message);
    emit statusMessage(result.message, result.ok() ? kOkMessageMs : kErrorMessageMs);
    if (result.ok() && result.node)
        m_view->selectNode(result.node);
    scheduleRefresh();
    refocusScanBar();
}

void PackingPage::onNewPallet()
{
    const PackingResult result = m_session->addPallet();
    if (report(result, tr("New pallet added")) && result.node)
        m_scan->setTarget(result.node);
    refocusScanBar();
}

void PackingPage::onNewCarton()
{
    // Onto the pallet of the selected line, else of the scan target, else loose.
    NodeId parent = 0;
    if (const Shipment *shipment = m_session->shipment()) {
        for (NodeId start : { m_view->currentNode(), m_scan->target() }) {
            for (const ShipmentNode *node = start ? shipment->node(start) : nullptr;
                 node && !node->isRoot() && !parent; node = node->parent()) {
                if (node->type() == NodeType::Pallet)
                    parent = node->id();
            }
            if (parent || m_view->currentNode())
                break;
        }
    }
    const PackingResult result = m_session->addCarton(parent);
    if (report(result,
               parent ? tr("New carton on %1").arg(describeNode(parent)) : tr("New carton added"))
        && result.node)
        m_scan->setTarget(result.node);
    refocusScanBar();
}

void PackingPage::onCloseCarton()
{
    closeNode(containerForAction());
}

void PackingPage::closeNode(NodeId id)
{
    const Shipment *shipment = m_session->shipment();
    const ShipmentNode *node = shipment ? shipment->node(id) : nullptr;
    if (!isContainer(node)) {
        emit statusMessage(tr("Select a carton or pallet to close."), kErrorMessageMs);
        refocusScanBar();
        return;
    }
    CloseCartonDialog dialog(m_station.profile(), describeNode(id),
                             node->type() == NodeType::Pallet, this);
    dialog.setValues(node->line().weight, node->line().dimensions);
    if (dialog.exec() == QDialog::Accepted) {
        const PackingResult result = dialog.cartonTypeIndex() >= 0
            ? m_session->closeCartonAs(id, dialog.weight(), dialog.cartonTypeIndex())
            : m_session->closeCarton(id, dialog.weight(), dialog.dimensions());
        if (report(result, tr("%1 closed").arg(describeNode(id))) && m_scan->target() == id)
            m_scan->setTarget(0);
    }
    refocusScanBar();
}

void PackingPage::onSplitLine()
{
    const QList<NodeId> selected = m_view->selectedNodes();
    const ShipmentNode *node = selected.size() == 1 && m_session->shipment()
        ? m_session->shipment()->node(selected.first())
        : nullptr;
    if (!node || node->type() != NodeType::Item) {
        emit statusMessage(tr("Select one item line to split."), kErrorMessageMs);
        refocusScanBar();
        return;
    }
    const qint64 have = node->line().quantity.value_or(0);
    bool ok = false;
    const int quantity
        = QInputDialog::getInt(this, tr("Split line"),
                               tr("Split how many off the %1 of %2 into a new line?")
                                   .arg(have)
                                   .arg(node->line().identifierValue),
                               int(have / 2), 1, int(qMax<qint64>(1, have - 1)), 1, &ok);
    if (ok)
        report(m_session->splitLine(node->id(), quantity), tr("Line split"));
    refocusScanBar();
}

void PackingPage::onMergeLines()
{
    report(m_session->mergeLines(m_view->selectedNodes()), tr("Lines merged"));
    refocusScanBar();
}

void PackingPage::onUnpack()
{
    const QList<NodeId> selected = m_view->selectedNodes();
    const ShipmentNode *node = selected.size() == 1 && m_session->shipment()
        ? m_session->shipment()->node(selected.first())
        : nullptr;
    if (!isContainer(node)) {
        emit statusMessage(tr("Select one carton or pallet to unpack."), kErrorMessageMs);
        refocusScanBar();
        return;
    }
    ReasonDialog dialog(
        tr("Unpack"),
        tr("Move everything in %1 one level up and remove it?").arg(describeNode(node->id())),
        { node->line().identifierValue }, this);
    if (dialog.exec() == QDialog::Accepted)
        report(m_session->unpack(node->id(), dialog.reason()), tr("Unpacked"));
    refocusScanBar();
}

void PackingPage::onDelete()
{
    const QList<NodeId> selected = m_view->selectedNodes();
    if (selected.isEmpty() || !m_session->shipment()) {
        refocusScanBar();
        return;
    }
    QStringList ssccs;
    for (NodeId id : selected) {
        if (const ShipmentNode *node = m_session->shipment()->node(id)) {
            node->forEach([&ssccs](const ShipmentNode *n) {
                if (isContainer(n) && !n->line().identifierValue.isEmpty())
                    ssccs << n->line().identifierValue;
            });
        }
    }
    QString reason;
    if (!ssccs.isEmpty()) {
        ReasonDialog dialog(
            tr("Delete"),
            selected.size() == 1
                ? tr("Delete %1 with everything in it?").arg(describeNode(selected.first()))
                : tr("Delete the %1 selected lines with everything in them?").arg(selected.size()),
            ssccs, this);
        if (dialog.exec() != QDialog::Accepted) {
            refocusScanBar();
            return;
        }
        reason = dialog.reason();
    }
    report(m_session->deleteNodes(selected, reason),
           selected.size() == 1 ? tr("Deleted") : tr("%1 lines deleted").arg(selected.size()));
    refocusScanBar();
}

void PackingPage::onUndo()
{
    const QString text = m_session->undoStack()->undoText();
    report(m_session->undo(), tr("Undone: %1").arg(text));
    refocusScanBar();
}

void PackingPage::onRedo()
{
    const QString text = m_session->undoStack()->redoText();
    report(m_session->redo(), tr("Redone: %1").arg(text));
    refocusScanBar();
}

} // namespace VendorPack
