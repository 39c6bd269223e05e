#pragma once

#include <QDir>
#include <QImage>
#include <QString>

namespace kiosk {

/// Compares a screenshot with a committed golden PNG. Both are reduced to half size and
/// grayscale (small goldens, blind to subpixel font smoothing); a pixel differs when its gray
/// levels are more than `tolerance` apart, and the images match when at most `maxDiffering` of
/// the pixels differ. On a mismatch it leaves <name>.fail.png (the reduced screenshot) and
/// <name>.diff.png (differing pixels in red) in the output directory. With KIOSK_UPDATE_GOLDENS=1
/// in the environment it writes the golden instead and reports a match.
class GoldenImage
{
public:
    struct Result
    {
        bool match = false;
        double differing = 1.0; ///< fraction of differing pixels
        QString message;
    };

    static QImage reduce(const QImage &screenshot);
    static Result compare(const QImage &screenshot, const QString &goldenPath, const QDir &outputDir,
        int tolerance = 32, double maxDiffering = 0.002);
};

} // namespace kiosk
