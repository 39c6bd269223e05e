#include "StatusCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"

#include "cache/CacheStore.h"
#include "config/InstallCheck.h"
#include "config/KioskPaths.h"
#include "journal/Journal.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

int storageExitCode(sql::StorageFault fault)
{
    switch (fault) {
    case sql::StorageFault::None:
        return 0;
    case sql::StorageFault::Full:
        return 3;
    case sql::StorageFault::ReadOnly:
        return 4;
    case sql::StorageFault::IoError:
        return 5;
    case sql::StorageFault::Busy:
        return 6;
    case sql::StorageFault::Corrupt:
        return 7;
    case sql::StorageFault::Other:
        break;
    }
    return 1;
}

QString storageExitCodesHelp()
{
    return u"Storage faults have their own exit codes: 3 disk full (SQLITE_FULL), 4 read-only\n"
           "(SQLITE_READONLY, EROFS, EACCES), 5 I/O error (SQLITE_IOERR), 6 locked (SQLITE_BUSY),\n"
           "7 corrupt (failed integrity check; only then is a file damaged: the journal is never moved).\n"_s;
}

namespace {

sql::StorageFault faultFromName(const QString &name)
{
    for (const auto fault :
        { sql::StorageFault::Full, sql::StorageFault::ReadOnly, sql::StorageFault::IoError,
            sql::StorageFault::Busy, sql::StorageFault::Corrupt, sql::StorageFault::Other })
        if (sql::faultName(fault) == name)
            return fault;
    return sql::StorageFault::None;
}

/// On an installed kiosk, what stops the service from starting, in the words the service logs.
QStringList installProblems(const QString &dataDir, const QString &configPath)
{
    if (!KioskPaths::installed())
        return {};
    InstallCheck::Expected expected { configPath, dataDir };
    QString noUser;
    if (!InstallCheck::serviceUser(&expected.uid, &expected.gid, &noUser))
        return { noUser };
    return InstallCheck::problems(expected);
}

} // namespace

int runStatusCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON."_s);
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(u"The outbox, dead letters, order cache and the sync engine's last "
                                     "reported state,\nread from the data directory. Opens every file "
                                     "read-only: never changes, moves or rebuilds one.\n"
                                     "Exit 0 when readable and no storage fault is known, 1 when there is no "
                                     "readable journal,\n2 on usage errors. "_s
        + storageExitCodesHelp()
        + u"8: an installed kiosk cannot start (config unreadable, data directory owner or mode, disk "
          "full);\nthe problems are printed with the fix, in the words the service logs.\n"
          "The journal's fault comes first, then the cache's, then the one the sync engine last "
          "reported."_s);
    parser.addOptions({ help, dataDir, config, json });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(
            parser, u"kioskctl status [--data-dir DIR] [--config FILE] [--json]"_s, out);
    if (!parsed) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    const QStringList problems = installProblems(parser.value(dataDir), parser.value(config));
    for (const QString &problem : problems)
        err << "problem: " << problem << '\n';
    err.flush();
    const QDir dir(parser.value(dataDir));
    const QString journalPath = dir.filePath(u"journal.db"_s);
    if (!QFile::exists(journalPath)) {
        err << "no journal at " << journalPath << Qt::endl;
        return problems.isEmpty() ? 1 : 8;
    }
    Journal journal;
    if (!journal.open(journalPath, Journal::Access::ReadOnly)) {
        err << journal.lastError() << Qt::endl;
        return std::max(1, storageExitCode(journal.lastFault()));
    }
    const Journal::OutboxStats stats = journal.outboxStats();
    QJsonArray deadLetters;
    for (const auto &letter : journal.deadLetters(100))
        deadLetters.append(QJsonObject { { u"kind"_s, letter.kind }, { u"id"_s, letter.refId },
            { u"reason"_s, letter.reason }, { u"failedAt"_s, timeJson(letter.failedAt) } });
    QJsonObject status {
        { u"journal"_s,
            QJsonObject { { u"returns"_s, journal.returnCount() }, { u"pending"_s, stats.pending },
                { u"oldestPending"_s, timeJson(stats.oldestPending) },
                { u"deadLetters"_s, stats.deadLetters }, { u"recentDeadLetters"_s, deadLetters } } },
    };
    const QString cachePath = dir.filePath(u"cache.db"_s);
    CacheStore cache;
    sql::StorageFault cacheFault = sql::StorageFault::None;
    if (QFile::exists(cachePath)) {
        if (cache.open(cachePath, CacheStore::Access::ReadOnly)) {
            status.insert(u"cache"_s, QJsonObject { { u"orders"_s, qint64(cache.orderCount()) } });
        } else {
            cacheFault = cache.lastFault();
            status.insert(u"cache"_s,
                QJsonObject {
                    { u"error"_s, cache.lastError() }, { u"fault"_s, sql::faultName(cacheFault) } });
        }
    }
    QFile syncFile(dir.filePath(u"sync-status.json"_s));
    if (syncFile.open(QIODevice::ReadOnly)) {
        const QJsonDocument sync = QJsonDocument::fromJson(syncFile.read(64 * 1024));
        status.insert(u"sync"_s, sync.isObject() ? QJsonValue(sync.object()) : QJsonValue());
    } else {
        status.insert(u"sync"_s, QJsonValue());
    }
    const sql::StorageFault reported = faultFromName(status[u"sync"_s][u"storageFault"_s].toString());
    int exitCode = storageExitCode(cacheFault != sql::StorageFault::None ? cacheFault : reported);
    if (!problems.isEmpty()) {
        status.insert(u"problems"_s, QJsonArray::fromStringList(problems));
        if (exitCode == 0)
            exitCode = 8;
    }

    if (parser.isSet(json)) {
        out << QJsonDocument(status).toJson(QJsonDocument::Indented);
        return exitCode;
    }
    out << "returns recorded:  " << journal.returnCount() << '\n';
    out << "waiting to send:   " << stats.pending;
    if (stats.oldestPending.isValid())
        out << " (oldest " << stats.oldestPending.toString(Qt::ISODate) << ')';
    out << '\n' << "dead letters:      " << stats.deadLetters << '\n';
    for (const auto &letter : deadLetters)
        out << "  " << letter[u"id"_s].toString() << ": " << letter[u"reason"_s].toString() << '\n';
    if (cacheFault != sql::StorageFault::None)
        out << "cache:             " << status[u"cache"_s][u"error"_s].toString() << '\n';
    else if (status.contains(u"cache"_s))
        out << "cached orders:     " << status[u"cache"_s][u"orders"_s].toInteger() << '\n';
    const QJsonObject sync = status[u"sync"_s].toObject();
    if (sync.isEmpty()) {
        out << "sync:              no report yet\n";
    } else {
        out << "backend:           " << (sync[u"online"_s].toBool() ? "online" : "offline") << '\n';
        out << "last success:      " << sync[u"lastSuccess"_s].toString(u"never"_s) << '\n';
        if (!sync[u"lastError"_s].toString().isEmpty())
            out << "last error:        " << sync[u"lastError"_s].toString() << '\n';
    }
    out.flush();
    return exitCode;
}
