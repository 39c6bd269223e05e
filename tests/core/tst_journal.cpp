#include "journal/Journal.h"
#include "store/Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cerrno>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

Q_DECLARE_METATYPE(kiosk::sql::StorageFault)

namespace {
ReturnRecord makeReturn(const QString &orderId, int lineNo = 1)
{
    ReturnRecord r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.kioskId = u"kiosk-test"_s;
    r.orderId = orderId;
    r.createdAt = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    r.resolution = u"refund"_s;
    r.currency = u"USD"_s;
    r.items.push_back({ lineNo, u"SKU-1"_s, 1, u"too_small"_s, 2499, {} });
    return r;
}
} // namespace

/// Pins journal.db: a return and its outbox row are written together or not at all, delivery
/// bookkeeping, dead letters, and refusal to open a damaged journal.
class JournalTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsReturnWithOutboxRow()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY2(journal.open(dir.filePath(u"journal.db"_s)), qPrintable(journal.lastError()));
        const ReturnRecord r = makeReturn(u"RK-100001"_s);
        QVERIFY(journal.recordReturn(r));

        const auto stored = journal.findReturn(r.id);
        QVERIFY(stored);
        QCOMPARE(stored->orderId, r.orderId);
        QCOMPARE(stored->createdAt, r.createdAt);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->refundTotal(), 2499);

        const auto due = journal.dueOutbox(r.createdAt, 10);
        QCOMPARE(due.size(), size_t(1));
        QCOMPARE(due.front().refId, r.id);
        QVERIFY(due.front().payload.contains(r.id.toLatin1()));
        QCOMPARE(journal.outboxStats().pending, 1);
        QCOMPARE(journal.returnedQuantities(u"RK-100001"_s).value(1), 1);
        const auto units = journal.returnedUnits(u"RK-100001"_s);
        QCOMPARE(units.size(), size_t(1));
        QCOMPARE(units.front().returnId, r.id);
        QCOMPARE(units.front().lineNo, 1);
        QCOMPARE(units.front().quantity, 1);

        // Delivered or dead-lettered, a return still counts: only the backend's order says it is in.
        QVERIFY(journal.moveToDeadLetter(due.front().seq, u"quantity_exceeds: test"_s, r.createdAt));
        QCOMPARE(journal.returnedUnits(u"RK-100001"_s).size(), size_t(1));
        QVERIFY(journal.returnedUnits(u"RK-100002"_s).empty());
    }

    void duplicateIdLeavesNothingHalfWritten()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        ReturnRecord r = makeReturn(u"RK-1"_s);
        QVERIFY(journal.recordReturn(r));
        r.orderId = u"RK-2"_s; // same UUID again: must be refused as a whole
        QVERIFY(!journal.recordReturn(r));
        QVERIFY(!journal.lastError().isEmpty());
        QCOMPARE(journal.returnCount(), 1);
        QCOMPARE(journal.outboxStats().pending, 1);
        QVERIFY(journal.returnedQuantities(u"RK-2"_s).isEmpty());
    }

    void refusesReturnWithoutItems()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        ReturnRecord r = makeReturn(u"RK-1"_s);
        r.items.clear();
        QVERIFY(!journal.recordReturn(r));
        QCOMPARE(journal.returnCount(), 0);
    }

    void deliveryRetryAndDeadLetter()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        const ReturnRecord a = makeReturn(u"RK-1"_s);
        const ReturnRecord b = makeReturn(u"RK-2"_s);
        const ReturnRecord c = makeReturn(u"RK-3"_s);
        QVERIFY(journal.recordReturn(a) && journal.recordReturn(b) && journal.recordReturn(c));
        const QDateTime now = a.createdAt;
        auto due = journal.dueOutbox(now, 10);
        QCOMPARE(due.size(), size_t(3));

        QVERIFY(journal.markDelivered({ due[0].seq }, now));
        QVERIFY(journal.markAttemptFailed({ due[1].seq }, u"HTTP 503"_s, now.addSecs(60)));
        QVERIFY(journal.moveToDeadLetter(due[2].seq, u"rejected: unknown order"_s, now));

        QCOMPARE(journal.dueOutbox(now, 10).size(), size_t(0)); // b waits for its retry time
        due = journal.dueOutbox(now.addSecs(61), 10);
        QCOMPARE(due.size(), size_t(1));
        QCOMPARE(due.front().refId, b.id);
        QCOMPARE(due.front().attempts, 1);
        const auto stats = journal.outboxStats();
        QCOMPARE(stats.pending, 1);
        QCOMPARE(stats.deadLetters, 1);
        QCOMPARE(journal.returnCount(), 3); // dead letters keep their return
    }

    void survivesReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        const ReturnRecord r = makeReturn(u"RK-1"_s);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.recordReturn(r));
        }
        Journal reopened;
        QVERIFY(reopened.open(path));
        QVERIFY(reopened.findReturn(r.id));
        QCOMPARE(reopened.outboxStats().pending, 1);
    }

    /// A journal from before exchanges (schema 1) keeps its returns and outbox, and records exchanges
    /// with the new sku from then on.
    void migratesVersion1KeepingEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        const ReturnRecord old = makeReturn(u"RK-1"_s);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.recordReturn(old));
        }
        {
            sql::Database v1; // back to exactly what schema 1 had
            QVERIFY(v1.open(path));
            QVERIFY(v1.exec(
                "DROP INDEX return_items_by_tote; ALTER TABLE return_items DROP COLUMN tote_id; "
                "DROP TABLE totes; DROP TABLE settings; DROP TABLE staff_lockouts; "
                "ALTER TABLE return_items DROP COLUMN exchange_sku; "
                "ALTER TABLE return_items DROP COLUMN fee; ALTER TABLE return_items DROP COLUMN bonus; "
                "ALTER TABLE return_items DROP COLUMN keep_it; ALTER TABLE return_items DROP COLUMN bin; "
                "ALTER TABLE returns DROP COLUMN policy_id; ALTER TABLE returns DROP COLUMN policy_version; "
                "PRAGMA user_version = 1;"));
        }
        Journal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.lastError()));
        QCOMPARE(journal.findReturn(old.id)->items.at(0).exchangeSku, QString());
        QCOMPARE(journal.outboxStats().pending, 1);
        ReturnRecord exchange = makeReturn(u"RK-1"_s, 2);
        exchange.resolution = u"exchange"_s;
        exchange.items.front().exchangeSku = u"SKU-1-L"_s;
        QVERIFY(journal.recordReturn(exchange));
        QCOMPARE(journal.findReturn(exchange.id)->items.at(0).exchangeSku, u"SKU-1-L"_s);
        const auto due = journal.dueOutbox(exchange.createdAt, 10);
        QCOMPARE(due.size(), size_t(2));
        QVERIFY(due.back().payload.contains(R"("exchangeSku":"SKU-1-L")"));
        QVERIFY(!due.front().payload.contains("exchangeSku"));
    }

    /// Each bin has one open tote (schema 5); a recorded return's items join the open tote of their bin, or
    /// of the first bin; kept items join none. Closing a tote opens the next with its event in one
    /// transaction, and a closed tote cannot be closed again.
    void totesCollectReturnsAndClose()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        int next = 0;
        const auto newId = [&next] { return u"T-%1"_s.arg(++next); };
        const QDateTime at(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        QVERIFY(journal.openTotes({ u"MAIN"_s, u"SHOES"_s }, newId, at));
        QVERIFY(journal.openTotes({ u"MAIN"_s, u"SHOES"_s }, newId, at)); // already open: nothing new
        auto open = journal.openTotesNow();
        QCOMPARE(open.size(), size_t(2));
        QCOMPARE(open[0].id, u"T-1"_s);
        QCOMPARE(open[0].bin, u"MAIN"_s);
        QCOMPARE(open[1].id, u"T-2"_s);

        ReturnRecord r = makeReturn(u"RK-1"_s);
        r.items.front().bin = u"SOFT"_s; // no such bin here: the first bin
        r.items.front().quantity = 2;
        r.items.push_back({ 2, u"SKU-2"_s, 1, u"too_small"_s, 100, {}, 0, 0, false, u"SHOES"_s });
        r.items.push_back({ 3, u"SKU-3"_s, 1, u"too_small"_s, 100, {}, 0, 0, true, {} }); // kept
        QVERIFY(journal.recordReturn(r));
        open = journal.openTotesNow();
        QCOMPARE(open[0].items, 2);
        QCOMPARE(open[1].items, 1);
        const auto items = journal.toteItems(u"T-1"_s);
        QCOMPARE(items.size(), size_t(1));
        QCOMPARE(items[0].returnId, r.id);
        QCOMPARE(items[0].orderId, u"RK-1"_s);
        QCOMPARE(items[0].sku, u"SKU-1"_s);
        QCOMPARE(items[0].quantity, 2);

        const QDateTime closedAt = at.addSecs(3600);
        const Journal::Event event { QUuid::createUuid().toString(QUuid::WithoutBraces), u"tote.closed"_s,
            QJsonObject { { u"toteId"_s, u"T-1"_s } }, closedAt };
        QVERIFY(journal.closeTote(u"T-1"_s, u"T-3"_s, u"E1042"_s, event));
        QVERIFY(!journal.closeTote(u"T-1"_s, u"T-4"_s, u"E1042"_s,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), u"tote.closed"_s, {}, closedAt }));
        const auto closed = journal.findTote(u"T-1"_s);
        QVERIFY(closed);
        QCOMPARE(closed->closedAt, closedAt);
        QCOMPARE(closed->closedBy, u"E1042"_s);
        QCOMPARE(closed->items, 2);
        QCOMPARE(journal.closedTotes(5).size(), size_t(1));
        open = journal.openTotesNow();
        QCOMPARE(open[0].id, u"T-3"_s); // the bin keeps its place
        QCOMPARE(open[0].items, 0);
        const auto due = journal.dueOutbox(closedAt, 10);
        QCOMPARE(due.size(), size_t(2)); // the return and the one tote.closed event
        QCOMPARE(due.back().refId, event.id);

        const ReturnRecord later = makeReturn(u"RK-2"_s);
        QVERIFY(journal.recordReturn(later));
        QCOMPARE(journal.toteItems(u"T-3"_s).size(), size_t(1));
        QCOMPARE(journal.toteItems(u"T-1"_s).size(), size_t(1));
    }

    /// A setting and its audit event are written together, and survive a reopen.
    void settingsChangeWithTheirEvent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        const QDateTime at(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            QCOMPARE(journal.setting(u"out_of_service"_s), std::nullopt);
            QVERIFY(journal.changeSetting(u"out_of_service"_s, u"{}"_s,
                { QUuid::createUuid().toString(QUuid::WithoutBraces), u"kiosk.out_of_service"_s, {}, at }));
        }
        Journal journal;
        QVERIFY(journal.open(path));
        QCOMPARE(journal.setting(u"out_of_service"_s), u"{}"_s);
        QVERIFY(journal.changeSetting(u"out_of_service"_s, {},
            { QUuid::createUuid().toString(QUuid::WithoutBraces), u"kiosk.in_service"_s, {}, at }));
        QCOMPARE(journal.setting(u"out_of_service"_s), std::nullopt);
        QCOMPARE(journal.outboxStats().pending, 2);
    }

    /// Wrong second factors per order (schema 6) survive a reopen with their event; the back-off
    /// doubles from 60 s after the free tries and the order locks at MaxFailures: at most 10 guesses,
    /// the last one 2 h 7 min after the first at the earliest.
    void orderAttemptsSurviveReopenAndBackOff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        QDateTime at(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
        const QDateTime first = at;
        OrderAttempts attempts;
        int guesses = 0;
        QList<qint64> waits;
        while (OrderGuessLimit::stateAt(attempts, at) != OrderGuessLimit::State::Locked) {
            Journal journal;
            QVERIFY(journal.open(path));
            QCOMPARE(journal.orderAttempts(u"RK-1"_s)->failures, attempts.failures);
            if (OrderGuessLimit::stateAt(attempts, at) == OrderGuessLimit::State::Waiting) {
                waits.append(at.secsTo(attempts.waitUntil));
                at = attempts.waitUntil;
            }
            attempts = OrderGuessLimit::afterWrongTry(attempts, at);
            ++guesses;
            QVERIFY(journal.recordOrderAttempts(u"RK-1"_s, attempts,
                Journal::Event {
                    QUuid::createUuid().toString(QUuid::WithoutBraces), u"order.verify_failed"_s, {}, at }));
        }
        QCOMPARE(guesses, OrderGuessLimit::MaxFailures);
        QCOMPARE(waits, (QList<qint64> { 60, 120, 240, 480, 960, 1920, 3840 }));
        QCOMPARE(first.secsTo(at), 7620);
        Journal journal;
        QVERIFY(journal.open(path));
        QCOMPARE(journal.outboxStats().pending, OrderGuessLimit::MaxFailures);
        QCOMPARE(OrderGuessLimit::stateAt(*journal.orderAttempts(u"RK-1"_s), at.addYears(1)),
            OrderGuessLimit::State::Locked);
        QVERIFY(journal.recordOrderAttempts(u"RK-1"_s, {}, std::nullopt)); // a colleague opened it
        QCOMPARE(journal.orderAttempts(u"RK-1"_s)->failures, 0);
        QCOMPARE(journal.orderAttempts(u"RK-2"_s)->failures, 0); // another order has its own count
    }

    /// A schema 4 journal gains totes and settings (5) and escalating staff lockouts (7); its returns
    /// stay in no tote, later ones join one; a staff count kept from before stays.
    void migratesVersion4ToTotes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        const ReturnRecord old = makeReturn(u"RK-1"_s);
        {
            Journal journal;
            QVERIFY(journal.open(path));
            QVERIFY(journal.recordReturn(old));
        }
        {
            sql::Database v4;
            QVERIFY(v4.open(path));
            QVERIFY(v4.exec("DROP INDEX return_items_by_tote; ALTER TABLE return_items DROP COLUMN tote_id; "
                            "DROP TABLE totes; DROP TABLE settings; "
                            "ALTER TABLE staff_lockouts DROP COLUMN lockouts; "
                            "INSERT INTO staff_lockouts (scope, failures) VALUES ('staff:E1042', 2); "
                            "PRAGMA user_version = 4;"));
        }
        Journal journal;
        QVERIFY2(journal.open(path), qPrintable(journal.lastError()));
        QCOMPARE(journal.database().scalar("PRAGMA user_version").value_or(0), Journal::SchemaVersion);
        QVERIFY(journal.findReturn(old.id));
        QVERIFY(journal.openTotes(
            { u"MAIN"_s }, [] { return u"T-1"_s; }, old.createdAt));
        QCOMPARE(journal.openTotesNow().front().items, 0);
        QVERIFY(journal.recordReturn(makeReturn(u"RK-2"_s)));
        QCOMPARE(journal.openTotesNow().front().items, 1);
        // 7: the lockouts in a row of each staff scope, none yet for a count kept from before
        const auto lockout = journal.staffLockout(u"staff:E1042"_s);
        QCOMPARE(lockout->failures, 2);
        QCOMPARE(lockout->lockouts, 0);
    }

    /// The offer's figures per item (schema 3) survive the round trip, and an outbox payload carries them.
    void recordsTheOffersFigures()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        ReturnRecord r = makeReturn(u"RK-1"_s);
        r.resolution = u"store_credit"_s;
        r.policyId = u"northwind-apparel"_s;
        r.policyVersion = 4;
        r.items.front() = { 1, u"SKU-1"_s, 2, u"changed_mind"_s, 4397, {}, 0, 399, false, u"SOFT"_s };
        r.items.push_back({ 2, u"SKU-2"_s, 1, u"changed_mind"_s, 880, {}, 0, 80, true, {} });
        QVERIFY(journal.recordReturn(r));
        const auto back = journal.findReturn(r.id);
        QVERIFY(back);
        QCOMPARE(back->policyId, u"northwind-apparel"_s);
        QCOMPARE(back->policyVersion, 4);
        QCOMPARE(back->items.size(), size_t(2));
        QCOMPARE(back->items[0].quantity, 2);
        QCOMPARE(back->items[0].bonus, 399);
        QCOMPARE(back->items[0].bin, u"SOFT"_s);
        QVERIFY(back->items[1].keepIt);
        QCOMPARE(back->bonusTotal(), 479);
        QCOMPARE(back->refundTotal(), 5277);
        const auto payload
            = QJsonDocument::fromJson(journal.dueOutbox(r.createdAt, 1).front().payload).object();
        QCOMPARE(payload.value(u"bonusTotal"_s).toInteger(), 479);
        QCOMPARE(payload.value(u"items"_s).toArray().at(1).toObject().value(u"keepIt"_s).toBool(), true);
    }

    void refusesDamagedJournalAndKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        {
            QFile garbage(path);
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(8192, 'x'));
        }
        Journal journal;
        QVERIFY(!journal.open(path));
        QVERIFY2(journal.lastError().contains(u"journal"_s), qPrintable(journal.lastError()));
        QCOMPARE(journal.lastFault(), sql::StorageFault::Corrupt);
        QVERIFY2(journal.lastError().contains(u"integrity check"_s), qPrintable(journal.lastError()));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x'));
        QVERIFY(!QFile::exists(path + u".corrupt"_s));
    }

    // Storage errors are named for what they are; only a failed integrity check is corruption.
    void classifiesSqliteAndSystemErrors_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("systemErrno");
        QTest::addColumn<sql::StorageFault>("fault");
        QTest::newRow("full") << 13 /*SQLITE_FULL*/ << 0 << sql::StorageFault::Full;
        QTest::newRow("ioerr-write-enospc") << (10 | (3 << 8)) << ENOSPC << sql::StorageFault::Full;
        QTest::newRow("readonly") << 8 /*SQLITE_READONLY*/ << 0 << sql::StorageFault::ReadOnly;
        QTest::newRow("cantopen-erofs") << 14 /*SQLITE_CANTOPEN*/ << EROFS << sql::StorageFault::ReadOnly;
        QTest::newRow("cantopen-eacces") << 14 << EACCES << sql::StorageFault::ReadOnly;
        QTest::newRow("ioerr") << 10 /*SQLITE_IOERR*/ << EIO << sql::StorageFault::IoError;
        QTest::newRow("ioerr-fsync") << (10 | (4 << 8)) << 0 << sql::StorageFault::IoError;
        QTest::newRow("busy") << 5 /*SQLITE_BUSY*/ << EACCES << sql::StorageFault::Busy;
        QTest::newRow("locked") << 6 /*SQLITE_LOCKED*/ << 0 << sql::StorageFault::Busy;
        QTest::newRow("corrupt") << 11 /*SQLITE_CORRUPT*/ << EACCES << sql::StorageFault::Corrupt;
        QTest::newRow("notadb") << 26 /*SQLITE_NOTADB*/ << 0 << sql::StorageFault::Corrupt;
        QTest::newRow("constraint") << 19 << 0 << sql::StorageFault::Other;
    }

    void classifiesSqliteAndSystemErrors()
    {
        QFETCH(int, code);
        QFETCH(int, systemErrno);
        QFETCH(sql::StorageFault, fault);
        QCOMPARE(sql::classifyError(code, systemErrno), fault);
        QCOMPARE(sql::faultName(fault).isEmpty(), fault == sql::StorageFault::None);
    }

    void fullJournalSaysFullNotCorrupt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        Journal journal;
        QVERIFY(journal.open(path));
        QVERIFY(journal.recordReturn(makeReturn(u"RK-100001"_s)));
        QVERIFY(journal.checkWritable(64 * 1024));
        // The database "full": no page beyond those it has (SQLite's own size limit, as a full disk).
        const auto pages = journal.database().scalar("PRAGMA page_count").value_or(0);
        QVERIFY(journal.database().exec(
            QByteArray("PRAGMA max_page_count=" + QByteArray::number(pages)).constData()));
        QVERIFY(!journal.checkWritable(64 * 1024));
        QCOMPARE(journal.lastFault(), sql::StorageFault::Full);
        int recorded = 0;
        for (int i = 0; i < 200 && journal.recordReturn(makeReturn(u"RK-%1"_s.arg(100002 + i))); ++i)
            ++recorded;
        QVERIFY(recorded < 200);
        QCOMPARE(journal.lastFault(), sql::StorageFault::Full);
        QVERIFY2(journal.lastError().contains(u"disk is full"_s), qPrintable(journal.lastError()));
        QVERIFY2(!journal.lastError().contains(u"integrity"_s), qPrintable(journal.lastError()));
        // Nothing half-written: every return has its outbox row.
        QCOMPARE(journal.returnCount(), 1 + recorded);
        QCOMPARE(journal.outboxStats().pending, 1 + recorded);

        Journal reopened; // a full disk is not damage: the journal opens as it was
        QVERIFY2(reopened.open(path), qPrintable(reopened.lastError()));
        QCOMPARE(reopened.returnCount(), 1 + recorded);
    }

    void readOnlyJournalSaysReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        Journal writer;
        QVERIFY(writer.open(path));
        const ReturnRecord r = makeReturn(u"RK-100001"_s);
        QVERIFY(writer.recordReturn(r));

        // Opened read-only (as `kioskctl status` does, or as SQLite falls back to on a read-only mount).
        Journal reader;
        QVERIFY2(reader.open(path, Journal::Access::ReadOnly), qPrintable(reader.lastError()));
        QCOMPARE(reader.returnCount(), 1);
        QVERIFY(!reader.checkWritable(1024));
        QCOMPARE(reader.lastFault(), sql::StorageFault::ReadOnly);
        QVERIFY(!reader.recordReturn(makeReturn(u"RK-100002"_s)));
        QCOMPARE(reader.lastFault(), sql::StorageFault::ReadOnly);
        QVERIFY2(reader.lastError().contains(u"read-only"_s), qPrintable(reader.lastError()));
        QVERIFY(!reader.markDelivered({ 1 }, r.createdAt));
        QCOMPARE(reader.lastFault(), sql::StorageFault::ReadOnly);
        QVERIFY(writer.checkWritable(1024)); // the probe wrote nothing
        QCOMPARE(writer.returnCount(), 1);
        QCOMPARE(writer.outboxStats().pending, 1);
    }

    void lockedJournalSaysLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"journal.db"_s);
        Journal journal;
        QVERIFY(journal.open(path));
        QVERIFY(journal.database().exec("PRAGMA busy_timeout=50"));
        sql::Database other;
        QVERIFY(other.open(path));
        QVERIFY(other.exec("BEGIN IMMEDIATE"));
        QVERIFY(!journal.recordReturn(makeReturn(u"RK-100001"_s)));
        QCOMPARE(journal.lastFault(), sql::StorageFault::Busy);
        QVERIFY(!journal.checkWritable(1024));
        QCOMPARE(journal.lastFault(), sql::StorageFault::Busy);
        QVERIFY(other.rollback());
        QVERIFY(journal.checkWritable(1024));
    }

    void retryTimesFollowTheClockBack()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.recordReturn(makeReturn(u"RK-%1"_s.arg(100001 + i))));
        const auto all = journal.dueOutbox(now, 10);
        QCOMPARE(all.size(), size_t(3));
        // Scheduled while the clock read seven months ahead: 1, 2 and 3 minutes after that.
        const QDateTime ahead = now.addMonths(7);
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.markAttemptFailed({ all[i].seq }, u"down"_s, ahead.addSecs(60 * (i + 1))));
        QVERIFY(journal.dueOutbox(now, 10).empty());
        // The clock went back by 7 months: each keeps what was left of its wait.
        QCOMPARE(journal.moveRetriesBack(now.msecsTo(ahead), now), 3);
        QCOMPARE(journal.dueOutbox(now.addSecs(59), 10).size(), size_t(0));
        QCOMPARE(journal.dueOutbox(now.addSecs(60), 10).size(), size_t(1));
        QCOMPARE(journal.dueOutbox(now.addSecs(180), 10).size(), size_t(3));
        // Without knowing the jump (a restart), a retry beyond any wait becomes due now.
        QVERIFY(journal.markAttemptFailed({ all[0].seq }, u"down"_s, ahead));
        QCOMPARE(journal.clampRetries(now.addSecs(15 * 60), now), 1);
        QCOMPARE(journal.dueOutbox(now, 10).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(JournalTest)
#include "tst_journal.moc"
