#pragma once

#include "domain/Order.h"

#include <QLocale>
#include <QString>

namespace kiosk {

/// The symbol people reading `locale` know `currency` by: the locale's own symbol for its own
/// currency ("$" for USD in en_US and es_US, "€" in fr_FR), the common short form for a foreign one
/// ("$US" for USD in French, "US$" in Spanish or English outside the US), and the ISO code for the
/// rest.
inline QString currencySymbol(const QString &currency, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    const bool french = locale.language() == QLocale::French;
    if (currency == u"USD")
        return french ? QStringLiteral("$US") : QStringLiteral("US$");
    if (currency == u"CAD")
        return french ? QStringLiteral("$CA") : QStringLiteral("CA$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    return currency;
}

/// Formats integer minor units for people in the shopper's language (the default locale follows
/// it): 2999 USD → "$29.99" in en_US, "29,99 $US" in French, "29,99 €" for EUR in fr_FR.
inline QString formatMoney(MinorUnits amount, const QString &currency, const QLocale &locale = QLocale())
{
    return locale.toCurrencyString(double(amount) / 100.0, currencySymbol(currency, locale), 2);
}

} // namespace kiosk
