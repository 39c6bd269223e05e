#pragma once

#include "camera/BarcodeReader.h"

#include <QMetaType>

namespace kiosk::camera {

/// How sharp a camera frame is, cheaply enough to run on every frame before decoding: in the middle of the
/// frame, where the viewfinder's guide asks for the code, on every third row at full resolution (so a
/// code's finest bars count), the mean magnitude of the Laplacian on the pixels that sit on an edge is
/// divided by their mean gradient. A blurred edge spreads its step over more pixels, so the ratio is about
/// one over the edge's width, whatever the contrast and however many edges are in view (a variance of the
/// Laplacian would also rise and fall with those). A frame with almost no edges (a wall, nobody holding
/// anything up) is not called blurred: there is nothing to hold still.
class FrameSharpness
{
public:
    /// One frame's measurement.
    struct Measurement
    {
        double sharpness = 0; ///< mean |Laplacian| / mean |gradient| on edge pixels: about 1 / edge width
        double edgeShare = 0; ///< fraction of the pixels looked at that are on an edge

        /// Enough in view, and its edges smeared: the shopper's hand or the code is moving, or out of focus.
        bool blurred() const { return edgeShare >= MinEdgeShare && sharpness < BlurredBelow; }
    };

    /// Below this ratio a frame is blurred: edges smeared over more than about 4 pixels, as by a Gaussian
    /// blur of sigma 1.4 pixels or more, or a hand moving the code. On the generated barcode set the "blur"
    /// frames (sigma 2) measure 0.17 to 0.25 and every sharp frame over 0.5; a lens's own softness (sigma
    /// 0.8) about 0.31.
    static constexpr double BlurredBelow = 0.25;
    /// Fewer edge pixels than this share: nothing is held up to the camera.
    static constexpr double MinEdgeShare = 0.01;
    /// A pixel is on an edge when its central-difference gradient (|dx| + |dy|) is at least this.
    static constexpr int EdgeGradient = 12;
    /// The measure looks at every this many rows (every pixel of each).
    static constexpr int RowStep = 3;
    /// The share of the frame's width (and height) left out on each side: the guide frames the rest.
    static constexpr double GuideMargin = 0.2;

    static Measurement measure(const BarcodeReader::Luma &luma);
};

} // namespace kiosk::camera

Q_DECLARE_METATYPE(kiosk::camera::FrameSharpness::Measurement)
