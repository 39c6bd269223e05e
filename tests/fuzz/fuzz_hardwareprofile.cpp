// libFuzzer target for hardware profiles (HardwareProfile::parse, what DeviceFactory reads before it opens
// any device; the devices themselves are not opened here).
#include "HardwareProfile.h"

#include <QJsonDocument>

#include <algorithm>

#include <cstddef>
#include <cstdint>

using namespace kiosk::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const HardwareProfile::Result read = HardwareProfile::parse(QJsonDocument::fromJson(bytes).object());
    if (bool(read.profile) == !read.error.isEmpty())
        __builtin_trap();
    if (!read.profile)
        return 0;
    // What the devices are opened with is in range.
    const HardwareProfile &p = *read.profile;
    if (p.printer.tcpPort < 1 || p.printer.tcpPort > 65535 || p.printer.baud < 1 || p.scale.baud < 1
        || p.indicator.redLine > 1023 || (p.scanner && p.scanner->baud < 1) || p.chutes.empty()
        || p.bins.empty())
        __builtin_trap();
    // Every chute's wiring is in range, and every bin is under a chute the profile declares.
    for (const HardwareProfile::Chute &chute : p.chutes)
        if (chute.wiring.lockLine > 1023 || chute.wiring.itemTimeoutMs < 1)
            __builtin_trap();
    for (const BinSpec &bin : p.bins)
        if (std::none_of(p.chutes.begin(), p.chutes.end(),
                [&bin](const HardwareProfile::Chute &chute) { return chute.id == bin.chute; }))
            __builtin_trap();
    if ((p.printer.type == u"usb" && p.printer.device.isEmpty())
        || (p.scale.type == u"serial" && p.scale.port.isEmpty()))
        __builtin_trap();
    // Match rules: a known kind, a label, well-formed USB ids, and at least one required device.
    bool required = p.match.empty();
    for (const HardwareProfile::MatchRule &rule : p.match) {
        required = required || !rule.optional;
        if (!HardwareProfile::MatchKinds.contains(rule.kind) || rule.label.isEmpty()
            || rule.name.size() > 128)
            __builtin_trap();
        for (const QString &id : rule.usb) {
            if (id.size() != 4 && id.size() != 9)
                __builtin_trap();
        }
    }
    if (!required || p.match.size() > 16)
        __builtin_trap();
    return 0;
}
