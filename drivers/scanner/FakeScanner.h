#pragma once

#include "scanner/Scanner.h"

#include <QStringList>

namespace kiosk::scanner {

/// The scanner for --hardware=sim and tests: scans and faults are scripted by calling its methods, or by
/// play() with a script such as "scan RK-1000123; unplug; plug; garbage; partial 40063".
class FakeScanner : public Scanner
{
    Q_OBJECT
public:
    using Scanner::Scanner;

    bool isConnected() const override { return m_connected; }

    void scan(const QString &text);
    void unplug();
    void plug();
    /// Bytes that are not a scan: reported as a fault, nothing scanned.
    void garbage();
    /// A read cut off before its terminator: dropped and reported, like the real drivers do.
    void partial(const QString &text);
    /// Runs a ';'-separated script of the commands above; false (and nothing run) on an unknown command.
    bool play(const QString &script);

    /// Reads the self-test's code soon, as a technician holding up the test page would; or, when
    /// scripted, the next scripted answer instead (an empty answer: nothing is read).
    void testCodeWanted(const QString &code) override;
    void scriptTestAnswer(const QString &text) { m_testAnswers.append(text); }

private:
    bool m_connected = true;
    QStringList m_testAnswers;
};

} // namespace kiosk::scanner
