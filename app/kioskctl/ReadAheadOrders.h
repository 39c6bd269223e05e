#pragma once

#include "cache/NdjsonOrderReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace kiosk::cli {

/// Reads and parses an NDJSON data set on a thread of its own, at most a bounded number of orders ahead
/// of the one writing them into the cache, so parsing and SQLite run side by side in constant memory.
/// The reader is the thread's alone until the end: its rejected() and errors() are read after next()
/// returned false (or this object is gone).
class ReadAheadOrders
{
public:
    /// One parsed order and where the reading stood when it was parsed.
    struct Item
    {
        OrderJson::Result parsed;
        qint64 line = 0; ///< the line it stands on
        qint64 bytesRead = 0;
        int rejectedSoFar = 0;
    };

    /// Starts reading @p reader (opened) at once.
    explicit ReadAheadOrders(NdjsonOrderReader &reader);
    /// Stops the reading thread (early if the consumer stopped early) and waits for it.
    ~ReadAheadOrders();
    ReadAheadOrders(const ReadAheadOrders &) = delete;
    ReadAheadOrders &operator=(const ReadAheadOrders &) = delete;

    /// The next order, in file order; false after the last one.
    bool next(Item *item);

private:
    static constexpr std::size_t BatchSize = 64; ///< orders handed over under one lock
    static constexpr std::size_t MaxAhead = 1024; ///< orders parsed and not yet taken, at most

    void run();

    NdjsonOrderReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_ready; ///< guarded by m_mutex
    bool m_finished = false; ///< the reader reached the end; guarded by m_mutex
    bool m_stop = false; ///< the consumer is gone; guarded by m_mutex
    std::deque<Item> m_taken; ///< the consumer's own batch
    std::thread m_thread;
};

} // namespace kiosk::cli
