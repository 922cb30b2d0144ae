// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationpanel.h"

#include "validationfindingsmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace VendorPack {

ValidationPanel::ValidationPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new ValidationFindingsModel(this))
    , m_title(new QLabel(this))
    , m_view(new QTreeView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ValidationFindingsModel::SeverityColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ValidationFindingsModel::SourceColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ValidationFindingsModel::MessageColumn,
                                           QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ValidationFindingsModel::RuleColumn,
                                           QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_view);
    connect(m_view, &QTreeView::clicked, this, &ValidationPanel::onActivated);
    connect(m_view, &QTreeView::activated, this, &ValidationPanel::onActivated);
    setFindings({});
}

void ValidationPanel::setFindings(Findings findings)
{
    m_rules = std::move(findings);
    showFindings();
}

void ValidationPanel::setApiFindings(Findings findings)
{
    if (findings == m_api)
        return;
    m_api = std::move(findings);
    showFindings();
}

void ValidationPanel::showFindings()
{
    m_model->setFindings(m_rules, m_api);
    const int errors = m_model->count(Severity::Error);
    const int warnings = m_model->count(Severity::Warning);
    const int notes = m_model->count(Severity::Info);
    QString title = tr("Findings — Errors: %1 · Warnings: %2 · Notes: %3")
                        .arg(errors)
                        .arg(warnings)
                        .arg(notes);
    if (m_model->apiCount() > 0)
        title += tr(" · ChannelEngine refused: %1").arg(m_model->apiCount());
    m_title->setText(title);
}

QString ValidationPanel::title() const
{
    return m_title->text();
}

void ValidationPanel::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const NodeId node = index.data(ValidationFindingsModel::NodeRole).value<NodeId>();
    if (node)
        emit nodeActivated(node);
    else
        emit headerActivated();
}

} // namespace VendorPack
