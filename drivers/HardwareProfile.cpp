#include "HardwareProfile.h"

#include "config/JsonInteger.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

namespace {

/// Reads the whole number `key` of `o` into `out` when present; false with `error` set when it is bad.
template<typename T>
bool number(
    const QJsonObject &o, const QString &device, const QString &key, T &out, int min, int max, QString *error)
{
    if (!o.contains(key))
        return true;
    const JsonInteger::Result read = JsonInteger::read(o.value(key), min, max);
    if (!read.value) {
        *error = u"%1: \"%2\" %3"_s.arg(device, key, read.error);
        return false;
    }
    out = T(*read.value);
    return true;
}

constexpr int MaxBaud = 4'000'000;
constexpr int MaxGpioLine = 1023;

bool readPrinter(const QJsonObject &o, HardwareProfile::Printer &p, QString *error)
{
    p.type = o.value(u"type"_s).toString();
    if (p.type == u"sim")
        return true;
    if (p.type == u"usb" || p.type == u"file") {
        p.device = o.value(u"device"_s).toString();
        if (p.device.isEmpty())
            *error = u"printer: \"device\" is required"_s;
        return error->isEmpty();
    }
    if (p.type == u"tcp") {
        p.host = o.value(u"host"_s).toString();
        if (p.host.isEmpty() || !number(o, u"printer"_s, u"port"_s, p.tcpPort, 1, 65535, error)) {
            *error = u"printer: tcp needs \"host\" and a valid \"port\""_s;
            return false;
        }
        return true;
    }
    if (p.type == u"serial") {
        p.serialPort = o.value(u"port"_s).toString();
        if (p.serialPort.isEmpty()) {
            *error = u"printer: serial needs \"port\""_s;
            return false;
        }
        return number(o, u"printer"_s, u"baud"_s, p.baud, 1, MaxBaud, error);
    }
    *error = u"printer: unknown type \"%1\" (usb, tcp, serial, sim)"_s.arg(p.type);
    return false;
}

bool readChute(const QJsonObject &o, HardwareProfile::Chute &c, QString *error)
{
    c.type = o.value(u"type"_s).toString();
    if (c.type == u"sim")
        return true;
    if (c.type == u"gpio") {
        GpioChuteLock::Wiring &w = c.wiring;
        w.chip = o.value(u"chip"_s).toString(w.chip);
        const QString chute = u"chute"_s;
        return number(o, chute, u"lockLine"_s, w.lockLine, 0, MaxGpioLine, error)
            && number(o, chute, u"barrierLine"_s, w.barrierLine, 0, MaxGpioLine, error)
            && number(o, chute, u"flapClosedLine"_s, w.flapClosedLine, 0, MaxGpioLine, error)
            && number(o, chute, u"itemTimeoutMs"_s, w.itemTimeoutMs, 1, 3'600'000, error);
    }
    *error = u"chute: unknown type \"%1\" (gpio, sim)"_s.arg(c.type);
    return false;
}

bool readScale(const QJsonObject &o, HardwareProfile::Scale &s, QString *error)
{
    s.type = o.value(u"type"_s).toString();
    if (s.type == u"sim")
        return true;
    if (s.type == u"serial") {
        s.port = o.value(u"port"_s).toString();
        if (s.port.isEmpty()) {
            *error = u"scale: serial needs \"port\""_s;
            return false;
        }
        return number(o, u"scale"_s, u"baud"_s, s.baud, 1, MaxBaud, error);
    }
    *error = u"scale: unknown type \"%1\" (serial, sim)"_s.arg(s.type);
    return false;
}

bool readIndicator(const QJsonObject &o, HardwareProfile::Indicator &i, QString *error)
{
    i.type = o.value(u"type"_s).toString();
    if (i.type == u"sim")
        return true;
    if (i.type == u"gpio") {
        i.chip = o.value(u"chip"_s).toString(i.chip);
        return number(o, u"indicator"_s, u"greenLine"_s, i.greenLine, 0, MaxGpioLine, error)
            && number(o, u"indicator"_s, u"redLine"_s, i.redLine, 0, MaxGpioLine, error);
    }
    *error = u"indicator: unknown type \"%1\" (gpio, sim)"_s.arg(i.type);
    return false;
}

bool readScanner(const QJsonObject &o, HardwareProfile::Scanner &s, QString *error)
{
    s.type = o.value(u"type"_s).toString();
    if (s.type == u"sim")
        return true;
    if (s.type == u"evdev") {
        s.device = o.value(u"device"_s).toString();
        return true;
    }
    if (s.type == u"serial") {
        s.port = o.value(u"port"_s).toString();
        if (s.port.isEmpty()) {
            *error = u"scanner: serial needs \"port\""_s;
            return false;
        }
        return number(o, u"scanner"_s, u"baud"_s, s.baud, 1, MaxBaud, error);
    }
    *error = u"scanner: unknown type \"%1\" (evdev, serial, sim)"_s.arg(s.type);
    return false;
}

} // namespace

HardwareProfile::Result HardwareProfile::parse(const QJsonObject &json)
{
    for (const QString &key : { u"printer"_s, u"chute"_s, u"scale"_s, u"indicator"_s }) {
        if (!json.value(key).isObject())
            return { std::nullopt, u"missing \"%1\""_s.arg(key) };
    }
    HardwareProfile profile;
    QString error;
    const bool ok = readPrinter(json.value(u"printer"_s).toObject(), profile.printer, &error)
        && readChute(json.value(u"chute"_s).toObject(), profile.chute, &error)
        && readScale(json.value(u"scale"_s).toObject(), profile.scale, &error)
        && readIndicator(json.value(u"indicator"_s).toObject(), profile.indicator, &error);
    if (ok && json.value(u"scanner"_s).isObject()) {
        HardwareProfile::Scanner scanner;
        readScanner(json.value(u"scanner"_s).toObject(), scanner, &error);
        profile.scanner = std::move(scanner);
    }
    if (!error.isEmpty())
        return { std::nullopt, error };
    return { std::move(profile), {} };
}

} // namespace kiosk::drivers
