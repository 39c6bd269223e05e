#pragma once

#include <QString>

#include <concepts>
#include <functional>

namespace kiosk {

/// A shopper-facing text worded when it is read rather than when it is made: it keeps a function of
/// the facts it states (captured by value, never live state), so switching the language mid-flow
/// re-words what is already on screen. Empty when there is nothing to say.
class FlowText
{
public:
    FlowText() = default;
    template<typename Wording>
    requires std::is_invocable_r_v<QString, Wording> FlowText(
        Wording wording) // NOLINT(google-explicit-constructor): call sites read as the text itself
        : m_wording(std::move(wording))
    { }

    bool isEmpty() const { return !m_wording; }
    /// The text in the current language.
    QString toString() const { return m_wording ? m_wording() : QString(); }

private:
    std::function<QString()> m_wording;
};

} // namespace kiosk
