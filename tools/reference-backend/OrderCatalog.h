#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace kiosk::backend {

/// The retailer's orders as the reference backend serves them: either read from an orders JSON file
/// (the format of kiosk-config/demo/orders.json) or generated deterministically from a seed, so a
/// million-order load test needs no file. Read-only after loading, so safe to share between threads.
class OrderCatalog
{
public:
    /// One page of GET /v1/orders/changes.
    struct Page
    {
        QByteArray ordersJson; ///< a JSON array of orders, ready to send
        QString nextCursor;
        bool hasMore = false;
    };

    bool loadFile(const QString &path, QString *error);
    /// Serves @p count synthetic orders RK-1000000, RK-1000001, ... derived from @p seed.
    void generate(qint64 count, quint64 seed);

    qint64 size() const;
    /// The page after @p cursor (empty: from the start); nullopt when the cursor is not one of ours.
    std::optional<Page> changes(const QString &cursor, int limit) const;
    /// One order as compact JSON text.
    std::optional<QByteArray> find(const QString &id) const;

    static constexpr qint64 FirstGeneratedNumber = 1000000;

private:
    QByteArray orderAt(qint64 index) const;
    QByteArray generatedOrder(qint64 index) const;

    std::vector<QByteArray> m_orders; ///< orders from the file, as compact JSON
    QHash<QString, qint64> m_indexById;
    qint64 m_generatedCount = 0;
    quint64 m_seed = 0;
};

} // namespace kiosk::backend
