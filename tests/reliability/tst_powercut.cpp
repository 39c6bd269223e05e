// Power cuts, not just crashes: PowerCutVfs keeps every write that no fsync made durable volatile and
// drops it (or, torn, keeps a random part of it, some as garbage) at a seeded random write or sync. The
// journal is then reopened with the kiosk's own code and checked: every return the shopper was told
// "done" about is there, integrity_check is ok, every return has its outbox row and every outbox row its
// return, and the journal takes the next return. Cuts land while the kiosk records returns through
// ReturnRecorder (the path that tells the shopper "done"), across WAL checkpoints, and while the sync
// engine records what the backend acknowledged. A control run weakens the journal to
// synchronous=NORMAL and must lose returns: the shim would notice a journal that does not sync.
//
// Figures go to the output (POWERCUT lines). KIOSK_POWERCUT_SEED replays a run, KIOSK_POWERCUT_CUTS and
// KIOSK_POWERCUT_SYNC_CUTS make a longer soak (see docs/architecture.md, "Power cuts").
#include "BackendProcess.h"
#include "PowerCutVfs.h"
#include "ReliabilitySupport.h"

#include "Clock.h"
#include "ReturnRecorder.h"
#include "cache/CacheStore.h"
#include "journal/Journal.h"
#include "offer/ReturnOffer.h"
#include "policy/PolicyLoader.h"
#include "printer/SimReceiptPrinter.h"
#include "sync/SyncRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <random>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using test::PowerCutVfs;

namespace {

constexpr int ReturnsPerRound = 24;
constexpr int WalAutoCheckpoint = 1000; // SQLite's default, which the journal keeps

int fromEnvironment(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

/// What a run of cuts found.
struct Tally
{
    int cuts = 0;
    int torn = 0;
    int inCheckpoint = 0; ///< cuts in a write or sync of the main database file: a checkpoint
    int inDelivery = 0; ///< cuts while the sync engine recorded deliveries
    int told = 0; ///< returns the caller was told were recorded before the cut
    int found = 0;
    int lost = 0;
    int untoldKept = 0; ///< recorded although the cut came before the caller heard so
    int integrityFailures = 0; ///< integrity_check not ok, or the journal would not open
    int outboxOrphans = 0; ///< outbox rows for returns that are not there
    int returnsWithoutOutbox = 0; ///< returns with neither an outbox row nor a dead letter
    int halfWritten = 0; ///< returns without items, items without their return
    int notWorking = 0; ///< the reopened journal refused the next return or the start-up check
    PowerCutVfs::Damage damage;
    QStringList failures;

    bool clean() const
    {
        return lost == 0 && integrityFailures == 0 && outboxOrphans == 0 && returnsWithoutOutbox == 0
            && halfWritten == 0 && notWorking == 0;
    }

    void add(const PowerCutVfs::Damage &d)
    {
        damage.files += d.files;
        damage.sectorsDropped += d.sectorsDropped;
        damage.sectorsKept += d.sectorsKept;
        damage.sectorsGarbage += d.sectorsGarbage;
        damage.filesRemoved += d.filesRemoved;
        damage.sizesReverted += d.sizesReverted;
    }

    void fail(const QString &round, const QString &what)
    {
        if (failures.size() < 20)
            failures.append(round + u": "_s + what);
    }

    QString line(const QString &run, std::uint64_t seed, const QString &extra = {}) const
    {
        return u"POWERCUT %1: cuts %2 (torn %3, in a checkpoint %4, in delivery bookkeeping %5) told-done %6 "
               "found %7 lost %8 integrity-failures %9 outbox-orphans %10 returns-without-outbox %11 "
               "half-written %12 not-working-after %13 recorded-untold %14 | sectors dropped %15 kept %16 "
               "garbage %17, sizes reverted %18, files removed %19 | seed %20%21"_s.arg(run)
                   .arg(cuts)
                   .arg(torn)
                   .arg(inCheckpoint)
                   .arg(inDelivery)
                   .arg(told)
                   .arg(found)
                   .arg(lost)
                   .arg(integrityFailures)
                   .arg(outboxOrphans)
                   .arg(returnsWithoutOutbox)
                   .arg(halfWritten)
                   .arg(notWorking)
                   .arg(untoldKept)
                   .arg(damage.sectorsDropped)
                   .arg(damage.sectorsKept)
                   .arg(damage.sectorsGarbage)
                   .arg(damage.sizesReverted)
                   .arg(damage.filesRemoved)
                   .arg(seed)
                   .arg(extra.isEmpty() ? QString() : u" | "_s + extra);
    }
};

std::uint64_t roundSeed(std::uint64_t base, int round)
{
    std::seed_seq sequence { std::uint32_t(base), std::uint32_t(base >> 32), std::uint32_t(round) };
    std::mt19937_64 random(sequence);
    return random();
}

qint64 walFrames(const QString &dbPath)
{
    const qint64 size = QFileInfo(dbPath + u"-wal"_s).size();
    return size > 32 ? (size - 32) / (4096 + 24) : 0;
}

bool copyFiles(const QString &from, const QString &to, const QStringList &names)
{
    if (!QDir().mkpath(to))
        return false;
    for (const QString &name : names)
        if (QFile::exists(from + u'/' + name) && !QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

/// The checks after a cut, on a journal the kiosk's code reopened.
void checkJournal(
    Journal &journal, const QSet<QString> &told, int returnsBefore, Tally &tally, const QString &round)
{
    tally.told += told.size();
    int found = 0;
    for (const QString &id : told) {
        if (journal.findReturn(id)) {
            ++found;
        } else {
            ++tally.lost;
            tally.fail(round, u"return %1 was told done and is gone"_s.arg(id));
        }
    }
    tally.found += found;
    sql::Database &db = journal.database();
    QString integrity;
    sql::Statement check = db.prepare("PRAGMA integrity_check");
    while (check.step() == sql::Statement::Step::Row)
        integrity += check.text(0) + u' ';
    if (integrity.trimmed() != u"ok"_s) {
        ++tally.integrityFailures;
        tally.fail(round, u"integrity_check: "_s + integrity.trimmed());
    }
    const auto count = [&](const char *sql) { return int(db.scalar(sql).value_or(-1)); };
    const int orphans = count("SELECT count(*) FROM outbox o WHERE o.kind = 'return' AND NOT EXISTS "
                              "(SELECT 1 FROM returns r WHERE r.id = o.ref_id)");
    const int unqueued = count("SELECT count(*) FROM returns r WHERE NOT EXISTS (SELECT 1 FROM outbox o "
                               "WHERE o.ref_id = r.id) AND NOT EXISTS (SELECT 1 FROM dead_letters d WHERE "
                               "d.ref_id = r.id)");
    const int half = count("SELECT (SELECT count(*) FROM returns r WHERE NOT EXISTS (SELECT 1 FROM "
                           "return_items i WHERE i.return_id = r.id)) + (SELECT count(*) FROM return_items i "
                           "WHERE NOT EXISTS (SELECT 1 FROM returns r WHERE r.id = i.return_id))");
    tally.outboxOrphans += std::abs(orphans);
    tally.returnsWithoutOutbox += std::abs(unqueued);
    tally.halfWritten += std::abs(half);
    if (orphans != 0 || unqueued != 0 || half != 0)
        tally.fail(round,
            u"outbox rows without a return %1, returns without an outbox row %2, half-written %3"_s
                .arg(orphans)
                .arg(unqueued)
                .arg(half));
    tally.untoldKept += journal.returnCount() - returnsBefore - found;
}

/// One drop-off counter of the kiosk: journal.db and cache.db opened by their own classes, and the
/// ReturnRecorder that writes the journal before the shopper is told "done".
class Counter
{
public:
    explicit Counter(const QString &dir)
        : m_dir(dir)
        , m_clock(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC))
        , m_recorder(m_cache, m_journal, m_printer, m_clock,
              { u"kiosk-powercut"_s, u"Northwind Outfitters"_s, {}, QTimeZone::utc() })
    { }

    /// The journal must open; the cache is rebuilt from the backend when it cannot, so it may fail.
    bool open()
    {
        if (!m_journal.open(m_dir + u"/journal.db"_s))
            return false;
        m_cache.open(m_dir + u"/cache.db"_s);
        return true;
    }

    /// The next shopper returns one unit of line 1: the return's id once the shopper may be told
    /// "done", empty when the recorder refused.
    QString record(const ReturnOffer &offer, const Order &order)
    {
        m_recorder.clear();
        ReturnRecorder::Part part;
        part.dropped = { { 1, 1 } };
        part.online = true;
        m_clock.advance(60'000);
        return m_recorder.record(offer, order, part) ? m_recorder.lastReturnId() : QString();
    }

    Journal &journal() { return m_journal; }

private:
    QString m_dir;
    CacheStore m_cache;
    Journal m_journal;
    drivers::SimReceiptPrinter m_printer { 0 };
    ManualClock m_clock;
    ReturnRecorder m_recorder;
};

} // namespace

class PowerCutTest : public QObject
{
    Q_OBJECT

    PowerCutVfs &m_vfs = PowerCutVfs::install();
    QTemporaryDir m_seeds; ///< not watched: what every round starts from
    QTemporaryDir m_rounds; ///< watched: each round's files
    std::uint64_t m_seed = 0;
    Order m_order;
    std::shared_ptr<const Policy> m_policy;
    std::optional<ReturnOffer> m_offer;

    /// Rounds of cuts while the counter records returns, from a journal whose WAL is close to its
    /// automatic checkpoint so that cuts also land in checkpoints and the WAL's restart.
    Tally recordingRounds(const QString &run, int cuts, bool weakened)
    {
        Tally tally;
        const QString seedDir = m_seeds.filePath(run);
        int returnsBefore = 0;
        {
            Counter seed(seedDir);
            QDir().mkpath(seedDir);
            if (!seed.open())
                return tally.fail(run, u"cannot create the seed journal"_s), tally;
            // Some history, part of it delivered (as the sync engine would mark it on its own connection).
            for (int i = 0; i < 40; ++i)
                seed.record(*m_offer, m_order);
            Journal sync;
            sync.open(seedDir + u"/journal.db"_s);
            std::vector<std::int64_t> seqs;
            for (const auto &entry : sync.dueOutbox(QDateTime::currentDateTimeUtc().addYears(1), 30))
                seqs.push_back(entry.seq);
            sync.markDelivered(seqs, QDateTime::currentDateTimeUtc());
            // Then more, until a round's returns take the WAL past its checkpoint half way through.
            const qint64 perReturn = std::max<qint64>(1, walFrames(seedDir + u"/journal.db"_s) / 40);
            while (
                walFrames(seedDir + u"/journal.db"_s) < WalAutoCheckpoint - perReturn * ReturnsPerRound / 2)
                seed.record(*m_offer, m_order);
            returnsBefore = seed.journal().returnCount();
            // Copied while the seed is still open: closing it would checkpoint and delete its WAL.
            if (!copyFiles(seedDir, seedDir + u"-files"_s,
                    { u"journal.db"_s, u"journal.db-wal"_s, u"cache.db"_s, u"cache.db-wal"_s }))
                return tally.fail(run, u"cannot copy the seed"_s), tally;
        }
        std::int64_t events = 0;
        for (int round = 0; round < cuts; ++round) {
            const std::uint64_t seed = roundSeed(m_seed, round);
            std::mt19937_64 random(seed);
            PowerCutVfs::Plan plan { seed, 0, round % 2 == 1 };
            // Round 0 measures a round's writes and syncs (and is cut after the last of them).
            if (round > 0)
                plan.cutAt = 1 + std::int64_t(random() % std::uint64_t(events + events / 10));
            const QString dir = m_rounds.filePath(u"%1-%2"_s.arg(run).arg(round));
            const QString label = u"%1 round %2 (seed %3, cut at %4 of %5%6)"_s.arg(run)
                                      .arg(round)
                                      .arg(seed)
                                      .arg(plan.cutAt)
                                      .arg(events)
                                      .arg(plan.torn ? u", torn"_s : QString());
            if (!copyFiles(seedDir + u"-files"_s, dir,
                    { u"journal.db"_s, u"journal.db-wal"_s, u"cache.db"_s, u"cache.db-wal"_s })) {
                tally.fail(label, u"cannot copy the seed"_s);
                break;
            }
            QSet<QString> told;
            m_vfs.arm(plan);
            {
                Counter counter(dir);
                if (counter.open()) {
                    if (weakened)
                        counter.journal().database().exec("PRAGMA synchronous=NORMAL");
                    for (int i = 0; i < ReturnsPerRound; ++i) {
                        const QString id = counter.record(*m_offer, m_order);
                        if (id.isEmpty())
                            break;
                        told.insert(id);
                    }
                }
                if (round == 0)
                    events = m_vfs.events();
                if (!m_vfs.isCut())
                    m_vfs.cutNow();
                tally.inCheckpoint += m_vfs.cutFile().endsWith(u"/journal.db"_s) ? 1 : 0;
            } // the kiosk's connections close on a dead device, as if the process died with it
            PowerCutVfs::Damage damage;
            if (!m_vfs.applyCut(&damage)) {
                tally.fail(label, u"files still open at the cut"_s);
                break;
            }
            ++tally.cuts;
            tally.torn += plan.torn ? 1 : 0;
            tally.add(damage);
            {
                Counter counter(dir);
                if (!counter.open()) {
                    ++tally.integrityFailures;
                    tally.lost += told.size();
                    tally.fail(label, u"the journal does not open: "_s + counter.journal().lastError());
                } else {
                    checkJournal(counter.journal(), told, returnsBefore, tally, label);
                    const QString next = counter.record(*m_offer, m_order);
                    if (next.isEmpty() || !counter.journal().findReturn(next)
                        || !counter.journal().checkWritable(64 * 1024)) {
                        ++tally.notWorking;
                        tally.fail(label, u"no next return: "_s + counter.journal().lastError());
                    }
                }
            }
            m_vfs.settle();
            QDir(dir).removeRecursively();
        }
        return tally;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            u"kiosk.*.warning=false\nkiosk.*.critical=false\nkiosk.*.info=false"_s);
        QVERIFY(m_seeds.isValid() && m_rounds.isValid());
        m_vfs.watch(m_rounds.path());
        bool ok = false;
        m_seed = qEnvironmentVariable("KIOSK_POWERCUT_SEED").toULongLong(&ok);
        if (!ok)
            m_seed = 20261205;

        QFile file(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/src/apparel.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PolicyLoader::Result loaded
            = PolicyLoader::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        QVERIFY2(loaded.policy, qPrintable(loaded.errors.join(u'\n')));
        m_policy = loaded.policy;
        m_order.id = u"RK-PC-1"_s;
        m_order.currency = u"USD"_s;
        m_order.customerRef = u"cust-pc"_s;
        m_order.placedAt = QDateTime(QDate(2026, 11, 10), QTime(15, 0), Qt::UTC);
        m_order.deliveredAt = QDateTime(QDate(2026, 11, 12), QTime(15, 0), Qt::UTC);
        m_order.paymentMethods = { u"card"_s };
        OrderLine line;
        line.lineNo = 1;
        line.sku = u"SKU-MUG"_s;
        line.title = u"Stoneware mug"_s;
        line.category = u"homeware"_s;
        line.unitPrice = 2500;
        line.quantity = 1;
        m_order.lines = { line };
        ReturnOffer::Context context;
        context.order = &m_order;
        context.policy = m_policy.get();
        context.now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        context.cacheSyncedAt = context.now.addSecs(-600);
        m_offer = ReturnOffer::make(
            context, { { { 1, 1, u"changed_mind"_s, {} } }, Resolution::RefundToOriginal, {} });
        QVERIFY2(m_offer->isValid(), qPrintable(m_offer->problemDetail()));
    }

    // The counter records returns (journal and outbox in one transaction, synchronous=FULL in WAL mode,
    // as the journal sets them) and the power fails anywhere in between, also in checkpoints: nothing
    // the shopper was told "done" about is lost, the file is whole, and it takes the next return.
    void cutsWhileRecording()
    {
        const Tally tally
            = recordingRounds(u"recording"_s, fromEnvironment("KIOSK_POWERCUT_CUTS", 160), false);
        qInfo().noquote() << tally.line(u"recording"_s, m_seed);
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
        QVERIFY(tally.clean());
        QVERIFY(tally.cuts >= 160 || qEnvironmentVariableIsSet("KIOSK_POWERCUT_CUTS"));
        QVERIFY(tally.told > tally.cuts); // the cuts fell among recorded returns, not before them
        QVERIFY(tally.inCheckpoint > 0);
    }

    // The control: the same cuts on a journal weakened to synchronous=NORMAL (WAL commits without an
    // fsync) lose returns the shopper was told about. Were the shim to keep unsynced writes, this fails.
    void shimCatchesAJournalThatDoesNotSync()
    {
        const Tally tally = recordingRounds(u"control-synchronous-normal"_s, 20, true);
        qInfo().noquote() << tally.line(u"control-synchronous-normal"_s, m_seed, u"losses expected"_s);
        QCOMPARE(tally.cuts, 20);
        QVERIFY2(
            tally.lost > 0, "a journal that does not sync its commits lost nothing: the shim keeps writes");
    }

    // The sync engine marks what the backend acknowledged (its own connection) while the counter records
    // returns on another, and the power fails, mostly inside the delivery bookkeeping. After the reopen
    // every told return is there, nothing is marked delivered that the backend lacks, and a sync stores
    // every return at the backend exactly once (resends are answered "duplicate").
    void cutsWhileMarkingDelivered()
    {
        QTemporaryDir backendDir;
        test::BackendProcess backend(backendDir.path(), { u"kiosk-powercut"_s });
        QVERIFY(backend.start());
        SystemClock clock;
        SyncConfig config = backend.syncConfig(u"kiosk-powercut"_s);
        config.batchSize = 4;
        config.parallelBatches = 1;
        const int cuts = fromEnvironment("KIOSK_POWERCUT_SYNC_CUTS", 60);
        Tally tally;
        int markedNotStored = 0;
        int notDrained = 0;
        QSet<QString> allTold;
        std::int64_t beforeCycle = 0;
        std::int64_t afterCycle = 0;
        std::int64_t total = 0;
        int serial = 0;
        for (int round = 0; round < cuts; ++round) {
            const std::uint64_t seed = roundSeed(m_seed ^ 0x5c, round);
            std::mt19937_64 random(seed);
            PowerCutVfs::Plan plan { seed, 0, round % 2 == 1 };
            if (round == 1) {
                plan.cutAt = 1; // the first write of a WAL created after the last sync: the file goes too
            } else if (round > 0) {
                // Mostly inside the sync's cycle; every fourth anywhere in the round.
                const bool inCycle = round % 4 != 3;
                plan.cutAt = inCycle
                    ? beforeCycle + 1 + std::int64_t(random() % std::uint64_t(afterCycle - beforeCycle))
                    : 1 + std::int64_t(random() % std::uint64_t(total + 2));
            }
            const QString dir = m_rounds.filePath(u"delivery-%1"_s.arg(round));
            const QString label = u"delivery round %1 (seed %2, cut at %3 of %4%5)"_s.arg(round)
                                      .arg(seed)
                                      .arg(plan.cutAt)
                                      .arg(total)
                                      .arg(plan.torn ? u", torn"_s : QString());
            QVERIFY(QDir().mkpath(dir));
            config.journalPath = dir + u"/journal.db"_s;
            QSet<QString> told;
            {
                Journal kiosk;
                QVERIFY(kiosk.open(config.journalPath));
                for (int i = 0; i < 16; ++i) {
                    const ReturnRecord record = test::makeReturn(config.kioskId, ++serial, clock.now());
                    QVERIFY(kiosk.recordReturn(record));
                    told.insert(record.id);
                }
            }
            QVERIFY(m_vfs.settle()); // the queue is on disk before the power is at risk
            m_vfs.arm(plan);
            {
                Journal kiosk;
                const auto recordSome = [&] {
                    for (int i = 0; i < 2 && kiosk.database().isOpen(); ++i) {
                        const ReturnRecord record = test::makeReturn(config.kioskId, ++serial, clock.now());
                        if (kiosk.recordReturn(record))
                            told.insert(record.id);
                    }
                };
                if (kiosk.open(config.journalPath))
                    recordSome();
                const std::int64_t before = m_vfs.events();
                {
                    SyncRunner runner(config, clock, [] { return 0.5; });
                    if (runner.open())
                        runner.runCycle(SyncRunner::Mode::Forced);
                }
                const std::int64_t after = m_vfs.events();
                recordSome();
                if (round == 0) {
                    beforeCycle = before;
                    afterCycle = after;
                    total = m_vfs.events();
                    QVERIFY2(afterCycle > beforeCycle, "the sync wrote nothing to the journal");
                }
                if (m_vfs.isCut() && m_vfs.events() > before && m_vfs.events() <= after && round > 0)
                    ++tally.inDelivery;
                if (!m_vfs.isCut())
                    m_vfs.cutNow();
            }
            PowerCutVfs::Damage damage;
            QVERIFY2(m_vfs.applyCut(&damage), "journal files still open at the cut");
            ++tally.cuts;
            tally.torn += plan.torn ? 1 : 0;
            tally.add(damage);
            {
                Journal journal;
                if (!journal.open(config.journalPath)) {
                    ++tally.integrityFailures;
                    tally.lost += told.size();
                    tally.fail(label, u"the journal does not open: "_s + journal.lastError());
                    continue;
                }
                checkJournal(journal, told, 0, tally, label);
                // Marked delivered means the backend has it: anything else would never be sent again.
                const test::BackendCounts atBackend = test::BackendCounts::read(backend.dbPath());
                sql::Statement delivered = journal.database().prepare(
                    "SELECT ref_id FROM outbox WHERE kind = 'return' AND delivered_at IS NOT NULL");
                while (delivered.step() == sql::Statement::Step::Row) {
                    if (!atBackend.stored.contains(delivered.text(0))) {
                        ++markedNotStored;
                        tally.fail(
                            label, u"%1 is marked delivered, the backend lacks it"_s.arg(delivered.text(0)));
                    }
                }
                const ReturnRecord next = test::makeReturn(config.kioskId, ++serial, clock.now());
                if (!journal.recordReturn(next) || !journal.checkWritable(64 * 1024)) {
                    ++tally.notWorking;
                    tally.fail(label, u"no next return: "_s + journal.lastError());
                } else {
                    told.insert(next.id);
                }
                SyncRunner drain(config, clock, [] { return 0.5; });
                if (drain.open())
                    drain.runCycle(SyncRunner::Mode::Forced);
                if (journal.outboxStats().pending != 0) {
                    ++notDrained;
                    tally.fail(
                        label, u"%1 entries still pending after a sync"_s.arg(journal.outboxStats().pending));
                }
            }
            allTold.unite(told);
            QVERIFY(m_vfs.settle());
            QDir(dir).removeRecursively();
        }
        const test::BackendCounts counts = test::BackendCounts::read(backend.dbPath());
        int lostAtBackend = 0;
        for (const QString &id : std::as_const(allTold))
            lostAtBackend += counts.stored.contains(id) ? 0 : 1;
        qInfo().noquote() << tally.line(u"delivery"_s, m_seed,
            u"marked-delivered-not-at-backend %1 not-drained %2 backend: expected %3 stored %4 lost %5 "
            "duplicated %6 resent %7"_s.arg(markedNotStored)
                .arg(notDrained)
                .arg(allTold.size())
                .arg(counts.stored.size())
                .arg(lostAtBackend)
                .arg(counts.duplicated())
                .arg(counts.resent));
        QVERIFY(backend.stop());
        QVERIFY2(tally.failures.isEmpty(), qPrintable(tally.failures.join(u'\n')));
        QVERIFY(tally.clean());
        QCOMPARE(markedNotStored, 0);
        QCOMPARE(notDrained, 0);
        QCOMPARE(lostAtBackend, 0);
        QCOMPARE(counts.duplicated(), 0);
        QVERIFY(tally.inDelivery > 0);
    }
};

QTEST_GUILESS_MAIN(PowerCutTest)
#include "tst_powercut.moc"
