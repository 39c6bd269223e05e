#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace kiosk::cli {

/// `-h`/`--help` for every kioskctl command: QCommandLineParser's option list under the command's own
/// usage line, printed to stdout with exit 0 (instead of QCommandLineParser::process(), which exits).
class CliHelp
{
public:
    static QCommandLineOption option();
    /// Prints `Usage: <usage>`, the parser's description and its options; returns 0, the exit code.
    static int print(const QCommandLineParser &parser, const QString &usage, QTextStream &out);
};

} // namespace kiosk::cli
