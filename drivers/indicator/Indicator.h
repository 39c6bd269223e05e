#pragma once

#include <QObject>
#include <QString>

namespace kiosk::drivers {

/// The status light on top of the kiosk, which staff see from across the store: green when ready,
/// blinking green while a shopper is busy, blinking red when someone should come over, steady red
/// when the kiosk is out of order.
class Indicator : public QObject
{
    Q_OBJECT
public:
    enum class State { Off, Ready, Busy, Attention, Fault };
    Q_ENUM(State)

    using QObject::QObject;

    virtual void setState(State state) = 0;
    virtual State state() const = 0;
    /// Why the light cannot be driven (its lines could not be requested); empty when it works.
    virtual QString error() const { return {}; }
};

} // namespace kiosk::drivers
