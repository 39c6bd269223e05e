#include "codes/CodeParser.h"
#include "codes/TokenMinter.h"
#include "crypto/Ed25519.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using kiosk::codes::CodeParser;
using kiosk::codes::ScannedCode;
using kiosk::codes::TokenLine;
using kiosk::codes::TokenMinter;
using Kind = ScannedCode::Kind;
using Error = ScannedCode::Error;

namespace {
const QByteArray RetailerSeed(32, '\x07');
const QByteArray OtherSeed(32, '\x09');
const QDateTime Now = QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);

TokenMinter::Token sampleToken()
{
    return { u"acme"_s, u"k1"_s, u"t8Xq2"_s, u"RK-1000123"_s, Now.addDays(14), { { 1, 2 }, { 3, 1 } } };
}

CodeParser parser()
{
    CodeParser::Config config;
    config.retailerId = u"acme"_s;
    config.tokenKeys.insert(u"k1"_s, kiosk::crypto::Ed25519::publicKeyOf(RetailerSeed));
    return CodeParser(config);
}

/// A 20-digit receipt barcode with its check digit.
QString receipt(const QString &first19)
{
    return first19 + QString::number(CodeParser::gs1CheckDigit(first19));
}

QString enrolment(const QString &eleven)
{
    return u"ENROL-"_s + eleven.first(4) + u'-' + eleven.sliced(4, 4) + u'-' + eleven.sliced(8, 3)
        + CodeParser::enrolmentCheckChar(eleven);
}
} // namespace

/// The parser against a fixture table of real-shaped payloads, good and bad.
class TestCodeParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("key"); // orderId, gtin, staffId or enrolmentCode when valid

        const QString token = TokenMinter::mint(sampleToken(), RetailerSeed);
        auto expired = sampleToken();
        expired.expiresAt = Now;
        auto otherRetailer = sampleToken();
        otherRetailer.retailerId = u"globex"_s;
        auto otherKey = sampleToken();
        otherKey.keyId = u"k9"_s;
        QString flipped = token;
        const auto sigAt = token.lastIndexOf(u'.') + 10;
        flipped[sigAt] = flipped[sigAt] == u'A' ? u'B' : u'A';

        QTest::newRow("token") << token << Kind::ReturnToken << Error::None << u"RK-1000123"_s;
        QTest::newRow("token in url") << u"https://returns.example.com/r/"_s + token + u"?utm=x"_s
                                      << Kind::ReturnToken << Error::None << u"RK-1000123"_s;
        QTest::newRow("token expired") << TokenMinter::mint(expired, RetailerSeed) << Kind::ReturnToken
                                       << Error::Expired << u"RK-1000123"_s;
        QTest::newRow("token other retailer") << TokenMinter::mint(otherRetailer, RetailerSeed)
                                              << Kind::ReturnToken << Error::OtherRetailer << QString();
        QTest::newRow("token unknown key") << TokenMinter::mint(otherKey, RetailerSeed) << Kind::ReturnToken
                                           << Error::UnknownKey << QString();
        QTest::newRow("token forged") << TokenMinter::mint(sampleToken(), OtherSeed) << Kind::ReturnToken
                                      << Error::BadSignature << QString();
        QTest::newRow("token flipped signature")
            << flipped << Kind::ReturnToken << Error::BadSignature << QString();
        QTest::newRow("token truncated")
            << token.chopped(5) << Kind::ReturnToken << Error::Malformed << QString();
        QTest::newRow("token no signature")
            << token.first(token.lastIndexOf(u'.')) << Kind::ReturnToken << Error::Malformed << QString();
        QTest::newRow("token junk payload")
            << u"RK1.aGVsbG8.AAAA"_s << Kind::ReturnToken << Error::Malformed << QString();
        QTest::newRow("url not a return link")
            << u"https://example.com/promo"_s << Kind::Unknown << Error::NotRecognised << QString();

        QTest::newRow("order") << u"RK-1234567"_s << Kind::OrderNumber << Error::None << u"RK-1234567"_s;
        QTest::newRow("order typed") << u" rk 123-4567 "_s << Kind::OrderNumber << Error::None
                                     << u"RK-1234567"_s;
        QTest::newRow("order short") << u"RK-12345"_s << Kind::OrderNumber << Error::Malformed << QString();
        QTest::newRow("order long") << u"RK-12345678901"_s << Kind::OrderNumber << Error::Malformed
                                    << QString();
        QTest::newRow("order letters")
            << u"RK-12345A7"_s << Kind::OrderNumber << Error::Malformed << QString();

        QTest::newRow("receipt") << receipt(u"0042003001234250228"_s) << Kind::ReceiptBarcode << Error::None
                                 << QString();
        QTest::newRow("receipt check digit") << u"0042003001234250228"_s
                + QString::number((CodeParser::gs1CheckDigit(u"0042003001234250228") + 1) % 10)
                                             << Kind::ReceiptBarcode << Error::BadCheckDigit << QString();
        QTest::newRow("receipt bad date")
            << receipt(u"0042003001234251332"_s) << Kind::ReceiptBarcode << Error::BadDate << QString();

        QTest::newRow("ean13") << u"4006381333931"_s << Kind::ProductId << Error::None << u"04006381333931"_s;
        QTest::newRow("ean13 with aim")
            << u"]E04006381333931"_s << Kind::ProductId << Error::None << u"04006381333931"_s;
        QTest::newRow("ean13 check digit")
            << u"4006381333932"_s << Kind::ProductId << Error::BadCheckDigit << QString();
        QTest::newRow("upca") << u"036000291452"_s << Kind::ProductId << Error::None << u"00036000291452"_s;
        QTest::newRow("upca check digit")
            << u"036000291453"_s << Kind::ProductId << Error::BadCheckDigit << QString();
        QTest::newRow("ean8") << u"96385074"_s << Kind::ProductId << Error::None << u"00000096385074"_s;
        QTest::newRow("gtin14") << u"10036000291459"_s << Kind::ProductId << Error::None
                                << u"10036000291459"_s;
        QTest::newRow("digits of no known length")
            << u"12345"_s << Kind::Unknown << Error::NotRecognised << QString();

        QTest::newRow("gs1 datamatrix") << u"]d201095060001343521012345\x1D"
                                           "21ABC"_s
                                        << Kind::ProductId << Error::None << u"09506000134352"_s;
        QTest::newRow("gs1-128 fixed then variable") << u"]C10109506000134352172512311012345"_s
                                                     << Kind::ProductId << Error::None << u"09506000134352"_s;
        QTest::newRow("gs1 leading fnc1") << u"\x1D"
                                             "0109506000134352"_s
                                          << Kind::ProductId << Error::None << u"09506000134352"_s;
        QTest::newRow("gs1 bracketed") << u"(01)09506000134352(17)250600(10)AB-12"_s << Kind::ProductId
                                       << Error::None << u"09506000134352"_s;
        QTest::newRow("gs1 gtin-14 check digit")
            << u"]d2011950600013435515250101"_s << Kind::ProductId << Error::BadCheckDigit << QString();
        QTest::newRow("gs1 best before ok")
            << u"]d20109506000134352152501011012"_s << Kind::ProductId << Error::None << u"09506000134352"_s;
        QTest::newRow("gs1 bad gtin")
            << u"]d20109506000134353"_s << Kind::ProductId << Error::BadCheckDigit << QString();
        QTest::newRow("gs1 bad date")
            << u"]d2010950600013435217251332"_s << Kind::ProductId << Error::BadDate << QString();
        QTest::newRow("gs1 unsupported ai") << u"]d20109506000134352"
                                               "3103000189"_s
                                            << Kind::ProductId << Error::UnsupportedAi << QString();
        QTest::newRow("gs1 truncated gtin")
            << u"]d2010950600013"_s << Kind::ProductId << Error::Malformed << QString();
        QTest::newRow("gs1 duplicate ai") << u"]d2010950600013435210A\x1D"
                                             "10B"_s
                                          << Kind::ProductId << Error::Malformed << QString();
        QTest::newRow("gs1 without gtin")
            << u"]d21012345"_s << Kind::ProductId << Error::Malformed << QString();
        QTest::newRow("gs1 batch too long") << u"]d2010950600013435210ABCDEFGHIJKLMNOPQRSTU"_s
                                            << Kind::ProductId << Error::Malformed << QString();

        QTest::newRow("staff") << u"STAFF:e1042"_s << Kind::StaffBadge << Error::None << u"E1042"_s;
        QTest::newRow("staff bad id") << u"STAFF:x"_s << Kind::StaffBadge << Error::Malformed << QString();

        const QString enrol = enrolment(u"K7QMZ2BD4XA"_s);
        QTest::newRow("enrolment") << enrol << Kind::EnrolmentCode << Error::None << enrol;
        QTest::newRow("enrolment typed") << enrol.toLower().replace(u'-', u' ').replace(u'b', u'8')
                                         << Kind::EnrolmentCode << Error::None << enrol;
        QString mistyped = enrol;
        mistyped[7] = mistyped[7] == u'Q' ? u'R' : u'Q';
        QTest::newRow("enrolment mistyped")
            << mistyped << Kind::EnrolmentCode << Error::BadCheckDigit << QString();
        QTest::newRow("enrolment short")
            << u"ENROL-AAAA-AAAA"_s << Kind::EnrolmentCode << Error::Malformed << QString();

        QTest::newRow("empty") << QString() << Kind::Unknown << Error::Empty << QString();
        QTest::newRow("whitespace") << u" \r\n"_s << Kind::Unknown << Error::Empty << QString();
        QTest::newRow("oversized") << QString(3000, u'7') << Kind::Unknown << Error::TooLong << QString();
        QTest::newRow("binary junk") << QString::fromLatin1("\x01\x02\xff\xfeRK1.") << Kind::Unknown
                                     << Error::NotRecognised << QString();
        QTest::newRow("non-ascii") << u"RK-1234567\u00e9"_s << Kind::Unknown << Error::NotRecognised
                                   << QString();
        QTest::newRow("free text") << u"hello world"_s << Kind::Unknown << Error::NotRecognised << QString();
    }

    void classify()
    {
        QFETCH(QString, input);
        QFETCH(Kind, kind);
        QFETCH(Error, error);
        QFETCH(QString, key);
        const ScannedCode code = parser().parse(input, Now);
        QCOMPARE(code.kind, kind);
        QCOMPARE(code.error, error);
        QCOMPARE(code.isValid(), error == Error::None);
        QVERIFY(code.isValid() ? code.reason.isEmpty() : !code.reason.isEmpty());
        const QString actualKey = code.orderId + code.gtin + code.staffId + code.enrolmentCode;
        QCOMPARE(actualKey, key);
    }

    void tokenFields()
    {
        const auto code = parser().parse(TokenMinter::mint(sampleToken(), RetailerSeed), Now);
        QVERIFY(code.isValid());
        QCOMPARE(code.retailerId, u"acme"_s);
        QCOMPARE(code.keyId, u"k1"_s);
        QCOMPARE(code.tokenId, u"t8Xq2"_s);
        QCOMPARE(code.expiresAt, Now.addDays(14));
        QCOMPARE(code.lines, (QList<TokenLine> { { 1, 2 }, { 3, 1 } }));
        // A second before expiry it is still valid, at expiry it is not.
        QVERIFY(parser()
                    .parse(TokenMinter::mint(sampleToken(), RetailerSeed), Now.addDays(14).addSecs(-1))
                    .isValid());
        QCOMPARE(parser().parse(TokenMinter::mint(sampleToken(), RetailerSeed), Now.addDays(14)).error,
            Error::Expired);
    }

    void tokenFitsQrVersion10()
    {
        auto token = sampleToken();
        token.lines = { { 1, 1 }, { 2, 1 }, { 3, 2 }, { 4, 1 }, { 5, 1 } };
        QVERIFY(TokenMinter::mint(token, RetailerSeed).size() <= 213); // version 10-M byte capacity
    }

    void receiptFields()
    {
        const auto code = parser().parse(receipt(u"0042003001234250228"_s), Now);
        QCOMPARE(code.store, 42);
        QCOMPARE(code.registerNo, 3);
        QCOMPARE(code.transaction, 1234);
        QCOMPARE(code.receiptDate, QDate(2025, 2, 28));
    }

    void gs1Fields()
    {
        const auto code = parser().parse(u"]d20109506000134352172502001012345\x1D"
                                         "21SN-9"_s,
            Now);
        QVERIFY2(code.isValid(), qPrintable(code.reason));
        QCOMPARE(code.batch, u"12345"_s);
        QCOMPARE(code.serial, u"SN-9"_s);
        QCOMPARE(code.bestBefore, QDate(2025, 2, 28)); // day 00: end of month
    }

    void customOrderFormat()
    {
        CodeParser::Config config;
        config.orderPrefix = u"W"_s;
        config.orderMinDigits = 8;
        config.orderMaxDigits = 8;
        const CodeParser custom(config);
        QCOMPARE(custom.parse(u"w 1234 5678"_s, Now).orderId, u"W12345678"_s);
        QCOMPARE(custom.parse(u"W1234567"_s, Now).error, Error::Malformed);
        QCOMPARE(custom.parse(u"RK-1234567"_s, Now).kind, Kind::Unknown);
    }

    void errorCodesAreStable()
    {
        QCOMPARE(parser().parse(u"4006381333932"_s, Now).errorCode(), u"check-digit"_s);
        QCOMPARE(parser().parse(u"4006381333931"_s, Now).errorCode(), u"ok"_s);
        QCOMPARE(parser().parse(QString(), Now).errorCode(), u"empty"_s);
    }
};

QTEST_GUILESS_MAIN(TestCodeParser)
#include "tst_codeparser.moc"
