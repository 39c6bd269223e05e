// "Never the same refund twice": kiosks with their own caches and journals against the real reference
// backend over TLS. A line once returned stays returned at the kiosk that took it (before and after the
// sync that delivers the return and pulls the updated order, online or not) and at every other kiosk
// once the backend counted it; when two kiosks took the same unit offline, the backend keeps one.
#include "BackendProcess.h"

#include "Clock.h"
#include "cache/CacheStore.h"
#include "eligibility/EligibilityEngine.h"
#include "journal/Journal.h"
#include "offer/OfferInputs.h"
#include "policy/PolicyLoader.h"
#include "sync/SyncRunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

const QString OrderId = u"RK-100001"_s; // demo order: line 1 a T-shirt, line 2 jeans, one of each
const QDateTime Start(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);

/// One kiosk: its sync runner (own connections, as the engine's thread has) and the connections the
/// journey reads and writes through.
struct Kiosk
{
    QString id;
    std::unique_ptr<SyncRunner> runner;
    CacheStore cache;
    Journal journal;

    bool open(
        const test::BackendProcess &backend, const QString &dir, const QString &kioskId, const Clock &clock)
    {
        id = kioskId;
        SyncConfig config = backend.syncConfig(kioskId);
        config.journalPath = dir + u"/"_s + kioskId + u"-journal.db"_s;
        config.cachePath = dir + u"/"_s + kioskId + u"-cache.db"_s;
        config.backoffBase = 1s;
        runner = std::make_unique<SyncRunner>(config, clock, [] { return 0.5; });
        return runner->open() && cache.open(config.cachePath) && journal.open(config.journalPath);
    }

    void sync() { runner->runCycle(SyncRunner::Mode::Forced); }

    std::optional<OfferInputs> inputs(const QDateTime &now)
    {
        return OfferInputs::load(cache, journal, OrderId, now, now.addSecs(-15 * 3600));
    }

    /// Units of the line this kiosk would still take back; -1 when it does not know the order.
    int left(int lineNo, const QDateTime &now)
    {
        const auto in = inputs(now);
        return in && in->order.line(lineNo) ? in->order.line(lineNo)->returnableQuantity() : -1;
    }

    /// What the shopper's journey records once the item is in the bin.
    QString returnLine(int lineNo, const QDateTime &now)
    {
        ReturnRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kioskId = id;
        record.orderId = OrderId;
        record.createdAt = now;
        record.resolution = u"refund"_s;
        record.currency = u"USD"_s;
        record.items.push_back(
            { lineNo, lineNo == 1 ? u"NW-TEE-BLU-M"_s : u"NW-JNS-32-32"_s, 1, u"changed_mind"_s, 1999, {} });
        return journal.recordReturn(record) ? record.id : QString();
    }
};

} // namespace

class ReturnedOnceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::BackendProcess> m_backend;
    std::unique_ptr<ManualClock> m_clock;
    std::shared_ptr<const Policy> m_policy;
    int m_port = 0;

    bool startBackend()
    {
        QStringList args { u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json") };
        if (m_port != 0)
            args << u"--listen"_s << u"127.0.0.1:%1"_s.arg(m_port);
        if (!m_backend->start(args))
            return false;
        m_port = m_backend->port();
        return true;
    }

    qint64 returnsStored()
    {
        return m_backend->admin(u"/v1/admin/stats"_s).value(u"returnsStored"_s).toInteger(-1);
    }

    /// The engine's answer for a line, as the journey asks it (all of the line's returnable units).
    LineDecision::Decision decide(Kiosk &kiosk, int lineNo, bool offline)
    {
        const QDateTime now = m_clock->now();
        const auto inputs = kiosk.inputs(now);
        if (!inputs)
            return LineDecision::Decision::Ineligible;
        EligibilityRequest request;
        request.order = &inputs->order;
        request.policy = m_policy.get();
        request.history = inputs->history;
        request.now = now;
        request.storeZone = QTimeZone("America/Chicago");
        request.offline = offline;
        request.cacheSyncedAt = inputs->cacheSyncedAt;
        request.selections.push_back({ lineNo, 0, {}, {} });
        const EligibilityResult result = EligibilityEngine::decide(request);
        for (const LineDecision &d : result.lines)
            if (d.lineNo == lineNo)
                return d.decision;
        return LineDecision::Decision::Ineligible;
    }

    /// Line 1 is gone for good at @p kiosk: nothing left, and the engine refuses it online and offline.
    void verifyLineOneRefused(Kiosk &kiosk)
    {
        QCOMPARE(kiosk.left(1, m_clock->now()), 0);
        QVERIFY(decide(kiosk, 1, false) != LineDecision::Decision::Eligible);
        QVERIFY(decide(kiosk, 1, true) != LineDecision::Decision::Eligible);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStringList errors;
        const auto keys = PolicyLoader::loadTrustedKeys(
            QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/trusted-policy-keys.json"), &errors);
        const auto loaded = PolicyLoader::fromBundleFile(
            QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/apparel.policy.json"), keys);
        QVERIFY2(loaded.policy, qPrintable(loaded.errors.join(u"; "_s)));
        m_policy = loaded.policy;
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_backend = std::make_unique<test::BackendProcess>(m_dir->path(), QStringList { u"K-A"_s, u"K-B"_s });
        m_port = 0;
        QVERIFY(startBackend());
        m_clock = std::make_unique<ManualClock>(Start);
    }

    void cleanup()
    {
        m_backend->stop();
        m_backend.reset();
        m_dir.reset();
    }

    /// The case: returned once, the line is refused from then on, however many syncs follow
    /// (each pull moves the cache's sync time past the return).
    void sameLineTwiceAtOneKioskOnline()
    {
        Kiosk a;
        QVERIFY(a.open(*m_backend, m_dir->path(), u"K-A"_s, *m_clock));
        a.sync();
        QVERIFY(a.runner->status().online);
        QCOMPARE(a.left(1, m_clock->now()), 1);
        QCOMPARE(decide(a, 1, false), LineDecision::Decision::Eligible);

        const QString first = a.returnLine(1, m_clock->now());
        QVERIFY(!first.isEmpty());
        verifyLineOneRefused(a); // before any sync: the journal alone
        QCOMPARE(decide(a, 2, false), LineDecision::Decision::Eligible); // the jeans are still there

        for (int round = 0; round < 3; ++round) {
            m_clock->advance(60'000);
            a.sync();
            QCOMPARE(a.runner->status().queueDepth, 0);
            // The pulled order counts the return and says so: counted once, not twice.
            QCOMPARE(a.cache.countedReturns(OrderId), QStringList { first });
            QCOMPARE(a.cache.findOrder(OrderId)->line(1)->quantityReturned, 1);
            QVERIFY(a.inputs(m_clock->now())->uncountedReturns.isEmpty());
            QVERIFY(a.cache.lastSyncedAt() > m_clock->now().addSecs(-1)); // later than the return
            verifyLineOneRefused(a);
        }
        QCOMPARE(returnsStored(), 1);
    }

    /// Offline at the time of the return, and until the backend is back: refused all along.
    void sameLineTwiceAtOneKioskOffline()
    {
        Kiosk a;
        QVERIFY(a.open(*m_backend, m_dir->path(), u"K-A"_s, *m_clock));
        a.sync();
        QVERIFY(m_backend->stop());

        m_clock->advance(60'000);
        const QString first = a.returnLine(1, m_clock->now());
        QVERIFY(!first.isEmpty());
        verifyLineOneRefused(a);
        a.sync();
        QVERIFY(!a.runner->status().online);
        QCOMPARE(a.runner->status().queueDepth, 1);
        verifyLineOneRefused(a);

        QVERIFY(startBackend());
        m_clock->advance(60'000);
        a.sync();
        QVERIFY(a.runner->status().online);
        QCOMPARE(a.runner->status().queueDepth, 0);
        QCOMPARE(a.cache.countedReturns(OrderId), QStringList { first });
        verifyLineOneRefused(a);
        QCOMPARE(returnsStored(), 1);
    }

    /// Kiosk B learns from the backend what kiosk A took back.
    void secondKioskRefusesWhatTheFirstTookBack()
    {
        Kiosk a;
        Kiosk b;
        QVERIFY(a.open(*m_backend, m_dir->path(), u"K-A"_s, *m_clock));
        QVERIFY(b.open(*m_backend, m_dir->path(), u"K-B"_s, *m_clock));
        a.sync();
        b.sync();
        QCOMPARE(b.left(1, m_clock->now()), 1);

        const QString first = a.returnLine(1, m_clock->now());
        QVERIFY(!first.isEmpty());
        m_clock->advance(60'000);
        a.sync();
        QCOMPARE(a.runner->status().queueDepth, 0);
        b.sync(); // the order comes again, with A's return counted
        QCOMPARE(b.cache.countedReturns(OrderId), QStringList { first });
        verifyLineOneRefused(b);
        QCOMPARE(b.left(2, m_clock->now()), 1);
        verifyLineOneRefused(a);
        QCOMPARE(returnsStored(), 1);
    }

    /// Both kiosks took the same T-shirt while the backend was away: it keeps the first to arrive and
    /// rejects the other, which ends in B's dead letters; one refund stored, never two.
    void twoKiosksOfflineBackendKeepsOne()
    {
        Kiosk a;
        Kiosk b;
        QVERIFY(a.open(*m_backend, m_dir->path(), u"K-A"_s, *m_clock));
        QVERIFY(b.open(*m_backend, m_dir->path(), u"K-B"_s, *m_clock));
        a.sync();
        b.sync();
        QVERIFY(m_backend->stop());

        m_clock->advance(60'000);
        QCOMPARE(a.left(1, m_clock->now()), 1);
        QCOMPARE(b.left(1, m_clock->now()), 1);
        const QString fromA = a.returnLine(1, m_clock->now());
        const QString fromB = b.returnLine(1, m_clock->now());
        QVERIFY(!fromA.isEmpty() && !fromB.isEmpty());
        verifyLineOneRefused(a);
        verifyLineOneRefused(b);

        QVERIFY(startBackend());
        m_clock->advance(60'000);
        a.sync();
        QCOMPARE(a.runner->status().queueDepth, 0);
        QCOMPARE(a.runner->status().deadLetters, 0);
        b.sync();
        QCOMPARE(b.runner->status().queueDepth, 0);
        QCOMPARE(b.runner->status().deadLetters, 1);
        const auto letters = b.journal.deadLetters(10);
        QCOMPARE(letters.size(), std::size_t(1));
        QCOMPARE(letters.front().refId, fromB);
        QVERIFY2(
            letters.front().reason.startsWith(u"quantity_exceeds"_s), qPrintable(letters.front().reason));
        QCOMPARE(returnsStored(), 1);

        // Both caches now hold the order as the backend counts it: A's return only.
        QCOMPARE(a.cache.countedReturns(OrderId), QStringList { fromA });
        QCOMPARE(b.cache.countedReturns(OrderId), QStringList { fromA });
        verifyLineOneRefused(a);
        verifyLineOneRefused(b);

        // Resending changes nothing: the dead letter stays one, the stored returns stay one.
        m_clock->advance(60'000);
        a.sync();
        b.sync();
        QCOMPARE(returnsStored(), 1);
        QCOMPARE(b.runner->status().deadLetters, 1);
    }
};

QTEST_GUILESS_MAIN(ReturnedOnceTest)
#include "tst_returnedonce.moc"
