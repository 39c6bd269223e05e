#include "HardwareSelection.h"

#include "detect/HardwareChoice.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcHardware, "kiosk.hardware")

namespace kiosk {

HardwareSelection::HardwareSelection(Setup setup, QObject *parent)
    : QObject(parent)
    , m_setup(std::move(setup))
{
    connect(&m_watcher, &QFutureWatcher<QList<drivers::DetectedDevice>>::finished, this,
        &HardwareSelection::detected);
}

HardwareSelection::~HardwareSelection()
{
    m_watcher.waitForFinished();
}

QStringList HardwareSelection::found() const
{
    // What it is first, where it is last: a long node path is what gets cut on the screen.
    QStringList lines;
    for (const drivers::DetectedDevice &device : m_found) {
        QString line = (device.reachable ? u"✓ "_s : u"✗ "_s) + device.kind + u": "_s
            + (device.name.isEmpty() ? device.node : device.name);
        if (!device.usb.isEmpty())
            line += u" ["_s + device.usb + u']';
        if (!device.reachable)
            line += u' ' + tr("(not answering)");
        if (!device.name.isEmpty() && device.name != device.node)
            line += u" · "_s + device.node;
        lines.append(line);
    }
    return lines;
}

QList<HardwareOption> HardwareSelection::profiles() const
{
    QList<HardwareOption> options;
    for (const drivers::ProfileFit &fit : m_ranked) {
        HardwareOption option { fit.profile, fit.label, fit.fits(), fit.profile == m_proposed, {} };
        if (!fit.error.isEmpty())
            option.missing = tr("cannot be used: %1").arg(fit.error);
        else if (!fit.hasRules)
            option.missing = tr("no match rules: detection cannot check it");
        else if (!fit.missing.isEmpty())
            option.missing = tr("missing: %1").arg(fit.missing.join(u", "_s));
        options.append(option);
    }
    return options;
}

void HardwareSelection::detect()
{
    if (busy())
        return;
    m_message.clear();
    m_detecting = true;
    m_watcher.setFuture(QtConcurrent::run(m_setup.detect));
    Q_EMIT changed();
}

void HardwareSelection::detected()
{
    m_detecting = false;
    m_found = m_watcher.result();
    m_ranked = m_setup.catalog.rank(m_found);
    if (m_setup.offerSimulated) {
        m_ranked.append(drivers::ProfileCatalog::simulated());
        std::stable_sort(m_ranked.begin(), m_ranked.end(), drivers::ProfileFit::better);
    }
    const std::optional<drivers::ProfileFit> proposal = drivers::ProfileCatalog::proposal(m_ranked);
    m_proposed = proposal ? proposal->profile : QString();
    if (!m_picked)
        m_selected = m_proposed;
    if (!proposal)
        m_message = tr("No hardware profile fits the devices found. Check the cables and tap Look again.");
    qCInfo(lcHardware).noquote() << "found" << m_found.size() << "devices; proposed profile:"
                                 << (m_proposed.isEmpty() ? u"none"_s : m_proposed);
    Q_EMIT changed();
}

void HardwareSelection::select(const QString &profile)
{
    if (!fit(profile))
        return;
    m_selected = profile;
    m_picked = true;
    m_message.clear();
    Q_EMIT changed();
}

bool HardwareSelection::confirm()
{
    if (busy()) {
        fail(tr("Still looking for devices. Wait a moment, then confirm."));
        return false;
    }
    const drivers::ProfileFit *chosen = fit(m_selected);
    if (!chosen) {
        fail(tr("Pick a hardware profile first."));
        return false;
    }
    if (!chosen->error.isEmpty()) {
        fail(tr("The profile \"%1\" cannot be used: %2").arg(chosen->profile, chosen->error));
        return false;
    }
    if (!chosen->missing.isEmpty()) {
        fail(tr("The profile \"%1\" needs %2, which was not found. Connect it and tap Look again, or pick "
                "another profile.")
                 .arg(chosen->profile, chosen->missing.join(u", "_s)));
        return false;
    }
    QString error;
    if (!drivers::HardwareChoice { chosen->profile, m_proposed, m_found }.save(m_setup.dataDir, &error)) {
        fail(tr("The hardware choice could not be saved: %1").arg(error));
        return false;
    }
    qCInfo(lcHardware).noquote() << "hardware profile chosen:" << chosen->profile;
    m_message.clear();
    Q_EMIT changed();
    return true;
}

const drivers::ProfileFit *HardwareSelection::fit(const QString &profile) const
{
    const auto it = std::find_if(m_ranked.cbegin(), m_ranked.cend(),
        [&profile](const drivers::ProfileFit &fit) { return fit.profile == profile; });
    return it == m_ranked.cend() ? nullptr : &*it;
}

void HardwareSelection::fail(const QString &message)
{
    qCWarning(lcHardware).noquote() << message;
    m_message = message;
    Q_EMIT changed();
}

} // namespace kiosk
