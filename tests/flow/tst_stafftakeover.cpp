#include "Clock.h"
#include "StaffTakeover.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"
#include "store/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// A colleague signing in on the assistance screen: badge or PIN, the wrong-PIN lockout and its
/// end, the sign-out when the screen is left alone, and the override journaled (with the staff
/// id and the reason, never the PIN) before anything moves on.
class StaffTakeoverTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaffTakeover> m_staff;

    static StaffSettings settings()
    {
        StaffSettings s;
        s.pinIterations = 1000;
        s.maxPinAttempts = 3;
        s.lockoutSeconds = 300;
        s.signedInSeconds = 1;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        s.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"2468"_s, salt, 1000) });
        s.members.push_back({ u"E2001"_s, {}, {} }); // badge only
        return s;
    }

    /// The outbox's payloads, as the sync engine will send them.
    QStringList outbox()
    {
        QStringList out;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 100))
            out.append(QString::fromUtf8(entry.payload));
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        m_staff = std::make_unique<StaffTakeover>(*m_journal, *m_clock, settings(), u"kiosk-test"_s);
        m_staff->open({ u"condition.failed"_s, u"RK-100001"_s, { 1 }, { u"T-shirt"_s }, true, false });
    }

    void pinHashIsSaltedAndChecked()
    {
        const QByteArray salt = QByteArrayLiteral("salt-one");
        const QByteArray hash = crypto::PinHash::derive(u"2468"_s, salt, 1000);
        QCOMPARE(hash.size(), crypto::PinHash::HashSize);
        QVERIFY(crypto::PinHash::matches(u"2468"_s, salt, 1000, hash));
        QVERIFY(!crypto::PinHash::matches(u"2469"_s, salt, 1000, hash));
        QVERIFY(!crypto::PinHash::matches(u"2468"_s, QByteArrayLiteral("salt-two"), 1000, hash));
        QVERIFY(!crypto::PinHash::matches(u"2468"_s, salt, 1001, hash));
        QVERIFY(!crypto::PinHash::matches(u"2468"_s, salt, 1000, hash.left(16)));
        QVERIFY(crypto::PinHash::derive(u"2468"_s, {}, 1000).isEmpty());
        // The kiosk.json recipe in the README: Python's hashlib.pbkdf2_hmac gives the same bytes.
        QCOMPARE(
            crypto::PinHash::derive(u"2468"_s, QByteArray::fromHex("6b696f736b2d64656d6f2d73616c7431"), 10000)
                .toHex(),
            QByteArray("f3fee32be4b7add442ca96b7dc13002a4b448233ce9252ef604ddb70c5aba5cd"));
    }

    void rightPinSignsIn()
    {
        QSignalSpy signedIn(m_staff.get(), &StaffTakeover::signedInChanged);
        QVERIFY(!m_staff->canApprove()); // nobody signed in yet
        QVERIFY(m_staff->submitPin(u"2468"_s));
        QCOMPARE(signedIn.size(), 1);
        QCOMPARE(m_staff->staffId(), u"E1042"_s);
        QVERIFY(m_staff->canApprove());
        QVERIFY(!m_staff->canResume());
        QCOMPARE(m_staff->problemKind(), StaffTakeover::Problem::None);
    }

    void wrongPinSaysHowManyAttemptsAreLeft()
    {
        QVERIFY(!m_staff->submitPin(u"1234"_s));
        QVERIFY(!m_staff->signedIn());
        QCOMPARE(m_staff->problemKind(), StaffTakeover::Problem::WrongPin);
        QVERIFY(m_staff->problem().startsWith(u"Wrong PIN. 2 attempt"_s)); // plurals come from the .ts
        QVERIFY(!m_staff->submitPin(QString()));
        QVERIFY(m_staff->problem().startsWith(u"Wrong PIN. 1 attempt"_s));
        QVERIFY(m_staff->submitPin(u"2468"_s)); // a right PIN before the limit resets the count
        m_staff->signOut();
        QVERIFY(!m_staff->submitPin(u"1111"_s));
        QVERIFY(m_staff->problem().startsWith(u"Wrong PIN. 2 attempt"_s)); // plurals come from the .ts
    }

    void tooManyWrongPinsLockTheKeypadForAWhile()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(!m_staff->submitPin(u"0000"_s));
        QVERIFY(m_staff->locked());
        QCOMPARE(m_staff->problemKind(), StaffTakeover::Problem::Locked);
        QVERIFY(m_staff->problem().contains(u"locked for 5 minute"_s));
        QVERIFY(!m_staff->submitPin(u"2468"_s)); // even the right PIN, while locked
        QVERIFY(!m_staff->signedIn());
        m_clock->advance(299 * 1000);
        QVERIFY(!m_staff->submitPin(u"2468"_s));
        QVERIFY(m_staff->problem().contains(u"locked for 1 minute"_s));
        m_staff->close(); // a new shopper: the lockout stays
        QVERIFY(m_staff->locked());
        m_clock->advance(2 * 1000);
        QVERIFY(!m_staff->locked());
        QVERIFY(m_staff->submitPin(u"2468"_s));
    }

    void listedBadgesSignInEvenWhileLocked()
    {
        for (int i = 0; i < 3; ++i)
            m_staff->submitPin(u"0000"_s);
        QVERIFY(!m_staff->submitBadge(u"E9999"_s));
        QCOMPARE(m_staff->problemKind(), StaffTakeover::Problem::UnknownBadge);
        QVERIFY(m_staff->submitBadge(u"e2001"_s));
        QCOMPARE(m_staff->staffId(), u"E2001"_s);
    }

    void leftAloneSignsOut()
    {
        QSignalSpy timedOut(m_staff.get(), &StaffTakeover::timedOut);
        QVERIFY(m_staff->submitBadge(u"E2001"_s));
        QVERIFY(timedOut.wait(3000));
        QVERIFY(!m_staff->signedIn());
        QVERIFY(!m_staff->canApprove());
        QCOMPARE(m_staff->reasonCode(), u"condition.failed"_s); // still waiting for help
    }

    void approvalIsJournaledWithTheStaffIdAndReason()
    {
        QSignalSpy approved(m_staff.get(), &StaffTakeover::approved);
        QVERIFY(!m_staff->approve()); // not signed in
        QVERIFY(outbox().isEmpty());
        QVERIFY(m_staff->submitPin(u"2468"_s));
        QVERIFY(m_staff->approve());
        QCOMPARE(approved.size(), 1);
        QVERIFY(!m_staff->approve()); // once per case
        const QStringList queued = outbox();
        QCOMPARE(queued.size(), 1);
        const QJsonObject event = QJsonDocument::fromJson(queued.front().toUtf8()).object();
        QCOMPARE(event.value(u"type"_s).toString(), u"staff.override"_s);
        const QJsonObject payload = event.value(u"payload"_s).toObject();
        QCOMPARE(payload.value(u"staffId"_s).toString(), u"E1042"_s);
        QCOMPARE(payload.value(u"reasonCode"_s).toString(), u"condition.failed"_s);
        QCOMPARE(payload.value(u"orderId"_s).toString(), u"RK-100001"_s);
        QCOMPARE(payload.value(u"lines"_s).toArray().at(0).toInt(), 1);
        QVERIFY(!queued.front().contains(u"2468"_s));
    }

    void overrideThatCannotBeSavedChangesNothing()
    {
        QSignalSpy approved(m_staff.get(), &StaffTakeover::approved);
        QVERIFY(m_staff->submitBadge(u"E1042"_s));
        // The journal's outbox refuses writes (a full disk would look the same).
        sql::Database db;
        QVERIFY(db.open(m_dir->filePath(u"journal.db"_s)));
        QVERIFY(db.exec(
            "CREATE TRIGGER no_outbox BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'full'); END"));
        QVERIFY(!m_staff->approve());
        QCOMPARE(approved.size(), 0);
        QCOMPARE(m_staff->problemKind(), StaffTakeover::Problem::NotRecorded);
        QVERIFY(m_staff->canApprove()); // try again once fixed
    }

    void resumeOnlyForAChuteFault()
    {
        QVERIFY(m_staff->submitBadge(u"E2001"_s));
        QVERIFY(!m_staff->resume());
        m_staff->open({ u"chute.jammed"_s, u"RK-100001"_s, { 2 }, { u"Jeans"_s }, false, true });
        QSignalSpy resumed(m_staff.get(), &StaffTakeover::resumed);
        QVERIFY(!m_staff->canApprove());
        QVERIFY(m_staff->resume());
        QCOMPARE(resumed.size(), 1);
        m_staff->close();
        QVERIFY(!m_staff->signedIn());
        QVERIFY(m_staff->orderId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(StaffTakeoverTest)
#include "tst_stafftakeover.moc"
