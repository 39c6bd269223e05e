#include "OrderJson.h"

#include <QJsonArray>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::OrderJson {

namespace {

constexpr qsizetype MaxLinesPerOrder = 500;
constexpr qsizetype MaxTextLength = 512;
constexpr qsizetype MaxVariantsPerLine = 100;
constexpr qsizetype MaxCountedReturns = 10000; // each return takes at least one unit of a line
constexpr qsizetype MaxReturnIdLength = 64;
constexpr double MaxAmount = 1e12; // minor units; far below 2^53 so doubles from JSON stay exact

/// An ISO 8601 time; "YYYY-MM-DDTHH:MM:SSZ", the form feeds and data sets use, read directly
/// (QDateTime::fromString was a tenth of a large import's time), any other form by QDateTime.
QDateTime utcTime(const QString &text)
{
    const auto digits = [&text](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        // A non-digit reads as -1, which QDate takes for a month or day as invalid but for a year as 1 BC.
        const int year = digits(0, 4);
        const QDate date(year, digits(5, 2), digits(8, 2));
        const int hour = digits(11, 2);
        const int minute = digits(14, 2);
        const int second = digits(17, 2);
        if (year > 0 && date.isValid() && QTime::isValid(hour, minute, second))
            return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

/// The bytes of an even number of hex digits (either case); empty for anything else.
QByteArray fromHex(const QString &text)
{
    const auto nibble = [](char16_t c) {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    };
    if (text.size() % 2 != 0)
        return {};
    QByteArray bytes(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const int high = nibble(text.at(2 * i).unicode());
        const int low = nibble(text.at(2 * i + 1).unicode());
        if (high < 0 || low < 0)
            return {};
        bytes[i] = char(high << 4 | low);
    }
    return bytes;
}

/// A product picture the kiosk may show: a path on its backend (fetched over the kiosk's own TLS
/// connection), or a file on the kiosk.
bool isImageUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    if (url.isRelative())
        return text.startsWith(u'/') && !text.startsWith(u"//") && url.host().isEmpty();
    return url.isLocalFile();
}

struct Reader
{
    const QJsonObject &object;
    QString parent {}; ///< where the object stands: "", "verifier.", "receipt."
    QLatin1StringView array {}; ///< with index: the object is array[index] inside outer (or parent)
    qsizetype index = -1;
    const Reader *outer = nullptr;
    QString error {};

    /// "lines[2].variants[0].": built only for a message (QString::arg per line cost a large import dearly).
    QString prefix() const
    {
        const QString base = outer ? outer->prefix() : parent;
        return array.isEmpty() ? base : base + array + u'[' + QString::number(index) + u"]."_s;
    }

    bool fail(const QString &key, const QString &what)
    {
        if (error.isEmpty())
            error = prefix() + key + u": "_s + what;
        return false;
    }

    bool text(const QString &key, QString &out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return required ? fail(key, u"missing"_s) : true;
        if (!value.isString())
            return fail(key, u"not a string"_s);
        out = value.toString();
        if (required && out.isEmpty())
            return fail(key, u"empty"_s);
        if (out.size() > MaxTextLength)
            return fail(key, u"too long"_s);
        return true;
    }

    bool integer(const QString &key, std::int64_t &out, double max, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return required ? fail(key, u"missing"_s) : true;
        if (!value.isDouble())
            return fail(key, u"not a number"_s);
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d))
            return fail(key, u"not a whole number"_s);
        if (d < 0)
            return fail(key, u"negative"_s);
        if (d > max)
            return fail(key, u"out of range"_s);
        out = std::int64_t(d);
        return true;
    }

    bool flag(const QString &key, bool &out)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isBool())
            return fail(key, u"not a boolean"_s);
        out = value.toBool();
        return true;
    }

    bool time(const QString &key, QDateTime &out, bool required)
    {
        QString raw;
        if (!text(key, raw, required))
            return false;
        if (raw.isEmpty())
            return true;
        out = utcTime(raw);
        if (!out.isValid() || out.timeSpec() == Qt::LocalTime)
            return fail(key, u"not an ISO 8601 time with offset"_s);
        out = out.toUTC();
        return true;
    }

    bool hex(const QString &key, QByteArray &out)
    {
        QString raw;
        if (!text(key, raw, true))
            return false;
        out = fromHex(raw);
        if (out.isEmpty())
            return fail(key, u"not hexadecimal"_s);
        return true;
    }
};

QString isoUtc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

/// An optional {"salt", "hash"} object: the reason it is unusable, or empty.
QString readVerifier(const QJsonObject &object, const QString &key, QByteArray &salt, QByteArray &hash)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return key + u": not an object"_s;
    const QJsonObject fields = value.toObject();
    Reader r { fields, key + u'.' };
    if (!r.hex(u"salt"_s, salt) || !r.hex(u"hash"_s, hash))
        return r.error;
    if (hash.size() != 32)
        return key + u".hash: not a SHA-256 digest"_s;
    return {};
}

/// "contact": {"email": {"sha256": hex, "masked": "j•••@example.com"}, "phone": {...}}, each optional.
QString readContacts(const QJsonObject &object, std::vector<OrderContact> &contacts)
{
    const QJsonValue value = object.value(u"contact"_s);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject())
        return u"contact: not an object"_s;
    const QJsonObject kinds = value.toObject();
    for (auto it = kinds.begin(); it != kinds.end(); ++it) {
        if (it.key() != u"email" && it.key() != u"phone")
            return u"contact.%1: unknown (email, phone)"_s.arg(it.key().left(32));
        if (!it.value().isObject())
            return u"contact.%1: not an object"_s.arg(it.key());
        const QJsonObject fields = it.value().toObject();
        OrderContact contact { it.key(), {}, {} };
        Reader r { fields, u"contact."_s + it.key() + u'.' };
        if (!r.hex(u"sha256"_s, contact.digest) || !r.text(u"masked"_s, contact.masked, true))
            return r.error;
        if (contact.digest.size() != 32)
            return u"contact.%1.sha256: not a SHA-256 digest"_s.arg(it.key());
        if (contact.masked.size() > 64)
            return u"contact.%1.masked: too long"_s.arg(it.key());
        contacts.push_back(std::move(contact));
    }
    return {};
}

} // namespace

Result fromJson(const QJsonObject &object)
{
    Order order;
    Reader r { object, {} };
    bool ok = r.text(u"id"_s, order.id, true) && r.text(u"currency"_s, order.currency, true)
        && r.text(u"customerRef"_s, order.customerRef, false)
        && r.text(u"loyaltyTier"_s, order.loyaltyTier, false) && r.time(u"placedAt"_s, order.placedAt, true)
        && r.time(u"shippedAt"_s, order.shippedAt, false)
        && r.time(u"deliveredAt"_s, order.deliveredAt, false);
    if (!ok)
        return { std::nullopt, r.error };
    if (order.currency.size() != 3)
        return { std::nullopt, u"currency: not an ISO 4217 code"_s };

    if (QString why = readVerifier(object, u"verifier"_s, order.verifierSalt, order.verifierHash);
        !why.isEmpty())
        return { std::nullopt, why };
    if (QString why = readVerifier(object, u"cardVerifier"_s, order.cardSalt, order.cardHash); !why.isEmpty())
        return { std::nullopt, why };
    if (QString why = readContacts(object, order.contacts); !why.isEmpty())
        return { std::nullopt, why };

    const QJsonValue receipt = object.value(u"receipt"_s);
    if (receipt.isObject()) {
        const QJsonObject o = receipt.toObject();
        Reader rr { o, u"receipt."_s };
        std::int64_t store = 0;
        std::int64_t registerNo = 0;
        std::int64_t transaction = 0;
        QString date;
        // The ranges of the receipt barcode: SSSS RRR TTTTTT YYMMDD (docs/codes.md).
        if (!rr.integer(u"store"_s, store, 9999, true) || !rr.integer(u"register"_s, registerNo, 999, true)
            || !rr.integer(u"transaction"_s, transaction, 999999, true) || !rr.text(u"date"_s, date, true))
            return { std::nullopt, rr.error };
        order.receipt
            = { int(store), int(registerNo), int(transaction), QDate::fromString(date, Qt::ISODate) };
        if (!order.receipt.date.isValid())
            return { std::nullopt, u"receipt.date: not a date (YYYY-MM-DD)"_s };
        if (store == 0)
            return { std::nullopt, u"receipt.store: zero"_s };
    } else if (!receipt.isUndefined() && !receipt.isNull()) {
        return { std::nullopt, u"receipt: not an object"_s };
    }

    for (const QJsonValue &method : object.value(u"paymentMethods"_s).toArray())
        order.paymentMethods.append(method.toString());

    // The returns the figures below already count; a kiosk counts any other return it made on top.
    QStringList countedReturns;
    const QJsonValue returnIds = object.value(u"returnIds"_s);
    if (!returnIds.isUndefined() && !returnIds.isNull()) {
        if (!returnIds.isArray())
            return { std::nullopt, u"returnIds: not an array"_s };
        const QJsonArray ids = returnIds.toArray();
        if (ids.size() > MaxCountedReturns)
            return { std::nullopt, u"returnIds: too many"_s };
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString id = ids.at(i).toString();
            if (!ids.at(i).isString() || id.isEmpty() || id.size() > MaxReturnIdLength)
                return { std::nullopt, u"returnIds[%1]: not a return id"_s.arg(i) };
            countedReturns.append(id);
        }
    }

    const QJsonValue linesValue = object.value(u"lines"_s);
    if (!linesValue.isArray() || linesValue.toArray().isEmpty())
        return { std::nullopt, u"lines: missing or empty"_s };
    const QJsonArray lines = linesValue.toArray();
    if (lines.size() > MaxLinesPerOrder)
        return { std::nullopt, u"lines: too many"_s };

    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).isObject())
            return { std::nullopt, u"lines[%1]: not an object"_s.arg(i) };
        const QJsonObject lineObject = lines.at(i).toObject();
        Reader lr { lineObject, {}, "lines"_L1, i };
        OrderLine line;
        std::int64_t lineNo = 0;
        std::int64_t quantity = 0;
        std::int64_t returned = 0;
        ok = lr.integer(u"lineNo"_s, lineNo, 100000, true) && lr.text(u"sku"_s, line.sku, true)
            && lr.text(u"gtin"_s, line.gtin, false) && lr.text(u"title"_s, line.title, true)
            && lr.text(u"category"_s, line.category, true)
            && lr.integer(u"unitPrice"_s, line.unitPrice, MaxAmount, true)
            && lr.integer(u"quantity"_s, quantity, 10000, true)
            && lr.integer(u"quantityReturned"_s, returned, 10000, false)
            && lr.flag(u"finalSale"_s, line.finalSale) && lr.flag(u"nonReturnable"_s, line.nonReturnable)
            && lr.text(u"imageUrl"_s, line.imageUrl, false);
        if (!ok)
            return { std::nullopt, lr.error };
        if (!line.imageUrl.isEmpty() && !isImageUrl(line.imageUrl))
            return { std::nullopt, lr.prefix() + u"imageUrl: not a path on the backend nor a file: URL"_s };
        if (quantity == 0)
            return { std::nullopt, lr.prefix() + u"quantity: zero"_s };
        if (returned > quantity)
            return { std::nullopt, lr.prefix() + u"quantityReturned: more than quantity"_s };
        if (order.line(int(lineNo)))
            return { std::nullopt, lr.prefix() + u"lineNo: duplicate"_s };
        line.lineNo = int(lineNo);
        line.quantity = int(quantity);
        line.quantityReturned = int(returned);
        const QJsonValue variants = lineObject.value(u"variants"_s);
        if (!variants.isUndefined() && !variants.isNull() && !variants.isArray())
            return { std::nullopt, lr.prefix() + u"variants: not an array"_s };
        const QJsonArray variantArray = variants.toArray();
        if (variantArray.size() > MaxVariantsPerLine)
            return { std::nullopt, lr.prefix() + u"variants: too many"_s };
        for (qsizetype v = 0; v < variantArray.size(); ++v) {
            const QJsonObject variantObject = variantArray.at(v).toObject();
            Reader vr { variantObject, {}, "variants"_L1, v, &lr };
            OrderLineVariant variant;
            if (!vr.text(u"sku"_s, variant.sku, true) || !vr.text(u"size"_s, variant.size, false)
                || !vr.text(u"colour"_s, variant.colour, false))
                return { std::nullopt, vr.error };
            if (variant.sku == line.sku)
                return { std::nullopt, vr.prefix() + u"sku: the line's own sku"_s };
            line.variants.push_back(std::move(variant));
        }
        const QJsonObject attributes = lineObject.value(u"attributes"_s).toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it)
            line.attributes.insert(it.key(), it.value().toString().left(MaxTextLength));
        order.lines.push_back(std::move(line));
    }
    return { std::move(order), {}, std::move(countedReturns) };
}

QJsonObject toJson(const Order &order, const QStringList &countedReturns)
{
    QJsonArray lines;
    for (const OrderLine &line : order.lines) {
        QJsonObject attributes;
        for (auto it = line.attributes.begin(); it != line.attributes.end(); ++it)
            attributes.insert(it.key(), it.value());
        QJsonObject lineObject { { u"lineNo"_s, line.lineNo }, { u"sku"_s, line.sku },
            { u"gtin"_s, line.gtin }, { u"title"_s, line.title }, { u"category"_s, line.category },
            { u"attributes"_s, attributes }, { u"unitPrice"_s, qint64(line.unitPrice) },
            { u"quantity"_s, line.quantity }, { u"quantityReturned"_s, line.quantityReturned },
            { u"finalSale"_s, line.finalSale }, { u"nonReturnable"_s, line.nonReturnable } };
        if (!line.variants.empty())
            lineObject.insert(u"variants"_s, variantsToJson(line.variants));
        if (!line.imageUrl.isEmpty())
            lineObject.insert(u"imageUrl"_s, line.imageUrl);
        lines.append(lineObject);
    }
    QJsonObject object { { u"id"_s, order.id }, { u"currency"_s, order.currency },
        { u"customerRef"_s, order.customerRef }, { u"loyaltyTier"_s, order.loyaltyTier },
        { u"placedAt"_s, isoUtc(order.placedAt) },
        { u"paymentMethods"_s, QJsonArray::fromStringList(order.paymentMethods) }, { u"lines"_s, lines } };
    if (order.shippedAt.isValid())
        object.insert(u"shippedAt"_s, isoUtc(order.shippedAt));
    if (order.deliveredAt.isValid())
        object.insert(u"deliveredAt"_s, isoUtc(order.deliveredAt));
    if (order.receipt.isValid())
        object.insert(u"receipt"_s,
            QJsonObject { { u"store"_s, order.receipt.store }, { u"register"_s, order.receipt.registerNo },
                { u"transaction"_s, order.receipt.transaction },
                { u"date"_s, order.receipt.date.toString(Qt::ISODate) } });
    if (!countedReturns.isEmpty())
        object.insert(u"returnIds"_s, QJsonArray::fromStringList(countedReturns));
    const auto verifier = [&object](const QString &key, const QByteArray &salt, const QByteArray &hash) {
        if (!hash.isEmpty())
            object.insert(key,
                QJsonObject { { u"salt"_s, QString::fromLatin1(salt.toHex()) },
                    { u"hash"_s, QString::fromLatin1(hash.toHex()) } });
    };
    if (!order.verifiersSealed) { // sealed ones mean nothing outside the kiosk's cache.db
        verifier(u"verifier"_s, order.verifierSalt, order.verifierHash);
        verifier(u"cardVerifier"_s, order.cardSalt, order.cardHash);
        QJsonObject contact;
        for (const OrderContact &c : order.contacts)
            contact.insert(c.kind,
                QJsonObject {
                    { u"sha256"_s, QString::fromLatin1(c.digest.toHex()) }, { u"masked"_s, c.masked } });
        if (!contact.isEmpty())
            object.insert(u"contact"_s, contact);
    }
    return object;
}

QJsonArray variantsToJson(const std::vector<OrderLineVariant> &variants)
{
    QJsonArray array;
    for (const OrderLineVariant &v : variants)
        array.append(QJsonObject { { u"sku"_s, v.sku }, { u"size"_s, v.size }, { u"colour"_s, v.colour } });
    return array;
}

} // namespace kiosk::OrderJson
