#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

namespace kiosk::test {

using namespace Qt::Literals::StringLiterals;

/// A fake /sys and /dev under a directory, laid out as the kernel does, for LinuxHardwareDetector:
/// USB devices under sys/devices with idVendor/idProduct, the class links pointing into them, device
/// nodes as plain files and /dev/input/by-id links.
class FakeDeviceTree
{
public:
    explicit FakeDeviceTree(const QString &root)
        : m_root(root)
    {
        QDir(root).mkpath(u"sys/devices"_s);
        QDir(root).mkpath(u"dev"_s);
    }

    QString sys() const { return m_root + u"/sys"_s; }
    QString dev() const { return m_root + u"/dev"_s; }

    /// A USB serial adapter: ttyUSBn under its interface, /sys/class/tty/<tty>/device linked to it.
    void addUsbSerial(const QString &tty, const QString &vendor, const QString &product, const QString &name)
    {
        const QString iface = usbDevice(vendor, product, name) + u"/1-0:1.0"_s;
        mkdir(iface + u'/' + tty);
        link(iface + u'/' + tty, sys() + u"/class/tty/"_s + tty + u"/device"_s);
        write(dev() + u'/' + tty, {});
    }
    /// A terminal with no device behind it (tty1, a pty): never a serial port.
    void addVirtualTty(const QString &tty) { mkdir(sys() + u"/class/tty/"_s + tty); }
    /// An evdev input device; @p byId names its /dev/input/by-id link (empty: none).
    void addInput(const QString &event, const QString &vendor, const QString &product, const QString &name,
        const QString &byId)
    {
        const QString input = sys() + u"/devices/virtual/input/input"_s + event.mid(5);
        write(input + u"/name"_s, name);
        write(input + u"/id/vendor"_s, vendor);
        write(input + u"/id/product"_s, product);
        link(input, sys() + u"/class/input/"_s + event + u"/device"_s);
        write(dev() + u"/input/"_s + event, {});
        if (!byId.isEmpty())
            link(u"../"_s + event, dev() + u"/input/by-id/"_s + byId);
    }
    /// A USB printer-class device: /dev/usb/lpN and /sys/class/usbmisc/lpN/device.
    void addUsbPrinter(const QString &lp, const QString &vendor, const QString &product, const QString &name)
    {
        const QString iface = usbDevice(vendor, product, name) + u"/1-0:1.0"_s;
        mkdir(iface + u"/usbmisc/"_s + lp);
        link(iface, sys() + u"/class/usbmisc/"_s + lp + u"/device"_s);
        write(dev() + u"/usb/"_s + lp, {});
    }
    void addGpioChip(const QString &chip, const QString &label)
    {
        write(sys() + u"/bus/gpio/devices/"_s + chip + u"/label"_s, label);
        write(dev() + u'/' + chip, {});
    }

private:
    QString usbDevice(const QString &vendor, const QString &product, const QString &name)
    {
        const QString dir = sys() + u"/devices/pci0000:00/usb1/1-"_s + QString::number(++m_usbPorts);
        write(dir + u"/idVendor"_s, vendor);
        write(dir + u"/idProduct"_s, product);
        write(dir + u"/product"_s, name);
        return dir;
    }
    static void mkdir(const QString &path) { QDir().mkpath(path); }
    static void write(const QString &path, const QString &text)
    {
        mkdir(QFileInfo(path).path());
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(text.toUtf8() + '\n');
    }
    static void link(const QString &target, const QString &at)
    {
        mkdir(QFileInfo(at).path());
        QFile::link(target, at);
    }

    QString m_root;
    int m_usbPorts = 0;
};

} // namespace kiosk::test
