// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;
QT_END_NAMESPACE

namespace VendorPack {

class Station;

// PLACEHOLDER for OrdersPage (built elsewhere): a read-only list of the stored purchase orders
// with their lines, so that the window and the demo show real data until the real page lands in
// MainWindow::createPages().
class OrdersPlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPlaceholderPage(Station &station, QWidget *parent = nullptr);

    // Reads the purchase orders from the database again.
    void reload();
    int orderCount() const;

signals:
    void statusMessage(const QString &message);

private:
    void showDetails();

    Station &m_station;
    QLabel *m_heading;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QTextBrowser *m_details;
};

} // namespace VendorPack
