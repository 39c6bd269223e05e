#pragma once

#include "ReturnSelection.h"
#include "domain/CustomerHistory.h"
#include "domain/Order.h"
#include "eligibility/LineDecision.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace kiosk {

/// The one answer to "what does this shopper get back?": the eligibility engine asked about exactly
/// what the shopper selected (lines, units, reasons, answers, resolution), with the order-wide limits
/// (value without staff, offline per return and per day, per customer) evaluated over that selection
/// only. The journey's screens, its record and receipt, and `kioskctl check --select` all take their
/// figures from it. Pure: no clock, no files, the same inputs always give the same offer.
class ReturnOffer
{
public:
    /// Everything a decision depends on besides the selection.
    struct Context
    {
        const Order *order = nullptr; ///< with quantityReturned counting every known return
        const Policy *policy = nullptr;
        CustomerHistory history;
        QDateTime now;
        QTimeZone storeZone = QTimeZone::utc();
        bool offline = false;
        QDateTime cacheSyncedAt; ///< when the cache was last complete; invalid if never
        QList<int> carriedByCode = {}; ///< lines a verified return code carries (EligibilityRequest)
        /// Whether the chute of a bin (the policy's name) takes items now; unset: every bin does. A line
        /// for a bin out of service is refused ("bin.out_of_service").
        std::function<bool(const QString &bin)> binInService {};
        /// Order lines a signed-in colleague overrode (OrderDesk, with a reason journaled): a refused line
        /// among them goes back as if a colleague had approved it.
        QSet<int> staffOverrides {};
    };

    /// Why a selection is refused as a whole: nothing of it may be recorded.
    enum class Problem {
        None,
        NothingSelected,
        UnknownLine,
        DuplicateLine,
        BadQuantity,
        QuantityExceeds,
        UnknownReason,
        UnaskedAnswer,
        ResolutionNotAllowed,
    };

    /// Money for some units of a line, in minor units.
    struct Figures
    {
        MinorUnits value = 0; ///< what the shopper paid
        MinorUnits fee = 0; ///< restocking fee
        MinorUnits refund = 0; ///< value - fee
        MinorUnits bonus = 0; ///< the store-credit bonus on the refund
        /// What these units give back under a resolution: store credit adds the bonus.
        MinorUnits amount(Resolution resolution) const
        {
            return refund + (resolution == Resolution::StoreCredit ? bonus : 0);
        }
    };

    /// One selected line: the engine's decision for the units chosen, and whether a colleague approved it.
    struct Line
    {
        LineDecision decision;
        QString sku;
        QString title;
        bool staffApproved = false; ///< the policy asked for staff and a colleague approved
        bool hasVariants = false; ///< another size or colour exists, so an exchange is possible

        int lineNo() const { return decision.lineNo; }
        int quantity() const { return decision.quantity; }
        bool goesBack() const
        {
            return decision.decision == LineDecision::Decision::Eligible || staffApproved;
        }
        bool needsStaff() const
        {
            return decision.decision == LineDecision::Decision::NeedsStaff && !staffApproved;
        }
        Figures figures() const;
        /// The share of the line's figures for units [from, to) of its quantity; the shares of a split
        /// add up to figures() exactly.
        Figures unitsFigures(int from, int to) const;
    };

    static ReturnOffer make(const Context &context, const ReturnSelection &selection);
    /// Each order line on its own, with every unit left, the policy's default reason and no order-wide
    /// limit: what the item list shows before anything is chosen.
    static std::vector<LineDecision> catalogue(const Context &context);

    Problem problem() const { return m_problem; }
    /// Stable, e.g. "quantity-exceeds"; "ok" when there is no problem.
    static QString problemCode(Problem problem);
    /// The line the problem is about (0 when none).
    int problemLine() const { return m_problemLine; }
    /// English, for logs and kioskctl: which line, question or resolution, and what was expected.
    QString problemDetail() const { return m_problemDetail; }
    bool isValid() const { return m_problem == Problem::None; }

    QString orderId() const { return m_orderId; }
    QString currency() const { return m_currency; }
    QString policyId() const { return m_policyId; }
    int policyVersion() const { return m_policyVersion; }
    bool offline() const { return m_offline; }

    const std::vector<Line> &lines() const { return m_lines; }
    const Line *line(int lineNo) const;
    /// The resolution the shopper chose, if any.
    std::optional<Resolution> resolution() const { return m_resolution; }
    /// The resolutions every line going back allows (exchange only when each has another size/colour).
    std::vector<Resolution> resolutions() const;
    /// Some line needs a colleague (its own rule or an order-wide limit) and none has approved it yet.
    bool needsStaff() const { return firstNeedingStaff() != nullptr; }
    const Line *firstNeedingStaff() const;
    /// Condition questions still unanswered, in line order: (line number, question id).
    std::vector<std::pair<int, QString>> openQuestions() const;
    /// Units that go back into the bin, and units the shopper keeps (returnless refund).
    int unitsToDrop() const;
    int unitsToKeep() const;

    /// Sums over the lines that go back; with `withLinesNeedingStaff`, also over those a colleague
    /// still has to approve (what the selection would give).
    Figures totals(bool withLinesNeedingStaff = false) const;
    /// What the whole return gives under a resolution; under the chosen one when none is named
    /// (refund to the original payment before a choice).
    MinorUnits total(std::optional<Resolution> resolution = std::nullopt) const;

    QJsonObject toJson() const;

private:
    void refuse(Problem problem, int lineNo, QString detail);

    Problem m_problem = Problem::None;
    int m_problemLine = 0;
    QString m_problemDetail;
    QString m_orderId;
    QString m_currency;
    QString m_policyId;
    int m_policyVersion = 0;
    bool m_offline = false;
    std::optional<Resolution> m_resolution;
    std::vector<Line> m_lines;
};

} // namespace kiosk
