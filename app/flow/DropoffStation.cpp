#include "DropoffStation.h"

#include "indicator/Indicator.h"
#include "sensor/ItemSensor.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDropoff, "kiosk.dropoff")

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

using drivers::ChuteLock;
using drivers::Indicator;

DropoffStation::DropoffStation(std::vector<Chute> chutes, std::vector<drivers::BinSpec> bins,
    drivers::ItemSensor &scale, Indicator &light, Config config, QObject *parent)
    : QObject(parent)
    , m_bins(std::move(bins))
    , m_scale(scale)
    , m_light(light)
    , m_config(config)
{
    Q_ASSERT(!chutes.empty() && !m_bins.empty());
    for (Chute &chute : chutes)
        m_chutes.push_back({ std::move(chute), std::nullopt });
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        qCWarning(lcDropoff) << "the chute closed but the scale saw nothing: expected" << m_expected
                             << "g, read" << m_scale.grams() - m_baseline << "g";
        fail(ChuteLock::Fault::ItemNotSensed);
    });
    for (size_t i = 0; i < m_chutes.size(); ++i)
        watch(i);
    connect(&m_scale, &drivers::ItemSensor::reading, this, &DropoffStation::onReading);
    connect(&m_scale, &drivers::ItemSensor::faulted, this, [this](drivers::ItemSensor::Fault fault) {
        if (!m_busy || !weighed())
            return;
        if (fault == drivers::ItemSensor::Fault::Overload) {
            fail(ChuteLock::Fault::BinFull);
        } else if (m_waiting) { // the scale went away: the chute's own sensor saw the item pass
            qCWarning(lcDropoff) << "scale offline: trusting the chute's light barrier";
            succeed();
        }
    });
    m_scale.start();
    m_light.setState(Indicator::State::Ready);
}

DropoffStation::DropoffStation(
    ChuteLock &chute, drivers::ItemSensor &scale, Indicator &light, Config config, QObject *parent)
    : DropoffStation({ { u"main"_s, &chute } }, { { u"MAIN"_s, u"main"_s } }, scale, light, config, parent)
{ }

void DropoffStation::watch(size_t index)
{
    ChuteLock *lock = m_chutes[index].chute.lock;
    connect(lock, &ChuteLock::opened, this, [this, index] {
        if (!m_busy || index != m_active)
            return;
        m_light.setState(Indicator::State::Busy);
        Q_EMIT opened();
    });
    connect(lock, &ChuteLock::itemAccepted, this, [this, index] {
        setDown(index, std::nullopt); // it works
        if (index == m_active)
            onChuteClosed();
    });
    connect(lock, &ChuteLock::faulted, this, [this, index](ChuteLock::Fault fault) {
        if (fault == ChuteLock::Fault::Jammed || fault == ChuteLock::Fault::Offline)
            setDown(index, fault);
        if (m_busy && index == m_active)
            fail(fault);
    });
    connect(lock, &ChuteLock::cycled, this, [this, index](ChuteLock::Cycle cycle) {
        if (cycle == ChuteLock::Cycle::Closed)
            setDown(index, std::nullopt);
        else
            setDown(index,
                cycle == ChuteLock::Cycle::Offline ? ChuteLock::Fault::Offline : ChuteLock::Fault::Jammed);
    });
}

void DropoffStation::setDown(size_t index, std::optional<ChuteLock::Fault> fault)
{
    ChuteState &state = m_chutes[index];
    if (state.down == fault)
        return;
    state.down = fault;
    qCWarning(lcDropoff).noquote() << "chute" << state.chute.id
                                   << (fault ? u"out of service: "_s + ChuteLock::faultCode(*fault)
                                             : u"back in service"_s);
    Q_EMIT serviceChanged();
}

size_t DropoffStation::indexOf(const QString &bin) const
{
    const auto spec = std::find_if(
        m_bins.begin(), m_bins.end(), [&bin](const drivers::BinSpec &b) { return b.id == bin; });
    const QString chute = spec != m_bins.end() ? spec->chute : m_bins.front().chute;
    for (size_t i = 0; i < m_chutes.size(); ++i)
        if (m_chutes[i].chute.id == chute)
            return i;
    return 0;
}

QString DropoffStation::chuteOf(const QString &bin) const
{
    return m_chutes[indexOf(bin)].chute.id;
}

bool DropoffStation::binInService(const QString &bin) const
{
    return bin.isEmpty() || !m_chutes[indexOf(bin)].down;
}

QMap<QString, ChuteLock::Fault> DropoffStation::chutesDown() const
{
    QMap<QString, ChuteLock::Fault> down;
    for (const ChuteState &state : m_chutes)
        if (state.down)
            down.insert(state.chute.id, *state.down);
    return down;
}

bool DropoffStation::chuteOpen() const
{
    return m_chutes[m_active].chute.lock->isOpen();
}

int DropoffStation::itemTimeoutMs() const
{
    return m_chutes[m_active].chute.lock->itemTimeoutMs();
}

void DropoffStation::acceptItem(const QString &bin, int expectedGrams)
{
    if (m_busy)
        return;
    m_busy = true;
    m_waiting = false;
    m_active = indexOf(bin);
    m_expected = expectedGrams;
    m_baseline = m_scale.grams();
    if (const auto down = m_chutes[m_active].down) { // out of service: don't try
        QTimer::singleShot(0, this, [this, fault = *down] { fail(fault); });
        return;
    }
    if (weighed() && binFull(m_baseline)) { // nothing more fits: don't open
        QTimer::singleShot(0, this, [this] { fail(ChuteLock::Fault::BinFull); });
        return;
    }
    m_chutes[m_active].chute.lock->acceptItem();
}

void DropoffStation::abort()
{
    m_settle.stop();
    m_busy = m_waiting = false;
    m_chutes[m_active].chute.lock->abort();
    m_light.setState(Indicator::State::Ready);
}

void DropoffStation::setAttention(bool attention)
{
    if (!m_busy)
        m_light.setState(attention ? Indicator::State::Attention : Indicator::State::Ready);
}

void DropoffStation::onChuteClosed()
{
    if (!m_busy)
        return;
    if (!weighed()) { // no scale under this chute: its own sensor saw the item pass
        succeed();
        return;
    }
    m_waiting = true;
    m_settle.start(m_config.settleMs);
    if (m_scale.isStable())
        onReading(m_scale.grams(), true);
}

void DropoffStation::onReading(int grams, bool stable)
{
    if (!m_waiting || !stable)
        return;
    if (binFull(grams)) {
        fail(ChuteLock::Fault::BinFull);
        return;
    }
    const int added = grams - m_baseline;
    const int slack = m_expected * m_config.tolerancePercent / 100;
    const bool plausible = m_expected > 0 ? added >= m_expected - slack && added <= m_expected + slack
                                          : added >= m_config.presenceGrams;
    if (!plausible)
        return; // maybe still settling; the deadline decides
    qCInfo(lcDropoff) << "item sensed:" << added << "g" << (m_expected > 0 ? "expected" : "") << m_expected;
    succeed();
}

void DropoffStation::succeed()
{
    m_settle.stop();
    m_waiting = m_busy = false;
    m_light.setState(Indicator::State::Ready);
    Q_EMIT itemSensed();
}

void DropoffStation::fail(ChuteLock::Fault fault)
{
    qCWarning(lcDropoff) << "drop-off fault" << fault;
    m_settle.stop();
    m_waiting = m_busy = false;
    m_chutes[m_active].chute.lock->abort();
    m_light.setState(Indicator::State::Fault);
    Q_EMIT faulted(fault);
}

bool DropoffStation::binFull(int grams) const
{
    return m_config.binCapacityGrams > 0 && grams >= m_config.binCapacityGrams;
}

} // namespace kiosk
