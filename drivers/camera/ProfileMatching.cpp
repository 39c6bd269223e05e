#include "ProfileMatching.h"

#include <algorithm>
#include <cmath>

namespace kiosk::camera::profile {

namespace {

double gaussianCdf(double x)
{
    return 0.5 * std::erfc(-x / std::sqrt(2.0));
}

void normalise(Samples &s)
{
    double mean = 0;
    for (const double v : s)
        mean += v;
    mean /= double(std::max<size_t>(1, s.size()));
    double norm = 0;
    for (double &v : s) {
        v -= mean;
        norm += v * v;
    }
    norm = std::sqrt(std::max(norm, 1e-9));
    for (double &v : s)
        v /= norm;
}

double at(const std::vector<double> &profile, double x)
{
    x = std::clamp(x, 0.0, double(profile.size()) - 1.001);
    const int i = int(x);
    return profile[size_t(i)] + (x - i) * (profile[size_t(i) + 1] - profile[size_t(i)]);
}

} // namespace

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

const std::vector<TemplateBlur> &templateBlurs()
{
    static const std::vector<TemplateBlur> all = [] {
        std::vector<TemplateBlur> b;
        for (const double sigma : Blurs)
            b.push_back({ sigma, 0 });
        for (const double smear : Smears)
            b.push_back({ SmearedSigma, smear });
        return b;
    }();
    return all;
}

Samples blurred(std::string_view modules, int before, int after, const TemplateBlur &blur)
{
    const auto [sigma, smear] = blur;
    constexpr int SmearTaps = 9; // points the box is averaged over
    const int n = int(modules.size());
    const int taps = smear > 0 ? SmearTaps : 1;
    Samples out(size_t(n * PerModule));
    for (int i = 0; i < n * PerModule; ++i) {
        for (int k = 0; k < taps; ++k) {
            const double t
                = (i + 0.5) / PerModule + (taps > 1 ? smear * (double(k) / (taps - 1) - 0.5) : 0.0);
            double v = before * gaussianCdf((0 - t) / sigma) + after * (1 - gaussianCdf((n - t) / sigma));
            for (int j = 0; j < n; ++j)
                v += (modules[size_t(j)] == '1')
                    * (gaussianCdf((j + 1 - t) / sigma) - gaussianCdf((j - t) / sigma));
            out[size_t(i)] += v;
        }
    }
    normalise(out);
    return out;
}

Samples window(const std::vector<double> &profile, double left, double module, double start, int modules)
{
    Samples out(size_t(modules * PerModule));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = at(profile, left + (start + (double(i) + 0.5) / PerModule) * module);
    normalise(out);
    return out;
}

double ink(const std::vector<double> &profile, double left, double module, double start, int modules)
{
    const int samples = modules * PerModule;
    double sum = 0;
    for (int i = 0; i < samples; ++i)
        sum += at(profile, left + (start + (i + 0.5) / PerModule) * module);
    return sum / samples;
}

double correlation(const Samples &a, const Samples &b)
{
    double sum = 0;
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        sum += a[i] * b[i];
    return sum;
}

std::optional<std::pair<double, double>> codeEnds(
    const std::vector<double> &profile, int barsFrom, int barsTo, int modules)
{
    if (barsTo - barsFrom < modules)
        return std::nullopt;
    std::vector<double> inside(profile.begin() + barsFrom, profile.begin() + barsTo);
    std::sort(inside.begin(), inside.end());
    const double paper = inside[inside.size() / 20];
    const double ink = inside[inside.size() * 19 / 20];
    if (ink - paper < 10)
        return std::nullopt;
    const double threshold = paper + 0.3 * (ink - paper);
    const double gap
        = 7.0 * (barsTo - barsFrom) / modules; // a quiet zone is wider than any space in the code
    const int middle = (barsFrom + barsTo) / 2;
    // Within a little of the cells with bars: beyond, a dark background or the label's edge would join.
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
    if (to - from < modules)
        return std::nullopt;
    return std::pair { double(from), double(to + 1) };
}

std::optional<ScoredRead> bestPlacement(std::pair<double, double> ends, int modules,
    const std::function<std::optional<std::string>(double left, double module, double &score)> &decode)
{
    const double module = (ends.second - ends.first) / modules;
    std::optional<ScoredRead> best;
    for (const double dl : EndNudges) {
        for (const double dr : EndNudges) {
            const double left = ends.first + dl * module;
            double score = 0;
            auto text = decode(left, (ends.second + dr * module - left) / modules, score);
            if (text && (!best || score > best->score))
                best = ScoredRead { std::move(*text), score };
        }
    }
    return best;
}

std::optional<std::string> readEitherWay(const BarStrip &strip,
    const std::function<std::optional<std::string>(
        const std::vector<double> &profile, int barsFrom, int barsTo)> &read)
{
    std::vector<double> profile = darkness(strip);
    if (auto found = read(profile, strip.barsFrom, strip.barsTo))
        return found;
    std::reverse(profile.begin(), profile.end());
    return read(profile, strip.width - strip.barsTo, strip.width - strip.barsFrom);
}

} // namespace kiosk::camera::profile
