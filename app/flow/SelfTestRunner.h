#pragma once

#include "SelfTestResult.h"
#include "dropoff/ChuteLock.h"
#include "indicator/Indicator.h"
#include "journal/Journal.h"
#include "printer/Receipt.h"
#include "printer/ReceiptPrinter.h"
#include "sensor/ItemSensor.h"
#include "sync/BackendProbe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>

namespace kiosk {

class Clock;
namespace scanner {
class Scanner;
} // namespace scanner

/// Exercises every device of the hardware profile, one after another, and says per part whether it
/// works and, when not, what to check: the printer prints a test page (with the test code as a
/// barcode), the chute opens and reports closed within 2 s, the scale gives a reading, the light
/// flashes, the scanner or camera reads the test code, the backend answers GET /v1/health over the
/// kiosk's TLS. No UI: the maintenance page, first boot and `kioskctl selftest` run the same runner.
/// Each device wait has a time limit, so a device that says nothing fails instead of hanging.
class SelfTestRunner : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QList<kiosk::SelfTestResult> results READ results NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    /// Finished at least once since start-up.
    Q_PROPERTY(bool finished READ hasFinished NOTIFY changed)
    /// Finished and nothing failed (skipped parts do not fail it).
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    /// Waiting for the test code: someone should hold the test page to the scanner or camera.
    Q_PROPERTY(bool wantsCode READ wantsCode NOTIFY changed)
    Q_PROPERTY(QString testCode READ testCode CONSTANT)

public:
    struct Devices
    {
        drivers::ReceiptPrinter *printer = nullptr;
        std::vector<drivers::NamedChute>
            chutes; ///< each cycled in turn; the part fails on the first that fails
        drivers::ItemSensor *scale = nullptr;
        drivers::Indicator *indicator = nullptr;
        scanner::Scanner *scanner = nullptr; ///< null: codes come from the camera only, if any
        bool camera = false; ///< a camera reads codes (fed through codeRead())
        BackendProbe *backend = nullptr; ///< null: no backend configured (skipped)
    };
    /// Time limits in milliseconds, and what the test page says.
    struct Config
    {
        int printMs = 15000;
        int chuteCloseSeconds = 2; ///< the flap reports closed within this, after opening within it
        int scaleMs = 4000;
        int flashMs = 1500;
        int scanMs = 20000;
        int backendMs = 8000;
        QString kioskId {};
        QString storeName {};
        QString profile {};
        QTimeZone storeZone = QTimeZone::utc();
    };

    /// Every part id, in the order they run.
    static QStringList partIds();

    SelfTestRunner(Devices devices, const Clock &clock, Config config, QObject *parent = nullptr);

    QList<SelfTestResult> results() const { return m_results; }
    bool running() const { return m_current >= 0; }
    bool hasFinished() const { return m_finishedAt.isValid() && !running(); }
    bool passed() const;
    bool wantsCode() const { return running() && m_results.at(m_current).part == u"scanner"; }
    QString testCode() const { return m_testCode; }
    /// The parts that failed, as their ids ("chute").
    QStringList failedParts() const;
    /// The chute that failed the last run's chute test, by id; empty when none did.
    QString failedChute() const { return m_failedChute; }
    int chuteCount() const { return int(m_devices.chutes.size()); }
    /// The result of @p part from the last run; a default (Waiting) one when it never ran.
    SelfTestResult result(const QString &part) const;

    /// The backend to probe from the next run on (first boot: the one the kiosk just enrolled with).
    void setBackend(BackendProbe *backend);
    /// Runs every test but those in @p skip (part ids). Ignored while running.
    Q_INVOKABLE void run(const QStringList &skip = {});
    /// A code from the scanner or the camera: true when the self-test was waiting for one (it is
    /// then the self-test's, not the shopper's; any code but the test code is passed over).
    bool codeRead(const QString &text);

    /// {"passed", "startedAt", "finishedAt", "profile", "results": [SelfTestResult::toJson()]}.
    QJsonObject report() const;
    /// The last run as a `selftest.completed` event: the report with the kiosk, who ran it (a colleague's
    /// id, `technician`) and from where (`maintenance`, `firstboot`, `kioskctl`).
    Journal::Event completedEvent(const QString &by, const QString &origin) const;
    /// The report as it prints on the receipt printer.
    drivers::Receipt reportReceipt() const;
    /// The test page the printer test prints: the test code as a barcode to scan next.
    drivers::Receipt testPage() const;

    /// The texts follow a language switch (results keep the language they were made in).
    Q_INVOKABLE void retranslate();

Q_SIGNALS:
    void changed();
    /// A run ended; results() and report() hold it.
    void finished();

private:
    void startPart();
    void testPrinter();
    void testChute();
    void cycleChute();
    QString chuteName() const; ///< "Chute", or "Chute <id>" on a kiosk with several
    void testScale();
    void testLight();
    void testScanner();
    void testBackend();
    /// Ends the current part (ignored when @p part is not the one running) and goes on to the next.
    void conclude(const QString &part, SelfTestResult::Outcome outcome, const QString &message,
        const QString &check = {});
    void pass(const QString &part, const QString &message)
    {
        conclude(part, SelfTestResult::Outcome::Passed, message);
    }
    void fail(const QString &part, const QString &message, const QString &check)
    {
        conclude(part, SelfTestResult::Outcome::Failed, message, check);
    }
    void timedOut();
    static QString partName(const QString &part, bool camera, bool scanner);
    QString time(const QDateTime &at) const;
    /// A page headed with the store, the kiosk and its hardware profile, as of @p at.
    drivers::Receipt kioskPage(const QString &title, const QDateTime &at) const;

    Devices m_devices;
    const Clock &m_clock;
    Config m_config;
    QString m_testCode;
    QList<SelfTestResult> m_results;
    QStringList m_skip;
    int m_current = -1;
    QTimer m_deadline;
    size_t m_chute = 0; ///< the chute being cycled
    QString m_failedChute;
    QList<QMetaObject::Connection> m_connections; ///< to the device of the running part
    drivers::Indicator::State m_lightBefore = drivers::Indicator::State::Off;
    bool m_testPageSent = false; ///< the printer test's page is out (not waiting for another job)
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace kiosk
