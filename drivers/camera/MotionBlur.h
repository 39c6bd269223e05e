#pragma once

#include <cstdint>
#include <optional>

namespace kiosk::camera {

/// Motion blur in the picture of a code (a phone or label moved while the shutter was open): how to tell
/// how far it runs, and how to undo it.
namespace motionblur {

/// Below this coherence of the gradients a picture is not smeared along one direction (a QR code's or a
/// DataMatrix's edges run both ways about equally; focus blur softens both alike).
constexpr double MinimumCoherence = 0.2;
/// The smears looked for, in pixels: shorter ones the other passes read through, longer ones leave too
/// little to restore.
constexpr int ShortestSmear = 3;
constexpr int LongestSmear = 12;

/// How far a grey picture is smeared along `degrees` (image coordinates, y down; the direction along which
/// its gradients are weakest): the lag at which the derivative along it correlates most negatively with
/// itself, since a box smear of length L turns each step into a pair of opposite steps L apart. A smear
/// shorter than about one and a half modules may measure as the modules' own alternation instead (such a
/// smear the other passes read through). Empty when no lag correlates negatively, or the picture is too
/// small to tell.
std::optional<int> smearLength(const uint8_t *pixels, int width, int height, int stride, double degrees);

/// Undoes a smear of `length` pixels down each column (Richardson-Lucy deconvolution with a box of that
/// length, `iterations` times): the steps the smear spread out come back, and ZXing's binariser finds the
/// modules again. Down columns, not along rows, since a column's running sums go a whole row at a time.
void undoDownColumns(uint8_t *pixels, int width, int height, int length, int iterations = 10);

/// The same along each row: a 1D code's bar strip (BarStrip) smeared across its bars.
void undoAlongRows(uint8_t *pixels, int width, int height, int length, int iterations = 10);

} // namespace motionblur
} // namespace kiosk::camera
