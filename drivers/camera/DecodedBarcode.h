#pragma once

#include <QMetaType>
#include <QPolygon>
#include <QString>

namespace kiosk::camera {

/// One barcode the camera pipeline read: symbology name, text as the parser expects it (GS1 element strings
/// keep their AIM prefix, e.g. "]d2"), where it sits in the frame, which decode pass found it, and whether
/// it may be acted on as it is (FrameDecoder holds the others back until a second read confirms them).
struct DecodedBarcode
{
    QString format; ///< ZXing's name: "QRCode", "EAN-13", ...
    QString text;
    QPolygon position; ///< frame coordinates
    int pass = 0; ///< 0 = the fast pass
    /// Read by zbar or an aggressive pass (BarcodeReader::needsConfirmation): blur and stretching can turn a
    /// retail code into another number with a valid check digit, so one frame's read is not enough.
    bool needsConfirmation = false;
    bool byZbar = false; ///< read by the zbar fallback, so only ZXing (the other engine) can confirm it
};

} // namespace kiosk::camera

Q_DECLARE_METATYPE(kiosk::camera::DecodedBarcode)
