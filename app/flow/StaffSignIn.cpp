#include "StaffSignIn.h"

#include "Clock.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"

#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSignIn, "kiosk.staff.signin")

namespace kiosk {

StaffSignIn::StaffSignIn(
    Journal &journal, const Clock &clock, StaffSettings settings, QString kioskId, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_kioskId(std::move(kioskId))
{ }

QString StaffSignIn::problem() const
{
    const auto minutesLeft = [this](const QString &scope) {
        return int(std::max<qint64>(1, (m_clock.now().secsTo(lockedUntil(scope)) + 59) / 60));
    };
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::UnknownBadge:
        return tr("This badge can't sign in at this kiosk. Ask your store manager to add it.");
    case Problem::NoPin:
        return tr("Badge %1 has no PIN at this kiosk, so it can't open maintenance. Ask your store manager.")
            .arg(m_badgeId);
    case Problem::WrongPin: {
        const int left = m_settings.maxPinAttempts
            - m_journal.staffLockout(staffScope(m_badgeId)).value_or(Journal::StaffLockout {}).failures;
        return tr("Wrong PIN. %n attempt(s) left.", nullptr, left);
    }
    case Problem::Locked:
        return tr("Too many wrong PINs for badge %1. Try again in %n minute(s).", nullptr,
            minutesLeft(staffScope(m_badgeId)))
            .arg(m_badgeId);
    case Problem::KioskLocked:
        return tr("Too many failed sign-ins at this kiosk. The keypad is locked for %n minute(s).", nullptr,
            minutesLeft(kioskScope()));
    case Problem::NotRecorded:
        return tr("The sign-in couldn't be saved, so nothing changed. Please try again.");
    }
    return {};
}

QDateTime StaffSignIn::lockedUntil(const QString &scope) const
{
    // A lockout that cannot be read counts as locked for a lockout period: never unlocked by an error.
    const auto lockout = m_journal.staffLockout(scope);
    if (!lockout)
        return m_clock.now().addSecs(m_settings.lockoutSeconds);
    return lockout->lockedUntil.isValid() && m_clock.now() < lockout->lockedUntil ? lockout->lockedUntil
                                                                                  : QDateTime();
}

bool StaffSignIn::locked() const
{
    return lockedUntil(kioskScope()).isValid()
        || (!m_badgeId.isEmpty() && lockedUntil(staffScope(m_badgeId)).isValid());
}

bool StaffSignIn::submitBadge(const QString &staffId)
{
    if (signedIn())
        return false;
    const StaffSettings::Member *member = m_settings.member(staffId);
    if (!member) {
        qCInfo(lcSignIn).noquote() << "badge" << staffId << "is not listed";
        m_badgeId.clear();
        Q_EMIT changed();
        fail(staffId.toUpper(), Problem::UnknownBadge);
        return false;
    }
    m_badgeId = member->id;
    Q_EMIT changed();
    if (member->pinHash.isEmpty())
        setProblem(Problem::NoPin);
    else if (lockedUntil(kioskScope()).isValid())
        setProblem(Problem::KioskLocked);
    else if (lockedUntil(staffScope(m_badgeId)).isValid())
        setProblem(Problem::Locked);
    else
        setProblem(Problem::None);
    return true;
}

bool StaffSignIn::submitPin(const QString &pin)
{
    const StaffSettings::Member *member = m_settings.member(m_badgeId);
    if (signedIn() || !member || member->pinHash.isEmpty())
        return signedIn();
    if (lockedUntil(kioskScope()).isValid()) {
        setProblem(Problem::KioskLocked);
        return false;
    }
    if (lockedUntil(staffScope(m_badgeId)).isValid()) {
        setProblem(Problem::Locked);
        return false;
    }
    if (!crypto::PinHash::matches(pin, member->pinSalt, m_settings.pinIterations, member->pinHash)) {
        fail(m_badgeId, Problem::WrongPin);
        return false;
    }
    if (!record(m_badgeId, {}, {}))
        return false;
    qCInfo(lcSignIn).noquote() << "colleague" << m_badgeId << "signed in to maintenance";
    m_staffId = m_badgeId;
    setProblem(Problem::None);
    Q_EMIT changed();
    return true;
}

void StaffSignIn::cancel()
{
    if (signedIn() || (m_badgeId.isEmpty() && m_problem == Problem::None))
        return;
    m_badgeId.clear();
    setProblem(Problem::None);
    Q_EMIT changed();
}

void StaffSignIn::signOut(const QString &why)
{
    if (!signedIn())
        return;
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"staffId"_s, m_staffId }, { u"why"_s, why },
        { u"at"_s, m_clock.now().toString(Qt::ISODateWithMs) } };
    // Signing out never waits for the journal: a colleague must always be able to leave.
    if (!m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), u"staff.signed_out"_s,
            payload, m_clock.now()))
        qCWarning(lcSignIn).noquote() << "could not record the sign-out:" << m_journal.lastError();
    qCInfo(lcSignIn).noquote() << "colleague" << m_staffId << "signed out:" << why;
    m_staffId.clear();
    m_badgeId.clear();
    setProblem(Problem::None);
    Q_EMIT changed();
}

bool StaffSignIn::record(
    const QString &staffId, const Journal::StaffLockout &colleague, const QString &failure)
{
    const QDateTime now = m_clock.now();
    QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"staffId"_s, staffId },
        { u"at"_s, now.toString(Qt::ISODateWithMs) } };
    std::vector<std::pair<QString, Journal::StaffLockout>> lockouts;
    if (m_settings.member(staffId))
        lockouts.push_back({ staffScope(staffId), colleague });
    if (colleague.lockedUntil.isValid())
        payload.insert(u"lockedUntil"_s, colleague.lockedUntil.toString(Qt::ISODateWithMs));
    if (failure.isEmpty()) {
        lockouts.push_back(
            { kioskScope(), {} }); // a colleague who proved who they are clears the kiosk's count
    } else {
        payload.insert(u"failure"_s, failure);
        const int failures
            = m_journal.staffLockout(kioskScope()).value_or(Journal::StaffLockout {}).failures + 1;
        if (failures >= kioskAttempts()) {
            lockouts.push_back({ kioskScope(), { 0, now.addSecs(m_settings.lockoutSeconds) } });
            payload.insert(u"kioskLocked"_s, true);
        } else {
            lockouts.push_back({ kioskScope(), { failures, {} } });
        }
    }
    const QString type = failure.isEmpty() ? u"staff.signed_in"_s : u"staff.sign_in_failed"_s;
    if (m_journal.recordStaffAttempt(
            lockouts, QUuid::createUuid().toString(QUuid::WithoutBraces), type, payload, now))
        return true;
    qCCritical(lcSignIn).noquote() << "could not record a staff sign-in attempt:" << m_journal.lastError();
    setProblem(Problem::NotRecorded);
    return false;
}

void StaffSignIn::fail(const QString &staffId, Problem problem)
{
    Journal::StaffLockout colleague;
    if (problem == Problem::WrongPin) {
        colleague.failures
            = m_journal.staffLockout(staffScope(staffId)).value_or(Journal::StaffLockout {}).failures + 1;
        qCWarning(lcSignIn).noquote()
            << "wrong PIN for" << staffId << colleague.failures << "of" << m_settings.maxPinAttempts;
        if (colleague.failures >= m_settings.maxPinAttempts) {
            colleague = { 0, m_clock.now().addSecs(m_settings.lockoutSeconds) };
            problem = Problem::Locked;
        }
    }
    if (!record(staffId, colleague, problem == Problem::UnknownBadge ? u"unknown_badge"_s : u"wrong_pin"_s))
        return;
    setProblem(lockedUntil(kioskScope()).isValid() ? Problem::KioskLocked : problem);
}

void StaffSignIn::setProblem(Problem problem)
{
    m_problem = problem;
    Q_EMIT problemChanged(); // also when unchanged: "n attempts left" moved on
}

} // namespace kiosk
