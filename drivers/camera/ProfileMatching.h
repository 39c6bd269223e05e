#pragma once

#include "camera/BarStrips.h"

#include <array>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk::camera::profile {

/// What the profile decoders (ProductProfileDecoder, Code128ProfileDecoder) share: a strip's darkness
/// profile across its bars, runs of modules as blurred templates, and the correlation of the two. Templates
/// and windows are sampled PerModule times per module and normalised to zero mean and unit norm, so their
/// dot product is their correlation whatever the print's contrast.
constexpr int PerModule = 4;
/// Gaussian sigmas the templates are made at, in modules: a sharp print, a soft one, and a label held out of
/// focus by a whole module (a tag or receipt held too close to the camera).
constexpr std::array<double, 3> Blurs { 0.35, 0.7, 1.0 };

/// A label that moved along its length while the shutter was open: templates also smeared by a box of each
/// of these lengths in modules, over a print blurred by SmearedSigma (docs/codes.md).
constexpr std::array<double, 2> Smears { 1.0, 1.5 };
constexpr double SmearedSigma = 0.5;

using Samples = std::vector<double>;

/// One blur templates are made at: a Gaussian of `sigma` modules, then, when `smear` is not 0, a box `smear`
/// modules long along the code.
struct TemplateBlur
{
    double sigma = 0;
    double smear = 0;
    /// A module of blur (Blurs' last) or a smear: thin bars and spaces merge into ripples there, so such a
    /// blur matches patterns a sharper print would tell apart.
    bool heavy() const { return smear > 0 || sigma == Blurs.back(); }
};

/// Every blur the templates are made at: each of Blurs, then each of Smears over SmearedSigma.
const std::vector<TemplateBlur> &templateBlurs();

/// The middle half of the strip's rows averaged, 255 = black.
std::vector<double> darkness(const BarStrip &strip);
/// `modules` ('1' = bar) blurred by `blur`, with `before` and `after` (0 or 1) continuing outside.
Samples blurred(std::string_view modules, int before, int after, const TemplateBlur &blur);
/// `modules` modules of the profile from module `start` on, module 0 at `left`, `module` samples per module.
Samples window(const std::vector<double> &profile, double left, double module, double start, int modules);
/// The mean darkness of `modules` modules of the profile from module `start` on, as `window` places them.
double ink(const std::vector<double> &profile, double left, double module, double start, int modules);
double correlation(const Samples &a, const Samples &b);
/// Where the code's dark modules begin and end in the profile: the chain of dark runs around the middle of
/// the bars (the strip's barsFrom..barsTo), joined across gaps narrower than a quiet zone of a code of about
/// `modules` modules. Nothing when the chain is shorter than `modules` samples or the print has no contrast.
std::optional<std::pair<double, double>> codeEnds(
    const std::vector<double> &profile, int barsFrom, int barsTo, int modules);

/// A code's text and how well its symbols matched (the sum of their correlations).
struct ScoredRead
{
    std::string text;
    double score = 0;
};

/// How far, in modules, bestPlacement moves each of a code's ends from where codeEnds found them. Blur, a
/// smudge beside the code and perspective put them up to about a module off (docs/codes.md has what moves of
/// up to a module, rather than 0.6 or 0.3, read on the studied sets).
constexpr std::array<double, 5> EndNudges { -1.0, -0.5, 0.0, 0.5, 1.0 };

/// The best-scoring read among placements of a code of `modules` modules whose two ends are each moved from
/// `ends` by every one of EndNudges. `decode(left, module, score)` reads one placement.
std::optional<ScoredRead> bestPlacement(std::pair<double, double> ends, int modules,
    const std::function<std::optional<std::string>(double left, double module, double &score)> &decode);

/// `read` on the strip's darkness profile and the code's columns, then, if it read nothing, on the profile
/// reversed (the code upside down).
std::optional<std::string> readEitherWay(const BarStrip &strip,
    const std::function<std::optional<std::string>(
        const std::vector<double> &profile, int barsFrom, int barsTo)> &read);

} // namespace kiosk::camera::profile
