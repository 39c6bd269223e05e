#include "OrderCatalog.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

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
        m_ids.push_back(id);
        m_orders.push_back(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
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

std::optional<QByteArray> OrderCatalog::find(const QString &id) const
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

QByteArray OrderCatalog::orderAt(qint64 index) const
{
    if (index < qint64(m_orders.size()))
        return m_orders.at(std::size_t(index));
    return generatedOrder(index - qint64(m_orders.size()));
}

QString OrderCatalog::idAt(qint64 index) const
{
    if (index < qint64(m_ids.size()))
        return m_ids.at(std::size_t(index));
    return u"RK-"_s + QString::number(FirstGeneratedNumber + index - qint64(m_ids.size()));
}

std::optional<QHash<int, OrderCatalog::LineFigures>> OrderCatalog::lineFigures(const QString &id) const
{
    const auto json = find(id);
    if (!json)
        return std::nullopt;
    QHash<int, LineFigures> figures;
    for (const QJsonValue &value : QJsonDocument::fromJson(*json).object().value("lines"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        figures.insert(line.value("lineNo"_L1).toInt(),
            { qint64(line.value("quantity"_L1).toDouble()),
                qint64(line.value("quantityReturned"_L1).toDouble()),
                qint64(line.value("unitPrice"_L1).toDouble()) });
    }
    return figures;
}

QByteArray OrderCatalog::withCountedReturns(
    const QByteArray &orderJson, const QHash<int, qint64> &unitsByLine, const QStringList &returnIds)
{
    QJsonObject order = QJsonDocument::fromJson(orderJson).object();
    QJsonArray lines = order.value("lines"_L1).toArray();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonObject line = lines.at(i).toObject();
        const qint64 units = unitsByLine.value(line.value("lineNo"_L1).toInt());
        if (units == 0)
            continue;
        const qint64 returned = qint64(line.value("quantityReturned"_L1).toDouble()) + units;
        line.insert("quantityReturned"_L1, std::min(returned, qint64(line.value("quantity"_L1).toDouble())));
        lines.replace(i, line);
    }
    order.insert("lines"_L1, lines);
    order.insert("returnIds"_L1, QJsonArray::fromStringList(returnIds));
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

QByteArray OrderCatalog::generatedOrder(qint64 index) const
{
    // Written as JSON text directly: a million orders go out in pages, and QJsonObject costs several
    // times more per order. Every string here is plain ASCII without characters that need escaping.
    static const char *const categories[] = { "apparel", "footwear", "home", "electronics", "beauty" };
    static const char *const sizes[] = { "XS", "S", "M", "L", "XL" };
    static const char *const tiers[] = { "", "silver", "gold" };
    static const char *const payments[] = { "card", "gift_card", "paypal" };
    static const QDateTime epoch(QDate(2026, 8, 1), QTime(0, 0), Qt::UTC);
    SplitMix rng(m_seed * 0x100000001b3ULL ^ quint64(index));

    const QByteArray salt = QByteArray::number(rng.next(), 16).rightJustified(16, '0');
    const QByteArray postcode = QByteArray::number(10000 + rng.below(90000));
    const QByteArray hash = QCryptographicHash::hash(QByteArray(salt + postcode), QCryptographicHash::Sha256);
    const QDateTime placed = epoch.addSecs(qint64(rng.below(100 * 24 * 3600)));
    const int customer = rng.below(1000000);

    QByteArray json;
    json.reserve(1200);
    json += "{\"id\":\"RK-" + QByteArray::number(FirstGeneratedNumber + index)
        + "\",\"currency\":\"USD\",\"customerRef\":\"C-" + QByteArray::number(customer).rightJustified(7, '0')
        + "\",\"loyaltyTier\":\"" + tiers[rng.below(3)] + "\",\"verifier\":{\"salt\":\"" + salt.toHex()
        + "\",\"hash\":\"" + hash.toHex() + "\"},\"placedAt\":\"" + placed.toString(Qt::ISODate).toLatin1()
        + "\",\"shippedAt\":\"" + placed.addDays(1).toString(Qt::ISODate).toLatin1() + "\",\"deliveredAt\":\""
        + placed.addDays(3).toString(Qt::ISODate).toLatin1() + "\",\"paymentMethods\":[\""
        + payments[rng.below(3)] + "\"],\"lines\":[";
    const int lineCount = 1 + rng.below(4);
    for (int n = 1; n <= lineCount; ++n) {
        const int categoryIndex = rng.below(5);
        const QByteArray category = categories[categoryIndex];
        const QByteArray sku = QByteArray::number(rng.below(1000000)).rightJustified(6, '0');
        const QByteArray attributes = categoryIndex <= 1
            ? "{\"size\":\"" + QByteArray(sizes[rng.below(5)]) + "\"}"
            : QByteArray("{}");
        const QByteArray gtinBody = "0400000" + sku;
        int sum = 0;
        for (int i = 0; i < 13; ++i)
            sum += (gtinBody.at(i) - '0') * (i % 2 == 0 ? 3 : 1);
        const char checkDigit = char('0' + (10 - sum % 10) % 10);
        if (n > 1)
            json += ',';
        json += "{\"lineNo\":" + QByteArray::number(n) + ",\"sku\":\"SKU-" + sku + "\",\"gtin\":\"" + gtinBody
            + checkDigit + "\",\"title\":\"Synthetic " + category + " item " + sku + "\",\"category\":\""
            + category + "\",\"attributes\":" + attributes
            + ",\"unitPrice\":" + QByteArray::number(499 + rng.below(20000))
            + ",\"quantity\":" + QByteArray::number(1 + rng.below(3))
            + ",\"quantityReturned\":0,\"finalSale\":" + (rng.below(20) == 0 ? "true" : "false")
            + ",\"nonReturnable\":" + (rng.below(50) == 0 ? "true" : "false") + '}';
    }
    json += ']';
    // About a third were bought in a store: their paper receipt leads back to the order. Drawn after
    // the lines so the fields above stay what they were for a given seed.
    if (rng.below(3) == 0)
        json += ",\"receipt\":{\"store\":" + QByteArray::number(1 + rng.below(9999))
            + ",\"register\":" + QByteArray::number(1 + rng.below(999))
            + ",\"transaction\":" + QByteArray::number(1 + rng.below(999999)) + ",\"date\":\""
            + placed.date().toString(Qt::ISODate).toLatin1() + "\"}";
    json += '}';
    return json;
}

} // namespace kiosk::backend
