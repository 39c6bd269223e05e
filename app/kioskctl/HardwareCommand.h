#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl hardware [--json] [--sys-root DIR] [--dev-root DIR] [--printer HOST[:PORT]]... [--data-dir
/// DIR]`: what hardware detection finds on this kiosk, every hardware profile ranked against it (the proposed
/// one first, the others with the devices they miss) and the profile chosen at provisioning (hardware.json).
/// Exit 0 when a profile fits, 10 when none does, 2 for bad usage.
int runHardwareCommand(const QStringList &args, QTextStream &out, QTextStream &err);
