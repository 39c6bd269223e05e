#include "DetectedDevice.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk::drivers {

QString DetectedDevice::describe() const
{
    QString line = kind + u' ' + node;
    if (!name.isEmpty() && name != node)
        line += u' ' + name;
    if (!usb.isEmpty())
        line += u" ["_s + usb + u']';
    if (!reachable)
        line += u" (not answering)"_s;
    return line;
}

QJsonObject DetectedDevice::toJson() const
{
    QJsonObject o { { u"kind"_s, kind }, { u"node"_s, node }, { u"name"_s, name } };
    if (!usb.isEmpty())
        o.insert(u"usb"_s, usb);
    if (kind == u"network-printer")
        o.insert(u"reachable"_s, reachable);
    return o;
}

} // namespace kiosk::drivers
