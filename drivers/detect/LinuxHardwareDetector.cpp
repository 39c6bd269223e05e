#include "LinuxHardwareDetector.h"

#include <QCameraDevice>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QRegularExpression>
#include <QSerialPortInfo>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentMap>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {

/// The first line of a small sysfs attribute file, trimmed; empty when absent.
QString attribute(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(256)).trimmed();
}

/// The USB device a sysfs device sits under: the nearest directory at or above @p devicePath (a link
/// into /sys/devices) with idVendor and idProduct. Returns that directory, or empty.
QString usbParent(const QString &devicePath, const QString &sysRoot)
{
    const QString root = QFileInfo(sysRoot).canonicalFilePath();
    QString dir = QFileInfo(devicePath).canonicalFilePath();
    while (!dir.isEmpty() && dir.size() > root.size() && dir.startsWith(root)) {
        if (QFile::exists(dir + u"/idVendor"_s) && QFile::exists(dir + u"/idProduct"_s))
            return dir;
        dir = QFileInfo(dir).path();
    }
    return {};
}

/// "vvvv:pppp" from a USB device directory (see usbParent); empty when there is none.
QString usbIds(const QString &usbDir)
{
    if (usbDir.isEmpty())
        return {};
    const QString vendor = attribute(usbDir + u"/idVendor"_s).toLower();
    const QString product = attribute(usbDir + u"/idProduct"_s).toLower();
    return vendor.isEmpty() || product.isEmpty() ? QString() : vendor + u':' + product;
}

QStringList entries(const QString &dir, const QString &pattern)
{
    return QDir(dir).entryList(
        { pattern }, QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

const QStringList LinuxHardwareDetector::ScannerVendors { u"0c2e"_s, u"05e0"_s, u"05f9"_s, u"1eab"_s,
    u"065a"_s, u"0536"_s };

LinuxHardwareDetector::LinuxHardwareDetector(Sources sources)
    : m_sources(std::move(sources))
{ }

QList<DetectedDevice> LinuxHardwareDetector::detect() const
{
    QList<DetectedDevice> found = serialPorts();
    found += scanners();
    found += usbPrinters();
    found += networkPrinters();
    if (m_sources.cameras) {
        found += m_sources.cameras();
    } else {
        const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
        for (const QCameraDevice &camera : cameras)
            found.append({ u"camera"_s, QString::fromUtf8(camera.id()), camera.description(), {} });
    }
    found += gpioChips();
    return found;
}

QList<DetectedDevice> LinuxHardwareDetector::serialPorts() const
{
    const QString ttyClass = m_sources.sysRoot + u"/class/tty"_s;
    const QList<QSerialPortInfo> known = QSerialPortInfo::availablePorts();
    QList<DetectedDevice> found;
    for (const QString &tty : entries(ttyClass, u"*"_s)) {
        const QString device = ttyClass + u'/' + tty + u"/device"_s;
        if (!QFileInfo::exists(device))
            continue; // virtual terminals, ptys: no device behind them
        const auto info = std::find_if(known.cbegin(), known.cend(),
            [&tty](const QSerialPortInfo &port) { return port.portName() == tty; });
        // The legacy 8250 driver registers ports whether or not a UART is there: only those Qt's own
        // probe (TIOCGSERIAL) confirms count.
        if (QFileInfo(device + u"/driver"_s).canonicalFilePath().endsWith(u"/serial8250"_s)
            && info == known.cend())
            continue;
        const QString usbDir = usbParent(device, m_sources.sysRoot);
        DetectedDevice port { u"serial"_s, m_sources.devRoot + u'/' + tty, attribute(usbDir + u"/product"_s),
            usbIds(usbDir) };
        if (info != known.cend()) { // the same port as Qt sees it: its ids when sysfs gave none
            if (port.usb.isEmpty() && info->hasVendorIdentifier() && info->hasProductIdentifier())
                port.usb = u"%1:%2"_s.arg(info->vendorIdentifier(), 4, 16, QChar(u'0'))
                               .arg(info->productIdentifier(), 4, 16, QChar(u'0'));
            if (port.name.isEmpty())
                port.name = info->description();
        }
        found.append(port);
    }
    return found;
}

QList<DetectedDevice> LinuxHardwareDetector::scanners() const
{
    static const QRegularExpression scannerName(
        u"barcode|scanner|honeywell|metrologic|zebra|symbol|datalogic|newland|opticon|hand ?held"_s,
        QRegularExpression::CaseInsensitiveOption);
    // Stable names first: /dev/input/by-id/<bus>-<vendor>_<product>-event-kbd -> ../eventN.
    const QString byId = m_sources.devRoot + u"/input/by-id"_s;
    QHash<QString, QString> stableName; // eventN -> its by-id path
    for (const QString &link : entries(byId, u"*-event-kbd"_s))
        stableName.insert(
            QFileInfo(QFileInfo(byId + u'/' + link).symLinkTarget()).fileName(), byId + u'/' + link);

    QList<DetectedDevice> found;
    QSet<QString> seen;
    const QString inputClass = m_sources.sysRoot + u"/class/input"_s;
    for (const QString &event : entries(inputClass, u"event*"_s)) {
        const QString device = inputClass + u'/' + event + u"/device"_s;
        const QString name = attribute(device + u"/name"_s);
        const QString vendor = attribute(device + u"/id/vendor"_s).toLower();
        const QString product = attribute(device + u"/id/product"_s).toLower();
        if (!ScannerVendors.contains(vendor) && !scannerName.match(name).hasMatch())
            continue;
        seen.insert(event);
        found.append({ u"scanner"_s, stableName.value(event, m_sources.devRoot + u"/input/"_s + event), name,
            vendor.isEmpty() || product.isEmpty() ? QString() : vendor + u':' + product });
    }
    // A scanner whose by-id name says so but that sysfs did not show (a container with /dev only).
    for (auto it = stableName.cbegin(); it != stableName.cend(); ++it) {
        const QString link = QFileInfo(it.value()).fileName();
        if (!seen.contains(it.key()) && scannerName.match(link).hasMatch())
            found.append({ u"scanner"_s, it.value(), link.section(u'-', 1, -3).replace(u'_', u' '), {} });
    }
    return found;
}

QList<DetectedDevice> LinuxHardwareDetector::usbPrinters() const
{
    QList<DetectedDevice> found;
    for (const QString &lp : entries(m_sources.devRoot + u"/usb"_s, u"lp*"_s)) {
        const QString usbDir
            = usbParent(m_sources.sysRoot + u"/class/usbmisc/"_s + lp + u"/device"_s, m_sources.sysRoot);
        found.append({ u"usb-printer"_s, m_sources.devRoot + u"/usb/"_s + lp,
            QString(attribute(usbDir + u"/manufacturer"_s) + u' ' + attribute(usbDir + u"/product"_s))
                .trimmed(),
            usbIds(usbDir) });
    }
    return found;
}

QList<DetectedDevice> LinuxHardwareDetector::networkPrinters() const
{
    const auto probe = [timeout = int(m_sources.probeTimeout.count())](const QString &address) {
        const qsizetype colon = address.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon > 0 ? address.mid(colon + 1).toUInt(&portOk) : 9100;
        const QString host = colon > 0 ? address.left(colon) : address;
        DetectedDevice printer { u"network-printer"_s, u"%1:%2"_s.arg(host).arg(port), host, {}, false };
        if ((colon > 0 && (!portOk || port == 0 || port > 65535)) || host.isEmpty())
            return printer;
        QTcpSocket socket;
        socket.connectToHost(host, quint16(port));
        printer.reachable = socket.waitForConnected(timeout);
        socket.abort();
        return printer;
    };
    // In parallel: each unreachable printer costs the whole timeout.
    return QtConcurrent::blockingMapped<QList<DetectedDevice>>(m_sources.networkPrinters, probe);
}

QList<DetectedDevice> LinuxHardwareDetector::gpioChips() const
{
    const QString bus = m_sources.sysRoot + u"/bus/gpio/devices/"_s;
    QStringList chips = entries(m_sources.devRoot, u"gpiochip*"_s);
    for (const QString &chip : entries(bus, u"gpiochip*"_s)) {
        if (!chips.contains(chip))
            chips.append(chip);
    }
    QList<DetectedDevice> found;
    for (const QString &chip : std::as_const(chips)) {
        // The controller's label when sysfs gives one, else the device it belongs to ("fe200000.gpio").
        QString name = attribute(bus + chip + u"/label"_s);
        if (const QString device = QFileInfo(bus + chip).canonicalFilePath();
            name.isEmpty() && !device.isEmpty())
            name = QFileInfo(device).path().section(u'/', -1);
        found.append({ u"gpio"_s, m_sources.devRoot + u'/' + chip, name, {} });
    }
    return found;
}

} // namespace kiosk::drivers
