#include "OrderGenerator.h"

#include "cache/OrderVerifier.h"

#include <QStringList>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

struct CategoryMix
{
    const char16_t *name;
    int weight;
    MinorUnits minPrice;
    MinorUnits maxPrice;
};

constexpr std::array<CategoryMix, 19> Mix { {
    { u"apparel", 270, 999, 12999 },
    { u"outerwear", 30, 4999, 29999 },
    { u"footwear", 90, 2999, 18999 },
    { u"accessories", 70, 499, 7999 },
    { u"beauty", 70, 399, 6999 },
    { u"home", 80, 999, 29999 },
    { u"toys", 50, 499, 9999 },
    { u"books", 60, 499, 3999 },
    { u"electronics", 70, 1999, 59999 },
    { u"phones", 15, 19999, 139999 },
    { u"computers", 15, 39999, 299999 },
    { u"appliances", 15, 4999, 89999 },
    { u"swimwear", 20, 1999, 8999 },
    { u"underwear", 25, 799, 3999 },
    { u"gift-cards", 20, 1000, 20000 },
    { u"perishables", 10, 299, 4999 },
    { u"personal-care", 20, 299, 4999 },
    { u"clearance", 30, 299, 4999 },
    { u"custom-made", 5, 4999, 49999 },
} };

constexpr int totalWeight()
{
    int total = 0;
    for (const CategoryMix &c : Mix)
        total += c.weight;
    return total;
}

const QStringList Sizes { u"XS"_s, u"S"_s, u"M"_s, u"L"_s, u"XL"_s };
const QStringList Colours { u"black"_s, u"white"_s, u"navy"_s, u"red"_s, u"green"_s, u"beige"_s };

QString gtin14(std::uint64_t body)
{
    QString digits = u"%1"_s.arg(qulonglong(body % 10000000000000ULL), 13, 10, QChar(u'0'));
    int sum = 0;
    for (int i = 0; i < 13; ++i)
        sum += (digits.at(i).digitValue()) * ((i % 2 == 0) ? 3 : 1);
    return digits + QString::number((10 - sum % 10) % 10);
}

} // namespace

OrderGenerator::OrderGenerator(std::uint64_t seed, QDateTime now)
    : m_state(seed ^ 0x9E3779B97F4A7C15ULL)
    , m_now(std::move(now))
{ }

std::uint64_t OrderGenerator::random()
{
    // splitmix64: tiny, fast, and identical on every platform.
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

QString OrderGenerator::orderId(std::int64_t index)
{
    return u"RK-%1"_s.arg(1000000 + index);
}

QString OrderGenerator::demoVerifier(const QString &orderId)
{
    return u"1"_s + orderId.right(4);
}

Order OrderGenerator::next()
{
    Order order;
    order.id = orderId(m_index++);
    order.currency = u"USD"_s;
    order.customerRef = u"cust-%1"_s.arg(random() % std::uint64_t(m_index / 3 + 1000));
    const int tier = below(100);
    order.loyaltyTier = tier < 60 ? QString() : tier < 85 ? u"silver"_s : tier < 97 ? u"gold"_s : u"plus"_s;
    order.placedAt = m_now.addSecs(-qint64(random() % (120ULL * 86400)) - 3600);
    if (chance(95)) {
        order.shippedAt = order.placedAt.addSecs(3600 + qint64(random() % (2ULL * 86400)));
        const QDateTime delivered = order.shippedAt.addSecs(86400 + qint64(random() % (5ULL * 86400)));
        if (delivered < m_now && chance(97))
            order.deliveredAt = delivered;
    }
    const int method = below(100);
    order.paymentMethods = method < 80 ? QStringList { u"card"_s }
        : method < 90                  ? QStringList { u"card"_s, u"giftcard"_s }
        : method < 98                  ? QStringList { u"paypal"_s }
                                       : QStringList {};
    if (chance(80)) {
        order.verifierSalt = QByteArray::number(qulonglong(random()), 16).rightJustified(16, '0');
        order.verifierHash = OrderVerifier::hash(order.verifierSalt, demoVerifier(order.id));
    }

    const int shape = below(100);
    const int lineCount = shape < 60 ? 1 : shape < 82 ? 2 : shape < 93 ? 3 : 4 + below(3);
    MinorUnits returnedValue = 0;
    for (int n = 1; n <= lineCount; ++n) {
        int pick = below(totalWeight());
        const CategoryMix *category = &Mix[0];
        for (const CategoryMix &c : Mix) {
            if (pick < c.weight) {
                category = &c;
                break;
            }
            pick -= c.weight;
        }
        OrderLine line;
        line.lineNo = n;
        line.category = QString::fromUtf16(category->name);
        const std::uint64_t product = random() % 200000;
        line.sku = u"%1-%2"_s.arg(line.category.left(3).toUpper()).arg(product);
        line.gtin = gtin14(product * 7919 + 400000000000ULL);
        line.title = u"%1 item %2"_s.arg(line.category).arg(product);
        line.unitPrice = category->minPrice
            + MinorUnits(random() % std::uint64_t(category->maxPrice - category->minPrice));
        const int qty = below(100);
        line.quantity = qty < 85 ? 1 : qty < 95 ? 2 : 3;
        if (line.category == u"apparel"_s || line.category == u"footwear"_s
            || line.category == u"swimwear"_s) {
            line.attributes.insert(u"size"_s, Sizes[below(int(Sizes.size()))]);
            line.attributes.insert(u"colour"_s, Colours[below(int(Colours.size()))]);
        }
        if (line.attributes.contains(u"size"_s)) // the other sizes, same colour: what an exchange offers
            for (const QString &size : Sizes)
                if (size != line.attributes.value(u"size"_s))
                    line.variants.push_back(
                        { line.sku + u'-' + size, size, line.attributes.value(u"colour"_s) });
        line.finalSale = chance(2);
        line.nonReturnable = chance(1);
        if (order.deliveredAt.isValid() && chance(8)) {
            line.quantityReturned = 1 + below(line.quantity);
            returnedValue += line.unitPrice * line.quantityReturned;
        }
        order.lines.push_back(line);
    }
    // About a third were bought in a store; drawn last so the fields above stay as they were per seed.
    if (chance(33))
        order.receipt = { 1 + below(9999), 1 + below(999), 1 + below(999999), order.placedAt.date() };
    m_lastReturn.reset();
    if (returnedValue > 0) {
        const QDateTime returnedAt = order.deliveredAt.addSecs(qint64(random() % (10ULL * 86400)));
        if (returnedAt < m_now)
            m_lastReturn = ReturnHistoryEntry { u"H-"_s + order.id, order.customerRef, order.id, returnedAt,
                returnedValue, false };
    }
    return order;
}

} // namespace kiosk
