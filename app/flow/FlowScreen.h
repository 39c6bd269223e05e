#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace kiosk {

/// The shopper journey's screens, one per state of ReturnFlow.scxml, and what each one means for the
/// session and QML: its step in the header, how the idle timer treats it, whether a scan means
/// anything there and whether the shopper may call a colleague from it. The one place that maps statechart
/// state names to screens.
class FlowScreen
{
    Q_GADGET
public:
    enum class Id {
        Attract,
        Identify,
        Verify,
        Items,
        Approval, ///< the selection needs a colleague's OK (a limit, or an item's own rule)
        Reasons,
        Questions,
        Resolution,
        Variant,
        KeepIt, ///< items the shopper keeps (returnless refund), said before the drop-off
        Review, ///< what goes back and what the shopper gets, confirmed before the chute opens
        Dropoff,
        Receipt,
        Done,
        Assistance,
        Staff,
        StaffSignIn, ///< a colleague's badge was scanned on attract: their PIN for maintenance mode
        Maintenance, ///< a signed-in colleague's maintenance home
    };
    Q_ENUM(Id)

    /// How the idle countdown treats a screen.
    enum class Idle {
        None, ///< attract: nobody to time out
        Shopper, ///< idleTimeoutSeconds, shown for its last 20 seconds
        Finishing, ///< done: doneTimeoutSeconds, always shown
        Waiting, ///< assistance: assistanceTimeoutSeconds, always shown
        Paused, ///< the printer is working
        SignedIn, ///< maintenance, staff: staff.signedInSeconds untouched signs the colleague out
    };

    /// What a scan means on a screen.
    enum class Scans { Ignored, OrderCodes, ItemTags, StaffBadges };

    struct Traits
    {
        Id id;
        const char *state; ///< the statechart state (and the QML file: <State>Screen.qml)
        int step; ///< in the header's 1..StepCount; 0 for none
        Idle idle;
        Scans scans;
        bool help; ///< "Need help?" is offered (the shopper's screens; not while the receipt prints)
    };

    static constexpr int StepCount = 6;

    static const Traits &traits(Id id);
    static std::optional<Id> fromState(const QString &state);
    static QString stateName(Id id) { return QString::fromLatin1(traits(id).state); }
    static QStringList stateNames();
};

using Screen = FlowScreen::Id;

} // namespace kiosk
