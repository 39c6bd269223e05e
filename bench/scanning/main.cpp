// kiosk-bench-scan: detection rate, wrong reads and decode time per 1280x720 frame on the blackbox image set,
// for the kiosk pipeline (BarcodeReader with the screen's profile), plain ZXing::ReadBarcode with default
// hints, and zbar; then the live pipeline's frame rate on one thread flat out. With --soak N instead: N
// seconds of the live FrameDecoder fed 30 frames/s as a camera would, with frames decoded and dropped and
// memory (VmRSS, VmHWM) at start, after warm-up and every 10 s, so a leak or a backlog shows. usage:
// kiosk-bench-scan [IMAGE_ROOT] [--seconds N] [--repeat N] | kiosk-bench-scan [IMAGE_ROOT] --soak N
//
// zbar's C++ wrappers clash with names Qt headers define: include it first.
#include <zbar.h>

#include "BenchSupport.h"
#include "camera/BarcodeReader.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"

#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QTextStream>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using kiosk::bench::percentile;
using kiosk::bench::statusKiB;
using kiosk::camera::BarcodeReader;
using kiosk::camera::DecodedBarcode;
using kiosk::camera::FolderFrameSource;
using kiosk::camera::FrameDecoder;
using kiosk::camera::ScanProfile;

namespace {

struct Sample
{
    QString kind;
    QString expected; // empty for negative frames
    QImage grey;
};

struct Tally
{
    int hits = 0;
    int wrong = 0;
    int total = 0;
};

struct Decoder
{
    const char *name;
    std::map<QString, Tally> perKind;
    std::vector<double> ms;
};

QString memory()
{
    return QStringLiteral("VmRSS %1 KiB, VmHWM %2 KiB").arg(statusKiB("VmRSS")).arg(statusKiB("VmHWM"));
}

/// User plus system CPU seconds this process has used.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

ScanProfile profileFor(const QString &kind)
{
    const bool item = kind == u"ean13" || kind == u"upca" || kind == u"gs1-datamatrix";
    return item ? ScanProfile::itemTags() : ScanProfile::orderCodes();
}

/// A read matches when it is the expected text, allowing for how each library spells the same code:
/// ZXing without the GS1 AIM prefix, zbar reporting UPC-A as EAN-13 with a leading zero.
bool matches(const QString &read, const QString &expected)
{
    if (read == expected)
        return true;
    if (expected.startsWith(u"]d2") && read == expected.mid(3))
        return true;
    return expected.size() == 12 && read == u'0' + expected;
}

QString zbarRead(zbar::zbar_image_scanner_t *scanner, const QImage &grey)
{
    zbar::zbar_image_t *image = zbar::zbar_image_create();
    zbar::zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar::zbar_image_set_size(image, unsigned(grey.width()), unsigned(grey.height()));
    zbar::zbar_image_set_data(image, grey.constBits(), size_t(grey.sizeInBytes()), nullptr);
    QString text;
    if (zbar::zbar_scan_image(scanner, image) > 0)
        text = QString::fromUtf8(zbar::zbar_symbol_get_data(zbar::zbar_image_first_symbol(image)));
    zbar::zbar_image_destroy(image);
    return text;
}

void record(Decoder &d, const Sample &s, const QString &read, double ms)
{
    Tally &t = d.perKind[s.kind];
    ++t.total;
    if (!read.isEmpty()) {
        if (!s.expected.isEmpty() && matches(read, s.expected))
            ++t.hits;
        else
            ++t.wrong;
    }
    d.ms.push_back(ms);
}

std::vector<Sample> loadSamples(const QString &root)
{
    std::vector<Sample> samples;
    for (const QString &kind : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root + u'/' + kind);
        for (const QString &png : dir.entryList({ u"*.png"_s }, QDir::Files, QDir::Name)) {
            QFile txt(dir.filePath(QString(png).replace(u".png"_s, u".txt"_s)));
            txt.open(QIODevice::ReadOnly);
            samples.push_back({ kind, QString::fromUtf8(txt.readAll()),
                QImage(dir.filePath(png)).convertToFormat(QImage::Format_Grayscale8) });
        }
    }
    return samples;
}

/// Times `decode` on the sample `repeat` times and keeps the fastest, so a busy machine adds less noise.
template<typename Decode> void timed(Decoder &d, const Sample &s, int repeat, Decode decode)
{
    QElapsedTimer timer;
    QString read;
    double best = 1e9;
    for (int i = 0; i < repeat; ++i) {
        timer.start();
        read = decode();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    record(d, s, read, best);
}

/// The three readers on every frame; returns the kiosk's wrong reads.
int compareReaders(const std::vector<Sample> &samples, int repeat, QTextStream &out)
{
    zbar::zbar_image_scanner_t *scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 1);
    const BarcodeReader reader;
    Decoder kiosk { "kiosk pipeline", {}, {} };
    Decoder plain { "zxing plain", {}, {} };
    Decoder zbar { "zbar", {}, {} };
    std::map<int, int> foundByPass;
    for (const Sample &s : samples) {
        std::optional<DecodedBarcode> k;
        timed(kiosk, s, repeat, [&] {
            k = reader.read(s.grey, profileFor(s.kind));
            return k ? k->text : QString();
        });
        if (k)
            ++foundByPass[k->pass];
        timed(plain, s, repeat, [&] {
            const auto p = ZXing::ReadBarcode(ZXing::ImageView(s.grey.constBits(), s.grey.width(),
                s.grey.height(), ZXing::ImageFormat::Lum, int(s.grey.bytesPerLine())));
            return p.isValid() ? QString::fromStdString(p.text()) : QString();
        });
        timed(zbar, s, repeat, [&] { return zbarRead(scanner, s.grey); });
    }
    zbar::zbar_image_scanner_destroy(scanner);

    out << "detection per kind (hits/total, wrong reads) on " << samples.size() << " frames\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(u"kind"_s, -16)
               .arg(u"kiosk"_s, -16)
               .arg(u"zxing plain"_s, -16)
               .arg(u"zbar"_s, -16);
    int kioskWrong = 0;
    for (const auto &[kind, t] : kiosk.perKind) {
        const auto cell = [](const Tally &x) {
            return QStringLiteral("%1/%2 w%3").arg(x.hits).arg(x.total).arg(x.wrong);
        };
        kioskWrong += t.wrong;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(kind, -16)
                   .arg(cell(t), -16)
                   .arg(cell(plain.perKind[kind]), -16)
                   .arg(cell(zbar.perKind[kind]), -16);
    }
    out << "kiosk reads by pass (0 = fast pass):";
    for (const auto &[pass, count] : foundByPass)
        out << ' ' << pass << ':' << count;
    out << "\n\ndecode ms per frame (all frames, fastest of " << repeat << ")\n";
    for (const Decoder *d : { &kiosk, &plain, &zbar })
        out << QStringLiteral("%1 median %2  p99 %3\n")
                   .arg(QString::fromLatin1(d->name), -16)
                   .arg(percentile(d->ms, 0.5), 7, 'f', 2)
                   .arg(percentile(d->ms, 0.99), 7, 'f', 2);
    out << QStringLiteral("kiosk/plain median ratio %1\n")
               .arg(percentile(kiosk.ms, 0.5) / percentile(plain.ms, 0.5), 0, 'f', 2);
    return kioskWrong;
}

/// Live mode as FrameDecoder runs it, flat out: fast pass plus one rotating extra pass per frame, one thread.
void flatOut(const std::vector<Sample> &samples, double seconds, QTextStream &out)
{
    const BarcodeReader reader;
    const QString before = memory();
    int frames = 0;
    std::vector<double> ms;
    std::map<int, std::vector<double>> msByPass; // by the extra pass the frame was given
    QElapsedTimer timer;
    QElapsedTimer frameTimer;
    timer.start();
    while (timer.elapsed() < qint64(seconds * 1000)) {
        const Sample &s = samples[size_t(frames) % samples.size()];
        frameTimer.start();
        reader.read(s.grey, profileFor(s.kind), 1, frames % BarcodeReader::ExtraPassCount);
        ms.push_back(double(frameTimer.nsecsElapsed()) / 1e6);
        msByPass[frames % BarcodeReader::ExtraPassCount].push_back(ms.back());
        ++frames;
    }
    const double fps = frames / (double(timer.elapsed()) / 1000.0);
    out << QStringLiteral(
        "\nlive pipeline flat out: %1 frames/s on one thread over %2 s; ms per frame median %3, "
        "p99 %4, max %5\n")
               .arg(fps, 0, 'f', 1)
               .arg(seconds)
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.99), 0, 'f', 2)
               .arg(percentile(ms, 1), 0, 'f', 2);
    out << "ms per frame by the extra pass it was given (fast pass included), median/p99/max:";
    for (const auto &[pass, v] : msByPass)
        out << QStringLiteral(" %1: %2/%3/%4")
                   .arg(pass + 1)
                   .arg(percentile(v, 0.5), 0, 'f', 1)
                   .arg(percentile(v, 0.99), 0, 'f', 1)
                   .arg(percentile(v, 1), 0, 'f', 1);
    out << "\n";
    out << "memory before: " << before << "; after: " << memory() << "\n";
}

/// The live FrameDecoder fed Y8 video frames at 30 frames/s on a fixed schedule, as a camera would.
void soak(std::vector<Sample> &samples, double seconds, QTextStream &out)
{
    constexpr double FrameMs = 1000.0 / 30;
    constexpr qint64 WarmUpMs = 10000;
    std::vector<QVideoFrame> frames;
    for (Sample &s : samples) {
        frames.push_back(FolderFrameSource::frameFromGrey(s.grey));
        s.grey = {}; // only the video frames are played
    }
    FrameDecoder decoder;
    decoder.setDuplicateWindow(0); // every read is reported, so reads can be counted
    int reads = 0;
    QObject::connect(&decoder, &FrameDecoder::decoded, [&reads] { ++reads; });
    out << "soak: " << seconds << " s at 30 frames/s of 1280x720 Y8 frames (" << frames.size()
        << " distinct), FrameDecoder with one worker thread\n";
    out << "memory at start: " << memory() << "\n";
    QEventLoop loop;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setSingleShot(true);
    QElapsedTimer clock;
    qint64 submitted = 0;
    qint64 nextReport = WarmUpMs;
    const double cpuStart = cpuSeconds();
    const auto report = [&](const char *what) {
        out << QStringLiteral("%1 t=%2 s: submitted %3, decoded %4, dropped %5, reads %6, %7\n")
                   .arg(QString::fromLatin1(what), -10)
                   .arg(double(clock.elapsed()) / 1000, 5, 'f', 1)
                   .arg(submitted)
                   .arg(decoder.decodedFrames())
                   .arg(decoder.droppedFrames())
                   .arg(reads)
                   .arg(memory());
        out.flush();
    };
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (clock.elapsed() >= qint64(seconds * 1000)) {
            loop.quit();
            return;
        }
        const size_t i = size_t(submitted) % frames.size();
        decoder.setProfile(profileFor(samples[i].kind));
        decoder.submit(frames[i]);
        ++submitted;
        if (clock.elapsed() >= nextReport) {
            report(nextReport == WarmUpMs ? "warm" : "running");
            nextReport += WarmUpMs;
        }
        tick.start(int(std::max(0.0, double(submitted) * FrameMs - double(clock.elapsed()))));
    });
    clock.start();
    tick.start(0);
    loop.exec();
    decoder.waitForIdle();
    QCoreApplication::processEvents();
    report("end");
    const double wall = double(clock.elapsed()) / 1000;
    out << QStringLiteral("achieved %1 frames/s submitted, %2 frames/s decoded, %3% dropped; CPU %4% of one "
                          "core\n")
               .arg(double(submitted) / wall, 0, 'f', 1)
               .arg(double(decoder.decodedFrames()) / wall, 0, 'f', 1)
               .arg(100.0 * decoder.droppedFrames() / double(std::max<qint64>(1, submitted)), 0, 'f', 2)
               .arg(100.0 * (cpuSeconds() - cpuStart) / wall, 0, 'f', 1);
}

/// Takes "--name VALUE" out of args; fallback when absent.
double option(QStringList &args, const QString &name, double fallback)
{
    const auto at = args.indexOf(name);
    if (at < 0 || at + 1 >= args.size())
        return fallback;
    const double value = args.at(at + 1).toDouble();
    args.remove(at, 2);
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const double seconds = option(args, u"--seconds"_s, 3);
    const int repeat = std::max(1, int(option(args, u"--repeat"_s, 3)));
    const double soakSeconds = option(args, u"--soak"_s, 0);
    const QString root = args.value(0, QStringLiteral(KIOSK_BARCODE_IMAGES));
    QTextStream out(stdout);
    out << "kiosk-bench-scan on " << root << "; " << memory() << "\n";

    std::vector<Sample> samples = loadSamples(root);
    if (samples.empty()) {
        out << "kiosk-bench-scan: no images under " << root << " (build the barcode-images target)\n";
        return 1;
    }
    if (soakSeconds > 0) {
        soak(samples, soakSeconds, out);
        return 0;
    }
    const int kioskWrong = compareReaders(samples, repeat, out);
    flatOut(samples, seconds, out);
    out << "kiosk wrong reads: " << kioskWrong << "\n";
    return kioskWrong == 0 ? 0 : 1;
}
