#include "Backoff.h"

#include <algorithm>
#include <memory>
#include <random>

namespace kiosk {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_random(std::move(random))
{ }

std::chrono::milliseconds Backoff::ceiling(int attempt) const
{
    // Doubling past 2^40 cannot matter next to any sane cap and would overflow.
    const int shift = std::clamp(attempt, 0, 40);
    const auto capMs = m_cap.count();
    const auto baseMs = m_base.count();
    if (baseMs > (capMs >> shift))
        return m_cap;
    return std::chrono::milliseconds(baseMs << shift);
}

std::chrono::milliseconds Backoff::delay(int attempt) const
{
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(static_cast<long long>(r * double(ceiling(attempt).count())));
}

Backoff::Random Backoff::systemRandom()
{
    auto engine = std::make_shared<std::mt19937_64>(std::random_device {}());
    return [engine] { return std::uniform_real_distribution<double>(0.0, 1.0)(*engine); };
}

} // namespace kiosk
