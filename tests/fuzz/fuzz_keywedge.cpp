// libFuzzer target for the keyboard-wedge decoder (KeyWedgeDecoder::feed). Each 8 input bytes are one evdev
// event: type (EV_KEY unless the byte is odd), key code, value, and a time step that may jump anywhere.
#include "scanner/KeyWedgeDecoder.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace kiosk::scanner;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    KeyWedgeDecoder::Config config;
    config.prefix = u"]C"_s;
    config.maxLength = 64;
    KeyWedgeDecoder decoder(config);
    int64_t sec = 1'700'000'000;
    int64_t usec = 0;
    for (size_t at = 0; at + 8 <= size; at += 8) {
        const uint8_t *e = data + at;
        int32_t step = 0;
        std::memcpy(&step, e + 4, sizeof step);
        if (e[3] & 0x80) { // a clock that jumps: any second, any microsecond field
            sec = int64_t(uint64_t(int64_t(step)) << (e[3] & 0x3f));
            usec = int64_t(int8_t(e[3])) * 100'000;
        } else {
            usec += step & 0xffff;
        }
        input_event event {};
        event.input_event_sec = sec;
        event.input_event_usec = usec;
        event.type = (e[0] & 1) ? e[0] : EV_KEY;
        event.code = e[1];
        event.value = e[2] % 3;
        if (const std::optional<QString> scan = decoder.feed(event)) {
            if (scan->size() > config.maxLength || scan->isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
