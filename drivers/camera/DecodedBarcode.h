#pragma once

#include <QMetaType>
#include <QPolygon>
#include <QString>

namespace kiosk::camera {

/// One barcode the camera pipeline read: symbology name, text as the parser expects it (GS1 element strings
/// keep their AIM prefix, e.g. "]d2"), where it sits in the frame, and which decode pass found it.
struct DecodedBarcode
{
    QString format; ///< ZXing's name: "QRCode", "EAN-13", ...
    QString text;
    QPolygon position; ///< frame coordinates
    int pass = 0; ///< 0 = the fast pass
};

} // namespace kiosk::camera

Q_DECLARE_METATYPE(kiosk::camera::DecodedBarcode)
