#pragma once

#include "camera/BarcodeReader.h"

#include <QMetaType>

namespace kiosk::camera {

/// How sharp a camera frame is, cheaply enough to run on every frame before decoding: the middle of the
/// frame, where the viewfinder's guide asks for the code, is averaged down to at most 400 pixels wide,
/// and on the pixels that sit on an edge the mean magnitude of
/// the Laplacian is divided by the mean gradient. A blurred edge spreads its step over more pixels, so the
/// ratio is about one over the edge's width, whatever the contrast and however many edges are in view (a
/// variance of the Laplacian would also rise and fall with those). A frame with almost no edges (a wall,
/// nobody holding anything up) is not called blurred: there is nothing to hold still.
class FrameSharpness
{
public:
    /// One frame's measurement.
    struct Measurement
    {
        double sharpness = 0; ///< mean |Laplacian| / mean |gradient| on edge pixels: about 1 / edge width
        double edgeShare = 0; ///< fraction of the downscaled pixels on an edge

        /// Enough in view, and its edges smeared: the shopper's hand or the code is moving, or out of focus.
        bool blurred() const { return edgeShare >= MinEdgeShare && sharpness < BlurredBelow; }
    };

    /// Below this ratio a frame is blurred: edges smeared over more than about 5 camera pixels at 720p
    /// (a Gaussian blur of sigma 3), where 1D codes with 2-pixel modules stop reading; a blur of sigma 1.5
    /// still measures over 0.5.
    static constexpr double BlurredBelow = 0.42;
    /// Fewer edge pixels than this share: nothing is held up to the camera.
    static constexpr double MinEdgeShare = 0.01;
    /// A pixel is on an edge when its central-difference gradient (|dx| + |dy|) is at least this.
    static constexpr int EdgeGradient = 12;
    /// The measure works on the middle of the frame averaged down to at most this width.
    static constexpr int MeasureWidth = 400;
    /// The share of the frame's width (and height) left out on each side: the guide frames the rest.
    static constexpr double GuideMargin = 0.2;

    static Measurement measure(const BarcodeReader::Luma &luma);
};

} // namespace kiosk::camera

Q_DECLARE_METATYPE(kiosk::camera::FrameSharpness::Measurement)
