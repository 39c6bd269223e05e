#include "DeviceFactory.h"

#include "HardwareProfile.h"
#include "camera/CameraFrameSource.h"

#include "dropoff/GpioChuteLock.h"
#include "dropoff/SimChuteLock.h"
#include "indicator/GpioIndicator.h"
#include "indicator/SimIndicator.h"
#include "printer/DeviceFileReceiptPrinter.h"
#include "printer/SerialReceiptPrinter.h"
#include "printer/SimReceiptPrinter.h"
#include "printer/TcpReceiptPrinter.h"
#include "scanner/EvdevScanner.h"
#include "scanner/FakeScanner.h"
#include "scanner/SerialScanner.h"
#include "sensor/SerialScale.h"
#include "sensor/SimItemSensor.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {

std::unique_ptr<ReceiptPrinter> makePrinter(const HardwareProfile::Printer &p)
{
    if (p.type == u"usb" || p.type == u"file")
        return std::make_unique<DeviceFileReceiptPrinter>(p.device);
    if (p.type == u"tcp")
        return std::make_unique<TcpReceiptPrinter>(p.host, quint16(p.tcpPort));
    if (p.type == u"serial")
        return std::make_unique<SerialReceiptPrinter>(p.serialPort, p.baud);
    return std::make_unique<SimReceiptPrinter>();
}

std::unique_ptr<ChuteLock> makeChute(const HardwareProfile::Chute &c)
{
    if (c.type == u"gpio")
        return std::make_unique<GpioChuteLock>(c.wiring);
    return std::make_unique<SimChuteLock>(SimChuteLock::Timing {});
}

std::unique_ptr<ItemSensor> makeScale(const HardwareProfile::Scale &s, ChuteLock &chute)
{
    if (s.type == u"serial")
        return std::make_unique<SerialScale>(s.port, s.baud);
    auto scale = std::make_unique<SimItemSensor>();
    scale->followChute(chute); // a simulated bin gets heavier as the chute takes items
    return scale;
}

std::unique_ptr<Indicator> makeIndicator(const HardwareProfile::Indicator &i)
{
    if (i.type == u"gpio")
        return std::make_unique<GpioIndicator>(i.chip, i.greenLine, i.redLine);
    return std::make_unique<SimIndicator>();
}

/// An evdev device that is missing is not an error: the scanner reports itself disconnected and
/// the shopper types instead.
std::unique_ptr<scanner::Scanner> makeScanner(const HardwareProfile::Scanner &s)
{
    if (s.type == u"evdev") {
        auto evdev = std::make_unique<scanner::EvdevScanner>();
        evdev->open(s.device);
        return evdev;
    }
    if (s.type == u"serial") {
        auto serial = std::make_unique<scanner::SerialScanner>(s.port, s.baud);
        serial->start();
        return serial;
    }
    return std::make_unique<scanner::FakeScanner>();
}

} // namespace

std::unique_ptr<DeviceSet> DeviceFactory::simulated()
{
    auto set = std::make_unique<DeviceSet>();
    set->profile = u"sim"_s;
    set->chutes.push_back({ u"main"_s, std::make_unique<SimChuteLock>(SimChuteLock::Timing {}) });
    set->bins.push_back({ u"MAIN"_s, u"main"_s });
    set->printer = std::make_unique<SimReceiptPrinter>();
    auto scale = std::make_unique<SimItemSensor>();
    scale->followChute(set->firstChute());
    set->scale = std::move(scale);
    set->indicator = std::make_unique<SimIndicator>();
    set->scanner = std::make_unique<scanner::FakeScanner>();
    return set;
}

DeviceFactory::Result DeviceFactory::fromJson(const QString &profile, const QJsonObject &json)
{
    const HardwareProfile::Result read = HardwareProfile::parse(json);
    if (!read.profile)
        return { nullptr, profile + u": "_s + read.error };
    auto set = std::make_unique<DeviceSet>();
    set->profile = profile;
    set->printer = makePrinter(read.profile->printer);
    for (const HardwareProfile::Chute &chute : read.profile->chutes)
        set->chutes.push_back({ chute.id, makeChute(chute) });
    set->bins = read.profile->bins;
    set->scale = makeScale(read.profile->scale, set->firstChute());
    set->indicator = makeIndicator(read.profile->indicator);
    set->readerAt = read.profile->readerAt;
    set->keys = read.profile->keys;
    if (read.profile->scanner)
        set->scanner = makeScanner(*read.profile->scanner);
    if (read.profile->camera)
        set->camera
            = std::make_unique<kiosk::camera::CameraFrameSource>(read.profile->camera->device.toUtf8());
    return { std::move(set), {} };
}

DeviceFactory::Result DeviceFactory::build(const QString &profile, const QDir &profileDir)
{
    if (profile == u"sim")
        return { simulated(), {} };
    const QString path = profile.contains(u'/') ? profile : profileDir.filePath(profile + u".json"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { nullptr, u"hardware profile %1: %2"_s.arg(path, file.errorString()) };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(64 * 1024), &parseError);
    if (!doc.isObject())
        return { nullptr, u"hardware profile %1: %2"_s.arg(path, parseError.errorString()) };
    return fromJson(profile, doc.object());
}

} // namespace kiosk::drivers
