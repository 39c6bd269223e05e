#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kiosk {

/// How a shopper may be made whole for a returned item.
enum class Resolution { RefundToOriginal, StoreCredit, Exchange };

QString resolutionName(Resolution resolution);
std::optional<Resolution> resolutionFromName(const QString &name);

/// A retailer's return policy after validation and signature check: plain data, immutable once loaded.
/// Every rule carries the id the eligibility engine reports when that rule decides. Amounts are minor
/// units of `currency`; category lists may use "*" for every category.
struct Policy
{
    struct Window
    {
        enum class Anchor { Delivery, Purchase };
        QString id;
        QStringList categories;
        int days = 0;
        Anchor anchor = Anchor::Delivery;
    };
    struct TierExtension
    {
        QString id;
        QString tier;
        int extraDays = 0;
    };
    struct HolidayExtension
    {
        QString id;
        QDate purchasedFrom; ///< store-local dates, inclusive
        QDate purchasedUntil;
        QDate returnUntil; ///< returnable through the end of this store-local day
    };
    struct ConditionQuestion
    {
        enum class OnFail { Ineligible, NeedsStaff };
        QString id;
        QString messageKey;
        QStringList categories;
        OnFail onFail = OnFail::NeedsStaff;
    };
    struct Reason
    {
        QString code;
        QString messageKey;
        std::vector<Resolution> resolutions;
        bool waivesRestockingFee = false;
    };
    struct RestockingFee
    {
        QString id;
        QStringList categories;
        QStringList reasons; ///< empty: every reason not waiving fees
        int percent = 0;
    };
    struct KeepIt
    {
        QString id;
        MinorUnits maxValue = 0; ///< line value at or below which the shopper keeps the item
        QStringList categories;
    };
    struct CustomerLimits
    {
        QString id;
        int maxReturnsPer30Days = 0; ///< 0: no limit
        MinorUnits maxValueWithoutStaff = 0; ///< per return; 0: no limit
    };
    struct OfflineLimits
    {
        QString id;
        int maxCacheAgeHours = 0;
        MinorUnits maxRefundPerReturn = 0;
        MinorUnits maxRefundPerDay = 0;
    };
    struct Bin
    {
        QString id;
        QStringList categories;
        QString bin;
    };

    QString policyId;
    int version = 0;
    QString retailer;
    QString currency;
    QDateTime issuedAt;
    QString defaultReason; ///< reason assumed when the shopper has not picked one yet
    int storeCreditBonusPercent = 0;
    std::vector<Window> windows;
    std::vector<TierExtension> tierExtensions;
    std::vector<HolidayExtension> holidayExtensions;
    QStringList finalSaleCategories;
    QStringList nonReturnableCategories;
    std::vector<ConditionQuestion> conditionQuestions;
    std::vector<Reason> reasons;
    std::vector<RestockingFee> restockingFees;
    std::optional<KeepIt> keepIt;
    CustomerLimits customerLimits;
    OfflineLimits offlineLimits;
    std::vector<Bin> bins;
    QHash<QString, QByteArray> returnTokenKeys; ///< keyId -> raw Ed25519 public key
    /// What a paper receipt needs besides its barcode (`receipts.secondFactor`; default the billing ZIP).
    SecondFactor receiptFactor = SecondFactor::BillingZip;

    /// The most specific rule for a category: an exact match wins over "*"; null when none applies.
    const Window *windowFor(const QString &category) const;
    const Bin *binFor(const QString &category) const;
    const Reason *reason(const QString &code) const;
    const TierExtension *tierExtension(const QString &tier) const;
    const RestockingFee *restockingFeeFor(const QString &category, const QString &reasonCode) const;
};

/// True when the list names the category or holds "*".
bool categoryMatches(const QStringList &categories, const QString &category);

} // namespace kiosk
