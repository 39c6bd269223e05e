#include "ProductProfileDecoder.h"

#include "ProfileMatching.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <vector>

namespace kiosk::camera {

namespace {

using namespace profile;

constexpr int Modules = 95; // guard 3, six digits of 7, centre guard 5, six digits of 7, guard 3
// Of a digit against where the last one ended: curl and perspective stretch a code unevenly.
constexpr std::array<double, 5> Shifts { -0.5, -0.25, 0.0, 0.25, 0.5 };
constexpr double MinimumMatch = 0.75; // correlation of every digit with its pattern
constexpr double MinimumMargin = 0.04; // over the best pattern of another digit or parity
// Of the read's twelve digit matches summed: a placement off by part of a code can match every digit
// passably and still make a valid check digit by chance.
constexpr double MinimumScore = 11.0;
constexpr double MinimumGuard = 0.3; // correlation of the centre guard: blur leaves its single modules faint
// Digits of 12 that must match best at a heavy blur (TemplateBlur::heavy)
// before the centre guard is judged at those blurs too; chosen on the tuning sets (docs/codes.md).
constexpr int HeavilyBlurredDigits = 5;
// Of the ink one bar module adds to a digit (settleTwinsByInk): how closely the fit must explain the digits
// without a twin, and how close to its twin's ink a digit must be to be taken for its twin.
constexpr double MaximumInkSpread = 0.3;
constexpr double TwinInk = 0.4;
constexpr size_t MinimumInkFit = 5; // digits without a twin to fit on

constexpr std::array<const char *, 10> LeftOdd { "0001101", "0011001", "0010011", "0111101", "0100011",
    "0110001", "0101111", "0111011", "0110111", "0001011" };
constexpr std::array<const char *, 10> FirstDigitParities { "LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
    "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL" };

/// One digit's seven modules in one parity at one blur.
struct Template
{
    Samples samples;
    int digit = 0;
    char parity = 'L'; ///< L or G on the left, R on the right
    bool heavy = false; ///< made at a heavy blur (TemplateBlur::heavy)
};

/// Every digit pattern of one half at every blur: left digits follow a bar and precede a space, right ones
/// the reverse.
std::vector<Template> templates(bool left)
{
    std::vector<Template> all;
    for (int d = 0; d < 10; ++d) {
        const std::string odd = LeftOdd[size_t(d)];
        std::string right = odd;
        for (char &c : right)
            c = c == '1' ? '0' : '1';
        const std::string even(right.rbegin(), right.rend());
        for (const TemplateBlur &b : templateBlurs()) {
            if (left) {
                all.push_back({ blurred(odd, 1, 0, b), d, 'L', b.heavy() });
                all.push_back({ blurred(even, 1, 0, b), d, 'G', b.heavy() });
            } else {
                all.push_back({ blurred(right, 0, 1, b), d, 'R', b.heavy() });
            }
        }
    }
    return all;
}

/// One digit's best match at one placement.
struct DigitMatch
{
    int digit = -1;
    char parity = 0;
    double score = -1;
    double shift = 0;
    double margin = 0;
    bool heavy = false; ///< best matched by a template at a heavy blur
};

DigitMatch matchDigit(const std::vector<double> &profile, double left, double module, double start,
    double shift, const std::vector<Template> &candidates)
{
    DigitMatch best;
    for (const double s : Shifts) {
        const Samples samples = window(profile, left, module, start + shift + s, 7);
        // The best score of each (digit, parity), then the best and the runner-up among them.
        std::array<double, 30> byPattern;
        std::array<bool, 30> atHeavyBlur {};
        byPattern.fill(-1);
        for (const Template &t : candidates) {
            const auto key = size_t(t.digit * 3 + (t.parity == 'L' ? 0 : t.parity == 'G' ? 1 : 2));
            if (const double c = correlation(samples, t.samples); c > byPattern[key]) {
                byPattern[key] = c;
                atHeavyBlur[key] = t.heavy;
            }
        }
        const auto first = std::max_element(byPattern.begin(), byPattern.end());
        double second = -1;
        for (auto it = byPattern.begin(); it != byPattern.end(); ++it)
            if (it != first)
                second = std::max(second, *it);
        if (*first > best.score) {
            const int key = int(first - byPattern.begin());
            best = { key / 3, "LGR"[key % 3], *first, shift + s, *first - second, atHeavyBlur[size_t(key)] };
        }
    }
    return best;
}

/// A digit as one placement reads it: its pattern and where its seven modules begin.
struct PlacedDigit
{
    int digit = 0;
    char parity = 'L';
    double start = 0;
};

/// Bar modules among the seven of a digit's pattern.
int barModules(int digit, char parity)
{
    const std::string_view odd = LeftOdd[size_t(digit)];
    const int bars = int(std::count(odd.begin(), odd.end(), '1'));
    return parity == 'L' ? bars : 7 - bars;
}

/// 1 and 7, 2 and 8: the same widths from each edge to the next edge of its kind, bars two modules apart.
std::optional<int> twin(int digit)
{
    switch (digit) {
    case 1:
    case 2:
        return digit + 6;
    case 7:
    case 8:
        return digit - 6;
    default:
        return std::nullopt;
    }
}

/// Settles each 1, 2, 7 or 8 of a read by its ink, or says it cannot. Print gain or blur turns one twin's
/// pattern into the other's, and the correlation, blind to a window's mean, cannot tell them apart: on small
/// blurred codes it picks the wrong twin by a wide margin. Their ink can: a digit's mean darkness is the
/// paper's, plus the ink of its bar modules and of the gain, plus a trend along the code (shading, glare),
/// all fitted on the read's digits without a twin. Only a fit on enough digits that explains them closely
/// judges; a digit whose ink is then its twin's becomes its twin.
bool settleTwinsByInk(
    const std::vector<double> &profile, double left, double module, std::array<PlacedDigit, 12> &digits)
{
    struct Point
    {
        double bars = 0;
        double position = 0;
        double ink = 0;
    };
    std::vector<Point> fit;
    std::array<Point, 12> points;
    for (size_t i = 0; i < digits.size(); ++i) {
        const PlacedDigit &d = digits[i];
        points[i]
            = { double(barModules(d.digit, d.parity)), double(i), ink(profile, left, module, d.start, 7) };
        if (!twin(d.digit))
            fit.push_back(points[i]);
    }
    if (fit.size() == digits.size())
        return true;
    if (fit.size() < MinimumInkFit)
        return false;
    // Least squares of ink = mean + perBar * bars + trend * position, centred on the fitted digits' means.
    Point mean;
    for (const Point &p : fit) {
        mean.bars += p.bars / double(fit.size());
        mean.position += p.position / double(fit.size());
        mean.ink += p.ink / double(fit.size());
    }
    double bb = 0, bp = 0, pp = 0, bi = 0, pi = 0;
    for (const Point &p : fit) {
        const double b = p.bars - mean.bars, x = p.position - mean.position, y = p.ink - mean.ink;
        bb += b * b;
        bp += b * x;
        pp += x * x;
        bi += b * y;
        pi += x * y;
    }
    const double det = bb * pp - bp * bp;
    if (det < 1e-9)
        return false; // one bar count throughout: nothing to scale the ink by
    const double perBar = (bi * pp - pi * bp) / det;
    const double trend = (pi * bb - bi * bp) / det;
    if (perBar <= 0)
        return false;
    const auto predicted = [&](double bars, double position) {
        return mean.ink + perBar * (bars - mean.bars) + trend * (position - mean.position);
    };
    double squares = 0;
    for (const Point &p : fit)
        squares += std::pow(p.ink - predicted(p.bars, p.position), 2);
    if (std::sqrt(squares / double(fit.size())) > MaximumInkSpread * perBar)
        return false;
    for (size_t i = 0; i < digits.size(); ++i) {
        PlacedDigit &d = digits[i];
        const auto other = twin(d.digit);
        if (other
            && std::abs(points[i].ink - predicted(barModules(*other, d.parity), points[i].position))
                < TwinInk * perBar)
            d.digit = *other;
    }
    return true;
}

bool validCheckDigit(const std::string &digits)
{
    int sum = 0;
    for (size_t i = 0; i + 1 < digits.size(); ++i)
        sum += (digits[i] - '0') * (i % 2 ? 3 : 1);
    return (10 - sum % 10) % 10 == digits.back() - '0';
}

/// The code read with module 0 at `left` and `module` samples per module, or nothing; `score` is the sum of
/// the digits' matches.
std::optional<std::string> decodeAt(
    const std::vector<double> &profile, double left, double module, double &score)
{
    static const std::vector<Template> leftTemplates = templates(true);
    static const std::vector<Template> rightTemplates = templates(false);
    std::string digits(13, '0');
    std::string parities;
    std::array<PlacedDigit, 12> placed;
    int heavilyBlurred = 0; // digits best matched at a heavy blur
    score = 0;
    double shift = 0; // carried from digit to digit: curl and perspective stretch the code unevenly
    // Digit `at` (0..11) from module `start`, placed; false when it matches no pattern well enough.
    const auto place = [&](size_t at, int start, const std::vector<Template> &candidates) {
        const DigitMatch m = matchDigit(profile, left, module, start, shift, candidates);
        if (m.score < MinimumMatch || m.margin < MinimumMargin)
            return false;
        placed[at] = { m.digit, m.parity, start + m.shift };
        shift = m.shift;
        score += m.score;
        heavilyBlurred += m.heavy;
        return true;
    };
    for (int i = 0; i < 6; ++i) {
        if (!place(size_t(i), 3 + 7 * i, leftTemplates))
            return std::nullopt;
        parities += placed[size_t(i)].parity;
    }
    shift = 0; // the right half from the end guard backwards
    for (int i = 5; i >= 0; --i) {
        if (!place(size_t(i) + 6, 50 + 7 * i, rightTemplates))
            return std::nullopt;
    }
    const auto first = std::find(FirstDigitParities.begin(), FirstDigitParities.end(), parities);
    if (first == FirstDigitParities.end())
        return std::nullopt;
    digits[0] = char('0' + (first - FirstDigitParities.begin()));
    // The centre guard (modules 45..49, a bar before and after) where the placement puts it, at the blurs
    // the digits show. At a heavy blur the guard's bars merge into a ripple that a filled-in guard matches
    // too, so those blurs are tried only when enough digits show them.
    struct Guard
    {
        TemplateBlur blur;
        Samples samples;
    };
    static const std::vector<Guard> guards = [] {
        std::vector<Guard> g;
        for (const TemplateBlur &b : templateBlurs())
            g.push_back({ b, blurred("01010", 1, 1, b) });
        return g;
    }();
    const Samples middle = window(profile, left, module, 45, 5);
    const bool judgedHeavy = heavilyBlurred >= HeavilyBlurredDigits;
    double guard = -1;
    for (const Guard &g : guards)
        if (!g.blur.heavy() || judgedHeavy)
            guard = std::max(guard, correlation(middle, g.samples));
    if (!settleTwinsByInk(profile, left, module, placed))
        return std::nullopt;
    for (size_t i = 0; i < placed.size(); ++i)
        digits[i + 1] = char('0' + placed[i].digit);
    if (guard < MinimumGuard || !validCheckDigit(digits))
        return std::nullopt;
    return digits;
}

std::optional<std::string> readProfile(const std::vector<double> &profile, int barsFrom, int barsTo)
{
    const auto ends = codeEnds(profile, barsFrom, barsTo, Modules);
    if (!ends)
        return std::nullopt;
    const auto best = bestPlacement(*ends, Modules,
        [&](double left, double module, double &score) { return decodeAt(profile, left, module, score); });
    if (!best || best->score < MinimumScore)
        return std::nullopt;
    return best->text;
}

} // namespace

std::optional<std::string> ProductProfileDecoder::read(const BarStrip &strip)
{
    return readEitherWay(strip, readProfile);
}

} // namespace kiosk::camera
