#include "HardwareChoice.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

QString HardwareChoice::file(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"hardware.json"_s);
}

HardwareChoice::Loaded HardwareChoice::load(const QString &dataDir)
{
    QFile in(file(dataDir));
    if (!in.exists())
        return {};
    if (!in.open(QIODevice::ReadOnly))
        return { std::nullopt, u"%1: %2"_s.arg(in.fileName(), in.errorString()) };
    const QJsonObject o = QJsonDocument::fromJson(in.read(256 * 1024)).object();
    // A profile name, never a path: the file must not point the kiosk at a file elsewhere.
    static const QRegularExpression name(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    HardwareChoice choice;
    choice.profile = o.value(u"profile"_s).toString();
    if (!name.match(choice.profile).hasMatch())
        return { std::nullopt,
            u"%1: \"profile\" must name a hardware profile (letters, digits, . _ -); run the first boot's "
            "hardware step or kioskctl provision --profile again"_s.arg(in.fileName()) };
    choice.proposed = o.value(u"proposed"_s).toString();
    for (const QJsonValue &value : o.value(u"found"_s).toArray()) {
        const QJsonObject d = value.toObject();
        choice.found.append(
            { d.value(u"kind"_s).toString(), d.value(u"node"_s).toString(), d.value(u"name"_s).toString(),
                d.value(u"usb"_s).toString(), d.value(u"reachable"_s).toBool(true) });
    }
    return { std::move(choice), {} };
}

bool HardwareChoice::save(const QString &dataDir, QString *error) const
{
    QJsonArray devices;
    for (const DetectedDevice &device : found)
        devices.append(device.toJson());
    const QJsonObject o { { u"profile"_s, profile }, { u"proposed"_s, proposed },
        { u"chosenAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate) }, { u"found"_s, devices } };
    QSaveFile out(file(dataDir));
    if (!out.open(QIODevice::WriteOnly)) {
        *error = u"%1: %2"_s.arg(out.fileName(), out.errorString());
        return false;
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(o).toJson());
    if (!out.commit()) {
        *error = u"%1: %2"_s.arg(out.fileName(), out.errorString());
        return false;
    }
    return true;
}

} // namespace kiosk::drivers
