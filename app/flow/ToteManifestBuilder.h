#pragma once

#include "journal/Journal.h"
#include "printer/Receipt.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <vector>

namespace kiosk {

/// Turns a closed tote into the manifest that travels with it and that the carrier signs: the tote id
/// as text and as a Code 128, store, kiosk, when it was closed, how many items, each item's return
/// reference, SKU and title, and a signature line. Texts in the current translation, times in the
/// store's zone.
class ToteManifestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ToteManifestBuilder)
public:
    struct Config
    {
        QString retailerName {};
        QString storeName {};
        QString kioskId {};
        QTimeZone storeZone = QTimeZone::utc();
    };
    /// One line of the manifest: a returned order line's units in the tote.
    struct Item
    {
        QString returnId {};
        QString sku {};
        QString title {}; ///< the order's title for the line; the SKU when the order is not known
        int quantity = 0;
    };

    explicit ToteManifestBuilder(Config config);

    /// @p chute: the chute above the tote's bin, named when the kiosk has several; empty: not named.
    drivers::Receipt build(
        const Journal::Tote &tote, const QString &chute, const std::vector<Item> &items) const;

private:
    Config m_config;
};

} // namespace kiosk
