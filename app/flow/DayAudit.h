#pragma once

#include <QObject>
#include <QTimeZone>
#include <QVariantList>

namespace kiosk {

class Clock;
class Journal;

/// The maintenance home's "Today" page: the kiosk's audit events since midnight in the store's time
/// zone, newest first, each in plain words with its time and colleague (sign-ins and failed attempts,
/// overrides, totes emptied, out-of-service changes, device faults, sync actions, self-tests). Read from
/// journal.db, where each event was written with the change it tells of, so the page shows exactly what
/// the backend receives.
class DayAudit : public QObject
{
    Q_OBJECT
    /// [{time, text, staffId, type, problem}] newest first.
    Q_PROPERTY(QVariantList entries READ entries NOTIFY changed)

public:
    /// At most this many events are listed.
    static constexpr int Listed = 200;

    DayAudit(Journal &journal, const Clock &clock, QTimeZone storeZone, QObject *parent = nullptr);

    QVariantList entries() const { return m_entries; }

    Q_INVOKABLE void refresh();

    /// One event in plain words, in the current language.
    static QString describe(const QString &type, const QJsonObject &payload);
    /// Events that tell of something going wrong (failed sign-in, fault, out of service).
    static bool isProblem(const QString &type, const QJsonObject &payload);

Q_SIGNALS:
    void changed();

private:
    Journal &m_journal;
    const Clock &m_clock;
    QTimeZone m_zone;
    QVariantList m_entries;
};

} // namespace kiosk
