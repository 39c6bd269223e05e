#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kiosk {

/// What a colleague who takes over is told about a case, by its stable reason code: the cause in
/// plain words and the steps to take, in the current language (the store's while a colleague is
/// signed in). The code itself stays in the journal and the override event.
class StaffCaseText
{
    Q_DECLARE_TR_FUNCTIONS(StaffCaseText)
public:
    static QString cause(const QString &reasonCode);
    static QStringList steps(const QString &reasonCode);
};

} // namespace kiosk
