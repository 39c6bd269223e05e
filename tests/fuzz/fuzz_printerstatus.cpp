// libFuzzer target for the printer's paper status reply (EscPosEncoder::parsePaperStatus), one byte per
// reply: a byte the protocol cannot send is Invalid, and paper out wins over near end.
#include "printer/EscPosEncoder.h"

#include <cstddef>
#include <cstdint>

using namespace kiosk::drivers;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i < size; ++i) {
        const uint8_t byte = data[i];
        const auto status = EscPosEncoder::parsePaperStatus(char(byte));
        const bool wellFormed = (byte & 0x93) == 0x12;
        if ((status == EscPosEncoder::PaperStatus::Invalid) == wellFormed)
            __builtin_trap();
        if (wellFormed && (byte & 0x60) && status != EscPosEncoder::PaperStatus::Out)
            __builtin_trap();
    }
    return 0;
}
