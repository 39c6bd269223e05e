#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl status [--data-dir DIR] [--json]`: the outbox, dead letters, order cache and the sync
/// engine's last reported state, read from the files in the data directory. Exit 0 when readable.
int runStatusCommand(const QStringList &args, QTextStream &out, QTextStream &err);
