#include "KioskHealth.h"

#include "Clock.h"
#include "DeviceFaultReporter.h"
#include "cache/CacheStore.h"
#include "indicator/Indicator.h"
#include "journal/Journal.h"
#include "policy/PolicyStore.h"
#include "scanner/Scanner.h"

#include <QLocale>
#include <QStorageInfo>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

using Level = HealthPart::Level;

KioskHealth::KioskHealth(Sources sources, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_clock(clock)
{
    if (drivers::ItemSensor *scale = m_sources.scale) {
        connect(scale, &drivers::ItemSensor::faulted, this, [this](drivers::ItemSensor::Fault fault) {
            m_scaleFault = fault;
            refresh();
        });
        connect(scale, &drivers::ItemSensor::reading, this,
            [this] { m_scaleFault = drivers::ItemSensor::Fault::None; });
    }
    refresh();
}

int KioskHealth::faultCount() const
{
    return int(std::count_if(
        m_parts.begin(), m_parts.end(), [](const HealthPart &p) { return p.level == Level::Fault; }));
}

std::optional<HealthPart> KioskHealth::find(const QString &part) const
{
    for (const HealthPart &p : m_parts)
        if (p.part == part)
            return p;
    return std::nullopt;
}

void KioskHealth::setSyncStatus(const SyncStatus &status)
{
    m_sync = status;
    refresh();
}

void KioskHealth::refresh()
{
    m_parts = { printer(), chute(), scanner(), scale(), light(), network(), queue(), disk(), policy(),
        orderCache() };
    Q_EMIT changed();
}

QString KioskHealth::time(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(m_sources.storeZone);
    const QLocale locale;
    if (local.date() == m_clock.now().toTimeZone(m_sources.storeZone).date())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

HealthPart KioskHealth::printer() const
{
    const QString fault = m_sources.faults ? m_sources.faults->activeFault(u"printer"_s) : QString();
    if (fault == u"paper_out")
        return { tr("Receipt printer"), tr("Out of paper"),
            tr("Load a new paper roll, then print a test page."), Level::Fault };
    if (!fault.isEmpty())
        return { tr("Receipt printer"), tr("Not answering"),
            tr("Check that the printer is switched on and its cable is in, then print a test page."),
            Level::Fault };
    return { tr("Receipt printer"), tr("Ready"), {}, Level::Ok };
}

HealthPart KioskHealth::chute() const
{
    const QString fault = m_sources.faults ? m_sources.faults->activeFault(u"chute"_s) : QString();
    if (fault == u"jammed")
        return { tr("Chute lock"), tr("Jammed"), tr("Clear the chute, then run the chute self-test."),
            Level::Fault };
    if (fault == u"binfull")
        return { tr("Chute lock"), tr("The bin under the chute is full"), tr("Empty the bin."),
            Level::Fault };
    if (fault == u"itemnotsensed")
        return { tr("Chute lock"), tr("An item was not sensed"),
            tr("Look for an item stuck in the chute, then run the chute self-test."), Level::Attention };
    if (!fault.isEmpty())
        return { tr("Chute lock"), tr("Not answering"),
            tr("Check the chute lock's power and cable, then run the chute self-test."), Level::Fault };
    return { tr("Chute lock"), tr("Closed and locked"), {}, Level::Ok };
}

HealthPart KioskHealth::scanner() const
{
    const QString camera = m_sources.camera ? tr("camera ready") : tr("no camera");
    if (!m_sources.scanner)
        return { tr("Scanner and camera"), tr("No scanner fitted; %1").arg(camera),
            m_sources.camera ? QString() : tr("Shoppers can only type their order number."),
            m_sources.camera ? Level::Ok : Level::Attention };
    if (!m_sources.scanner->isConnected())
        return { tr("Scanner and camera"), tr("Scanner unplugged; %1").arg(camera),
            tr("Plug the scanner back in. Meanwhile shoppers type their order number, and items can't go "
               "through the chute."),
            Level::Fault };
    return { tr("Scanner and camera"), tr("Scanner connected; %1").arg(camera), {}, Level::Ok };
}

HealthPart KioskHealth::scale() const
{
    switch (m_scaleFault) {
    case drivers::ItemSensor::Fault::Offline:
        return { tr("Scale"), tr("Not answering"), tr("Check the scale's cable and power."), Level::Fault };
    case drivers::ItemSensor::Fault::Overload:
        return { tr("Scale"), tr("Overloaded"),
            tr("Take the heavy item off the scale; empty the bin if it is full."), Level::Fault };
    case drivers::ItemSensor::Fault::None:
        break;
    }
    if (!m_sources.scale)
        return { tr("Scale"), tr("Not fitted"), {}, Level::Ok };
    return { tr("Scale"), tr("Reading %1 g").arg(m_sources.scale->grams()), {}, Level::Ok };
}

HealthPart KioskHealth::light() const
{
    using State = drivers::Indicator::State;
    if (!m_sources.indicator)
        return { tr("Indicator light"), tr("Not fitted"), {}, Level::Ok };
    switch (m_sources.indicator->state()) {
    case State::Off:
        return { tr("Indicator light"), tr("Off"), {}, Level::Ok };
    case State::Ready:
        return { tr("Indicator light"), tr("Ready (green)"), {}, Level::Ok };
    case State::Busy:
        return { tr("Indicator light"), tr("Busy"), {}, Level::Ok };
    case State::Attention:
        return { tr("Indicator light"), tr("Calling a colleague"), {}, Level::Ok };
    case State::Fault:
        return { tr("Indicator light"), tr("Showing a fault"), {}, Level::Attention };
    }
    return {};
}

HealthPart KioskHealth::network() const
{
    if (!m_sources.backend)
        return { tr("Network and backend"), tr("No backend set up"),
            tr("Returns are kept on this kiosk. Ask IT to set the backend in kiosk.json."),
            Level::Attention };
    if (!m_sync)
        return { tr("Network and backend"), tr("Connecting…"), {}, Level::Ok };
    if (m_sync->online)
        return { tr("Network and backend"), tr("Connected, last contact %1").arg(time(m_sync->lastSuccess)),
            {}, Level::Ok };
    const QString since = m_sync->lastSuccess.isValid()
        ? tr("Offline since %1").arg(time(m_sync->lastSuccess))
        : tr("Never reached the backend");
    return { tr("Network and backend"), since,
        tr("Check the store network. Returns are kept here and sent when the backend answers."),
        Level::Fault };
}

HealthPart KioskHealth::queue() const
{
    if (!m_sources.journal)
        return {};
    const Journal::OutboxStats stats = m_sources.journal->outboxStats();
    const QString waiting = tr("%n waiting to send", nullptr, stats.pending);
    if (stats.deadLetters > 0)
        return { tr("Sync queue"),
            waiting + u", "_s + tr("%n refused by the backend", nullptr, stats.deadLetters),
            tr("Open the sync view to see why and retry or export them."), Level::Fault };
    const bool stale = stats.oldestPending.isValid() && stats.oldestPending.secsTo(m_clock.now()) > 3600;
    if (stale)
        return { tr("Sync queue"),
            waiting + u", "_s + tr("the oldest since %1").arg(time(stats.oldestPending)),
            tr("Check the network and backend; use \"Sync now\" once it is back."), Level::Attention };
    return { tr("Sync queue"), stats.pending == 0 ? tr("Everything sent") : waiting, {}, Level::Ok };
}

HealthPart KioskHealth::disk() const
{
    const QStorageInfo volume(m_sources.dataDir);
    if (!volume.isValid())
        return { tr("Disk space"), tr("Unknown"), tr("Ask IT to check the kiosk's data folder."),
            Level::Attention };
    const qint64 free = volume.bytesAvailable();
    const QString state = tr("%1 free").arg(QLocale().formattedDataSize(free, 1));
    if (free < FaultBytes)
        return { tr("Disk space"), state,
            tr("Almost full: the kiosk will soon refuse returns. Ask IT to free space."), Level::Fault };
    if (free < WarnBytes)
        return { tr("Disk space"), state, tr("Getting low. Ask IT to free space."), Level::Attention };
    return { tr("Disk space"), state, {}, Level::Ok };
}

HealthPart KioskHealth::policy() const
{
    const auto current = m_sources.policies ? m_sources.policies->current() : nullptr;
    if (!current)
        return { tr("Return policy"), tr("None: returns are refused"),
            tr("Connect the kiosk to the backend to receive the policy."), Level::Fault };
    return { tr("Return policy"),
        tr("%1 version %2, issued %3")
            .arg(current->policyId)
            .arg(current->version)
            .arg(time(current->issuedAt)),
        {}, Level::Ok };
}

HealthPart KioskHealth::orderCache() const
{
    const QDateTime synced = m_sources.cache ? m_sources.cache->lastSyncedAt() : QDateTime();
    const auto current = m_sources.policies ? m_sources.policies->current() : nullptr;
    const int maxHours = current ? current->offlineLimits.maxCacheAgeHours.value_or(0) : 0; // 0: none
    if (!synced.isValid())
        return { tr("Order cache"), tr("Never updated from the backend"),
            m_sources.backend ? tr("Check the network and backend.") : QString(), Level::Attention };
    const qint64 hours = synced.secsTo(m_clock.now()) / 3600;
    const QString state = tr("Updated %1").arg(time(synced));
    if (maxHours > 0 && hours >= maxHours)
        return { tr("Order cache"), state,
            tr("Older than the policy's %n hour(s): offline returns are limited. Check the network.", nullptr,
                maxHours),
            Level::Attention };
    return { tr("Order cache"), state, {}, Level::Ok };
}

} // namespace kiosk
