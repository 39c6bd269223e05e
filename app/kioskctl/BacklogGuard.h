#pragma once

#include "backlog/UnsyncedBacklog.h"
#include "sync/SyncConfig.h"

#include <QCommandLineOption>
#include <QString>
#include <QTextStream>

#include <optional>

namespace kiosk::cli {

/// Stands before every kioskctl command that would lose the journal's unsynced returns and events
/// (reset, re-enrolment): counts them, refuses with RefusedExitCode naming how many, and writes the
/// signed export (BacklogFile) that lets the command go ahead. `returns export` writes the same file.
class BacklogGuard
{
public:
    /// Exit code of a command refused because journal.db holds unsynced work.
    static constexpr int RefusedExitCode = 9;

    /// --export FILE: write the unsynced returns and events to a signed file first.
    static QCommandLineOption exportOption();
    /// The backlog of the journal in @p dataDir (none when there is no journal). nullopt after printing
    /// why to @p err, with the exit code in @p exitCode (a storage fault's, else 1).
    static std::optional<UnsyncedBacklog::Counts> count(
        const QString &dataDir, QTextStream &err, int *exitCode);
    /// Prints the refusal of @p what ("reset", "re-enrolment") and returns RefusedExitCode.
    static int refuse(const UnsyncedBacklog::Counts &counts, const QString &what, QTextStream &err);
    /// Writes the journal's unsynced work to @p file (mode 0600), signed with the kiosk's device token.
    /// 0, or the exit code after printing why to @p err; nothing is written then.
    static int exportTo(const QString &file, const SyncConfig &config, const QString &dataDir,
        QTextStream &out, QTextStream &err);
};

} // namespace kiosk::cli
