#pragma once

#include <QStringList>
#include <QTextStream>

namespace kiosk::cli {

/// `kioskctl policy validate FILE [--trust KEYS] [--json]`: checks a signed bundle (or a bare policy
/// document, which is then reported as unsigned) and prints every error with its JSON path.
/// `kioskctl policy migrate V1.json`: prints a format 1 policy as format 2 rules that decide as before.
/// Exit 0 when valid (migrated), 1 when not, 2 on usage errors.
class PolicyCommand
{
public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};

} // namespace kiosk::cli
