#include "Clock.h"
#include "PinEntry.h"
#include "StaffSignIn.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// A colleague signing in to maintenance mode: the badge names them and only their PIN signs them in;
/// wrong PINs lock that colleague, failures of any badge lock the kiosk, and both lockouts live in a
/// real journal.db so that a restart (a new connection and a new StaffSignIn) keeps them. Every
/// attempt is an audit event in the outbox, never with the PIN.
class StaffSignInTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaffSignIn> m_signIn;

    static StaffSettings settings()
    {
        StaffSettings s;
        s.pinIterations = 1000;
        s.maxPinAttempts = 3;
        s.lockoutSeconds = 300;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        s.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        s.members.push_back({ u"E3003"_s, salt, crypto::PinHash::derive(u"135792"_s, salt, 1000) });
        return s;
    }

    /// The kiosk restarts: a new journal connection and a new sign-in on the same file.
    void restart()
    {
        m_signIn.reset();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        m_signIn = std::make_unique<StaffSignIn>(*m_journal, *m_clock, settings(), u"kiosk-test"_s);
    }

    /// The audit events in the outbox, oldest first: {type, payload}.
    QList<QJsonObject> events()
    {
        QList<QJsonObject> out;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 100))
            out.append(QJsonDocument::fromJson(entry.payload).object());
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC));
        restart();
    }

    void badgeAloneDoesNotSignIn()
    {
        QVERIFY(m_signIn->submitBadge(u"e1042"_s));
        QCOMPARE(m_signIn->badgeId(), u"E1042"_s);
        QVERIFY(!m_signIn->signedIn());
        QVERIFY(events().isEmpty());
        m_signIn->cancel();
        QVERIFY(!enterPin(*m_signIn, u"246813"_s)); // a PIN without a badge names nobody
        QVERIFY(!m_signIn->signedIn());
    }

    void badgeAndPinSignInAndOutJournaled()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(!enterPin(*m_signIn, u"135792"_s)); // another colleague's PIN is a wrong PIN
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
        QVERIFY(m_signIn->signedIn());
        QCOMPARE(m_signIn->staffId(), u"E1042"_s);
        m_clock->advance(60'000);
        m_signIn->signOut(u"idle"_s);
        QVERIFY(!m_signIn->signedIn());
        QVERIFY(m_signIn->badgeId().isEmpty());
        const QList<QJsonObject> audit = events();
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[0][u"type"_s].toString(), u"staff.sign_in_failed"_s);
        QCOMPARE(audit[0][u"payload"_s][u"failure"_s].toString(), u"wrong_pin"_s);
        QCOMPARE(audit[1][u"type"_s].toString(), u"staff.signed_in"_s);
        QCOMPARE(audit[1][u"payload"_s][u"staffId"_s].toString(), u"E1042"_s);
        QCOMPARE(audit[2][u"type"_s].toString(), u"staff.signed_out"_s);
        QCOMPARE(audit[2][u"payload"_s][u"why"_s].toString(), u"idle"_s);
        for (const QJsonObject &event : audit) {
            const QByteArray json = QJsonDocument(event).toJson();
            QVERIFY(!json.contains("246813") && !json.contains("135792"));
        }
    }

    void wrongPinsLockTheColleagueAcrossARestart()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(!enterPin(*m_signIn, u"000000"_s));
        QVERIFY2(m_signIn->problem().startsWith(u"Wrong PIN. 2 attempt"_s), qPrintable(m_signIn->problem()));
        restart(); // the count survives a restart too
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(!enterPin(*m_signIn, u"000000"_s));
        QVERIFY(!enterPin(*m_signIn, u"000000"_s));
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::Locked);
        QVERIFY(m_signIn->locked());
        QVERIFY(m_signIn->problem().contains(u"5 minute"_s));
        restart();
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::Locked); // said as soon as the badge scans
        QVERIFY(!enterPin(*m_signIn, u"246813"_s)); // even the right PIN while locked
        QVERIFY(!m_signIn->signedIn());
        m_signIn->cancel();
        QVERIFY(m_signIn->submitBadge(u"E3003"_s)); // another colleague is not locked
        QVERIFY(enterPin(*m_signIn, u"135792"_s));
        m_signIn->signOut(u"button"_s);
        m_clock->advance(301'000);
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(!m_signIn->locked());
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
        QCOMPARE(m_journal->staffLockout(StaffSignIn::staffScope(u"E1042"_s))->failures, 0);
    }

    void unknownBadgesAndWrongPinsLockTheWholeKeypad()
    {
        QCOMPARE(m_signIn->kioskAttempts(), 9);
        for (int i = 0; i < 6; ++i)
            QVERIFY(!m_signIn->submitBadge(u"E%1"_s.arg(9000 + i)));
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::UnknownBadge);
        QVERIFY(m_signIn->submitBadge(u"E3003"_s));
        QVERIFY(!enterPin(*m_signIn, u"000000"_s));
        QVERIFY(!enterPin(*m_signIn, u"000000"_s));
        QVERIFY(!m_signIn->submitBadge(u"E9999"_s)); // the ninth failure
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::KioskLocked);
        restart();
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::KioskLocked);
        QVERIFY(!enterPin(*m_signIn, u"246813"_s));
        QVERIFY(m_signIn->problem().contains(u"locked for 5 minute"_s));
        m_clock->advance(300'000);
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
        QCOMPARE(m_journal->staffLockout(StaffSignIn::kioskScope())->failures, 0); // cleared by a sign-in
    }

    /// Each lockout in a row lasts twice as long as the one before (5, 10, 20 minutes here), across
    /// restarts, for a colleague and for the kiosk; a sign-in starts the colleague's over at 5.
    void lockoutsEscalate()
    {
        const auto lockColleague = [this] {
            // Another colleague's sign-in clears the kiosk's count, not E1042's lockouts in a row.
            QVERIFY(m_signIn->submitBadge(u"E3003"_s));
            QVERIFY(enterPin(*m_signIn, u"135792"_s));
            m_signIn->signOut(u"button"_s);
            QVERIFY(m_signIn->submitBadge(u"E1042"_s));
            for (int i = 0; i < 3; ++i)
                QVERIFY(!enterPin(*m_signIn, u"000000"_s));
            QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::Locked);
            m_signIn->cancel();
        };
        const auto lockedFor = [this](const QString &scope) {
            return m_clock->now().secsTo(m_journal->staffLockout(scope)->lockedUntil);
        };
        lockColleague();
        QCOMPARE(lockedFor(StaffSignIn::staffScope(u"E1042"_s)), 300);
        m_clock->advance(300'000);
        restart();
        lockColleague();
        QCOMPARE(lockedFor(StaffSignIn::staffScope(u"E1042"_s)), 600);
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY2(m_signIn->problem().contains(u"10 minute"_s), qPrintable(m_signIn->problem()));
        m_signIn->cancel();
        m_clock->advance(600'000);
        lockColleague();
        QCOMPARE(lockedFor(StaffSignIn::staffScope(u"E1042"_s)), 1200);
        QCOMPARE(m_journal->staffLockout(StaffSignIn::staffScope(u"E1042"_s))->lockouts, 3);
        m_clock->advance(1200'000);
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(enterPin(*m_signIn, u"246813"_s)); // proved who they are: the next lockout is 5 minutes again
        m_signIn->signOut(u"button"_s);
        lockColleague();
        QCOMPARE(lockedFor(StaffSignIn::staffScope(u"E1042"_s)), 300);

        // The kiosk's own lockout escalates the same way (9 failures here), whatever badge is used.
        m_clock->advance(300'000);
        QVERIFY(m_signIn->submitBadge(u"E3003"_s));
        QVERIFY(enterPin(*m_signIn, u"135792"_s));
        m_signIn->signOut(u"button"_s);
        for (int round = 1; round <= 2; ++round) {
            for (int i = 0; i < m_signIn->kioskAttempts(); ++i)
                QVERIFY(!m_signIn->submitBadge(u"X%1"_s.arg(100 * round + i)));
            QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::KioskLocked);
            QCOMPARE(lockedFor(StaffSignIn::kioskScope()), 300 * round);
            QVERIFY(!m_signIn->submitBadge(u"X999"_s)); // journaled, but the lockout is not lengthened
            QCOMPARE(lockedFor(StaffSignIn::kioskScope()), 300 * round);
            restart();
            m_clock->advance(300'000 * round);
        }
        StaffSettings capped = settings();
        QCOMPARE(capped.lockoutSecondsFor(1), 300);
        QCOMPARE(capped.lockoutSecondsFor(4), 2400);
        QCOMPARE(capped.lockoutSecondsFor(40), StaffSettings::MaxLockoutSeconds);
    }

    /// A PIN shorter than pinDigits (or not all digits) is never hashed and counts as a wrong guess.
    void shortPinCountsAsAWrongPin()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QCOMPARE(m_signIn->pinDigits(), 6);
        QVERIFY(!m_signIn->submitPin(u"24681"_s));
        QVERIFY(!m_signIn->submitPin(u"24681x"_s));
        QVERIFY(!m_signIn->checking());
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::WrongPin);
        QCOMPARE(m_journal->staffLockout(StaffSignIn::staffScope(u"E1042"_s))->failures, 2);
    }

    /// The hash is checked on a worker thread: submitPin returns at once with the keypad waiting, the
    /// answer comes through the event loop; one PIN at a time, and a cancel drops a pending answer.
    void pinIsCheckedOffTheGuiThread()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QSignalSpy checked(m_signIn.get(), &StaffSignIn::pinChecked);
        QVERIFY(m_signIn->submitPin(u"246813"_s));
        QVERIFY(m_signIn->checking());
        QVERIFY(!m_signIn->signedIn()); // not before the event loop brings the worker's answer
        QVERIFY(!m_signIn->submitPin(u"246813"_s)); // one at a time
        QVERIFY(checked.wait(10000));
        QVERIFY(m_signIn->signedIn());
        QVERIFY(!m_signIn->checking());
        m_signIn->signOut(u"button"_s);

        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(m_signIn->submitPin(u"246813"_s));
        m_signIn->cancel(); // the shopper's session ended meanwhile
        QVERIFY(!checked.wait(500));
        QVERIFY(!m_signIn->signedIn());
    }

    void journalThatCannotRecordSignsNobodyIn()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(m_journal->database().exec("PRAGMA query_only=ON;"));
        QVERIFY(!enterPin(*m_signIn, u"246813"_s));
        QVERIFY(!m_signIn->signedIn());
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::NotRecorded);
        QVERIFY(!enterPin(*m_signIn, u"000000"_s)); // a wrong PIN that can't be counted is not let through
        QCOMPARE(m_signIn->problemKind(), StaffSignIn::Problem::NotRecorded);
        QVERIFY(m_journal->database().exec("PRAGMA query_only=OFF;"));
        QVERIFY(events().isEmpty());
        QCOMPARE(m_journal->staffLockout(StaffSignIn::staffScope(u"E1042"_s))->failures, 0);
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
    }
};

QTEST_GUILESS_MAIN(StaffSignInTest)
#include "tst_staffsignin.moc"
