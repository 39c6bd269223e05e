#pragma once

#include "sync/CacheMissLookup.h"

#include <QList>
#include <utility>

namespace kiosk {

/// The backend for cache misses, answered by the test: it keeps each request and answers only when
/// told to, so a test can answer late, twice or never.
class ScriptedCacheMissLookup : public CacheMissLookup
{
    Q_OBJECT
public:
    using CacheMissLookup::CacheMissLookup;

    void request(int requestId, const QString &orderId) override { requests.append({ requestId, orderId }); }
    /// Answers the request at `index` (the order of request()), queued like the real one.
    void answer(qsizetype index, Answer answer)
    {
        QMetaObject::invokeMethod(
            this, [this, id = requests.at(index).first, answer] { Q_EMIT answered(id, answer); },
            Qt::QueuedConnection);
    }

    QList<std::pair<int, QString>> requests; ///< request id and order id, in order
};

} // namespace kiosk
