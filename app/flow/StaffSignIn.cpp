#include "StaffSignIn.h"

#include "Clock.h"
#include "crypto/PinHash.h"
#include "journal/Journal.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent>

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
    forgetCheck();
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
    if (lockedUntil(kioskScope()).isValid())
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
    if (signedIn() || m_checking || !member)
        return false;
    if (lockedUntil(kioskScope()).isValid()) {
        setProblem(Problem::KioskLocked);
        return false;
    }
    if (lockedUntil(staffScope(m_badgeId)).isValid()) {
        setProblem(Problem::Locked);
        return false;
    }
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (pin.size() < m_settings.pinDigits || pin.size() > StaffSettings::MaxPinDigits
        || !digits.match(pin).hasMatch()) {
        fail(m_badgeId, Problem::WrongPin); // a guess all the same
        return false;
    }
    // PBKDF2 takes a noticeable time by design: on a worker thread, the screen keeps drawing.
    m_checking = true;
    Q_EMIT changed();
    const quint64 attempt = ++m_attempt;
    auto *watcher = new QFutureWatcher<bool>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, attempt, staffId = m_badgeId] {
        watcher->deleteLater();
        onChecked(attempt, staffId, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        [pin, salt = member->pinSalt, hash = member->pinHash, iterations = m_settings.pinIterations] {
            return crypto::PinHash::matches(pin, salt, iterations, hash);
        }));
    return true;
}

void StaffSignIn::onChecked(quint64 attempt, const QString &staffId, bool matches)
{
    if (attempt != m_attempt || !m_checking)
        return; // cancelled, or the journey moved on: nobody waits for this answer
    m_checking = false;
    if (!matches) {
        fail(staffId, Problem::WrongPin);
        Q_EMIT changed();
        Q_EMIT pinChecked(false);
        return;
    }
    if (!record(staffId, {}, {})) {
        Q_EMIT changed();
        Q_EMIT pinChecked(false);
        return;
    }
    qCInfo(lcSignIn).noquote() << "colleague" << staffId << "signed in";
    m_staffId = staffId;
    setProblem(Problem::None);
    Q_EMIT changed();
    Q_EMIT pinChecked(true);
}

void StaffSignIn::forgetCheck()
{
    ++m_attempt;
    m_checking = false;
}

void StaffSignIn::cancel()
{
    if (signedIn() || (m_badgeId.isEmpty() && m_problem == Problem::None && !m_checking))
        return;
    forgetCheck();
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
        const Journal::StaffLockout kiosk
            = m_journal.staffLockout(kioskScope()).value_or(Journal::StaffLockout {});
        if (kiosk.lockedUntil.isValid() && now < kiosk.lockedUntil) {
            lockouts.push_back({ kioskScope(), kiosk }); // already locked: journaled, not lengthened
        } else if (kiosk.failures + 1 >= kioskAttempts()) {
            const QDateTime until = now.addSecs(m_settings.lockoutSecondsFor(kiosk.lockouts + 1));
            lockouts.push_back({ kioskScope(), { 0, until, kiosk.lockouts + 1 } });
            payload.insert(u"kioskLockedUntil"_s, until.toString(Qt::ISODateWithMs));
        } else {
            lockouts.push_back({ kioskScope(), { kiosk.failures + 1, {}, kiosk.lockouts } });
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
    Journal::StaffLockout colleague
        = m_journal.staffLockout(staffScope(staffId)).value_or(Journal::StaffLockout {});
    colleague.lockedUntil = {};
    if (problem == Problem::WrongPin) {
        ++colleague.failures;
        qCWarning(lcSignIn).noquote()
            << "wrong PIN for" << staffId << colleague.failures << "of" << m_settings.maxPinAttempts;
        if (colleague.failures >= m_settings.maxPinAttempts) {
            const int nth = colleague.lockouts + 1;
            colleague = { 0, m_clock.now().addSecs(m_settings.lockoutSecondsFor(nth)), nth };
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
