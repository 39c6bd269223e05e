#include "KioskApplication.h"

#include <QGuiApplication>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

int main(int argc, char *argv[])
{
    // The on-screen keyboard is the kiosk's only keyboard.
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", QByteArrayLiteral("qtvirtualkeyboard"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setOrganizationName(QStringLiteral("ReturnsKiosk"));
    QGuiApplication::setApplicationName(QStringLiteral("returns-kiosk"));
    QGuiApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    const auto options = kiosk::KioskApplication::parseArguments(QGuiApplication::arguments());
    if (!options)
        return 2;
    kiosk::KioskApplication kiosk(*options);
    QString error;
    if (!kiosk.initialise(&error)) {
        qCritical().noquote() << "returns-kiosk:" << error;
        return 1;
    }
    if (!kiosk.loadUi())
        return 1;
    if (options->selfTest)
        return kiosk.runSelfTest();
    return QGuiApplication::exec();
}
