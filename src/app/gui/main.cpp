// SPDX-License-Identifier: GPL-3.0-or-later
// vendorpack: the packing station's window. Parses the command line, installs the translator,
// builds the objects and shows the window; everything else is in the ui library.
#include "ui/appcontroller.h"
#include "ui/demosetup.h"
#include "ui/icons.h"
#include "ui/settings/fallbackcredentialstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace VendorPack;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("VendorPack"));
    QApplication::setOrganizationName(QStringLiteral("VendorPack"));
    QApplication::setApplicationVersion(QStringLiteral(VENDORPACK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.vendorpack.VendorPack"));
    QApplication::setWindowIcon(Icons::icon(Icons::App));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // English plural forms ("1 unit", "2 units") under every language, searched last.
    QTranslator plurals;
    if (plurals.load(QStringLiteral(":/i18n/vendorpack_en.qm")))
        QApplication::installTranslator(&plurals);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("vendorpack"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The packing station for Amazon Vendor purchase orders through ChannelEngine."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main",
                                                          "Start with the built-in sandbox, demo "
                                                          "purchase orders and a throwaway "
                                                          "database."));
    const QCommandLineOption demoOrders(
        QStringLiteral("demo-orders"),
        QApplication::translate("main", "Purchase orders in the demo (default 40)."),
        QStringLiteral("N"));
    // Hidden: to see the window offline, the demo's sandbox fails everything once the orders
    // are in.
    QCommandLineOption demoFaults(QStringLiteral("demo-faults"),
                                  QApplication::translate("main",
                                                          "Demo: the sandbox fails every "
                                                          "request once the orders are in."));
    demoFaults.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "Use this SQLite file or postgresql:// URL for this run."),
        QStringLiteral("file-or-url"));
    const QCommandLineOption station(
        QStringLiteral("station"),
        QApplication::translate("main", "Use this station name for this run."),
        QStringLiteral("name"));
    const QCommandLineOption settings(
        QStringLiteral("settings"),
        QApplication::translate("main", "Open the settings dialog first."));
    parser.addOptions({ demo, demoOrders, demoFaults, database, station, settings });
    parser.process(app);

    StartOptions options;
    options.demo = parser.isSet(demo);
    options.database = parser.value(database);
    options.stationName = parser.value(station);
    options.openSettings = parser.isSet(settings);
    options.demoFaults = options.demo && parser.isSet(demoFaults);
    // Orders made around tomorrow: some arrived today, with hours left to acknowledge them.
    options.demoOptions.seed = DemoSetup::seedFor(QDate::currentDate().addDays(1));
    if (parser.isSet(demoOrders)) {
        bool ok = false;
        options.demoOptions.orders = parser.value(demoOrders).toInt(&ok);
        if (!ok || options.demoOptions.orders < 1 || options.demoOptions.orders > 100000) {
            std::fputs(qPrintable(QApplication::translate(
                           "main", "vendorpack: --demo-orders must be 1 to 100000\n")),
                       stderr);
            return 2;
        }
    }

    QSettings stationSettings;
    AppController controller(stationSettings, FallbackCredentialStore::createDefault());
    QString error;
    if (!controller.start(options, &error)) {
        if (error.isEmpty())
            return 0; // the user closed the settings dialog
        std::fputs(qPrintable(error + QLatin1Char('\n')), stderr);
        QMessageBox::critical(nullptr, QApplication::translate("main", "VendorPack"), error);
        return 1;
    }
    return QApplication::exec();
}
