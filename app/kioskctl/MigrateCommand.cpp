#include "MigrateCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "StatusCommand.h"

#include "cache/CacheStore.h"
#include "journal/Journal.h"

#include <QCommandLineParser>
#include <QDir>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

int runMigrateCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(u"Opens journal.db and cache.db read-write so that their schema "
                                     "migrations run, and prints\nwhat each holds. Creates neither file. "
                                     "Exit 0 when both are current (or absent), 2 on usage errors.\n"_s
        + storageExitCodesHelp());
    parser.addOptions({ help, dataDir });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(parser, u"kioskctl migrate [--data-dir DIR]"_s, out);
    if (!parsed) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    const QDir dir(parser.value(dataDir));
    const QString journalPath = dir.filePath(u"journal.db"_s);
    if (QFile::exists(journalPath)) {
        Journal journal;
        if (!journal.open(journalPath)) {
            err << journal.lastError() << Qt::endl;
            return std::max(1, storageExitCode(journal.lastFault()));
        }
        out << journalPath << ": schema " << Journal::SchemaVersion << ", " << journal.returnCount()
            << " returns\n";
    }
    const QString cachePath = dir.filePath(u"cache.db"_s);
    if (QFile::exists(cachePath)) {
        CacheStore cache;
        if (!cache.open(cachePath)) {
            err << cache.lastError() << Qt::endl;
            return std::max(1, storageExitCode(cache.lastFault()));
        }
        out << cachePath << ": schema " << CacheStore::SchemaVersion << ", " << cache.orderCount()
            << " orders\n";
    }
    out.flush();
    return 0;
}
