#pragma once

#include <QJsonObject>

namespace kiosk {

/// Rewrites a policy document of format 1 (already checked by PolicyV1Reader) as format 2 rules that decide
/// every line exactly as before: keeping the rule ids the engine reports, and ordering the rules so that
/// "the last applying rule sets the effect" gives what format 1's "exact category before *, first listed
/// first" gave. `kioskctl policy migrate` prints it; the loader loads format 1 through it.
class PolicyMigration
{
public:
    static QJsonObject toV2(const QJsonObject &v1);
};

} // namespace kiosk
