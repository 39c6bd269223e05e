#include "Code128ProfileDecoder.h"

#include "ProfileMatching.h"

#include <algorithm>
#include <array>
#include <vector>

namespace kiosk::camera {

namespace {

using namespace profile;

/// Bar and space widths of symbol values 0..105 (103..105 are the starts A, B, C).
constexpr std::array<const char *, 106> Widths { "212222", "222122", "222221", "121223", "121322", "131222",
    "122213", "122312", "132212", "221213", "221312", "231212", "112232", "122132", "122231", "113222",
    "123122", "123221", "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122",
    "321221", "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321",
    "112313", "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131", "113123",
    "113321", "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321",
    "331121", "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124",
    "121421", "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211", "241211",
    "221114", "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211",
    "411212", "421112", "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113",
    "114311", "411113", "411311", "113141", "114131", "311141", "411131", "211412", "211214", "211232" };
constexpr const char *StopWidths = "2331112";
constexpr int StartA = 103;
constexpr int SymbolModules = 11;
constexpr int StopModules = 13;
constexpr int MinimumSymbols = 3; // start, one data symbol, check
constexpr int MaximumSymbols = 40;
// Of a symbol against where the last one ended: curl stretches a receipt by up to half a module a symbol.
constexpr std::array<double, 5> Shifts { -0.5, -0.25, 0.0, 0.25, 0.5 };
constexpr double MinimumMatch = 0.8; // correlation of every symbol, the start and the stop with its pattern
constexpr double MinimumMargin = 0.04; // over the best other symbol
constexpr double MinimumModule = 1.5; // strip samples (two or three per pixel) per module

std::string modulesOf(const char *widths)
{
    std::string modules;
    for (int i = 0; widths[i]; ++i)
        modules.append(size_t(widths[i] - '0'), i % 2 ? '0' : '1');
    return modules;
}

/// Each symbol's templates at each of Blurs, a whole module included (a receipt's symbols are long enough,
/// and its check strict enough, to be read at that blur), not smeared (smears read no more receipts on the
/// tuning sets, docs/codes.md): a symbol follows a space and precedes a bar (the next symbol or the stop);
/// the stop follows a space and ends the code.
struct Templates
{
    std::vector<std::vector<Samples>> symbols; // [value][blur]
    std::vector<Samples> stop;
    Templates()
    {
        for (const char *w : Widths) {
            symbols.emplace_back();
            for (const double sigma : Blurs)
                symbols.back().push_back(blurred(modulesOf(w), 0, 1, { sigma }));
        }
        for (const double sigma : Blurs)
            stop.push_back(blurred(modulesOf(StopWidths), 0, 0, { sigma }));
    }
};

const Templates &templates()
{
    static const Templates t;
    return t;
}

double bestBlur(const Samples &window, const std::vector<Samples> &atBlurs)
{
    double best = -1;
    for (const Samples &t : atBlurs)
        best = std::max(best, correlation(window, t));
    return best;
}

/// The best value for the symbol at module `start` among values first..last, with its score, margin and
/// the shift it was found at.
struct SymbolMatch
{
    int value = -1;
    double score = -1;
    double margin = 0;
    double shift = 0;
};

SymbolMatch matchSymbol(const std::vector<double> &profile, double left, double module, double start,
    double shift, int first, int last)
{
    SymbolMatch best;
    for (const double s : Shifts) {
        const Samples w = window(profile, left, module, start + shift + s, SymbolModules);
        double top = -1;
        double second = -1;
        int value = -1;
        for (int v = first; v <= last; ++v) {
            const double c = bestBlur(w, templates().symbols[size_t(v)]);
            if (c > top) {
                second = top;
                top = c;
                value = v;
            } else {
                second = std::max(second, c);
            }
        }
        if (top > best.score)
            best = { value, top, top - second, shift + s };
    }
    return best;
}

/// The text of a Code 128 symbol sequence (start, data, no check), or nothing when it uses a function
/// code or holds no character (only code set switches and shifts).
std::optional<std::string> text(const std::vector<int> &values)
{
    enum Set { A, B, C };
    Set set = Set(values.front() - StartA);
    std::string out;
    bool shifted = false;
    for (size_t i = 1; i < values.size(); ++i) {
        const int v = values[i];
        const Set now = shifted ? (set == A ? B : A) : set;
        shifted = false;
        if (now == C) {
            if (v < 100)
                out += char('0' + v / 10), out += char('0' + v % 10);
            else if (v == 100)
                set = B;
            else if (v == 101)
                set = A;
            else
                return std::nullopt; // FNC1
        } else if (v < 64 || (now == B && v < 96)) {
            out += char(32 + v);
        } else if (now == A && v < 96) {
            out += char(v - 64);
        } else if (v == 98) {
            shifted = true;
        } else if (v == 99) {
            set = C;
        } else if (v == 100 && now == A) {
            set = B;
        } else if (v == 101 && now == B) {
            set = A;
        } else {
            return std::nullopt; // FNC1..4
        }
    }
    if (out.empty())
        return std::nullopt;
    return out;
}

/// The code read as `symbols` symbols (start and check included) plus the stop, module 0 at `left`.
std::optional<std::string> decodeAt(
    const std::vector<double> &profile, double left, double module, int symbols, double &score)
{
    const SymbolMatch start = matchSymbol(profile, left, module, 0, 0, StartA, StartA + 2);
    if (start.score < MinimumMatch || start.margin < MinimumMargin)
        return std::nullopt;
    const double stopAt = double(symbols * SymbolModules);
    double stop = -1;
    for (const double s : Shifts)
        stop = std::max(
            stop, bestBlur(window(profile, left, module, stopAt + s, StopModules), templates().stop));
    if (stop < MinimumMatch)
        return std::nullopt;
    std::vector<int> values { start.value };
    score = start.score + stop;
    double shift = start.shift;
    int check = start.value;
    for (int i = 1; i < symbols; ++i) {
        const SymbolMatch m
            = matchSymbol(profile, left, module, double(i * SymbolModules), shift, 0, StartA - 1);
        if (m.score < MinimumMatch || m.margin < MinimumMargin)
            return std::nullopt;
        values.push_back(m.value);
        shift = m.shift;
        score += m.score;
        if (i + 1 < symbols)
            check += i * m.value;
    }
    if (check % 103 != values.back())
        return std::nullopt;
    values.pop_back();
    return text(values);
}

std::optional<std::string> readProfile(const std::vector<double> &profile, int barsFrom, int barsTo)
{
    constexpr int TypicalModules = 11 * 12 + StopModules; // a receipt's order number
    const auto ends = codeEnds(profile, barsFrom, barsTo, TypicalModules);
    if (!ends)
        return std::nullopt;
    std::optional<ScoredRead> best;
    for (int symbols = MinimumSymbols; symbols <= MaximumSymbols; ++symbols) {
        const int modules = symbols * SymbolModules + StopModules;
        if ((ends->second - ends->first) / modules < MinimumModule)
            break; // more symbols would make the modules narrower than a strip ever has them
        auto read = bestPlacement(*ends, modules, [&](double left, double module, double &score) {
            return decodeAt(profile, left, module, symbols, score);
        });
        if (read && (!best || read->score > best->score))
            best = std::move(read);
    }
    if (!best)
        return std::nullopt;
    return best->text;
}

} // namespace

std::optional<std::string> Code128ProfileDecoder::read(const BarStrip &strip)
{
    return readEitherWay(strip, readProfile);
}

} // namespace kiosk::camera
