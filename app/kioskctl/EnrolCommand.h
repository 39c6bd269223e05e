#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl enrol --code CODE [--config FILE] [--data-dir DIR] [--json]`: enrols the kiosk with the
/// backend named in the config's "sync" object and stores the device token in its deviceTokenFile.
/// Exit 0 when enrolled, 1 when refused or unreachable, 2 for bad usage or config.
int runEnrolCommand(const QStringList &args, QTextStream &out, QTextStream &err);
