#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl migrate [--data-dir DIR]`: opens journal.db and cache.db read-write so that their schema
/// migrations run (the package's postinst runs it after an upgrade, as the kiosk's user), and prints
/// what each now holds. Never deletes a return; exit codes as `status` (storageExitCode()).
int runMigrateCommand(const QStringList &args, QTextStream &out, QTextStream &err);
