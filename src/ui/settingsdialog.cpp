// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "icons.h"
#include "labelprintersettingswidget.h"
#include "settings/credentialstore.h"

#include "core/enums.h"
#include "core/stationprofile.h"
#include "packing/station.h"
#include "storage/database.h"
#include "storage/settingsrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace VendorPack {

namespace {

constexpr double kGramsPerPound = 453.59237;
constexpr double kMillimetresPerInch = 25.4;

enum CartonColumn { NameColumn, LengthColumn, WidthColumn, HeightColumn, UnitColumn, PalletColumn };

const LengthUnit kLengthUnits[]
    = { LengthUnit::Inches, LengthUnit::Feet, LengthUnit::Meter, LengthUnit::Yard };
const WeightUnit kWeightUnits[]
    = { WeightUnit::Pounds, WeightUnit::Ounces, WeightUnit::Kilograms, WeightUnit::Grams };

QString lengthUnitName(LengthUnit unit)
{
    switch (unit) {
    case LengthUnit::Inches:
        return SettingsDialog::tr("inches");
    case LengthUnit::Feet:
        return SettingsDialog::tr("feet");
    case LengthUnit::Meter:
        return SettingsDialog::tr("metres");
    case LengthUnit::Yard:
        return SettingsDialog::tr("yards");
    case LengthUnit::Unknown:
        break;
    }
    return QString();
}

QString weightUnitName(WeightUnit unit)
{
    switch (unit) {
    case WeightUnit::Pounds:
        return SettingsDialog::tr("pounds");
    case WeightUnit::Ounces:
        return SettingsDialog::tr("ounces");
    case WeightUnit::Kilograms:
        return SettingsDialog::tr("kilograms");
    case WeightUnit::Grams:
        return SettingsDialog::tr("grams");
    case WeightUnit::Unknown:
        break;
    }
    return QString();
}

std::optional<double> parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString formatNumber(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'g', 6) : QString();
}

QDoubleSpinBox *doubleSpin(const QString &objectName, int decimals)
{
    auto *spin = new QDoubleSpinBox;
    spin->setObjectName(objectName);
    spin->setDecimals(decimals);
    spin->setAccelerated(true);
    return spin;
}

QSpinBox *intSpin(const QString &objectName, int minimum, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox;
    spin->setObjectName(objectName);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

SettingsDialog::SettingsDialog(QSettings &settings, CredentialStore &credentials, Station *station,
                               QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_credentials(credentials)
    , m_station(station)
{
    setWindowTitle(tr("VendorPack Settings"));
    setWindowIcon(Icons::icon(Icons::Settings));

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #e8c36a; border-radius: 4px;"
        " padding: 8px; }"));

    m_tabs = new QTabWidget;
    m_tabs->addTab(createStationTab(), tr("&Station"));
    m_tabs->addTab(createApiTab(), tr("&ChannelEngine"));
    m_tabs->addTab(createSiteTab(), tr("&GS1 and Ship-from"));
    m_tabs->addTab(createLimitsTab(), tr("&Units and Limits"));
    m_tabs->addTab(createCartonTypesTab(), tr("C&arton Types"));
    m_tabs->addTab(createPrintersTab(), tr("&Printers"));

    m_problemIcon = new QLabel;
    m_problemIcon->setPixmap(Icons::icon(Icons::Warning).pixmap(16, 16));
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_problemIcon, 0, Qt::AlignTop);
    problemRow->addWidget(m_problem, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(problemRow);
    layout->addWidget(m_buttons);

    m_original = StationSettings::load(settings);
    setStationSettings(m_original);
    SiteSettings site;
    site.cartonTypes = SiteSettings::defaultCartonTypes();
    if (m_station) {
        QString error;
        if (const auto loaded
            = SiteSettings::load(m_station->settings(), m_station->profile().stationName, &error))
            site = *loaded;
        else
            setMessage(tr("The site settings could not be read from the database: %1").arg(error));
    }
    setSiteSettings(site);
    for (LabelPrinterSettingsWidget *printer : { m_cartonPrinter, m_palletPrinter })
        printer->setSettings(PrinterSettings::load(settings, printer->labelKind()));
    revalidate();
    resize(sizeHint().expandedTo(QSize(660, 470)));
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createPrintersTab()
{
    auto *page = new QWidget;
    auto *intro = new QLabel(tr("The printers of this computer, one for each label type. They are "
                                "kept on this computer only; the ship-from address printed on the "
                                "labels is on the GS1 and Ship-from tab."));
    intro->setWordWrap(true);
    m_cartonPrinter = new LabelPrinterSettingsWidget(LabelKind::Carton);
    m_palletPrinter = new LabelPrinterSettingsWidget(LabelKind::Pallet);
    auto *printers = new QHBoxLayout;
    printers->addWidget(m_cartonPrinter, 1, Qt::AlignTop);
    printers->addWidget(m_palletPrinter, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(printers);
    layout->addStretch(1);
    for (LabelPrinterSettingsWidget *printer : { m_cartonPrinter, m_palletPrinter })
        connect(printer, &LabelPrinterSettingsWidget::settingsChanged, this,
                &SettingsDialog::revalidate);
    return page;
}

PrinterSettings SettingsDialog::printerSettings(LabelKind kind) const
{
    return (kind == LabelKind::Pallet ? m_palletPrinter : m_cartonPrinter)->settings();
}

void SettingsDialog::setPrinterSettings(LabelKind kind, const PrinterSettings &settings)
{
    (kind == LabelKind::Pallet ? m_palletPrinter : m_cartonPrinter)->setSettings(settings);
}

QLineEdit *SettingsDialog::addLineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    QAction *mark = edit->addAction(Icons::icon(Icons::Warning), QLineEdit::TrailingPosition);
    mark->setVisible(false);
    m_fieldMarks.insert(edit, mark);
    connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::revalidate);
    return edit;
}

QLineEdit *SettingsDialog::addSecretEdit(const QString &objectName, const char *credentialName,
                                         QToolButton **forgetButton)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    auto *forget = new QToolButton;
    forget->setObjectName(objectName + QLatin1String("Forget"));
    forget->setText(tr("Forget"));
    forget->setCheckable(true);
    forget->setToolTip(tr("Remove the stored secret when you press OK"));
    *forgetButton = forget;
    connect(forget, &QToolButton::toggled, this, [this, edit, credentialName](bool checked) {
        if (checked)
            edit->clear();
        edit->setEnabled(!checked);
        updateSecretPlaceholder(edit, credentialName, checked);
    });
    updateSecretPlaceholder(edit, credentialName, false);
    return edit;
}

void SettingsDialog::updateSecretPlaceholder(QLineEdit *edit, const char *credentialName,
                                             bool forget)
{
    // Only whether a secret is stored is shown, never the secret itself.
    if (forget)
        edit->setPlaceholderText(tr("will be removed"));
    else if (m_credentials.contains(QLatin1String(credentialName)))
        edit->setPlaceholderText(tr("stored; type to replace it"));
    else
        edit->setPlaceholderText(tr("not set"));
}

QWidget *SettingsDialog::createStationTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_stationName = addLineEdit(QStringLiteral("stationName"), tr("e.g. DOCK-1"));
    m_stationName->setToolTip(tr("Other stations show a shipment open here as \"open at station "
                                 "...\""));
    m_userName = addLineEdit(QStringLiteral("userName"), tr("who packs at this station"));
    form->addRow(StationSettings::stationNameField() + QLatin1Char(':'), m_stationName);
    form->addRow(StationSettings::userNameField() + QLatin1Char(':'), m_userName);

    m_database = addLineEdit(QStringLiteral("database"),
                             tr("empty: the default file; or postgresql://user@host:5432/db"));
    auto *browse = new QPushButton(tr("Browse..."));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getSaveFileName(this, tr("SQLite Database File"), m_database->text(),
                                           tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                           nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_database->setText(file);
    });
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_database, 1);
    databaseRow->addWidget(browse);
    form->addRow(StationSettings::databaseField() + QLatin1Char(':'), databaseRow);

    m_databasePassword
        = addSecretEdit(QStringLiteral("databasePassword"), CredentialStore::kDatabasePassword,
                        &m_forgetDatabasePassword);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_databasePassword, 1);
    passwordRow->addWidget(m_forgetDatabasePassword);
    form->addRow(tr("Database password:"), passwordRow);

    auto *hint = new QLabel(tr("A SQLite file serves one station. Several stations of one site "
                               "share a PostgreSQL database; its password is kept in the key "
                               "store, never in the URL."));
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    return page;
}

QWidget *SettingsDialog::createApiTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_apiUrl = addLineEdit(QStringLiteral("apiUrl"),
                           QStringLiteral("https://tenant.channelengine.net/api"));
    form->addRow(StationSettings::apiUrlField() + QLatin1Char(':'), m_apiUrl);

    m_apiKey = addSecretEdit(QStringLiteral("apiKey"), CredentialStore::kApiKey, &m_forgetApiKey);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_apiKey, 1);
    keyRow->addWidget(m_forgetApiKey);
    form->addRow(tr("API key:"), keyRow);

    m_channelId = addLineEdit(QStringLiteral("channelId"), tr("e.g. 1"));
    form->addRow(StationSettings::channelIdField() + QLatin1Char(':'), m_channelId);

    m_secretsNote = new QLabel;
    m_secretsNote->setObjectName(QStringLiteral("secretsNote"));
    m_secretsNote->setWordWrap(true);
    m_secretsNote->setTextFormat(Qt::PlainText);
    // Memory (the demo) and the key store need no warning; an unencrypted file does.
    if (!m_credentials.isPersistent() || m_credentials.isEncrypted())
        m_secretsNote->setText(tr("The API key and the database password are kept in %1.")
                                   .arg(m_credentials.description()));
    else
        m_secretsNote->setText(tr("Warning: there is no usable key store on this computer. The "
                                  "API key and the database password are kept in %1, NOT "
                                  "encrypted.")
                                   .arg(m_credentials.description()));
    form->addRow(m_secretsNote);
    return page;
}

QWidget *SettingsDialog::createSiteTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *gs1 = new QFormLayout;
    gs1->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_companyPrefix = addLineEdit(QStringLiteral("companyPrefix"), tr("6 to 12 digits"));
    m_extensionDigit = addLineEdit(QStringLiteral("extensionDigit"), tr("0 to 9"));
    m_extensionDigit->setMaxLength(2);
    m_extensionDigit->setMaximumWidth(
        m_extensionDigit->fontMetrics().horizontalAdvance(QStringLiteral("0000")) + 40);
    m_companyPrefix->setMaximumWidth(
        m_companyPrefix->fontMetrics().horizontalAdvance(QStringLiteral("0000000000000")) + 40);
    m_extensionDigit->setClearButtonEnabled(false);
    gs1->addRow(SiteSettings::companyPrefixField() + QLatin1Char(':'), m_companyPrefix);
    gs1->addRow(SiteSettings::extensionDigitField() + QLatin1Char(':'), m_extensionDigit);
    auto *gs1Hint = new QLabel(tr("Every SSCC is the extension digit, the company prefix, a "
                                  "serial from the ledger and a check digit. These settings "
                                  "apply to every station of the site."));
    gs1Hint->setWordWrap(true);
    gs1Hint->setForegroundRole(QPalette::PlaceholderText);
    gs1->addRow(gs1Hint);
    layout->addLayout(gs1);

    auto *address = new QFormLayout;
    address->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_shipFromPartyId = addLineEdit(QStringLiteral("shipFromPartyId"), tr("vendor code"));
    m_shipFromName = addLineEdit(QStringLiteral("shipFromName"));
    m_shipFromStreet = addLineEdit(QStringLiteral("shipFromStreet"));
    m_shipFromCity = addLineEdit(QStringLiteral("shipFromCity"));
    m_shipFromState = addLineEdit(QStringLiteral("shipFromState"));
    m_shipFromPostalCode = addLineEdit(QStringLiteral("shipFromPostalCode"));
    m_shipFromCountry = addLineEdit(QStringLiteral("shipFromCountry"), tr("e.g. US"));
    m_shipFromCountry->setMaxLength(2);
    address->addRow(tr("Ship-from party id:"), m_shipFromPartyId);
    address->addRow(SiteSettings::shipFromNameField() + QLatin1Char(':'), m_shipFromName);
    address->addRow(tr("Street:"), m_shipFromStreet);
    address->addRow(tr("City:"), m_shipFromCity);
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_shipFromState, 2);
    stateRow->addWidget(new QLabel(tr("Postal code:")));
    stateRow->addWidget(m_shipFromPostalCode, 2);
    stateRow->addWidget(new QLabel(tr("Country:")));
    stateRow->addWidget(m_shipFromCountry, 1);
    address->addRow(tr("State or region:"), stateRow);
    layout->addSpacing(8);
    layout->addLayout(address);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::createLimitsTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);

    m_lengthUnit = new QComboBox;
    m_lengthUnit->setObjectName(QStringLiteral("lengthUnit"));
    for (LengthUnit unit : kLengthUnits)
        m_lengthUnit->addItem(lengthUnitName(unit), int(unit));
    m_weightUnit = new QComboBox;
    m_weightUnit->setObjectName(QStringLiteral("weightUnit"));
    for (WeightUnit unit : kWeightUnits)
        m_weightUnit->addItem(weightUnitName(unit), int(unit));
    form->addRow(tr("Lengths in:"), m_lengthUnit);
    form->addRow(tr("Weights in:"), m_weightUnit);

    m_maxPurchaseOrders = intSpin(QStringLiteral("maxPurchaseOrdersPerCarton"), 1,
                                  SiteSettings::Limits::kMaxPurchaseOrdersPerCarton, QString());
    m_maxCartonWeight = doubleSpin(QStringLiteral("maxCartonWeight"), 1);
    m_maxPalletWeight = doubleSpin(QStringLiteral("maxPalletWeight"), 0);
    m_maxPalletHeight = doubleSpin(QStringLiteral("maxPalletHeight"), 1);
    m_minShelfLife = intSpin(QStringLiteral("minShelfLifeDays"), 0,
                             SiteSettings::Limits::kMaxShelfLifeDays, tr(" days"));
    m_weightTolerance = doubleSpin(QStringLiteral("weightTolerance"), 1);
    m_weightTolerance->setRange(0, SiteSettings::Limits::kMaxWeightTolerance * 100);
    m_weightTolerance->setSuffix(tr(" %"));
    m_ssccReuseMonths = intSpin(QStringLiteral("ssccReuseMonths"), 1,
                                SiteSettings::Limits::kMaxSsccReuseMonths, tr(" months"));

    form->addRow(tr("POs per carton, at most:"), m_maxPurchaseOrders);
    form->addRow(tr("Carton weight, at most:"), m_maxCartonWeight);
    form->addRow(tr("Pallet weight, at most:"), m_maxPalletWeight);
    form->addRow(tr("Pallet height, at most:"), m_maxPalletHeight);
    form->addRow(tr("Shelf life left, at least:"), m_minShelfLife);
    form->addRow(tr("Carton weight tolerance:"), m_weightTolerance);
    form->addRow(tr("SSCC not reused within:"), m_ssccReuseMonths);

    connect(m_lengthUnit, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onLengthUnitChanged);
    connect(m_weightUnit, &QComboBox::currentIndexChanged, this,
            &SettingsDialog::onWeightUnitChanged);
    return page;
}

QWidget *SettingsDialog::createCartonTypesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_cartonTypes = new QTableWidget(0, 6);
    m_cartonTypes->setObjectName(QStringLiteral("cartonTypes"));
    m_cartonTypes->setHorizontalHeaderLabels(
        { tr("Name"), tr("Length"), tr("Width"), tr("Height"), tr("Unit"), tr("Pallet") });
    m_cartonTypes->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int c = LengthColumn; c <= PalletColumn; ++c)
        m_cartonTypes->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_cartonTypes->verticalHeader()->setVisible(false);
    m_cartonTypes->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_cartonTypes, &QTableWidget::itemChanged, this, &SettingsDialog::revalidate);

    auto *add = new QPushButton(tr("&Add"));
    add->setObjectName(QStringLiteral("addCartonType"));
    auto *remove = new QPushButton(tr("&Remove"));
    remove->setObjectName(QStringLiteral("removeCartonType"));
    connect(add, &QPushButton::clicked, this, [this] {
        CartonType type;
        type.dimensions.unit = LengthUnit(m_lengthUnit->currentData().toInt());
        addCartonTypeRow(type);
        m_cartonTypes->setCurrentCell(m_cartonTypes->rowCount() - 1, NameColumn);
        m_cartonTypes->editItem(m_cartonTypes->item(m_cartonTypes->rowCount() - 1, NameColumn));
        revalidate();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_cartonTypes->currentRow() >= 0)
            m_cartonTypes->removeRow(m_cartonTypes->currentRow());
        revalidate();
    });
    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Picked when a carton is closed; a pallet base when a pallet is."));
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);
    buttons->addWidget(hint, 1);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addWidget(m_cartonTypes, 1);
    layout->addLayout(buttons);
    return page;
}

void SettingsDialog::addCartonTypeRow(const CartonType &type)
{
    const QSignalBlocker blocker(m_cartonTypes);
    const int row = m_cartonTypes->rowCount();
    m_cartonTypes->insertRow(row);
    m_cartonTypes->setItem(row, NameColumn, new QTableWidgetItem(type.name));
    const std::optional<double> sides[]
        = { type.dimensions.length, type.dimensions.width, type.dimensions.height };
    for (int i = 0; i < 3; ++i) {
        auto *item = new QTableWidgetItem(formatNumber(sides[i]));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_cartonTypes->setItem(row, LengthColumn + i, item);
    }
    auto *unit = new QComboBox;
    for (LengthUnit u : kLengthUnits)
        unit->addItem(lengthUnitName(u), int(u));
    const LengthUnit current
        = type.dimensions.unit == LengthUnit::Unknown ? LengthUnit::Inches : type.dimensions.unit;
    unit->setCurrentIndex(unit->findData(int(current)));
    unit->setFrame(false);
    m_cartonTypes->setCellWidget(row, UnitColumn, unit);
    auto *pallet = new QTableWidgetItem;
    pallet->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    pallet->setCheckState(type.isPallet ? Qt::Checked : Qt::Unchecked);
    m_cartonTypes->setItem(row, PalletColumn, pallet);
}

CartonTypes SettingsDialog::cartonTypesFromTable(SettingsProblems *problems) const
{
    CartonTypes types;
    static const QString sideNames[] = { tr("length"), tr("width"), tr("height") };
    for (int row = 0; row < m_cartonTypes->rowCount(); ++row) {
        CartonType type;
        const QTableWidgetItem *name = m_cartonTypes->item(row, NameColumn);
        type.name = name ? name->text().trimmed() : QString();
        std::optional<double> sides[3];
        for (int i = 0; i < 3; ++i) {
            const QTableWidgetItem *item = m_cartonTypes->item(row, LengthColumn + i);
            const QString text = item ? item->text() : QString();
            sides[i] = parseNumber(text);
            if (!sides[i] && !text.trimmed().isEmpty() && problems)
                problems->append({ SiteSettings::cartonTypeField(row),
                                   tr("the %1 '%2' is not a number").arg(sideNames[i], text) });
        }
        type.dimensions.length = sides[0];
        type.dimensions.width = sides[1];
        type.dimensions.height = sides[2];
        if (const auto *unit
            = qobject_cast<QComboBox *>(m_cartonTypes->cellWidget(row, UnitColumn)))
            type.dimensions.unit = LengthUnit(unit->currentData().toInt());
        const QTableWidgetItem *pallet = m_cartonTypes->item(row, PalletColumn);
        type.isPallet = pallet && pallet->checkState() == Qt::Checked;
        types.append(type);
    }
    return types;
}

void SettingsDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SettingsDialog::setStationSettings(const StationSettings &s)
{
    m_stationName->setText(s.stationName);
    m_userName->setText(s.userName);
    m_database->setText(s.database);
    m_apiUrl->setText(s.apiUrl);
    m_channelId->setText(s.channelId > 0 ? QString::number(s.channelId) : QString());
}

StationSettings SettingsDialog::stationSettings() const
{
    StationSettings s;
    s.stationName = m_stationName->text().trimmed();
    s.userName = m_userName->text().trimmed();
    s.database = m_database->text().trimmed();
    s.apiUrl = m_apiUrl->text().trimmed();
    StationSettings::channelIdProblem(m_channelId->text(), &s.channelId);
    return s;
}

void SettingsDialog::setSiteSettings(const SiteSettings &s)
{
    m_companyPrefix->setText(s.companyPrefix);
    m_extensionDigit->setText(QString::number(s.extensionDigit));
    m_shipFromPartyId->setText(s.shipFromPartyId);
    m_shipFromName->setText(s.shipFrom.name);
    m_shipFromStreet->setText(s.shipFrom.addressLine1);
    m_shipFromCity->setText(s.shipFrom.city);
    m_shipFromState->setText(s.shipFrom.stateOrRegion);
    m_shipFromPostalCode->setText(s.shipFrom.postalCode);
    m_shipFromCountry->setText(s.shipFrom.countryCode);

    {
        const QSignalBlocker lengthBlocker(m_lengthUnit);
        const QSignalBlocker weightBlocker(m_weightUnit);
        m_lengthUnit->setCurrentIndex(qMax(0, m_lengthUnit->findData(int(s.lengthUnit))));
        m_weightUnit->setCurrentIndex(qMax(0, m_weightUnit->findData(int(s.weightUnit))));
    }
    onLengthUnitChanged();
    onWeightUnitChanged();
    const RuleSettings &r = s.rules;
    m_maxPurchaseOrders->setValue(r.maxPurchaseOrdersPerCarton);
    m_maxCartonWeight->setValue(r.maxCartonWeightGrams
                                / (m_limitsInPounds ? kGramsPerPound : 1000.0));
    m_maxPalletWeight->setValue(r.maxPalletWeightGrams
                                / (m_limitsInPounds ? kGramsPerPound : 1000.0));
    m_maxPalletHeight->setValue(r.maxPalletHeightMillimetres
                                / (m_heightInInches ? kMillimetresPerInch : 10.0));
    m_minShelfLife->setValue(r.minShelfLifeDays);
    m_weightTolerance->setValue(r.expectedWeightTolerance * 100);
    m_ssccReuseMonths->setValue(r.ssccReuseMonths);

    m_cartonTypes->setRowCount(0);
    for (const CartonType &type : s.cartonTypes)
        addCartonTypeRow(type);
    revalidate();
}

SiteSettings SettingsDialog::siteSettings() const
{
    SiteSettings s;
    s.companyPrefix = m_companyPrefix->text().trimmed();
    s.extensionDigit = SiteSettings::extensionDigitProblem(m_extensionDigit->text()).isEmpty()
        ? m_extensionDigit->text().trimmed().toInt()
        : -1;
    s.shipFromPartyId = m_shipFromPartyId->text().trimmed();
    s.shipFrom.partyId = s.shipFromPartyId;
    s.shipFrom.name = m_shipFromName->text().trimmed();
    s.shipFrom.addressLine1 = m_shipFromStreet->text().trimmed();
    s.shipFrom.city = m_shipFromCity->text().trimmed();
    s.shipFrom.stateOrRegion = m_shipFromState->text().trimmed();
    s.shipFrom.postalCode = m_shipFromPostalCode->text().trimmed();
    s.shipFrom.countryCode = m_shipFromCountry->text().trimmed().toUpper();
    s.lengthUnit = LengthUnit(m_lengthUnit->currentData().toInt());
    s.weightUnit = WeightUnit(m_weightUnit->currentData().toInt());
    RuleSettings &r = s.rules;
    r.maxPurchaseOrdersPerCarton = m_maxPurchaseOrders->value();
    r.maxCartonWeightGrams
        = m_maxCartonWeight->value() * (m_limitsInPounds ? kGramsPerPound : 1000.0);
    r.maxPalletWeightGrams
        = m_maxPalletWeight->value() * (m_limitsInPounds ? kGramsPerPound : 1000.0);
    r.maxPalletHeightMillimetres
        = m_maxPalletHeight->value() * (m_heightInInches ? kMillimetresPerInch : 10.0);
    r.minShelfLifeDays = m_minShelfLife->value();
    r.expectedWeightTolerance = m_weightTolerance->value() / 100.0;
    r.ssccReuseMonths = m_ssccReuseMonths->value();
    s.cartonTypes = cartonTypesFromTable(nullptr);
    return s;
}

void SettingsDialog::onLengthUnitChanged()
{
    const LengthUnit unit = LengthUnit(m_lengthUnit->currentData().toInt());
    const bool inches = unit != LengthUnit::Meter;
    const double millimetres
        = m_maxPalletHeight->value() * (m_heightInInches ? kMillimetresPerInch : 10.0);
    m_heightInInches = inches;
    const double perUnit = inches ? kMillimetresPerInch : 10.0;
    m_maxPalletHeight->setSuffix(inches ? tr(" in") : tr(" cm"));
    m_maxPalletHeight->setRange(SiteSettings::Limits::kMinPalletHeightMillimetres / perUnit,
                                SiteSettings::Limits::kMaxPalletHeightMillimetres / perUnit);
    m_maxPalletHeight->setValue(millimetres / perUnit);
}

void SettingsDialog::onWeightUnitChanged()
{
    const WeightUnit unit = WeightUnit(m_weightUnit->currentData().toInt());
    const bool pounds = unit == WeightUnit::Pounds || unit == WeightUnit::Ounces;
    const double toGrams = m_limitsInPounds ? kGramsPerPound : 1000.0;
    const double carton = m_maxCartonWeight->value() * toGrams;
    const double pallet = m_maxPalletWeight->value() * toGrams;
    m_limitsInPounds = pounds;
    const double perUnit = pounds ? kGramsPerPound : 1000.0;
    const QString suffix = pounds ? tr(" lb") : tr(" kg");
    m_maxCartonWeight->setSuffix(suffix);
    m_maxPalletWeight->setSuffix(suffix);
    m_maxCartonWeight->setRange(SiteSettings::Limits::kMinCartonWeightGrams / perUnit,
                                SiteSettings::Limits::kMaxCartonWeightGrams / perUnit);
    m_maxPalletWeight->setRange(SiteSettings::Limits::kMinPalletWeightGrams / perUnit,
                                SiteSettings::Limits::kMaxPalletWeightGrams / perUnit);
    m_maxCartonWeight->setValue(carton / perUnit);
    m_maxPalletWeight->setValue(pallet / perUnit);
}

void SettingsDialog::markField(QLineEdit *edit, const QString &problem)
{
    if (QAction *mark = m_fieldMarks.value(edit)) {
        mark->setVisible(!problem.isEmpty());
        mark->setToolTip(problem);
    }
}

SettingsProblems SettingsDialog::problems() const
{
    SettingsProblems list = stationSettings().problems();
    // The channel id is read from text: say what is wrong with the text, not with 0.
    const QString channelProblem = StationSettings::channelIdProblem(m_channelId->text());
    for (SettingsProblem &p : list) {
        if (p.field == StationSettings::channelIdField() && !channelProblem.isEmpty())
            p.message = channelProblem;
    }
    SiteSettings site = siteSettings();
    SettingsProblems siteProblems = site.problems();
    const QString digitProblem = SiteSettings::extensionDigitProblem(m_extensionDigit->text());
    for (SettingsProblem &p : siteProblems) {
        if (p.field == SiteSettings::extensionDigitField())
            p.message = digitProblem;
    }
    SettingsProblems tableProblems;
    cartonTypesFromTable(&tableProblems);
    list += siteProblems;
    list += tableProblems;
    list += m_cartonPrinter->problems();
    list += m_palletPrinter->problems();
    return list;
}

void SettingsDialog::revalidate()
{
    if (!m_buttons || !m_cartonTypes)
        return; // still being built
    const SettingsProblems list = problems();
    const QHash<QString, QLineEdit *> fields {
        { StationSettings::stationNameField(), m_stationName },
        { StationSettings::userNameField(), m_userName },
        { StationSettings::databaseField(), m_database },
        { StationSettings::apiUrlField(), m_apiUrl },
        { StationSettings::channelIdField(), m_channelId },
        { SiteSettings::companyPrefixField(), m_companyPrefix },
        { SiteSettings::extensionDigitField(), m_extensionDigit },
        { SiteSettings::shipFromNameField(), m_shipFromName },
    };
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QString problem;
        for (const SettingsProblem &p : list) {
            if (p.field == it.key()) {
                problem = p.message;
                break;
            }
        }
        markField(it.value(), problem);
    }

    const bool postgres
        = m_database->text().trimmed().startsWith(QLatin1String("postgres"), Qt::CaseInsensitive);
    m_databasePassword->setEnabled(postgres && !m_forgetDatabasePassword->isChecked());
    m_forgetDatabasePassword->setEnabled(postgres);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(list.isEmpty());
    if (list.isEmpty()) {
        m_problem->clear();
        m_problemIcon->setVisible(false);
        ok->setToolTip(QString());
        return;
    }
    QString text = list.first().text();
    if (list.size() > 1)
        text += QLatin1Char(' ') + tr("(and %n more)", nullptr, int(list.size() - 1));
    m_problem->setText(text);
    m_problemIcon->setVisible(true);
    ok->setToolTip(list.first().text());
}

bool SettingsDialog::connectionChanged() const
{
    const StationSettings now = stationSettings();
    return now.database != m_original.database || now.apiUrl != m_original.apiUrl
        || now.channelId != m_original.channelId || !m_apiKey->text().isEmpty()
        || m_forgetApiKey->isChecked() || !m_databasePassword->text().isEmpty()
        || m_forgetDatabasePassword->isChecked();
}

void SettingsDialog::accept()
{
    const SettingsProblems list = problems();
    if (!list.isEmpty()) {
        revalidate();
        return;
    }

    // The secrets first: if the store refuses, nothing else changes either.
    struct Secret
    {
        const char *name;
        QLineEdit *edit;
        QToolButton *forget;
    };
    for (const Secret &secret : { Secret { CredentialStore::kApiKey, m_apiKey, m_forgetApiKey },
                                  Secret { CredentialStore::kDatabasePassword, m_databasePassword,
                                           m_forgetDatabasePassword } }) {
        CredentialStore::Result result;
        if (secret.forget->isChecked())
            result = m_credentials.remove(QLatin1String(secret.name));
        else if (!secret.edit->text().isEmpty())
            result = m_credentials.write(QLatin1String(secret.name), secret.edit->text());
        if (!result.isOk()) {
            QMessageBox::warning(this, tr("Settings Not Saved"),
                                 tr("The secret could not be stored in %1: %2")
                                     .arg(m_credentials.description(), result.error));
            return;
        }
    }

    const StationSettings station = stationSettings();
    m_siteSettingsSaved = false;
    if (m_station && station.database == m_original.database) {
        QString error;
        if (!siteSettings().save(m_station->database(), m_station->settings(), &error)) {
            QMessageBox::warning(
                this, tr("Settings Not Saved"),
                tr("The site settings could not be stored in the database: %1").arg(error));
            return;
        }
        m_siteSettingsSaved = true;
    }
    station.save(m_settings);
    for (const LabelPrinterSettingsWidget *printer : { m_cartonPrinter, m_palletPrinter })
        printer->settings().save(m_settings, printer->labelKind());
    if (m_settings.status() != QSettings::NoError) {
        QMessageBox::warning(
            this, tr("Settings Not Saved"),
            tr("The station settings could not be written to %1.").arg(m_settings.fileName()));
        return;
    }
    QDialog::accept();
}

} // namespace VendorPack
