#pragma once

#include <QStringList>
#include <QTextStream>

namespace kiosk::cli {

/// `kioskctl cache import FILE [--cache DB] [--json]`: loads a data set into cache.db. Bad orders are
/// reported and skipped. Exit 0 when all were imported, 3 when some were rejected, 1 when the file or
/// the cache failed, 2 on usage errors.
class CacheCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace kiosk::cli
