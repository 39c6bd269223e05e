#pragma once

#include "store/Sqlite.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

/// `kioskctl status [--data-dir DIR] [--json]`: the outbox, dead letters, order cache and the sync
/// engine's last reported state, read from the files in the data directory. Opens every file read-only
/// and never changes, moves or rebuilds one. Exit 0 when readable and no storage fault is known,
/// otherwise storageExitCode() of the fault (the journal's first).
int runStatusCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// kioskctl's exit code for a storage fault, the same for `status` and `sync`: 3 full, 4 read-only,
/// 5 I/O error, 6 locked/busy, 7 corrupt (failed integrity check), 1 any other error, 0 none.
int storageExitCode(kiosk::sql::StorageFault fault);
/// The exit-code lines for `--help`.
QString storageExitCodesHelp();
