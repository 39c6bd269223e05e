#include "KioskService.h"

#include "Clock.h"
#include "StaffSignIn.h"
#include "journal/Journal.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcService, "kiosk.service")

namespace kiosk {

KioskService::KioskService(Journal &journal, const Clock &clock, const StaffSignIn &signIn, QString kioskId,
    QMap<QString, QString> serviceDesk, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_signIn(signIn)
    , m_kioskId(std::move(kioskId))
    , m_serviceDesk(std::move(serviceDesk))
{
    if (const std::optional<QString> saved = m_journal.setting(settingKey())) {
        const QJsonObject state = QJsonDocument::fromJson(saved->toUtf8()).object();
        m_by = state.value(u"by"_s).toString(u"kiosk"_s);
        m_why = state.value(u"why"_s).toString();
        qCInfo(lcService).noquote() << "out of service since" << state.value(u"at"_s).toString() << "by"
                                    << m_by << ":" << m_why;
    }
}

bool KioskService::switchOff(const QString &why)
{
    return m_signIn.signedIn() && change(m_signIn.staffId(), why, {});
}

bool KioskService::switchOn()
{
    return m_signIn.signedIn() && change({}, m_signIn.staffId(), {});
}

void KioskService::applyCommands(const QJsonArray &commands)
{
    for (const QJsonValue &command : commands) {
        const QString type = command[u"type"_s].toString();
        const QString id = command[u"id"_s].toString();
        if (type == u"out_of_service")
            change(u"backend"_s, command[u"args"_s][u"reason"_s].toString(u"remote command"_s), id);
        else if (type == u"in_service")
            change({}, u"backend"_s, id);
    }
}

bool KioskService::change(const QString &by, const QString &why, const QString &commandId)
{
    const bool off = !by.isEmpty();
    if (off == switchedOff() && (!off || (by == m_by && why == m_why)))
        return true; // nothing changes: nothing to journal
    const QDateTime now = m_clock.now();
    // Back in service: "by" is who switched it on, "why" what had switched it off.
    QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"by"_s, off ? by : why },
        { u"why"_s, off ? why : m_why }, { u"at"_s, now.toString(Qt::ISODateWithMs) } };
    if (!commandId.isEmpty())
        payload.insert(u"commandId"_s, commandId);
    const QString value = off
        ? QString::fromUtf8(QJsonDocument(
            QJsonObject { { u"by"_s, by }, { u"why"_s, why }, { u"at"_s, now.toString(Qt::ISODateWithMs) } })
                                .toJson(QJsonDocument::Compact))
        : QString();
    const QString type = off ? u"kiosk.out_of_service"_s : u"kiosk.in_service"_s;
    if (!m_journal.changeSetting(settingKey(), value,
            { QUuid::createUuid().toString(QUuid::WithoutBraces), type, payload, now })) {
        qCCritical(lcService).noquote() << "could not record" << type << ":" << m_journal.lastError();
        return false;
    }
    qCInfo(lcService).noquote() << type << "by" << payload[u"by"_s].toString() << ":"
                                << payload[u"why"_s].toString();
    m_by = off ? by : QString();
    m_why = off ? why : QString();
    Q_EMIT changed();
    return true;
}

void KioskService::setBinFull(bool full)
{
    setCondition(m_binFull, full, u"bin_full"_s, u"bin_emptied"_s);
}

void KioskService::setChutesDown(bool down)
{
    setCondition(m_chutesDown, down, u"chute_out_of_service"_s, u"chute_in_service"_s);
}

void KioskService::setCondition(bool &condition, bool now, const QString &whyOff, const QString &whyOn)
{
    if (condition == now)
        return;
    condition = now;
    const QDateTime at = m_clock.now();
    const QString type = now ? u"kiosk.out_of_service"_s : u"kiosk.in_service"_s;
    const QJsonObject payload { { u"kioskId"_s, m_kioskId }, { u"by"_s, u"kiosk"_s },
        { u"why"_s, now ? whyOff : whyOn }, { u"at"_s, at.toString(Qt::ISODateWithMs) } };
    // The device itself is the state (the tote's count, the scale, the chute): only the audit event is
    // written.
    if (!m_journal.recordEvent(QUuid::createUuid().toString(QUuid::WithoutBraces), type, payload, at))
        qCWarning(lcService).noquote() << "could not record" << type << ":" << m_journal.lastError();
    Q_EMIT changed();
}

QString KioskService::serviceDesk(const QString &language) const
{
    if (m_serviceDesk.contains(language))
        return m_serviceDesk.value(language);
    if (m_serviceDesk.contains(u"en"_s))
        return m_serviceDesk.value(u"en"_s);
    return m_serviceDesk.isEmpty() ? QString() : m_serviceDesk.first();
}

} // namespace kiosk
