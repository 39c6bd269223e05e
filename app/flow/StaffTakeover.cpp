#include "StaffTakeover.h"

#include "Clock.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff")

namespace kiosk {

StaffTakeover::StaffTakeover(
    Journal &journal, const Clock &clock, StaffSettings settings, QString kioskId, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_kioskId(std::move(kioskId))
{
    m_signedInTimer.setSingleShot(true);
    m_signedInTimer.setInterval(m_settings.signedInSeconds * 1000);
    connect(&m_signedInTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcStaff).noquote() << "colleague" << m_staffId << "signed out: screen left alone";
        signOut();
        Q_EMIT timedOut();
    });
}

QString StaffTakeover::problem() const
{
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::UnknownBadge:
        return tr("This badge can't sign in at this kiosk.");
    case Problem::WrongPin:
        return tr("Wrong PIN. %n attempt(s) left.", nullptr, m_settings.maxPinAttempts - m_wrongPins);
    case Problem::Locked:
        return tr("Too many wrong PINs. The keypad is locked for %n minute(s); a badge still works.", nullptr,
            int(std::max<qint64>(1, (m_clock.now().secsTo(m_lockedUntil) + 59) / 60)));
    case Problem::NotRecorded:
        return tr("The override couldn't be saved, so nothing changed. Please try again.");
    }
    return {};
}

bool StaffTakeover::locked() const
{
    return m_lockedUntil.isValid() && m_clock.now() < m_lockedUntil;
}

void StaffTakeover::open(Case assistanceCase)
{
    m_case = std::move(assistanceCase);
    qCInfo(lcStaff).noquote() << "a colleague is needed:" << m_case.reasonCode << m_case.orderId;
    Q_EMIT caseChanged();
}

void StaffTakeover::close()
{
    signOut();
    m_case = {};
    setProblem(locked() ? Problem::Locked : Problem::None);
    Q_EMIT caseChanged();
}

bool StaffTakeover::submitBadge(const QString &staffId)
{
    if (!m_settings.member(staffId)) {
        qCInfo(lcStaff).noquote() << "badge" << staffId << "is not listed";
        setProblem(Problem::UnknownBadge);
        return false;
    }
    signIn(staffId.toUpper(), "badge");
    return true;
}

bool StaffTakeover::submitPin(const QString &pin)
{
    if (signedIn())
        return true;
    if (locked()) {
        setProblem(Problem::Locked);
        return false;
    }
    for (const StaffSettings::Member &member : m_settings.members) {
        if (!member.pinHash.isEmpty()
            && crypto::PinHash::matches(pin, member.pinSalt, m_settings.pinIterations, member.pinHash)) {
            m_wrongPins = 0;
            m_lockedUntil = {};
            signIn(member.id, "PIN");
            return true;
        }
    }
    ++m_wrongPins;
    qCWarning(lcStaff) << "wrong staff PIN," << m_wrongPins << "of" << m_settings.maxPinAttempts;
    if (m_wrongPins >= m_settings.maxPinAttempts) {
        m_wrongPins = 0;
        m_lockedUntil = m_clock.now().addSecs(m_settings.lockoutSeconds);
        qCWarning(lcStaff) << "staff keypad locked until" << m_lockedUntil;
        setProblem(Problem::Locked);
    } else {
        setProblem(Problem::WrongPin);
    }
    return false;
}

bool StaffTakeover::approve()
{
    if (!canApprove())
        return false;
    touch();
    QJsonArray lines;
    for (int line : std::as_const(m_case.lines))
        lines.append(line);
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"staffId"_s, m_staffId },
        { u"reasonCode"_s, m_case.reasonCode }, { u"orderId"_s, m_case.orderId }, { u"lines"_s, lines },
        { u"at"_s, m_clock.now().toString(Qt::ISODateWithMs) } };
    if (!m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), u"staff.override"_s,
            payload, m_clock.now())) {
        qCCritical(lcStaff).noquote() << "could not record the override:" << m_journal.lastError();
        setProblem(Problem::NotRecorded);
        return false;
    }
    qCInfo(lcStaff).noquote() << "override by" << m_staffId << "for" << m_case.reasonCode << m_case.orderId;
    m_case.approvable = false;
    Q_EMIT caseChanged();
    Q_EMIT approved();
    return true;
}

bool StaffTakeover::resume()
{
    if (!canResume())
        return false;
    touch();
    qCInfo(lcStaff).noquote() << m_staffId << "cleared the chute for" << m_case.orderId;
    m_case.resumable = false;
    Q_EMIT caseChanged();
    Q_EMIT resumed();
    return true;
}

void StaffTakeover::signOut()
{
    m_signedInTimer.stop();
    if (m_staffId.isEmpty())
        return;
    m_staffId.clear();
    Q_EMIT signedInChanged();
    Q_EMIT caseChanged();
}

void StaffTakeover::touch()
{
    if (signedIn())
        m_signedInTimer.start();
}

void StaffTakeover::signIn(const QString &staffId, const char *how)
{
    qCInfo(lcStaff).noquote() << "colleague" << staffId << "signed in with" << how;
    m_staffId = staffId;
    setProblem(Problem::None);
    m_signedInTimer.start();
    Q_EMIT signedInChanged();
    Q_EMIT caseChanged();
}

void StaffTakeover::setProblem(Problem problem)
{
    m_problem = problem;
    Q_EMIT problemChanged(); // also when unchanged: "n attempts left" moved on
}

} // namespace kiosk
