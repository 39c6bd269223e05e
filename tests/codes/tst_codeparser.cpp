#include "codes/CodeParser.h"
#include "codes/EnrolmentQr.h"
#include "codes/TokenMinter.h"
#include "crypto/Ed25519.h"

#include <QDir>
#include <QFile>
#include <QMetaProperty>
#include <QTest>

#include <utility>

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

/// A token over any payload text, really signed with the retailer's key: layout tests reach the parser's
/// checks with a signature that would verify.
QString signedToken(const QString &payload, const QByteArray &seed = RetailerSeed)
{
    const QString signedPart = u"RK1."_s + TokenMinter::encode(payload.toLatin1());
    return signedPart + u'.' + TokenMinter::encode(kiosk::crypto::Ed25519::sign(seed, signedPart.toLatin1()));
}

/// The payload text of a token, as the retailer signed it.
QString payloadOf(const QString &token)
{
    const auto first = token.indexOf(u'.');
    const auto second = token.indexOf(u'.', first + 1);
    return QString::fromLatin1(QByteArray::fromBase64(token.sliced(first + 1, second - first - 1).toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/// The sample token's payload up to its lines.
QString sampleHeader()
{
    return u"acme|k1|t8Xq2|RK-1000123|"_s + QString::number(Now.addDays(14).toSecsSinceEpoch()) + u'|';
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

        const QString enrol = CodeParser::enrolmentCode(u"K7QMZ2BD4XA");
        QTest::newRow("enrolment") << enrol << Kind::EnrolmentCode << Error::None << enrol;
        QTest::newRow("enrolment typed") << enrol.toLower().replace(u'-', u' ').replace(u'b', u'8')
                                         << Kind::EnrolmentCode << Error::None << enrol;
        QString mistyped = enrol;
        mistyped[7] = mistyped[7] == u'Q' ? u'R' : u'Q';
        QTest::newRow("enrolment mistyped")
            << mistyped << Kind::EnrolmentCode << Error::BadCheckDigit << QString();
        QTest::newRow("enrolment short")
            << u"ENROL-AAAA-AAAA"_s << Kind::EnrolmentCode << Error::Malformed << QString();

        // Enrolment QR (RKENROL1:, docs/codes.md): backend, code and pin; retailer "acme" is this parser's.
        const QString pin = u"sha256//"_s + QString::fromLatin1(QByteArray(32, '\x5a').toBase64());
        const QString qr
            = kiosk::codes::EnrolmentQr { u"https://backend.example:8443"_s, enrol, pin, u"acme"_s }.encode();
        QTest::newRow("enrolment qr") << qr << Kind::EnrolmentCode << Error::None << enrol;
        QTest::newRow("enrolment qr lower-case prefix")
            << QString(u"rkenrol1:"_s + qr.sliced(9)) << Kind::EnrolmentCode << Error::None << enrol;
        QTest::newRow("enrolment qr cut short")
            << qr.chopped(5) << Kind::EnrolmentCode << Error::Malformed << QString();
        QTest::newRow("enrolment qr other retailer")
            << kiosk::codes::EnrolmentQr { u"https://backend.example"_s, enrol, pin, u"contoso"_s }.encode()
            << Kind::EnrolmentCode << Error::OtherRetailer << QString();
        QTest::newRow("enrolment qr http")
            << kiosk::codes::EnrolmentQr { u"http://backend.example"_s, enrol, pin, {} }.encode()
            << Kind::EnrolmentCode << Error::Malformed << QString();
        QTest::newRow("enrolment qr bad pin") << kiosk::codes::EnrolmentQr { u"https://backend.example"_s,
            enrol, u"sha256//AAAA"_s, {} }.encode()
                                              << Kind::EnrolmentCode << Error::Malformed << QString();
        QTest::newRow("enrolment qr mistyped code")
            << kiosk::codes::EnrolmentQr { u"https://backend.example"_s, mistyped, pin, {} }.encode()
            << Kind::EnrolmentCode << Error::Malformed << QString();
        QTest::newRow("enrolment qr version 2") << QString(u"RKENROL1:"_s
            + QString::fromLatin1(
                QByteArray("{\"v\":2,\"url\":\"https:\\/\\/b.example\",\"code\":\"x\",\"pin\":\"y\"}")
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)))
                                                << Kind::EnrolmentCode << Error::Malformed << QString();

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

    void enrolmentCodeIsPrintedWithItsCheckCharacter()
    {
        // Luhn mod 32 worked by hand: the check character of K7QMZ2BD4XA is '6'.
        QCOMPARE(CodeParser::enrolmentCode(u"K7QMZ2BD4XA"), u"ENROL-K7QM-Z2BD-4XA6"_s);
        QCOMPARE(CodeParser::enrolmentCode(u"K7QMZ2BD4X"), QString()); // 10 characters
        QCOMPARE(CodeParser::enrolmentCode(u"K7QMZ2BD4X1"), QString()); // '1' is not base32
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

    void tokenOldFormUnchanged()
    {
        // The form without choices is minted byte for byte as before the extension...
        const QString token = TokenMinter::mint(sampleToken(), RetailerSeed);
        QCOMPARE(payloadOf(token), sampleHeader() + u"1:2,3:1"_s);
        // ...and a token minted before the extension (the fuzz corpus seed) still reads the same.
        const auto old
            = parser().parse(u"https://returns.example.com/r/RK1.YWNtZXxrMXxUMXxSSy0xMDAwMTIzfDE4OTM0"
                             "NTYwMDB8MToy.gTRFFB-3Z27A91pIXvHBSdJROrM_hHSTrnt6vsM0cwP4Di-TN2fH6ryL0Z05"
                             "ND7epvoX11X92L1mb_9Rxar4Bg"_s,
                Now);
        QVERIFY2(old.isValid(), qPrintable(old.reason));
        QCOMPARE(old.lines, (QList<TokenLine> { { 1, 2 } }));
        QVERIFY(old.lines[0].reason.isNull());
        QVERIFY(old.lines[0].resolution.isNull());
    }

    void tokenChoices()
    {
        auto token = sampleToken();
        token.lines = { { 1, 2, u"wrong_size"_s, u"exchange"_s }, { 3, 1 }, { 4, 1, u"defective"_s },
            { 5, 3, {}, u"refund"_s }, { 9999, 999, u"not_as_described"_s, u"storeCredit"_s } };
        const QString minted = TokenMinter::mint(token, RetailerSeed);
        QCOMPARE(payloadOf(minted),
            sampleHeader()
                + u"1:2:wrong_size:exchange,3:1,4:1:defective,5:3::refund,9999:999:not_as_described:storeCredit"_s);
        const auto code = parser().parse(minted, Now);
        QVERIFY2(code.isValid(), qPrintable(code.reason));
        QCOMPARE(code.lines, token.lines);
        QCOMPARE(code.lines[0].reason, u"wrong_size"_s);
        QCOMPARE(code.lines[0].resolution, u"exchange"_s);
        QVERIFY(code.lines[1].reason.isEmpty() && code.lines[1].resolution.isEmpty());
        QCOMPARE(code.lines[2].reason, u"defective"_s);
        QVERIFY(code.lines[2].resolution.isEmpty());
        QVERIFY(code.lines[3].reason.isEmpty()); // empty reason, resolution given: the kiosk asks the reason
        QCOMPARE(code.lines[3].resolution, u"refund"_s);
        QCOMPARE(code.lines[4].resolution, u"storeCredit"_s);

        // Q_PROPERTYs, as QML reads them.
        const auto &meta = TokenLine::staticMetaObject;
        QCOMPARE(meta.property(meta.indexOfProperty("reason")).readOnGadget(&code.lines[0]).toString(),
            u"wrong_size"_s);
        QCOMPARE(meta.property(meta.indexOfProperty("resolution")).readOnGadget(&code.lines[0]).toString(),
            u"exchange"_s);

        // The longest reason allowed, 32 characters.
        const QString longest = u"a"_s + QString(31, u'_');
        const auto edge
            = parser().parse(signedToken(sampleHeader() + u"1:1:"_s + longest + u":refund"_s), Now);
        QVERIFY2(edge.isValid(), qPrintable(edge.reason));
        QCOMPARE(edge.lines[0].reason, longest);
    }

    void tokenMalformedLines_data()
    {
        QTest::addColumn<QString>("lines");
        QTest::newRow("reason upper case") << u"1:2:Wrong_size"_s;
        QTest::newRow("reason hyphen") << u"1:2:wrong-size"_s;
        QTest::newRow("reason space") << u"1:2:wrong size"_s;
        QTest::newRow("reason starts with digit") << u"1:2:9lives"_s;
        QTest::newRow("reason starts with underscore") << u"1:2:_defective"_s;
        QTest::newRow("reason too long") << u"1:2:a"_s + QString(32, u'b') + u":refund"_s;
        QTest::newRow("resolution unknown") << u"1:2:defective:cash"_s;
        QTest::newRow("resolution wrong case") << u"1:2:defective:Refund"_s;
        QTest::newRow("resolution policy enum name") << u"1:2:defective:RefundToOriginal"_s;
        QTest::newRow("resolution empty") << u"1:2:defective:"_s;
        QTest::newRow("reason and resolution empty") << u"1:2::"_s;
        QTest::newRow("trailing colon") << u"1:2:"_s;
        QTest::newRow("extra colon field") << u"1:2:defective:refund:x"_s;
        QTest::newRow("extra empty field") << u"1:2:defective:refund:"_s;
        QTest::newRow("empty qty") << u"1:"_s;
        QTest::newRow("empty qty with choices") << u"1::defective:refund"_s;
        QTest::newRow("zero qty") << u"1:0:defective"_s;
        QTest::newRow("no qty") << u"1"_s;
        QTest::newRow("empty entry") << u"1:2,,3:1"_s;
        QTest::newRow("duplicate line") << u"1:2,1:1"_s;
        QTest::newRow("duplicate line with choices") << u"1:2:defective,3:1,1:1:wrong_size:refund"_s;
        QTest::newRow("duplicate line, leading zero") << u"1:2,0001:1"_s;
    }

    void tokenMalformedLines()
    {
        QFETCH(QString, lines);
        const auto code = parser().parse(signedToken(sampleHeader() + lines), Now);
        QCOMPARE(code.kind, Kind::ReturnToken);
        QCOMPARE(code.errorCode(), u"malformed"_s);
        QVERIFY(code.lines.isEmpty());
    }

    void tokenChoicesAreSigned()
    {
        auto token = sampleToken();
        token.lines = { { 1, 2, u"defective"_s, u"refund"_s }, { 3, 1, u"wrong_size"_s } };
        const QString minted = TokenMinter::mint(token, RetailerSeed);
        QVERIFY(parser().parse(minted, Now).isValid());
        const QString signature = minted.sliced(minted.lastIndexOf(u'.'));
        const QString payload = payloadOf(minted);
        // Each change keeps a well-formed payload under the original signature.
        for (const auto &[from, to] : { std::pair { u"1:2:defective"_s, u"1:2:changed_mind"_s },
                 std::pair { u":refund"_s, u":storeCredit"_s },
                 std::pair { u"1:2:defective:refund"_s, u"1:2"_s },
                 std::pair { u"3:1:wrong_size"_s, u"3:1:wrong_size:exchange"_s } }) {
            QString altered = payload;
            altered.replace(from, to);
            QVERIFY(altered != payload);
            const QString tampered = u"RK1."_s + TokenMinter::encode(altered.toLatin1()) + signature;
            QCOMPARE(parser().parse(signedToken(altered), Now).errorCode(), u"ok"_s); // well-formed
            const auto code = parser().parse(tampered, Now);
            QCOMPARE(code.errorCode(), u"bad-signature"_s);
            QVERIFY(code.lines.isEmpty());
        }
    }

    void tokenManyLinesWithChoices()
    {
        // Up to 50 lines, each with the longest reason and resolution: a defined refusal once it no longer
        // fits, never a crash. The 512-character payload holds six such lines.
        const QString reason = u"z"_s + QString(31, u'9');
        int largestValid = 0;
        for (int n = 1; n <= 50; ++n) {
            auto token = sampleToken();
            token.lines.clear();
            for (int i = 0; i < n; ++i)
                token.lines.append({ 9999 - i, 999, reason, u"storeCredit"_s });
            const QString minted = TokenMinter::mint(token, RetailerSeed);
            const qsizetype payloadLength = minted.indexOf(u'.', 4) - 4;
            const auto code = parser().parse(minted, Now);
            if (minted.size() > CodeParser::MaxInputLength) {
                QCOMPARE(code.errorCode(), u"too-long"_s);
            } else if (payloadLength > 512) {
                QCOMPARE(code.kind, Kind::ReturnToken);
                QCOMPARE(code.errorCode(), u"malformed"_s);
            } else {
                QVERIFY2(code.isValid(), qPrintable(code.reason));
                QCOMPARE(code.lines, token.lines);
                largestValid = n;
            }
            QVERIFY(code.isValid() || code.lines.isEmpty());
        }
        QCOMPARE(largestValid, 6);
        // 50 such lines are refused before any other work, bare or in a link.
        auto fifty = sampleToken();
        fifty.lines.clear();
        for (int i = 1; i <= 50; ++i)
            fifty.lines.append({ i, 999, reason, u"storeCredit"_s });
        const QString minted = TokenMinter::mint(fifty, RetailerSeed);
        QCOMPARE(parser().parse(minted, Now).errorCode(), u"too-long"_s);
        QCOMPARE(parser().parse(u"https://r.example.com/r/"_s + minted, Now).errorCode(), u"too-long"_s);
        // 51 plain lines are refused too (more lines than a token may list).
        QStringList many;
        for (int i = 1; i <= 51; ++i)
            many.append(QString::number(i) + u":1"_s);
        QCOMPARE(
            parser().parse(signedToken(sampleHeader() + many.join(u',')), Now).errorCode(), u"malformed"_s);
    }

    void tokenFuzzSeeds()
    {
        // The fuzzer's token seeds (same key and clock as here) are valid tokens, so it starts from the
        // accepted forms, with and without choices.
        const QDir corpus(QStringLiteral(KIOSK_SOURCE_DIR "/tests/fuzz/corpus"));
        const QStringList seeds = corpus.entryList({ u"token*.txt"_s }, QDir::Files);
        QVERIFY(seeds.contains(u"token-choices.txt"_s) && seeds.contains(u"token-choices-url.txt"_s));
        bool sawChoice = false;
        for (const QString &name : seeds) {
            QFile file(corpus.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto code = parser().parse(QString::fromLatin1(file.readAll()), Now);
            QVERIFY2(code.isValid(), qPrintable(name + u": "_s + code.reason));
            for (const TokenLine &line : code.lines)
                sawChoice |= !line.reason.isEmpty() || !line.resolution.isEmpty();
        }
        QVERIFY(sawChoice);
    }

    void tokenReasonAndResolutionRules()
    {
        QVERIFY(CodeParser::isTokenReason(u"wrong_size"));
        QVERIFY(CodeParser::isTokenReason(u"a"));
        QVERIFY(CodeParser::isTokenReason(u"a2_"));
        QVERIFY(!CodeParser::isTokenReason(u""));
        QVERIFY(!CodeParser::isTokenReason(u"2a"));
        QVERIFY(!CodeParser::isTokenReason(u"wrong\u00e9"));
        QVERIFY(!CodeParser::isTokenReason(QString(33, u'a')));
        QVERIFY(CodeParser::isTokenReason(QString(32, u'a')));
        QVERIFY(CodeParser::isTokenResolution(u"refund"));
        QVERIFY(CodeParser::isTokenResolution(u"storeCredit"));
        QVERIFY(CodeParser::isTokenResolution(u"exchange"));
        QVERIFY(!CodeParser::isTokenResolution(u""));
        QVERIFY(!CodeParser::isTokenResolution(u"storecredit"));
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
