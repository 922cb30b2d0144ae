// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace VendorPack {

class PackingSession;
class PoLinesFilterModel;
class PoLinesModel;

// The side pane with the PO lines still to pack for the open shipment's FC; rows drag into the
// shipment tree.
class PoLinesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PoLinesPanel(PackingSession &session, QWidget *parent = nullptr);

    void refresh();
    PoLinesModel *model() const { return m_model; }
    PoLinesFilterModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QCheckBox *hideFullyPackedBox() const { return m_hide; }

private:
    void updateTitle();

    PoLinesModel *m_model;
    PoLinesFilterModel *m_filter;
    QLabel *m_title;
    QCheckBox *m_hide;
    QTableView *m_view;
};

} // namespace VendorPack
