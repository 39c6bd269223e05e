#include "ChoiceSteps.h"

#include "ExchangeChoice.h"
#include "ReturnChoice.h"

namespace kiosk {

ChoiceSteps::ChoiceSteps(ReturnChoice &choice, ExchangeChoice &exchange)
    : m_choice(choice)
    , m_exchange(exchange)
{ }

std::optional<FlowEvent> ChoiceSteps::next()
{
    const ReturnOffer &offer = m_choice.offer();
    if (!offer.isValid()) // every item was taken out
        return FlowEvent::GoItems;
    if (offer.firstNeedingStaff())
        return FlowEvent::GoApproval;
    if (!m_choice.reasonsGiven())
        return FlowEvent::GoReasons;
    if (m_choice.question())
        return FlowEvent::GoQuestions;
    if (!offer.resolution()) {
        const auto carried = m_choice.takeCarriedResolution(); // chosen online, with the code
        if (!carried || !chooseResolution(*carried))
            return FlowEvent::GoResolution;
    }
    if (offer.resolution() == Resolution::Exchange && !m_exchange.isComplete())
        return FlowEvent::GoVariant;
    if (offer.unitsToKeep() > 0 && !m_keptItemsSeen)
        return FlowEvent::GoKeepIt;
    if (!m_reviewConfirmed)
        return FlowEvent::GoReview;
    return std::nullopt;
}

void ChoiceSteps::restart()
{
    m_choice.restartReasons();
    m_choice.clearResolution();
    m_exchange.clear();
    m_keptItemsSeen = false;
    m_reviewConfirmed = false;
}

bool ChoiceSteps::chooseResolution(Resolution resolution)
{
    if (!m_choice.chooseResolution(resolution))
        return false;
    if (resolution == Resolution::Exchange)
        m_exchange.begin(m_choice.linesGoingBack());
    else
        m_exchange.clear(); // store credit instead: nothing of a half-chosen exchange stays
    return true;
}

bool ChoiceSteps::back(FlowScreen::Id screen)
{
    using Screen = FlowScreen::Id;
    switch (screen) {
    case Screen::Reasons:
        return m_choice.backReason(); // the previous item, on the same screen
    case Screen::Questions:
        if (m_choice.backQuestion()) // the previous question, on the same screen
            return true;
        m_choice.reviewLastReason();
        return false;
    case Screen::Resolution: // the reasons again, and the questions after them
        m_choice.forgetAnswers();
        m_choice.reviewLastReason();
        return false;
    case Screen::Variant:
        if (m_exchange.back())
            return true; // the previous item's size or colour
        [[fallthrough]];
    case Screen::KeepIt:
    case Screen::Review: // the resolution again: nothing was recorded
        m_keptItemsSeen = false;
        m_exchange.clear();
        m_choice.clearResolution();
        return false;
    default:
        return false;
    }
}

void ChoiceSteps::clear()
{
    m_keptItemsSeen = false;
    m_reviewConfirmed = false;
}

} // namespace kiosk
