// kiosk-bench-scan: detection rate, wrong reads and decode time per 1280x720 frame on the blackbox image set,
// for the kiosk pipeline (BarcodeReader with the screen's profile), plain ZXing::ReadBarcode with default
// hints, and zbar; then the live pipeline's sustained frame rate on one core and its memory.
// usage: kiosk-bench-scan [IMAGE_ROOT] [--seconds N]
// zbar's C++ wrappers clash with names Qt headers define: include it first.
#include <zbar.h>

#include "camera/BarcodeReader.h"

#include <ZXing/ReadBarcode.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using kiosk::camera::BarcodeReader;
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

long rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
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

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    double seconds = 3;
    if (const auto at = args.indexOf(u"--seconds"_s); at >= 0 && at + 1 < args.size()) {
        seconds = args.at(at + 1).toDouble();
        args.remove(at, 2);
    }
    const QString root = args.value(0, QStringLiteral(KIOSK_BARCODE_IMAGES));
    QTextStream out(stdout);
    const long rssStart = rssKiB();

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
    if (samples.empty()) {
        out << "kiosk-bench-scan: no images under " << root << " (build the barcode-images target)\n";
        return 1;
    }

    zbar::zbar_image_scanner_t *scanner = zbar::zbar_image_scanner_create();
    zbar::zbar_image_scanner_set_config(scanner, zbar::ZBAR_NONE, zbar::ZBAR_CFG_ENABLE, 1);
    const BarcodeReader reader;
    Decoder kiosk { "kiosk pipeline", {}, {} };
    Decoder plain { "zxing plain", {}, {} };
    Decoder zbar { "zbar", {}, {} };
    QElapsedTimer timer;
    for (const Sample &s : samples) {
        timer.start();
        const auto k = reader.read(s.grey, profileFor(s.kind));
        record(kiosk, s, k ? k->text : QString(), double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        const auto p = ZXing::ReadBarcode(ZXing::ImageView(s.grey.constBits(), s.grey.width(),
            s.grey.height(), ZXing::ImageFormat::Lum, int(s.grey.bytesPerLine())));
        record(plain, s, p.isValid() ? QString::fromStdString(p.text()) : QString(),
            double(timer.nsecsElapsed()) / 1e6);

        timer.start();
        const QString z = zbarRead(scanner, s.grey);
        record(zbar, s, z, double(timer.nsecsElapsed()) / 1e6);
    }
    zbar::zbar_image_scanner_destroy(scanner);

    out << "detection per kind (hits/total, wrong reads) on " << samples.size() << " frames from " << root
        << "\n";
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
    out << "\ndecode ms per frame (all frames)\n";
    for (const Decoder *d : { &kiosk, &plain, &zbar })
        out << QStringLiteral("%1 median %2  p99 %3\n")
                   .arg(QString::fromLatin1(d->name), -16)
                   .arg(percentile(d->ms, 0.5), 7, 'f', 2)
                   .arg(percentile(d->ms, 0.99), 7, 'f', 2);
    out << QStringLiteral("kiosk/plain median ratio %1\n")
               .arg(percentile(kiosk.ms, 0.5) / percentile(plain.ms, 0.5), 0, 'f', 2);

    // Live mode as FrameDecoder runs it: fast pass plus one rotating extra pass per frame, one thread.
    const long rssBefore = rssKiB();
    int frames = 0;
    timer.start();
    while (timer.elapsed() < qint64(seconds * 1000)) {
        const Sample &s = samples[size_t(frames) % samples.size()];
        reader.read(s.grey, profileFor(s.kind), 1, frames % BarcodeReader::ExtraPassCount);
        ++frames;
    }
    const double fps = frames / (double(timer.elapsed()) / 1000.0);
    out << QStringLiteral("\nlive pipeline: %1 frames/s sustained on one thread over %2 s\n")
               .arg(fps, 0, 'f', 1)
               .arg(seconds);
    out << "RSS KiB: start " << rssStart << ", before live run " << rssBefore << ", after " << rssKiB()
        << "\n";
    out << "kiosk wrong reads: " << kioskWrong << "\n";
    return kioskWrong == 0 ? 0 : 1;
}
