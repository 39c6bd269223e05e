#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>

namespace kiosk {

class Clock;
class Journal;
class SelfTestRunner;
namespace drivers {
class ReceiptPrinter;
} // namespace drivers

/// First boot's last step (the `FirstBootSelfTest` QML singleton): once the kiosk is enrolled and its
/// hardware confirmed, every device is self-tested; the report is shown, printed on the receipt
/// printer and journaled as a `selftest.completed` event (sent once the kiosk syncs). Only a passing
/// report, or a failing one the technician accepts with a reason (journaled as `selftest.accepted`),
/// hands the kiosk over; until then it stays in provisioning and the test can run again.
class FirstBootSelfTest : public QObject
{
    Q_OBJECT
    /// The report is in and can hand over (passed, or failed and accepted).
    Q_PROPERTY(bool reported READ reported NOTIFY changed)
    /// Why the last step did not go through, in the current language; empty when it did.
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    /// The shortest reason a technician may give for accepting a failed report.
    static constexpr int MinReasonLength = 5;

    FirstBootSelfTest(SelfTestRunner &runner, Journal &journal, drivers::ReceiptPrinter &printer,
        const Clock &clock, QObject *parent = nullptr);

    bool reported() const { return m_reported; }
    QString message() const { return m_message; }

    /// Runs the self-test for the kiosk enrolled as @p kioskId (the events name it).
    void start(const QString &kioskId);
    /// Runs it again (after the technician fixed something).
    Q_INVOKABLE void runAgain();
    /// Hands over after a passing report. False (and a message) when it did not pass.
    Q_INVOKABLE bool startKiosk();
    /// Hands over after a failed report, the technician's @p reason journaled with the failed parts.
    /// False with a message when the reason is too short or cannot be recorded.
    Q_INVOKABLE bool acceptFailure(const QString &reason);

Q_SIGNALS:
    void changed();
    /// The kiosk may start.
    void handOver();

private:
    void finished();
    bool record(const QString &id, const QString &type, const QJsonObject &payload);
    void setMessage(const QString &message);

    SelfTestRunner &m_runner;
    Journal &m_journal;
    drivers::ReceiptPrinter &m_printer;
    const Clock &m_clock;
    QString m_kioskId; ///< empty: not ours to run
    bool m_reported = false;
    QString m_message;
};

} // namespace kiosk
