#pragma once

#include "journal/Journal.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace kiosk {

/// What a heartbeat tells the backend about the kiosk beyond its queue (docs/protocol.yaml, POST
/// /v1/heartbeat): the software and hardware profile it runs, the policy in force, how old its order
/// cache is, each device's last known fault state and last self-test, the disk space left for its data
/// and the uptime.
/// Everything comes from what the kiosk already keeps; what it does not know is null or left out.
class HeartbeatReport
{
public:
    struct Inputs
    {
        QString softwareVersion {};
        QString hardwareProfile {};
        QString dataDir {}; ///< where journal.db and policy.json live
        QDateTime cacheSyncedAt {}; ///< invalid when the cache never synced
        QDateTime now {};
    };

    /// The fields to add to the heartbeat body.
    static QJsonObject facts(const Inputs &inputs, Journal &journal);
    /// Per device named in a `fault` event of the journal, its latest state: {"state": "fault"|"ok",
    /// "code", "message", "since"}. Empty when no device ever faulted (or the journal cannot be read).
    static QJsonObject deviceFaults(Journal &journal);
    /// The newest `selftest.completed` event as {"at", "passed", "origin", "parts": {part: {"outcome",
    /// "message"}}}; null when the kiosk never ran a self-test (or the journal cannot be read).
    static QJsonValue lastSelfTest(Journal &journal);
    /// {"id", "version"} of the policy bundle in @p dataDir; null when none is kept.
    static QJsonValue activePolicy(const QString &dataDir);
    /// Seconds since the system booted, from /proc/uptime; nullopt when unreadable.
    static std::optional<qint64> systemUptimeSeconds();
};

} // namespace kiosk
