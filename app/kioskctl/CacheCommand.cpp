#include "CacheCommand.h"

#include "CliHelp.h"
#include "cache/CacheStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

int CacheCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help = CliHelp::option();
    parser.setApplicationDescription(
        u"Loads an orders data set into cache.db; bad orders are reported and skipped.\n"
        "Exit 0 when all were imported, 3 when some were rejected, 1 when the file or the cache failed, 2 "
        "on usage errors."_s);
    parser.addOption(help);
    parser.addPositionalArgument(u"import"_s, u"Subcommand."_s);
    parser.addPositionalArgument(u"file"_s, u"Orders data set (JSON)."_s);
    parser.addOption({ u"cache"_s, u"cache.db to load (default ./cache.db)."_s, u"file"_s, u"cache.db"_s });
    parser.addOption({ u"json"_s, u"Machine-readable output."_s });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return CliHelp::print(parser, u"kioskctl cache import FILE [--cache DB] [--json]"_s, out);
    if (!parsed || parser.positionalArguments().size() != 2
        || parser.positionalArguments().constFirst() != u"import"_s) {
        err << "usage: kioskctl cache import FILE [--cache DB] [--json]\n" << parser.errorText() << '\n';
        return 2;
    }
    CacheStore cache;
    if (!cache.open(parser.value(u"cache"_s))) {
        err << "kioskctl: cannot open " << parser.value(u"cache"_s) << ": " << cache.lastError() << '\n';
        return 1;
    }
    const CacheStore::ImportReport report = cache.importFile(parser.positionalArguments().at(1));
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(
            QJsonObject { { u"imported"_s, report.imported }, { u"rejected"_s, report.rejected },
                { u"errors"_s, QJsonArray::fromStringList(report.errors) }, { u"fatal"_s, report.fatal },
                { u"rebuilt"_s, cache.wasRebuilt() } })
                   .toJson(QJsonDocument::Indented);
    } else {
        if (cache.wasRebuilt())
            out << "cache was unreadable and has been rebuilt\n";
        out << "imported " << report.imported << ", rejected " << report.rejected << '\n';
        for (const QString &error : report.errors)
            out << "  " << error << '\n';
        if (!report.fatal.isEmpty())
            err << "kioskctl: " << report.fatal << '\n';
    }
    if (!report.fatal.isEmpty())
        return 1;
    return report.rejected > 0 ? 3 : 0;
}

} // namespace kiosk::cli
