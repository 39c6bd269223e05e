// libFuzzer target for the scale's line protocol (ScaleLine::parse), one line per input line.
#include "sensor/ScaleLine.h"

#include <QList>

#include <cstddef>
#include <cstdint>

using namespace kiosk::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : bytes.split('\n')) {
        const std::optional<ScaleLine> parsed = ScaleLine::parse(line);
        if (!parsed)
            continue;
        // The weight has the sign the scale sent.
        const bool negative = line.contains(",-");
        if ((negative && parsed->grams > 0) || (!negative && parsed->grams < 0))
            __builtin_trap();
    }
    return 0;
}
