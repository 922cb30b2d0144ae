// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acknowledgementproposal.h"
#include "core/stocklevels.h"

#include <QDialog>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
namespace Ui {
class AcknowledgementDialog;
}
QT_END_NAMESPACE

namespace VendorPack {

class Station;

// The acknowledgement editor of one purchase order: accepted, backordered and rejected units
// per line with a rejection reason, proposed from stock on hand or accepted in full, checked as
// it is typed, and saved through the outbox when OK is pressed.
class AcknowledgementDialog : public QDialog
{
    Q_OBJECT

public:
    AcknowledgementDialog(Station &station, const PurchaseOrder &order, QWidget *parent = nullptr);
    ~AcknowledgementDialog() override;

    const PurchaseOrder &order() const { return m_order; }
    // The split as the editor holds it, line by line.
    QList<LineSplit> splits() const;
    void setSplits(const QList<LineSplit> &splits);
    // What is wrong with the current split; empty when it can be sent.
    QStringList problems() const;
    const StockLevels &stock() const { return m_stock; }

    // The actions behind the buttons.
    void proposeFromStock();
    void acceptAll();
    // Imports the stock CSV at path into the station's stock levels and shows the new stock;
    // the report says what was read and skipped.
    bool importStockFile(const QString &path, StockImportReport *report = nullptr);

    void accept() override;

private:
    struct LineEditors
    {
        QSpinBox *stock = nullptr;
        QSpinBox *accepted = nullptr;
        QSpinBox *backordered = nullptr;
        QSpinBox *rejected = nullptr;
        QComboBox *reason = nullptr;
    };

    void buildTable();
    void loadStock();
    void showStock();
    void updateValidation();
    void onImportStockButtonClicked();
    void onStockEdited(int lineIndex);

    std::unique_ptr<::Ui::AcknowledgementDialog> m_ui;
    Station &m_station;
    PurchaseOrder m_order;
    StockLevels m_stock;
    QList<LineEditors> m_editors;
    bool m_updating = false;
};

} // namespace VendorPack
