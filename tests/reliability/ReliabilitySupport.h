#pragma once

// What the reliability runs share: a return to record, and what the reference backend holds.
#include "domain/ReturnRecord.h"
#include "store/Sqlite.h"

#include <QSet>
#include <QString>
#include <QUuid>

namespace kiosk::test {

/// A one-item refund for its own order (so no order's quantities run out at the backend).
inline ReturnRecord makeReturn(const QString &kioskId, int n, const QDateTime &at)
{
    using namespace Qt::Literals::StringLiterals;
    ReturnRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kioskId = kioskId;
    record.orderId = u"RK-%1"_s.arg(1000000 + n);
    record.createdAt = at;
    record.resolution = u"refund"_s;
    record.currency = u"USD"_s;
    record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
    return record;
}

/// What the backend holds, read from its database file.
struct BackendCounts
{
    QSet<QString> stored;
    qint64 rows = 0; ///< rows in its returns table (more than stored.size() would be a return stored twice)
    qint64 resent = 0; ///< submissions answered "duplicate"
    qint64 conflicting = 0; ///< a return id sent again with a different body

    static BackendCounts read(const QString &dbPath)
    {
        BackendCounts counts;
        sql::Database db;
        if (!db.open(dbPath, sql::Database::Mode::ReadOnly))
            return counts;
        sql::Statement ids = db.prepare("SELECT id FROM returns");
        while (ids.step() == sql::Statement::Step::Row)
            counts.stored.insert(ids.text(0));
        counts.rows = db.scalar("SELECT count(*) FROM returns").value_or(-1);
        counts.resent = db.scalar("SELECT count(*) FROM duplicate_log").value_or(-1);
        counts.conflicting = db.scalar("SELECT count(*) FROM duplicate_log WHERE same_body = 0").value_or(-1);
        return counts;
    }

    /// Returns stored more than once, or sent again with a different body: a second refund.
    qint64 duplicated() const { return rows - stored.size() + conflicting; }
};

} // namespace kiosk::test
