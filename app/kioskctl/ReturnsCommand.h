#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl returns list|export|import`: the returns the kiosk's journal recorded and their delivery
/// state (list [--pending] [--json]), the signed file of its unsynced returns and events (export FILE),
/// and that file taken to the reference backend's admin import route (import FILE --backend URL
/// --admin-token-file FILE --ca FILE).
int runReturnsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
