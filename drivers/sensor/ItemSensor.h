#pragma once

#include <QObject>

namespace kiosk::drivers {

/// A scale under the drop-off bin (or any sensor that reports weight): streams readings while
/// started. Used to confirm that an item really went in and to spot a full bin.
class ItemSensor : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, Offline, Overload };
    Q_ENUM(Fault)

    using QObject::QObject;

    virtual void start() = 0;
    virtual void stop() = 0;
    /// The last reading in grams; 0 before the first.
    virtual int grams() const = 0;
    virtual bool isStable() const = 0;
    /// The self-test: asks for a reading now, starting the scale if it is stopped. reading() or
    /// faulted() follows; a scale that says nothing is offline.
    virtual void requestReading() = 0;

Q_SIGNALS:
    void reading(int grams, bool stable);
    void faulted(kiosk::drivers::ItemSensor::Fault fault);
};

} // namespace kiosk::drivers
