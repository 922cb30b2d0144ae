// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace VendorPack {

class ValidationFindingsModel;

// The list of the shipment's findings (the rules' and ChannelEngine's refusal of the last push,
// marked "API") with a count per severity in its title; clicking a finding asks the page to show
// its node (or the header).
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget *parent = nullptr);

    void setFindings(Findings findings);
    // ChannelEngine's ValidationErrors of the last push, as findings on the nodes; {} clears them.
    void setApiFindings(Findings findings);
    const Findings &apiFindings() const { return m_api; }
    ValidationFindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString title() const;

signals:
    void nodeActivated(VendorPack::NodeId node);
    void headerActivated();

private:
    void showFindings();
    void onActivated(const QModelIndex &index);

    ValidationFindingsModel *m_model;
    QLabel *m_title;
    QTreeView *m_view;
    Findings m_rules;
    Findings m_api;
};

} // namespace VendorPack
