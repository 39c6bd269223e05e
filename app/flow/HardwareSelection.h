#pragma once

#include "HardwareOption.h"
#include "detect/DetectedDevice.h"
#include "detect/ProfileCatalog.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>

namespace kiosk {

/// The first boot's hardware step (the `Hardware` QML singleton): what detection found, every hardware
/// profile ranked against it with the best fitting one proposed and selected, and the technician's
/// confirmation. A profile whose required device is missing is refused with the device named; the
/// choice is saved in the data directory (drivers::HardwareChoice) for `--hardware=auto`. Detection runs
/// off the GUI thread; "Look again" runs it anew.
class HardwareSelection : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(QStringList found READ found NOTIFY changed)
    Q_PROPERTY(QList<kiosk::HardwareOption> profiles READ profiles NOTIFY changed)
    Q_PROPERTY(QString proposed READ proposed NOTIFY changed)
    Q_PROPERTY(QString selected READ selected NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    /// Lists the attached devices; called on a worker thread.
    using Detect = std::function<QList<drivers::DetectedDevice>()>;

    struct Setup
    {
        Detect detect;
        drivers::ProfileCatalog catalog;
        QString dataDir; ///< where hardware.json is saved
        bool offerSimulated
            = false; ///< list `sim` (always fits, proposed last): a kiosk run with --hardware=sim
    };

    explicit HardwareSelection(Setup setup, QObject *parent = nullptr);
    ~HardwareSelection() override;

    bool busy() const { return m_detecting; }
    /// One line per device found, "✓ serial: FT232R USB UART [0403:6001] · /dev/ttyUSB0"; ✗ when it does not
    /// answer.
    QStringList found() const;
    QList<HardwareOption> profiles() const;
    QString proposed() const { return m_proposed; }
    QString selected() const { return m_selected; }
    QString message() const { return m_message; }

    /// Looks for devices (again) and ranks the profiles; keeps a profile the technician picked.
    Q_INVOKABLE void detect();
    /// The technician picks a profile (any listed one; confirm() checks it).
    Q_INVOKABLE void select(const QString &profile);
    /// Saves the selected profile if every device it requires was found: true. Otherwise (a missing
    /// device, none selected, still looking, the file not written) false with the message set.
    bool confirm();

Q_SIGNALS:
    void changed();

private:
    void detected();
    const drivers::ProfileFit *fit(const QString &profile) const;
    void fail(const QString &message);

    Setup m_setup;
    QFutureWatcher<QList<drivers::DetectedDevice>> m_watcher;
    QList<drivers::DetectedDevice> m_found;
    QList<drivers::ProfileFit> m_ranked;
    QString m_proposed;
    QString m_selected;
    bool m_detecting = false; ///< from detect() until its result is ranked
    bool m_picked = false; ///< the technician chose m_selected: a new detection keeps it
    QString m_message;
};

} // namespace kiosk
