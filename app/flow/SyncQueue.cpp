#include "SyncQueue.h"

#include "Clock.h"
#include "ReceiptBuilder.h"
#include "StaffSignIn.h"
#include "backlog/BacklogFile.h"

#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSyncQueue, "kiosk.syncqueue")

namespace kiosk {

SyncQueue::SyncQueue(Journal &journal, const Clock &clock, const StaffSignIn &signIn,
    const BacklogSigner *signer, Config config, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_signIn(signIn)
    , m_signer(signer)
    , m_config(std::move(config))
{ }

QString SyncQueue::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(m_config.storeZone);
    const bool today = local.date() == m_clock.now().toTimeZone(m_config.storeZone).date();
    return local.toString(today ? u"HH:mm"_s : u"yyyy-MM-dd HH:mm"_s);
}

QString SyncQueue::describe(const QString &kind, const QString &refId, const QString &eventType)
{
    return kind == u"return"_s ? tr("Return %1").arg(ReceiptBuilder::shortReference(refId))
                               : tr("Event \"%1\"").arg(eventType);
}

void SyncQueue::refresh()
{
    m_pending.clear();
    for (const Journal::QueuedEntry &entry : m_journal.pendingOutbox(Listed)) {
        m_pending.append(QVariantMap { { u"what"_s, describe(entry.kind, entry.refId, entry.eventType) },
            { u"reference"_s, entry.refId }, { u"createdAt"_s, localTime(entry.createdAt) },
            { u"attempts"_s, entry.attempts }, { u"lastError"_s, entry.lastError },
            { u"nextAttempt"_s, localTime(entry.nextAttempt) } });
    }
    const Journal::OutboxStats stats = m_journal.outboxStats();
    m_pendingReturns = stats.pendingReturns;
    m_pendingEvents = stats.pending - stats.pendingReturns;
    m_deadLetters.clear();
    for (const Journal::DeadLetter &letter : m_journal.deadLetters(Listed)) {
        m_deadLetters.append(QVariantMap { { u"seq"_s, qint64(letter.seq) }, { u"kind"_s, letter.kind },
            { u"what"_s, describe(letter.kind, letter.refId, letter.eventType) },
            { u"reference"_s, letter.refId }, { u"reason"_s, letter.reason },
            { u"failedAt"_s, localTime(letter.failedAt) } });
    }
    Q_EMIT changed();
}

QString SyncQueue::summary() const
{
    QString text = m_status.lastSuccess.isValid()
        ? tr("Last in touch with the backend at %1.").arg(localTime(m_status.lastSuccess))
        : tr("Not yet in touch with the backend since the kiosk started.");
    if (!m_status.lastError.isEmpty())
        text += u' ' + tr("Last error: %1").arg(m_status.lastError);
    return text;
}

void SyncQueue::setStatus(const SyncStatus &status)
{
    m_status = status;
    refresh(); // a pass delivered or dead-lettered entries
}

bool SyncQueue::allowed()
{
    if (m_signIn.signedIn())
        return true;
    say(tr("Sign in first."));
    return false;
}

void SyncQueue::say(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
}

QJsonObject SyncQueue::audit(QJsonObject payload, const QDateTime &now) const
{
    payload.insert(u"kioskId"_s, m_config.kioskId);
    payload.insert(u"staffId"_s, m_signIn.staffId());
    payload.insert(u"at"_s, now.toString(Qt::ISODateWithMs));
    return payload;
}

bool SyncQueue::syncNow()
{
    if (!allowed())
        return false;
    say(tr("Syncing now…"));
    Q_EMIT syncRequested();
    return true;
}

bool SyncQueue::retry(qint64 seq)
{
    if (!allowed())
        return false;
    const QDateTime now = m_clock.now();
    const Journal::Event event { QUuid::createUuid().toString(QUuid::WithoutBraces),
        u"sync.dead_letter_retried"_s, audit({ { u"seq"_s, seq } }, now), now };
    if (!m_journal.retryDeadLetter(seq, event)) {
        qCWarning(lcSyncQueue).noquote() << "dead letter" << seq << "not put back:" << m_journal.lastError();
        refresh();
        say(tr("That entry could not be put back in the queue: %1").arg(m_journal.lastError()));
        return false;
    }
    qCInfo(lcSyncQueue).noquote() << "dead letter" << seq << "put back in the queue by" << m_signIn.staffId();
    refresh();
    say(tr("Put back in the queue: it is sent with the next sync."));
    Q_EMIT syncRequested();
    return true;
}

QString SyncQueue::exportLetter(qint64 seq)
{
    if (!allowed())
        return {};
    if (!m_signer) {
        say(tr("This kiosk is not enrolled: there is nothing to sign the export with."));
        return {};
    }
    const auto letter = std::find_if(m_deadLetters.cbegin(), m_deadLetters.cend(),
        [seq](const QVariant &l) { return l.toMap().value(u"seq"_s).toLongLong() == seq; });
    const std::optional<QByteArray> payload = m_journal.deadLetterPayload(seq);
    if (!payload || letter == m_deadLetters.cend()) {
        refresh();
        say(tr("That entry is no longer a dead letter."));
        return {};
    }
    const QString kind = letter->toMap().value(u"kind"_s).toString();
    const QString reference = letter->toMap().value(u"reference"_s).toString();
    BacklogFile::Content content { m_config.kioskId, m_clock.now() };
    (kind == u"return"_s ? content.returns : content.events)
        .append(QJsonDocument::fromJson(*payload).object());
    const QString path = QDir(m_config.exportDir).filePath(u"dead-letter-%1.json"_s.arg(reference));
    QSaveFile file(path);
    const bool written = QDir().mkpath(m_config.exportDir)
        && QFile::setPermissions(m_config.exportDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)
        && file.open(QIODevice::WriteOnly) && file.write(BacklogFile::write(content, *m_signer)) >= 0
        && file.setPermissions(QFile::ReadOwner | QFile::WriteOwner) && file.commit();
    if (!written) {
        qCWarning(lcSyncQueue).noquote()
            << "cannot export dead letter" << seq << "to" << path << ":" << file.errorString();
        say(tr("The export could not be written to %1: %2").arg(path, file.errorString()));
        return {};
    }
    const QDateTime now = m_clock.now();
    const QJsonObject event
        = audit({ { u"seq"_s, seq }, { u"reference"_s, reference }, { u"file"_s, path } }, now);
    if (!m_journal.recordEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces), u"sync.dead_letter_exported"_s, event, now))
        qCWarning(lcSyncQueue).noquote() << "could not record the export:" << m_journal.lastError();
    say(tr("Exported to %1").arg(path));
    return path;
}

} // namespace kiosk
