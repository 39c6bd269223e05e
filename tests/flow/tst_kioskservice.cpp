#include "Clock.h"
#include "KioskService.h"
#include "PinEntry.h"
#include "StaffSignIn.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Out of service: a signed-in colleague's switch and the backend's heartbeat commands close and open
/// the kiosk, each change journaled with who and why, and the state survives a restart (a new journal
/// connection and a new KioskService on the same file).
class KioskServiceTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<StaffSignIn> m_signIn;
    std::unique_ptr<KioskService> m_service;

    void restart()
    {
        m_service.reset();
        m_signIn.reset();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        StaffSettings staff;
        staff.pinIterations = 1000;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        staff.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        m_signIn = std::make_unique<StaffSignIn>(*m_journal, *m_clock, staff, u"kiosk-test"_s);
        m_service = std::make_unique<KioskService>(*m_journal, *m_clock, *m_signIn, u"kiosk-test"_s,
            QMap<QString, QString> { { u"en"_s, u"Go to the service desk."_s },
                { u"es"_s, u"Vaya al mostrador de atención."_s } });
    }

    /// The kiosk.* events in the outbox, oldest first: {type, payload}.
    QList<QJsonObject> events()
    {
        QList<QJsonObject> out;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 100)) {
            const QJsonObject event = QJsonDocument::fromJson(entry.payload).object();
            if (event[u"type"_s].toString().startsWith(u"kiosk."_s))
                out.append(event);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC));
        restart();
    }

    /// The colleague's switch: only while signed in; journaled with who and why; kept across a restart.
    void switchIsJournaledAndSurvivesARestart()
    {
        QVERIFY(!m_service->closed());
        QVERIFY(!m_service->switchOff(u"cleaning"_s)); // nobody signed in
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
        QSignalSpy changed(m_service.get(), &KioskService::changed);
        QVERIFY(m_service->switchOff(u"cleaning"_s));
        QCOMPARE(changed.size(), 1);
        QVERIFY(m_service->closed());
        QCOMPARE(m_service->by(), u"E1042"_s);

        restart();
        QVERIFY(m_service->closed());
        QVERIFY(m_service->switchedOff());
        QCOMPARE(m_service->by(), u"E1042"_s);
        QCOMPARE(m_service->why(), u"cleaning"_s);

        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
        QVERIFY(m_service->switchOn());
        QVERIFY(!m_service->closed());
        restart();
        QVERIFY(!m_service->closed());

        const QList<QJsonObject> all = events();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0][u"type"_s].toString(), u"kiosk.out_of_service"_s);
        QCOMPARE(all[0][u"payload"_s][u"by"_s].toString(), u"E1042"_s);
        QCOMPARE(all[0][u"payload"_s][u"why"_s].toString(), u"cleaning"_s);
        QCOMPARE(all[1][u"type"_s].toString(), u"kiosk.in_service"_s);
        QCOMPARE(all[1][u"payload"_s][u"by"_s].toString(), u"E1042"_s);
        QCOMPARE(all[1][u"payload"_s][u"why"_s].toString(), u"cleaning"_s); // what had closed it
    }

    /// The heartbeat's commands close and open the kiosk (journaled with the command's id); a command
    /// repeated changes nothing, others are left alone.
    void remoteCommandsAreApplied()
    {
        const QJsonArray off {
            QJsonObject { { u"id"_s, u"c-1"_s }, { u"type"_s, u"out_of_service"_s },
                { u"args"_s, QJsonObject { { u"reason"_s, u"store closed for inventory"_s } } } },
            QJsonObject { { u"id"_s, u"c-2"_s }, { u"type"_s, u"rotate_logs"_s } }
        };
        m_service->applyCommands(off);
        QVERIFY(m_service->closed());
        QCOMPARE(m_service->by(), u"backend"_s);
        QCOMPARE(m_service->why(), u"store closed for inventory"_s);
        m_service->applyCommands(off); // sent again: already out of service
        QCOMPARE(events().size(), 1);
        QCOMPARE(events()[0][u"payload"_s][u"commandId"_s].toString(), u"c-1"_s);

        restart();
        QVERIFY(m_service->closed());
        m_service->applyCommands({ QJsonObject { { u"id"_s, u"c-3"_s }, { u"type"_s, u"in_service"_s } } });
        QVERIFY(!m_service->closed());
        QCOMPARE(events().size(), 2);
        QCOMPARE(events()[1][u"type"_s].toString(), u"kiosk.in_service"_s);
        QCOMPARE(events()[1][u"payload"_s][u"by"_s].toString(), u"backend"_s);
    }

    /// Where to go instead: in the shopper's language, else English.
    void serviceDeskInTheShoppersLanguage()
    {
        QCOMPARE(m_service->serviceDesk(u"es"_s), u"Vaya al mostrador de atención."_s);
        QCOMPARE(m_service->serviceDesk(u"fr"_s), u"Go to the service desk."_s);
    }
};

QTEST_GUILESS_MAIN(KioskServiceTest)
#include "tst_kioskservice.moc"
