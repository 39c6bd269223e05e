#pragma once

#include <QStringList>
#include <QTextStream>

namespace kiosk::cli {

/// `kioskctl check --order ID|--code TEXT [--select LINE[:QTY[:REASON]]]... [--answer KEY=yes|no]...
/// [--resolution refund|credit|exchange] [--at ISO] [--policy FILE] [--offline] [--cache DB] [--tz ZONE]
/// [--trust KEYS] [--json]`: with --select, the ReturnOffer the shopper journey would make for exactly that
/// selection (per-line figures, totals, resolutions, staff); without, the eligibility engine's decision for
/// every (or every --line) line of a cached order. Lets retailers try a policy before rolling it out.
/// Exit 0 when a decision was made (whatever it is), 1 when the order, policy or selection is unusable,
/// 2 on usage.
class CheckCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace kiosk::cli
