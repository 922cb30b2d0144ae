// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgementdialog.h"
#include "ui_acknowledgementdialog.h"

#include "purchaseorderlinesmodel.h"

#include "packing/acknowledgementsubmission.h"
#include "packing/station.h"
#include "storage/stockrepository.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

#include <limits>

namespace VendorPack {

namespace {

enum Column {
    LineColumn,
    SkuColumn,
    OrderedColumn,
    StockColumn,
    AcceptedColumn,
    BackorderedColumn,
    RejectedColumn,
    ReasonColumn,
    ColumnCount
};

constexpr int kMaxShownProblems = 4;

} // namespace

AcknowledgementDialog::AcknowledgementDialog(Station &station, const PurchaseOrder &order,
                                             QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::AcknowledgementDialog>())
    , m_station(station)
    , m_order(order)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Acknowledge purchase order %1").arg(order.channelPurchaseOrderNo));
    QString header
        = tr("<b>%1</b> for %2, lines: %3. Amazon expects an answer for every unit: accepted, "
             "backordered or rejected with a reason.")
              .arg(order.channelPurchaseOrderNo.toHtmlEscaped(),
                   order.shipToParty.partyId.toHtmlEscaped())
              .arg(order.lines.size());
    // Lines answered through ChannelEngine before (another station or tool) without a local
    // record: sending again replaces that answer.
    QDateTime answeredElsewhere;
    for (const PurchaseOrderLine &line : order.lines) {
        if (!line.hasLocalAcknowledgement() && line.acknowledgedDate.isValid())
            answeredElsewhere = qMax(answeredElsewhere, line.acknowledgedDate);
    }
    if (answeredElsewhere.isValid())
        header += QStringLiteral("<br>")
            + tr("Already acknowledged through ChannelEngine on %1; sending replaces that answer.")
                  .arg(QLocale().toString(answeredElsewhere.toLocalTime(), QLocale::ShortFormat));
    m_ui->headerLabel->setText(header);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Send acknowledgement"));

    connect(m_ui->proposeButton, &QPushButton::clicked, this,
            &AcknowledgementDialog::proposeFromStock);
    connect(m_ui->acceptAllButton, &QPushButton::clicked, this, &AcknowledgementDialog::acceptAll);
    connect(m_ui->importStockButton, &QPushButton::clicked, this,
            &AcknowledgementDialog::onImportStockButtonClicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AcknowledgementDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AcknowledgementDialog::reject);

    loadStock();
    buildTable();
    // Start from what was acknowledged before, else from the stock when there is any.
    bool acknowledged = false;
    for (const PurchaseOrderLine &line : std::as_const(m_order.lines))
        acknowledged = acknowledged || line.hasLocalAcknowledgement();
    if (acknowledged)
        setSplits(AcknowledgementProposal::current(m_order));
    else if (!m_stock.isEmpty())
        proposeFromStock();
    else
        updateValidation();
    resize(qMax(width(), 960), height());
}

AcknowledgementDialog::~AcknowledgementDialog() = default;

void AcknowledgementDialog::buildTable()
{
    QTableWidget *table = m_ui->linesTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({ tr("#"), tr("SKU"), tr("Ordered"), tr("In stock (units)"),
                                       tr("Accepted"), tr("Backordered"), tr("Rejected"),
                                       tr("Rejection reason") });
    table->verticalHeader()->hide();
    table->setRowCount(int(m_order.lines.size()));
    m_editors.clear();
    const QList<std::pair<RejectionReason, QString>> reasons {
        { RejectionReason::None, tr("(none)") },
        { RejectionReason::TemporarilyUnavailable, tr("Temporarily unavailable") },
        { RejectionReason::ObsoleteProduct, tr("Obsolete product") },
        { RejectionReason::InvalidProduct, tr("Invalid product") },
    };
    for (int row = 0; row < m_order.lines.size(); ++row) {
        const PurchaseOrderLine &line = m_order.lines.at(row);
        auto item = [](const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled);
            return cell;
        };
        table->setItem(row, LineColumn, item(QString::number(row + 1)));
        table->setItem(row, SkuColumn, item(line.merchantProductNo));
        auto *ordered = item(
            line.unitOfMeasure == QuantityUnit::Cases
                ? tr("%1 × %2").arg(line.quantity).arg(PurchaseOrderLinesModel::unitText(line))
                : tr("%1 eaches").arg(line.quantity));
        ordered->setToolTip(line.isBackOrderAllowed ? tr("Backorders allowed")
                                                    : tr("No backorders: reject what is missing"));
        table->setItem(row, OrderedColumn, ordered);

        LineEditors editors;
        auto spin = [&](const QString &name, int column, qint64 maximum) {
            auto *box = new QSpinBox(table);
            box->setObjectName(name + QString::number(row));
            box->setRange(0, int(qMin<qint64>(maximum, std::numeric_limits<int>::max())));
            box->setFrame(false);
            box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setCellWidget(row, column, box);
            return box;
        };
        editors.stock = spin(QStringLiteral("stock_"), StockColumn, 999999999);
        editors.stock->setToolTip(tr("Units of SKU %1 on hand; changing it saves it for the "
                                     "station")
                                      .arg(line.merchantProductNo));
        editors.accepted = spin(QStringLiteral("accepted_"), AcceptedColumn, line.quantity);
        editors.backordered
            = spin(QStringLiteral("backordered_"), BackorderedColumn, line.quantity);
        editors.rejected = spin(QStringLiteral("rejected_"), RejectedColumn, line.quantity);
        if (!line.isBackOrderAllowed) {
            editors.backordered->setEnabled(false);
            editors.backordered->setToolTip(tr("Amazon allows no backorder on this line"));
        }
        editors.reason = new QComboBox(table);
        editors.reason->setObjectName(QStringLiteral("reason_") + QString::number(row));
        for (const auto &reason : reasons)
            editors.reason->addItem(reason.second, int(reason.first));
        table->setCellWidget(row, ReasonColumn, editors.reason);

        for (QSpinBox *box : { editors.accepted, editors.backordered, editors.rejected })
            connect(box, &QSpinBox::valueChanged, this, &AcknowledgementDialog::updateValidation);
        connect(editors.reason, &QComboBox::currentIndexChanged, this,
                &AcknowledgementDialog::updateValidation);
        connect(editors.stock, &QSpinBox::editingFinished, this,
                [this, row] { onStockEdited(row); });
        m_editors.append(editors);
    }
    showStock();
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SkuColumn, QHeaderView::Stretch);
    for (int column : { StockColumn, AcceptedColumn, BackorderedColumn, RejectedColumn }) {
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column,
                              qMax(110,
                                   header->fontMetrics().horizontalAdvance(
                                       table->horizontalHeaderItem(column)->text())
                                       + 24));
    }
    table->resizeRowsToContents();
}

void AcknowledgementDialog::loadStock()
{
    QString error;
    StockRepository repository(m_station.database());
    if (auto stock = repository.load(&error))
        m_stock = std::move(*stock);
    else
        m_ui->stockLabel->setText(tr("Stock could not be read: %1").arg(error));
}

void AcknowledgementDialog::showStock()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (int row = 0; row < m_editors.size(); ++row) {
        const QSignalBlocker block(m_editors.at(row).stock);
        m_editors.at(row).stock->setValue(
            int(qMin<qint64>(m_stock.quantity(m_order.lines.at(row).merchantProductNo),
                             m_editors.at(row).stock->maximum())));
    }
    m_updating = wasUpdating;
    m_ui->stockLabel->setText(m_stock.isEmpty()
                                  ? tr("No stock on hand recorded yet")
                                  : tr("SKUs with stock on hand: %1").arg(m_stock.size()));
}

QList<LineSplit> AcknowledgementDialog::splits() const
{
    QList<LineSplit> result;
    result.reserve(m_editors.size());
    for (const LineEditors &editors : m_editors) {
        LineSplit split;
        split.accepted = editors.accepted->value();
        split.backordered = editors.backordered->value();
        split.rejected = editors.rejected->value();
        split.reason = RejectionReason(editors.reason->currentData().toInt());
        result.append(split);
    }
    return result;
}

void AcknowledgementDialog::setSplits(const QList<LineSplit> &splits)
{
    m_updating = true;
    for (int row = 0; row < m_editors.size() && row < splits.size(); ++row) {
        const LineEditors &editors = m_editors.at(row);
        const LineSplit &split = splits.at(row);
        editors.accepted->setValue(int(split.accepted));
        editors.backordered->setValue(int(split.backordered));
        editors.rejected->setValue(int(split.rejected));
        const int reason = editors.reason->findData(int(split.reason));
        editors.reason->setCurrentIndex(qMax(0, reason));
    }
    m_updating = false;
    updateValidation();
}

QStringList AcknowledgementDialog::problems() const
{
    return AcknowledgementProposal::check(m_order, splits());
}

void AcknowledgementDialog::proposeFromStock()
{
    setSplits(AcknowledgementProposal::fromStock(m_order, m_stock));
}

void AcknowledgementDialog::acceptAll()
{
    setSplits(AcknowledgementProposal::acceptAll(m_order));
}

void AcknowledgementDialog::updateValidation()
{
    if (m_updating)
        return;
    const QList<LineSplit> current = splits();
    QStringList problems;
    for (int row = 0; row < m_editors.size(); ++row) {
        const LineEditors &editors = m_editors.at(row);
        editors.reason->setEnabled(current.at(row).rejected > 0);
        const QString problem = AcknowledgementProposal::checkLine(m_order, row, current.at(row));
        if (QTableWidgetItem *ordered = m_ui->linesTable->item(row, OrderedColumn)) {
            ordered->setBackground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xfd, 0xe2, 0xe1)));
            ordered->setForeground(problem.isEmpty() ? QBrush() : QBrush(QColor(0xa0, 0x10, 0x10)));
        }
        if (!problem.isEmpty())
            problems.append(problem);
    }
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(problems.isEmpty() && !m_order.lines.isEmpty());
    if (problems.isEmpty()) {
        qint64 accepted = 0;
        qint64 backordered = 0;
        qint64 rejected = 0;
        for (const LineSplit &split : current) {
            accepted += split.accepted;
            backordered += split.backordered;
            rejected += split.rejected;
        }
        m_ui->validationLabel->setStyleSheet(QString());
        m_ui->validationLabel->setText(
            tr("Ready to send: %1 accepted, %2 backordered, %3 rejected.")
                .arg(accepted)
                .arg(backordered)
                .arg(rejected));
        return;
    }
    QStringList shown = problems.mid(0, kMaxShownProblems);
    if (problems.size() > kMaxShownProblems)
        shown.append(tr("… and %1 more lines").arg(problems.size() - kMaxShownProblems));
    m_ui->validationLabel->setStyleSheet(QStringLiteral("color: #a01010;"));
    m_ui->validationLabel->setText(shown.join(QLatin1Char('\n')));
}

bool AcknowledgementDialog::importStockFile(const QString &path, StockImportReport *report)
{
    StockImportReport local;
    StockImportReport &r = report ? *report : local;
    QFile file(path);
    StockRepository repository(m_station.database());
    const bool ok = repository.importCsv(file, QFileInfo(path).fileName(), &r);
    loadStock();
    showStock();
    if (ok)
        m_ui->stockLabel->setText(
            tr("SKUs read from %1: %2").arg(QFileInfo(path).fileName()).arg(r.rows.size())
            + (r.problems.isEmpty() ? QString() : tr("; rows skipped: %1").arg(r.problems.size())));
    m_ui->stockLabel->setToolTip(r.problems.join(QLatin1Char('\n')));
    return ok;
}

void AcknowledgementDialog::onImportStockButtonClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import stock on hand"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    StockImportReport report;
    if (!importStockFile(path, &report)) {
        QMessageBox::warning(
            this, tr("Import stock on hand"),
            tr("Nothing was imported from %1: %2").arg(QFileInfo(path).fileName(), report.error));
        return;
    }
    if (!report.problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import stock on hand"),
                        tr("SKUs imported: %1. These rows were skipped:").arg(report.rows.size()),
                        QMessageBox::Ok, this);
        box.setDetailedText(report.problems.join(QLatin1Char('\n')));
        box.setInformativeText(report.problems.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
    }
}

void AcknowledgementDialog::onStockEdited(int lineIndex)
{
    if (lineIndex < 0 || lineIndex >= m_editors.size())
        return;
    const QString sku = m_order.lines.at(lineIndex).merchantProductNo;
    const int units = m_editors.at(lineIndex).stock->value();
    if (m_stock.contains(sku) && m_stock.quantity(sku) == units)
        return;
    QString error;
    StockRepository repository(m_station.database());
    if (!repository.setQuantity(sku, units, &error)) {
        m_ui->stockLabel->setText(tr("Stock of %1 not saved: %2").arg(sku, error));
        return;
    }
    m_stock.setQuantity(sku, units);
    showStock(); // other lines of the same SKU
}

void AcknowledgementDialog::accept()
{
    const QStringList problems = this->problems();
    if (!problems.isEmpty()) {
        updateValidation();
        return;
    }
    QString error;
    if (!submitAcknowledgements(m_station, m_order.channelPurchaseOrderNo,
                                AcknowledgementProposal::acknowledgementsOf(m_order, splits()),
                                &error)) {
        m_ui->validationLabel->setStyleSheet(QStringLiteral("color: #a01010;"));
        m_ui->validationLabel->setText(tr("Not sent: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace VendorPack
