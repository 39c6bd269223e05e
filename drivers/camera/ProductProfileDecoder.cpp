#include "ProductProfileDecoder.h"

#include "ProfileMatching.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kiosk::camera {

namespace {

using namespace profile;

constexpr int Modules = 95; // guard 3, six digits of 7, centre guard 5, six digits of 7, guard 3
// Of a digit against where the last one ended: curl and perspective stretch a code unevenly.
constexpr std::array<double, 5> Shifts { -0.5, -0.25, 0.0, 0.25, 0.5 };
constexpr double MinimumMatch = 0.75; // correlation of every digit with its pattern
constexpr double MinimumMargin = 0.04; // over the best pattern of another digit or parity
constexpr double MinimumGuard = 0.3; // correlation of the centre guard: blur leaves its single modules faint

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
        for (const double sigma : Blurs) {
            if (left) {
                all.push_back({ blurred(odd, 1, 0, sigma), d, 'L' });
                all.push_back({ blurred(even, 1, 0, sigma), d, 'G' });
            } else {
                all.push_back({ blurred(right, 0, 1, sigma), d, 'R' });
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
};

DigitMatch matchDigit(const std::vector<double> &profile, double left, double module, double start,
    double shift, const std::vector<Template> &candidates)
{
    DigitMatch best;
    for (const double s : Shifts) {
        const Samples samples = window(profile, left, module, start + shift + s, 7);
        // The best score of each (digit, parity), then the best and the runner-up among them.
        std::array<double, 30> byPattern;
        byPattern.fill(-1);
        for (const Template &t : candidates) {
            const int key = t.digit * 3 + (t.parity == 'L' ? 0 : t.parity == 'G' ? 1 : 2);
            byPattern[size_t(key)] = std::max(byPattern[size_t(key)], correlation(samples, t.samples));
        }
        const auto first = std::max_element(byPattern.begin(), byPattern.end());
        double second = -1;
        for (auto it = byPattern.begin(); it != byPattern.end(); ++it)
            if (it != first)
                second = std::max(second, *it);
        if (*first > best.score) {
            const int key = int(first - byPattern.begin());
            best = { key / 3, "LGR"[key % 3], *first, shift + s, *first - second };
        }
    }
    return best;
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
    score = 0;
    double shift = 0; // carried from digit to digit: curl and perspective stretch the code unevenly
    for (int i = 0; i < 6; ++i) {
        const DigitMatch m = matchDigit(profile, left, module, 3 + 7 * i, shift, leftTemplates);
        if (m.score < MinimumMatch || m.margin < MinimumMargin)
            return std::nullopt;
        digits[size_t(i) + 1] = char('0' + m.digit);
        parities += m.parity;
        shift = m.shift;
        score += m.score;
    }
    shift = 0; // the right half from the end guard backwards
    for (int i = 5; i >= 0; --i) {
        const DigitMatch m = matchDigit(profile, left, module, 50 + 7 * i, shift, rightTemplates);
        if (m.score < MinimumMatch || m.margin < MinimumMargin)
            return std::nullopt;
        digits[size_t(i) + 7] = char('0' + m.digit);
        shift = m.shift;
        score += m.score;
    }
    const auto first = std::find(FirstDigitParities.begin(), FirstDigitParities.end(), parities);
    if (first == FirstDigitParities.end())
        return std::nullopt;
    digits[0] = char('0' + (first - FirstDigitParities.begin()));
    // The centre guard (modules 45..49, a bar before and after) where the placement puts it, at either blur.
    static const std::vector<Samples> guards = [] {
        std::vector<Samples> g;
        for (const double sigma : Blurs)
            g.push_back(blurred("01010", 1, 1, sigma));
        return g;
    }();
    const Samples middle = window(profile, left, module, 45, 5);
    double guard = -1;
    for (const Samples &g : guards)
        guard = std::max(guard, correlation(middle, g));
    if (guard < MinimumGuard || !validCheckDigit(digits))
        return std::nullopt;
    return digits;
}

std::optional<std::string> readProfile(const std::vector<double> &profile, int barsFrom, int barsTo)
{
    const auto ends = codeEnds(profile, barsFrom, barsTo, Modules);
    if (!ends)
        return std::nullopt;
    const auto best = bestPlacement(*ends, Modules, { -0.6, -0.3, 0.0, 0.3, 0.6 },
        [&](double left, double module, double &score) { return decodeAt(profile, left, module, score); });
    if (!best)
        return std::nullopt;
    return best->text;
}

} // namespace

std::optional<std::string> ProductProfileDecoder::read(const BarStrip &strip)
{
    return readEitherWay(strip, readProfile);
}

} // namespace kiosk::camera
