#include "FrameDecoder.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcDecode)

namespace kiosk::camera {

namespace {

/// Measures and decodes an image, in 8-bit grey.
FrameDecoder::FrameRead readImage(
    const QImage &image, const BarcodeReader &reader, const ScanProfile &profile, int extraPass)
{
    const QImage grey = image.format() == QImage::Format_Grayscale8
        ? image
        : image.convertToFormat(QImage::Format_Grayscale8);
    if (grey.isNull())
        return {};
    return { FrameSharpness::measure(
                 { grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()), 1 }),
        reader.read(grey, profile, 1, extraPass) };
}

/// Measures and decodes a mapped frame straight from its luminance plane when the pixel format has one.
FrameDecoder::FrameRead readVideoFrame(
    QVideoFrame frame, const BarcodeReader &reader, const ScanProfile &profile, int extraPass)
{
    if (!frame.map(QVideoFrame::ReadOnly))
        return {};
    const auto luma = [&](int offset, int pixStride) {
        return BarcodeReader::Luma { frame.bits(0) + offset, frame.width(), frame.height(),
            frame.bytesPerLine(0), pixStride };
    };
    std::optional<BarcodeReader::Luma> plane;
    switch (frame.pixelFormat()) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        plane = luma(0, 1);
        break;
    case QVideoFrameFormat::Format_YUYV:
        plane = luma(0, 2);
        break;
    case QVideoFrameFormat::Format_UYVY:
        plane = luma(1, 2);
        break;
    default:
        break;
    }
    if (!plane) {
        frame.unmap();
        return readImage(frame.toImage(), reader, profile, extraPass);
    }
    FrameDecoder::FrameRead read { FrameSharpness::measure(*plane),
        reader.read(*plane, profile, 1, extraPass) };
    frame.unmap();
    return read;
}

} // namespace

FrameDecoder::FrameDecoder(QObject *parent)
    : QObject(parent)
    , m_clock([] {
        static QElapsedTimer timer;
        if (!timer.isValid())
            timer.start();
        return timer.elapsed();
    })
{
    qRegisterMetaType<DecodedBarcode>();
    qRegisterMetaType<FrameSharpness::Measurement>();
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("FrameDecoder"));
}

FrameDecoder::~FrameDecoder()
{
    m_pool.waitForDone();
}

void FrameDecoder::setProfile(const ScanProfile &profile)
{
    const QMutexLocker lock(&m_profileMutex);
    m_profile = profile;
}

void FrameDecoder::waitForIdle()
{
    m_pool.waitForDone();
}

bool FrameDecoder::submit(const QVideoFrame &frame)
{
    return start([this, frame](const ScanProfile &profile, int extraPass) {
        return readVideoFrame(frame, m_reader, profile, extraPass);
    });
}

bool FrameDecoder::submit(const QImage &image)
{
    return start([this, image](const ScanProfile &profile, int extraPass) {
        return readImage(image, m_reader, profile, extraPass);
    });
}

bool FrameDecoder::start(std::function<FrameRead(const ScanProfile &, int)> work)
{
    if (m_busy.exchange(true)) {
        ++m_dropped;
        return false;
    }
    ScanProfile profile;
    {
        const QMutexLocker lock(&m_profileMutex);
        profile = m_profile;
    }
    const int frameNo = m_frameNo++;
    const int extraPass = m_nextPass;
    m_nextPass = (m_nextPass + 1) % BarcodeReader::ExtraPassCount;
    m_pool.start([this, work = std::move(work), profile, extraPass, frameNo] {
        const FrameRead read = work(profile, extraPass);
        ++m_decodedFrames;
        m_busy = false;
        QMetaObject::invokeMethod(
            this, [this, frameNo, extraPass, read] { finished(frameNo, extraPass, read); },
            Qt::QueuedConnection);
    });
    return true;
}

namespace {

/// A retail code as a GTIN-14 (left-padded with zeros), empty for anything else.
QString asGtin14(const QString &text)
{
    const bool digits = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (!digits || text.size() < 8 || text.size() > 14)
        return {};
    return QString(14 - text.size(), u'0') + text;
}

} // namespace

void FrameDecoder::setExpectedCodes(const QStringList &codes)
{
    m_expected.clear();
    for (const QString &code : codes)
        if (const QString gtin = asGtin14(code); !gtin.isEmpty())
            m_expected.append(gtin);
}

void FrameDecoder::finished(int frameNo, int extraPass, const FrameRead &read)
{
    Q_EMIT frameMeasured(read.sharpness);
    const std::optional<DecodedBarcode> &barcode = read.barcode;
    // A pending read is forgotten once a later frame looked again the same way and did not see it, or
    // after a few frames: the code has gone, or it was never there.
    if (m_pending && frameNo > m_pending->frameNo
        && ((extraPass == m_pending->retryPass && (!barcode || barcode->text != m_pending->text))
            || frameNo - m_pending->frameNo > MaxFramesToConfirm))
        m_pending.reset();
    if (barcode && confirmed(frameNo, *barcode))
        deliver(*barcode);
}

bool FrameDecoder::confirmed(int frameNo, const DecodedBarcode &barcode)
{
    const std::optional<Pending> before = std::exchange(m_pending, std::nullopt);
    if (!barcode.needsConfirmation)
        return true;
    if (const QString gtin = asGtin14(barcode.text); !gtin.isEmpty() && m_expected.contains(gtin))
        return true;
    // The same text in a later frame; zbar is believed only when ZXing read it.
    if (before && before->text == barcode.text && before->frameNo < frameNo
        && (!barcode.byZbar || !before->byZbar))
        return true;
    const auto pass = BarcodeReader::ExtraPass(barcode.pass - 1);
    // The next frame looks again the same way; after a zbar read, with the bar-aligned pass (ZXing and the
    // profile decoders: the strongest reader of 1D codes that is not zbar).
    m_nextPass = pass == BarcodeReader::Zbar ? int(BarcodeReader::BarAligned) : int(pass);
    m_pending = Pending { barcode.text, frameNo, m_nextPass, barcode.byZbar };
    qCDebug(lcDecode) << "read by pass" << barcode.pass << "waits for confirmation";
    return false;
}

void FrameDecoder::deliver(const DecodedBarcode &barcode)
{
    const qint64 now = m_clock();
    const auto last = m_lastSeen.constFind(barcode.text);
    const bool duplicate = last != m_lastSeen.cend() && now - *last < m_duplicateWindowMs;
    // Forget codes not seen for a while so the table stays small on a kiosk that runs for months.
    m_lastSeen.removeIf([&](const auto &entry) { return now - entry.value() >= m_duplicateWindowMs; });
    m_lastSeen.insert(barcode.text, now);
    if (duplicate)
        return;
    qCDebug(lcDecode) << "decoded" << barcode.format << "length" << barcode.text.size() << "pass"
                      << barcode.pass;
    Q_EMIT decoded(barcode);
}

} // namespace kiosk::camera
