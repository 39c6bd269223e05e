#include "GoldenImage.h"

#include <QFileInfo>

#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QImage GoldenImage::reduce(const QImage &screenshot)
{
    return screenshot.convertToFormat(QImage::Format_Grayscale8)
        .scaled(screenshot.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

GoldenImage::Result GoldenImage::compare(const QImage &screenshot, const QString &goldenPath,
    const QDir &outputDir, int tolerance, double maxDiffering)
{
    const QImage actual = reduce(screenshot);
    const QString name = QFileInfo(goldenPath).completeBaseName();
    if (qEnvironmentVariableIntValue("KIOSK_UPDATE_GOLDENS") == 1) {
        const bool saved = QDir().mkpath(QFileInfo(goldenPath).path()) && actual.save(goldenPath);
        return { saved, 0.0, saved ? u"golden written: "_s + goldenPath : u"cannot write "_s + goldenPath };
    }
    const QString failPath = outputDir.filePath(name + u".fail.png"_s);
    const QString diffPath = outputDir.filePath(name + u".diff.png"_s);
    QFile::remove(failPath);
    QFile::remove(diffPath);

    const QImage golden = QImage(goldenPath).convertToFormat(QImage::Format_Grayscale8);
    if (golden.isNull() || golden.size() != actual.size()) {
        actual.save(failPath);
        return { false, 1.0,
            golden.isNull() ? u"no golden %1 (run with KIOSK_UPDATE_GOLDENS=1 to create it)"_s.arg(goldenPath)
                            : u"size %1x%2, golden %3x%4"_s.arg(actual.width())
                                  .arg(actual.height())
                                  .arg(golden.width())
                                  .arg(golden.height()) };
    }
    QImage diff(actual.size(), QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const uchar *a = actual.constScanLine(y);
        const uchar *g = golden.constScanLine(y);
        auto *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const bool differs = std::abs(int(a[x]) - int(g[x])) > tolerance;
            differing += differs;
            d[x] = differs ? qRgb(255, 0, 0) : qRgb(a[x] / 2 + 127, a[x] / 2 + 127, a[x] / 2 + 127);
        }
    }
    Result result;
    result.differing = double(differing) / double(qint64(actual.width()) * actual.height());
    result.match = result.differing <= maxDiffering;
    if (!result.match) {
        actual.save(failPath);
        diff.save(diffPath);
        result.message = u"%1: %2% of pixels differ (allowed %3%); see %4 and %5"_s.arg(name)
                             .arg(result.differing * 100, 0, 'f', 2)
                             .arg(maxDiffering * 100, 0, 'f', 2)
                             .arg(failPath, diffPath);
    }
    return result;
}

} // namespace kiosk
