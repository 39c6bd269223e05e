#include "UnsyncedBacklog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString UnsyncedBacklog::Counts::describe() const
{
    const auto count = [](int n, const QString &what) {
        return u"%1 unsynced %2%3"_s.arg(n).arg(what, n == 1 ? QString() : u"s"_s);
    };
    return count(returns, u"return"_s) + u" and "_s + count(events, u"event"_s);
}

std::optional<UnsyncedBacklog::Counts> UnsyncedBacklog::counts()
{
    sql::Statement query = m_journal.database().prepare(
        "SELECT coalesce(sum(kind = 'return'), 0), coalesce(sum(kind = 'event'), 0) FROM outbox "
        "WHERE delivered_at IS NULL");
    if (query.step() != sql::Statement::Step::Row)
        return std::nullopt;
    return Counts { query.integer(0), query.integer(1) };
}

std::optional<UnsyncedBacklog::Entries> UnsyncedBacklog::entries()
{
    sql::Statement query = m_journal.database().prepare(
        "SELECT kind, CAST(payload AS TEXT) FROM outbox WHERE delivered_at IS NULL ORDER BY seq");
    if (!query.isValid())
        return std::nullopt;
    Entries entries;
    sql::Statement::Step step;
    while ((step = query.step()) == sql::Statement::Step::Row) {
        const QJsonObject payload = QJsonDocument::fromJson(query.text(1).toUtf8()).object();
        (query.text(0) == u"return"_s ? entries.returns : entries.events).append(payload);
    }
    if (step == sql::Statement::Step::Error)
        return std::nullopt;
    return entries;
}

std::optional<std::vector<UnsyncedBacklog::ReturnRow>> UnsyncedBacklog::returns(bool pendingOnly)
{
    sql::Statement query = m_journal.database().prepare(
        "SELECT r.id, r.order_id, r.created_at, r.resolution, r.currency, r.refund_total, "
        "  CASE WHEN o.seq IS NOT NULL AND o.delivered_at IS NULL THEN 'pending' "
        "       WHEN o.delivered_at IS NOT NULL THEN 'delivered' ELSE 'dead-letter' END "
        "FROM returns r LEFT JOIN outbox o ON o.ref_id = r.id "
        "WHERE ?1 = 0 OR (o.seq IS NOT NULL AND o.delivered_at IS NULL) ORDER BY r.created_at, r.id");
    if (!query.isValid())
        return std::nullopt;
    query.bind(1, pendingOnly ? 1 : 0);
    std::vector<ReturnRow> rows;
    sql::Statement::Step step;
    while ((step = query.step()) == sql::Statement::Step::Row)
        rows.push_back(
            { query.text(0), query.text(1), QDateTime::fromMSecsSinceEpoch(query.int64(2), Qt::UTC),
                query.text(3), query.text(4), query.int64(5), query.text(6) });
    if (step == sql::Statement::Step::Error)
        return std::nullopt;
    return rows;
}

} // namespace kiosk
