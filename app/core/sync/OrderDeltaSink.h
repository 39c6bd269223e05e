#pragma once

#include "domain/Order.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace kiosk {

/// Where the order changes pulled from the backend go. Each page is applied together with its
/// cursor atomically, so a crash or a failed page never skips or half-applies changes.
class OrderDeltaSink
{
public:
    virtual ~OrderDeltaSink() = default;

    /// The cursor after the last applied page; empty before the initial load.
    virtual QString cursor() = 0;
    /// Upserts, deletes and stores nextCursor in one transaction; false leaves everything unchanged.
    /// @p countedReturns maps an upserted order's id to the returns its quantityReturned counts.
    virtual bool applyPage(const std::vector<Order> &upserts,
        const QHash<QString, QStringList> &countedReturns, const QStringList &deleted,
        const QString &nextCursor)
        = 0;
    /// Before a pull: a sink with nothing in it may switch to a faster initial-load mode.
    virtual void beginPull() = 0;
    /// After a pull; @p complete when the backend had no more pages. False when finishing failed.
    virtual bool endPull(bool complete) = 0;
    virtual QString lastError() const = 0;
};

} // namespace kiosk
