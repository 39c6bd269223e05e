#pragma once

#include "sync/HttpClient.h"
#include "sync/SyncProtocol.h"

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace kiosk {

/// Fetches and parses GET /v1/orders/changes pages on its own thread one page ahead of the caller,
/// so the next page travels and parses while the caller writes the current one to the cache. At most
/// one finished page waits; the thread stops after the last page or the first failure.
class OrderPageFetcher
{
public:
    struct Result
    {
        HttpResponse response; ///< its body is dropped once parsed
        std::optional<SyncProtocol::Parsed<SyncProtocol::ChangesPage>> page; ///< parsed 200 JSON replies
    };

    /// Starts fetching from @p cursor (empty: the beginning). @p http is used only by this thread
    /// until the fetcher is destroyed.
    OrderPageFetcher(HttpClient &http, int limit, const QString &cursor);
    /// Waits for a request in flight to end, then stops the thread.
    ~OrderPageFetcher();
    OrderPageFetcher(const OrderPageFetcher &) = delete;
    OrderPageFetcher &operator=(const OrderPageFetcher &) = delete;

    /// Blocks until the next page (or the failure that ended the pages) is ready.
    Result next();

private:
    void run(QString cursor);

    HttpClient &m_http;
    const int m_limit;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::optional<Result> m_ready;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace kiosk
