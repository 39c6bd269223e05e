#pragma once

#include "camera/DecodedBarcode.h"
#include "camera/ScanProfile.h"

#include <QImage>

#include <optional>

namespace kiosk::camera {

/// The kiosk's decode pipeline for one frame, synchronous and stateless (safe from any thread). A cheap fast
/// pass (region only, half resolution, restricted symbologies, no rotation) runs on every frame; the extra
/// passes (ExtraPass) run only when the fast pass finds nothing. Only ZXing::ReadBarcode is used: Debian's
/// 1.4.0 ReadBarcodes aborts the process on ordinary 1D images (assertion in Result.cpp).
class BarcodeReader
{
public:
    /// A luminance image in memory owned by the caller; pixStride 2 reads the Y of packed YUYV frames.
    struct Luma
    {
        const uchar *data = nullptr;
        int width = 0;
        int height = 0;
        int rowStride = 0;
        int pixStride = 1;
    };

    /// In the order `read` tries them; DecodedBarcode::pass is the value plus one (0 is the fast pass).
    enum ExtraPass {
        FullResolution, ///< try-harder with rotation: small and rotated codes
        Inverted, ///< dark-mode phone screens (QR/DataMatrix only)
        IsolatedInk, ///< cropped to the ink, stretched, white margin: codes the background crowds
        Deskewed, ///< IsolatedInk turned level: tilted 1D codes
        Proposed, ///< QR/DataMatrix in each region busy with edges, enlarged, dots closed: off-centre codes
        ProposedLevelled, ///< 1D codes in each busy region, levelled, contrast normalised, thin bars
                          ///< stretched
        BarAligned, ///< 1D codes found by their bars, resampled across them, then deblurred (BarStrips)
        Zbar, ///< libzbar, EAN/UPC only (ZbarProductReader)
        Unsmeared, ///< QR/DataMatrix in each busy region smeared one way, the motion blur undone (MotionBlur)
        Smoothed, ///< DataMatrix in each busy region smoothed into grey modules: dots too sparse to close,
                  ///< blurred specks, a symbol at the frame's edge
        UnsmearedBarsShort, ///< 1D codes smeared across their bars, or out of focus: the biggest bar strip
                            ///< deconvolved (BarStrips::unsmeared) for a short smear
        UnsmearedBarsLong, ///< the same for a smear twice as long
    };
    static constexpr int ExtraPassCount = UnsmearedBarsLong + 1;
    /// Receipt barcodes are ITF with exactly this many digits; shorter ITF reads are noise.
    static constexpr int ReceiptItfLength = 20;

    /// The passes whose reads are acted on only once confirmed (DecodedBarcode::needsConfirmation): zbar,
    /// and the passes that crop, enlarge, close, normalise or deconvolve the picture.
    static constexpr bool needsConfirmation(ExtraPass pass)
    {
        return pass == Proposed || pass == ProposedLevelled || pass == BarAligned || pass == Zbar
            || pass == Unsmeared || pass == Smoothed || pass == UnsmearedBarsShort
            || pass == UnsmearedBarsLong;
    }

    /// Fast pass, then up to maxExtraPasses extra passes starting at firstExtraPass (cyclic).
    std::optional<DecodedBarcode> read(const Luma &image, const ScanProfile &profile,
        int maxExtraPasses = ExtraPassCount, int firstExtraPass = 0) const;
    /// Converts to 8-bit grey first unless it already is.
    std::optional<DecodedBarcode> read(const QImage &image, const ScanProfile &profile,
        int maxExtraPasses = ExtraPassCount, int firstExtraPass = 0) const;
};

} // namespace kiosk::camera
