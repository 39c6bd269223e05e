#include "StaffTakeover.h"

#include "Clock.h"
#include "StaffCaseText.h"
#include "StaffSignIn.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcStaff, "kiosk.staff")

namespace kiosk {

StaffTakeover::StaffTakeover(
    Journal &journal, const Clock &clock, StaffSignIn &signIn, QString kioskId, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_signIn(signIn)
    , m_kioskId(std::move(kioskId))
{
    connect(&m_signIn, &StaffSignIn::changed, this, [this] {
        Q_EMIT signedInChanged();
        Q_EMIT caseChanged(); // what the colleague may do follows who is signed in
    });
}

bool StaffTakeover::signedIn() const
{
    return m_signIn.signedIn();
}

QString StaffTakeover::staffId() const
{
    return m_signIn.staffId();
}

QString StaffTakeover::problem() const
{
    switch (m_problem) {
    case Problem::None:
        break;
    case Problem::NotRecorded:
        return tr("The override couldn't be saved, so nothing changed. Please try again.");
    }
    return {};
}

QString StaffTakeover::cause() const
{
    return m_case.reasonCode.isEmpty() ? QString() : StaffCaseText::cause(m_case.reasonCode);
}

QStringList StaffTakeover::steps() const
{
    return m_case.reasonCode.isEmpty() ? QStringList() : StaffCaseText::steps(m_case.reasonCode);
}

QVariantList StaffTakeover::itemStates() const
{
    QVariantList states;
    for (const QString &title : m_case.inBin)
        states.append(QVariantMap { { u"title"_s, title }, { u"inBin"_s, true } });
    for (const QString &title : m_case.items)
        states.append(QVariantMap { { u"title"_s, title }, { u"inBin"_s, false } });
    return states;
}

void StaffTakeover::open(Case assistanceCase)
{
    m_case = std::move(assistanceCase);
    qCInfo(lcStaff).noquote() << "a colleague is needed:" << m_case.reasonCode << m_case.orderId;
    Q_EMIT caseChanged();
}

void StaffTakeover::close()
{
    signOut(u"session_ended"_s);
    m_case = {};
    setProblem(Problem::None);
    Q_EMIT caseChanged();
}

bool StaffTakeover::approve()
{
    if (!canApprove())
        return false;
    QJsonArray lines;
    for (int line : std::as_const(m_case.lines))
        lines.append(line);
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"staffId"_s, staffId() },
        { u"reasonCode"_s, m_case.reasonCode }, { u"orderId"_s, m_case.orderId }, { u"lines"_s, lines },
        { u"at"_s, m_clock.now().toString(Qt::ISODateWithMs) } };
    if (!m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), u"staff.override"_s,
            payload, m_clock.now())) {
        qCCritical(lcStaff).noquote() << "could not record the override:" << m_journal.lastError();
        setProblem(Problem::NotRecorded);
        return false;
    }
    qCInfo(lcStaff).noquote() << "override by" << staffId() << "for" << m_case.reasonCode << m_case.orderId;
    m_case.approvable = false;
    Q_EMIT caseChanged();
    Q_EMIT approved();
    return true;
}

void StaffTakeover::recordHelpRequest(const QString &screen)
{
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"orderId"_s, m_case.orderId },
        { u"screen"_s, screen }, { u"at"_s, m_clock.now().toString(Qt::ISODateWithMs) } };
    if (!m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces),
            u"shopper.help_requested"_s, payload, m_clock.now()))
        qCWarning(lcStaff).noquote() << "could not record the call for help:" << m_journal.lastError();
    qCInfo(lcStaff).noquote() << "the shopper asked for help on" << screen << m_case.orderId;
}

bool StaffTakeover::resume()
{
    if (!canResume())
        return false;
    qCInfo(lcStaff).noquote() << staffId() << "cleared the chute for" << m_case.orderId;
    m_case.resumable = false;
    Q_EMIT caseChanged();
    Q_EMIT resumed();
    return true;
}

void StaffTakeover::signOut(const QString &why)
{
    m_signIn.signOut(why);
}

void StaffTakeover::setProblem(Problem problem)
{
    m_problem = problem;
    Q_EMIT problemChanged(); // also when unchanged: "n attempts left" moved on
}

} // namespace kiosk
