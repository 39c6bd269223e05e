#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace kiosk {

/// One hardware profile as the first boot's hardware step lists it: whether the devices found fit it,
/// and if not which required device is missing.
class HardwareOption
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(bool fits MEMBER fits)
    Q_PROPERTY(bool proposed MEMBER proposed)
    Q_PROPERTY(QString missing MEMBER missing)
public:
    QString name;
    QString label;
    bool fits = false;
    bool proposed = false;
    QString
        missing; ///< the required devices not found, or why the profile cannot be used; empty when it fits
};

} // namespace kiosk
