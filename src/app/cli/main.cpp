// SPDX-License-Identifier: GPL-3.0-or-later
// vendorpack-cli: the packing station's command line, for scripts, CI and support.

#include "generatecommand.h"
#include "labelscommand.h"
#include "orderspullcommand.h"
#include "shipmentpushcommand.h"
#include "validatecommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <vector>

using namespace VendorPack;

namespace {

void printUsage(const std::vector<std::unique_ptr<CliCommand>> &commands, FILE *to)
{
    QString text = QCoreApplication::translate(
        "main", "Usage: vendorpack-cli <command> [options]\n\nCommands:\n");
    for (const auto &command : commands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(command->name(), -14)
                    .arg(command->summary().section(QLatin1Char('\n'), 0, 0));
    }
    text += QCoreApplication::translate(
        "main", "\nRun 'vendorpack-cli <command> --help' for its options.\n");
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
}

} // namespace

int main(int argc, char *argv[])
{
    // Labels need fonts and painting (a GUI application without a window); the rest does not.
    const bool labels = argc > 1 && qstrcmp(argv[1], "labels") == 0;
    if (labels && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = labels ? std::make_unique<QGuiApplication>(argc, argv)
                                                   : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vendorpack-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VendorPack"));

    std::vector<std::unique_ptr<CliCommand>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<GenerateCommand>());
    commands.push_back(std::make_unique<LabelsCommand>());
    commands.push_back(std::make_unique<OrdersPullCommand>());
    commands.push_back(std::make_unique<ShipmentPushCommand>());

    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printUsage(commands, stderr);
        return CliCommand::BadInput;
    }
    QString name = arguments.takeFirst();
    // Two-word commands: "orders pull", "shipment push".
    if ((name == QLatin1String("orders") || name == QLatin1String("shipment"))
        && !arguments.isEmpty() && !arguments.first().startsWith(QLatin1Char('-')))
        name += QLatin1Char(' ') + arguments.takeFirst();
    if (name == QLatin1String("--help") || name == QLatin1String("-h")
        || name == QLatin1String("help")) {
        printUsage(commands, stdout);
        return CliCommand::Success;
    }
    for (const auto &command : commands) {
        if (command->name() == name)
            return command->run(arguments);
    }
    const QByteArray message
        = QCoreApplication::translate("main", "vendorpack-cli: unknown command \"%1\"\n")
              .arg(name)
              .toUtf8();
    std::fwrite(message.constData(), 1, size_t(message.size()), stderr);
    printUsage(commands, stderr);
    return CliCommand::BadInput;
}
