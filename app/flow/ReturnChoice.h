#pragma once

#include "ReturnLinesModel.h"
#include "domain/CustomerHistory.h"
#include "offer/ReturnOffer.h"

#include <QObject>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace kiosk {

class Clock;

/// The shopper's choices for one order and the offer they give: which items and how many units, a
/// reason for each, the condition answers, the resolution, and what a colleague approved. Every change
/// asks ReturnOffer again, so whatever the screens show and the record holds is the offer's. It also
/// steps through the reasons (one chosen item at a time) and the questions (always the first one the
/// offer still needs answered).
class ReturnChoice : public QObject
{
    Q_OBJECT
public:
    /// The order as the kiosk knows it (every known return counted) and the customer's history.
    struct Source
    {
        Order order;
        CustomerHistory history;
        QDateTime cacheSyncedAt;
        std::shared_ptr<const Policy> policy;
        QSet<int> staffOverrides {}; ///< refused lines a colleague overrode (an assisted return)
    };
    /// A line chosen before the kiosk: from a return code, with what the shopper chose online.
    struct Preselected
    {
        int lineNo = 0;
        int quantity = 1;
        QString reason; ///< empty: the shopper picks it here
        QString resolution; ///< policy name; empty: the shopper picks it here
    };
    /// What a condition answer did to the return.
    enum class Answer { Recorded, ItemDropped, ColleagueNeeded };

    ReturnChoice(const Clock &clock, const QTimeZone &storeZone, QObject *parent = nullptr);

    /// Opens an order. Preselected lines are chosen, with their reason and resolution where the policy
    /// and the offer allow them (otherwise the shopper is asked as usual). With @p boundByCode they came
    /// from a return code that bounds the return: only its lines, at most its units (each line says so),
    /// and offline with a stale cache they are still decided (the code vouches for them).
    void open(Source source, bool offline, const std::vector<Preselected> &preselected = {},
        bool boundByCode = false);
    void clear();
    bool isOpen() const { return m_order.has_value(); }
    const Order &order() const { return *m_order; }
    const Policy &policy() const { return *m_policy; }
    ReturnLinesModel *lines() { return &m_lines; }
    const ReturnOffer &offer() const { return m_offer; }

    /// Whether a bin's chute takes items now (unset: every bin does); the offer refuses lines for one
    /// that doesn't.
    void setBinInService(std::function<bool(const QString &bin)> binInService)
    {
        m_binInService = std::move(binInService);
    }

    bool setSelected(int lineNo, bool selected);
    bool setQuantity(int lineNo, int quantity);
    int selectedCount() const { return int(m_selection.lines.size()); }
    /// The lines the offer takes back, in order (an exchange picks a size or colour for each).
    std::vector<OrderLine> linesGoingBack() const;

    /// Whether every chosen line has its reason, chosen here or carried by the return code.
    bool reasonsGiven() const;
    /// The shopper confirmed the items again: every reason is asked again, from the first item.
    void restartReasons();
    /// On the reasons screen: which chosen line is asked about (0-based) and the line itself.
    int reasonStep() const { return m_reasonStep; }
    const OrderLine *reasonLine() const;
    /// The reason for reasonLine(); then the next line. False for a reason the policy doesn't list.
    bool chooseReason(const QString &code);
    /// The previous line's reason; false at the first.
    bool backReason();
    /// Back to the last line's reason (from the screens after it).
    void reviewLastReason();

    /// The first condition question still unanswered: (line, question id).
    std::optional<std::pair<int, QString>> question() const;
    int questionsAnswered() const { return int(m_answered.size()); }
    Answer answer(bool yes);
    /// Forgets the last answer, which is then asked again; false when none was given.
    bool backQuestion();
    /// Every answer is asked again.
    void forgetAnswers();
    /// A colleague checked the item the last answer was about: as if the shopper had said yes.
    void colleagueConfirmsLastAnswer();

    bool chooseResolution(Resolution resolution);
    void clearResolution();
    /// A colleague approved these lines although the policy asks for staff.
    void approve(const QList<int> &lineNos);
    /// The resolution a return code carried, if the offer allows it; used once, then forgotten.
    std::optional<Resolution> takeCarriedResolution();

Q_SIGNALS:
    /// The selection or the offer changed: re-read every figure.
    void changed();

private:
    /// Only the code's lines stay choosable, each up to the code's units.
    static void boundByReturnCode(
        std::vector<ReturnLinesModel::Entry> &entries, const std::vector<Preselected> &codeLines);
    void recompute();
    ReturnOffer::Context context() const;

    const Clock &m_clock;
    QTimeZone m_storeZone;
    std::optional<Order> m_order;
    CustomerHistory m_history;
    QDateTime m_cacheSyncedAt;
    std::shared_ptr<const Policy> m_policy;
    bool m_offline = false;
    QList<int> m_carriedByCode; ///< the lines of the return code the order was opened with
    std::function<bool(const QString &bin)> m_binInService;
    QSet<int> m_staffOverrides;
    ReturnLinesModel m_lines;
    ReturnSelection m_selection;
    ReturnOffer m_offer;
    QSet<int> m_reasoned; ///< chosen lines whose reason was given
    int m_reasonStep = 0;
    std::vector<std::pair<int, QString>> m_answered; ///< in the order they were answered
    std::optional<Resolution> m_carriedResolution;
};

} // namespace kiosk
