#include "DeviceFactory.h"

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
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {

unsigned lineOf(const QJsonObject &o, const QString &key, unsigned fallback)
{
    return unsigned(o.value(key).toInt(int(fallback)));
}

std::unique_ptr<ReceiptPrinter> makePrinter(const QJsonObject &o, QString *error)
{
    const QString type = o.value(u"type"_s).toString();
    if (type == u"sim")
        return std::make_unique<SimReceiptPrinter>();
    if (type == u"usb" || type == u"file") {
        const QString device = o.value(u"device"_s).toString();
        if (device.isEmpty()) {
            *error = u"printer: \"device\" is required"_s;
            return nullptr;
        }
        return std::make_unique<DeviceFileReceiptPrinter>(device);
    }
    if (type == u"tcp") {
        const QString host = o.value(u"host"_s).toString();
        const int port = o.value(u"port"_s).toInt(9100);
        if (host.isEmpty() || port <= 0 || port > 65535) {
            *error = u"printer: tcp needs \"host\" and a valid \"port\""_s;
            return nullptr;
        }
        return std::make_unique<TcpReceiptPrinter>(host, quint16(port));
    }
    if (type == u"serial") {
        const QString port = o.value(u"port"_s).toString();
        if (port.isEmpty()) {
            *error = u"printer: serial needs \"port\""_s;
            return nullptr;
        }
        return std::make_unique<SerialReceiptPrinter>(port, o.value(u"baud"_s).toInt(38400));
    }
    *error = u"printer: unknown type \"%1\" (usb, tcp, serial, sim)"_s.arg(type);
    return nullptr;
}

std::unique_ptr<ChuteLock> makeChute(const QJsonObject &o, QString *error)
{
    const QString type = o.value(u"type"_s).toString();
    if (type == u"sim")
        return std::make_unique<SimChuteLock>(SimChuteLock::Timing {});
    if (type == u"gpio") {
        GpioChuteLock::Wiring w;
        w.chip = o.value(u"chip"_s).toString(w.chip);
        w.lockLine = lineOf(o, u"lockLine"_s, w.lockLine);
        w.barrierLine = lineOf(o, u"barrierLine"_s, w.barrierLine);
        w.flapClosedLine = lineOf(o, u"flapClosedLine"_s, w.flapClosedLine);
        w.itemTimeoutMs = o.value(u"itemTimeoutMs"_s).toInt(w.itemTimeoutMs);
        return std::make_unique<GpioChuteLock>(w);
    }
    *error = u"chute: unknown type \"%1\" (gpio, sim)"_s.arg(type);
    return nullptr;
}

std::unique_ptr<ItemSensor> makeScale(const QJsonObject &o, ChuteLock &chute, QString *error)
{
    const QString type = o.value(u"type"_s).toString();
    if (type == u"sim") {
        auto scale = std::make_unique<SimItemSensor>();
        scale->followChute(chute); // a simulated bin gets heavier as the chute takes items
        return scale;
    }
    if (type == u"serial") {
        const QString port = o.value(u"port"_s).toString();
        if (port.isEmpty()) {
            *error = u"scale: serial needs \"port\""_s;
            return nullptr;
        }
        return std::make_unique<SerialScale>(port, o.value(u"baud"_s).toInt(9600));
    }
    *error = u"scale: unknown type \"%1\" (serial, sim)"_s.arg(type);
    return nullptr;
}

std::unique_ptr<Indicator> makeIndicator(const QJsonObject &o, QString *error)
{
    const QString type = o.value(u"type"_s).toString();
    if (type == u"sim")
        return std::make_unique<SimIndicator>();
    if (type == u"gpio")
        return std::make_unique<GpioIndicator>(o.value(u"chip"_s).toString(u"gpiochip0"_s),
            lineOf(o, u"greenLine"_s, 5), lineOf(o, u"redLine"_s, 6));
    *error = u"indicator: unknown type \"%1\" (gpio, sim)"_s.arg(type);
    return nullptr;
}

/// An evdev device that is missing is not an error: the scanner reports itself disconnected and
/// the shopper types instead.
std::unique_ptr<scanner::Scanner> makeScanner(const QJsonObject &o, QString *error)
{
    const QString type = o.value(u"type"_s).toString();
    if (type == u"sim")
        return std::make_unique<scanner::FakeScanner>();
    if (type == u"evdev") {
        auto evdev = std::make_unique<scanner::EvdevScanner>();
        evdev->open(o.value(u"device"_s).toString());
        return evdev;
    }
    if (type == u"serial") {
        const QString port = o.value(u"port"_s).toString();
        if (port.isEmpty()) {
            *error = u"scanner: serial needs \"port\""_s;
            return nullptr;
        }
        auto serial = std::make_unique<scanner::SerialScanner>(port, o.value(u"baud"_s).toInt(9600));
        serial->start();
        return serial;
    }
    *error = u"scanner: unknown type \"%1\" (evdev, serial, sim)"_s.arg(type);
    return nullptr;
}

/// "bins": [{"id": "GEN", "capacityItems": 40, "capacityGrams": 18000}, ...], at least one.
std::vector<BinSpec> makeBins(const QJsonValue &value, QString *error)
{
    std::vector<BinSpec> bins;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        BinSpec bin { o.value(u"id"_s).toString() };
        bin.capacityItems = o.value(u"capacityItems"_s).toInt(bin.capacityItems);
        bin.capacityGrams = o.value(u"capacityGrams"_s).toInt(bin.capacityGrams);
        if (bin.id.isEmpty() || bin.capacityItems < 0 || bin.capacityGrams < 0) {
            *error = u"bins[%1]: needs an \"id\" and capacities of 0 or more"_s.arg(i);
            return {};
        }
        bins.push_back(bin);
    }
    if (bins.empty())
        *error = u"bins: must list at least one bin"_s;
    return bins;
}

} // namespace

std::unique_ptr<DeviceSet> DeviceFactory::simulated()
{
    auto set = std::make_unique<DeviceSet>();
    set->profile = u"sim"_s;
    set->chute = std::make_unique<SimChuteLock>(SimChuteLock::Timing {});
    set->printer = std::make_unique<SimReceiptPrinter>();
    auto scale = std::make_unique<SimItemSensor>();
    scale->followChute(*set->chute);
    set->scale = std::move(scale);
    set->indicator = std::make_unique<SimIndicator>();
    set->scanner = std::make_unique<scanner::FakeScanner>();
    return set;
}

DeviceFactory::Result DeviceFactory::fromJson(const QString &profile, const QJsonObject &json)
{
    Result result;
    auto set = std::make_unique<DeviceSet>();
    set->profile = profile;
    for (const QString &key : { u"printer"_s, u"chute"_s, u"scale"_s, u"indicator"_s }) {
        if (!json.value(key).isObject()) {
            result.error = u"%1: missing \"%2\""_s.arg(profile, key);
            return result;
        }
    }
    set->printer = makePrinter(json.value(u"printer"_s).toObject(), &result.error);
    if (set->printer)
        set->chute = makeChute(json.value(u"chute"_s).toObject(), &result.error);
    if (set->chute)
        set->scale = makeScale(json.value(u"scale"_s).toObject(), *set->chute, &result.error);
    if (set->scale)
        set->indicator = makeIndicator(json.value(u"indicator"_s).toObject(), &result.error);
    if (set->indicator && json.value(u"scanner"_s).isObject()) // optional: the camera reads codes too
        set->scanner = makeScanner(json.value(u"scanner"_s).toObject(), &result.error);
    if (result.error.isEmpty() && json.contains(u"bins"_s))
        set->bins = makeBins(json.value(u"bins"_s), &result.error);
    if (!result.error.isEmpty()) { // each maker says why it made nothing; a missing evdev device is no error
        result.error = profile + u": "_s + result.error;
        return result;
    }
    result.devices = std::move(set);
    return result;
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
