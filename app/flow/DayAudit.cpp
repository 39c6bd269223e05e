#include "DayAudit.h"

#include "Clock.h"
#include "journal/Journal.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

DayAudit::DayAudit(Journal &journal, const Clock &clock, QTimeZone storeZone, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_clock(clock)
    , m_zone(std::move(storeZone))
{ }

void DayAudit::refresh()
{
    const QDateTime midnight(m_clock.now().toTimeZone(m_zone).date().startOfDay(m_zone));
    m_entries.clear();
    for (const Journal::Event &event : m_journal.eventsSince(midnight.toUTC(), Listed)) {
        m_entries.append(QVariantMap { { u"time"_s, event.at.toTimeZone(m_zone).toString(u"HH:mm"_s) },
            { u"text"_s, describe(event.type, event.payload) },
            { u"staffId"_s, event.payload.value(u"staffId"_s).toString() }, { u"type"_s, event.type },
            { u"problem"_s, isProblem(event.type, event.payload) } });
    }
    Q_EMIT changed();
}

bool DayAudit::isProblem(const QString &type, const QJsonObject &payload)
{
    if (type == u"fault"_s)
        return !payload.value(u"cleared"_s).toBool();
    if (type == u"selftest.completed"_s)
        return !payload.value(u"passed"_s).toBool();
    return type == u"staff.sign_in_failed"_s || type == u"kiosk.out_of_service"_s
        || type == u"selftest.accepted"_s;
}

QString DayAudit::describe(const QString &type, const QJsonObject &payload)
{
    const QString staff = payload.value(u"staffId"_s).toString();
    const QString by = payload.value(u"by"_s).toString();
    if (type == u"staff.signed_in"_s)
        return tr("%1 signed in.").arg(staff);
    if (type == u"staff.signed_out"_s)
        return tr("%1 signed out (%2).").arg(staff, payload.value(u"why"_s).toString());
    if (type == u"staff.sign_in_failed"_s) {
        QString text
            = tr("Failed sign-in with badge %1 (%2).")
                  .arg(staff.isEmpty() ? tr("unknown") : staff, payload.value(u"failure"_s).toString());
        if (payload.value(u"kioskLocked"_s).toBool())
            text += u' ' + tr("Sign-in locked on this kiosk.");
        return text;
    }
    if (type == u"staff.override"_s && payload.contains(u"refusal"_s)) {
        QString text
            = tr("%1 overrode \"%2\" (rule %3) for line %4 of order %5: %6.")
                  .arg(staff, payload.value(u"refusal"_s).toString(), payload.value(u"ruleId"_s).toString())
                  .arg(payload.value(u"lineNo"_s).toInt())
                  .arg(payload.value(u"orderId"_s).toString(), payload.value(u"reason"_s).toString());
        if (const QString note = payload.value(u"note"_s).toString(); !note.isEmpty())
            text += u' ' + tr("Note: %1").arg(note);
        return text;
    }
    if (type == u"staff.override"_s)
        return tr("%1 approved \"%2\" for order %3.")
            .arg(staff, payload.value(u"reasonCode"_s).toString(), payload.value(u"orderId"_s).toString());
    if (type == u"tote.closed"_s)
        return tr("%1 emptied bin %2: tote %3 with %n item(s).", "", payload.value(u"itemCount"_s).toInt())
            .arg(staff, payload.value(u"bin"_s).toString(), payload.value(u"toteId"_s).toString());
    if (type == u"kiosk.out_of_service"_s)
        return by == u"kiosk"_s
            ? (payload.value(u"why"_s).toString() == u"chute_out_of_service"_s
                    ? tr("Out of service: no chute works.")
                    : tr("Out of service: a bin is full."))
            : tr("Taken out of service by %1 (%2).").arg(by, payload.value(u"why"_s).toString());
    if (type == u"kiosk.in_service"_s)
        return by == u"kiosk"_s ? (payload.value(u"why"_s).toString() == u"chute_in_service"_s
                       ? tr("Back in service: a chute works again.")
                       : tr("Back in service: the bin was emptied."))
                                : tr("Put back in service by %1.").arg(by);
    if (type == u"fault"_s) {
        QString device = payload.value(u"device"_s).toString();
        if (!device.isEmpty())
            device[0] = device[0].toUpper();
        const QString message = payload.value(u"message"_s).toString();
        if (payload.value(u"cleared"_s).toBool())
            return tr("%1 works again.").arg(device);
        return message.isEmpty() ? tr("%1: fault.").arg(device) : tr("%1: %2").arg(device, message);
    }
    if (type == u"selftest.completed"_s) {
        QStringList failed;
        for (const QJsonValue &result : payload.value(u"results"_s).toArray())
            if (result[u"outcome"_s].toString() == u"failed"_s)
                failed.append(result[u"message"_s].toString());
        return failed.isEmpty() ? tr("%1 ran the self-test: every part passed.").arg(by)
                                : tr("%1 ran the self-test: %2.").arg(by, failed.join(u"; "_s));
    }
    if (type == u"selftest.accepted"_s)
        return tr("%1 accepted a failed self-test: %2").arg(by, payload.value(u"reason"_s).toString());
    if (type == u"sync.dead_letter_retried"_s)
        return tr("%1 put a refused entry back in the sync queue.").arg(staff);
    if (type == u"sync.dead_letter_exported"_s)
        return tr("%1 exported refused entry %2.").arg(staff, payload.value(u"reference"_s).toString());
    return staff.isEmpty() ? type : tr("%1 (%2)").arg(type, staff);
}

} // namespace kiosk
