#include "Clock.h"
#include "ReturnSession.h"
#include "cache/CacheStore.h"
#include "dropoff/SimChuteLock.h"
#include "journal/Journal.h"

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
    std::unique_ptr<drivers::SimChuteLock> m_chute;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<ReturnSession> m_session;

    void makeSession(int idleSeconds = 60)
    {
        ReturnSession::Config config;
        config.kioskId = u"kiosk-test"_s;
        config.storeZone = QTimeZone("America/Chicago");
        config.idleTimeoutSeconds = idleSeconds;
        config.doneTimeoutSeconds = 1;
        m_session = std::make_unique<ReturnSession>(*m_cache, *m_journal, *m_chute, *m_clock, config);
    }

    void reachItems(const QString &code)
    {
        m_session->start();
        QTRY_COMPARE(m_session->screen(), u"identify"_s);
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), u"items"_s);
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
        m_chute = std::make_unique<drivers::SimChuteLock>(drivers::SimChuteLock::Timing { 5, 5 });
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        makeSession();
        QCOMPARE(m_session->screen(), u"attract"_s);
    }

    void cleanup() { m_session.reset(); }

    void oneItemRefund()
    {
        reachItems(u"100001"_s);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
        QCOMPARE(m_session->lines()->rowCount(), 3);
        m_session->setSelected(1, true);
        QCOMPARE(m_session->selectedCount(), 1);
        QCOMPARE(m_session->refundText(), u"$24.99"_s);
        QSignalSpy recorded(m_session.get(), &ReturnSession::returnRecorded);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), u"done"_s);
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
        QTest::newRow("digits") << u"100001"_s;
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

    void scanOnAttractGoesStraightToItems()
    {
        m_session->submitCode(u"RK-100001"_s);
        QTRY_COMPARE(m_session->screen(), u"items"_s);
    }

    void badCodesExplainThemselves_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << u"%%COUPON%%"_s << u"couldn't read"_s;
        QTest::newRow("binary") << QString::fromLatin1("\x01\x02\xff", 3) << u"couldn't read"_s;
        QTest::newRow("oversized") << QString(5000, u'9') << u"too long"_s;
        QTest::newRow("unknown") << u"999999"_s << u"can't find order RK-999999"_s;
        QTest::newRow("expired") << u"100002"_s << u"return window ended on Friday, September 4, 2026"_s;
    }
    void badCodesExplainThemselves()
    {
        QFETCH(QString, code);
        QFETCH(QString, message);
        m_session->submitCode(code);
        QTRY_COMPARE(m_session->screen(), u"identify"_s);
        QVERIFY2(m_session->message().contains(message), qPrintable(m_session->message()));
        QVERIFY(m_session->orderId().isEmpty());
    }

    void windowEndsAtLocalMidnight_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<bool>("eligible");
        // Delivered 2026-11-12 12:45 in Chicago: day 30 is Dec 12, returnable until its end.
        const QTimeZone chicago("America/Chicago");
        QTest::newRow("day 30, 23:59 local")
            << QDateTime(QDate(2026, 12, 12), QTime(23, 59, 59), chicago) << true;
        QTest::newRow("day 31, 00:00 local") << QDateTime(QDate(2026, 12, 13), QTime(0, 0), chicago) << false;
        QTest::newRow("day 31 in UTC, still day 30 local")
            << QDateTime(QDate(2026, 12, 13), QTime(5, 59), Qt::UTC) << true;
    }
    void windowEndsAtLocalMidnight()
    {
        QFETCH(QDateTime, now);
        QFETCH(bool, eligible);
        m_clock->set(now);
        m_session->submitCode(u"RK-100001"_s);
        QTRY_VERIFY(m_session->screen() == (eligible ? u"items"_s : u"identify"_s));
    }

    void lineCannotBeReturnedTwice()
    {
        reachItems(u"100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), u"done"_s);
        m_session->finish();
        QTRY_COMPARE(m_session->screen(), u"attract"_s);
        reachItems(u"100001"_s);
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
        reachItems(u"100001"_s);
        m_session->setSelected(1, true);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::None);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), u"assistance"_s);
        QVERIFY(m_session->message().contains(u"already dropped in is recorded"_s));
        QCOMPARE(m_journal->returnCount(), 1);
        const auto stored = m_journal->findReturn(m_session->returnId());
        QVERIFY(stored);
        QCOMPARE(stored->items.size(), size_t(1));
        QCOMPARE(stored->items.front().lineNo, 1);
    }

    void jamOnFirstItemRecordsNothing()
    {
        reachItems(u"100001"_s);
        m_session->setSelected(2, true);
        m_chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), u"assistance"_s);
        QCOMPARE(m_journal->returnCount(), 0);
    }

    void secondScanMidFlowIsIgnored()
    {
        reachItems(u"100001"_s);
        m_session->submitCode(u"100003"_s);
        QTest::qWait(20);
        QCOMPARE(m_session->screen(), u"items"_s);
        QCOMPARE(m_session->orderId(), u"RK-100001"_s);
    }

    void cancelDuringDropoffIsIgnored()
    {
        reachItems(u"100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), u"dropoff"_s);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), u"done"_s);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void doubleConfirmRecordsOnce()
    {
        reachItems(u"100001"_s);
        m_session->setSelected(1, true);
        m_session->confirmItems();
        m_session->confirmItems();
        QTRY_COMPARE(m_session->screen(), u"done"_s);
        QTest::qWait(50);
        QCOMPARE(m_journal->returnCount(), 1);
    }

    void idleTimeoutWipesSession()
    {
        makeSession(1);
        reachItems(u"100001"_s);
        m_session->setSelected(1, true);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->screen(), u"attract"_s, 4000);
        QVERIFY(m_session->orderId().isEmpty());
        QCOMPARE(m_session->lines()->rowCount(), 0);
        QCOMPARE(m_session->selectedCount(), 0);
        QVERIFY(m_session->message().isEmpty());
        QCOMPARE(m_journal->returnCount(), 0);
    }

    void backReturnsToIdentify()
    {
        reachItems(u"100001"_s);
        m_session->back();
        QTRY_COMPARE(m_session->screen(), u"identify"_s);
        m_session->cancel();
        QTRY_COMPARE(m_session->screen(), u"attract"_s);
        QVERIFY(m_session->orderId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReturnSessionTest)
#include "tst_returnsession.moc"
