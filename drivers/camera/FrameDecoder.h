#pragma once

#include "camera/BarcodeReader.h"
#include "camera/DecodedBarcode.h"
#include "camera/FrameSharpness.h"
#include "camera/ScanProfile.h"

#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <QVideoFrame>

#include <atomic>
#include <functional>
#include <optional>

namespace kiosk::camera {

/// Decodes camera frames off the GUI thread: one worker thread, and a frame that arrives while the worker is
/// busy is dropped, never queued, so latency stays one frame. Each frame gets the fast pass plus one extra
/// pass (rotating through them across frames), which keeps the cost per frame bounded. A read that needs
/// confirmation (zbar, an aggressive pass) is reported only when one of the next frames reads the same text
/// (the next frame retries that pass; a zbar read needs ZXing to agree) or the text is one the screen
/// expects (setExpectedCodes: at the chute, the order's GTINs). The same code seen again within the
/// duplicate window is reported once. Results arrive through the queued decoded() signal; every decoded
/// frame's sharpness (FrameSharpness, measured on the worker too) through frameMeasured().
class FrameDecoder : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<qint64()>; ///< monotonic milliseconds

    /// What the worker makes of one frame.
    struct FrameRead
    {
        FrameSharpness::Measurement sharpness;
        std::optional<DecodedBarcode> barcode;
    };

    explicit FrameDecoder(QObject *parent = nullptr);
    ~FrameDecoder() override;

    /// Takes effect from the next submitted frame; called when the screen changes.
    void setProfile(const ScanProfile &profile);
    void setDuplicateWindow(int ms) { m_duplicateWindowMs = ms; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// Codes the screen expects (GTINs at the chute, any length 8..14): a read of one of them needs no
    /// second frame. Empty by default.
    void setExpectedCodes(const QStringList &codes);
    /// The expected codes as GTIN-14s.
    QStringList expectedCodes() const { return m_expected; }
    /// Whether a read of BarcodeReader::read with every pass (as `kioskctl decode` runs it) is one the kiosk
    /// acts on while the same picture stays in view and the screen expects no codes. A zbar read is not:
    /// zbar runs last, so every other reader has already failed on these pixels, and zbar never confirms
    /// zbar. Any other read that needs confirmation is confirmed by the next frame looking the same way.
    static bool actedOnWhileStill(const DecodedBarcode &barcode) { return !barcode.byZbar; }

    /// Returns false (and counts a drop) when the worker is still busy with an earlier frame.
    bool submit(const QVideoFrame &frame);
    bool submit(const QImage &image);

    int droppedFrames() const { return m_dropped.load(); }
    int decodedFrames() const { return m_decodedFrames.load(); }
    /// Blocks until the worker is idle; for tests and shutdown.
    void waitForIdle();

Q_SIGNALS:
    void decoded(const kiosk::camera::DecodedBarcode &barcode);
    /// Every decoded frame (not the dropped ones), in the order they were submitted.
    void frameMeasured(const kiosk::camera::FrameSharpness::Measurement &measurement);

private:
    bool start(std::function<FrameRead(const ScanProfile &, int)> work);
    void finished(int frameNo, int extraPass, const FrameRead &read);
    bool confirmed(int frameNo, const DecodedBarcode &barcode);
    void deliver(const DecodedBarcode &barcode);

    /// The last read still waiting for confirmation, GUI thread only.
    struct Pending
    {
        QString text;
        int frameNo = -1;
        int retryPass = 0; ///< the extra pass that looks for it again
        bool byZbar = false;
    };
    /// Frames after a read that needs confirmation within which a second read confirms it.
    static constexpr int MaxFramesToConfirm = 3;

    BarcodeReader m_reader;
    QThreadPool m_pool;
    std::atomic<bool> m_busy { false };
    std::atomic<int> m_dropped { 0 };
    std::atomic<int> m_decodedFrames { 0 };
    QMutex m_profileMutex;
    ScanProfile m_profile = ScanProfile::orderCodes();
    int m_frameNo = 0; // GUI thread only: picks the extra pass
    int m_nextPass = 0; // GUI thread only: the extra pass the next frame gets
    std::optional<Pending> m_pending;
    QStringList m_expected; // GTIN-14s, GUI thread only
    int m_duplicateWindowMs = 1500;
    QHash<QString, qint64> m_lastSeen; // text -> clock ms, GUI thread only
    Clock m_clock;
};

} // namespace kiosk::camera
