#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl sync [--once] [--config FILE] [--data-dir DIR] [--json]`: with --once, one forced sync
/// pass (exit 0 when the backend answered and nothing failed); without, syncs in the foreground
/// until SIGINT/SIGTERM, printing each status change.
int runSyncCommand(const QStringList &args, QTextStream &out, QTextStream &err);
