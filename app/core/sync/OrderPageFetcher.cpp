#include "OrderPageFetcher.h"

#include <QUrl>

namespace kiosk {

OrderPageFetcher::OrderPageFetcher(HttpClient &http, int limit, const QString &cursor)
    : m_http(http)
    , m_limit(limit)
    , m_thread([this, cursor] { run(cursor); })
{ }

OrderPageFetcher::~OrderPageFetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

OrderPageFetcher::Result OrderPageFetcher::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_ready.has_value(); });
    Result result = std::move(*m_ready);
    m_ready.reset();
    lock.unlock();
    m_changed.notify_all();
    return result;
}

void OrderPageFetcher::run(QString cursor)
{
    for (;;) {
        QByteArray path = "/v1/orders/changes?limit=" + QByteArray::number(m_limit);
        if (!cursor.isEmpty())
            path += "&cursor=" + QUrl::toPercentEncoding(cursor);
        Result result { m_http.perform(HttpRequest { "GET", path, {} }), std::nullopt };
        bool more = false;
        if (result.response.status == 200 && SyncProtocol::isJsonContentType(result.response.contentType)) {
            result.page = SyncProtocol::parseChangesPage(result.response.body, m_limit);
            if (result.page->value) {
                result.response.body.clear();
                more = result.page->value->hasMore;
                cursor = result.page->value->nextCursor;
            }
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || !m_ready.has_value(); });
        if (m_stop)
            return;
        m_ready = std::move(result);
        lock.unlock();
        m_changed.notify_all();
        if (!more)
            return;
    }
}

} // namespace kiosk
