#pragma once

#include <QStringList>
#include <QTextStream>

namespace kiosk::cli {

/// `kioskctl simulate`: what a policy (and another one against it) decides for every line of every order
/// in a data set or a cache.db, as totals per outcome, reason and rule, and every line the two decide
/// differently. Orders are streamed one at a time (PolicySimulation keeps only totals).
class SimulateCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace kiosk::cli
