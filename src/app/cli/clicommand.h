// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace VendorPack {

// One subcommand of vendorpack-cli: its options, its help and its run.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
public:
    // Exit codes shared by every subcommand.
    enum ExitCode { Success = 0, Failed = 1, BadInput = 2 };

    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Runs with the arguments after the subcommand name; returns the exit code.
    int run(const QStringList &arguments);

protected:
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int execute(const QCommandLineParser &parser) = 0;

    static void out(const QString &line);
    static void outBytes(const QByteArray &bytes);
    static void err(const QString &line);
    // Parses a positive integer option; prints a message and returns -1 when it is not one.
    static int positiveOption(const QCommandLineParser &parser, const QString &name, int max);
};

} // namespace VendorPack
