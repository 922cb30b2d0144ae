// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

namespace VendorPack {

int CliCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show this help."));
    parser.addOption(help);
    addOptions(parser);
    QStringList args = arguments;
    args.prepend(QStringLiteral("vendorpack-cli ") + name());
    if (!parser.parse(args)) {
        err(tr("vendorpack-cli %1: %2").arg(name(), parser.errorText()));
        err(tr("Try 'vendorpack-cli %1 --help'.").arg(name()));
        return BadInput;
    }
    if (parser.isSet(help)) {
        // The parser names the program only; a subcommand's usage line names the subcommand too.
        QString text = parser.helpText();
        const qsizetype usageEnd = text.indexOf(QLatin1Char('\n'));
        const qsizetype options = text.indexOf(QLatin1String(" [options]"));
        if (options >= 0 && options < usageEnd)
            text.replace(0, options, QLatin1String("Usage: vendorpack-cli ") + name());
        outBytes(text.toUtf8());
        return Success;
    }
    return execute(parser);
}

void CliCommand::out(const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void CliCommand::outBytes(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void CliCommand::err(const QString &line)
{
    std::fflush(stdout);
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fputc('\n', stderr);
}

int CliCommand::positiveOption(const QCommandLineParser &parser, const QString &name, int max)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1 || value > max) {
        err(tr("--%1 must be a whole number from 1 to %2, not \"%3\"")
                .arg(name)
                .arg(max)
                .arg(parser.value(name)));
        return -1;
    }
    return value;
}

} // namespace VendorPack
