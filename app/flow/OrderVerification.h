#pragma once

#include "domain/Order.h"

#include <QObject>
#include <QString>

#include <optional>

namespace kiosk {

/// The second factor for an order number the shopper typed or scanned: which order waits for its
/// billing ZIP/postcode (or e-mail), and how many wrong tries are left before a colleague must help.
/// Compares through OrderVerifier; what was typed is never kept, shown or logged.
class OrderVerification : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString orderId READ orderId NOTIFY changed)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY changed)
public:
    static constexpr int MaxTries = 3;
    enum class Outcome { Verified, Wrong, TooManyTries };

    using QObject::QObject;

    QString orderId() const { return m_orderId; }
    int triesLeft() const { return MaxTries - m_wrongTries; }

    /// A new order number: its own tries.
    void begin(const QString &orderId);
    /// `order` is the cached order, or nullopt when the number is unknown: that counts as a wrong try
    /// too, so the screen never tells which order numbers exist.
    Outcome check(const std::optional<Order> &order, const QString &typed);
    void clear();

Q_SIGNALS:
    void changed();

private:
    QString m_orderId;
    int m_wrongTries = 0;
};

} // namespace kiosk
