// SPDX-License-Identifier: GPL-3.0-or-later
#include "orderspage.h"

#include "acknowledgementdialog.h"
#include "purchaseorderfiltermodel.h"
#include "purchaseorderlinesmodel.h"
#include "purchaseorderlistmodel.h"

#include "api/purchaseorderservice.h"
#include "core/acknowledgementproposal.h"
#include "packing/acknowledgementsubmission.h"
#include "packing/station.h"
#include "storage/purchaseorderrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace VendorPack {

namespace {

// The API's orders are pulled again from a little before the last refresh.
constexpr int kRefreshOverlapSecs = 10 * 60;

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// "Refresh (F5)"
void setToolTipWithShortcut(QAction *action, const QString &text)
{
    const QString shortcut = action->shortcut().toString(QKeySequence::NativeText);
    action->setToolTip(shortcut.isEmpty() ? text : OrdersPage::tr("%1 (%2)").arg(text, shortcut));
}

QString addressText(const Party &party)
{
    QStringList parts;
    for (const QString &part :
         { party.name, party.addressLine1, party.addressLine2, party.city,
           QStringList { party.stateOrRegion, party.postalCode }.join(QLatin1Char(' ')).trimmed(),
           party.countryCode }) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QString partyText(const Party &party)
{
    if (party.isEmpty())
        return OrdersPage::tr("–");
    if (party.name.isEmpty() || party.name == party.partyId)
        return party.partyId;
    return OrdersPage::tr("%1 (%2)").arg(party.partyId, party.name);
}

QString windowText(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() && !to.isValid())
        return OrdersPage::tr("–");
    const QLocale locale;
    return OrdersPage::tr("%1 – %2").arg(
        locale.toString(from.toLocalTime().date(), QLocale::ShortFormat),
        locale.toString(to.toLocalTime().date(), QLocale::ShortFormat));
}

} // namespace

OrdersPage::OrdersPage(Station &station, PurchaseOrderService *service, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
    , m_service(service)
    , m_listModel(new PurchaseOrderListModel(this))
    , m_filterModel(new PurchaseOrderFilterModel(this))
    , m_linesModel(new PurchaseOrderLinesModel(this))
{
    m_filterModel->setSourceModel(m_listModel);
    createActions();
    createLayout();
    reload();
    m_ordersView->sortByColumn(PurchaseOrderListModel::DeadlineColumn, Qt::AscendingOrder);
    updateActions();
}

OrdersPage::~OrdersPage() = default;

void OrdersPage::createActions()
{
    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh"),
                                                   style()->standardIcon(QStyle::SP_BrowserReload)),
                                  tr("&Refresh orders"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setObjectName(QStringLiteral("refreshOrdersAction"));
    connect(m_refreshAction, &QAction::triggered, this, &OrdersPage::refresh);

    m_acknowledgeAction
        = new QAction(QIcon::fromTheme(QStringLiteral("document-edit"),
                                       style()->standardIcon(QStyle::SP_FileDialogDetailedView)),
                      tr("&Acknowledge..."), this);
    m_acknowledgeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_acknowledgeAction->setObjectName(QStringLiteral("acknowledgeAction"));
    setToolTipWithShortcut(m_acknowledgeAction,
                           tr("Accept, backorder or reject the lines of the current order"));
    connect(m_acknowledgeAction, &QAction::triggered, this, &OrdersPage::onAcknowledgeTriggered);

    m_acceptAllAction
        = new QAction(QIcon::fromTheme(QStringLiteral("dialog-ok-apply"),
                                       style()->standardIcon(QStyle::SP_DialogApplyButton)),
                      tr("Accept all &lines"), this);
    m_acceptAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_acceptAllAction->setObjectName(QStringLiteral("acceptAllLinesAction"));
    setToolTipWithShortcut(m_acceptAllAction,
                           tr("Accept every line of the selected orders in full"));
    connect(m_acceptAllAction, &QAction::triggered, this, &OrdersPage::onAcceptAllTriggered);

    m_packAction = new QAction(QIcon::fromTheme(QStringLiteral("package-x-generic"),
                                                style()->standardIcon(QStyle::SP_ArrowRight)),
                               tr("&Pack shipment"), this);
    m_packAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_packAction->setObjectName(QStringLiteral("packShipmentAction"));
    setToolTipWithShortcut(m_packAction,
                           tr("Pack the selected orders (all for one FC) into a shipment"));
    connect(m_packAction, &QAction::triggered, this, &OrdersPage::onPackTriggered);

    m_findAction = new QAction(tr("&Find order"), this);
    m_findAction->setShortcut(QKeySequence::Find);

    for (QAction *action :
         { m_refreshAction, m_acknowledgeAction, m_acceptAllAction, m_packAction, m_findAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    if (m_service) {
        setToolTipWithShortcut(m_refreshAction,
                               tr("Pull new and changed purchase orders from ChannelEngine"));
    } else {
        m_refreshAction->setEnabled(false);
        m_refreshAction->setToolTip(tr("Refreshing needs a connection to ChannelEngine: set the "
                                       "API URL and key in the settings"));
    }
}

void OrdersPage::createLayout()
{
    // The filter bar.
    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(
        tr("Search PO, FC, SKU or ASIN (%1)")
            .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_searchEdit->setMinimumWidth(260);
    m_searchEdit->setMaximumWidth(520);
    connect(m_searchEdit, &QLineEdit::textChanged, m_filterModel,
            &PurchaseOrderFilterModel::setSearchText);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });

    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusCombo"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (PurchaseOrderStatus status :
         { PurchaseOrderStatus::New, PurchaseOrderStatus::InProgress,
           PurchaseOrderStatus::Cancelled, PurchaseOrderStatus::Shipped,
           PurchaseOrderStatus::Closed, PurchaseOrderStatus::Invoiced })
        m_statusCombo->addItem(PurchaseOrderListModel::statusText(status), int(status));
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int status = m_statusCombo->currentData().toInt();
        m_filterModel->setStatusFilter(status < 0 ? std::nullopt
                                                  : std::optional(PurchaseOrderStatus(status)));
    });

    m_fcCombo = new QComboBox(this);
    m_fcCombo->setObjectName(QStringLiteral("fulfillmentCenterCombo"));
    m_fcCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fcCombo->addItem(tr("All FCs"), QString());
    connect(m_fcCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filterModel->setFulfillmentCenterFilter(m_fcCombo->currentData().toString());
    });

    m_showClosedCheck = new QCheckBox(tr("Show &closed"), this);
    m_showClosedCheck->setObjectName(QStringLiteral("showClosedCheck"));
    m_showClosedCheck->setToolTip(tr("Also show cancelled, shipped, closed and invoiced orders"));
    connect(m_showClosedCheck, &QCheckBox::toggled, m_filterModel,
            &PurchaseOrderFilterModel::setShowClosed);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("refreshProgress"));
    m_progressBar->setMaximumWidth(200);
    m_progressBar->setFormat(tr("page %v of %m"));
    m_progressBar->hide();

    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_statusCombo);
    auto *fcLabel = new QLabel(tr("F&C:"), this);
    fcLabel->setBuddy(m_fcCombo);

    auto *filterBar = new QHBoxLayout;
    filterBar->addWidget(m_searchEdit, 2);
    filterBar->addSpacing(8);
    filterBar->addWidget(statusLabel);
    filterBar->addWidget(m_statusCombo);
    filterBar->addSpacing(8);
    filterBar->addWidget(fcLabel);
    filterBar->addWidget(m_fcCombo);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_showClosedCheck);
    filterBar->addStretch(1);
    filterBar->addWidget(m_progressBar);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->hide();

    // The orders.
    m_ordersView = new QTableView(this);
    m_ordersView->setObjectName(QStringLiteral("ordersView"));
    m_ordersView->setModel(m_filterModel);
    m_ordersView->setSortingEnabled(true);
    m_ordersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ordersView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ordersView->setAlternatingRowColors(true);
    m_ordersView->setWordWrap(false);
    m_ordersView->verticalHeader()->hide();
    m_ordersView->verticalHeader()->setDefaultSectionSize(m_ordersView->fontMetrics().height()
                                                          + 10);
    m_ordersView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ordersView->horizontalHeader()->setStretchLastSection(true);
    m_ordersView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ordersView->addActions({ m_acknowledgeAction, m_acceptAllAction, m_packAction });
    connect(m_ordersView, &QTableView::doubleClicked, this, &OrdersPage::onAcknowledgeTriggered);
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::onSelectionChanged);
    connect(m_ordersView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &OrdersPage::onSelectionChanged);
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, &OrdersPage::onSelectionChanged);

    // The details of the current order.
    auto *details = new QWidget(this);
    m_detailsTitle = new QLabel(details);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailsTitle->setFont(titleFont);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto label = [details] {
        auto *l = new QLabel(details);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_shipToLabel = label();
    m_windowsLabel = label();
    m_partiesLabel = label();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(tr("Ship to:"), m_shipToLabel);
    form->addRow(tr("Windows:"), m_windowsLabel);
    form->addRow(tr("Parties:"), m_partiesLabel);

    m_linesView = new QTableView(details);
    m_linesView->setObjectName(QStringLiteral("linesView"));
    m_linesView->setModel(m_linesModel);
    m_linesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_linesView->setAlternatingRowColors(true);
    m_linesView->setWordWrap(false);
    m_linesView->verticalHeader()->hide();
    m_linesView->verticalHeader()->setDefaultSectionSize(m_linesView->fontMetrics().height() + 10);
    // The acknowledged split takes the spare width; "Packed" stays narrow at the end.
    m_linesView->horizontalHeader()->setStretchLastSection(false);
    m_linesView->horizontalHeader()->setSectionResizeMode(
        PurchaseOrderLinesModel::AcknowledgedColumn, QHeaderView::Stretch);

    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 4, 0, 0);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_linesView, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_splitter->addWidget(m_ordersView);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterBar);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_splitter, 1);
}

QList<QAction *> OrdersPage::actions() const
{
    return { m_refreshAction, m_acknowledgeAction, m_acceptAllAction, m_packAction };
}

QStringList OrdersPage::selectedPurchaseOrders() const
{
    QModelIndexList rows = m_ordersView->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList result;
    for (const QModelIndex &index : std::as_const(rows))
        result.append(index.data(PurchaseOrderListModel::PurchaseOrderNoRole).toString());
    return result;
}

void OrdersPage::selectPurchaseOrder(const QString &purchaseOrderNo)
{
    const int sourceRow = m_listModel->rowOf(purchaseOrderNo);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filterModel->mapFromSource(m_listModel->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_ordersView->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ordersView->scrollTo(index);
}

const PurchaseOrder *OrdersPage::currentOrder() const
{
    const QModelIndex current = m_ordersView->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return m_listModel->order(m_filterModel->mapToSource(current).row());
}

bool OrdersPage::reload()
{
    const QStringList selected = selectedPurchaseOrders();
    const PurchaseOrder *current = currentOrder();
    const QString currentNo = current ? current->channelPurchaseOrderNo : QString();
    QString error;
    if (!m_listModel->reload(m_station.purchaseOrders(), &error)) {
        showMessage(tr("The purchase orders could not be read: %1").arg(error), true);
        return false;
    }
    updateFulfillmentCenters();
    QItemSelection selection;
    for (const QString &number : selected) {
        const QModelIndex index
            = m_filterModel->mapFromSource(m_listModel->index(m_listModel->rowOf(number), 0));
        if (index.isValid())
            selection.select(index, index);
    }
    QItemSelectionModel *model = m_ordersView->selectionModel();
    if (!currentNo.isEmpty()) {
        const QModelIndex index
            = m_filterModel->mapFromSource(m_listModel->index(m_listModel->rowOf(currentNo), 0));
        if (index.isValid())
            model->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Fitted to the first orders only, so that widths the user set survive a refresh.
    if (!m_columnsFitted && m_listModel->rowCount() > 0) {
        m_ordersView->resizeColumnsToContents();
        m_columnsFitted = true;
    }
    updateDetails();
    updateActions();
    return true;
}

void OrdersPage::updateFulfillmentCenters()
{
    const QString current = m_fcCombo->currentData().toString();
    const QSignalBlocker block(m_fcCombo);
    while (m_fcCombo->count() > 1)
        m_fcCombo->removeItem(1);
    for (const QString &fc : m_listModel->fulfillmentCenters())
        m_fcCombo->addItem(fc, fc);
    const int index = m_fcCombo->findData(current);
    m_fcCombo->setCurrentIndex(qMax(0, index));
    if (index < 0)
        m_filterModel->setFulfillmentCenterFilter(QString());
}

void OrdersPage::updateActions()
{
    const PurchaseOrder *current = currentOrder();
    m_acknowledgeAction->setEnabled(current && !current->isClosedForPacking()
                                    && !current->lines.isEmpty());
    bool anyOpen = false;
    const QStringList selected = selectedPurchaseOrders();
    for (const QString &number : selected) {
        const PurchaseOrder *order = m_listModel->order(number);
        anyOpen = anyOpen || (order && !order->isClosedForPacking());
    }
    m_acceptAllAction->setEnabled(anyOpen);
    m_packAction->setEnabled(anyOpen);
    m_refreshAction->setEnabled(m_service && !m_call);
}

void OrdersPage::updateDetails()
{
    const PurchaseOrder *order = currentOrder();
    if (!order) {
        m_detailsTitle->setText(tr("No purchase order selected"));
        m_shipToLabel->clear();
        m_windowsLabel->clear();
        m_partiesLabel->clear();
        m_linesModel->setOrder(std::nullopt);
        return;
    }
    const QLocale locale;
    const QDateTime created = order->createdAt.toLocalTime();
    m_detailsTitle->setText(tr("PO %1 · %2 · created %3 %4")
                                .arg(order->channelPurchaseOrderNo,
                                     PurchaseOrderListModel::statusText(order->status),
                                     locale.toString(created.date(), QLocale::ShortFormat),
                                     locale.toString(created.time(), QLocale::ShortFormat)));
    const QString address = addressText(order->shipToParty);
    m_shipToLabel->setText(address.isEmpty()
                               ? order->shipToParty.partyId
                               : tr("%1 – %2").arg(order->shipToParty.partyId, address));
    m_windowsLabel->setText(tr("ship %1 · deliver %2")
                                .arg(windowText(order->fromShipDate, order->toShipDate),
                                     windowText(order->fromDeliveryDate, order->toDeliveryDate)));
    m_partiesLabel->setText(tr("vendor %1 · buyer %2 · billing %3")
                                .arg(partyText(order->sellingParty), partyText(order->buyingParty),
                                     partyText(order->billingParty)));
    if (!m_linesModel->order()
        || m_linesModel->order()->channelPurchaseOrderNo != order->channelPurchaseOrderNo
        || m_linesModel->order()->lines.size() != order->lines.size()) {
        m_linesModel->setOrder(*order);
        m_linesView->resizeColumnsToContents();
    } else {
        m_linesModel->setOrder(*order);
    }
}

void OrdersPage::showMessage(const QString &message, bool error)
{
    m_messageLabel->setStyleSheet(error ? QStringLiteral("color: #a01010;") : QString());
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(error && !message.isEmpty());
    Q_EMIT statusMessage(message);
}

void OrdersPage::refresh()
{
    if (!m_service || m_call)
        return;
    PurchaseOrderQuery query;
    query.pageSize = m_pageSize;
    if (m_station.profile().channelId != 0)
        query.channelId = m_station.profile().channelId;
    if (m_lastRefresh.isValid()) {
        // Every change since the last time, cancellations included.
        query.updatedFrom = m_lastRefresh.addSecs(-kRefreshOverlapSecs);
    } else {
        query.statuses = { PurchaseOrderStatus::New, PurchaseOrderStatus::InProgress };
    }
    m_refreshStarted = QDateTime::currentDateTimeUtc();
    m_call.reset(m_service->fetchPurchaseOrders(query));
    connect(m_call.get(), &ApiCall::progressed, this, &OrdersPage::onCallProgressed);
    connect(m_call.get(), &ApiCall::finished, this, &OrdersPage::onCallFinished);
    m_progressBar->setRange(0, 0);
    m_progressBar->show();
    m_messageLabel->hide();
    updateActions();
    Q_EMIT progressChanged(0, -1);
    Q_EMIT statusMessage(tr("Refreshing purchase orders..."));
}

void OrdersPage::onCallProgressed(int done, int total)
{
    if (total > 0) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
    }
    Q_EMIT progressChanged(done, total);
    Q_EMIT statusMessage(total > 0
                             ? tr("Refreshing purchase orders: page %1 of %2").arg(done).arg(total)
                             : tr("Refreshing purchase orders: page %1").arg(done));
}

void OrdersPage::onCallFinished()
{
    // The call is deleted later: this runs inside its own signal.
    PurchaseOrdersCall *call = m_call.release();
    call->deleteLater();
    m_progressBar->hide();
    Q_EMIT progressChanged(0, 0);

    const QList<PurchaseOrder> &orders = call->result().orders;
    std::optional<PurchaseOrderChanges> changes;
    QString storeError;
    if (!orders.isEmpty())
        changes = m_station.purchaseOrders().upsert(orders, &storeError);
    reload();
    updateActions();

    QStringList notes;
    if (changes) {
        for (const QString &number : std::as_const(changes->cancelled))
            notes.append(tr("Purchase order %1 was cancelled.").arg(number));
    }
    if (!orders.isEmpty() && !changes) {
        showMessage(tr("The purchase orders could not be stored: %1").arg(storeError), true);
        return;
    }
    if (call->error().isError()) {
        if (call->error().kind == ApiError::Kind::Cancelled) {
            showMessage(tr("Refresh cancelled."), false);
            return;
        }
        QString message = tr("Refresh failed: %1").arg(call->error().toText());
        if (changes)
            message += QLatin1Char(' ')
                + tr("Orders read before the failure, and stored: %1.").arg(orders.size());
        showMessage(message, true);
        return;
    }
    m_lastRefresh = m_refreshStarted;
    const int added = changes ? int(changes->added.size()) : 0;
    const int updated = changes ? int(changes->updated.size()) : 0;
    QString message = tr("Purchase orders refreshed: %1 new, %2 changed, %3 unchanged.")
                          .arg(added)
                          .arg(updated)
                          .arg(changes ? changes->unchanged : 0);
    if (!notes.isEmpty())
        message += QLatin1Char(' ') + notes.join(QLatin1Char(' '));
    showMessage(message, !notes.isEmpty());
}

void OrdersPage::onSelectionChanged()
{
    updateDetails();
    updateActions();
}

void OrdersPage::onAcknowledgeTriggered()
{
    const PurchaseOrder *order = currentOrder();
    if (!order || order->isClosedForPacking() || order->lines.isEmpty())
        return;
    AcknowledgementDialog dialog(m_station, *order, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString number = order->channelPurchaseOrderNo;
    reload();
    showMessage(tr("Acknowledgement of %1 saved; it is sent to ChannelEngine through the "
                   "outbox.")
                    .arg(number),
                false);
}

int OrdersPage::acceptAllLines(const QStringList &purchaseOrderNos)
{
    int done = 0;
    QStringList skipped;
    QStringList errors;
    for (const QString &number : purchaseOrderNos) {
        const PurchaseOrder *order = m_listModel->order(number);
        if (!order)
            continue;
        if (order->isClosedForPacking()) {
            skipped.append(
                tr("%1 is %2").arg(number, PurchaseOrderListModel::statusText(order->status)));
            continue;
        }
        if (!PurchaseOrderListModel::needsAcknowledgement(*order)) {
            skipped.append(tr("%1 is acknowledged already").arg(number));
            continue;
        }
        // A partly acknowledged order keeps its answers: the editor is the place to change them.
        if (PurchaseOrderListModel::acknowledgedLines(*order) > 0) {
            skipped.append(tr("%1 is partly acknowledged (use Acknowledge)").arg(number));
            continue;
        }
        const PurchaseOrder copy = *order;
        QString error;
        if (submitAcknowledgements(m_station, number,
                                   AcknowledgementProposal::acknowledgementsOf(
                                       copy, AcknowledgementProposal::acceptAll(copy)),
                                   &error))
            ++done;
        else
            errors.append(error);
    }
    reload();
    QString message = tr("Purchase orders accepted in full: %1.").arg(done);
    if (!skipped.isEmpty())
        message += QLatin1Char(' ') + tr("Left alone: %1.").arg(skipped.join(QStringLiteral("; ")));
    if (!errors.isEmpty())
        message += QLatin1Char(' ') + errors.join(QLatin1Char(' '));
    showMessage(message, !errors.isEmpty());
    return done;
}

void OrdersPage::onAcceptAllTriggered()
{
    const QStringList selected = selectedPurchaseOrders();
    if (selected.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, plain(m_acceptAllAction->text()),
        tr("Accept every line of the selected purchase orders (%1) in full? The acknowledgement "
           "is sent to Amazon.")
            .arg(selected.size()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        acceptAllLines(selected);
}

void OrdersPage::onPackTriggered()
{
    const QStringList selected = selectedPurchaseOrders();
    QStringList open;
    QSet<QString> centres;
    for (const QString &number : selected) {
        const PurchaseOrder *order = m_listModel->order(number);
        if (!order || order->isClosedForPacking())
            continue;
        open.append(number);
        centres.insert(order->shipToParty.partyId);
    }
    if (open.isEmpty()) {
        showMessage(tr("Select one or more open purchase orders to pack."), true);
        return;
    }
    if (centres.size() > 1) {
        QStringList names = centres.values();
        names.sort();
        showMessage(tr("The selected orders go to several FCs (%1); a shipment goes to one.")
                        .arg(names.join(QStringLiteral(", "))),
                    true);
        return;
    }
    Q_EMIT packRequested(open);
}

} // namespace VendorPack
