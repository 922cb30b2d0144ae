// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/printersettings.h"
#include "settings/settingsproblem.h"
#include "settings/sitesettings.h"
#include "settings/stationsettings.h"

#include <QDialog>
#include <QHash>

QT_BEGIN_NAMESPACE
class QAction;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSettings;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QToolButton;
QT_END_NAMESPACE

namespace VendorPack {

class CredentialStore;
class LabelPrinterSettingsWidget;
class Station;

// Edits the station's settings (QSettings), the site's settings (the database, when a station is
// open) and the secrets (CredentialStore), checking every field as it is typed: OK stays disabled,
// with the reason shown, while anything is wrong.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // station: the open station whose site settings are edited; nullptr before the first open,
    // when the caller stores siteSettings() once the database is open.
    SettingsDialog(QSettings &settings, CredentialStore &credentials, Station *station,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Why the dialog opened (the first start, a database that could not be opened), shown on top.
    void setMessage(const QString &message);

    void setStationSettings(const StationSettings &settings);
    StationSettings stationSettings() const;
    void setSiteSettings(const SiteSettings &settings);
    SiteSettings siteSettings() const;
    // The label printers of this station (the Printers tab), saved to QSettings by accept().
    PrinterSettings printerSettings(LabelKind kind) const;
    void setPrinterSettings(LabelKind kind, const PrinterSettings &settings);

    // Everything that keeps OK disabled, field by field; the first is shown under the tabs.
    SettingsProblems problems() const;
    // After accept(): whether the site settings went into the open station's database.
    bool siteSettingsSaved() const { return m_siteSettingsSaved; }
    // After accept(): whether the database or API settings changed (the station must reopen).
    bool connectionChanged() const;

    void accept() override;

private:
    QWidget *createStationTab();
    QWidget *createApiTab();
    QWidget *createSiteTab();
    QWidget *createLimitsTab();
    QWidget *createCartonTypesTab();
    QWidget *createPrintersTab();
    QLineEdit *addLineEdit(const QString &objectName, const QString &placeholder = QString());
    QLineEdit *addSecretEdit(const QString &objectName, const char *credentialName,
                             QToolButton **forgetButton);
    void updateSecretPlaceholder(QLineEdit *edit, const char *credentialName, bool forget);

    void addCartonTypeRow(const CartonType &type);
    CartonTypes cartonTypesFromTable(SettingsProblems *problems) const;
    void onLengthUnitChanged();
    void onWeightUnitChanged();
    void revalidate();
    void markField(QLineEdit *edit, const QString &problem);

    QSettings &m_settings;
    CredentialStore &m_credentials;
    Station *m_station;
    StationSettings m_original;

    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_secretsNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    QLineEdit *m_stationName = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QToolButton *m_forgetDatabasePassword = nullptr;
    QLineEdit *m_apiUrl = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QToolButton *m_forgetApiKey = nullptr;
    QLineEdit *m_channelId = nullptr;

    QLineEdit *m_companyPrefix = nullptr;
    QLineEdit *m_extensionDigit = nullptr;
    QLineEdit *m_shipFromPartyId = nullptr;
    QLineEdit *m_shipFromName = nullptr;
    QLineEdit *m_shipFromStreet = nullptr;
    QLineEdit *m_shipFromCity = nullptr;
    QLineEdit *m_shipFromState = nullptr;
    QLineEdit *m_shipFromPostalCode = nullptr;
    QLineEdit *m_shipFromCountry = nullptr;

    QComboBox *m_lengthUnit = nullptr;
    QComboBox *m_weightUnit = nullptr;
    QSpinBox *m_maxPurchaseOrders = nullptr;
    QDoubleSpinBox *m_maxCartonWeight = nullptr;
    QDoubleSpinBox *m_maxPalletWeight = nullptr;
    QDoubleSpinBox *m_maxPalletHeight = nullptr;
    QSpinBox *m_minShelfLife = nullptr;
    QDoubleSpinBox *m_weightTolerance = nullptr;
    QSpinBox *m_ssccReuseMonths = nullptr;
    bool m_limitsInPounds = true;
    bool m_heightInInches = true;

    QTableWidget *m_cartonTypes = nullptr;
    LabelPrinterSettingsWidget *m_cartonPrinter = nullptr;
    LabelPrinterSettingsWidget *m_palletPrinter = nullptr;

    QHash<QLineEdit *, QAction *> m_fieldMarks;
    bool m_siteSettingsSaved = false;
};

} // namespace VendorPack
