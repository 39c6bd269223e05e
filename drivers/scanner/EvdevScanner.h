#pragma once

#include "scanner/KeyWedgeDecoder.h"
#include "scanner/Scanner.h"

#include <QSocketNotifier>

#include <memory>

namespace kiosk::scanner {

/// A USB HID keyboard-wedge scanner read from its evdev node and grabbed (EVIOCGRAB), so its keystrokes
/// never reach the UI's text fields; KeyWedgeDecoder turns key bursts into scans.
class EvdevScanner : public Scanner
{
    Q_OBJECT
public:
    explicit EvdevScanner(KeyWedgeDecoder::Config config = {}, QObject *parent = nullptr);
    ~EvdevScanner() override;

    /// Opens and grabs /dev/input/eventN (or a /dev/input/by-id link). False and a fault on failure.
    bool open(const QString &devicePath);
    /// Reads events from an already open descriptor (takes ownership); grab=false for pipes in tests.
    bool adopt(int fd, bool grab);
    bool isConnected() const override { return m_fd >= 0; }

private:
    void readEvents();
    void close();

    KeyWedgeDecoder m_decoder;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace kiosk::scanner
