#include "ExchangeChoice.h"

#include "stock/StockLookup.h"

#include <QLoggingCategory>
#include <QVariantMap>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcExchange, "kiosk.exchange")

namespace kiosk {

void ExchangeChoice::setStockLookup(StockLookup *stock)
{
    if (m_stock)
        disconnect(m_stock, nullptr, this, nullptr);
    m_stock = stock;
    if (m_stock)
        connect(m_stock, &StockLookup::answered, this, &ExchangeChoice::onAnswered);
}

QString ExchangeChoice::describe(const QString &size, const QString &colour)
{
    if (size.isEmpty())
        return colour;
    const QString sized = tr("Size %1").arg(size);
    return colour.isEmpty() ? sized : sized + u" · "_s + colour;
}

QString ExchangeChoice::title() const
{
    return m_index < count() ? m_lines[size_t(m_index)].title : QString();
}

QString ExchangeChoice::current() const
{
    if (m_index >= count())
        return {};
    const OrderLine &line = m_lines[size_t(m_index)];
    return describe(line.attributes.value(u"size"_s), line.attributes.value(u"colour"_s));
}

QString ExchangeChoice::chosenText() const
{
    QStringList items;
    for (size_t i = 0; i < m_chosen.size(); ++i)
        for (const OrderLineVariant &variant : m_lines[i].variants)
            if (variant.sku == m_chosen[i])
                items.append(tr("%1, %2").arg(m_lines[i].title, describe(variant.size, variant.colour)));
    return items.join(u"; "_s);
}

QVariantList ExchangeChoice::options() const
{
    QVariantList out;
    if (m_index >= count())
        return out;
    for (const OrderLineVariant &variant : m_lines[size_t(m_index)].variants) {
        const int available = m_available.value(variant.sku, -1);
        const QString state = m_checking ? u"checking"_s
            : available < 0              ? u"unknown"_s
            : available == 0             ? u"outOfStock"_s
                                         : u"inStock"_s;
        out.append(QVariantMap { { u"sku"_s, variant.sku },
            { u"text"_s, describe(variant.size, variant.colour) }, { u"state"_s, state } });
    }
    return out;
}

bool ExchangeChoice::stockUnknown() const
{
    if (m_checking || m_index >= count())
        return false;
    const auto &variants = m_lines[size_t(m_index)].variants;
    return std::none_of(variants.begin(), variants.end(),
        [this](const OrderLineVariant &v) { return m_available.contains(v.sku); });
}

void ExchangeChoice::begin(std::vector<OrderLine> lines)
{
    m_lines = std::move(lines);
    m_chosen.clear();
    m_index = 0;
    ask();
}

void ExchangeChoice::ask()
{
    m_available.clear();
    ++m_requestId; // an answer to an earlier question is stale from now on
    m_checking = m_stock && m_index < count();
    if (m_checking) {
        QStringList skus;
        for (const OrderLineVariant &variant : m_lines[size_t(m_index)].variants)
            skus.append(variant.sku);
        m_stock->request(m_requestId, skus);
    }
    Q_EMIT changed();
}

void ExchangeChoice::onAnswered(int requestId, const QMap<QString, int> &available)
{
    if (requestId != m_requestId || !m_checking)
        return;
    m_checking = false;
    m_available = available;
    qCInfo(lcExchange) << "stock for" << m_available.size() << "variants known";
    Q_EMIT changed();
}

bool ExchangeChoice::choose(const QString &sku)
{
    if (m_checking || m_index >= count() || m_available.value(sku, 0) <= 0)
        return false;
    const auto &variants = m_lines[size_t(m_index)].variants;
    if (std::none_of(variants.begin(), variants.end(), [&](const auto &v) { return v.sku == sku; }))
        return false;
    m_chosen.push_back(sku);
    if (++m_index < count())
        ask();
    else
        Q_EMIT changed();
    return true;
}

bool ExchangeChoice::back()
{
    if (m_index == 0)
        return false;
    --m_index;
    m_chosen.resize(size_t(m_index));
    ask();
    return true;
}

void ExchangeChoice::clear()
{
    m_lines.clear();
    m_chosen.clear();
    m_index = 0;
    ++m_requestId;
    m_checking = false;
    m_available.clear();
    Q_EMIT changed();
}

} // namespace kiosk
