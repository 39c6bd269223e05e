#include "KioskApplication.h"
#include "KioskWindow.h"
#include "ServiceNotifier.h"
#include "StopSignal.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>

#include <sys/stat.h>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

int main(int argc, char *argv[])
{
    // The data directory and every file the kiosk writes are its own alone (0700, 0600).
    ::umask(077);
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
    kiosk::ServiceNotifier service;
    // A stop (SIGTERM) leaves the event loop, so the databases close on the way out of main().
    kiosk::StopSignal stop;
    QObject::connect(&stop, &kiosk::StopSignal::received, &app, [&service] {
        service.stopping();
        QGuiApplication::quit();
    });
    // First boot ends with the kiosk enrolled: it then starts anew, through the same composition root,
    // as the enrolled kiosk (its identity, store and backend from the data dir). It also starts anew
    // midway when the technician chose other hardware than it runs, and first boot resumes with it.
    for (bool firstStart = true;; firstStart = false) {
        kiosk::KioskApplication kiosk(*options);
        QString error;
        if (!kiosk.initialise(&error)) {
            qCritical().noquote() << "returns-kiosk:" << error;
            service.status(error);
            return 1;
        }
        if (!kiosk.loadUi())
            return 1;
        if (options->selfTest)
            return kiosk.runSelfTest();
        if (options->kioskWindow)
            kiosk::KioskWindow::lockDown(kiosk.window());
        bool startsAnew = false;
        auto startAnew = [&startsAnew] {
            startsAnew = true;
            QGuiApplication::exit(0);
        };
        QObject::connect(&kiosk, &kiosk::KioskApplication::provisioned, &app, startAnew);
        QObject::connect(&kiosk, &kiosk::KioskApplication::restartRequested, &app, startAnew);
        if (firstStart)
            service.ready(QStringLiteral("attract screen shown"));
        const int code = QGuiApplication::exec();
        if (!startsAnew)
            return code;
    }
}
