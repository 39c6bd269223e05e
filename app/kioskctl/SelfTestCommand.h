#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl selftest [--hardware PROFILE] [--skip PART]... [--json]`: the kiosk's device self-tests
/// (SelfTestRunner, the same as the maintenance page and first boot run) headless on the configured
/// hardware. Exit 0 when every part passed or was skipped, SelfTestFailed when a part failed (named on
/// stderr and in the JSON), 1 when the devices cannot be built, 2 on usage errors.
int runSelfTestCommand(const QStringList &args, QTextStream &out, QTextStream &err);

/// The exit code of a self-test in which some part failed.
constexpr int SelfTestFailed = 10;
