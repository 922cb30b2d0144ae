// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clicommand.h"

#include "api/apierror.h"
#include "api/clientsettings.h"

#include <optional>

namespace VendorPack {

class ApiCall;

// A subcommand that talks to the purchase-order API: --api, --key-file, --timeout, and how a
// finished call becomes output and an exit code.
class ApiCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApiCommand)
protected:
    void addApiOptions(QCommandLineParser &parser);
    // The client settings from the options and the environment; prints why and returns
    // nothing when they cannot be used. The key never comes from the command line.
    std::optional<ClientSettings> clientSettings(const QCommandLineParser &parser) const;
    // Waits for the call within the --timeout bound; prints the error and returns its exit
    // code when it failed, or Success.
    int waitFor(ApiCall &call, const ClientSettings &settings) const;
    static int exitCodeOf(const ApiError &error);
    // Every ValidationError of a refusal, one finding per line with its JSON pointer.
    static void printValidationErrors(const ApiError &error);
};

} // namespace VendorPack
