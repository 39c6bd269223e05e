#include "ProductProfileDecoder.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace kiosk::camera {

namespace {

constexpr int Modules = 95; // guard 3, six digits of 7, centre guard 5, six digits of 7, guard 3
constexpr int PerModule = 4; // profile samples per module while matching
constexpr int DigitSamples = 7 * PerModule;
constexpr std::array<double, 2> Blurs { 0.35, 0.7 }; // Gaussian sigma of the templates, in modules
constexpr std::array<double, 3> Shifts { -0.3, 0.0, 0.3 }; // of a digit against where the last one ended
constexpr double MinimumMatch = 0.75; // correlation of every digit with its pattern
constexpr double MinimumMargin = 0.04; // over the best pattern of another digit or parity
constexpr double MinimumGuard = 0.3; // correlation of the centre guard: blur leaves its single modules faint

constexpr std::array<const char *, 10> LeftOdd { "0001101", "0011001", "0010011", "0111101", "0100011",
    "0110001", "0101111", "0111011", "0110111", "0001011" };
constexpr std::array<const char *, 10> FirstDigitParities { "LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG",
    "LGGLLG", "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL" };

/// A run of modules as a template: its samples blurred, normalised to zero mean and unit norm.
struct Template
{
    std::array<double, DigitSamples> samples {};
    int digit = 0;
    char parity = 'L'; ///< L or G on the left, R on the right
};

double gaussianCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

/// `modules` (1 = bar) sampled PerModule times each, blurred by `sigma` modules, with `before` and `after`
/// continuing outside; normalised. Works for any run of up to seven modules (shorter ones pad with after).
std::array<double, DigitSamples> blurred(const std::string &modules, int before, int after, double sigma)
{
    const int n = int(modules.size());
    std::array<double, DigitSamples> out {};
    const int count = n * PerModule;
    double mean = 0;
    for (int i = 0; i < count; ++i) {
        const double t = (i + 0.5) / PerModule;
        double v = before * gaussianCdf((0 - t) / sigma) + after * (1 - gaussianCdf((n - t) / sigma));
        for (int j = 0; j < n; ++j)
            v += (modules[size_t(j)] == '1')
                * (gaussianCdf((j + 1 - t) / sigma) - gaussianCdf((j - t) / sigma));
        out[size_t(i)] = v;
        mean += v;
    }
    mean /= count;
    double norm = 0;
    for (int i = 0; i < count; ++i) {
        out[size_t(i)] -= mean;
        norm += out[size_t(i)] * out[size_t(i)];
    }
    norm = std::sqrt(std::max(norm, 1e-9));
    for (int i = 0; i < count; ++i)
        out[size_t(i)] /= norm;
    return out;
}

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

/// The darkness profile across the bars: the middle half of the strip's rows averaged, 255 = black.
std::vector<double> darkness(const BarStrip &strip)
{
    std::vector<double> profile(size_t(strip.width));
    const int top = strip.height / 4;
    const int bottom = std::max(top + 1, 3 * strip.height / 4);
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < strip.width; ++x)
            profile[size_t(x)] += 255 - strip.pixels[size_t(y) * size_t(strip.width) + size_t(x)];
    for (double &v : profile)
        v /= bottom - top;
    return profile;
}

double at(const std::vector<double> &profile, double x)
{
    x = std::clamp(x, 0.0, double(profile.size()) - 1.001);
    const int i = int(x);
    return profile[size_t(i)] + (x - i) * (profile[size_t(i) + 1] - profile[size_t(i)]);
}

/// `count` samples of the profile from module `start` on, PerModule per module, zero mean and unit norm.
std::array<double, DigitSamples> window(
    const std::vector<double> &profile, double left, double module, double start, int count)
{
    std::array<double, DigitSamples> out {};
    double mean = 0;
    for (int i = 0; i < count; ++i) {
        out[size_t(i)] = at(profile, left + (start + (i + 0.5) / PerModule) * module);
        mean += out[size_t(i)];
    }
    mean /= count;
    double norm = 0;
    for (int i = 0; i < count; ++i) {
        out[size_t(i)] -= mean;
        norm += out[size_t(i)] * out[size_t(i)];
    }
    norm = std::sqrt(std::max(norm, 1e-9));
    for (int i = 0; i < count; ++i)
        out[size_t(i)] /= norm;
    return out;
}

double correlation(
    const std::array<double, DigitSamples> &a, const std::array<double, DigitSamples> &b, int count)
{
    double sum = 0;
    for (int i = 0; i < count; ++i)
        sum += a[size_t(i)] * b[size_t(i)];
    return sum;
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
        const auto samples = window(profile, left, module, start + shift + s, DigitSamples);
        // The best score of each (digit, parity), then the best and the runner-up among them.
        std::array<double, 30> byPattern;
        byPattern.fill(-1);
        for (const Template &t : candidates) {
            const int key = t.digit * 3 + (t.parity == 'L' ? 0 : t.parity == 'G' ? 1 : 2);
            byPattern[size_t(key)]
                = std::max(byPattern[size_t(key)], correlation(samples, t.samples, DigitSamples));
        }
        int first = 0;
        for (int k = 1; k < 30; ++k)
            if (byPattern[size_t(k)] > byPattern[size_t(first)])
                first = k;
        double second = -1;
        for (int k = 0; k < 30; ++k)
            if (k != first)
                second = std::max(second, byPattern[size_t(k)]);
        if (byPattern[size_t(first)] > best.score) {
            best.digit = first / 3;
            best.parity = "LGR"[first % 3];
            best.score = byPattern[size_t(first)];
            best.shift = shift + s;
            best.margin = byPattern[size_t(first)] - second;
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
    static const std::array<std::array<double, DigitSamples>, Blurs.size()> guards = [] {
        std::array<std::array<double, DigitSamples>, Blurs.size()> g;
        for (size_t i = 0; i < Blurs.size(); ++i)
            g[i] = blurred("01010", 1, 1, Blurs[i]);
        return g;
    }();
    const auto middle = window(profile, left, module, 45, 5 * PerModule);
    double guard = -1;
    for (const auto &g : guards)
        guard = std::max(guard, correlation(middle, g, 5 * PerModule));
    if (guard < MinimumGuard)
        return std::nullopt;
    if (!validCheckDigit(digits))
        return std::nullopt;
    return digits;
}

/// Where the code's dark modules begin and end: the chain of dark runs around the middle of the bars,
/// joined across gaps narrower than a quiet zone.
std::optional<std::pair<double, double>> codeEnds(
    const std::vector<double> &profile, int barsFrom, int barsTo)
{
    if (barsTo - barsFrom < Modules)
        return std::nullopt;
    std::vector<double> inside(profile.begin() + barsFrom, profile.begin() + barsTo);
    std::sort(inside.begin(), inside.end());
    const double paper = inside[inside.size() / 20];
    const double ink = inside[inside.size() * 19 / 20];
    if (ink - paper < 10)
        return std::nullopt;
    const double threshold = paper + 0.3 * (ink - paper);
    const double gap
        = 7.0 * (barsTo - barsFrom) / Modules; // a quiet zone is wider than any space in the code
    const int middle = (barsFrom + barsTo) / 2;
    // Within a little of the cells with bars: beyond, a dark background or the label's edge would join the
    // chain.
    const int slack = barsFrom / 3;
    const int first = std::max(0, barsFrom - slack);
    const int last = std::min(int(profile.size()) - 1, barsTo + slack);
    int from = middle; // the outermost dark samples so far
    for (int x = middle; x >= first && from - x < gap; --x)
        if (profile[size_t(x)] >= threshold)
            from = x;
    int to = middle;
    for (int x = middle; x <= last && x - to < gap; ++x)
        if (profile[size_t(x)] >= threshold)
            to = x;
    if (to - from < Modules)
        return std::nullopt;
    return std::pair { double(from), double(to + 1) };
}

std::optional<std::string> readProfile(const std::vector<double> &profile, int barsFrom, int barsTo)
{
    const auto ends = codeEnds(profile, barsFrom, barsTo);
    if (!ends)
        return std::nullopt;
    const double module = (ends->second - ends->first) / Modules;
    std::optional<std::string> best;
    double bestScore = 0;
    for (const double dl : { -0.6, -0.3, 0.0, 0.3, 0.6 }) {
        for (const double dr : { -0.6, -0.3, 0.0, 0.3, 0.6 }) {
            const double left = ends->first + dl * module;
            const double right = ends->second + dr * module;
            double score = 0;
            if (auto digits = decodeAt(profile, left, (right - left) / Modules, score);
                digits && score > bestScore) {
                best = std::move(digits);
                bestScore = score;
            }
        }
    }
    return best;
}

} // namespace

std::optional<std::string> ProductProfileDecoder::read(const BarStrip &strip)
{
    std::vector<double> profile = darkness(strip);
    if (auto digits = readProfile(profile, strip.barsFrom, strip.barsTo))
        return digits;
    std::reverse(profile.begin(), profile.end()); // upside down
    return readProfile(profile, strip.width - strip.barsTo, strip.width - strip.barsFrom);
}

} // namespace kiosk::camera
