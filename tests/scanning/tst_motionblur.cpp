#include "camera/MotionBlur.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <cstdlib>
#include <vector>

using namespace kiosk::camera;

namespace {

constexpr int Size = 240;

/// A 2D code's picture, Size pixels square: modules of `module` pixels, dark (30) or light (220) at random.
std::vector<uint8_t> modules(int module)
{
    QRandomGenerator random(7);
    const int perSide = Size / module + 1;
    std::vector<bool> dark(size_t(perSide) * size_t(perSide));
    for (size_t i = 0; i < dark.size(); ++i)
        dark[i] = random.bounded(2) == 1;
    std::vector<uint8_t> picture(size_t(Size) * size_t(Size));
    for (int y = 0; y < Size; ++y)
        for (int x = 0; x < Size; ++x)
            picture[size_t(y) * Size + size_t(x)]
                = dark[size_t(y / module) * size_t(perSide) + size_t(x / module)] ? 30 : 220;
    return picture;
}

/// The picture as a camera moving at `degrees` sees it: each point the mean of `length` points along a
/// straight line through it (the edge repeated past the picture's border).
std::vector<uint8_t> smeared(const std::vector<uint8_t> &picture, double degrees, int length)
{
    std::vector<uint8_t> out(picture.size());
    const double ux = std::cos(degrees * M_PI / 180);
    const double uy = std::sin(degrees * M_PI / 180);
    for (int y = 0; y < Size; ++y) {
        for (int x = 0; x < Size; ++x) {
            int sum = 0;
            for (int k = 0; k < length; ++k) {
                const double t = k - (length - 1) / 2.0;
                const int sx = std::clamp(x + int(std::lround(t * ux)), 0, Size - 1);
                const int sy = std::clamp(y + int(std::lround(t * uy)), 0, Size - 1);
                sum += picture[size_t(sy) * Size + size_t(sx)];
            }
            out[size_t(y) * Size + size_t(x)] = uint8_t((sum + length / 2) / length);
        }
    }
    return out;
}

/// The picture mirrored about its diagonal: rows become columns.
std::vector<uint8_t> transposed(const std::vector<uint8_t> &picture)
{
    std::vector<uint8_t> out(picture.size());
    for (int y = 0; y < Size; ++y)
        for (int x = 0; x < Size; ++x)
            out[size_t(x) * Size + size_t(y)] = picture[size_t(y) * Size + size_t(x)];
    return out;
}

/// Mean absolute difference of two pictures in grey levels, away from the border by `margin` pixels.
double difference(const std::vector<uint8_t> &a, const std::vector<uint8_t> &b, int margin)
{
    double sum = 0;
    int count = 0;
    for (int y = margin; y < Size - margin; ++y) {
        for (int x = margin; x < Size - margin; ++x) {
            const size_t at = size_t(y) * Size + size_t(x);
            sum += std::abs(int(a[at]) - int(b[at]));
            ++count;
        }
    }
    return sum / count;
}

} // namespace

/// Pins how the Unsmeared pass tells a motion blur's length and undoes it (BarcodeReader gives it the
/// direction, from the gradients).
class TestMotionBlur : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresTheSmear_data()
    {
        QTest::addColumn<int>("module");
        QTest::addColumn<double>("degrees");
        QTest::addColumn<int>("length");
        QTest::newRow("level, 5 px, 3 px modules") << 3 << 0.0 << 5;
        QTest::newRow("30 degrees, 7 px, 3 px modules") << 3 << 30.0 << 7;
        QTest::newRow("upright, 5 px, 4 px modules") << 4 << 90.0 << 5;
        QTest::newRow("120 degrees, 9 px, 3 px modules") << 3 << 120.0 << 9;
        QTest::newRow("160 degrees, 11 px, 5 px modules") << 5 << 160.0 << 11;
    }
    void measuresTheSmear()
    {
        QFETCH(int, module);
        QFETCH(double, degrees);
        QFETCH(int, length);
        const std::vector<uint8_t> picture = smeared(modules(module), degrees, length);
        const auto measured = motionblur::smearLength(picture.data(), Size, Size, Size, degrees);
        QVERIFY(measured);
        QVERIFY2(std::abs(*measured - length) <= 1,
            qPrintable(QStringLiteral("measured %1 px, smeared %2 px").arg(*measured).arg(length)));
    }

    void tellsNothingFromATinyPicture()
    {
        const std::vector<uint8_t> picture = smeared(modules(3), 0, 5);
        QVERIFY(!motionblur::smearLength(picture.data(), 40, 40, Size, 0));
    }

    void undoesASmearDownColumns_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("5 px") << 5;
        QTest::newRow("7 px") << 7;
        QTest::newRow("9 px") << 9;
    }
    /// Ten iterations restore part of the steps, not all: enough on camera frames (tst_blackbox reads one a
    /// phone smeared), while more would raise the sensor noise as well.
    void undoesASmearDownColumns()
    {
        QFETCH(int, length);
        const std::vector<uint8_t> sharp = modules(3);
        const std::vector<uint8_t> seen = smeared(sharp, 90, length);
        std::vector<uint8_t> restored = seen;
        motionblur::undoDownColumns(restored.data(), Size, Size, length);
        const double before = difference(seen, sharp, 2 * length);
        const double after = difference(restored, sharp, 2 * length);
        QVERIFY2(after < 0.8 * before,
            qPrintable(QStringLiteral("off by %1 grey levels after, %2 before").arg(after).arg(before)));
        std::vector<uint8_t> acrossTheSmear = seen; // the same picture undone along the rows
        motionblur::undoAlongRows(acrossTheSmear.data(), Size, Size, length);
        QVERIFY(difference(acrossTheSmear, sharp, 2 * length) > after);
    }

    /// A smear along the rows (a 1D code's strip smeared across its bars) is undone along them, exactly as
    /// the picture turned a quarter would be down its columns.
    void undoesASmearAlongRows()
    {
        constexpr int Length = 7;
        const std::vector<uint8_t> sharp = modules(3);
        const std::vector<uint8_t> seen = smeared(sharp, 0, Length);
        std::vector<uint8_t> restored = seen;
        motionblur::undoAlongRows(restored.data(), Size, Size, Length);
        QVERIFY(difference(restored, sharp, 2 * Length) < 0.8 * difference(seen, sharp, 2 * Length));
        std::vector<uint8_t> turned = smeared(transposed(sharp), 90, Length);
        QCOMPARE(turned, transposed(seen));
        motionblur::undoDownColumns(turned.data(), Size, Size, Length);
        QCOMPARE(turned, transposed(restored));
    }
};

QTEST_GUILESS_MAIN(TestMotionBlur)
#include "tst_motionblur.moc"
