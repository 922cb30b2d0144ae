// SPDX-License-Identifier: GPL-3.0-or-later
#include "polinespanel.h"

#include "polinesfiltermodel.h"
#include "polinesmodel.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace VendorPack {

PoLinesPanel::PoLinesPanel(PackingSession &session, QWidget *parent)
    : QWidget(parent)
    , m_model(new PoLinesModel(session, this))
    , m_filter(new PoLinesFilterModel(this))
    , m_title(new QLabel(this))
    , m_hide(new QCheckBox(tr("&Hide fully packed lines"), this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(m_model);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setDefaultDropAction(Qt::CopyAction);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnHidden(PoLinesModel::AsinColumn, false);
    m_view->setToolTip(tr("Drag a line into a carton or pallet to pack it"));
    m_hide->setChecked(true);
    m_filter->setHideFullyPacked(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_hide);
    layout->addWidget(m_view, 1);

    connect(m_hide, &QCheckBox::toggled, m_filter, &PoLinesFilterModel::setHideFullyPacked);
    connect(m_hide, &QCheckBox::toggled, this, &PoLinesPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PoLinesPanel::updateTitle);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PoLinesPanel::updateTitle);
    updateTitle();
}

void PoLinesPanel::refresh()
{
    m_model->refresh();
}

void PoLinesPanel::updateTitle()
{
    int open = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        open += m_model->line(row).remainingUnits() > 0 ? 1 : 0;
    m_title->setText(tr("PO lines to pack: %1 of %2 open").arg(open).arg(m_model->rowCount()));
}

} // namespace VendorPack
