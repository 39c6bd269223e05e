#pragma once

#include "HealthPart.h"
#include "sensor/ItemSensor.h"
#include "sync/SyncStatus.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kiosk {

class CacheStore;
class Clock;
class DeviceFaultReporter;
class Journal;
class PolicyStore;
namespace drivers {
class Indicator;
} // namespace drivers
namespace scanner {
class Scanner;
} // namespace scanner

/// The maintenance home's "kiosk health at a glance": each part (printer, chute lock, scanner and
/// camera, scale, light, network and backend, sync queue, disk space, policy, order cache) with its
/// state in plain words and what to do, worded in the current language. Device states come from
/// DeviceFaultReporter and the devices; the rest is read from the journal, the cache, the policy store,
/// the data folder and the sync engine's last status each time refresh() is called.
class KioskHealth : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QList<kiosk::HealthPart> parts READ parts NOTIFY changed)
    /// How many parts are faulted (Level::Fault).
    Q_PROPERTY(int faultCount READ faultCount NOTIFY changed)

public:
    struct Sources
    {
        Journal *journal = nullptr;
        CacheStore *cache = nullptr;
        const PolicyStore *policies = nullptr;
        const DeviceFaultReporter *faults = nullptr;
        drivers::ItemSensor *scale = nullptr;
        drivers::Indicator *indicator = nullptr;
        scanner::Scanner *scanner = nullptr; ///< null: codes come from the camera only
        bool camera = false; ///< a camera reads codes
        QString dataDir; ///< where journal.db lives: its free space
        bool backend = false; ///< kiosk.json names a backend
        QTimeZone storeZone = QTimeZone::utc(); ///< times are said in the store's time
    };

    /// Free space below this is a fault (the kiosk would soon refuse returns); below warnBytes a warning.
    static constexpr qint64 FaultBytes = 64LL * 1024 * 1024;
    static constexpr qint64 WarnBytes = 512LL * 1024 * 1024;

    KioskHealth(Sources sources, const Clock &clock, QObject *parent = nullptr);

    QList<HealthPart> parts() const { return m_parts; }
    int faultCount() const;
    /// The part named `part` as last refreshed (tests, self-tests).
    std::optional<HealthPart> find(const QString &part) const;

    /// Reads every part again (the maintenance home calls it when it shows, and every few seconds).
    Q_INVOKABLE void refresh();
    /// The sync engine's latest status (queued from its thread).
    void setSyncStatus(const SyncStatus &status);

Q_SIGNALS:
    void changed();

private:
    HealthPart printer() const;
    HealthPart chute() const;
    HealthPart scanner() const;
    HealthPart scale() const;
    HealthPart light() const;
    HealthPart network() const;
    HealthPart queue() const;
    HealthPart disk() const;
    HealthPart policy() const;
    HealthPart orderCache() const;
    QString time(const QDateTime &at) const;

    Sources m_sources;
    const Clock &m_clock;
    std::optional<SyncStatus> m_sync;
    drivers::ItemSensor::Fault m_scaleFault = drivers::ItemSensor::Fault::None;
    QList<HealthPart> m_parts;
};

} // namespace kiosk
