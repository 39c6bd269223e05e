#include "Clock.h"
#include "PinEntry.h"
#include "StaffSignIn.h"
#include "SyncQueue.h"
#include "backlog/BacklogFile.h"
#include "backlog/BacklogSigner.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The maintenance sync page: what waits and what the backend refused, read from a real journal.db;
/// "sync now", "send again" and "export" only for a signed-in colleague, each journaled with who.
class SyncQueueTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<StaffSignIn> m_signIn;
    std::unique_ptr<DeviceTokenSigner> m_signer;
    std::unique_ptr<SyncQueue> m_queue;
    const QByteArray m_token = QByteArrayLiteral("device-token-of-kiosk-test");

    void signIn()
    {
        QVERIFY(m_signIn->submitBadge(u"E1042"_s));
        QVERIFY(enterPin(*m_signIn, u"246813"_s));
    }

    QString exportDir() const { return m_dir->filePath(u"exports"_s); }

    /// Queues event @p id and has the backend refuse it for good with @p reason; its dead-letter seq.
    std::int64_t refusedEvent(const QString &id, const QString &reason)
    {
        if (!m_journal->recordEvent(id, u"fault"_s, { { u"device"_s, u"printer"_s } }, m_clock->now()))
            return -1;
        for (const Journal::OutboxEntry &entry : m_journal->dueOutbox(m_clock->now(), 100)) {
            if (entry.refId == id && m_journal->moveToDeadLetter(entry.seq, reason, m_clock->now()))
                return entry.seq;
        }
        return -1;
    }

    /// Events of @p type in the outbox, oldest first.
    QList<QJsonObject> events(const QString &type)
    {
        QList<QJsonObject> out;
        for (const auto &entry : m_journal->dueOutbox(m_clock->now().addYears(1), 100)) {
            const QJsonObject event = QJsonDocument::fromJson(entry.payload).object();
            if (event[u"type"_s].toString() == type)
                out.append(event[u"payload"_s].toObject());
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 20), QTime(21, 0), Qt::UTC));
        m_journal = std::make_unique<Journal>();
        QVERIFY(m_journal->open(m_dir->filePath(u"journal.db"_s)));
        StaffSettings staff;
        staff.pinIterations = 1000;
        const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
        staff.members.push_back({ u"E1042"_s, salt, crypto::PinHash::derive(u"246813"_s, salt, 1000) });
        m_signIn = std::make_unique<StaffSignIn>(*m_journal, *m_clock, staff, u"kiosk-test"_s);
        m_signer = std::make_unique<DeviceTokenSigner>(m_token);
        m_queue = std::make_unique<SyncQueue>(*m_journal, *m_clock, *m_signIn, m_signer.get(),
            SyncQueue::Config { u"kiosk-test"_s, QTimeZone("America/New_York"), exportDir() });
    }

    /// Pending entries and dead letters as the journal holds them; times in the store's zone.
    void listsWhatWaitsAndWhatWasRefused()
    {
        QVERIFY(m_journal->recordEvent(u"ev-1"_s, u"staff.signed_in"_s, {}, m_clock->now()));
        QVERIFY(m_journal->markAttemptFailed({ m_journal->dueOutbox(m_clock->now(), 10).front().seq },
            u"HTTP 503"_s, m_clock->now().addSecs(60)));
        QVERIFY(refusedEvent(u"ev-2"_s, u"schema: type unknown"_s) > 0);
        m_queue->refresh();

        QCOMPARE(m_queue->pendingEvents(), 1);
        QCOMPARE(m_queue->pendingReturns(), 0);
        const QVariantMap pending = m_queue->pending().value(0).toMap();
        QCOMPARE(pending[u"reference"_s].toString(), u"ev-1"_s);
        QCOMPARE(pending[u"what"_s].toString(), u"Event \"staff.signed_in\""_s);
        QCOMPARE(pending[u"attempts"_s].toInt(), 1);
        QCOMPARE(pending[u"lastError"_s].toString(), u"HTTP 503"_s);
        QCOMPARE(pending[u"createdAt"_s].toString(), u"16:00"_s); // 21:00 UTC in New York, today
        QCOMPARE(pending[u"nextAttempt"_s].toString(), u"16:01"_s);
        QCOMPARE(m_queue->deadLetters().size(), 1);
        const QVariantMap letter = m_queue->deadLetters().value(0).toMap();
        QCOMPARE(letter[u"reference"_s].toString(), u"ev-2"_s);
        QCOMPARE(letter[u"reason"_s].toString(), u"schema: type unknown"_s);

        SyncStatus status;
        status.lastSuccess = m_clock->now().addSecs(-3600);
        status.lastError = u"backend: HTTP 503"_s;
        m_queue->setStatus(status);
        QVERIFY2(m_queue->summary().contains(u"15:00"_s), qPrintable(m_queue->summary()));
        QVERIFY(m_queue->summary().contains(u"backend: HTTP 503"_s));
    }

    /// Nobody signed in: nothing happens and nothing is journaled.
    void actionsNeedASignedInColleague()
    {
        const std::int64_t seq = refusedEvent(u"ev-3"_s, u"refused"_s);
        m_queue->refresh();
        QSignalSpy requested(m_queue.get(), &SyncQueue::syncRequested);
        QVERIFY(!m_queue->syncNow());
        QVERIFY(!m_queue->retry(seq));
        QVERIFY(m_queue->exportLetter(seq).isEmpty());
        QCOMPARE(requested.size(), 0);
        QCOMPARE(m_queue->message(), u"Sign in first."_s);
        QCOMPARE(m_journal->deadLetters(10).size(), std::size_t(1));
        QVERIFY(!QFile::exists(exportDir()));
    }

    /// "Send again": the entry is pending and due now, the retry journaled with the colleague, a sync
    /// asked for; a second tap on the same (gone) dead letter changes nothing.
    void sendAgainPutsTheEntryBackInTheQueue()
    {
        const std::int64_t seq = refusedEvent(u"ev-4"_s, u"refused"_s);
        m_queue->refresh();
        signIn();
        QSignalSpy requested(m_queue.get(), &SyncQueue::syncRequested);
        QVERIFY(m_queue->retry(seq));
        QCOMPARE(requested.size(), 1);
        QVERIFY(m_queue->deadLetters().isEmpty());
        QVERIFY(m_journal->deadLetters(10).empty());
        const auto due = m_journal->dueOutbox(m_clock->now(), 10);
        QVERIFY(std::any_of(due.cbegin(), due.cend(), [](const auto &e) { return e.refId == u"ev-4"_s; }));
        const QList<QJsonObject> retried = events(u"sync.dead_letter_retried"_s);
        QCOMPARE(retried.size(), 1);
        QCOMPARE(retried[0][u"staffId"_s].toString(), u"E1042"_s);

        const int pendingBefore = m_journal->outboxStats().pending;
        QVERIFY(!m_queue->retry(seq));
        QVERIFY(m_queue->message().contains(u"could not be put back"_s));
        QCOMPARE(m_journal->outboxStats().pending, pendingBefore);
    }

    /// "Export": a signed file (0600) the backend's import verifies, holding the refused event as it
    /// was sent; journaled with the colleague and the path. The dead letter stays.
    void exportWritesASignedFileTheBackendCanCheck()
    {
        const std::int64_t seq = refusedEvent(u"ev-5"_s, u"refused"_s);
        m_queue->refresh();
        signIn();
        const QString path = m_queue->exportLetter(seq);
        QCOMPARE(path, QDir(exportDir()).filePath(u"dead-letter-ev-5.json"_s));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const BacklogFile::Read read = BacklogFile::read(file.readAll());
        QVERIFY2(read.content, qPrintable(read.error));
        QCOMPARE(read.content->kioskId, u"kiosk-test"_s);
        QCOMPARE(read.content->events.size(), 1);
        QCOMPARE(read.content->events[0].toObject()[u"id"_s].toString(), u"ev-5"_s);
        QVERIFY(read.content->returns.isEmpty());
        QVERIFY(DeviceTokenSigner::verify(
            QCryptographicHash::hash(m_token, QCryptographicHash::Sha256), read.signedBytes, read.signature));
        QCOMPARE(events(u"sync.dead_letter_exported"_s).size(), 1);
        QCOMPARE(m_journal->deadLetters(10).size(), std::size_t(1));
    }

    /// Not enrolled, or an export folder that cannot be written: a clear message, no file, no event.
    void exportRefusedWithoutSignerOrFolder()
    {
        const std::int64_t seq = refusedEvent(u"ev-6"_s, u"refused"_s);
        SyncQueue unenrolled(
            *m_journal, *m_clock, *m_signIn, nullptr, { u"kiosk-test"_s, QTimeZone::utc(), exportDir() });
        unenrolled.refresh();
        signIn();
        QVERIFY(unenrolled.exportLetter(seq).isEmpty());
        QVERIFY(unenrolled.message().contains(u"not enrolled"_s));

        QFile blocker(exportDir()); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        m_queue->refresh();
        QVERIFY(m_queue->exportLetter(seq).isEmpty());
        QVERIFY2(m_queue->message().contains(u"could not be written"_s), qPrintable(m_queue->message()));
        QVERIFY(events(u"sync.dead_letter_exported"_s).isEmpty());
        QCOMPARE(m_journal->deadLetters(10).size(), std::size_t(1));
    }
};

QTEST_GUILESS_MAIN(SyncQueueTest)
#include "tst_syncqueue.moc"
