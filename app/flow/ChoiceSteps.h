#pragma once

#include "FlowEvent.h"
#include "FlowScreen.h"
#include "policy/Policy.h"

#include <QString>

#include <optional>

namespace kiosk {

class ExchangeChoice;
class ReturnChoice;

/// The choosing part of the journey: which screen follows the shopper's last answer (a colleague's
/// approval, the reasons, the questions, the resolution, the exchange, the keep-it notice, the review) and
/// what Back undoes on each of them. Screens and events only; the session sends them.
class ChoiceSteps
{
public:
    ChoiceSteps(ReturnChoice &choice, ExchangeChoice &exchange);

    /// The screen the offer still needs, or nothing when all is chosen and the drop-off can start.
    std::optional<FlowEvent> next();

    /// The items were confirmed (again): reasons, resolution and exchange are asked afresh.
    void restart();

    /// Takes @p resolution (and starts or drops the exchange with it); false when the offer refuses it.
    bool chooseResolution(Resolution resolution);

    /// The shopper read which items to keep: on to the review.
    void keptItemsSeen() { m_keptItemsSeen = true; }
    /// The shopper confirmed the review: the drop-off may start.
    void reviewConfirmed() { m_reviewConfirmed = true; }

    /// Back on @p screen: true when it stays there (the previous item or question), false when the
    /// flow goes back a screen, with what that screen had chosen undone.
    bool back(FlowScreen::Id screen);

    void clear();

private:
    ReturnChoice &m_choice;
    ExchangeChoice &m_exchange;
    bool m_keptItemsSeen = false; ///< the keep-it screen was read
    bool m_reviewConfirmed = false; ///< "Confirm and open the chute" was tapped
};

} // namespace kiosk
