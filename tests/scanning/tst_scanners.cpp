#include "scanner/EvdevScanner.h"
#include "scanner/FakeScanner.h"
#include "scanner/SerialLineDecoder.h"
#include "scanner/SerialScanner.h"

#include <QSignalSpy>
#include <QTest>

#include <fcntl.h>
#include <limits>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk::scanner;

namespace {

input_event key(int code, int value, qint64 us)
{
    input_event e {};
    e.input_event_sec = us / 1000000;
    e.input_event_usec = us % 1000000;
    e.type = EV_KEY;
    e.code = quint16(code);
    e.value = value;
    return e;
}

/// Press and release of each key, gapMs apart, as a scanner or a person would send them.
std::vector<input_event> keys(
    std::initializer_list<std::pair<int, bool>> codes, int gapMs, qint64 startUs = 0)
{
    std::vector<input_event> out;
    qint64 t = startUs;
    for (const auto &[code, shift] : codes) {
        if (shift)
            out.push_back(key(KEY_LEFTSHIFT, 1, t));
        out.push_back(key(code, 1, t));
        out.push_back(key(code, 0, t + 1000));
        if (shift)
            out.push_back(key(KEY_LEFTSHIFT, 0, t + 1500));
        t += gapMs * 1000;
    }
    return out;
}

} // namespace

/// The keyboard-wedge decoder and evdev reader fed synthetic input_events through a pipe, the serial
/// backend against a pseudo-terminal, and the fake's scripted faults.
class TestScanners : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wedgeDecodesScanBurst()
    {
        KeyWedgeDecoder decoder;
        std::optional<QString> result;
        for (const auto &e : keys({ { KEY_R, true }, { KEY_K, true }, { KEY_MINUS, false }, { KEY_1, false },
                                      { KEY_2, false }, { KEY_SEMICOLON, true }, { KEY_ENTER, false } },
                 8))
            if (auto r = decoder.feed(e))
                result = r;
        QCOMPARE(result.value_or(QString()), u"RK-12:"_s);
    }

    void wedgeDiscardsTyping()
    {
        KeyWedgeDecoder decoder;
        for (const auto &e :
            keys({ { KEY_1, false }, { KEY_2, false }, { KEY_3, false }, { KEY_ENTER, false } }, 180))
            QVERIFY(!decoder.feed(e));
        QCOMPARE(decoder.discarded(), 1);
        // The next fast burst is a scan again.
        std::optional<QString> result;
        for (const auto &e : keys({ { KEY_4, false }, { KEY_ENTER, false } }, 5, 10'000'000))
            if (auto r = decoder.feed(e))
                result = r;
        QCOMPARE(result.value_or(QString()), u"4"_s);
    }

    void wedgeStripsPrefix()
    {
        KeyWedgeDecoder::Config config;
        config.prefix = u"#"_s;
        KeyWedgeDecoder decoder(config);
        std::optional<QString> result;
        for (const auto &e : keys({ { KEY_3, true }, { KEY_9, false }, { KEY_ENTER, false } }, 5))
            if (auto r = decoder.feed(e))
                result = r;
        QCOMPARE(result.value_or(QString()), u"9"_s);
        for (const auto &e : keys({ { KEY_9, false }, { KEY_ENTER, false } }, 5, 5'000'000))
            QVERIFY(!decoder.feed(e)); // no prefix: not from the scanner as configured
        // The prefix alone is no scan (found by fuzz_keywedge: it came out as an empty one).
        for (const auto &e : keys({ { KEY_3, true }, { KEY_ENTER, false } }, 5, 10'000'000))
            QVERIFY(!decoder.feed(e));
    }

    /// A clock far out of range (found by fuzz_keywedge) made the microsecond sum overflow: undefined
    /// behaviour. Such a jump is a gap like any other and discards the sequence.
    void wedgeSurvivesClockJumps()
    {
        KeyWedgeDecoder decoder;
        input_event press = key(KEY_1, 1, 0);
        press.input_event_sec = std::numeric_limits<decltype(press.input_event_sec)>::min();
        press.input_event_usec = -1;
        QVERIFY(!decoder.feed(press));
        input_event enter = key(KEY_ENTER, 1, 0);
        enter.input_event_sec = std::numeric_limits<decltype(enter.input_event_sec)>::max();
        QVERIFY(!decoder.feed(enter));
        QCOMPARE(decoder.discarded(), 1);
        std::optional<QString> result;
        for (const auto &e : keys({ { KEY_4, false }, { KEY_ENTER, false } }, 5))
            if (auto r = decoder.feed(e))
                result = r;
        QCOMPARE(result.value_or(QString()), u"4"_s);
    }

    void evdevReadsFromDescriptorAndReportsUnplug()
    {
        int fds[2];
        QCOMPARE(::pipe2(fds, O_NONBLOCK | O_CLOEXEC), 0);
        EvdevScanner scanner;
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QSignalSpy connected(&scanner, &Scanner::connectedChanged);
        QVERIFY(scanner.adopt(fds[0], false));
        const auto events = keys({ { KEY_4, false }, { KEY_0, false }, { KEY_ENTER, false } }, 3);
        QCOMPARE(::write(fds[1], events.data(), events.size() * sizeof(input_event)),
            ssize_t(events.size() * sizeof(input_event)));
        QTRY_COMPARE(scans.size(), 1);
        QCOMPARE(scans.at(0).at(0).toString(), u"40"_s);
        QCOMPARE(scans.at(0).at(1).value<Scanner::Source>(), Scanner::Source::KeyboardWedge);
        ::close(fds[1]);
        QTRY_VERIFY(!scanner.isConnected());
        QCOMPARE(scanner.fault(), u"scanner unplugged"_s);
        QCOMPARE(connected.size(), 2);
    }

    void evdevOpenFailureIsAFault()
    {
        EvdevScanner scanner;
        QVERIFY(!scanner.open(u"/nonexistent/event99"_s));
        QVERIFY(scanner.fault().startsWith(u"cannot open"_s));
    }

    void serialReadsLinesFromPty()
    {
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QCOMPARE(::grantpt(master), 0);
        QCOMPARE(::unlockpt(master), 0);
        SerialScanner scanner(QString::fromLocal8Bit(::ptsname(master)));
        QSignalSpy scans(&scanner, &Scanner::scanned);
        scanner.start();
        QVERIFY2(scanner.isConnected(), qPrintable(scanner.fault()));
        const QByteArray data = "RK-1000123\r\n4006381333931\r\n0123"; // the last line is still partial
        QCOMPARE(::write(master, data.constData(), size_t(data.size())), ssize_t(data.size()));
        QTRY_COMPARE(scans.size(), 2);
        QCOMPARE(scans.at(0).at(0).toString(), u"RK-1000123"_s);
        QCOMPARE(scans.at(1).at(0).toString(), u"4006381333931"_s);
        QCOMPARE(::write(master, "4\n", 2), ssize_t(2));
        QTRY_COMPARE(scans.size(), 3);
        QCOMPARE(scans.at(2).at(0).toString(), u"01234"_s);

        // Garbage without line ends: a fault, then normal lines work again.
        const QByteArray junk(SerialScanner::MaxLineLength + 100, 'x');
        QCOMPARE(::write(master, junk.constData(), size_t(junk.size())), ssize_t(junk.size()));
        QTRY_VERIFY(!scanner.fault().isEmpty());
        QCOMPARE(::write(master, "tail\nRK-7654321\n", 16), ssize_t(16));
        QTRY_COMPARE(scans.size(), 4);
        QCOMPARE(scans.at(3).at(0).toString(), u"RK-7654321"_s);
        ::close(master);
    }

    /// A CR-ended scan followed by an LF-ended one used to come out as one scan holding a CR, and an
    /// over-long line that arrived with its line end in the same read was passed on whole.
    void serialLinesSplitOnEitherEnd()
    {
        SerialLineDecoder decoder;
        QCOMPARE(decoder.feed("RK-1000123\r4006381333931\n\r\n 0123 \n").scans,
            QStringList({ u"RK-1000123"_s, u"4006381333931"_s, u"0123"_s }));
        const QByteArray overlong = QByteArray(SerialLineDecoder::MaxLineLength + 1, 'x') + "\nRK-7\n";
        const SerialLineDecoder::Output whole = decoder.feed(overlong);
        QCOMPARE(whole.scans, QStringList { u"RK-7"_s });
        QVERIFY(whole.overlong);
        QStringList byByte;
        for (const char c : overlong)
            byByte += decoder.feed(QByteArrayView(&c, 1)).scans;
        QCOMPARE(byByte, whole.scans);
        const QByteArray longest = QByteArray(SerialLineDecoder::MaxLineLength, 'y') + '\r';
        QCOMPARE(decoder.feed(longest).scans, QStringList { QString::fromLatin1(longest.trimmed()) });
    }

    void serialRetriesMissingPort()
    {
        SerialScanner scanner(u"/dev/nonexistent-scanner"_s);
        scanner.start();
        QVERIFY(!scanner.isConnected());
        QVERIFY(scanner.fault().startsWith(u"cannot open"_s));
    }

    void fakeScriptsScansAndFaults()
    {
        FakeScanner scanner;
        QSignalSpy scans(&scanner, &Scanner::scanned);
        QSignalSpy faults(&scanner, &Scanner::faultChanged);
        QVERIFY(scanner.play(
            u"scan RK-1000123; unplug; scan lost; plug; garbage; partial 4006; scan 96385074"_s));
        QCOMPARE(scans.size(), 2);
        QCOMPARE(scans.at(1).at(0).toString(), u"96385074"_s);
        QCOMPARE(faults.size(), 4); // unplugged, cleared, garbage, partial
        QVERIFY(scanner.fault().startsWith(u"partial read"_s));
        QVERIFY(!scanner.play(u"scan x; explode"_s));
        QCOMPARE(scans.size(), 2); // nothing of a bad script runs
    }
};

QTEST_GUILESS_MAIN(TestScanners)
#include "tst_scanners.moc"
