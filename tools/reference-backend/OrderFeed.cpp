#include "OrderFeed.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk::backend {

namespace {

constexpr auto CursorPrefix = "c2."_L1;
constexpr auto OldCursorPrefix = "c1."_L1;
constexpr qsizetype MaxCursorLength = 80;

std::optional<QByteArray> base64Url(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? std::optional<QByteArray>(decoded.decoded) : std::nullopt;
}

} // namespace

OrderFeed::OrderFeed(const OrderCatalog &catalog, BackendStore &store)
    : m_catalog(catalog)
    , m_store(store)
{ }

QString OrderFeed::encode(Position position)
{
    const QByteArray raw = QByteArray::number(position.index) + '.' + QByteArray::number(position.seq);
    return CursorPrefix
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<OrderFeed::Position> OrderFeed::decode(const QString &cursor) const
{
    if (cursor.isEmpty() || cursor.size() > MaxCursorLength)
        return std::nullopt;
    Position position;
    bool indexOk = false;
    bool seqOk = true;
    if (cursor.startsWith(CursorPrefix)) {
        const auto raw = base64Url(cursor.mid(CursorPrefix.size()));
        const QList<QByteArray> parts = raw ? raw->split('.') : QList<QByteArray>();
        if (parts.size() != 2)
            return std::nullopt;
        position.index = parts.at(0).toLongLong(&indexOk);
        position.seq = parts.at(1).toLongLong(&seqOk);
    } else if (cursor.startsWith(OldCursorPrefix)) {
        const auto raw = base64Url(cursor.mid(OldCursorPrefix.size()));
        position.index = raw ? raw->toLongLong(&indexOk) : -1;
    }
    if (!indexOk || !seqOk || position.index < 0 || position.index > m_catalog.size() || position.seq < 0)
        return std::nullopt;
    return position;
}

QByteArray OrderFeed::current(const QString &id, const QByteArray &orderJson, bool hasCountedReturns)
{
    if (!hasCountedReturns)
        return orderJson;
    const BackendStore::CountedReturns counted = m_store.countedReturns(id);
    return OrderCatalog::withCountedReturns(orderJson, counted.unitsByLine, counted.returnIds);
}

std::optional<OrderFeed::Page> OrderFeed::changes(const QString &cursor, int limit, bool *badCursor)
{
    *badCursor = false;
    std::optional<Position> position;
    if (cursor.isEmpty()) {
        // The change log's position is taken before any order is read: every order served below
        // carries at least the returns counted up to it, and later ones come with the log.
        const auto seq = m_store.lastChangeSeq();
        if (!seq)
            return std::nullopt;
        position = Position { 0, *seq };
    } else {
        position = decode(cursor);
    }
    if (!position) {
        *badCursor = true;
        return std::nullopt;
    }
    Page page;
    page.ordersJson = "[";
    if (position->index < m_catalog.size()) {
        // An order first counted after this snapshot is in the change log after position->seq.
        const QSet<QString> withReturns = m_store.ordersWithCountedReturns();
        // First the catalog, in its own order.
        const qint64 end = std::min(m_catalog.size(), position->index + limit);
        for (qint64 i = position->index; i < end; ++i) {
            if (i > position->index)
                page.ordersJson += ',';
            const QString id = m_catalog.idAt(i);
            page.ordersJson += current(id, m_catalog.orderAt(i), withReturns.contains(id));
        }
        const auto last = m_store.lastChangeSeq();
        if (!last)
            return std::nullopt;
        page.nextCursor = encode({ end, position->seq });
        page.hasMore = end < m_catalog.size() || *last > position->seq;
    } else {
        // Then the orders whose counted returns changed, oldest change first.
        const auto changes = m_store.changesAfter(position->seq, limit + 1);
        if (!changes)
            return std::nullopt;
        const qsizetype served = std::min<qsizetype>(qsizetype(changes->size()), limit);
        qint64 seq = position->seq;
        bool first = true;
        for (qsizetype i = 0; i < served; ++i) {
            const BackendStore::OrderChange &change = changes->at(std::size_t(i));
            seq = change.seq;
            const auto order = m_catalog.find(change.orderId);
            if (!order)
                continue; // no longer in the catalog (restarted with another file)
            if (!std::exchange(first, false))
                page.ordersJson += ',';
            page.ordersJson += current(change.orderId, *order, true);
        }
        page.nextCursor = encode({ position->index, seq });
        page.hasMore = qsizetype(changes->size()) > served;
    }
    page.ordersJson += ']';
    return page;
}

std::optional<QByteArray> OrderFeed::find(const QString &id)
{
    const auto order = m_catalog.find(id);
    if (!order)
        return std::nullopt;
    return current(id, *order, m_store.ordersWithCountedReturns().contains(id));
}

} // namespace kiosk::backend
