#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace kiosk {

/// How a shopper may be made whole for a returned item.
enum class Resolution { RefundToOriginal, StoreCredit, Exchange };

QString resolutionName(Resolution resolution);
std::optional<Resolution> resolutionFromName(const QString &name);

/// A retailer's return policy after validation and signature check: plain data, immutable once loaded.
///
/// An ordered list of rules, each a match (what lines it is for) and effects (what it says about them).
/// Every effect of a line is set by the last rule that applies to the line and sets it: later rules
/// override earlier ones, effect by effect. Policies of format 1 are migrated to this form when loaded
/// (PolicyMigration). Amounts are minor units of `currency`.
struct Policy
{
    enum class Anchor { Delivery, Purchase };
    enum class Outcome { Returnable, NotReturnable, FinalSale, ServiceDesk, NeedsColleague };

    struct Reason
    {
        QString code;
        QString messageKey;
    };
    struct Question
    {
        QString id;
        QString messageKey;
    };
    /// Everything given must fit; an attribute left empty fits every line. Names compare without case.
    struct Match
    {
        QStringList categories; ///< category paths: "apparel" fits "apparel" and "apparel/outerwear"
        QStringList brands; ///< the line's "brand" attribute
        QStringList tags; ///< any of the line's comma-separated "tags" attribute
        std::optional<MinorUnits> minUnitPrice; ///< inclusive
        std::optional<MinorUnits> maxUnitPrice; ///< inclusive
        QStringList tiers; ///< the order's loyalty tier
        QStringList channels; ///< "store" (a paper receipt) or "online"
        QStringList reasons; ///< the return reason
        std::vector<std::pair<QString, bool>> answers; ///< question id -> the answer this rule is for

        bool isEmpty() const;
        /// Fits everything but the answers.
        bool fits(const Order &order, const OrderLine &line, const QString &reason) const;
        /// Every line this match fits, `narrower` fits too (and it constrains the same answers or more).
        bool covers(const Match &narrower) const;
    };
    struct Window
    {
        int days = 0; ///< 0: a fixed last day, `until`
        Anchor anchor = Anchor::Delivery;
        QDate until;
    };
    struct HolidayPeriod
    {
        QString id;
        QDate from; ///< store-local dates, inclusive
        QDate until;
        QDate returnUntil; ///< returnable through the end of this store-local day
    };
    struct Holidays
    {
        Anchor by = Anchor::Purchase;
        std::vector<HolidayPeriod> periods;
    };
    struct Fee
    {
        int percent = 0;
        MinorUnits amountPerUnit = 0; ///< used when percent is 0
        QStringList waivedFor; ///< reason codes
    };
    struct KeepIt
    {
        bool enabled = false;
        MinorUnits maxUnitValue = -1; ///< -1: compare the line's value instead
        MinorUnits maxLineValue = -1;
    };
    using Message = QHash<QString, QString>; ///< language ("en", "es", "fr") -> text
    struct Effects
    {
        std::optional<Window> window;
        std::optional<int> extraDays;
        std::optional<Holidays> holidays;
        std::optional<Fee> fee;
        std::optional<KeepIt> keepIt;
        std::optional<std::vector<Resolution>> resolutions;
        std::optional<int> storeCreditBonusPercent;
        std::optional<QString> bin;
        std::optional<Outcome> outcome;
        Message message; ///< with the outcome: what the shopper reads

        /// The names of the effects set, as the document spells them.
        QStringList names() const;
    };
    struct Rule
    {
        QString id;
        Match match;
        Effects effects;
    };
    /// When a colleague must approve a return. Every limit is explicit: nullopt is the document's "none"
    /// (no limit), and a number, 0 included, is the most allowed without a colleague.
    struct CustomerLimits
    {
        QString id;
        std::optional<int> maxReturnsPer30Days; ///< returns in the last 30 days
        std::optional<MinorUnits> maxValueWithoutStaff; ///< one return's refund
    };
    struct OfflineLimits
    {
        QString id;
        std::optional<int> maxCacheAgeHours; ///< older: only lines a verified return code carries
        std::optional<MinorUnits> maxRefundPerReturn;
        std::optional<MinorUnits> maxRefundPerDay; ///< this kiosk's offline refunds since local midnight
    };

    int formatVersion = 2; ///< the format the retailer wrote: 1 documents were migrated
    QString policyId;
    int version = 0;
    QString retailer;
    QString retailerId; ///< the retailer kiosks are enrolled with: another retailer's kiosks refuse it
    QDateTime notBefore; ///< kiosks take it only from notBefore up to (not including) notAfter
    QDateTime notAfter;
    QString currency;
    QDateTime issuedAt;
    QString defaultReason; ///< reason assumed when the shopper has not picked one yet
    std::vector<Reason> reasons;
    std::vector<Question> questions;
    QStringList bins;
    std::vector<Rule> rules;
    CustomerLimits customerLimits;
    OfflineLimits offlineLimits;
    QHash<QString, QByteArray> returnTokenKeys; ///< keyId -> raw Ed25519 public key
    /// What a paper receipt needs besides its barcode (`receipts.secondFactor`; default the billing ZIP).
    SecondFactor receiptFactor = SecondFactor::BillingZip;
    /// Why a colleague may take back a line the policy refuses (`overrideReasons`); none: no override.
    struct OverrideReason
    {
        QString id;
        Message label; ///< what the colleague picks, per language ("en" required)
    };
    std::vector<OverrideReason> overrideReasons;

    const Reason *reason(const QString &code) const;
    const OverrideReason *overrideReason(const QString &id) const;
    const Question *question(const QString &id) const;
};

QString outcomeName(Policy::Outcome outcome);
std::optional<Policy::Outcome> outcomeFromName(const QString &name);

} // namespace kiosk
