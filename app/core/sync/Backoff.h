#pragma once

#include <chrono>
#include <functional>

namespace kiosk {

/// Capped exponential backoff with full jitter: the n-th retry waits a uniformly random time in
/// [0, min(cap, base * 2^n)], so a fleet of kiosks coming back online does not hit the backend in step.
class Backoff
{
public:
    /// Returns a uniformly distributed number in [0, 1). Injected so tests can pin it.
    using Random = std::function<double()>;

    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, Random random);

    /// The upper bound for retry number `attempt` (0 for the first retry).
    std::chrono::milliseconds ceiling(int attempt) const;
    /// A random delay in [0, ceiling(attempt)].
    std::chrono::milliseconds delay(int attempt) const;

    /// A Random backed by a std::mt19937_64 seeded from std::random_device.
    static Random systemRandom();

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    Random m_random;
};

} // namespace kiosk
