// libFuzzer target for the camera pipeline (BarcodeReader::read, every pass): any picture a camera can
// deliver. Input: a layout byte (the screen's profile: orders, items or everything; packed YUYV luma, read
// every other byte; a region of interest), a width byte (8..263 pixels), then grey pixels, as many rows as
// they fill.
#include "camera/BarcodeReader.h"

#include <cstddef>
#include <cstdint>

using namespace kiosk::camera;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const uint8_t layout = data[0];
    const int pixStride = layout & 0x40 ? 2 : 1;
    const int width = 8 + data[1];
    const int rowStride = width * pixStride;
    const int height = int((size - 2) / size_t(rowStride));
    if (height < 8)
        return 0;
    ScanProfile profile = layout % 3 == 0 ? ScanProfile::orderCodes()
        : layout % 3 == 1                 ? ScanProfile::itemTags()
                                          : ScanProfile::everything();
    if (layout & 0x20)
        profile.region = QRectF(0.1, 0.2, 0.7, 0.6);
    const BarcodeReader::Luma luma { data + 2, width, height, rowStride, pixStride };
    const auto read = BarcodeReader().read(luma, profile);
    if (read && (read->text.isEmpty() || read->pass < 0 || read->pass > BarcodeReader::ExtraPassCount))
        __builtin_trap();
    return 0;
}
