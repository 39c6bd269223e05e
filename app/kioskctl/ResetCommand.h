#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl reset [--export FILE] [--config FILE] [--data-dir DIR]`: wipes the kiosk's enrolment (the
/// device token) and its data directory's state (journal, order cache, policy, sync status,
/// hardware choice) so that it
/// can be provisioned again. Refused (exit 9) while journal.db holds unsynced returns or events, unless
/// --export first writes them to a signed file. Exit 0 when reset, 1 when it failed, 2 for bad usage or
/// config, 4 when the data directory is read-only (nothing removed), 3 and 5 to 7 as `status`.
int runResetCommand(const QStringList &args, QTextStream &out, QTextStream &err);
