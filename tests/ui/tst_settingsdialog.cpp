// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/memorycredentialstore.h"
#include "ui/settings/sitesettings.h"
#include "ui/settings/stationsettings.h"
#include "ui/settingsdialog.h"

#include "packing/station.h"
#include "storage/settingsrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace VendorPack;

namespace {

const QString kApiKey = QStringLiteral("ce-key-4be1c0de77aa9d");

QLineEdit *edit(SettingsDialog &dialog, const QString &name)
{
    auto *e = dialog.findChild<QLineEdit *>(name);
    if (!e)
        qFatal("no field %s", qPrintable(name));
    return e;
}

QPushButton *okButton(SettingsDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString problemText(SettingsDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("problem"))->text();
}

// Types a value the way a user does: select all, type (or delete).
void typeInto(QLineEdit *e, const QString &text)
{
    e->selectAll();
    if (text.isEmpty())
        QTest::keyClick(e, Qt::Key_Delete);
    else
        QTest::keyClicks(e, text);
}

void fillGood(SettingsDialog &dialog)
{
    const std::pair<const char *, const char *> values[] = {
        { "stationName", "DOCK-3" },
        { "userName", "maria" },
        { "database", "" },
        { "apiUrl", "https://acme.channelengine.net/api" },
        { "channelId", "2" },
        { "companyPrefix", "0614141" },
        { "extensionDigit", "3" },
        { "shipFromPartyId", "ACME1" },
        { "shipFromName", "Acme Housewares Inc." },
        { "shipFromStreet", "1200 Industrial Parkway" },
        { "shipFromCity", "Columbus" },
        { "shipFromState", "OH" },
        { "shipFromPostalCode", "43228" },
        { "shipFromCountry", "US" },
    };
    for (const auto &[name, value] : values)
        edit(dialog, QLatin1String(name))->setText(QString::fromUtf8(value));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void goodValuesEnableOk();
    void badValueDisablesOkAndNamesTheField_data();
    void badValueDisablesOkAndNamesTheField();
    void badCartonTypeDisablesOk();
    void goodValuesAreSavedWithTheKeyOnlyInTheCredentialStore();
    void forgetRemovesAStoredKey();
    void siteSettingsGoToTheOpenStationsDatabase();
    void limitsKeepTheirValueWhenTheUnitChanges();
    void databasePasswordOnlyForPostgres();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemoryCredentialStore m_credentials;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("station.ini")),
                                             QSettings::IniFormat);
    m_credentials = MemoryCredentialStore();
}

void TestSettingsDialog::goodValuesEnableOk()
{
    SettingsDialog dialog(*m_settings, m_credentials, nullptr);
    // A fresh station: nothing set, so OK waits and says what is missing.
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(problemText(dialog).contains(StationSettings::stationNameField()));
    fillGood(dialog);
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(problemText(dialog)));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(problemText(dialog).isEmpty());
}

void TestSettingsDialog::badValueDisablesOkAndNamesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");

    const QString station = StationSettings::stationNameField();
    const QString user = StationSettings::userNameField();
    const QString database = StationSettings::databaseField();
    const QString api = StationSettings::apiUrlField();
    const QString channel = StationSettings::channelIdField();
    const QString prefix = SiteSettings::companyPrefixField();
    const QString digit = SiteSettings::extensionDigitField();

    QTest::newRow("station name empty") << "stationName"
                                        << "" << station;
    QTest::newRow("station name with a quote") << "stationName"
                                               << "DOCK\"1" << station;
    QTest::newRow("user empty") << "userName"
                                << "" << user;
    QTest::newRow("database with another scheme") << "database"
                                                  << "mysql://h/db" << database;
    QTest::newRow("database postgres without user") << "database"
                                                    << "postgresql://dbhost:5432/vp" << database;
    QTest::newRow("database postgres with a password")
        << "database"
        << "postgresql://vp:hunter2@dbhost/vp" << database;
    QTest::newRow("api url empty") << "apiUrl"
                                   << "" << api;
    QTest::newRow("api url ftp") << "apiUrl"
                                 << "ftp://acme.channelengine.net/api" << api;
    QTest::newRow("api url plain http to a remote host")
        << "apiUrl"
        << "http://acme.channelengine.net/api" << api;
    QTest::newRow("api url without a host") << "apiUrl"
                                            << "https://" << api;
    QTest::newRow("channel id empty") << "channelId"
                                      << "" << channel;
    QTest::newRow("channel id zero") << "channelId"
                                     << "0" << channel;
    QTest::newRow("channel id negative") << "channelId"
                                         << "-4" << channel;
    QTest::newRow("channel id text") << "channelId"
                                     << "two" << channel;
    QTest::newRow("company prefix 5 digits") << "companyPrefix"
                                             << "12345" << prefix;
    QTest::newRow("company prefix 13 digits") << "companyPrefix"
                                              << "1234567890123" << prefix;
    QTest::newRow("company prefix with a letter") << "companyPrefix"
                                                  << "06141A1" << prefix;
    QTest::newRow("extension digit 10") << "extensionDigit"
                                        << "10" << digit;
    QTest::newRow("extension digit letter") << "extensionDigit"
                                            << "x" << digit;
    QTest::newRow("extension digit empty") << "extensionDigit"
                                           << "" << digit;
    QTest::newRow("ship-from name empty") << "shipFromName"
                                          << "" << SiteSettings::shipFromNameField();
}

void TestSettingsDialog::badValueDisablesOkAndNamesTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, named);

    SettingsDialog dialog(*m_settings, m_credentials, nullptr);
    fillGood(dialog);
    QVERIFY(okButton(dialog)->isEnabled());
    QLineEdit *e = edit(dialog, field);
    const QString good = e->text();

    typeInto(e, value);
    QVERIFY(!okButton(dialog)->isEnabled());
    const QString message = problemText(dialog);
    QVERIFY2(message.startsWith(named + QLatin1Char(':')), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("hunter2")), "a password must never be shown");
    // The field itself carries a warning mark with the reason.
    bool marked = false;
    for (QAction *action : e->actions())
        marked = marked || (action->isVisible() && !action->toolTip().isEmpty());
    QVERIFY(marked);

    // Pressing Enter on the invalid form changes nothing.
    QTest::keyClick(e, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!StationSettings::isConfigured(*m_settings));

    e->setText(good);
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problemText(dialog)));
}

void TestSettingsDialog::badCartonTypeDisablesOk()
{
    SettingsDialog dialog(*m_settings, m_credentials, nullptr);
    fillGood(dialog);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("cartonTypes"));
    QVERIFY(table->rowCount() >= 4); // the default set: three boxes and a pallet base
    QVERIFY(okButton(dialog)->isEnabled());

    table->item(0, 1)->setText(QStringLiteral("twelve"));
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(problemText(dialog).startsWith(SiteSettings::cartonTypeField(0)),
             qPrintable(problemText(dialog)));
    table->item(0, 1)->setText(QStringLiteral("12"));
    QVERIFY(okButton(dialog)->isEnabled());

    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addCartonType")),
                      Qt::LeftButton);
    const int added = table->rowCount() - 1;
    QVERIFY(!okButton(dialog)->isEnabled()); // a new row has no name and no sides yet
    QVERIFY(problemText(dialog).startsWith(SiteSettings::cartonTypeField(added)));
    table->item(added, 0)->setText(QStringLiteral("Flat 20x16x4 in"));
    table->item(added, 1)->setText(QStringLiteral("20"));
    table->item(added, 2)->setText(QStringLiteral("16"));
    table->item(added, 3)->setText(QStringLiteral("0"));
    QVERIFY(!okButton(dialog)->isEnabled());
    table->item(added, 3)->setText(QStringLiteral("4"));
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(problemText(dialog)));
    const CartonTypes types = dialog.siteSettings().cartonTypes;
    QCOMPARE(types.last().name, QStringLiteral("Flat 20x16x4 in"));
    QCOMPARE(*types.last().dimensions.height, 4.0);
}

void TestSettingsDialog::goodValuesAreSavedWithTheKeyOnlyInTheCredentialStore()
{
    {
        SettingsDialog dialog(*m_settings, m_credentials, nullptr);
        fillGood(dialog);
        typeInto(edit(dialog, QStringLiteral("apiUrl")),
                 QStringLiteral("http://127.0.0.1:8080/api"));
        QLineEdit *key = edit(dialog, QStringLiteral("apiKey"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QCOMPARE(key->placeholderText(), QStringLiteral("not set"));
        QTest::keyClicks(key, kApiKey);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.siteSettingsSaved()); // no station open: the caller stores them
        QCOMPARE(dialog.siteSettings().companyPrefix, QStringLiteral("0614141"));
    }
    QCOMPARE(m_credentials.read(QLatin1String(CredentialStore::kApiKey)).secret, kApiKey);

    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY2(content.contains("DOCK-3"), content.constData());
    QVERIFY(content.contains("127.0.0.1:8080"));
    QVERIFY2(!content.contains(kApiKey.toUtf8()), "the API key must not be in the settings file");
    QVERIFY(!content.contains(kApiKey.right(6).toUtf8()));

    const StationSettings saved = StationSettings::load(*m_settings);
    QCOMPARE(saved.stationName, QStringLiteral("DOCK-3"));
    QCOMPARE(saved.userName, QStringLiteral("maria"));
    QCOMPARE(saved.channelId, 2);
    QVERIFY(StationSettings::isConfigured(*m_settings));

    // Opened again, the dialog says the key is stored and shows nothing of it.
    SettingsDialog again(*m_settings, m_credentials, nullptr);
    QLineEdit *key = edit(again, QStringLiteral("apiKey"));
    QVERIFY(key->text().isEmpty());
    QVERIFY(key->placeholderText().startsWith(QStringLiteral("stored")));
    for (QLineEdit *e : again.findChildren<QLineEdit *>())
        QVERIFY(!e->text().contains(kApiKey));
    QCOMPARE(edit(again, QStringLiteral("stationName"))->text(), QStringLiteral("DOCK-3"));
}

void TestSettingsDialog::forgetRemovesAStoredKey()
{
    m_credentials.write(QLatin1String(CredentialStore::kApiKey), kApiKey);
    SettingsDialog dialog(*m_settings, m_credentials, nullptr);
    fillGood(dialog);
    auto *forget = dialog.findChild<QToolButton *>(QStringLiteral("apiKeyForget"));
    QVERIFY(forget);
    QTest::mouseClick(forget, Qt::LeftButton);
    QCOMPARE(edit(dialog, QStringLiteral("apiKey"))->placeholderText(),
             QStringLiteral("will be removed"));
    QVERIFY(m_credentials.contains(QLatin1String(CredentialStore::kApiKey))); // not yet
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!m_credentials.contains(QLatin1String(CredentialStore::kApiKey)));
}

void TestSettingsDialog::siteSettingsGoToTheOpenStationsDatabase()
{
    StationProfile profile;
    profile.stationName = QStringLiteral("DOCK-3");
    QString error;
    const QString databasePath = m_dir->filePath(QStringLiteral("site.sqlite"));
    auto station = Station::open(DatabaseSettings::sqlite(databasePath), profile, &error);
    QVERIFY2(station, qPrintable(error));

    StationSettings stationSettings;
    stationSettings.database = databasePath;
    stationSettings.save(*m_settings);
    SettingsDialog dialog(*m_settings, m_credentials, station.get());
    fillGood(dialog);
    edit(dialog, QStringLiteral("database"))->setText(databasePath);
    typeInto(edit(dialog, QStringLiteral("companyPrefix")), QStringLiteral("123456789"));
    typeInto(edit(dialog, QStringLiteral("extensionDigit")), QStringLiteral("7"));
    dialog.findChild<QComboBox *>(QStringLiteral("weightUnit"))->setCurrentIndex(2); // kilograms
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.siteSettingsSaved());

    const auto site = SiteSettings::load(station->settings(), QStringLiteral("DOCK-3"), &error);
    QVERIFY2(site, qPrintable(error));
    QCOMPARE(site->companyPrefix, QStringLiteral("123456789"));
    QCOMPARE(site->extensionDigit, 7);
    QCOMPARE(site->weightUnit, WeightUnit::Kilograms);
    QCOMPARE(site->shipFrom.city, QStringLiteral("Columbus"));
    QCOMPARE(site->cartonTypes.size(), SiteSettings::defaultCartonTypes().size());
    QVERIFY(site->cartonTypes.last().isPallet);
    // Secrets are refused by the settings table, and none went there.
    QVERIFY(
        !station->settings().value(SettingsRepository::Scope::site(), QStringLiteral("api.key")));
}

void TestSettingsDialog::limitsKeepTheirValueWhenTheUnitChanges()
{
    SettingsDialog dialog(*m_settings, m_credentials, nullptr);
    fillGood(dialog);
    const RuleSettings before = dialog.siteSettings().rules;
    auto *carton = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("maxCartonWeight"));
    QCOMPARE(carton->suffix(), QStringLiteral(" lb"));
    QCOMPARE(carton->value(), 50.0);
    dialog.findChild<QComboBox *>(QStringLiteral("weightUnit"))->setCurrentIndex(2); // kilograms
    QCOMPARE(carton->suffix(), QStringLiteral(" kg"));
    QVERIFY(qAbs(carton->value() - 22.7) < 0.06);
    dialog.findChild<QComboBox *>(QStringLiteral("lengthUnit"))->setCurrentIndex(2); // metres
    const RuleSettings after = dialog.siteSettings().rules;
    QVERIFY(qAbs(after.maxCartonWeightGrams - before.maxCartonWeightGrams) < 50);
    QVERIFY(qAbs(after.maxPalletWeightGrams - before.maxPalletWeightGrams) < 500);
    QVERIFY(qAbs(after.maxPalletHeightMillimetres - before.maxPalletHeightMillimetres) < 1);
}

void TestSettingsDialog::databasePasswordOnlyForPostgres()
{
    SettingsDialog dialog(*m_settings, m_credentials, nullptr);
    fillGood(dialog);
    QLineEdit *password = edit(dialog, QStringLiteral("databasePassword"));
    QVERIFY(!password->isEnabled());
    edit(dialog, QStringLiteral("database"))->setText(QStringLiteral("postgresql://vp@dbhost/vp"));
    QVERIFY(password->isEnabled());
    QVERIFY(okButton(dialog)->isEnabled());
    QTest::keyClicks(password, QStringLiteral("pg-secret-1"));
    dialog.accept();
    QCOMPARE(m_credentials.read(QLatin1String(CredentialStore::kDatabasePassword)).secret,
             QStringLiteral("pg-secret-1"));
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("pg-secret-1"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
