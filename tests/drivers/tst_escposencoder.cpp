#include "printer/EscPosEncoder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using kiosk::drivers::EscPosEncoder;

/// Pins the ESC/POS byte stream command by command against the Epson reference, so a receipt that
/// prints on a TM-T20 today still prints tomorrow.
class EscPosEncoderTest : public QObject
{
    Q_OBJECT

    static QByteArray bytes(std::initializer_list<int> values)
    {
        QByteArray out;
        for (int v : values)
            out.append(char(v));
        return out;
    }

private Q_SLOTS:
    void initialiseSelectsCodePage858()
    {
        QCOMPARE(EscPosEncoder().initialize().bytes(), bytes({ 0x1b, 0x40, 0x1b, 0x74, 19 }));
    }

    void styleCommands()
    {
        EscPosEncoder e;
        e.bold(true).align(EscPosEncoder::Alignment::Center).textSize(2, 3).bold(false);
        QCOMPARE(e.bytes(), bytes({ 0x1b, 0x45, 1, 0x1b, 0x61, 1, 0x1d, 0x21, 0x12, 0x1b, 0x45, 0 }));
        QCOMPARE(EscPosEncoder().textSize(0, 99).bytes(), bytes({ 0x1d, 0x21, 0x07 }));
        QCOMPARE(EscPosEncoder().align(EscPosEncoder::Alignment::Right).bytes(), bytes({ 0x1b, 0x61, 2 }));
    }

    void textInCodePage858()
    {
        QCOMPARE(EscPosEncoder().line(u"Caf\u00e9 \u20ac5 \u00d1"_s).bytes(),
            QByteArray("Caf\x82 \xd5"
                       "5 \xa5\n"));
        QCOMPARE(EscPosEncoder::encodeText(u"\u4e2d\u0007x"_s), QByteArray("??x"));
    }

    void feedAndCut()
    {
        QCOMPARE(EscPosEncoder().feed(2).cut().bytes(), bytes({ 0x1b, 0x64, 2, 0x1d, 0x56, 66, 3 }));
    }

    /// A tote id as Code 128 code set B: height, module width, no printer text, then GS k 73 with its
    /// length; anything but printable ASCII is left out.
    void code128()
    {
        QCOMPARE(EscPosEncoder().code128("T-1\n", 2, 80).bytes(),
            bytes({ 0x1d, 0x68, 80, 0x1d, 0x77, 2, 0x1d, 0x48, 0, 0x1d, 0x6b, 73, 5, '{', 'B', 'T', '-',
                '1' }));
    }

    void qrCode()
    {
        const QByteArray url = "https://r.example/e/AB12";
        const QByteArray out
            = EscPosEncoder().qrCode(url, 5, EscPosEncoder::QrErrorCorrection::Quartile).bytes();
        QByteArray expected;
        expected += bytes({ 0x1d, 0x28, 0x6b, 4, 0, 0x31, 0x41, 0x32, 0 }); // model 2
        expected += bytes({ 0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x43, 5 }); // module size
        expected += bytes({ 0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x45, 50 }); // error correction Q
        expected += bytes({ 0x1d, 0x28, 0x6b, int(url.size()) + 3, 0, 0x31, 0x50, 0x30 }) + url; // store
        expected += bytes({ 0x1d, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30 }); // print
        QCOMPARE(out, expected);
    }

    void longQrLengthUsesHighByte()
    {
        const QByteArray data(300, 'x');
        const QByteArray out = EscPosEncoder().qrCode(data).bytes();
        const qsizetype store = out.indexOf(QByteArray("\x31\x50\x30", 3));
        QVERIFY(store > 2);
        QCOMPARE(int(uchar(out.at(store - 2))), (300 + 3) & 0xff);
        QCOMPARE(int(uchar(out.at(store - 1))), (300 + 3) >> 8);
    }

    void paperStatus_data()
    {
        QTest::addColumn<int>("reply");
        QTest::addColumn<EscPosEncoder::PaperStatus>("status");
        QTest::newRow("ok") << 0x12 << EscPosEncoder::PaperStatus::Ok;
        QTest::newRow("near end") << 0x1e << EscPosEncoder::PaperStatus::NearEnd;
        QTest::newRow("out") << 0x72 << EscPosEncoder::PaperStatus::Out;
        QTest::newRow("out and near end") << 0x7e << EscPosEncoder::PaperStatus::Out;
        QTest::newRow("garbage") << 0x41 << EscPosEncoder::PaperStatus::Invalid;
        QTest::newRow("high bit") << 0x92 << EscPosEncoder::PaperStatus::Invalid;
    }
    void paperStatus()
    {
        QFETCH(int, reply);
        QFETCH(EscPosEncoder::PaperStatus, status);
        QCOMPARE(EscPosEncoder::parsePaperStatus(char(reply)), status);
        QCOMPARE(EscPosEncoder::requestPaperStatus(), bytes({ 0x10, 0x04, 4 }));
    }
};

QTEST_GUILESS_MAIN(EscPosEncoderTest)
#include "tst_escposencoder.moc"
