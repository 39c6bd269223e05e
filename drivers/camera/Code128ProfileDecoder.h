#pragma once

#include "camera/BarStrips.h"

#include <optional>
#include <string>

namespace kiosk::camera {

/// Reads a Code 128 from the grey profile of a level strip (BarStrips), symbol by symbol against the
/// symbology's 11-module patterns blurred as a camera blurs them, where ZXing's row scanner loses the narrow
/// bars of a faded, tiny or blurred receipt. The symbol count comes from the code's length; a read needs a
/// start symbol, every symbol a clear best pattern, the stop pattern where the count puts it and the mod-103
/// check symbol right. Code sets A, B and C with their switches and shifts; a code with FNC1..4 is not read.
/// Stateless.
class Code128ProfileDecoder
{
public:
    static std::optional<std::string> read(const BarStrip &strip);
};

} // namespace kiosk::camera
