#include "domain/Money.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Prices in the shopper's language and the store's currency: the locale's own symbol for its own
/// currency, the short form a reader of that language knows for a foreign one.
class MoneyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("expected");
        // toCurrencyString separates number and symbol with a no-break space where the language does.
        QTest::newRow("en_US USD") << u"en_US"_s << u"USD"_s << u"$24.99"_s;
        QTest::newRow("es_US USD") << u"es_US"_s << u"USD"_s << u"$24.99"_s;
        QTest::newRow("fr (US store) USD") << u"fr_FR"_s << u"USD"_s << u"24,99\u00a0$US"_s;
        QTest::newRow("es_ES USD") << u"es_ES"_s << u"USD"_s << u"24,99\u00a0US$"_s;
        QTest::newRow("fr_FR EUR") << u"fr_FR"_s << u"EUR"_s << u"24,99\u00a0€"_s;
        QTest::newRow("fr_CA CAD") << u"fr_CA"_s << u"CAD"_s << u"24,99\u00a0$"_s;
        QTest::newRow("en_US CAD") << u"en_US"_s << u"CAD"_s << u"CA$24.99"_s;
        QTest::newRow("en_GB GBP") << u"en_GB"_s << u"GBP"_s << u"£24.99"_s;
        QTest::newRow("en_US CHF") << u"en_US"_s << u"CHF"_s << u"CHF24.99"_s;
    }
    void formatsInTheReadersLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, currency);
        QFETCH(QString, expected);
        QCOMPARE(formatMoney(2499, currency, QLocale(locale)), expected);
    }
};

QTEST_GUILESS_MAIN(MoneyTest)
#include "tst_money.moc"
