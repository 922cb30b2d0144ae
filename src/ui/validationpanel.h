// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/finding.h"

#include <QWidget>

class QLabel;
class QTreeView;

namespace VendorPack {

class ValidationFindingsModel;

// The list of the shipment's findings with a count per severity in its title; clicking a finding
// asks the page to show its node (or the header).
class ValidationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ValidationPanel(QWidget *parent = nullptr);

    void setFindings(Findings findings);
    ValidationFindingsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QString title() const;

signals:
    void nodeActivated(VendorPack::NodeId node);
    void headerActivated();

private:
    void onActivated(const QModelIndex &index);

    ValidationFindingsModel *m_model;
    QLabel *m_title;
    QTreeView *m_view;
};

} // namespace VendorPack
