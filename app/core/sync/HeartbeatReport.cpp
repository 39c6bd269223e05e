#include "HeartbeatReport.h"

#include "policy/PolicyStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

/// The newest fault events a heartbeat looks at: enough for every device a kiosk has.
constexpr int MaxFaultEvents = 500;

QJsonValue orNull(const std::optional<qint64> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

QJsonObject HeartbeatReport::facts(const Inputs &inputs, Journal &journal)
{
    const QStorageInfo disk(inputs.dataDir);
    return {
        { u"softwareVersion"_s, inputs.softwareVersion.isEmpty() ? QJsonValue() : inputs.softwareVersion },
        { u"hardwareProfile"_s, inputs.hardwareProfile.isEmpty() ? QJsonValue() : inputs.hardwareProfile },
        { u"policy"_s, activePolicy(inputs.dataDir) },
        { u"cacheAgeSeconds"_s,
            orNull(inputs.cacheSyncedAt.isValid()
                    ? std::optional<qint64>(std::max<qint64>(0, inputs.cacheSyncedAt.secsTo(inputs.now)))
                    : std::nullopt) },
        { u"devices"_s, deviceFaults(journal) },
        { u"selfTest"_s, lastSelfTest(journal) },
        { u"diskFreeBytes"_s,
            orNull(disk.isValid() ? std::optional<qint64>(disk.bytesAvailable()) : std::nullopt) },
        { u"uptimeSeconds"_s, orNull(systemUptimeSeconds()) },
    };
}

QJsonObject HeartbeatReport::deviceFaults(Journal &journal)
{
    // Delivered events stay in the outbox, so the journal knows every fault the kiosk reported.
    sql::Statement query = journal.database().prepare(
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE kind = 'event' "
        "AND json_extract(CAST(payload AS TEXT), '$.type') = 'fault' ORDER BY seq DESC LIMIT ?1");
    QJsonObject devices;
    if (!query.isValid())
        return devices;
    query.bind(1, MaxFaultEvents);
    while (query.step() == sql::Statement::Step::Row) {
        const QJsonObject fault
            = QJsonDocument::fromJson(query.text(0).toUtf8()).object().value("payload"_L1).toObject();
        const QString device = fault.value("device"_L1).toString();
        if (device.isEmpty() || devices.contains(device))
            continue; // newest first: the first event per device is its state
        const bool cleared = fault.value("cleared"_L1).toBool();
        devices.insert(device,
            QJsonObject { { u"state"_s, cleared ? u"ok"_s : u"fault"_s },
                { u"code"_s, fault.value("code"_L1) }, { u"message"_s, fault.value("message"_L1) },
                { u"since"_s, fault.value("at"_L1) } });
    }
    return devices;
}

QJsonValue HeartbeatReport::lastSelfTest(Journal &journal)
{
    sql::Statement query = journal.database().prepare(
        "SELECT CAST(payload AS TEXT) FROM outbox WHERE kind = 'event' "
        "AND json_extract(CAST(payload AS TEXT), '$.type') = 'selftest.completed' ORDER BY seq DESC LIMIT 1");
    if (!query.isValid() || query.step() != sql::Statement::Step::Row)
        return {};
    const QJsonObject run
        = QJsonDocument::fromJson(query.text(0).toUtf8()).object().value("payload"_L1).toObject();
    QJsonObject parts;
    for (const QJsonValue &result : run.value("results"_L1).toArray())
        parts.insert(result["part"_L1].toString(),
            QJsonObject { { u"outcome"_s, result["outcome"_L1] }, { u"message"_s, result["message"_L1] } });
    return QJsonObject { { u"at"_s, run.value("at"_L1) }, { u"passed"_s, run.value("passed"_L1).toBool() },
        { u"origin"_s, run.value("origin"_L1) }, { u"parts"_s, parts } };
}

QJsonValue HeartbeatReport::activePolicy(const QString &dataDir)
{
    QFile file(PolicyStore::activeBundlePath(dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // Verified when it was stored; the heartbeat only names it.
    const QJsonObject policy = QJsonDocument::fromJson(file.readAll()).object().value("policy"_L1).toObject();
    if (policy.isEmpty())
        return {};
    return QJsonObject { { u"id"_s, policy.value("id"_L1) }, { u"version"_s, policy.value("version"_L1) } };
}

std::optional<qint64> HeartbeatReport::systemUptimeSeconds()
{
    QFile file(u"/proc/uptime"_s);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const double seconds = file.readLine().split(' ').value(0).toDouble(&ok);
    return ok ? std::optional<qint64>(qint64(seconds)) : std::nullopt;
}

} // namespace kiosk
