#pragma once

#include <QStringList>
#include <QTextStream>

namespace kiosk::cli {

/// `kioskctl check --order ID [--at ISO] [--policy FILE] [--offline] [--cache DB] [--tz ZONE]
/// [--reason CODE] [--line N]... [--trust KEYS] [--json]`: the eligibility engine's decision for every
/// (or every selected) line of a cached order, so retailers can try a policy before rolling it out.
/// Exit 0 when a decision was made (whatever it is), 1 when the order or policy is unusable, 2 on usage.
class CheckCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace kiosk::cli
