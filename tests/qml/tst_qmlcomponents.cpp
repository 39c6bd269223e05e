#include "KioskApplication.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;

/// Runs the Qt Quick Test files next to this one (tst_*.qml) against the real ReturnsKiosk
/// module, with a kiosk composed on demo data so that the Session and Kiosk singletons exist.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        const auto options = kiosk::KioskApplication::parseArguments({ u"returns-kiosk"_s, u"--data-dir"_s,
            m_dir.path(), u"--config"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/kiosk.json") });
        m_kiosk = std::make_unique<kiosk::KioskApplication>(*options);
        QString error;
        if (!m_kiosk->initialise(&error))
            qFatal("kiosk did not start: %s", qPrintable(error));
    }
    void qmlEngineAvailable(QQmlEngine *engine) { engine->addImportPath(u"qrc:/"_s); }
    void cleanupTestCase() { m_kiosk.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<kiosk::KioskApplication> m_kiosk;
};

QUICK_TEST_MAIN_WITH_SETUP(qmlcomponents, Setup)
#include "tst_qmlcomponents.moc"
