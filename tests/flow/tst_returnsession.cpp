#include "Clock.h"
#include "DropoffStation.h"
#include "ReturnSession.h"
#include "ScriptedCacheMissLookup.h"
#include "cache/CacheStore.h"
#include "codes/TokenMinter.h"
#include "crypto/PinHash.h"
#include "domain/Money.h"
#include "dropoff/SimChuteLock.h"
#include "indicator/SimIndicator.h"
#include "journal/Journal.h"
#include "policy/PolicyStore.h"
#include "printer/SimReceiptPrinter.h"
#include "sensor/SimItemSensor.h"
#include "stock/FixedStockLookup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Pins the shopper journey against real cache/journal files and the simulated chute: every
/// transition, the messages for bad codes, the return window boundary in the store's time zone,
/// chute faults that must not lose what was handed in, and the idle wipe.
class ReturnSessionTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<PolicyStore> m_policies;
    std::unique_ptr<drivers::SimChuteLock> m_chute;
    std::unique_ptr<drivers::SimItemSensor> m_scale;
    std::unique_ptr<drivers::SimIndicator> m_light;
    std::unique_ptr<DropoffStation> m_station;
    std::unique_ptr<drivers::SimReceiptPrinter> m_printer;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<FixedStockLookup> m_stock;
    std::unique_ptr<ScriptedCacheMissLookup> m_backend;
    std::unique_ptr<ReturnSession> m_session;

    void makeSession(int idleSeconds = 60, int staffSeconds = 120, int tapGuardMs = 0,
        int assistanceSeconds = 300, int lookupTimeoutMs = 8000)
    {
        ReturnSession::Config config;
        config.kioskId = u"kiosk-test"_s;
        config.retailerId = northwind();
        config.storeZone = QTimeZone("America/Chicago");
        config.idleTimeoutSeconds = idleSeconds;
        config.doneTimeoutSeconds = 1;
        config.assistanceTimeoutSeconds = assistanceSeconds;
        config.retailerName = u"Northwind Outfitters"_s;
        config.eReceiptBase = QUrl(u"https://returns.example.com/r/"_s);
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        config.tapGuardMs = tapGuardMs; // the fixture taps faster than a shopper; see doubleTaps...
        config.staff.pinIterations = 1000;
        config.staff.signedInSeconds = staffSeconds;
        config.staff.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"2468"_s, salt, 1000) });
        config.lookupTimeoutMs = lookupTimeoutMs;
        m_session = std::make_unique<ReturnSession>(
            *m_cache, *m_journal, *m_policies, *m_station, *m_chute, *m_printer, *m_clock, config);
        m_session->setOnline(true);
        m_stock = std::make_unique<FixedStockLookup>();
        m_session->setStockLookup(m_stock.get());
    }

    /// A session that asks m_backend for orders the cache lacks; the test answers for the backend.
    void makeSessionWithBackend(int lookupTimeoutMs = 60'000, int idleSeconds = 60)
    {
        makeSession(idleSeconds, 120, 0, 300, lookupTimeoutMs);
        m_backend = std::make_unique<ScriptedCacheMissLookup>();
        m_session->setCacheMissLookup(m_backend.get());
    }

    /// Whether the printed receipt has a line with this label and amount (in dollars, right-aligned).
    static bool receiptShows(const QByteArray &receipt, const QString &label, MinorUnits amount)
    {
        const QRegularExpression line(QRegularExpression::escape(label) + u" +"_s
            + QRegularExpression::escape(formatMoney(amount, u"USD"_s)) + u"\n"_s);
        return line.match(QString::fromLatin1(receipt)).hasMatch();
    }

    /// What the real look-up does before it answers Found: RK-100001's lines and billing ZIP code
    /// under `orderId`, written to the cache.
    void backendWritesOrder(const QString &orderId)
    {
        auto order = m_cache->findOrder(u"RK-100001"_s);
        QVERIFY(order);
        order->id = orderId;
        order->receipt = {};
        QVERIFY(m_cache->upsertOrder(*order));
    }

    /// A return code for an order only the backend has: the session starts looking it up.
    void scanCodeOfUncachedOrder(const QString &orderId)
    {
        QVERIFY(!m_cache->findOrder(orderId));
        const qsizetype asked = m_backend->requests.size();
        m_session->submitCode(returnCode(orderId, inAWeek(), northwind()));
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->lookingUp());
        QCOMPARE(m_session->message(), u"Looking up order %1…"_s.arg(orderId));
        QCOMPARE(m_backend->requests.size(), asked + 1);
        QCOMPARE(m_backend->requests.constLast().second, orderId);
    }

    /// The billing ZIP codes of the demo orders (kiosk-config/demo/orders.json).
    static QString demoZip(const QString &orderId)
    {
        return orderId == u"RK-100001" ? u"60614"_s
            : orderId == u"RK-100002"  ? u"30301"_s
            : orderId == u"RK-100003"  ? u"94110"_s
                                       : u"00000"_s;
    }

    /// Submits a code; an order number then gets its order's ZIP code on the verify screen.
    void enter(const QString &code)
    {
        m_session->submitCode(code);
        if (m_session->verification()->orderId().isEmpty())
            return;
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        waitOutTapGuard(); // a shopper reads the screen before typing
        m_session->submitVerifier(demoZip(m_session->verification()->orderId()));
    }

    /// Items, one reason each, yes to every question: the resolution screen.
    void reachResolution(const QString &reason)
    {
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        while (m_session->screen() == Screen::Reasons) {
            m_session->chooseReason(reason);
            QTest::qWait(5);
        }
        while (m_session->screen() == Screen::Questions) {
            m_session->answerQuestion(true);
            QTest::qWait(5);
        }
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
    }

    /// A return QR as the retailer's e-mail carries it, signed with the demo token key.
    static QString returnCode(const QString &orderId, const QDateTime &expires, const QString &retailer,
        const QString &tokenId = u"T1"_s)
    {
        QFile keyFile(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/keys/demo-return-token-2026.key"));
        if (!keyFile.open(QIODevice::ReadOnly))
            return {};
        const QByteArray key = QByteArray::fromBase64(keyFile.readAll().trimmed());
        const codes::TokenMinter::Token token { retailer, u"demo-return-token-2026"_s, tokenId, orderId,
            expires, { { 2, 1 } } };
        return u"https://returns.example.com/r/"_s + codes::TokenMinter::mint(token, key);
    }
    static QString northwind() { return u"northwind"_s; }
    QDateTime inAWeek() const { return m_clock->now().addDays(7); }

    /// The GTIN on the tag of the item the chute is waiting for.
    QString currentTag()
    {
        const auto order = m_cache->findOrder(m_session->orderId());
        for (const OrderLine &line : order->lines)
            if (line.title == m_session->dropoffTitle())
                return line.gtin;
        return {};
    }

    /// From the item list to the chute: confirm, a reason for each item, yes to every condition
    /// question, the resolution, then each item's tag as the chute asks for it.
    void dropOff(const QString &resolution = u"refund"_s, const QString &reason = u"changed_mind"_s)
    {
        reachResolution(reason);
        m_session->chooseResolution(resolution);
        QTRY_COMPARE(m_session->screen(), Screen::Dropoff);
        QElapsedTimer timer;
        timer.start();
        while (m_session->screen() == Screen::Dropoff && timer.elapsed() < 5000) {
            if (m_session->awaitingTag())
                m_session->submitCode(currentTag());
            QTest::qWait(5);
        }
    }

    /// Confirm, one reason and the resolution: the chute then waits for the first tag.
    void reachTagScan(const QString &reason = u"changed_mind"_s)
    {
        reachResolution(reason);
        m_session->chooseResolution(u"refund"_s);
        QTRY_VERIFY(m_session->awaitingTag());
    }

    /// RK-100001 with `lines` chosen, on its way to the chute: the first item's tag is asked for.
    void reachChute(const QList<int> &lines = { 1 })
    {
        reachItems(u"RK-100001"_s);
        for (int lineNo : lines)
            m_session->setSelected(lineNo, true);
        reachTagScan();
    }

    /// RK-100001's two items on their way to the chute: the first went in, the second's tag is asked for.
    void reachSecondTag()
    {
        reachChute({ 1, 2 });
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
    }

    /// RK-100001's T-shirt chosen, a reason given: "are the tags still attached?"
    void reachTagsQuestion()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
    }

    /// An order number and three wrong ZIP codes: "please ask a colleague".
    void failVerifier(const QString &orderId)
    {
        m_session->submitCode(orderId);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        for (const QString &wrong : { u"11111"_s, u"someone@example.com"_s, u"22222"_s })
            m_session->submitVerifier(wrong);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
    }

    /// The kiosk events waiting for the backend, as sent: {id, type, payload}.
    QList<QJsonObject> queuedEvents()
    {
        QList<QJsonObject> events;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addDays(1), 100))
            if (entry.kind == u"event")
                events.append(QJsonDocument::fromJson(entry.payload).object());
        return events;
    }

    /// The shopper does nothing for this long (on the session's clock); the idle timer's next beat.
    void idleFor(int seconds)
    {
        m_clock->advance(seconds * 1000LL);
        m_session->tick();
    }

    /// The tap guard after a screen or step change runs out (on the session's clock).
    void waitOutTapGuard()
    {
        m_clock->advance(300);
        QVERIFY(m_session->settled());
    }

    /// Every line the item list lets the shopper choose, chosen.
    void selectEveryEligibleLine()
    {
        QAbstractItemModel *lines = m_session->lines();
        for (int row = 0; row < lines->rowCount(); ++row) {
            const QModelIndex index = lines->index(row, 0);
            if (lines->data(index, ReturnLinesModel::EligibleRole).toBool())
                m_session->setSelected(lines->data(index, ReturnLinesModel::LineNoRole).toInt(), true);
        }
    }

    void reachItems(const QString &code)
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        enter(code);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cache = std::make_unique<CacheStore>();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_cache->open(m_dir->filePath(u"cache.db"_s)));
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        const auto report
            = m_cache->importFile(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"));
        QCOMPARE(report.imported, 3);
        QStringList keyErrors;
        const auto keys = PolicyLoader::loadTrustedKeys(
            QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/trusted-policy-keys.json"), &keyErrors);
        QVERIFY2(keyErrors.isEmpty(), qPrintable(keyErrors.join(u'\n')));
        m_policies = std::make_unique<PolicyStore>(keys, m_dir->filePath(u"policy.json"_s));
        QFile bundle(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/policies/apparel.policy.json"));
        QVERIFY(bundle.open(QIODevice::ReadOnly));
        const auto offered = m_policies->offer(bundle.readAll());
        QVERIFY2(offered.policy, qPrintable(offered.errors.join(u'\n')));
        m_chute = std::make_unique<drivers::SimChuteLock>(drivers::SimChuteLock::Timing { 5, 5 });
        m_scale = std::make_unique<drivers::SimItemSensor>();
        m_scale->followChute(*m_chute);
        m_light = std::make_unique<drivers::SimIndicator>();
        m_station = std::make_unique<DropoffStation>(
            *m_chute, *m_scale, *m_light, DropoffStation::Config { 20, 30, 200, 10000 });
        m_printer = std::make_unique<drivers::SimReceiptPrinter>(5);
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        makeSession();
        QCOMPARE(m_session->screen(), Screen::Attract);
    }

    void cleanup()
    {
        m_session.reset();
        m_station.reset();
    }

    void oneItemRefund()
    {
        reachItems(u"RK-100001"_s);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->lines()->rowCount(), 3);
        m_session->setSelected(1, true);
        QCOMPARE(m_session->selectedCount(), 1);
        QCOMPARE(m_session->refundText(), u"$24.99"_s);
        QSignalSpy recorded(m_session.get(), &ReturnSession::returnRecorded);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(recorded.size(), 1);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->orderId, u"RK-100001"_s);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().lineNo, 1);
        QCOMPARE(stored->refundTotal(), 2499);
        QCOMPARE(m_journal->outboxStats().pending, 1);
    }

    void acceptsOrderNumberSpellings_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("prefixed") << u"RK-100001"_s;
        QTest::newRow("lower, spaced") << u"  rk 100001 "_s;
        QTest::newRow("no hyphen") << u"RK100001"_s;
    }
    void acceptsOrderNumberSpellings()
    {
        QFETCH(QString, code);
        reachItems(code);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
    }

    void keypadDigitsGetThePrefix()
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->verification()->orderId(), u"RK-100001"_s);
        m_session->submitVerifier(u"60614"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
    }

    void returnCodePreselectsItsLinesAndWorksOnce()
    {
        const QString code = returnCode(u"RK-100001"_s, inAWeek(), northwind());
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->selectedCount(), 1);
        QCOMPARE(m_session->lines()->index(1, 0).data(ReturnLinesModel::SelectedRole).toBool(), true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"already been used"_s), qPrintable(m_session->message()));
    }

    void badReturnCodesExplainThemselves_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        QTest::newRow("expired") << returnCode(u"RK-100001"_s, now.addDays(-1), northwind())
                                 << u"expired on Thursday, November 19, 2026"_s;
        QTest::newRow("other retailer")
            << returnCode(u"RK-100001"_s, now.addDays(7), u"acme"_s) << u"another store"_s;
        QString tampered = returnCode(u"RK-100001"_s, now.addDays(7), northwind());
        tampered[tampered.size() - 3] = tampered.at(tampered.size() - 3) == u'A' ? u'B' : u'A';
        QTest::newRow("bad signature") << tampered << u"couldn't verify"_s;
        QTest::newRow("product barcode") << u"4006381333931"_s << u"product barcode"_s;
    }
    void badReturnCodesExplainThemselves()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(message), qPrintable(m_session->message()));
    }

    void scanOnAttractGoesStraightToItems()
    {
        enter(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
    }

    void badCodesExplainThemselves_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << u"%%COUPON%%"_s << u"couldn't read"_s;
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff", 3) << u"couldn't read"_s;
        QTest::newRow("oversized") << QString(5000, u'9') << u"too long"_s;
        QTest::newRow("unknown receipt")
            << u"00420030042182611084"_s << u"can't find the order for this receipt"_s;
        QTest::newRow("receipt check digit") << u"00420030042172611088"_s << u"couldn't read"_s;
        QTest::newRow("expired") << u"RK-100002"_s << u"return window ended on Friday, September 4, 2026"_s;
    }
    void badCodesExplainThemselves()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        enter(code);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(message), qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
    }

    void windowEndsAtLocalMidnight_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("eligible");
        // Delivered 2026-11-12 12:45 in Chicago to a gold member: 30 days + 30 for the tier, so day 60
        // is Jan 11 and the item is returnable until that day ends in the store's zone.
        const QTimeZone chicago("America/Chicago");
        QTest::newRow("day 60, 23:59 local")
            << QDateTime(QDate(2027, 1, 11), QTime(23, 59, 59), chicago) << true;
        QTest::newRow("day 61, 00:00 local") << QDateTime(QDate(2027, 1, 12), QTime(0, 0), chicago) << false;
        QTest::newRow("day 61 in UTC, still day 60 local")
            << QDateTime(QDate(2027, 1, 12), QTime(5, 59), Qt::UTC) << true;
    }
    void windowEndsAtLocalMidnight()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, eligible);
        m_clock->set(now);
        enter(u"RK-100001"_s);
        QTRY_VERIFY(m_session->screen() == (eligible ? Screen::Items : Screen::Identify));
    }

    /// Offline with a stale cache, the items still show as returnable: a colleague is asked for only
    /// once the shopper has chosen, and the shopper may take the items out instead.
    void offlineWithStaleCacheNeedsAColleague()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC)); // cache 11 days old
        enter(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Approval);
        QVERIFY2(m_session->message().contains(u"offline"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->offer().firstNeedingStaff()->decision.reasonCode, u"offline.cache_stale"_s);
        m_session->back(); // "Change my items"
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->selectedCount(), 1);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(m_journal->outboxStats().pending, 0);
    }

    /// Offline with a stale cache, only a colleague may decide: the shopper chooses and asks, the
    /// colleague signs in and approves, the override is journaled and the shopper carries on.
    void colleagueApprovesAnOrderOnlyStaffMayDecide()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
        enter(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        selectEveryEligibleLine();
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Approval);
        m_session->askColleague();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->orderId(), u"RK-100001"_s);
        QVERIFY(staff->reasonCode().startsWith(u"offline."_s) || staff->reasonCode().startsWith(u"limit."_s));
        QVERIFY(!staff->items().isEmpty());
        m_session->submitCode(u"RK-100003"_s); // a shopper's code means nothing here
        QCOMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QVERIFY(staff->submitPin(u"2468"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Reasons); // on with the shopper's choices
        QVERIFY(!staff->signedIn()); // the colleague's powers end with their screen
        QCOMPARE(m_session->selectedCount(), staff->items().size());
        QCOMPARE(m_journal->outboxStats().pending, 1);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    /// "Tags attached?" no: a colleague checks the item, approves it, and the return goes on.
    void colleagueApprovesAFailedCondition()
    {
        reachTagsQuestion();
        m_session->answerQuestion(false);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"condition.failed"_s);
        QCOMPARE(staff->items(), QStringList { u"Organic cotton T-shirt"_s });
        QVERIFY(!staff->submitPin(u"1111"_s));
        QCOMPARE(m_session->screen(), Screen::Assistance);
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(!staff->canResume());
        QVERIFY(staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"refund"_s);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(m_journal->outboxStats().pending, 2); // the override and the return
    }

    /// The chute jams on the second item: the first is recorded at once; a colleague clears the
    /// chute and the second goes in as a return of its own, so nothing is recorded twice.
    void colleagueClearsAJamAndTheDropOffGoesOn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_journal->returnCount(), 1);
        const QString first = m_session->returnId();
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"chute.jammed"_s);
        QCOMPARE(staff->items().size(), 1);
        QVERIFY(staff->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(!staff->approve()); // a jam is cleared, not approved
        QVERIFY(staff->resume());
        QTRY_COMPARE(m_session->screen(), Screen::Dropoff);
        QTRY_VERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->dropoffIndex(), 1);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 2);
        const auto second = m_journal->findReturn(m_session->returnId());
        QVERIFY(second && m_session->returnId() != first);
        QCOMPARE(second->items.size(), size_t(1));
        QCOMPARE(second->items.front().lineNo, 2);
        QCOMPARE(m_journal->findReturn(first)->items.front().lineNo, 1);
        // The done screen names both returns and what they give back together.
        QCOMPARE(m_session->returnReferences(),
            QStringList({ first.left(8).toUpper(), second->id.left(8).toUpper() }));
        QCOMPARE(m_session->refundText(),
            formatMoney(m_journal->findReturn(first)->refundTotal() + second->refundTotal(), u"USD"_s));
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->returnReferences().isEmpty()); // nothing of this shopper stays
    }

    /// The second item's tag is missing: what went in is recorded at once, a colleague checks the item
    /// and lets it in (an override with their id), and the drop-off finishes as a return of its own.
    void tagThatWontScanIsCheckedByAColleague()
    {
        reachSecondTag();
        const QString secondItem = m_session->dropoffTitle();
        m_session->cannotScanTag();
        m_session->cannotScanTag(); // a double tap asks once
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_journal->returnCount(), 1); // the first item is not left unrecorded while they wait
        const QString first = m_session->returnId();
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"tag.unreadable"_s);
        QCOMPARE(staff->items(), QStringList { secondItem });
        QVERIFY(m_session->message().contains(u"colleague will check the item"_s));
        QVERIFY(staff->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(!staff->canResume()); // nothing to clear: the colleague vouches for the item or ends
        QVERIFY(staff->approve());
        QVERIFY(!staff->approve()); // a double tap on approve lets one item in
        QTRY_COMPARE(m_session->screen(), Screen::Done); // the chute took it without a tag
        QCOMPARE(m_journal->returnCount(), 2);
        const auto second = m_journal->findReturn(m_session->returnId());
        QVERIFY(second && second->id != first);
        QCOMPARE(second->items.size(), size_t(1));
        QCOMPARE(second->items.front().lineNo, 2);
        const QList<QJsonObject> events = queuedEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.front()[u"type"_s].toString(), u"staff.override"_s);
        QCOMPARE(events.front()[u"payload"_s].toObject()[u"reasonCode"_s].toString(), u"tag.unreadable"_s);
    }

    /// The colleague finds the wrong item in the shopper's hands: they end the session, and what
    /// already went in stays recorded.
    void colleagueRefusesAnItemWithoutATag()
    {
        reachSecondTag();
        m_session->cannotScanTag();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_journal->returnCount(), 1);
        QVERIFY(queuedEvents().isEmpty()); // nothing was approved
    }

    /// "Tag won't scan" only means something while the chute waits for a tag.
    void cannotScanTagIsIgnoredElsewhere()
    {
        reachItems(u"RK-100001"_s);
        m_session->cannotScanTag();
        QCOMPARE(m_session->screen(), Screen::Items);
        m_session->setSelected(1, true);
        reachTagScan();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(!m_session->awaitingTag()); // the chute is open for the item
        m_session->cannotScanTag();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_session->staff()->reasonCode(), QString());
    }

    void colleagueLeftAloneIsSignedOut()
    {
        makeSession(60, 1);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(2, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->staff()->submitPin(u"2468"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->screen(), Screen::Assistance, 3000);
        QVERIFY(!m_session->staff()->signedIn());
        QVERIFY(!m_session->staff()->resume());
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.jammed"_s);
    }

    /// Staff -> assistance on "Sign out", wrong PINs lock the keypad (a badge still signs in),
    /// and "End the session" goes back to attract with everything wiped.
    void colleagueSignsOutAndEndsTheSession()
    {
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(2, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->staff()->signOut(); // "Sign out": the shopper waits for a colleague again
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(!m_session->staff()->canResume());
        for (int i = 0; i < 5; ++i) // the demo limit: five wrong PINs lock the keypad
            QVERIFY(!m_session->staff()->submitPin(u"0000"_s));
        QVERIFY(m_session->staff()->locked());
        QVERIFY(!m_session->staff()->submitPin(u"2468"_s));
        QCOMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s)); // a badge still works
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(!m_session->staff()->signedIn());
        QVERIFY(m_session->staff()->orderId().isEmpty());
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// The chute closed but the scale saw nothing: the shopper is asked to try again, and the
    /// second try goes through; nothing is recorded for the miss.
    void itemNotSensedIsTriedAgain()
    {
        reachChute();
        m_scale->scriptMissedItem();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->awaitingTag());
        QCOMPARE(m_session->screen(), Screen::Dropoff);
        QVERIFY2(
            m_session->message().contains(u"didn't see the item go in"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->dropoffIndex(), 0);
        QCOMPARE(m_journal->returnCount(), 0);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    /// Missed twice: a colleague comes (the light says so), checks the bin, and carries on.
    void itemNotSensedTwiceNeedsAColleague()
    {
        reachChute();
        m_scale->scriptMissedItem();
        m_scale->scriptMissedItem();
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_light->state(), drivers::Indicator::State::Attention);
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.itemnotsensed"_s);
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(m_light->state(), drivers::Indicator::State::Ready);
    }

    /// The bin is full: the chute stays shut and a colleague is called; nothing is recorded.
    void binFullNeedsAColleague()
    {
        reachChute();
        m_scale->setWeight(10000);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY2(m_session->message().contains(u"bin is full"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->staff()->reasonCode(), u"chute.binfull"_s);
        QVERIFY(!m_chute->isOpen());
        QCOMPARE(m_journal->returnCount(), 0);
        QVERIFY(m_light->history().contains(drivers::Indicator::State::Fault));
    }

    /// The scanner is unplugged: typing still works on the identify screen; at the chute, where
    /// only a scanned tag opens it, what went in is kept and a colleague is called.
    void scannerYankedMidFlow()
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->setScannerConnected(false);
        QVERIFY(!m_session->scannerConnected());
        QCOMPARE(m_light->state(), drivers::Indicator::State::Attention);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(demoZip(u"RK-100001"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        m_session->setScannerConnected(true);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        reachTagScan();
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->setScannerConnected(false);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->message().contains(u"scanner"_s));
        QCOMPARE(m_session->staff()->reasonCode(), u"scanner.disconnected"_s);
        QCOMPARE(m_journal->returnCount(), 1); // the first item, already in the bin
        QCOMPARE(m_light->state(), drivers::Indicator::State::Attention);
        m_session->setScannerConnected(true); // a colleague plugs it back in and carries on
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 2);
    }

    void offlineWithFreshCacheStillReturns()
    {
        m_session->setOnline(false);
        reachItems(u"RK-100001"_s);
    }

    void lineCannotBeReturnedTwice()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        reachItems(u"RK-100001"_s);
        const QModelIndex first = m_session->lines()->index(0, 0);
        QCOMPARE(first.data(ReturnLinesModel::EligibleRole).toBool(), false);
        QCOMPARE(first.data(ReturnLinesModel::ReasonRole).toString(), u"Already returned."_s);
        m_session->setSelected(1, true);
        QCOMPARE(m_session->selectedCount(), 0);
        m_session->setSelected(3, true); // final sale
        QCOMPARE(m_session->selectedCount(), 0);
    }

    void chuteFaultKeepsWhatWasHandedIn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->message().contains(u"already dropped in is recorded"_s));
        QCOMPARE(m_journal->returnCount(), 1);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().lineNo, 1);
    }

    void jamOnFirstItemRecordsNothing()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// Another order's code on the item list doesn't replace or add to this return: the shopper
    /// is told to finish this one first, and what they chose stays chosen.
    void secondScanMidFlowIsIgnored()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->submitCode(u"RK-100003"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->selectedCount(), 1);
        QVERIFY(m_session->message().contains(u"finish or cancel this return first"_s));
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        QVERIFY(m_session->message().isEmpty());
        m_session->submitCode(returnCode(u"RK-100001"_s, inAWeek(), northwind(), u"T9"_s)); // ignored here
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Reasons);
        QCOMPARE(m_session->stepTotal(), 1);
    }

    /// A double tap: the second tap lands on the next screen or the next item's buttons and must
    /// not answer for it. Taps within the guard after a screen or step change are ignored.
    void doubleTapsAnswerOnce()
    {
        makeSession(60, 120, 300);
        reachItems(u"RK-100001"_s);
        waitOutTapGuard();
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_session->confirmItems();
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s); // the double tap's second half, on the new screen
        QCOMPARE(m_session->stepIndex(), 0);
        waitOutTapGuard();
        m_session->chooseReason(u"changed_mind"_s);
        m_session->chooseReason(u"changed_mind"_s); // same spot, now item 2's reasons
        QCOMPARE(m_session->stepIndex(), 1);
        waitOutTapGuard();
        m_session->chooseReason(u"wrong_size"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true); // too soon after the screen change
        QCOMPARE(m_session->stepIndex(), 0);
        waitOutTapGuard();
        m_session->answerQuestion(true);
        m_session->answerQuestion(true);
        QCOMPARE(m_session->stepIndex(), 1);
        waitOutTapGuard();
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        waitOutTapGuard();
        m_session->chooseResolution(u"refund"_s);
        m_session->chooseResolution(u"storeCredit"_s);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_VERIFY(m_session->awaitingTag() || m_session->screen() == Screen::Receipt);
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->resolution, u"refund"_s);
        QCOMPARE(stored->items.size(), size_t(2));
        QCOMPARE(stored->items.at(0).reason, u"changed_mind"_s);
        QCOMPARE(stored->items.at(1).reason, u"wrong_size"_s);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void cancelWithTheChuteOpenIsIgnored()
    {
        reachChute();
        m_session->submitCode(currentTag());
        QVERIFY(!m_session->awaitingTag());
        m_session->cancel(); // the chute is opening: ignored
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void cancelBetweenItemsKeepsWhatWentIn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s);
        QCOMPARE(m_session->stepIndex(), 1);
        m_session->chooseReason(u"wrong_size"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        QCOMPARE(m_session->stepTotal(), 2); // tags still attached? for both items
        m_session->answerQuestion(true);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"refund"_s);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->dropoffIndex(), 1);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->cancel(); // keeps the jeans: the T-shirt is in the bin and recorded
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().reason, u"changed_mind"_s);
    }

    void cancelBeforeTheFirstItemRecordsNothing()
    {
        reachChute();
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_journal->returnCount(), 0);
    }

    void wrongTagGetsAMessageAndKeepsTheChuteShut()
    {
        reachChute();
        m_session->submitCode(u"00012345678912"_s); // the jeans' tag at the T-shirt
        QVERIFY(m_session->awaitingTag());
        QVERIFY(!m_chute->isOpen());
        QVERIFY2(m_session->message().contains(u"Slim fit jeans"_s), qPrintable(m_session->message()));
        m_session->submitCode(u"4006381333931"_s); // not in this order
        QVERIFY(m_session->message().contains(u"isn't part of this return"_s));
        m_session->submitCode(u"RK-100003"_s); // another order's number
        QVERIFY(m_session->message().contains(u"isn't an item tag"_s));
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(m_session->message().isEmpty());
    }

    void resolutionsFollowReasonsAndShowTheBonus()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        QVERIFY(m_session->reasons().size() >= 4);
        m_session->chooseReason(u"no_such_reason"_s); // not the policy's: ignored
        QCOMPARE(m_session->stepIndex(), 0);
        QCOMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"defective"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        QStringList codes;
        for (const QVariant &r : m_session->resolutions())
            codes.append(r.toMap().value(u"code"_s).toString());
        QCOMPARE(codes, (QStringList { u"refund"_s, u"exchange"_s })); // defective: no store credit
        m_session->chooseResolution(u"storeCredit"_s); // not offered: ignored
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Resolution);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        m_session->chooseReason(u"changed_mind"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Questions);
        m_session->answerQuestion(true);
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        const QVariantMap credit = m_session->resolutions().at(1).toMap();
        QCOMPARE(credit.value(u"code"_s).toString(), u"storeCredit"_s);
        QVERIFY2(credit.value(u"amount"_s).toString().contains(u"bonus"_s),
            qPrintable(credit.value(u"amount"_s).toString()));
    }

    void storeCreditIsRecordedWithTheBonus()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->resolution, u"store_credit"_s);
        QVERIFY(stored->refundTotal() > 2499); // the T-shirt plus the policy's store-credit bonus
        const QByteArray receipt = m_printer->lastReceipt();
        // The T-shirt at its price, the bonus counted once in the total the record credits.
        QVERIFY(receiptShows(receipt, u"Organic cotton T-shirt"_s, 2499));
        QVERIFY(receiptShows(receipt, u"Store credit bonus"_s, stored->refundTotal() - 2499));
        QVERIFY(receiptShows(receipt, u"Store credit total"_s, stored->refundTotal()));
    }

    /// A jam splits a store-credit return in two: each receipt's bonus is that of its own items.
    void jamSplitStoreCreditPrintsEachPartsBonus()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        dropOff(u"storeCredit"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        const auto first = m_journal->findReturn(m_session->returnId());
        QVERIFY(first);
        QTRY_VERIFY(receiptShows(m_printer->lastReceipt(), u"Store credit total"_s, first->refundTotal()));
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->resume());
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto second = m_journal->findReturn(m_session->returnId());
        QVERIFY(second && second->id != first->id);
        QCOMPARE(second->items.size(), size_t(1));
        const MinorUnits price = m_cache->findOrder(u"RK-100001"_s)->lines.at(1).unitPrice;
        QTRY_VERIFY(m_printer->lastReceipt().contains(second->id.left(8).toUpper().toLatin1()));
        const QByteArray receipt = m_printer->lastReceipt();
        QVERIFY(receiptShows(receipt, u"Store credit bonus"_s, second->refundTotal() - price));
        QVERIFY(receiptShows(receipt, u"Store credit total"_s, second->refundTotal()));
    }

    void printerOutOfPaperShowsTheQrInstead()
    {
        m_printer->scriptFault(drivers::ReceiptPrinter::Fault::PaperOut);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(!m_session->receiptPrinted());
        QCOMPARE(m_session->receiptUrl(), u"https://returns.example.com/r/"_s + m_session->returnId());
        QCOMPARE(m_journal->returnCount(), 1); // the return stands whatever the printer does
    }

    void receiptPrintsWithTheReturn()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QVERIFY(m_session->receiptPrinted());
        const QByteArray receipt = m_printer->lastReceipt();
        QVERIFY(receipt.contains("Northwind Outfitters"));
        QVERIFY(receipt.contains("Organic cotton T-shirt"));
        QVERIFY(receipt.contains(m_session->returnId().left(8).toUpper().toUtf8()));
    }

    void tagsMissingNeedsAColleague()
    {
        reachTagsQuestion();
        QVERIFY(m_session->question().contains(u"tags"_s));
        m_session->answerQuestion(false); // the policy says: a colleague decides
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(m_session->message().contains(u"Organic cotton T-shirt"_s));
        QCOMPARE(m_journal->returnCount(), 0);
    }

    void doubleConfirmRecordsOnce()
    {
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QTest::qWait(50);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void idleTimeoutWipesSession()
    {
        makeSession(1);
        reachItems(u"RK-100001"_s);
        m_session->setSelected(1, true);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_session->lines()->rowCount(), 0);
        QCOMPARE(m_session->selectedCount(), 0);
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// A typed order number shows nothing of the order until its ZIP code matches; a wrong one says so
    /// without giving the right one away, and counts.
    void typedNumberNeedsItsVerifier()
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_session->lines()->rowCount(), 0);
        QCOMPARE(m_session->verification()->triesLeft(), 3);
        m_session->submitVerifier(u"60615"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().contains(u"doesn't match order RK-100001"_s),
            qPrintable(m_session->message()));
        QVERIFY2(m_session->message().contains(u"Tries left: 2."_s), qPrintable(m_session->message()));
        QVERIFY(!m_session->message().contains(u"60614"_s));
        QVERIFY(m_session->orderId().isEmpty());
        m_session->submitVerifier(u" 60614 "_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QVERIFY(m_session->message().isEmpty());
    }

    /// Three wrong tries: a colleague, and a new start forgets the order number.
    void thirdWrongVerifierNeedsAColleague()
    {
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"11111"_s);
        m_session->submitVerifier(u"someone@example.com"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().contains(u"Tries left: 1."_s), qPrintable(m_session->message()));
        m_session->submitVerifier(u"22222"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY2(m_session->message().contains(u"colleague"_s), qPrintable(m_session->message()));
        m_session->submitVerifier(u"60614"_s); // too late, and not on the verify screen
        QCOMPARE(m_session->screen(), Screen::Assistance);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QCOMPARE(m_session->verification()->triesLeft(), 3);
    }

    /// Three wrong ZIP codes open a case a colleague can approve once they checked the shopper's ID:
    /// journaled once (a double tap is one approval) with their id, never with what was typed, and
    /// the order opens as if verified.
    void colleagueVouchesForAnOrderNumber()
    {
        static QStringList logged;
        logged.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
        QLoggingCategory::setFilterRules(u"kiosk.*=true"_s);
        failVerifier(u"RK-100001"_s);
        StaffTakeover *staff = m_session->staff();
        QCOMPARE(staff->reasonCode(), u"verify.failed"_s);
        QCOMPARE(staff->orderId(), u"RK-100001"_s);
        QVERIFY(!staff->canApprove()); // not before a colleague signs in
        QVERIFY(m_session->orderId().isEmpty()); // nothing of the order shows yet
        m_session->submitCode(u"STAFF:E1042"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY2(m_session->message().contains(u"couldn't confirm order RK-100001"_s),
            qPrintable(m_session->message()));
        QVERIFY(staff->canApprove());
        QVERIFY(!staff->canResume());
        QVERIFY(staff->approve());
        QVERIFY(!staff->approve()); // the second tap of a double tap
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->lines()->rowCount(), 3);
        QVERIFY(m_session->message().isEmpty());
        QVERIFY(!staff->signedIn());
        const QList<QJsonObject> events = queuedEvents();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.front()[u"type"_s].toString(), u"staff.override"_s);
        const QJsonObject override = events.front()[u"payload"_s].toObject();
        QCOMPARE(override[u"reasonCode"_s].toString(), u"verify.failed"_s);
        QCOMPARE(override[u"staffId"_s].toString(), u"E1042"_s);
        QCOMPARE(override[u"orderId"_s].toString(), u"RK-100001"_s);
        for (const QString &typed : { u"11111"_s, u"someone@example.com"_s, u"22222"_s }) {
            QVERIFY(!QJsonDocument(events.front()).toJson().contains(typed.toUtf8()));
            QVERIFY2(!logged.join(u'\n').contains(typed), qPrintable(typed));
        }
        m_session->setSelected(1, true);
        dropOff();
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        QCOMPARE(m_journal->outboxStats().pending, 2); // the override and the return
    }

    /// The colleague may also just end the session: nothing is approved or journaled.
    void colleagueEndsAFailedVerification()
    {
        failVerifier(u"RK-100001"_s);
        QVERIFY(m_session->staff()->submitPin(u"2468"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->staff()->reasonCode().isEmpty());
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_journal->outboxStats().pending, 0);
    }

    /// Approved, but the order isn't in the cache: the same "can't find" as for any unknown order, on
    /// the identify screen where another number can be typed.
    void colleagueApprovesAnUnknownOrderNumber()
    {
        failVerifier(u"RK-999999"_s);
        QCOMPARE(m_session->staff()->reasonCode(), u"verify.failed"_s);
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(m_session->staff()->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-999999."_s),
            qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
        QVERIFY(!m_session->staff()->signedIn());
        QCOMPARE(m_journal->outboxStats().pending, 1); // the colleague's decision is on record
        enter(u"RK-100001"_s); // the shopper can go on with the right number
        QTRY_COMPARE(m_session->screen(), Screen::Items);
    }

    /// Vouched for, but offline with a stale cache the order itself needs a colleague: a new case,
    /// which the colleague signs in again to see rather than approving it with the same tap.
    void vouchedOrderThatNeedsAColleagueToo()
    {
        m_session->setOnline(false);
        m_clock->set(QDateTime(QDate(2026, 12, 1), QTime(15, 0), Qt::UTC));
        failVerifier(u"RK-100001"_s);
        StaffTakeover *staff = m_session->staff();
        QVERIFY(staff->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(staff->approve());
        QVERIFY(!staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Items); // the shopper chooses first
        QVERIFY(!staff->signedIn());
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), Screen::Approval);
        m_session->askColleague();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QVERIFY(!staff->signedIn());
        QVERIFY(staff->reasonCode() != u"verify.failed"_s);
        QVERIFY(!staff->items().isEmpty());
        QCOMPARE(m_journal->outboxStats().pending, 1);
        QVERIFY(staff->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        QVERIFY(staff->approve());
        QTRY_COMPARE(m_session->screen(), Screen::Reasons);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_journal->outboxStats().pending, 2);
    }

    /// Waiting for a colleague outlasts the idle timeout and counts down on its own; a signed-in
    /// colleague has their own sign-out timer, and after them the shopper gets the whole wait again.
    void assistanceWaitsLongerThanTheIdleTimeout()
    {
        makeSession(1, 120, 0, 3);
        failVerifier(u"RK-100001"_s);
        QCOMPARE(m_session->idleSecondsLeft(), 3);
        idleFor(1);
        QCOMPARE(m_session->idleSecondsLeft(), 2); // counting down, visibly
        QVERIFY(m_session->countdownShown());
        QCOMPARE(m_session->screen(), Screen::Assistance); // the 1 s idle timeout would have wiped it
        QVERIFY(m_session->staff()->submitBadge(u"E1042"_s));
        QTRY_COMPARE(m_session->screen(), Screen::Staff);
        idleFor(4); // longer than the wait: a colleague is working
        QCOMPARE(m_session->screen(), Screen::Staff);
        m_session->staff()->signOut();
        QTRY_COMPARE(m_session->screen(), Screen::Assistance);
        QCOMPARE(m_session->idleSecondsLeft(), 3); // the whole wait again
        idleFor(3);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->staff()->reasonCode().isEmpty());
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(m_journal->outboxStats().pending, 0);
    }

    /// The shopper can still give up waiting.
    void assistanceCanBeCancelled()
    {
        failVerifier(u"RK-100001"_s);
        QCOMPARE(m_session->idleSecondsLeft(), 300);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_session->idleSecondsLeft(), 0);
    }

    /// An unknown order number reads exactly like a wrong ZIP code: the kiosk never tells which
    /// numbers exist.
    void unknownOrderLooksLikeAWrongVerifier()
    {
        m_session->submitCode(u"RK-999999"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"60614"_s);
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().startsWith(u"That doesn't match order RK-999999"_s),
            qPrintable(m_session->message()));
    }

    /// Verified, but past its window: the reason shows where codes are entered.
    void verifiedButNotReturnableGoesBackToIdentify()
    {
        m_session->submitCode(u"RK-100002"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"30301"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"return window ended"_s), qPrintable(m_session->message()));
    }

    void verifyBackCancelAndTimeout()
    {
        makeSession(1);
        m_session->start();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->submitOrderDigits(u"100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"99999"_s);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->message().isEmpty());
        m_session->submitOrderDigits(u"100001"_s); // a new number: its own tries
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->verification()->triesLeft(), 3);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->verification()->orderId().isEmpty());
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract); // walked away
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QVERIFY(m_session->message().isEmpty());
    }

    /// Whatever the shopper types as a verifier never reaches the log.
    void verifierIsNeverLogged()
    {
        static QStringList logged;
        logged.clear();
        const auto previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged.append(message); });
        QLoggingCategory::setFilterRules(u"kiosk.*=true"_s);
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"73301"_s);
        m_session->submitVerifier(u"60614"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QVERIFY(logged.join(u'\n').contains(u"verified"_s));
        QVERIFY(!logged.join(u'\n').contains(u"73301"_s));
        QVERIFY(!logged.join(u'\n').contains(u"60614"_s));
    }

    /// The paper receipt's barcode opens its order without a verifier.
    void receiptBarcodeOpensTheOrder()
    {
        m_session->submitCode(u"00420030042172611087"_s); // store 42, register 3, #4217, 2026-11-08
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
    }

    /// Exchange: the T-shirt's other sizes/colours with the store's stock; only one in stock can be
    /// picked, and the journal records the sku the shopper takes.
    void exchangeRecordsTheNewSku()
    {
        m_stock->setAvailable(u"NW-TEE-BLU-L"_s, 3);
        m_stock->setAvailable(u"NW-TEE-BLU-S"_s, 0);
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        auto *exchange = m_session->exchange();
        QCOMPARE(exchange->title(), u"Organic cotton T-shirt"_s);
        QCOMPARE(exchange->current(), u"Size M · Blue"_s);
        QTRY_VERIFY(!exchange->checking());
        QStringList states;
        for (const QVariant &option : exchange->options())
            states.append(option.toMap().value(u"sku"_s).toString() + u'='
                + option.toMap().value(u"state"_s).toString());
        QCOMPARE(states,
            QStringList(
                { u"NW-TEE-BLU-S=outOfStock"_s, u"NW-TEE-BLU-L=inStock"_s, u"NW-TEE-GRN-M=unknown"_s }));
        QVERIFY(!exchange->stockUnknown());
        m_session->chooseVariant(u"NW-TEE-BLU-S"_s); // out of stock: ignored
        m_session->chooseVariant(u"NW-TEE-GRN-M"_s); // can't be confirmed: ignored
        m_session->chooseVariant(u"NW-JNS-30-32"_s); // another line's variant: ignored
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Variant);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Resolution);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        QTRY_VERIFY(!exchange->checking());
        m_session->chooseVariant(u"NW-TEE-BLU-L"_s);
        m_session->chooseVariant(u"NW-TEE-BLU-L"_s); // a double tap: one exchange
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        QCOMPARE(m_journal->returnCount(), 1);
        const auto record = m_journal->findReturn(m_session->returnId());
        QVERIFY(record);
        QCOMPARE(record->items.size(), size_t(1));
        QCOMPARE(record->resolution, u"exchange"_s);
        QCOMPARE(record->items.at(0).sku, u"NW-TEE-BLU-M"_s);
        QCOMPARE(record->items.at(0).exchangeSku, u"NW-TEE-BLU-L"_s);
        QCOMPARE(exchange->chosenText(), u"Organic cotton T-shirt, Size L · Blue"_s);
    }

    /// Stock can't be confirmed (offline): nothing can be picked, store credit is offered instead.
    void exchangeWithoutStockOffersStoreCredit()
    {
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"changed_mind"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        QTRY_VERIFY(m_session->exchange()->stockUnknown());
        QCOMPARE(m_stock->requestCount(), 1);
        m_session->chooseVariant(u"NW-TEE-BLU-L"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Variant);
        m_session->chooseResolution(u"exchange"_s); // not again from here
        QCOMPARE(m_session->screen(), Screen::Variant);
        m_session->chooseResolution(u"storeCredit"_s);
        QTRY_VERIFY(m_session->awaitingTag());
        m_session->submitCode(currentTag());
        QTRY_COMPARE(m_session->screen(), Screen::Done);
        const auto record = m_journal->findReturn(m_session->returnId());
        QCOMPARE(record->resolution, u"store_credit"_s);
        QVERIFY(record->items.at(0).exchangeSku.isEmpty());
        QVERIFY(m_session->exchange()->chosenText().isEmpty());
    }

    /// Only items that come in another size or colour can be exchanged.
    void exchangeNeedsVariants()
    {
        auto order = *m_cache->findOrder(u"RK-100001"_s);
        order.lines.at(0).variants.clear();
        QVERIFY(m_cache->upsertOrder(order));
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        for (const QVariant &r : m_session->resolutions())
            QVERIFY(r.toMap().value(u"code"_s).toString() != u"exchange"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Resolution);
    }

    void variantCancelAndTimeout()
    {
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_session->exchange()->count(), 0);
        makeSession(1);
        reachItems(u"00420030042172611087"_s);
        m_session->setSelected(1, true);
        reachResolution(u"wrong_size"_s);
        m_session->chooseResolution(u"exchange"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Variant);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QCOMPARE(m_session->exchange()->count(), 0);
        QCOMPARE(m_journal->returnCount(), 0);
    }

    /// A return code whose order the cache lacks: the backend is asked while the screen says so and
    /// ignores taps; once the order is in the cache it opens as always, its code's line chosen.
    void cacheMissIsLookedUpOnline()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_session->submitOrderDigits(u"100001"_s); // taps while waiting are ignored
        m_session->submitCode(u"RK-100001"_s);
        m_session->back();
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->verification()->orderId().isEmpty());
        QCOMPARE(m_backend->requests.size(), 1);
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100009"_s);
        QCOMPARE(m_session->selectedCount(), 1);
        QVERIFY(!m_session->lookingUp());
        QVERIFY(m_session->message().isEmpty());
    }

    void orderUnknownToTheBackendIsNotFound()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::NotFound);
        QTRY_VERIFY(!m_session->lookingUp());
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-100009."_s),
            qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
    }

    /// A backend that fails or stays silent is never reported as "not found", and the shopper is not
    /// left waiting; its answer after the time is up changes nothing.
    void unreachableOrSilentBackendIsNotNotFound()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Unreachable);
        QTRY_VERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().contains(u"can't reach our order system to look up order RK-100009"_s),
            qPrintable(m_session->message()));
        QVERIFY(!m_session->message().contains(u"can't find"_s));

        makeSessionWithBackend(50); // the backend never answers in time
        scanCodeOfUncachedOrder(u"RK-100010"_s);
        QTRY_VERIFY(!m_session->lookingUp());
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY2(m_session->message().contains(u"can't reach"_s), qPrintable(m_session->message()));
        backendWritesOrder(u"RK-100010"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found); // too late
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->orderId().isEmpty());
        QVERIFY2(m_session->message().contains(u"can't reach"_s), qPrintable(m_session->message()));
    }

    /// Cancel works while the backend looks; its late answer reaches neither the wiped session nor
    /// the next shopper's look-up.
    void cancelDuringLookupIgnoresTheLateAnswer()
    {
        makeSessionWithBackend();
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(!m_session->lookingUp());
        QVERIFY(m_session->message().isEmpty());
        scanCodeOfUncachedOrder(u"RK-100010"_s); // the next shopper
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found); // the first shopper's order
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(m_session->lookingUp());
        QVERIFY(m_session->orderId().isEmpty());
        m_backend->answer(1, CacheMissLookup::Answer::NotFound);
        QTRY_VERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-100010."_s),
            qPrintable(m_session->message()));
    }

    void idleTimeoutDuringLookupWipesTheSession()
    {
        makeSessionWithBackend(60'000, 1);
        scanCodeOfUncachedOrder(u"RK-100009"_s);
        idleFor(2);
        QTRY_COMPARE(m_session->screen(), Screen::Attract); // walked away
        QVERIFY(!m_session->lookingUp());
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->orderId().isEmpty());
        QVERIFY(m_session->message().isEmpty());
    }

    void offlineMissIsNotFoundWithoutAsking()
    {
        makeSessionWithBackend();
        m_session->setOnline(false);
        m_session->submitCode(returnCode(u"RK-100009"_s, inAWeek(), northwind()));
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        QVERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"We can't find order RK-100009."_s),
            qPrintable(m_session->message()));
        QVERIFY(m_backend->requests.isEmpty());
    }

    /// A typed number the cache lacks is fetched when the ZIP code is submitted, then checked against
    /// the fetched order.
    void typedMissIsFetchedBeforeTheCheck()
    {
        makeSessionWithBackend();
        m_session->submitCode(u"RK-100009"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        QVERIFY(m_backend->requests.isEmpty()); // nothing asked before the shopper proves anything
        m_session->submitVerifier(u"60614"_s);
        QVERIFY(m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"Looking up order RK-100009"_s),
            qPrintable(m_session->message()));
        m_session->submitVerifier(u"60614"_s); // a second OK while waiting is ignored
        m_session->back();
        QCOMPARE(m_backend->requests.size(), 1);
        backendWritesOrder(u"RK-100009"_s);
        m_backend->answer(0, CacheMissLookup::Answer::Found);
        QTRY_COMPARE(m_session->screen(), Screen::Items);
        QCOMPARE(m_session->orderId(), u"RK-100009"_s);
    }

    /// Fetched or not, a typed number the backend doesn't know reads exactly like a wrong ZIP code and
    /// counts a try; a wrong ZIP code for a fetched order is a wrong try as well.
    void typedNumberUnknownAtTheBackendLooksLikeAWrongVerifier()
    {
        makeSessionWithBackend();
        m_session->submitCode(u"RK-999999"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"60614"_s);
        m_backend->answer(0, CacheMissLookup::Answer::NotFound);
        QTRY_VERIFY(!m_session->lookingUp());
        QCOMPARE(m_session->screen(), Screen::Verify);
        QCOMPARE(m_session->message(),
            u"That doesn't match order RK-999999. Please check the ZIP code of the billing address and try "
            "again. Tries left: 2."_s);
        QCOMPARE(m_session->verification()->triesLeft(), 2);

        m_session->submitVerifier(u"11111"_s); // asked again: the order may be new at the backend
        QCOMPARE(m_backend->requests.size(), 2);
        backendWritesOrder(u"RK-999999"_s);
        m_backend->answer(1, CacheMissLookup::Answer::Found);
        QTRY_VERIFY(!m_session->lookingUp());
        QVERIFY2(m_session->message().startsWith(u"That doesn't match order RK-999999"_s),
            qPrintable(m_session->message()));
        QCOMPARE(m_session->verification()->triesLeft(), 1);
    }

    /// The backend can't be reached: that costs the shopper no try, and says so.
    void typedMissWithTheBackendUnreachableCostsNoTry()
    {
        makeSessionWithBackend(50);
        m_session->submitCode(u"RK-100009"_s);
        QTRY_COMPARE(m_session->screen(), Screen::Verify);
        m_session->submitVerifier(u"60614"_s);
        QTRY_VERIFY(!m_session->lookingUp()); // nobody answers: the wait ends on its own
        QCOMPARE(m_session->screen(), Screen::Verify);
        QVERIFY2(m_session->message().contains(u"can't reach"_s), qPrintable(m_session->message()));
        QCOMPARE(m_session->verification()->triesLeft(), 3);
    }

    void backReturnsToIdentify()
    {
        reachItems(u"RK-100001"_s);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), Screen::Identify);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), Screen::Attract);
        QVERIFY(m_session->orderId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReturnSessionTest)
#include "tst_returnsession.moc"
