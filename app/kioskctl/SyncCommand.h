#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl sync [--once] [--config FILE] [--data-dir DIR] [--json]`: with --once, one forced sync
/// pass (exit 0 when the backend answered and nothing failed); without, syncs in the foreground
/// until SIGINT/SIGTERM, printing each status change. A policy bundle from the backend is offered to
/// the data dir's policy.json like the app does (keys from kiosk.json's trustedPolicyKeys); with
/// --once a refused bundle makes the exit code 1.
int runSyncCommand(const QStringList &args, QTextStream &out, QTextStream &err);
