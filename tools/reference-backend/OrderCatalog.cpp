#include "OrderCatalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

constexpr auto CursorPrefix = "c1."_L1;

/// splitmix64: a tiny, well-mixed deterministic generator; good enough for synthetic data.
class SplitMix
{
public:
    explicit SplitMix(quint64 seed)
        : m_state(seed)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }

private:
    quint64 m_state;
};

QString encodeCursor(qint64 index)
{
    return CursorPrefix
        + QString::fromLatin1(QByteArray::number(index).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> decodeCursor(const QString &cursor, qint64 size)
{
    if (cursor.isEmpty())
        return 0;
    if (!cursor.startsWith(CursorPrefix) || cursor.size() > 40)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(cursor.mid(CursorPrefix.size()).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    bool ok = false;
    const qint64 index = decoded ? decoded.decoded.toLongLong(&ok) : -1;
    if (!ok || index < 0 || index > size)
        return std::nullopt;
    return index;
}

} // namespace

bool OrderCatalog::loadFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull()) {
        *error = parseError.errorString();
        return false;
    }
    const QJsonValue orders = doc.object().value("orders"_L1);
    if (!orders.isArray()) {
        *error = u"no \"orders\" array"_s;
        return false;
    }
    for (const QJsonValue &value : orders.toArray()) {
        const QString id = value.toObject().value("id"_L1).toString();
        if (id.isEmpty() || m_indexById.contains(id)) {
            *error = u"order %1 has no id or a duplicate id"_s.arg(m_orders.size());
            return false;
        }
        m_indexById.insert(id, qint64(m_orders.size()));
        m_orders.push_back(value.toObject());
    }
    return true;
}

void OrderCatalog::generate(qint64 count, quint64 seed)
{
    m_generatedCount = count;
    m_seed = seed;
}

qint64 OrderCatalog::size() const
{
    return qint64(m_orders.size()) + m_generatedCount;
}

std::optional<OrderCatalog::Page> OrderCatalog::changes(const QString &cursor, int limit) const
{
    const auto start = decodeCursor(cursor, size());
    if (!start)
        return std::nullopt;
    const qint64 end = std::min(size(), *start + limit);
    Page page;
    for (qint64 i = *start; i < end; ++i)
        page.orders.append(orderAt(i));
    page.nextCursor = encodeCursor(end);
    page.hasMore = end < size();
    return page;
}

std::optional<QJsonObject> OrderCatalog::find(const QString &id) const
{
    if (const auto it = m_indexById.constFind(id); it != m_indexById.constEnd())
        return m_orders.at(std::size_t(*it));
    if (m_generatedCount > 0 && id.startsWith("RK-"_L1)) {
        bool ok = false;
        const qint64 number = QStringView(id).mid(3).toLongLong(&ok);
        if (ok && number >= FirstGeneratedNumber && number - FirstGeneratedNumber < m_generatedCount
            && id == u"RK-"_s + QString::number(number))
            return generatedOrder(number - FirstGeneratedNumber);
    }
    return std::nullopt;
}

QJsonObject OrderCatalog::orderAt(qint64 index) const
{
    if (index < qint64(m_orders.size()))
        return m_orders.at(std::size_t(index));
    return generatedOrder(index - qint64(m_orders.size()));
}

QJsonObject OrderCatalog::generatedOrder(qint64 index) const
{
    static const QStringList categories { u"apparel"_s, u"footwear"_s, u"home"_s, u"electronics"_s,
        u"beauty"_s };
    static const QStringList sizes { u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s };
    static const QStringList tiers { QString(), u"silver"_s, u"gold"_s };
    static const QStringList payments { u"card"_s, u"gift_card"_s, u"paypal"_s };
    SplitMix rng(m_seed * 0x100000001b3ULL ^ quint64(index));

    const QByteArray salt = QByteArray::number(rng.next(), 16).rightJustified(16, '0');
    const QByteArray postcode = QByteArray::number(10000 + rng.below(90000));
    const QByteArray hash = QCryptographicHash::hash(QByteArray(salt + postcode), QCryptographicHash::Sha256);
    const QDateTime placed
        = QDateTime(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(rng.below(100 * 24 * 3600)));

    QJsonArray lines;
    const int lineCount = 1 + rng.below(4);
    for (int n = 1; n <= lineCount; ++n) {
        const QString category = categories.at(rng.below(int(categories.size())));
        const int quantity = 1 + rng.below(3);
        QJsonObject attributes;
        if (category == u"apparel"_s || category == u"footwear"_s)
            attributes.insert("size"_L1, sizes.at(rng.below(int(sizes.size()))));
        const int sku = rng.below(1000000);
        lines.append(QJsonObject {
            { "lineNo"_L1, n },
            { "sku"_L1, u"SKU-%1"_s.arg(sku, 6, 10, QChar(u'0')) },
            { "gtin"_L1, u"0400%1"_s.arg(sku, 10, 10, QChar(u'0')) },
            { "title"_L1, u"Synthetic %1 item %2"_s.arg(category).arg(sku) },
            { "category"_L1, category },
            { "attributes"_L1, attributes },
            { "unitPrice"_L1, 499 + rng.below(20000) },
            { "quantity"_L1, quantity },
            { "quantityReturned"_L1, 0 },
            { "finalSale"_L1, rng.below(20) == 0 },
            { "nonReturnable"_L1, rng.below(50) == 0 },
        });
    }
    return QJsonObject {
        { "id"_L1, QString(u"RK-"_s + QString::number(FirstGeneratedNumber + index)) },
        { "currency"_L1, u"USD"_s },
        { "customerRef"_L1, u"C-%1"_s.arg(rng.below(1000000), 7, 10, QChar(u'0')) },
        { "loyaltyTier"_L1, tiers.at(rng.below(int(tiers.size()))) },
        { "verifier"_L1,
            QJsonObject { { "salt"_L1, QString::fromLatin1(salt.toHex()) },
                { "hash"_L1, QString::fromLatin1(hash.toHex()) } } },
        { "placedAt"_L1, placed.toString(Qt::ISODate) },
        { "shippedAt"_L1, placed.addDays(1).toString(Qt::ISODate) },
        { "deliveredAt"_L1, placed.addDays(3).toString(Qt::ISODate) },
        { "paymentMethods"_L1, QJsonArray { payments.at(rng.below(int(payments.size()))) } },
        { "lines"_L1, lines },
    };
}

} // namespace kiosk::backend
