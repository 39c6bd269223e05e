#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kiosk::backend {

/// The retailer's orders as they were sold: either read from an orders JSON file (the format of
/// kiosk-config/demo/orders.json) or generated deterministically from a seed, so a million-order load
/// test needs no file. Read-only after loading, so safe to share between threads; the returns the
/// backend counts against an order are BackendStore's, and OrderFeed serves the two together.
class OrderCatalog
{
public:
    /// What a line sold and what was already returned before any kiosk return (e.g. at a till).
    struct LineFigures
    {
        qint64 quantity = 0;
        qint64 returned = 0;
        qint64 unitPrice = 0; ///< minor units
    };

    bool loadFile(const QString &path, QString *error);
    /// Serves @p count synthetic orders RK-1000000, RK-1000001, ... derived from @p seed.
    void generate(qint64 count, quint64 seed);

    qint64 size() const;
    /// One order as compact JSON text.
    std::optional<QByteArray> find(const QString &id) const;
    /// The order at @p index (0 <= index < size()) in feed order, and its id.
    QByteArray orderAt(qint64 index) const;
    QString idAt(qint64 index) const;
    /// Line number -> figures of the order; nullopt when the catalog does not hold the order.
    std::optional<QHash<int, LineFigures>> lineFigures(const QString &id) const;

    /// @p orderJson with @p unitsByLine added to its lines' quantityReturned (never above quantity)
    /// and @p returnIds as its "returnIds".
    static QByteArray withCountedReturns(
        const QByteArray &orderJson, const QHash<int, qint64> &unitsByLine, const QStringList &returnIds);

    static constexpr qint64 FirstGeneratedNumber = 1000000;

private:
    QByteArray generatedOrder(qint64 index) const;

    std::vector<QByteArray> m_orders; ///< orders from the file, as compact JSON
    std::vector<QString> m_ids; ///< their ids, in the same order
    QHash<QString, qint64> m_indexById;
    qint64 m_generatedCount = 0;
    quint64 m_seed = 0;
};

} // namespace kiosk::backend
