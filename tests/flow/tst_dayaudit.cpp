#include "Clock.h"
#include "DayAudit.h"
#include "journal/Journal.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The "Today" page: the day's audit events from a real journal.db, since midnight in the store's
/// zone, newest first, in plain words; refused (dead-lettered) events are still listed.
class DayAuditTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTodaysEventsInTheStoresZone()
    {
        QTemporaryDir dir;
        Journal journal;
        QVERIFY(journal.open(dir.filePath(u"journal.db"_s)));
        // 15:00 UTC is 10:00 in New York; 03:00 UTC the same day is 22:00 the day before there.
        const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        ManualClock clock(now);
        QVERIFY(journal.recordEvent(u"e0"_s, u"staff.signed_in"_s, { { u"staffId"_s, u"E7"_s } },
            QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC)));
        QVERIFY(journal.recordEvent(u"e1"_s, u"staff.sign_in_failed"_s,
            { { u"staffId"_s, u"E1042"_s }, { u"failure"_s, u"wrong_pin"_s }, { u"kioskLocked"_s, true } },
            now.addSecs(-7200)));
        QVERIFY(journal.recordEvent(u"e2"_s, u"tote.closed"_s,
            { { u"staffId"_s, u"E1042"_s }, { u"bin"_s, u"MAIN"_s }, { u"toteId"_s, u"T-9"_s },
                { u"itemCount"_s, 12 } },
            now.addSecs(-3600)));
        QVERIFY(journal.recordEvent(u"e3"_s, u"fault"_s,
            { { u"device"_s, u"printer"_s }, { u"message"_s, u"Out of paper"_s }, { u"cleared"_s, false } },
            now.addSecs(-60)));
        const auto due = journal.dueOutbox(now, 10);
        const auto e3
            = std::find_if(due.cbegin(), due.cend(), [](const auto &e) { return e.refId == u"e3"_s; });
        QVERIFY(e3 != due.cend());
        QVERIFY(journal.moveToDeadLetter(e3->seq, u"refused"_s, now));

        DayAudit audit(journal, clock, QTimeZone("America/New_York"));
        audit.refresh();
        const QVariantList entries = audit.entries();
        QCOMPARE(entries.size(), 3); // e0 was yesterday in the store
        QCOMPARE(entries[0].toMap()[u"text"_s].toString(), u"Printer: Out of paper"_s);
        QVERIFY(entries[0].toMap()[u"problem"_s].toBool());
        QCOMPARE(entries[1].toMap()[u"time"_s].toString(), u"09:00"_s);
        QCOMPARE(
            entries[1].toMap()[u"text"_s].toString(), u"E1042 emptied bin MAIN: tote T-9 with 12 item(s)."_s);
        QVERIFY(!entries[1].toMap()[u"problem"_s].toBool());
        QCOMPARE(entries[2].toMap()[u"time"_s].toString(), u"08:00"_s);
        QCOMPARE(entries[2].toMap()[u"text"_s].toString(),
            u"Failed sign-in with badge E1042 (wrong_pin). Sign-in locked on this kiosk."_s);
        QVERIFY(entries[2].toMap()[u"problem"_s].toBool());
    }

    /// Every audit event type the kiosk writes reads as words, not as its code; an unknown one shows
    /// its type rather than nothing.
    void describesEachKind_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("payload");
        QTest::addColumn<QString>("text");
        QTest::newRow("signed in") << u"staff.signed_in"_s << QJsonObject { { u"staffId"_s, u"E1"_s } }
                                   << u"E1 signed in."_s;
        QTest::newRow("signed out") << u"staff.signed_out"_s
                                    << QJsonObject { { u"staffId"_s, u"E1"_s }, { u"why"_s, u"idle"_s } }
                                    << u"E1 signed out (idle)."_s;
        QTest::newRow("unknown badge")
            << u"staff.sign_in_failed"_s << QJsonObject { { u"failure"_s, u"unknown_badge"_s } }
            << u"Failed sign-in with badge unknown (unknown_badge)."_s;
        QTest::newRow("override") << u"staff.override"_s
                                  << QJsonObject { { u"staffId"_s, u"E1"_s },
                                         { u"reasonCode"_s, u"window.expired"_s },
                                         { u"orderId"_s, u"W-1"_s } }
                                  << u"E1 approved \"window.expired\" for order W-1."_s;
        QTest::newRow("closed by colleague")
            << u"kiosk.out_of_service"_s << QJsonObject { { u"by"_s, u"E1"_s }, { u"why"_s, u"cleaning"_s } }
            << u"Taken out of service by E1 (cleaning)."_s;
        QTest::newRow("bin full") << u"kiosk.out_of_service"_s << QJsonObject { { u"by"_s, u"kiosk"_s } }
                                  << u"Out of service: a bin is full."_s;
        QTest::newRow("reopened") << u"kiosk.in_service"_s << QJsonObject { { u"by"_s, u"E1"_s } }
                                  << u"Put back in service by E1."_s;
        QTest::newRow("fault cleared")
            << u"fault"_s << QJsonObject { { u"device"_s, u"chute"_s }, { u"cleared"_s, true } }
            << u"Chute works again."_s;
        QTest::newRow("retried") << u"sync.dead_letter_retried"_s << QJsonObject { { u"staffId"_s, u"E1"_s } }
                                 << u"E1 put a refused entry back in the sync queue."_s;
        QTest::newRow("self-test accepted")
            << u"selftest.accepted"_s
            << QJsonObject { { u"by"_s, u"technician"_s }, { u"reason"_s, u"flap part on order"_s } }
            << u"technician accepted a failed self-test: flap part on order"_s;
        QTest::newRow("unknown") << u"selftest.printer"_s << QJsonObject {} << u"selftest.printer"_s;
    }
    void describesEachKind()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, payload);
        QFETCH(QString, text);
        QCOMPARE(DayAudit::describe(type, payload), text);
    }
};

QTEST_GUILESS_MAIN(DayAuditTest)
#include "tst_dayaudit.moc"
