// SPDX-License-Identifier: GPL-3.0-or-later
#include "ordersplaceholderpage.h"

#include "core/enums.h"
#include "packing/station.h"
#include "storage/purchaseorderrepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace VendorPack {

namespace {

enum Column { NumberColumn, StatusColumn, ShipToColumn, WindowColumn, LinesColumn, UnitsColumn };
constexpr int kOrderRole = Qt::UserRole + 1;

QString statusText(PurchaseOrderStatus status)
{
    switch (status) {
    case PurchaseOrderStatus::New:
        return OrdersPlaceholderPage::tr("New");
    case PurchaseOrderStatus::InProgress:
        return OrdersPlaceholderPage::tr("Acknowledged");
    case PurchaseOrderStatus::Cancelled:
        return OrdersPlaceholderPage::tr("Cancelled");
    case PurchaseOrderStatus::Shipped:
        return OrdersPlaceholderPage::tr("Shipped");
    case PurchaseOrderStatus::Closed:
        return OrdersPlaceholderPage::tr("Closed");
    case PurchaseOrderStatus::Invoiced:
        return OrdersPlaceholderPage::tr("Invoiced");
    case PurchaseOrderStatus::Unknown:
        break;
    }
    return OrdersPlaceholderPage::tr("Unknown");
}

QString dateText(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toUTC().date(), QLocale::ShortFormat)
                          : QString();
}

} // namespace

OrdersPlaceholderPage::OrdersPlaceholderPage(Station &station, QWidget *parent)
    : QWidget(parent)
    , m_station(station)
    , m_heading(new QLabel)
    , m_filter(new QLineEdit)
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView)
    , m_details(new QTextBrowser)
{
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_heading->setFont(font);
    m_filter->setObjectName(QStringLiteral("ordersFilter"));
    m_filter->setPlaceholderText(tr("Filter by PO, status, warehouse..."));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMinimumWidth(260);
    m_filter->setMaximumWidth(360);

    m_model->setHorizontalHeaderLabels(
        { tr("PO"), tr("Status"), tr("Ship to"), tr("Ship window"), tr("Lines"), tr("Units") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(Qt::UserRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("purchaseOrders"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ShipToColumn, QHeaderView::Stretch);
    m_view->sortByColumn(WindowColumn, Qt::AscendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OrdersPlaceholderPage::showDetails);

    m_details->setObjectName(QStringLiteral("orderDetails"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 4);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    reload();
}

int OrdersPlaceholderPage::orderCount() const
{
    return m_model->rowCount();
}

void OrdersPlaceholderPage::reload()
{
    QString error;
    const auto orders = m_station.purchaseOrders().loadAll(&error);
    if (!orders) {
        emit statusMessage(tr("The purchase orders could not be read: %1").arg(error));
        return;
    }
    const QString current = m_view->currentIndex().isValid()
        ? m_view->currentIndex().siblingAtColumn(NumberColumn).data().toString()
        : QString();
    m_model->removeRows(0, m_model->rowCount());
    int open = 0;
    for (const PurchaseOrder &po : *orders) {
        qint64 units = 0;
        for (const PurchaseOrderLine &line : po.lines)
            units += line.orderedUnits();
        if (!po.isClosedForPacking())
            ++open;
        auto item = [](const QString &text, const QVariant &sortKey) {
            auto *i = new QStandardItem(text);
            i->setData(sortKey, Qt::UserRole);
            i->setEditable(false);
            return i;
        };
        QList<QStandardItem *> row {
            item(po.channelPurchaseOrderNo, po.channelPurchaseOrderNo),
            item(statusText(po.status), int(po.status)),
            item(po.shipToParty.partyId + QString::fromUtf8(" · ") + po.shipToParty.city,
                 po.shipToParty.partyId),
            item(dateText(po.fromShipDate) + QString::fromUtf8(" – ") + dateText(po.toShipDate),
                 po.fromShipDate),
            item(QLocale().toString(po.lines.size()), int(po.lines.size())),
            item(QLocale().toString(units), units),
        };
        row[LinesColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[UnitsColumn]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row[NumberColumn]->setData(po.channelPurchaseOrderNo, kOrderRole);
        m_model->appendRow(row);
    }
    m_heading->setText(tr("Purchase orders: %1 open of %2").arg(open).arg(orders->size()));
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->resizeColumnToContents(c);
    if (!current.isEmpty()) {
        const QModelIndexList found = m_proxy->match(m_proxy->index(0, NumberColumn),
                                                     Qt::DisplayRole, current, 1, Qt::MatchExactly);
        if (!found.isEmpty())
            m_view->setCurrentIndex(found.first());
    }
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, NumberColumn));
    showDetails();
}

void OrdersPlaceholderPage::showDetails()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_details->setHtml(tr("<p style='color:gray'>Select a purchase order to see its "
                              "lines.</p>"));
        return;
    }
    const QString number = index.siblingAtColumn(NumberColumn).data(kOrderRole).toString();
    QString error;
    const auto po = m_station.purchaseOrders().load(number, &error);
    if (!po) {
        m_details->setPlainText(error);
        return;
    }
    QString html = QLatin1String("<h3>")
        + tr("PO %1").arg(po->channelPurchaseOrderNo.toHtmlEscaped()) + QLatin1String("</h3><p>")
        + po->shipToParty.name.toHtmlEscaped() + QLatin1String("<br>")
        + po->shipToParty.addressLine1.toHtmlEscaped() + QLatin1String(", ")
        + po->shipToParty.city.toHtmlEscaped()
        + QLatin1String("</p><table cellspacing='0' cellpadding='3' width='100%'><tr><th "
                        "align='left'>")
        + tr("SKU") + QLatin1String("</th><th align='left'>") + tr("ASIN")
        + QLatin1String("</th><th align='right'>") + tr("Qty")
        + QLatin1String("</th><th align='left'>") + tr("Unit")
        + QLatin1String("</th><th align='left'>") + tr("Backorder") + QLatin1String("</th></tr>");
    for (const PurchaseOrderLine &line : po->lines) {
        const QString unit = line.unitOfMeasure == QuantityUnit::Cases
            ? tr("cases of %1").arg(line.unitSize)
            : tr("eaches");
        html += QLatin1String("<tr><td>") + line.merchantProductNo.toHtmlEscaped()
            + QLatin1String("</td><td>") + line.channelProductNo.toHtmlEscaped()
            + QLatin1String("</td><td align='right'>") + QLocale().toString(line.quantity)
            + QLatin1String("</td><td>") + unit + QLatin1String("</td><td>")
            + (line.isBackOrderAllowed ? tr("allowed") : tr("no")) + QLatin1String("</td></tr>");
    }
    html += QLatin1String("</table>");
    m_details->setHtml(html);
}

} // namespace VendorPack
