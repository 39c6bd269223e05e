#include "codes/CodeParser.h"
#include "codes/TokenMinter.h"
#include "crypto/Ed25519.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using kiosk::codes::CodeParser;
using kiosk::codes::ScannedCode;

/// The parser over a bounded number of random and mutated inputs (fixed seed, so failures reproduce):
/// it never crashes, its result is self-consistent, and no mutation of a token's signed part verifies.
class TestParserRandom : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mutations()
    {
        const QByteArray seed(32, '\x07');
        CodeParser::Config config;
        config.retailerId = u"acme"_s;
        config.tokenKeys.insert(u"k1"_s, kiosk::crypto::Ed25519::publicKeyOf(seed));
        const CodeParser parser(config);
        const QDateTime now(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        const QString token = kiosk::codes::TokenMinter::mint(
            { u"acme"_s, u"k1"_s, u"T1"_s, u"RK-1000123"_s, now.addDays(3), { { 1, 2 } } }, seed);
        const qsizetype signedLength = token.lastIndexOf(u'.');
        const QStringList seeds { token, u"RK-1000123"_s, u"4006381333931"_s, u"036000291452"_s,
            u"]d201095060001343521012345\x1D"
            "21ABC"_s,
            u"(01)09506000134352(17)250600"_s, u"STAFF:E1042"_s, u"00420030012342502286"_s,
            u"ENROL-K7QM-Z2BD-4XAJ"_s };
        QRandomGenerator rng(20250301);
        int valid = 0;
        for (int i = 0; i < 20000; ++i) {
            QString input = seeds.at(int(rng.bounded(seeds.size())));
            const int edits = 1 + int(rng.bounded(4));
            bool touchedSignedPart = false;
            for (int e = 0; e < edits && !input.isEmpty(); ++e) {
                const auto at = qsizetype(rng.bounded(int(input.size())));
                touchedSignedPart |= at < signedLength;
                switch (rng.bounded(4)) {
                case 0:
                    input[at] = QChar(ushort(rng.bounded(256)));
                    break;
                case 1:
                    input.remove(at, 1 + int(rng.bounded(8)));
                    break;
                case 2:
                    input.insert(at, QChar(ushort(0x20 + rng.bounded(95))));
                    break;
                default:
                    input.truncate(at);
                    break;
                }
            }
            const ScannedCode code = parser.parse(input, now);
            QCOMPARE(code.isValid(), code.reason.isEmpty());
            QVERIFY(code.isValid() || code.errorCode() != u"ok");
            if (code.isValid() && code.kind == ScannedCode::Kind::ProductId)
                QCOMPARE(code.gtin.size(), 14);
            if (code.kind == ScannedCode::Kind::ReturnToken && touchedSignedPart && input != token
                && input.first(qMin(input.size(), signedLength)) != token.first(signedLength))
                QVERIFY2(!code.isValid(), qPrintable(u"mutated token verified: "_s + input.left(20)));
            valid += code.isValid() ? 1 : 0;
        }
        QVERIFY(valid > 0); // some mutations (e.g. of check-digit-free parts) stay valid: the loop really ran
        QCOMPARE(parser.parse(QString(CodeParser::MaxInputLength + 1, u'1'), now).error,
            ScannedCode::Error::TooLong);
    }
};

QTEST_GUILESS_MAIN(TestParserRandom)
#include "tst_parser_random.moc"
