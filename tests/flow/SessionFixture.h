#pragma once

// The shopper-journey fixture the flow's session tests share: real cache.db and journal.db files, the
// signed demo apparel policy, the simulated chute, scale, light and printer, a manual clock, and the
// steps a shopper takes. Each test class calls setUpSession() in init() and tearDownSession() in
// cleanup().
#include "Clock.h"
#include "DropoffStation.h"
#include "PinEntry.h"
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

class SessionFixture : public QObject
{
protected:
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
        config.staff.members.push_back(
            { u"E1042"_s, salt, crypto::PinHash::derive(colleaguePin(), salt, 1000) });
        config.lookupTimeoutMs = lookupTimeoutMs;
        m_session = std::make_unique<ReturnSession>(
            *m_cache, *m_journal, *m_policies, *m_station, *m_printer, *m_clock, config);
        m_session->setOnline(true);
        m_stock = std::make_unique<FixedStockLookup>();
        m_session->setStockLookup(m_stock.get());
    }

    /// The fixture colleague E1042's PIN (six digits, the fewest kiosk.json allows).
    static QString colleaguePin() { return QStringLiteral("246813"); }

    /// Colleague E1042 scans their badge and types @p pin (checked off the GUI thread): true once
    /// signed in.
    bool colleagueSignsIn(const QString &pin = colleaguePin())
    {
        m_session->submitCode(QStringLiteral("STAFF:E1042"));
        return enterPin(*m_session->signIn(), pin);
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
        const QString &tokenId = u"T1"_s, const QList<codes::TokenLine> &lines = { { 2, 1 } })
    {
        QFile keyFile(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/keys/demo-return-token-2026.key"));
        if (!keyFile.open(QIODevice::ReadOnly))
            return {};
        const QByteArray key = QByteArray::fromBase64(keyFile.readAll().trimmed());
        const codes::TokenMinter::Token token { retailer, u"demo-return-token-2026"_s, tokenId, orderId,
            expires, lines };
        return u"https://returns.example.com/r/"_s + codes::TokenMinter::mint(token, key);
    }
    /// RK-100001 under another number, its T-shirt bought three times: a line with units to choose.
    /// The return code covers @p codeUnits of them.
    QString orderWithThreeShirts(const QString &orderId, int codeUnits = 3)
    {
        auto order = m_cache->findOrder(u"RK-100001"_s);
        order->id = orderId;
        order->receipt = {};
        order->lines[0].quantity = 3;
        if (!m_cache->upsertOrder(*order))
            return {};
        return returnCode(orderId, inAWeek(), northwind(), u"Q"_s + orderId.right(3), { { 1, codeUnits } });
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
        confirmReview();
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
        confirmReview();
        QTRY_VERIFY(m_session->awaitingTag());
    }

    /// The review screen shows; the shopper confirms it ("Confirm and open the chute").
    void confirmReview()
    {
        QTRY_COMPARE(m_session->screen(), Screen::Review);
        m_session->confirmReview();
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

    /// The `order.verify_failed` events failVerifier() leaves in the outbox.
    static constexpr int WrongTryEvents = 3;
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
    /// The kiosk events in the outbox, oldest first; the colleagues' sign-in audit (signed in, out,
    /// failed) only @p withSignIns.
    QList<QJsonObject> queuedEvents(bool withSignIns = false)
    {
        QList<QJsonObject> events;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addDays(1), 100)) {
            const QJsonObject event = QJsonDocument::fromJson(entry.payload).object();
            if (entry.kind == u"event" && (withSignIns || !isSignInAudit(event)))
                events.append(event);
        }
        return events;
    }

    /// What waits in the outbox besides the colleagues' sign-in audit: returns, overrides, faults.
    int pendingOutbox()
    {
        int signIns = 0;
        for (const QJsonObject &event : queuedEvents(true))
            signIns += isSignInAudit(event) ? 1 : 0;
        return m_journal->outboxStats().pending - signIns;
    }

    static bool isSignInAudit(const QJsonObject &event)
    {
        const QString type = event.value(u"type"_s).toString();
        return type == u"staff.signed_in" || type == u"staff.signed_out" || type == u"staff.sign_in_failed";
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

    void setUpSession()
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
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        m_policies = std::make_unique<PolicyStore>(
            keys, m_dir->filePath(u"policy.json"_s), u"northwind"_s, *m_clock);
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
        makeSession();
        QCOMPARE(m_session->screen(), Screen::Attract);
    }

    void tearDownSession()
    {
        m_session.reset();
        m_station.reset();
    }
};
