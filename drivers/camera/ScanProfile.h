#pragma once

#include <QFlags>
#include <QRectF>

namespace kiosk::camera {

/// What the current screen expects the camera to find, so the decoder looks for nothing else: the symbologies
/// and, optionally, the part of the frame the on-screen guide frames (normalised 0..1 coordinates).
struct ScanProfile
{
    enum class Symbology {
        QrCode = 0x01,
        DataMatrix = 0x02,
        Code128 = 0x04,
        Itf = 0x08,
        Ean13 = 0x10,
        UpcA = 0x20,
        Ean8 = 0x40,
    };
    Q_DECLARE_FLAGS(Symbologies, Symbology)

    Symbologies symbologies;
    QRectF region; ///< normalised; empty means the whole frame

    /// Attract/identify screens: return QR, order Code 128, receipt ITF.
    static ScanProfile orderCodes()
    {
        return { Symbologies(Symbology::QrCode) | Symbology::Code128 | Symbology::Itf, {} };
    }
    /// Drop-off: the item's product tag.
    static ScanProfile itemTags()
    {
        return { Symbologies(Symbology::Ean13) | Symbology::UpcA | Symbology::Ean8 | Symbology::DataMatrix
                | Symbology::Code128,
            {} };
    }
    static ScanProfile everything() { return { Symbologies(0x7F), {} }; }
};

} // namespace kiosk::camera

Q_DECLARE_OPERATORS_FOR_FLAGS(kiosk::camera::ScanProfile::Symbologies)
