#include "ReadAheadOrders.h"

namespace kiosk::cli {

ReadAheadOrders::ReadAheadOrders(NdjsonOrderReader &reader)
    : m_reader(reader)
    , m_thread([this] { run(); })
{ }

ReadAheadOrders::~ReadAheadOrders()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ReadAheadOrders::run()
{
    std::vector<Item> batch;
    batch.reserve(BatchSize);
    bool more = true;
    while (more) {
        Item item;
        more = m_reader.next(&item.parsed);
        if (more) {
            item.line = m_reader.line();
            item.bytesRead = m_reader.bytesRead();
            item.rejectedSoFar = m_reader.rejected();
            batch.push_back(std::move(item));
        }
        if (batch.size() < BatchSize && more)
            continue;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_ready.size() < MaxAhead; });
        if (m_stop)
            return;
        for (Item &ready : batch)
            m_ready.push_back(std::move(ready));
        batch.clear();
        m_finished = !more;
        lock.unlock();
        m_changed.notify_all();
    }
}

bool ReadAheadOrders::next(Item *item)
{
    if (m_taken.empty()) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
        if (m_ready.empty())
            return false;
        m_taken.swap(m_ready);
        lock.unlock();
        m_changed.notify_all();
    }
    *item = std::move(m_taken.front());
    m_taken.pop_front();
    return true;
}

} // namespace kiosk::cli
