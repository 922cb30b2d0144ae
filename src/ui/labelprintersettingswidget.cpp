// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelprintersettingswidget.h"

#include "labelprintcontroller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace VendorPack {

namespace {

enum TargetPage { FolderPage, PrinterPage, QueuePage, AddressPage };

TargetPage pageFor(PrinterSettings::Kind kind)
{
    switch (kind) {
    case PrinterSettings::Kind::PdfFolder:
    case PrinterSettings::Kind::ZplFolder:
        return FolderPage;
    case PrinterSettings::Kind::SystemPrinter:
        return PrinterPage;
    case PrinterSettings::Kind::ZplCups:
        return QueuePage;
    case PrinterSettings::Kind::ZplTcp:
        return AddressPage;
    }
    return FolderPage;
}

} // namespace

LabelPrinterSettingsWidget::LabelPrinterSettingsWidget(LabelKind labelKind, QWidget *parent)
    : QGroupBox(PrinterSettings::labelKindName(labelKind), parent)
    , m_labelKind(labelKind)
{
    const QString prefix
        = labelKind == LabelKind::Pallet ? QStringLiteral("pallet") : QStringLiteral("carton");
    setObjectName(prefix + QStringLiteral("Printer"));

    m_kind = new QComboBox;
    m_kind->setObjectName(prefix + QStringLiteral("PrinterKind"));
    for (PrinterSettings::Kind kind : PrinterSettings::kinds())
        m_kind->addItem(PrinterSettings::kindName(kind), int(kind));

    // The one field that says where, by kind.
    m_folder = new QLineEdit;
    m_folder->setObjectName(prefix + QStringLiteral("PrinterFolder"));
    m_folder->setPlaceholderText(tr("/home/packer/labels"));
    m_browse = new QToolButton;
    m_browse->setText(tr("Browse…"));
    m_browse->setToolTip(tr("Choose the folder the label files go to"));
    auto *folderPage = new QWidget;
    auto *folderRow = new QHBoxLayout(folderPage);
    folderRow->setContentsMargins(0, 0, 0, 0);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    connect(m_browse, &QToolButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Label Folder"),
                                                                 m_folder->text().trimmed());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });

    m_printer = new QComboBox;
    m_printer->setObjectName(prefix + QStringLiteral("PrinterName"));
    m_printer->setEditable(true);
    m_printer->addItems(QPrinterInfo::availablePrinterNames());
    m_printer->setCurrentText(QPrinterInfo::defaultPrinterName());
    m_printer->lineEdit()->setPlaceholderText(tr("No printer installed"));

    m_queue = new QLineEdit;
    m_queue->setObjectName(prefix + QStringLiteral("PrinterQueue"));
    m_queue->setPlaceholderText(tr("zebra-dock1"));

    m_address = new QLineEdit;
    m_address->setObjectName(prefix + QStringLiteral("PrinterAddress"));
    m_address->setPlaceholderText(tr("10.0.0.5:9100"));

    m_target = new QStackedWidget;
    m_target->insertWidget(FolderPage, folderPage);
    m_target->insertWidget(PrinterPage, m_printer);
    m_target->insertWidget(QueuePage, m_queue);
    m_target->insertWidget(AddressPage, m_address);
    m_target->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    m_dpi = new QComboBox;
    m_dpi->setObjectName(prefix + QStringLiteral("PrinterDpi"));
    m_dpi->addItem(tr("203 dpi (8 dots/mm)"), 203);
    m_dpi->addItem(tr("300 dpi (12 dots/mm)"), 300);

    m_stock = new QComboBox;
    m_stock->setObjectName(prefix + QStringLiteral("PrinterStock"));
    for (LabelStock stock : { LabelStock::FourBySix, LabelStock::A6 })
        m_stock->addItem(PrinterSettings::stockText(stock), int(stock));

    m_printOnClose = new QCheckBox(labelKind == LabelKind::Pallet
                                       ? tr("Print the label when a pallet is closed")
                                       : tr("Print the label when a carton is closed"));
    m_printOnClose->setObjectName(prefix + QStringLiteral("PrintOnClose"));
    m_printOnClose->setToolTip(tr("Closed: it has its weight and all three dimensions"));

    m_copies = new QSpinBox;
    m_copies->setObjectName(prefix + QStringLiteral("PrinterCopies"));
    m_copies->setRange(1, PrinterSettings::kMaxCopies);
    m_copies->setToolTip(labelKind == LabelKind::Pallet ? tr("Pallets carry a label on two sides")
                                                        : tr("Labels per carton"));

    m_testPrint = new QPushButton(tr("&Test Print"));
    m_testPrint->setObjectName(prefix + QStringLiteral("TestPrint"));
    m_testPrint->setToolTip(tr("Print the test label (resolution, X-dimension, quiet zone) on "
                               "this printer as set here"));
    m_result = new QLabel;
    m_result->setObjectName(prefix + QStringLiteral("TestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem = new QLabel;
    m_problem->setObjectName(prefix + QStringLiteral("PrinterProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testPrint);
    testRow->addWidget(m_result, 1);

    m_targetLabel = new QLabel;
    m_dpiLabel = new QLabel(tr("&Resolution:"));
    m_dpiLabel->setBuddy(m_dpi);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Prints to:"), m_kind);
    form->addRow(m_targetLabel, m_target);
    form->addRow(m_problem);
    form->addRow(m_dpiLabel, m_dpi);
    form->addRow(tr("S&tock:"), m_stock);
    form->addRow(tr("C&opies:"), m_copies);
    form->addRow(m_printOnClose);
    form->addRow(testRow);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
            &LabelPrinterSettingsWidget::onKindChanged);
    // A long path does not fit the field: the tooltip shows it whole.
    connect(m_folder, &QLineEdit::textChanged, m_folder, &QLineEdit::setToolTip);
    for (QLineEdit *edit : { m_folder, m_queue, m_address })
        connect(edit, &QLineEdit::textChanged, this, &LabelPrinterSettingsWidget::revalidate);
    connect(m_printer, &QComboBox::currentTextChanged, this,
            &LabelPrinterSettingsWidget::revalidate);
    for (QComboBox *box : { m_dpi, m_stock })
        connect(box, &QComboBox::currentIndexChanged, this,
                &LabelPrinterSettingsWidget::revalidate);
    connect(m_copies, &QSpinBox::valueChanged, this, &LabelPrinterSettingsWidget::revalidate);
    connect(m_printOnClose, &QCheckBox::toggled, this, &LabelPrinterSettingsWidget::revalidate);
    connect(m_testPrint, &QPushButton::clicked, this, &LabelPrinterSettingsWidget::testPrint);

    setSettings(PrinterSettings::defaults(labelKind));
}

void LabelPrinterSettingsWidget::setSettings(const PrinterSettings &settings)
{
    m_kind->setCurrentIndex(m_kind->findData(int(settings.kind)));
    m_folder->setText(settings.folder);
    if (!settings.printerName.isEmpty())
        m_printer->setCurrentText(settings.printerName);
    m_queue->setText(settings.queue);
    m_address->setText(settings.address);
    m_dpi->setCurrentIndex(qMax(0, m_dpi->findData(settings.dpi)));
    m_stock->setCurrentIndex(m_stock->findData(int(settings.stock)));
    m_printOnClose->setChecked(settings.printOnClose);
    m_copies->setValue(settings.copies);
    m_result->clear();
    onKindChanged();
}

PrinterSettings LabelPrinterSettingsWidget::settings() const
{
    PrinterSettings s;
    s.kind = PrinterSettings::Kind(m_kind->currentData().toInt());
    s.folder = m_folder->text().trimmed();
    s.printerName = m_printer->currentText().trimmed();
    s.queue = m_queue->text().trimmed();
    s.address = m_address->text().trimmed();
    s.dpi = m_dpi->currentData().toInt();
    s.stock = LabelStock(m_stock->currentData().toInt());
    s.printOnClose = m_printOnClose->isChecked();
    s.copies = m_copies->value();
    return s;
}

void LabelPrinterSettingsWidget::onKindChanged()
{
    const PrinterSettings::Kind kind = PrinterSettings::Kind(m_kind->currentData().toInt());
    const TargetPage page = pageFor(kind);
    m_target->setCurrentIndex(page);
    switch (page) {
    case FolderPage:
        m_targetLabel->setText(tr("&Folder:"));
        m_targetLabel->setBuddy(m_folder);
        break;
    case PrinterPage:
        m_targetLabel->setText(tr("Pri&nter:"));
        m_targetLabel->setBuddy(m_printer);
        break;
    case QueuePage:
        m_targetLabel->setText(tr("&Queue:"));
        m_targetLabel->setBuddy(m_queue);
        break;
    case AddressPage:
        m_targetLabel->setText(tr("&Address:"));
        m_targetLabel->setBuddy(m_address);
        break;
    }
    const bool zpl = settings().isZpl();
    m_dpi->setEnabled(zpl);
    m_dpi->setToolTip(zpl ? QString() : tr("PDF labels are vector graphics: no resolution"));
    m_result->clear();
    revalidate();
}

void LabelPrinterSettingsWidget::revalidate()
{
    const SettingsProblems list = problems();
    m_problem->setText(list.isEmpty() ? QString() : list.first().message);
    m_problem->setVisible(!list.isEmpty());
    m_testPrint->setEnabled(list.isEmpty());
    emit settingsChanged();
}

bool LabelPrinterSettingsWidget::testPrint()
{
    QString message;
    setCursor(Qt::BusyCursor);
    const bool ok = LabelPrintController::testPrint(settings(), &message);
    unsetCursor();
    m_result->setStyleSheet(ok ? QStringLiteral("QLabel { color: #1b5e20; }")
                               : QStringLiteral("QLabel { color: #b00020; }"));
    m_result->setText(message);
    return ok;
}

QString LabelPrinterSettingsWidget::testResult() const
{
    return m_result->text();
}

} // namespace VendorPack
