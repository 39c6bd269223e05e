#pragma once

#include <QMetaEnum>
#include <QObject>
#include <QString>

namespace kiosk::drivers {

/// The drop-off chute: an electrically locked flap with a sensor that sees an item pass.
/// unlock() opens the flap for one item; the backend reports the item, then closes and locks.
class ChuteLock : public QObject
{
    Q_OBJECT
public:
    enum class Fault { None, Jammed, ItemNotSensed, BinFull, Offline };
    Q_ENUM(Fault)
    /// How a self-test cycle (testCycle()) ended.
    enum class Cycle { Closed, DidNotOpen, DidNotClose, Offline };
    Q_ENUM(Cycle)

    using QObject::QObject;

    /// A fault as reason codes and fault events name it: "jammed", "binfull", "itemnotsensed", ...
    static QString faultCode(Fault fault)
    {
        return QString::fromLatin1(QMetaEnum::fromType<Fault>().valueToKey(int(fault))).toLower();
    }

    /// Opens the chute for one item. Exactly one of itemAccepted() or faulted() follows.
    virtual void acceptItem() = 0;
    /// Stops waiting for an item and locks the chute (shopper cancelled or timed out).
    virtual void abort() = 0;
    virtual bool isOpen() const = 0;
    /// How long the open chute waits for the item before it locks again (then ItemNotSensed).
    virtual int itemTimeoutMs() const = 0;
    /// The self-test: unlocks, waits for the flap to open, locks again and waits for it to report
    /// closed (within the flap time, 2 s). Exactly one cycled() follows; ignored while an item is awaited.
    virtual void testCycle() = 0;

Q_SIGNALS:
    void opened();
    /// The item passed the sensor and the chute is closed and locked again.
    void itemAccepted();
    void faulted(kiosk::drivers::ChuteLock::Fault fault);
    void cycled(kiosk::drivers::ChuteLock::Cycle result);
};

/// A chute as the hardware profile names it ("main" when it declares one), for the parts that drive
/// several without owning them.
struct NamedChute
{
    QString id;
    ChuteLock *lock = nullptr;
};

} // namespace kiosk::drivers
