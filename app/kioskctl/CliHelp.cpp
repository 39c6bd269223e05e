#include "CliHelp.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

QCommandLineOption CliHelp::option()
{
    return { { u"h"_s, u"help"_s }, u"Show this help and exit."_s };
}

int CliHelp::print(const QCommandLineParser &parser, const QString &usage, QTextStream &out)
{
    // helpText() opens with "Usage: <argv[0]> [options] ...", which knows nothing of subcommands.
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(u'\n');
    text.replace(0, firstLineEnd < 0 ? text.size() : firstLineEnd, u"Usage: "_s + usage);
    out << text;
    out.flush();
    return 0;
}

} // namespace kiosk::cli
