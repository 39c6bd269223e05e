#pragma once

#include "DeviceSet.h"
#include "dropoff/ChuteLock.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <optional>

#include <vector>

namespace kiosk {

namespace drivers {
class Indicator;
class ItemSensor;
} // namespace drivers

/// The chutes together with the scale under the first chute's bins and the light above them. Each
/// item goes through the chute of its bin (a bin the profile does not know goes where the first bin
/// goes, as the journal routes it). The light is on while a chute is open (where to drop) and shows the
/// fault colour when something fails. Under the first chute an item counts as in only when the scale
/// agrees: its weight, within a tolerance, when the line has one, else any real increase; a scale at its
/// capacity, or overloaded, is a full bin. Under another chute its own sensor is the judge.
///
/// A chute that jams, stops answering or fails its self-test takes only its own bins out of service,
/// until it takes an item or passes the self-test again.
class DropoffStation : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int presenceGrams = 20; ///< the least increase that counts as an item
        int tolerancePercent = 30; ///< a known weight may differ by this much
        int settleMs = 3000; ///< after the chute closes, how long the scale may take
        int binCapacityGrams = 20000; ///< at or above this the bin is full; 0: no limit
    };
    using Chute = drivers::NamedChute;

    /// @p chutes: at least one, the first over the scale; @p bins: each under one of them, at least one.
    DropoffStation(std::vector<Chute> chutes, std::vector<drivers::BinSpec> bins, drivers::ItemSensor &scale,
        drivers::Indicator &light, Config config, QObject *parent = nullptr);
    /// One chute ("main") over one bin ("MAIN") and the scale.
    DropoffStation(drivers::ChuteLock &chute, drivers::ItemSensor &scale, drivers::Indicator &light,
        Config config, QObject *parent = nullptr);

    /// Opens the chute of @p bin for one item weighing about `expectedGrams` (0: unknown). Exactly one
    /// of itemSensed() or faulted() follows.
    void acceptItem(const QString &bin, int expectedGrams);
    /// Stops waiting and locks the chute.
    void abort();
    /// A colleague cleared the chute of the last item: back in service.
    void chuteCleared() { setDown(m_active, std::nullopt); }
    /// A colleague put the kiosk back in service: they vouch for every chute.
    void putChutesBackInService()
    {
        for (size_t i = 0; i < m_chutes.size(); ++i)
            setDown(i, std::nullopt);
    }
    /// A colleague is needed: the light says so from across the store.
    void setAttention(bool attention);

    /// The chute an item of @p bin goes through.
    QString chuteOf(const QString &bin) const;
    /// The chute of @p bin works (an empty bin: a kept item, nothing to drop).
    bool binInService(const QString &bin) const;
    /// The chutes out of service, with the fault that took each out.
    QMap<QString, drivers::ChuteLock::Fault> chutesDown() const;
    /// No chute takes items.
    bool allChutesDown() const { return chutesDown().size() == qsizetype(m_chutes.size()); }
    /// The chute being used is open.
    bool chuteOpen() const;
    /// How long the chute being used (else the first) waits for its item.
    int itemTimeoutMs() const;

Q_SIGNALS:
    /// The chute of the current item opened.
    void opened();
    void itemSensed();
    void faulted(kiosk::drivers::ChuteLock::Fault fault);
    /// A chute went out of service or came back.
    void serviceChanged();

private:
    struct ChuteState
    {
        Chute chute;
        std::optional<drivers::ChuteLock::Fault> down;
    };

    void watch(size_t index);
    void setDown(size_t index, std::optional<drivers::ChuteLock::Fault> fault);
    size_t indexOf(const QString &bin) const;
    bool weighed() const { return m_active == 0; }
    void onChuteClosed();
    void onReading(int grams, bool stable);
    void succeed(); ///< the item is in: ready for the next
    void fail(drivers::ChuteLock::Fault fault);
    bool binFull(int grams) const;

    std::vector<ChuteState> m_chutes;
    std::vector<drivers::BinSpec> m_bins;
    drivers::ItemSensor &m_scale;
    drivers::Indicator &m_light;
    Config m_config;
    QTimer m_settle;
    size_t m_active = 0; ///< the chute of the current (or last) item
    int m_baseline = 0;
    int m_expected = 0;
    bool m_waiting = false; ///< the chute closed; the scale has to agree
    bool m_busy = false;
};

} // namespace kiosk
