#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace kiosk {

/// One part of the kiosk as the maintenance home shows it: what it is, its state in plain words and
/// what a colleague should do about it (empty when nothing).
class HealthPart
{
    Q_GADGET
    Q_PROPERTY(QString part MEMBER part)
    Q_PROPERTY(QString state MEMBER state)
    Q_PROPERTY(QString action MEMBER action)
    Q_PROPERTY(kiosk::HealthPart::Level level MEMBER level)
    /// For QML: the part is faulted (red), or wants a look (amber).
    Q_PROPERTY(bool fault READ fault)
    Q_PROPERTY(bool attention READ attention)
public:
    enum class Level { Ok, Attention, Fault };
    Q_ENUM(Level)

    QString part;
    QString state;
    QString action;
    Level level = Level::Ok;

    bool fault() const { return level == Level::Fault; }
    bool attention() const { return level == Level::Attention; }
};

} // namespace kiosk
