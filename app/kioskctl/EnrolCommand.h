#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl enrol --code CODE [--again [--export FILE]] [--config FILE] [--data-dir DIR] [--json]`: enrols
/// the kiosk with the backend named in the config's "sync" object and stores the device token in its
/// deviceTokenFile. An enrolled kiosk enrols anew only with --again, and never while its journal holds
/// unsynced work (BacklogGuard) unless --export writes it out first.
/// Exit 0 when enrolled, 1 when refused or unreachable, 2 for bad usage or config, 9 unsynced work.
int runEnrolCommand(const QStringList &args, QTextStream &out, QTextStream &err);
