#pragma once

#include "domain/Order.h"

#include <QMap>
#include <QObject>
#include <QVariantList>

#include <vector>

namespace kiosk {

class StockLookup;

/// An exchange, one chosen item at a time: the other sizes and colours the item comes in, the store's
/// stock of each as the backend answers it, and the variant the shopper picks. Stock that can't be
/// confirmed (offline, slow or unknown to the backend) is never treated as available: those variants
/// can't be picked and the screen offers store credit instead (docs/architecture.md).
class ExchangeChoice : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString current READ current NOTIFY changed)
    Q_PROPERTY(QVariantList options READ options NOTIFY changed)
    Q_PROPERTY(bool checking READ checking NOTIFY changed)
    Q_PROPERTY(bool stockUnknown READ stockUnknown NOTIFY changed)
    Q_PROPERTY(int index READ index NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString chosenText READ chosenText NOTIFY changed)
public:
    using QObject::QObject;

    /// Where stock comes from; without one every variant's stock is unknown.
    void setStockLookup(StockLookup *stock);

    /// The item being exchanged now, and what it is (size and colour) today.
    QString title() const;
    QString current() const;
    /// [{sku, text, state: "checking" | "inStock" | "outOfStock" | "unknown"}]
    QVariantList options() const;
    bool checking() const { return m_checking; }
    /// The answer came and no variant of this item could be confirmed.
    bool stockUnknown() const;
    int index() const { return m_index; }
    int count() const { return int(m_lines.size()); }
    /// What the shopper takes instead, e.g. "Organic cotton T-shirt, Size L · Blue"; empty until chosen.
    QString chosenText() const;

    /// Starts with the items to exchange (each with variants) and asks for the first one's stock.
    void begin(std::vector<OrderLine> lines);
    /// The shopper picked `sku` for the current item: accepted only when it is one of its variants and
    /// in stock; then the next item is asked about.
    bool choose(const QString &sku);
    /// Every item has its variant.
    bool isComplete() const { return !m_lines.empty() && m_chosen.size() == m_lines.size(); }
    /// Back to the previous item; false on the first.
    bool back();
    /// The sku chosen for the i-th item given to begin().
    QString chosenSku(size_t i) const { return i < m_chosen.size() ? m_chosen[i] : QString(); }
    void clear();

    static QString describe(const QString &size, const QString &colour);

Q_SIGNALS:
    void changed();

private:
    void ask();
    void onAnswered(int requestId, const QMap<QString, int> &available);

    StockLookup *m_stock = nullptr;
    std::vector<OrderLine> m_lines;
    std::vector<QString> m_chosen;
    int m_index = 0;
    int m_requestId = 0;
    bool m_checking = false;
    QMap<QString, int> m_available; ///< of the current item's variants; missing = unknown
};

} // namespace kiosk
