#pragma once

#include "Policy.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kiosk {

/// A policy document of format 1 as the loader checks it before migrating it to format 2 (PolicyMigration):
/// per-topic lists (windows, fees, bins, ...) over the kiosk's fixed category list. Amounts are minor
/// units of `currency`; category lists may use "*" for every category.
struct PolicyV1
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
    using CustomerLimits = Policy::CustomerLimits; ///< unchanged in format 2
    using OfflineLimits = Policy::OfflineLimits;
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

    /// The most specific rule for a category: an exact match wins over "*"; null when none applies.
    const Window *windowFor(const QString &category) const;
    const Bin *binFor(const QString &category) const;
    const Reason *reason(const QString &code) const;
    const TierExtension *tierExtension(const QString &tier) const;
};

} // namespace kiosk
