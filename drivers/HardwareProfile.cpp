#include "HardwareProfile.h"

#include "config/JsonInteger.h"

#include <QJsonArray>
#include <QRegularExpression>

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
constexpr qsizetype MaxText = 128;
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

/// One chute's settings; @p where names it in messages ("chute", "chutes[1]").
bool readChute(const QJsonObject &o, const QString &where, HardwareProfile::Chute &c, QString *error)
{
    c.type = o.value(u"type"_s).toString();
    if (c.type == u"sim")
        return true;
    if (c.type == u"gpio") {
        GpioChuteLock::Wiring &w = c.wiring;
        w.chip = o.value(u"chip"_s).toString(w.chip);
        return number(o, where, u"lockLine"_s, w.lockLine, 0, MaxGpioLine, error)
            && number(o, where, u"barrierLine"_s, w.barrierLine, 0, MaxGpioLine, error)
            && number(o, where, u"flapClosedLine"_s, w.flapClosedLine, 0, MaxGpioLine, error)
            && number(o, where, u"itemTimeoutMs"_s, w.itemTimeoutMs, 1, 3'600'000, error);
    }
    *error = u"%1: unknown type \"%2\" (gpio, sim)"_s.arg(where, c.type.left(MaxText));
    return false;
}

constexpr qsizetype MaxChutes = 8;
constexpr qsizetype MaxBins = 16;

/// "chute": {...} (one chute, "main") or "chutes": [{"id": "resell", ...}, ...], each id once.
bool readChutes(const QJsonObject &json, std::vector<HardwareProfile::Chute> &chutes, QString *error)
{
    static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{1,32}$"_s);
    if (json.contains(u"chute"_s) && json.contains(u"chutes"_s)) {
        *error = u"give either \"chute\" (one) or \"chutes\" (several), not both"_s;
        return false;
    }
    if (json.contains(u"chute"_s)) {
        HardwareProfile::Chute chute;
        chute.id = u"main"_s;
        if (!json.value(u"chute"_s).isObject()) {
            *error = u"chute: must be an object with a \"type\""_s;
            return false;
        }
        if (!readChute(json.value(u"chute"_s).toObject(), u"chute"_s, chute, error))
            return false;
        chutes.push_back(std::move(chute));
        return true;
    }
    const QJsonArray list = json.value(u"chutes"_s).toArray();
    if (list.isEmpty() || list.size() > MaxChutes) {
        *error = u"chutes: 1 to %1 chutes"_s.arg(MaxChutes);
        return false;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"chutes[%1]"_s.arg(i);
        const QJsonObject o = list.at(i).toObject();
        HardwareProfile::Chute chute;
        chute.id = o.value(u"id"_s).toString();
        if (!idPattern.match(chute.id).hasMatch()) {
            *error = where + u".id: 1 to 32 letters, digits, '-' or '_'"_s;
            return false;
        }
        for (const HardwareProfile::Chute &other : chutes) {
            if (other.id == chute.id) {
                *error = where + u".id: \"%1\" is already used"_s.arg(chute.id);
                return false;
            }
        }
        if (!readChute(o, where, chute, error))
            return false;
        chutes.push_back(std::move(chute));
    }
    return true;
}

/// "bins": [{"id": "GEN", "chute": "recycle", "capacityItems": 40, "capacityGrams": 18000}, ...]: each
/// under a chute the profile declares (the first when it names none).
bool readBins(const QJsonValue &value, HardwareProfile &profile, QString *error)
{
    const QJsonArray list = value.toArray();
    if (!value.isArray() || list.isEmpty() || list.size() > MaxBins) {
        *error = u"bins: 1 to %1 bins"_s.arg(MaxBins);
        return false;
    }
    QStringList chuteIds;
    for (const HardwareProfile::Chute &chute : profile.chutes)
        chuteIds.append(chute.id);
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = u"bins[%1]"_s.arg(i);
        const QJsonObject o = list.at(i).toObject();
        BinSpec bin { o.value(u"id"_s).toString(), o.value(u"chute"_s).toString(chuteIds.front()) };
        if (bin.id.isEmpty() || bin.id.size() > MaxText) {
            *error = where + u".id: must be the policy's bin name"_s;
            return false;
        }
        for (const BinSpec &other : profile.bins) {
            if (other.id == bin.id) {
                *error = where + u".id: \"%1\" is already used"_s.arg(bin.id);
                return false;
            }
        }
        if (!chuteIds.contains(bin.chute)) {
            *error = where
                + u".chute: unknown chute \"%1\" (%2)"_s.arg(bin.chute.left(MaxText), chuteIds.join(u", "_s));
            return false;
        }
        if (!number(o, where, u"capacityItems"_s, bin.capacityItems, 0, 100'000, error)
            || !number(o, where, u"capacityGrams"_s, bin.capacityGrams, 0, 1'000'000, error))
            return false;
        profile.bins.push_back(std::move(bin));
    }
    return true;
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

constexpr qsizetype MaxMatchRules = 16;
constexpr qsizetype MaxMatchText = MaxText;

bool isText(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() && value.toString().size() <= MaxMatchText;
}

/// "usb": "0416:5011", or a list of such ids, each vvvv or vvvv:pppp in hex.
bool readUsbIds(const QJsonValue &value, const QString &where, QStringList &ids, QString *error)
{
    static const QRegularExpression id(u"^[0-9a-fA-F]{4}(:[0-9a-fA-F]{4})?$"_s);
    const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray { value };
    if (list.isEmpty() || list.size() > MaxMatchRules) {
        *error = where + u".usb: 1 to 16 USB ids"_s;
        return false;
    }
    for (const QJsonValue &entry : list) {
        if (!id.match(entry.toString()).hasMatch()) {
            *error = where
                + u".usb: %1 is not vvvv or vvvv:pppp in hex"_s.arg(
                    entry.isString() ? u'"' + entry.toString().left(MaxMatchText) + u'"' : u"a non-string"_s);
            return false;
        }
        ids.append(entry.toString().toLower());
    }
    return true;
}

bool readMatchRule(
    const QJsonValue &value, const QString &where, HardwareProfile::MatchRule &rule, QString *error)
{
    static const QStringList keys { u"kind"_s, u"label"_s, u"usb"_s, u"name"_s, u"optional"_s };
    const QJsonObject o = value.toObject();
    if (!value.isObject()) {
        *error = where + u": must be an object with a \"kind\""_s;
        return false;
    }
    for (const QString &key : o.keys()) {
        if (!keys.contains(key)) {
            *error = where
                + u": unknown field \"%1\" (kind, label, usb, name, optional)"_s.arg(key.left(MaxMatchText));
            return false;
        }
    }
    rule.kind = o.value(u"kind"_s).toString();
    if (!HardwareProfile::MatchKinds.contains(rule.kind)) {
        *error = where
            + u".kind: unknown kind \"%1\" (%2)"_s.arg(
                rule.kind.left(MaxMatchText), HardwareProfile::MatchKinds.join(u", "_s));
        return false;
    }
    for (const auto &[key, target] :
        { std::pair { u"label"_s, &rule.label }, std::pair { u"name"_s, &rule.name } }) {
        if (!o.contains(key))
            continue;
        if (!isText(o.value(key))) {
            *error = where + u".%1: must be a string of 1 to 128 characters"_s.arg(key);
            return false;
        }
        *target = o.value(key).toString();
    }
    if (rule.label.isEmpty())
        rule.label = rule.kind;
    if (o.contains(u"usb"_s)) {
        if (rule.kind == u"network-printer" || rule.kind == u"gpio") {
            *error = where + u".usb: a %1 has no USB ids"_s.arg(rule.kind);
            return false;
        }
        if (!readUsbIds(o.value(u"usb"_s), where, rule.usb, error))
            return false;
    }
    if (o.contains(u"optional"_s) && !o.value(u"optional"_s).isBool()) {
        *error = where + u".optional: must be true or false"_s;
        return false;
    }
    rule.optional = o.value(u"optional"_s).toBool();
    return true;
}

/// "match": {"label": "...", "devices": [{"kind": "usb-printer", "label": "receipt printer", ...}, ...]}
bool readMatch(const QJsonValue &value, HardwareProfile &profile, QString *error)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject()) {
        *error = u"match: must be an object with \"devices\""_s;
        return false;
    }
    for (const QString &key : o.keys()) {
        if (key != u"label" && key != u"devices") {
            *error = u"match: unknown field \"%1\" (label, devices)"_s.arg(key.left(MaxMatchText));
            return false;
        }
    }
    if (o.contains(u"label"_s)) {
        if (!isText(o.value(u"label"_s))) {
            *error = u"match.label: must be a string of 1 to 128 characters"_s;
            return false;
        }
        profile.label = o.value(u"label"_s).toString();
    }
    const QJsonArray devices = o.value(u"devices"_s).toArray();
    if (devices.isEmpty() || devices.size() > MaxMatchRules) {
        *error = u"match.devices: 1 to 16 devices"_s;
        return false;
    }
    bool required = false;
    for (qsizetype i = 0; i < devices.size(); ++i) {
        HardwareProfile::MatchRule rule;
        if (!readMatchRule(devices.at(i), u"match.devices[%1]"_s.arg(i), rule, error))
            return false;
        required = required || !rule.optional;
        profile.match.push_back(std::move(rule));
    }
    if (!required) {
        *error = u"match.devices: at least one device must be required (not optional)"_s;
        return false;
    }
    return true;
}

} // namespace

const QStringList HardwareProfile::MatchKinds { u"serial"_s, u"scanner"_s, u"usb-printer"_s,
    u"network-printer"_s, u"camera"_s, u"gpio"_s };

HardwareProfile::Result HardwareProfile::parse(const QJsonObject &json)
{
    if (!json.contains(u"chute"_s) && !json.contains(u"chutes"_s))
        return { std::nullopt, u"missing \"chute\" (or \"chutes\")"_s };
    for (const QString &key : { u"printer"_s, u"scale"_s, u"indicator"_s }) {
        if (!json.value(key).isObject())
            return { std::nullopt, u"missing \"%1\""_s.arg(key) };
    }
    HardwareProfile profile;
    QString error;
    const bool ok = readPrinter(json.value(u"printer"_s).toObject(), profile.printer, &error)
        && readChutes(json, profile.chutes, &error)
        && (!json.contains(u"bins"_s) || readBins(json.value(u"bins"_s), profile, &error))
        && readScale(json.value(u"scale"_s).toObject(), profile.scale, &error)
        && readIndicator(json.value(u"indicator"_s).toObject(), profile.indicator, &error);
    if (ok && json.value(u"scanner"_s).isObject()) {
        HardwareProfile::Scanner scanner;
        readScanner(json.value(u"scanner"_s).toObject(), scanner, &error);
        profile.scanner = std::move(scanner);
    }
    if (error.isEmpty() && json.contains(u"camera"_s)) {
        const QJsonValue camera = json.value(u"camera"_s);
        const QJsonValue device = camera.toObject().value(u"device"_s);
        if (!camera.isObject() || !(device.isUndefined() || device.isString()))
            error = u"camera: must be an object with an optional \"device\" (the camera's id)"_s;
        else
            profile.camera = HardwareProfile::Camera { device.toString() };
    }
    if (error.isEmpty() && json.contains(u"match"_s))
        readMatch(json.value(u"match"_s), profile, &error);
    if (error.isEmpty() && json.contains(u"readerAt"_s)) {
        profile.readerAt = json.value(u"readerAt"_s).toString();
        if (!QStringList { u"below"_s, u"left"_s, u"right"_s }.contains(profile.readerAt))
            error = u"readerAt: must be \"below\", \"left\" or \"right\" (where the code reader is, seen "
                    "from the shopper)"_s;
    }
    if (error.isEmpty() && json.contains(u"keys"_s)) {
        NavigationKeys::Result keys = NavigationKeys::parse(json.value(u"keys"_s));
        if (keys.keys)
            profile.keys = std::move(*keys.keys);
        else
            error = keys.error;
    }
    if (!error.isEmpty())
        return { std::nullopt, error };
    if (profile.bins.empty())
        profile.bins.push_back({ u"MAIN"_s, profile.chutes.front().id });
    return { std::move(profile), {} };
}

} // namespace kiosk::drivers
