#pragma once

#include "domain/Order.h"

#include <QLocale>
#include <QString>

namespace kiosk {

/// Formats integer minor units for people in the shopper's language: 2999 USD → "$29.99" in English,
/// "29,99 $" in French. Currencies without a well-known symbol show their ISO code.
inline QString formatMoney(MinorUnits amount, const QString &currency, const QLocale &locale = QLocale())
{
    QString symbol = currency;
    if (currency == u"USD" || currency == u"CAD")
        symbol = QStringLiteral("$");
    else if (currency == u"EUR")
        symbol = QStringLiteral("€");
    else if (currency == u"GBP")
        symbol = QStringLiteral("£");
    return locale.toCurrencyString(double(amount) / 100.0, symbol, 2);
}

} // namespace kiosk
