#pragma once

#include <QObject>
#include <QString>

namespace kiosk {

/// Fetches an order the kiosk's cache lacks from the retailer backend into the cache, so the session
/// can decide on it locally as usual. Asynchronous: request() returns at once and answered() follows,
/// queued, exactly once per request.
class CacheMissLookup : public QObject
{
    Q_OBJECT
public:
    enum class Answer {
        Found, ///< the order is in the cache now
        NotFound, ///< the backend does not know it
        Unreachable, ///< no answer: offline, refused, too slow or a bad reply
    };
    Q_ENUM(Answer)

    using QObject::QObject;

    /// Starts a look-up; `requestId` comes back with the answer so a stale answer can be told apart.
    virtual void request(int requestId, const QString &orderId) = 0;

Q_SIGNALS:
    void answered(int requestId, kiosk::CacheMissLookup::Answer answer);
};

} // namespace kiosk
