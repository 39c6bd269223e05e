#include "Clock.h"
#include "PinEntry.h"
#include "StaffSignIn.h"
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

/// A colleague taking over on the assistance screen: signed in by the shared StaffSignIn (badge, then
/// PIN; its lockouts are pinned in tst_staffsignin), what they may do follows who is signed in, and
/// the override is journaled (with the staff id and the reason, never the PIN) before anything moves on.
class StaffTakeoverTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<StaffSignIn> m_signIn;
    std::unique_ptr<StaffTakeover> m_staff;

    static StaffSettings settings()
    {
        StaffSettings s;
        s.pinIterations = 1000;
        s.maxPinAttempts = 3;
        s.lockoutSeconds = 300;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        s.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        return s;
    }

    /// The outbox's payloads, as the sync engine will send them, but the sign-in audit.
    QStringList outbox()
    {
        QStringList out;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 100))
            if (!entry.payload.contains("\"staff.sign"))
                out.append(QString::fromUtf8(entry.payload));
        return out;
    }

    bool signIn(const QString &pin = u"246813"_s)
    {
        m_signIn->submitBadge(u"E1042"_s);
        return enterPin(*m_signIn, pin);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC));
        m_signIn = std::make_unique<StaffSignIn>(*m_journal, *m_clock, settings(), u"kiosk-test"_s);
        m_staff = std::make_unique<StaffTakeover>(*m_journal, *m_clock, *m_signIn, u"kiosk-test"_s);
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

    void onlyASignedInColleagueMayAct()
    {
        QSignalSpy signedIn(m_staff.get(), &StaffTakeover::signedInChanged);
        QVERIFY(!m_staff->canApprove()); // nobody signed in yet
        QVERIFY(m_signIn->submitBadge(u"E1042"_s)); // a badge alone: still nobody
        QVERIFY(!m_staff->signedIn());
        QVERIFY(!m_staff->canApprove());
        QVERIFY(!signIn(u"135792"_s));
        QVERIFY(!m_staff->canApprove());
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
        QVERIFY(signedIn.size() >= 1);
        QCOMPARE(m_staff->staffId(), u"E1042"_s);
        QVERIFY(m_staff->canApprove());
        QVERIFY(!m_staff->canResume());
        m_staff->signOut();
        QVERIFY(!m_signIn->signedIn()); // one sign-in: signing out of the case signs the colleague out
        QVERIFY(!m_staff->canApprove());
    }

    void approvalIsJournaledWithTheStaffIdAndReason()
    {
        QSignalSpy approved(m_staff.get(), &StaffTakeover::approved);
        QVERIFY(!m_staff->approve()); // not signed in
        QVERIFY(outbox().isEmpty());
        QVERIFY(signIn());
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
        QVERIFY(!queued.front().contains(u"246813"_s));
    }

    void overrideThatCannotBeSavedChangesNothing()
    {
        QSignalSpy approved(m_staff.get(), &StaffTakeover::approved);
        QVERIFY(signIn());
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
        QVERIFY(signIn());
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
