#include "config/ColourContrast.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// WCAG contrast figures against values published by WCAG and measured in the screen review.
class ColourContrastTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownRatios_data()
    {
        QTest::addColumn<unsigned int>("a");
        QTest::addColumn<unsigned int>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("black on white") << 0x000000u << 0xffffffu << 21.0;
        QTest::newRow("the same") << 0x0b5cadu << 0x0b5cadu << 1.0;
        QTest::newRow("#767676, the lightest AA grey on white") << 0x767676u << 0xffffffu << 4.54;
        QTest::newRow("white on the demo accent") << 0xffffffu << 0x0b5cadu << 6.67;
        QTest::newRow("the old tag symbol, white on divider") << 0xffffffu << 0xd5d9deu << 1.42;
    }
    void knownRatios()
    {
        QFETCH(unsigned int, a);
        QFETCH(unsigned int, b);
        QFETCH(double, expected);
        QVERIFY2(std::abs(ColourContrast::ratio(a, b) - expected) < 0.01,
            qPrintable(QString::number(ColourContrast::ratio(a, b))));
        QCOMPARE(ColourContrast::ratio(a, b), ColourContrast::ratio(b, a));
    }

    void largeTextNeedsLess()
    {
        QCOMPARE(ColourContrast::textMinimum(20, false), 4.5);
        QCOMPARE(ColourContrast::textMinimum(20, true), 3.0);
        QCOMPARE(ColourContrast::textMinimum(18, true), 4.5);
        QCOMPARE(ColourContrast::textMinimum(24, false), 3.0);
    }

    void parsesOnlySixHexDigits()
    {
        QCOMPARE(ColourContrast::parseHex(u"#0b5cad"), std::optional(0x0b5cadu));
        QCOMPARE(ColourContrast::parseHex(u"#FFFFFF"), std::optional(0xffffffu));
        for (const QString &bad :
            { u"blue"_s, u"#fff"_s, u"#0b5cad0"_s, u"0b5cad1"_s, u"#0b5caz"_s, u"#+b5cad"_s, u""_s })
            QVERIFY2(!ColourContrast::parseHex(bad), qPrintable(bad));
        QCOMPARE(ColourContrast::format(4.5), u"4.5:1"_s);
        QCOMPARE(ColourContrast::format(4.49), u"4.4:1"_s);
    }
};

QTEST_GUILESS_MAIN(ColourContrastTest)
#include "tst_colourcontrast.moc"
