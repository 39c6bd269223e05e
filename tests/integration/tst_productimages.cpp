#include "DemoKiosk.h"
#include "ReturnSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The assembled kiosk against the real reference backend over TLS: the order's product pictures
/// come from the backend in the background, over the kiosk's own client, and a slow picture never
/// holds up a screen: the review shows at once with its pictogram, the picture follows.
class ProductImagesTest : public QObject
{
    Q_OBJECT

    static constexpr int PictureDelayMs = 6000;

    /// Taps wait out the kiosk's double-tap guard, as a shopper's would.
    static void settle(ReturnSession &session) { QTRY_VERIFY(session.settled()); }

private Q_SLOTS:
    void slowPicturesDoNotDelayTheReview()
    {
        QTemporaryDir dir;
        test::BackendProcess backend(dir.path(), { test::DemoKioskId });
        QVERIFY(backend.start(
            { u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json") }));
        backend.admin(u"/v1/admin/faults"_s,
            QJsonObject { { u"delayMs"_s, PictureDelayMs }, { u"endpoints"_s, QJsonArray { u"images"_s } } });

        KioskApplication kiosk(test::demoKioskOptions(dir.path(), backend.port()));
        QString error;
        QVERIFY2(kiosk.initialise(&error), qPrintable(error));
        ReturnSession &session = *kiosk.session();
        session.start();
        QTRY_COMPARE(session.screen(), Screen::Identify);
        session.submitCode(u"RK-100001"_s);
        QTRY_COMPARE(session.screen(), Screen::Verify);
        settle(session);
        QElapsedTimer sinceOpened;
        session.submitVerifier(u"60614"_s);
        QTRY_COMPARE(session.screen(), Screen::Items);
        sinceOpened.start();
        session.setSelected(1, true);
        settle(session);
        session.confirmItems();
        QTRY_COMPARE(session.screen(), Screen::Reasons);
        settle(session);
        session.chooseReason(u"changed_mind"_s);
        QTRY_COMPARE(session.screen(), Screen::Questions);
        while (session.screen() == Screen::Questions) {
            settle(session);
            session.answerQuestion(true);
        }
        QTRY_COMPARE(session.screen(), Screen::Resolution);
        settle(session);

        QElapsedTimer shown;
        shown.start();
        session.chooseResolution(u"refund"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
            session.screen(), Screen::Review, PictureDelayMs / 2); // not after the picture
        qInfo("review shown %lld ms after the tap, %lld ms after the order opened", shown.elapsed(),
            sinceOpened.elapsed());
        QVERIFY2(shown.elapsed() < 1000, qPrintable(u"%1 ms"_s.arg(shown.elapsed())));
        QVERIFY(sinceOpened.elapsed() < PictureDelayMs); // the picture is still on its way
        const auto image
            = [&session] { return session.reviewLines().value(0).toMap().value(u"image"_s).toUrl(); };
        QVERIFY(image().isEmpty()); // the pictogram meanwhile

        QTRY_VERIFY_WITH_TIMEOUT(!image().isEmpty(), 20000);
        qInfo("picture arrived %lld ms after the order opened", sinceOpened.elapsed());
        QVERIFY(sinceOpened.elapsed() >= PictureDelayMs - 500);
        QFile file(image().toLocalFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("\x89PNG"));
        QVERIFY(file.fileName().startsWith(dir.filePath(u"kiosk/images"_s)));
        // Each picture of the order asked for once (the socks have none).
        QCOMPARE(backend.requestCount(u"images"_s), 2);
        session.cancel();
        QVERIFY(backend.stop());
    }
};

QTEST_MAIN(ProductImagesTest)
#include "tst_productimages.moc"
