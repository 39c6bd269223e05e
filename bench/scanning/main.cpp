// kiosk-bench-scan: detection rate, wrong reads and decode time per 1280x720 frame on the blackbox image set,
// for the kiosk pipeline (BarcodeReader with the screen's profile), plain ZXing::ReadBarcode with default
// hints, and zbar; then the live pipeline's frame rate on one thread flat out (blur measure included, and
// its own cost). With --soak N instead: N
// seconds of the live FrameDecoder fed 30 frames/s as a camera would, with frames decoded and dropped and
// memory (VmRSS, VmHWM) at start, after warm-up and every 10 s, so a leak or a backlog shows. With
// --zbar-misreads: the frames where zbar returns another retail number with a valid check digit. usage:
// kiosk-bench-scan [IMAGE_ROOT] [--repeat N] [--misses] | kiosk-bench-scan [IMAGE_ROOT] --soak N
// | kiosk-bench-scan IMAGE_ROOT --zbar-misreads
//
// zbar's C++ wrappers clash with names Qt headers define: include it first.
#include <zbar.h>

#include "BenchSupport.h"
#include "camera/BarcodeReader.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"
#include "camera/FrameSharpness.h"
#include "camera/ZbarProductReader.h"

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
using kiosk::camera::FrameSharpness;
using kiosk::camera::ScanProfile;
using kiosk::camera::ZbarProductReader;

namespace {

struct Sample
{
    QString file;
    QString kind;
    QString expected; // empty for negative frames
    QImage grey;
};

struct Tally
{
    int hits = 0;
    int wrong = 0;
    int total = 0;
    std::vector<double> ms;
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

/// CPU milliseconds the calling thread has used: decode time on one core, whatever else the machine runs.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

/// User plus system CPU seconds this process has used.
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool isItemKind(const QString &kind)
{
    return kind == u"ean13" || kind == u"upca" || kind == u"gs1-datamatrix" || kind == u"zbar-bait";
}

/// The screen that looks for the kind: the chute for item codes, identify for order codes; empty frames are
/// shown to every symbology.
ScanProfile profileFor(const QString &kind)
{
    if (kind == u"negative")
        return ScanProfile::everything();
    return isItemKind(kind) ? ScanProfile::itemTags() : ScanProfile::orderCodes();
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
    t.ms.push_back(ms);
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
            samples.push_back({ dir.filePath(png), kind, QString::fromUtf8(txt.readAll()),
                QImage(dir.filePath(png)).convertToFormat(QImage::Format_Grayscale8) });
        }
    }
    return samples;
}

/// Times `decode` on the sample `repeat` times in thread CPU time and keeps the fastest, so a busy machine
/// adds less noise.
template<typename Decode> QString timed(Decoder &d, const Sample &s, int repeat, Decode decode)
{
    QString read;
    double best = 1e9;
    for (int i = 0; i < repeat; ++i) {
        const double start = threadCpuMs();
        read = decode();
        best = std::min(best, threadCpuMs() - start);
    }
    record(d, s, read, best);
    return read;
}

QString percent(const Tally &t)
{
    return QStringLiteral("%1/%2 %3%")
        .arg(t.hits)
        .arg(t.total)
        .arg(100.0 * t.hits / std::max(1, t.total), 0, 'f', 1);
}

/// The bar for a kind: the better of plain ZXing and zbar, plus 10 points where either misses more
/// than a fifth of the codes.
double targetPercent(const Tally &plain, const Tally &zbar)
{
    const double a = 100.0 * plain.hits / std::max(1, plain.total);
    const double b = 100.0 * zbar.hits / std::max(1, zbar.total);
    return std::max(a, b) + (std::min(a, b) < 80 ? 10 : 0);
}

/// The readers on every frame; returns the kiosk's wrong reads (false positives on empty frames included).
int compareReaders(const std::vector<Sample> &samples, int repeat, bool listMisses, QTextStream &out)
{
    zbar::zbar_image_scanner_t *scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 1);
    const BarcodeReader reader;
    Decoder kiosk { "kiosk pipeline", {}, {} };
    Decoder plain { "zxing plain", {}, {} };
    Decoder zbar { "zbar", {}, {} };
    Decoder either { "zxing+zbar", {}, {} };
    std::map<QString, std::map<int, int>> passesByKind;
    int heldBack = 0; // kiosk reads waiting for confirmation (a second frame, the other engine)
    int heldBackWrong = 0;
    int heldWhileStill = 0; // zbar alone: never acted on while the picture stays the same
    int heldWhileStillWrong = 0;
    for (const Sample &s : samples) {
        std::optional<DecodedBarcode> k;
        timed(kiosk, s, repeat, [&] {
            k = reader.read(s.grey, profileFor(s.kind));
            return k && FrameDecoder::actedOnWhileStill(*k) ? k->text : QString();
        });
        if (listMisses && !s.expected.isEmpty() && (!k || !matches(k->text, s.expected))) {
            out << "missed: " << s.file;
            if (k)
                out << " (read " << k->text << " by pass " << k->pass << ")";
            out << '\n';
        }
        if (k && !FrameDecoder::actedOnWhileStill(*k)) {
            ++heldWhileStill;
            heldWhileStillWrong += !matches(k->text, s.expected);
        } else if (k) {
            ++passesByKind[s.kind][k->pass];
            if (k->needsConfirmation) {
                ++heldBack;
                heldBackWrong += !matches(k->text, s.expected);
            }
        }
        const QString z = timed(plain, s, repeat, [&] {
            const auto p = ZXing::ReadBarcode(ZXing::ImageView(s.grey.constBits(), s.grey.width(),
                s.grey.height(), ZXing::ImageFormat::Lum, int(s.grey.bytesPerLine())));
            return p.isValid() ? QString::fromStdString(p.text()) : QString();
        });
        const double zMs = plain.ms.back();
        const QString b = timed(zbar, s, repeat, [&] { return zbarRead(scanner, s.grey); });
        // The union as a two-library scanner would run it: ZXing, and zbar when ZXing read nothing.
        record(either, s, z.isEmpty() ? b : z, zMs + (z.isEmpty() ? zbar.ms.back() : 0));
    }
    zbar::zbar_image_scanner_destroy(scanner);

    out << "detection per kind (hits/total, wrong reads) on " << samples.size() << " frames\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(u"kind"_s, -16)
               .arg(u"kiosk"_s, -17)
               .arg(u"zxing plain"_s, -17)
               .arg(u"zbar"_s, -17)
               .arg(u"zxing+zbar"_s, -17)
               .arg(u"wrong k/zx/zb/u"_s, -16)
               .arg(u"target"_s);
    int kioskWrong = 0;
    Tally all;
    Tally allPlain;
    Tally allZbar;
    for (const auto &[kind, t] : kiosk.perKind) {
        kioskWrong += t.wrong;
        const Tally &p = plain.perKind[kind];
        const Tally &b = zbar.perKind[kind];
        const Tally &u = either.perKind[kind];
        const QString wrong
            = QStringLiteral("%1/%2/%3/%4").arg(t.wrong).arg(p.wrong).arg(b.wrong).arg(u.wrong);
        QString target;
        if (kind == u"negative") {
            target = t.wrong == 0 ? u"no false positive: met"_s : u"false positives: MISSED"_s;
        } else {
            const double want = targetPercent(p, b);
            const double got = 100.0 * t.hits / std::max(1, t.total);
            target
                = QStringLiteral(">= %1%: %2").arg(want, 0, 'f', 1).arg(got >= want ? u"met"_s : u"MISSED"_s);
            all.hits += t.hits;
            all.total += t.total;
            allPlain.hits += p.hits;
            allPlain.total += p.total;
            allZbar.hits += b.hits;
            allZbar.total += b.total;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(kind, -16)
                   .arg(percent(t), -17)
                   .arg(percent(p), -17)
                   .arg(percent(b), -17)
                   .arg(percent(u), -17)
                   .arg(wrong, -16)
                   .arg(target);
    }
    out << QStringLiteral("%1 %2 %3 %4 (codes only; target >= 92%: %5)\n")
               .arg(u"all codes"_s, -16)
               .arg(percent(all), -17)
               .arg(percent(allPlain), -17)
               .arg(percent(allZbar), -17)
               .arg(100.0 * all.hits >= 92.0 * all.total ? u"met"_s : u"MISSED"_s);
    out << "kiosk reads held back until the next frame confirms them: " << heldBack << " (" << heldBackWrong
        << " of them wrong)\n";
    out << "zbar reads no other reader agrees with, never acted on while the picture stays (not counted "
           "above): "
        << heldWhileStill << " (" << heldWhileStillWrong << " of them wrong)\n";
    out << "kiosk reads by pass (0 = fast pass) per kind:\n";
    for (const auto &[kind, passes] : passesByKind) {
        out << "  " << QStringLiteral("%1").arg(kind, -16);
        for (const auto &[pass, count] : passes)
            out << ' ' << pass << ':' << count;
        out << '\n';
    }
    out << "\ndecode ms per frame, median/p99 (fastest of " << repeat
        << " runs; kiosk: all passes in turn)\n";
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(u"kind"_s, -16)
               .arg(u"kiosk"_s, -14)
               .arg(u"zxing plain"_s, -14)
               .arg(u"zbar"_s, -14)
               .arg(u"zxing+zbar"_s, -14);
    const auto times = [](const std::vector<double> &ms) {
        return QStringLiteral("%1/%2")
            .arg(percentile(ms, 0.5), 0, 'f', 1)
            .arg(percentile(ms, 0.99), 0, 'f', 1);
    };
    for (const auto &[kind, t] : kiosk.perKind)
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(kind, -16)
                   .arg(times(t.ms), -14)
                   .arg(times(plain.perKind[kind].ms), -14)
                   .arg(times(zbar.perKind[kind].ms), -14)
                   .arg(times(either.perKind[kind].ms), -14);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(u"all frames"_s, -16)
               .arg(times(kiosk.ms), -14)
               .arg(times(plain.ms), -14)
               .arg(times(zbar.ms), -14)
               .arg(times(either.ms), -14);
    out << QStringLiteral("kiosk/plain median ratio %1\n")
               .arg(percentile(kiosk.ms, 0.5) / percentile(plain.ms, 0.5), 0, 'f', 2);
    return kioskWrong;
}

/// Live mode as FrameDecoder runs it: each frame is measured for blur (FrameSharpness), then gets the fast
/// pass plus one extra pass. Every frame of the set with every extra pass once, in thread CPU time (one
/// core).
void live(const std::vector<Sample> &samples, QTextStream &out)
{
    const BarcodeReader reader;
    const QString before = memory();
    std::vector<double> ms;
    std::vector<double> sharpnessMs;
    int blurred = 0;
    std::map<int, std::vector<double>> msByPass; // by the extra pass the frame was given
    for (int pass = 0; pass < BarcodeReader::ExtraPassCount; ++pass) {
        for (const Sample &s : samples) {
            const double start = threadCpuMs();
            const FrameSharpness::Measurement m = FrameSharpness::measure(
                { s.grey.constBits(), s.grey.width(), s.grey.height(), int(s.grey.bytesPerLine()), 1 });
            const double measured = threadCpuMs();
            reader.read(s.grey, profileFor(s.kind), 1, pass);
            ms.push_back(threadCpuMs() - start);
            sharpnessMs.push_back(measured - start);
            msByPass[pass].push_back(ms.back());
            blurred += pass == 0 && m.blurred();
        }
    }
    double total = 0;
    for (double m : ms)
        total += m;
    out << QStringLiteral("\nlive pipeline (fast pass + one extra pass per frame; %1 frames x %2 passes), "
                          "CPU ms per frame on one core: median %3, p99 %4, max %5 (%6 frames/s flat out)\n")
               .arg(samples.size())
               .arg(BarcodeReader::ExtraPassCount)
               .arg(percentile(ms, 0.5), 0, 'f', 2)
               .arg(percentile(ms, 0.99), 0, 'f', 2)
               .arg(percentile(ms, 1), 0, 'f', 2)
               .arg(1000.0 * double(ms.size()) / std::max(1.0, total), 0, 'f', 1);
    out << QStringLiteral(
        "blur measure (FrameSharpness, included above), CPU ms per frame: median %1, p99 %2, "
        "max %3; %4 of %5 frames measure blurred\n")
               .arg(percentile(sharpnessMs, 0.5), 0, 'f', 3)
               .arg(percentile(sharpnessMs, 0.99), 0, 'f', 3)
               .arg(percentile(sharpnessMs, 1), 0, 'f', 3)
               .arg(blurred)
               .arg(samples.size());
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

/// The frames on which zbar returns a retail number other than the expected one but with a valid check
/// digit: plain zbar (every symbology) and the kiosk's zbar pass (ZbarProductReader). Prints one line per
/// frame; returns how many the kiosk's zbar pass misread.
int zbarMisreads(const std::vector<Sample> &samples, QTextStream &out)
{
    zbar::zbar_image_scanner_t *scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 1);
    int plainCount = 0;
    int kioskCount = 0;
    for (const Sample &s : samples) {
        const QString plain = zbarRead(scanner, s.grey);
        const auto kiosk = ZbarProductReader().read(
            s.grey.constBits(), s.grey.width(), s.grey.height(), ScanProfile::itemTags().symbologies);
        const auto misread = [&](const QString &read) {
            return !read.isEmpty() && !matches(read, s.expected)
                && ZbarProductReader::hasValidCheckDigit(read.toStdString());
        };
        const bool byPlain = misread(plain);
        const bool byKiosk = kiosk && misread(kiosk->text);
        if (!byPlain && !byKiosk)
            continue;
        plainCount += byPlain;
        kioskCount += byKiosk;
        out << s.file << ": expected " << s.expected << ", zbar " << (byPlain ? plain : u"-"_s)
            << ", kiosk zbar pass " << (byKiosk ? kiosk->text : u"-"_s) << '\n';
    }
    zbar::zbar_image_scanner_destroy(scanner);
    out << "zbar misreads with a valid check digit on " << samples.size() << " frames: plain zbar "
        << plainCount << ", the kiosk's zbar pass " << kioskCount << '\n';
    return kioskCount;
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
    const int repeat = std::max(1, int(option(args, u"--repeat"_s, 3)));
    const double soakSeconds = option(args, u"--soak"_s, 0);
    const bool findZbarMisreads = args.removeAll(u"--zbar-misreads"_s) > 0;
    const bool listMisses = args.removeAll(u"--misses"_s) > 0;
    const QString root = args.value(0, QStringLiteral(KIOSK_BARCODE_IMAGES));
    QTextStream out(stdout);
    out << "kiosk-bench-scan on " << root << "; " << memory() << "\n";

    std::vector<Sample> samples = loadSamples(root);
    if (samples.empty()) {
        out << "kiosk-bench-scan: no images under " << root << " (build the barcode-images target)\n";
        return 1;
    }
    if (findZbarMisreads) {
        zbarMisreads(samples, out);
        return 0;
    }
    if (soakSeconds > 0) {
        soak(samples, soakSeconds, out);
        return 0;
    }
    const int kioskWrong = compareReaders(samples, repeat, listMisses, out);
    live(samples, out);
    out << "kiosk wrong reads: " << kioskWrong << "\n";
    return kioskWrong == 0 ? 0 : 1;
}
