#include "BacklogGuard.h"

#include "StatusCommand.h"

#include "backlog/BacklogFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

namespace {

/// Opens the journal read-only; false after printing why, with the exit code.
bool openJournal(Journal &journal, const QString &dataDir, QTextStream &err, int *exitCode)
{
    if (journal.open(QDir(dataDir).filePath(u"journal.db"_s), Journal::Access::ReadOnly))
        return true;
    err << journal.lastError() << Qt::endl;
    *exitCode = std::max(1, storageExitCode(journal.lastFault()));
    return false;
}

} // namespace

QCommandLineOption BacklogGuard::exportOption()
{
    return { u"export"_s,
        u"First write the journal's unsynced returns and events to <file>, signed with the kiosk's key, for "
        "`kioskctl returns import`."_s,
        u"file"_s };
}

std::optional<UnsyncedBacklog::Counts> BacklogGuard::count(
    const QString &dataDir, QTextStream &err, int *exitCode)
{
    if (!QFile::exists(QDir(dataDir).filePath(u"journal.db"_s)))
        return UnsyncedBacklog::Counts {};
    Journal journal;
    if (!openJournal(journal, dataDir, err, exitCode))
        return std::nullopt;
    const auto counts = UnsyncedBacklog(journal).counts();
    if (!counts) {
        err << "cannot count the journal's unsynced work: " << journal.database().lastError() << Qt::endl;
        *exitCode = 1;
    }
    return counts;
}

int BacklogGuard::refuse(const UnsyncedBacklog::Counts &counts, const QString &what, QTextStream &err)
{
    err << what << " refused: journal.db holds " << counts.describe()
        << " that the backend has not received; nothing was changed.\n"
           "Run `kioskctl sync --once` to deliver them, or add --export FILE to keep them in a signed file "
           "for `kioskctl returns import`."
        << Qt::endl;
    return RefusedExitCode;
}

int BacklogGuard::exportTo(
    const QString &file, const SyncConfig &config, const QString &dataDir, QTextStream &out, QTextStream &err)
{
    if (config.deviceToken.isEmpty()) {
        err << "cannot sign the export: the kiosk has no device token (not enrolled)" << Qt::endl;
        return 1;
    }
    BacklogFile::Content content { config.kioskId, QDateTime::currentDateTimeUtc(), {}, {} };
    if (QFile::exists(QDir(dataDir).filePath(u"journal.db"_s))) {
        Journal journal;
        int exitCode = 1;
        if (!openJournal(journal, dataDir, err, &exitCode))
            return exitCode;
        const auto entries = UnsyncedBacklog(journal).entries();
        if (!entries) {
            err << "cannot read the journal's unsynced work: " << journal.database().lastError() << Qt::endl;
            return 1;
        }
        content.returns = entries->returns;
        content.events = entries->events;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly)
        || !save.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || save.write(BacklogFile::write(content, DeviceTokenSigner(config.deviceToken.toUtf8()))) < 0
        || !save.commit()) {
        err << "cannot write the export " << file << ": " << save.errorString() << Qt::endl;
        return 1;
    }
    out << "exported " << content.returns.size() << " returns and " << content.events.size()
        << " events of kiosk " << content.kioskId << " to " << file
        << " (signed: " << DeviceTokenSigner::Algorithm << ')' << Qt::endl;
    return 0;
}

} // namespace kiosk::cli
