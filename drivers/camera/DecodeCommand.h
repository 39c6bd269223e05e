#pragma once

#include <QStringList>
#include <QTextStream>

namespace kiosk::camera {

/// `kioskctl decode [--json] [--profile orders|items|all] [--retailer ID --token-key KID=HEX...] [--now ISO]
/// IMAGE...`: runs the kiosk's camera pipeline (all passes) on each image and prints what the kiosk would
/// read and what the code parser made of it. Return tokens are shown shortened. args excludes "decode"
/// itself. Exit status: 0 all images read, 1 some image read nothing or could not be opened, 2 usage error.
int runDecodeCommand(const QStringList &args, QTextStream &out);
/// The command's --help on @p out under the name @p program ("kioskctl decode", "kiosk-decode"); returns 0.
int printDecodeHelp(const QString &program, QTextStream &out);

} // namespace kiosk::camera
