#include "FlowScreen.h"

#include <array>

namespace kiosk {

namespace {
using Id = FlowScreen::Id;
using Idle = FlowScreen::Idle;
using Scans = FlowScreen::Scans;

constexpr std::array<FlowScreen::Traits, 18> Table { {
    { Id::Attract, "attract", 0, Idle::None, Scans::OrderCodes, false },
    { Id::Identify, "identify", 1, Idle::Shopper, Scans::OrderCodes, true },
    { Id::Verify, "verify", 1, Idle::Shopper, Scans::Ignored, true },
    { Id::Items, "items", 2, Idle::Shopper, Scans::Ignored, true },
    { Id::Approval, "approval", 2, Idle::Shopper, Scans::Ignored, true },
    { Id::Reasons, "reasons", 3, Idle::Shopper, Scans::Ignored, true },
    { Id::Questions, "questions", 3, Idle::Shopper, Scans::Ignored, true },
    { Id::Resolution, "resolution", 4, Idle::Shopper, Scans::Ignored, true },
    { Id::Variant, "variant", 4, Idle::Shopper, Scans::Ignored, true },
    { Id::KeepIt, "keepIt", 4, Idle::Shopper, Scans::Ignored, true },
    { Id::Review, "review", 4, Idle::Shopper, Scans::Ignored, true },
    { Id::Dropoff, "dropoff", 5, Idle::Shopper, Scans::ItemTags, true },
    { Id::Receipt, "receipt", 6, Idle::Paused, Scans::Ignored, false },
    { Id::Done, "done", 6, Idle::Finishing, Scans::Ignored, true },
    { Id::Assistance, "assistance", 0, Idle::Waiting, Scans::StaffBadges, false },
    { Id::Staff, "staff", 0, Idle::SignedIn, Scans::Ignored, false },
    { Id::StaffSignIn, "staffSignIn", 0, Idle::Shopper, Scans::StaffBadges, false },
    { Id::Maintenance, "maintenance", 0, Idle::SignedIn, Scans::Ignored, false },
} };

constexpr bool tableInOrder()
{
    for (size_t i = 0; i < Table.size(); ++i)
        if (Table[i].id != Id(i))
            return false;
    return true;
}
static_assert(tableInOrder(), "one row per screen, in the enum's order");
} // namespace

const FlowScreen::Traits &FlowScreen::traits(Id id)
{
    return Table[size_t(id)];
}

std::optional<FlowScreen::Id> FlowScreen::fromState(const QString &state)
{
    for (const Traits &t : Table)
        if (state == QLatin1StringView(t.state))
            return t.id;
    return std::nullopt;
}

QStringList FlowScreen::stateNames()
{
    QStringList names;
    for (const Traits &t : Table)
        names.append(QString::fromLatin1(t.state));
    return names;
}

} // namespace kiosk
