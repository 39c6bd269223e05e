#include "ContrastAudit.h"
#include "KioskApplication.h"
#include "KioskService.h"
#include "LayoutAudit.h"
#include "PseudoTranslator.h"
#include "ReturnSession.h"
#include "StaffSignIn.h"
#include "UiDriver.h"
#include "dropoff/SimChuteLock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Every screen of the kiosk, shopper's, colleague's and technician's, walked with real data in each
/// language, in the lower layout and in a pseudo-translation 40% longer than English: on each, every
/// control in reach (the bottom 60% in the lower layout), no text cut off and nothing drawn over
/// anything else (LayoutAudit), and every text and pictogram at WCAG AA contrast (ContrastAudit).
/// Screenshots, and the table of colour pairs met, go to build/tests/e2e/audit/<variant>/.
class ScreenAuditTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<KioskApplication> m_kiosk;
    std::unique_ptr<UiDriver> m_ui;
    std::unique_ptr<PseudoTranslator> m_pseudo;
    QString m_language;
    bool m_lower = false;
    QStringList m_problems;
    ContrastAudit m_contrast;
    int m_shot = 0;

    ReturnSession &session() { return *m_kiosk->session(); }

    void startKiosk(const QString &variant, const QString &seedOrders)
    {
        m_ui.reset();
        m_kiosk.reset();
        m_data = std::make_unique<QTemporaryDir>();
        const auto options = KioskApplication::parseArguments(
            { u"returns-kiosk"_s, u"--data-dir"_s, m_data->path(), u"--config"_s,
                QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/kiosk.json"), u"--seed-orders"_s,
                QStringLiteral(KIOSK_SOURCE_DIR "/") + seedOrders, u"--clock"_s, u"2026-11-20T15:00:00Z"_s });
        QVERIFY(options);
        m_kiosk = std::make_unique<KioskApplication>(*options);
        QString error;
        QVERIFY2(m_kiosk->initialise(&error), qPrintable(error));
        QVERIFY(m_kiosk->loadUi());
        QDir shots(QStringLiteral(KIOSK_BINARY_DIR "/tests/e2e/audit/") + variant);
        QVERIFY(shots.mkpath(u"."_s));
        m_ui = std::make_unique<UiDriver>(*m_kiosk->window(), session(), shots);
        QVERIFY2(m_ui->waitForScreen(u"attract"_s), qPrintable(m_ui->lastError()));
        if (m_pseudo) {
            QCoreApplication::removeTranslator(m_pseudo.get());
            QCoreApplication::installTranslator(m_pseudo.get());
            qmlEngine(m_kiosk->window())->retranslate();
        }
    }

    /// On attract: the variant's language and layout (both end with each session).
    void chooseLanguageAndLayout()
    {
        // A journey that ended on a jammed chute leaves the kiosk closed until it is put back in service
        // (here by the backend's commands, as a colleague's switch would).
        if (m_kiosk->service()->chutesDown()) {
            m_kiosk->service()->applyCommands(QJsonArray { QJsonObject { { u"type"_s, u"out_of_service"_s } },
                QJsonObject { { u"type"_s, u"in_service"_s } } });
            QTRY_VERIFY(!m_kiosk->service()->closed());
        }
        QVERIFY2(m_ui->waitForScreen(u"attract"_s), qPrintable(m_ui->lastError()));
        if (m_language != u"en"_s)
            QVERIFY2(m_ui->tap(u"language_"_s + m_language), qPrintable(m_ui->lastError()));
        if (m_lower && !m_ui->find(u"lowerLayoutButton"_s)->property("primary").toBool())
            QVERIFY2(m_ui->tap(u"lowerLayoutButton"_s), qPrintable(m_ui->lastError()));
    }

    /// Screenshots the screen as it is now and audits it.
    void check(const QString &name)
    {
        const QString shot = u"%1-%2"_s.arg(++m_shot, 2, 10, QChar(u'0')).arg(name);
        QVERIFY(!m_ui->screenshot(shot).isEmpty());
        LayoutAudit::Options options;
        if (m_lower)
            options.reachTop = m_kiosk->window()->height() * 0.4;
        const QStringList found = LayoutAudit::problems(*m_kiosk->window(), options);
        for (const QString &problem : found)
            m_problems.append(shot + u": "_s + problem);
        m_problems += m_contrast.check(*m_kiosk->window(), shot);
    }

    void finishToAttract()
    {
        if (session().screenName() != u"attract"_s)
            session().cancel();
        QVERIFY2(m_ui->waitForScreen(u"attract"_s), qPrintable(m_ui->lastError()));
    }

    /// RK-100001 (two returnable lines and a final-sale one) from the keypad, with a wrong number and a
    /// wrong ZIP code on the way; help, each step to the chute, a wrong tag, the right one, done.
    void shopperJourney()
    {
        chooseLanguageAndLayout();
        check(u"attract"_s);
        QVERIFY2(m_ui->tap(u"startButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"identify"_s), qPrintable(m_ui->lastError()));
        check(u"identify"_s);
        session().submitCode(u"https://example.com/not-a-return"_s); // the error shows beside the keypad
        QTRY_VERIFY(!session().message().isEmpty() && !session().lookingUp());
        check(u"identify-error"_s);
        QVERIFY2(m_ui->typeOnKeypad(u"100001"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"verify"_s), qPrintable(m_ui->lastError()));
        check(u"verify"_s);
        QVERIFY2(m_ui->typeOnKeypad(u"99999"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(!session().message().isEmpty());
        check(u"verify-wrong"_s);
        m_ui->clearKeypad();
        QVERIFY2(m_ui->typeOnKeypad(u"60614"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"items"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"line_1"_s), qPrintable(m_ui->lastError()));
        check(u"items"_s);
        QVERIFY2(m_ui->tap(u"helpButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"assistance"_s), qPrintable(m_ui->lastError()));
        check(u"help"_s);
        QVERIFY2(m_ui->tap(u"cancelHelpButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"items"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"confirmItemsButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"reasons"_s), qPrintable(m_ui->lastError()));
        check(u"reasons"_s);
        QVERIFY2(m_ui->tap(u"reason_changed_mind"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"questions"_s), qPrintable(m_ui->lastError()));
        check(u"questions"_s);
        QVERIFY2(m_ui->tap(u"answerYes"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"resolution"_s), qPrintable(m_ui->lastError()));
        check(u"resolution"_s);
        QVERIFY2(m_ui->tap(u"resolution_refund"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"review"_s), qPrintable(m_ui->lastError()));
        check(u"review"_s);
        QVERIFY2(m_ui->tap(u"confirmReviewButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"dropoff"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(session().awaitingTag());
        check(u"dropoff"_s);
        session().submitCode(u"00012345678912"_s); // the jeans' tag, not the T-shirt's
        QTRY_VERIFY(!session().message().isEmpty());
        check(u"dropoff-wrong-tag"_s);
        session().submitCode(u"00012345678905"_s);
        QTRY_VERIFY(!session().awaitingTag());
        check(u"dropoff-chute-open"_s);
        QVERIFY2(m_ui->waitForScreen(u"done"_s, 10000), qPrintable(m_ui->lastError()));
        check(u"done"_s);
        QVERIFY2(m_ui->tap(u"finishButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"attract"_s), qPrintable(m_ui->lastError()));
    }

    /// The exchange's variant screen (the T-shirt, called off there).
    void exchangeJourney()
    {
        chooseLanguageAndLayout();
        QVERIFY2(m_ui->tap(u"startButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->typeOnKeypad(u"100001"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"verify"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->typeOnKeypad(u"60614"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"items"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"line_1"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"confirmItemsButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"reason_wrong_size"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"questions"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"answerYes"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"resolution"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"resolution_exchange"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"variant"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(!session().exchange()->checking());
        check(u"variant"_s);
        finishToAttract();
    }

    /// The chute jams on the jeans (nothing is recorded): the assistance screen, the colleague's badge and
    /// PIN on it, the staff screen and its confirmation.
    void jammedJourney()
    {
        auto *chute = qobject_cast<drivers::SimChuteLock *>(m_kiosk->chute());
        QVERIFY(chute);
        chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        chooseLanguageAndLayout();
        QVERIFY2(m_ui->tap(u"startButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->typeOnKeypad(u"100001"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"verify"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->typeOnKeypad(u"60614"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"items"_s), qPrintable(m_ui->lastError()));
        // In the lower layout the list shows a line and a half: the shopper scrolls to the jeans.
        QMetaObject::invokeMethod(
            m_ui->find(u"itemList"_s), "positionViewAtIndex", Q_ARG(int, 1), Q_ARG(int, 4));
        QVERIFY2(m_ui->tap(u"line_2"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"confirmItemsButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"reason_changed_mind"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"questions"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"answerYes"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"resolution"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"resolution_refund"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"review"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"confirmReviewButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"dropoff"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(session().awaitingTag());
        session().submitCode(u"00012345678912"_s); // the jeans' tag
        QVERIFY2(m_ui->waitForScreen(u"assistance"_s, 10000), qPrintable(m_ui->lastError()));
        check(u"assistance-fault"_s);
        session().submitCode(u"STAFF:E1042"_s);
        QTRY_VERIFY(m_ui->textOf(u"signInBadge"_s).contains(u"E1042"_s));
        check(u"assistance-badge"_s);
        QVERIFY2(m_ui->typeOnKeypad(u"246813"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"staff"_s, 10000), qPrintable(m_ui->lastError()));
        check(u"staff"_s);
        QVERIFY2(m_ui->tap(u"endSessionButton"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(m_ui->find(u"endSessionConfirm"_s));
        check(u"staff-confirm-end"_s);
        QVERIFY2(m_ui->tap(u"confirmEndSessionButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"attract"_s, 10000), qPrintable(m_ui->lastError()));
        chute->scriptFault(drivers::ChuteLock::Fault::None);
    }

    /// Maintenance mode and each of its pages.
    void maintenance()
    {
        chooseLanguageAndLayout();
        session().submitCode(u"STAFF:E1042"_s);
        QVERIFY2(m_ui->waitForScreen(u"staffSignIn"_s), qPrintable(m_ui->lastError()));
        check(u"staff-sign-in"_s);
        QVERIFY(session().signIn()->submitPin(u"246813"_s));
        QVERIFY2(m_ui->waitForScreen(u"maintenance"_s), qPrintable(m_ui->lastError()));
        check(u"maintenance"_s);
        QVERIFY2(m_ui->tap(u"emptyBin_MAIN"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(m_ui->find(u"manifestPreview"_s));
        check(u"maintenance-manifest"_s);
        QVERIFY2(m_ui->tap(u"closeManifest"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"openSelfTest"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(m_ui->find(u"runSelfTest"_s));
        check(u"maintenance-selftest"_s);
        QVERIFY2(m_ui->tap(u"selfTestBackButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"openSyncQueue"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(m_ui->find(u"syncBackButton"_s));
        check(u"maintenance-sync"_s);
        QVERIFY2(m_ui->tap(u"syncBackButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"openDayAudit"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(m_ui->find(u"auditList"_s));
        check(u"maintenance-today"_s);
        QVERIFY2(m_ui->tap(u"auditBackButton"_s), qPrintable(m_ui->lastError()));
        session().signOut();
        QVERIFY2(m_ui->waitForScreen(u"attract"_s), qPrintable(m_ui->lastError()));
    }

    /// The offer's screens on their own orders: keep-it and a colleague's approval.
    void offerJourneys()
    {
        chooseLanguageAndLayout();
        session().submitCode(u"00420050010022611109"_s); // a receipt with a lip balm to keep
        QVERIFY2(m_ui->waitForScreen(u"verify"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->typeOnKeypad(u"10001"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"items"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"line_1"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"confirmItemsButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"reason_changed_mind"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"resolution"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"resolution_refund"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"keepIt"_s), qPrintable(m_ui->lastError()));
        check(u"keep-it"_s);
        finishToAttract();

        chooseLanguageAndLayout();
        session().submitCode(u"00420050010032611106"_s); // a parka and a cap over the value limit
        QVERIFY2(m_ui->waitForScreen(u"verify"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->typeOnKeypad(u"10001"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"items"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"line_1"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"line_2"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->tap(u"confirmItemsButton"_s), qPrintable(m_ui->lastError()));
        QVERIFY2(m_ui->waitForScreen(u"approval"_s), qPrintable(m_ui->lastError()));
        check(u"approval"_s);
        finishToAttract();
    }

    /// The technician's first boot and the receipt's printing screen, shown as they first appear.
    void previews()
    {
        chooseLanguageAndLayout();
        QQuickWindow *window = m_kiosk->window();
        for (const QString &screen : { u"provisioning"_s, u"receipt"_s }) {
            window->setProperty("previewScreen", screen);
            check(u"preview-"_s + screen);
        }
        window->setProperty("previewScreen", QString());
    }

private Q_SLOTS:
    void cleanup()
    {
        if (m_pseudo)
            QCoreApplication::removeTranslator(m_pseudo.get());
        m_pseudo.reset();
        m_ui.reset();
        m_kiosk.reset();
    }

    void everyScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("lower");
        QTest::addColumn<bool>("pseudo");
        QTest::newRow("en") << u"en"_s << false << false;
        QTest::newRow("es") << u"es"_s << false << false;
        QTest::newRow("fr") << u"fr"_s << false << false;
        QTest::newRow("lower-en") << u"en"_s << true << false;
        QTest::newRow("lower-es") << u"es"_s << true << false;
        QTest::newRow("lower-fr") << u"fr"_s << true << false;
        QTest::newRow("pseudo") << u"en"_s << false << true;
        QTest::newRow("lower-pseudo") << u"en"_s << true << true;
    }

    void everyScreen()
    {
        QFETCH(QString, language);
        QFETCH(bool, lower);
        QFETCH(bool, pseudo);
        m_language = language;
        m_lower = lower;
        m_problems.clear();
        m_contrast = ContrastAudit();
        m_shot = 0;
        if (pseudo)
            m_pseudo = std::make_unique<PseudoTranslator>();
        const QString variant = QString::fromLatin1(QTest::currentDataTag());

        // Each part stops at its first failed step; the audit's findings are reported together.
        const std::initializer_list<void (ScreenAuditTest::*)()> parts = { &ScreenAuditTest::exchangeJourney,
            &ScreenAuditTest::jammedJourney, &ScreenAuditTest::shopperJourney, &ScreenAuditTest::maintenance,
            &ScreenAuditTest::previews };
        startKiosk(variant, u"kiosk-config/demo/orders.json"_s);
        for (const auto part : parts) {
            if (!QTest::currentTestFailed())
                (this->*part)();
        }
        if (!QTest::currentTestFailed()) {
            startKiosk(variant, u"tests/e2e/data/offer-orders.json"_s);
            offerJourneys();
        }
        QFile pairs(QStringLiteral(KIOSK_BINARY_DIR "/tests/e2e/audit/") + variant + u"/contrast.md"_s);
        QVERIFY(pairs.open(QIODevice::WriteOnly | QIODevice::Truncate));
        pairs.write(m_contrast.table().toUtf8());
        qInfo("%lld colour pairs met, the lowest first: %s", qlonglong(m_contrast.pairs().size()),
            qPrintable(pairs.fileName()));
        for (const QString &problem : std::as_const(m_problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(m_problems.isEmpty(), qPrintable(u"%1 problems, listed above"_s.arg(m_problems.size())));
    }
};

QTEST_MAIN(ScreenAuditTest)
#include "tst_screenaudit.moc"
