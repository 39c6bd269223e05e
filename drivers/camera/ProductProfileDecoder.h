#pragma once

#include "camera/BarStrips.h"

#include <optional>
#include <string>

namespace kiosk::camera {

/// Reads an EAN-13 or UPC-A from the grey profile of a level strip (BarStrips) by matching each digit's seven
/// modules against the symbology's patterns blurred as a camera blurs them. ZXing's row scanner needs every
/// bar and space to survive thresholding; blur of a module or more merges narrow ones, yet the profile still
/// says which of the 20 patterns a digit is. A read needs a placement of all 95 modules where every digit
/// has a clear best pattern, the left half's parities name a first digit, the centre guard is where it
/// belongs and the check digit is valid, once each 1, 2, 7 or 8 is settled by its ink (print gain makes them
/// look like one another; a read whose ink cannot judge them is refused), and its digits must match well on
/// the whole. The kiosk still treats a read as one to confirm. Stateless.
class ProductProfileDecoder
{
public:
    /// The 13 digits (a UPC-A with its leading 0), or nothing.
    static std::optional<std::string> read(const BarStrip &strip);
};

} // namespace kiosk::camera
