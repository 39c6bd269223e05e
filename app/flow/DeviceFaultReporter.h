#pragma once

#include "dropoff/ChuteLock.h"
#include "printer/ReceiptPrinter.h"

#include <QMap>
#include <QObject>
#include <QString>

namespace kiosk {

class Clock;
class Journal;
namespace scanner {
class Scanner;
} // namespace scanner

/// Tells the backend when a device faults and when it works again: a `fault` event in the journal's
/// outbox (docs/protocol.yaml: device, code, message, at, cleared) once per change, never once per
/// screen. It watches the devices itself; a fault clears when the device next does its job (a
/// receipt printed, an item through the chute, the scanner plugged back in).
class DeviceFaultReporter : public QObject
{
    Q_OBJECT
public:
    DeviceFaultReporter(
        Journal &journal, const Clock &clock, const QString &kioskId, QObject *parent = nullptr);

    void watch(drivers::ReceiptPrinter &printer);
    /// @p device: "chute" for the kiosk's first chute, "chute:<id>" for each other one.
    void watch(drivers::ChuteLock &chute, const QString &device = QStringLiteral("chute"));
    void watch(scanner::Scanner &scanner);

    /// The device's fault `code` (e.g. "paper_out"), or "" when it is clear; nothing is recorded when
    /// that is already known.
    void report(const QString &device, const QString &code, const QString &message);
    QString activeFault(const QString &device) const { return m_active.value(device); }

private:
    Journal &m_journal;
    const Clock &m_clock;
    QString m_kioskId;
    QMap<QString, QString> m_active; ///< device -> its fault code, for devices that are faulted
};

} // namespace kiosk
