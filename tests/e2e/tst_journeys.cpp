#include "DemoConfigCopy.h"
#include "KioskApplication.h"
#include "ReturnSession.h"
#include "UiDriver.h"
#include "Viewfinder.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"
#include "camera/HoldStillHint.h"
#include "codes/TokenMinter.h"
#include "domain/Money.h"
#include "dropoff/SimChuteLock.h"
#include "journal/Journal.h"
#include "printer/SimReceiptPrinter.h"
#include "stock/FixedStockLookup.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLinearGradient>
#include <QPainter>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <map>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// Whole shopper journeys on the real kiosk, offscreen, driven by taps. Each journey starts a
/// fresh kiosk on fresh data, saves its screenshots to build/tests/e2e/journeys/ and compares the
/// key screens with the goldens in tests/e2e/golden/ (KIOSK_UPDATE_GOLDENS=1 rewrites them).
class JourneysTest : public QObject
{
    Q_OBJECT

    const QDir m_goldens { QStringLiteral(KIOSK_SOURCE_DIR "/tests/e2e/golden") };
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<KioskApplication> m_kiosk;
    std::unique_ptr<UiDriver> m_ui;

    /// A fresh kiosk on fresh data: the demo's, or `policyBundle` (a file in kiosk-config/policies) and
    /// `seedOrders` (a file under the source tree) instead; `hardware`: a profile file under the source
    /// tree, else every device simulated; `cameraFrames`: images the camera sees (--camera-frames), else
    /// none.
    void startKiosk(int idleTimeoutSeconds = 60, const QString &policyBundle = {},
        const QString &seedOrders = u"kiosk-config/demo/orders.json"_s, const QString &hardware = {},
        const QString &cameraFrames = {})
    {
        m_data = std::make_unique<QTemporaryDir>();
        QJsonObject changes { { u"idleTimeoutSeconds"_s, idleTimeoutSeconds } };
        if (!policyBundle.isEmpty())
            changes[u"policyBundle"_s] = QString(u"../policies/"_s + policyBundle);
        const QString configPath = test::writeDemoConfigCopy(m_data->path(), changes);
        QVERIFY(!configPath.isEmpty());

        QStringList arguments { u"returns-kiosk"_s, u"--data-dir"_s, m_data->path(), u"--config"_s,
            configPath, u"--seed-orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/") + seedOrders, u"--clock"_s,
            u"2026-11-20T15:00:00Z"_s, u"--hardware"_s,
            hardware.isEmpty() ? u"sim"_s : QStringLiteral(KIOSK_SOURCE_DIR "/") + hardware };
        if (!cameraFrames.isEmpty())
            arguments << u"--camera-frames"_s << cameraFrames;
        const auto options = KioskApplication::parseArguments(arguments);
        QVERIFY(options);
        m_ui.reset();
        m_kiosk.reset();
        m_kiosk = std::make_unique<KioskApplication>(*options);
        QString error;
        QVERIFY2(m_kiosk->initialise(&error), qPrintable(error));
        QVERIFY(m_kiosk->loadUi());
        QDir shots(QStringLiteral(KIOSK_BINARY_DIR "/tests/e2e/journeys"));
        QVERIFY(shots.mkpath(u"."_s));
        m_ui = std::make_unique<UiDriver>(*m_kiosk->window(), *m_kiosk->session(), shots);
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    void golden(const QString &name, const QStringList &masks = {})
    {
        QVERIFY2(m_ui->matchesGolden(name, m_goldens, masks), qPrintable(m_ui->lastError()));
    }

    ReturnSession &session() { return *m_kiosk->session(); }

    /// The record is the offer: the journal row, the outbox payload, the printed receipt and the done
    /// screen carry, line by line, the units, reason, figures, keep-it and bin the offer showed, and its
    /// total. Called at the end of every journey that recorded one return.
    void recordIsTheOffer()
    {
        const ReturnOffer &offer = session().offer();
        const auto record = m_kiosk->journal().findReturn(session().returnId());
        QVERIFY(record);
        const Resolution resolution = offer.resolution().value_or(Resolution::RefundToOriginal);
        size_t matched = 0;
        for (const ReturnOffer::Line &line : offer.lines()) {
            if (!line.goesBack())
                continue;
            const auto item = std::find_if(record->items.begin(), record->items.end(),
                [&line](const ReturnItem &i) { return i.lineNo == line.lineNo(); });
            QVERIFY2(item != record->items.end(), qPrintable(u"line %1 not recorded"_s.arg(line.lineNo())));
            const ReturnOffer::Figures f = line.figures();
            QCOMPARE(item->quantity, line.quantity());
            QCOMPARE(item->reason, line.decision.returnReason);
            QCOMPARE(item->refund, f.amount(resolution));
            QCOMPARE(item->fee, f.fee);
            QCOMPARE(item->bonus, resolution == Resolution::StoreCredit ? f.bonus : 0);
            QCOMPARE(item->keepIt, line.decision.keepIt);
            QCOMPARE(item->bin, line.decision.bin);
            ++matched;
        }
        QCOMPARE(record->items.size(), matched);
        QCOMPARE(record->refundTotal(), offer.total());
        QCOMPARE(record->policyVersion, offer.policyVersion());
        bool queued = false;
        for (const Journal::OutboxEntry &entry :
            m_kiosk->journal().dueOutbox(QDateTime::currentDateTimeUtc().addYears(5), 100))
            if (entry.refId == record->id) {
                QCOMPARE(QJsonDocument::fromJson(entry.payload).object(), record->toJson());
                queued = true;
            }
        QVERIFY(queued);
        const QString total = formatMoney(offer.total(), record->currency);
        QTRY_VERIFY2(
            m_ui->textOf(u"refundText"_s).contains(total), qPrintable(m_ui->textOf(u"refundText"_s)));
        auto *printer = qobject_cast<drivers::SimReceiptPrinter *>(m_kiosk->devices().printer.get());
        if (session().receiptPrinted())
            QVERIFY2(QString::fromLatin1(printer->lastReceipt()).contains(total.mid(1)),
                printer->lastReceipt().constData());
    }

    /// A paper receipt of tests/e2e/data/offer-orders.json, scanned on the attract screen: its order's items.
    /// A receipt of tests/e2e/data/offer-orders.json, then its billing ZIP code on the keypad.
    void openOrderFromReceipt(const QString &barcode)
    {
        session().submitCode(barcode);
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"10001"_s));
        QVERIFY2(m_ui->waitForScreen(u"items"_s),
            qPrintable(session().screenName() + u": "_s + session().message()));
    }

    /// What the kiosk's camera sees when nobody holds anything up: a wooden counter under a light wall with
    /// a shelf edge, and a shopper's sleeve at the side (1280x720, drawn, so it is the same on every run).
    static QImage counterScene()
    {
        QImage scene(1280, 720, QImage::Format_RGB32);
        QPainter painter(&scene);
        QLinearGradient wall(0, 0, 0, 480);
        wall.setColorAt(0, QColor(0xe6, 0xe2, 0xda));
        wall.setColorAt(1, QColor(0xc9, 0xc3, 0xb8));
        painter.fillRect(QRect(0, 0, 1280, 480), wall);
        painter.fillRect(QRect(0, 150, 1280, 18), QColor(0x6b, 0x64, 0x5a)); // the shelf edge
        QLinearGradient counter(0, 480, 0, 720);
        counter.setColorAt(0, QColor(0x8a, 0x5a, 0x32));
        counter.setColorAt(1, QColor(0x5e, 0x3b, 0x1f));
        painter.fillRect(QRect(0, 480, 1280, 240), counter);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x2f, 0x4b, 0x6e)); // a sleeve coming in from the right
        painter.drawRoundedRect(QRectF(1010, 330, 320, 150), 60, 60);
        painter.end();
        return scene;
    }

    /// A return QR from the retailer's e-mail for RK-100001's jeans, signed with the demo key.
    static QString returnQr(const QList<codes::TokenLine> &lines = { { 2, 1 } })
    {
        QFile keyFile(QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/keys/demo-return-token-2026.key"));
        if (!keyFile.open(QIODevice::ReadOnly))
            return {};
        const QByteArray key = QByteArray::fromBase64(keyFile.readAll().trimmed());
        const codes::TokenMinter::Token token { u"northwind"_s, u"demo-return-token-2026"_s, u"E2E1"_s,
            u"RK-100001"_s, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), lines };
        return u"https://returns.example.com/r/"_s + codes::TokenMinter::mint(token, key);
    }

    /// RK-100001 on the keypad, then its billing ZIP code.
    void typeOrderNumber()
    {
        QVERIFY(m_ui->typeOnKeypad(u"100001"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
    }

    /// Reason and "tags attached?" yes: the resolution screen.
    void reasonAndQuestion(const QString &reason)
    {
        QVERIFY2(m_ui->tap(u"reason_"_s + reason), qPrintable(m_ui->lastError()));
        QVERIFY(m_ui->waitForScreen(u"questions"_s));
        QVERIFY(m_ui->tap(u"answerYes"_s));
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
    }

    /// The review screen, then "Confirm and open the chute": the drop-off.
    void confirmReview()
    {
        QVERIFY2(m_ui->waitForScreen(u"review"_s),
            qPrintable(session().screenName() + u": "_s + session().message()));
        QCOMPARE(m_kiosk->journal().returnCount(), 0); // nothing recorded before the confirm
        QVERIFY(m_ui->tap(u"confirmReviewButton"_s));
        QVERIFY(m_ui->waitForScreen(u"dropoff"_s));
    }

    /// Reason, "tags attached?" yes, the resolution, the review, then the item's tag at the chute.
    void reasonQuestionResolution(const QString &reason, const QString &resolution)
    {
        reasonAndQuestion(reason);
        QVERIFY2(m_ui->tap(u"resolution_"_s + resolution), qPrintable(m_ui->lastError()));
        confirmReview();
        QTRY_VERIFY(session().awaitingTag());
    }

private Q_SLOTS:
    void cleanup()
    {
        m_ui.reset();
        m_kiosk.reset();
    }

    /// Electronics: a $400.00 tablet returned as defective. The reason waives the 15 % restocking fee,
    /// so the resolution screen, the record and the receipt say $400.00 (a change of mind: $340.00).
    void defectiveTabletRefundsInFull()
    {
        startKiosk(60, u"electronics.policy.json"_s, u"tests/e2e/data/offer-orders.json"_s);
        openOrderFromReceipt(u"00420050010012611102"_s);
        QVERIFY(m_ui->tap(u"line_1"_s));
        QCOMPARE(m_ui->textOf(u"confirmItemsButton"_s), u"Return 1 item · $340.00"_s); // the default reason
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY2(m_ui->waitForScreen(u"reasons"_s),
            qPrintable(session().screenName() + u": "_s + session().message()));
        QVERIFY(m_ui->tap(u"reason_defective"_s));
        QVERIFY(m_ui->waitForScreen(u"questions"_s));
        QVERIFY(m_ui->tap(u"answerYes"_s)); // unopened?
        QVERIFY(m_ui->tap(u"answerYes"_s)); // all accessories?
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
        golden(u"offer-01-tablet-resolution"_s);
        QCOMPARE(session().offer().total(), 40000);
        QVERIFY(m_ui->tap(u"resolution_refund"_s));
        confirmReview();
        QTRY_VERIFY(session().awaitingTag());
        session().submitCode(u"42000000000013"_s);
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        golden(u"offer-02-tablet-done"_s, { u"returnIdText"_s, u"idleText"_s });
        recordIsTheOffer();
        const auto record = m_kiosk->journal().findReturn(session().returnId());
        QCOMPARE(record->refundTotal(), 40000);
        QCOMPARE(record->items.at(0).fee, 0);
        QCOMPARE(record->items.at(0).bin, u"GEN"_s);
    }

    /// Apparel: an $8.00 lip balm under the keep-it rule, returned with two T-shirts. The shopper is
    /// told to keep the balm before the chute opens, drops only the T-shirts, and the record says so.
    void keepItItemSkipsTheChute()
    {
        startKiosk(60, {}, u"tests/e2e/data/offer-orders.json"_s);
        openOrderFromReceipt(u"00420050010022611109"_s);
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"line_2"_s));
        QVERIFY(m_ui->tap(u"more_2"_s)); // both T-shirts
        QCOMPARE(m_ui->textOf(u"quantity_2"_s), u"2/2"_s);
        golden(u"offer-03-keepit-items"_s);
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        QVERIFY(m_ui->tap(u"reason_changed_mind"_s));
        QVERIFY(m_ui->tap(u"reason_changed_mind"_s));
        QVERIFY(m_ui->waitForScreen(u"questions"_s));
        QVERIFY(m_ui->tap(u"answerYes"_s)); // the T-shirts' tags
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
        QVERIFY(m_ui->tap(u"resolution_refund"_s));
        QVERIFY(m_ui->waitForScreen(u"keepIt"_s));
        QCOMPARE(session().keptItems(), QStringList { u"Tinted lip balm"_s });
        golden(u"offer-04-keepit"_s);
        QVERIFY(m_ui->tap(u"confirmKeptItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"review"_s));
        QCOMPARE(m_ui->textOf(u"refundTo"_s), u"Refund $66.00 to the card you paid with"_s);
        QCOMPARE(m_ui->textOf(u"confirmReviewButton"_s), u"Confirm and open the chute"_s);
        golden(u"review-01-keepit"_s);
        QVERIFY(m_ui->tap(u"backButton"_s)); // back records nothing: the resolution again
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
        QCOMPARE(m_kiosk->journal().returnCount(), 0);
        QVERIFY(m_ui->tap(u"resolution_refund"_s));
        QVERIFY(m_ui->waitForScreen(u"keepIt"_s));
        QVERIFY(m_ui->tap(u"confirmKeptItemsButton"_s));
        confirmReview();
        QCOMPARE(session().dropoffTotal(), 2); // the two T-shirts, not the balm
        for (int unit = 0; unit < 2; ++unit) {
            QTRY_VERIFY(session().awaitingTag());
            QCOMPARE(session().dropoffTitle(), u"Linen T-shirt"_s);
            session().submitCode(u"42000000000037"_s);
        }
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        recordIsTheOffer();
        const auto record = m_kiosk->journal().findReturn(session().returnId());
        QCOMPARE(record->items.size(), size_t(2));
        QVERIFY(record->items.at(0).keepIt);
        QVERIFY(record->items.at(0).bin.isEmpty());
        QCOMPARE(record->items.at(1).quantity, 2);
        QCOMPARE(record->items.at(1).bin, u"SOFT"_s);
        QCOMPARE(record->refundTotal(), 800 + 2 * 2900);
    }

    /// Apparel, a $600 parka and a $20 cap, with $500 the most a return may be worth without a
    /// colleague: both show as returnable; choosing both says which limit and offers to take an item
    /// out or ask; the cap alone goes back with nobody asked.
    void valueLimitAfterTheShopperChose()
    {
        startKiosk(60, {}, u"tests/e2e/data/offer-orders.json"_s);
        openOrderFromReceipt(u"00420050010032611106"_s);
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"line_2"_s));
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"approval"_s));
        QVERIFY2(m_ui->textOf(u"approvalReason"_s).contains(u"colleague"_s),
            qPrintable(m_ui->textOf(u"approvalReason"_s)));
        golden(u"offer-05-limit-approval"_s);
        QVERIFY(m_ui->tap(u"backButton"_s)); // "Change my items"
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s)); // the parka stays
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonQuestionResolution(u"changed_mind"_s, u"refund"_s);
        session().submitCode(u"42000000000051"_s);
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        recordIsTheOffer();
        QCOMPARE(m_kiosk->journal().findReturn(session().returnId())->refundTotal(), 2000);
        QCOMPARE(m_kiosk->journal().returnCount(), 1);
    }

    /// A return code that carries the reason and the resolution the shopper chose online: from the
    /// scan straight to what the policy still asks (are the tags on?), the review, then the chute. Two taps.
    void codeCarriesTheChoices()
    {
        startKiosk();
        session().submitCode(returnQr({ { 2, 1, u"wrong_size"_s, u"refund"_s } }));
        QVERIFY2(m_ui->waitForScreen(u"questions"_s),
            qPrintable(session().screenName() + u": "_s + session().message()));
        golden(u"offer-06-code-question"_s);
        QVERIFY(m_ui->tap(u"answerYes"_s));
        confirmReview();
        QTRY_VERIFY(session().awaitingTag());
        session().submitCode(u"00012345678912"_s); // the jeans' tag
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        QCOMPARE(m_ui->tapCount(), 2);
        recordIsTheOffer();
        const auto record = m_kiosk->journal().findReturn(session().returnId());
        QCOMPARE(record->items.at(0).reason, u"wrong_size"_s);
        QCOMPARE(record->resolution, u"refund"_s);
    }

    /// Order RK-100001 has two returnable lines and a final-sale one: the reason is shown, the
    /// final-sale line can't be chosen, the chosen one goes through the chute and is recorded.
    void mixedEligibleAndIneligibleOrder()
    {
        startKiosk();
        QVERIFY(m_ui->tap(u"startButton"_s));
        typeOrderNumber();
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        golden(u"mixed-01-items"_s);
        // The final-sale line says so by a sign and words, not by fading; every line's text is 24 px or more.
        QVERIFY(m_ui->find(u"notReturnable_3"_s)); // find() sees only what is visible
        QVERIFY(!m_ui->find(u"notReturnable_1"_s));
        QVERIFY(m_ui->find(u"line_3"_s));
        QCOMPARE(m_ui->find(u"line_3"_s)->opacity(), 1.0);
        for (const QString &line : { u"line_1"_s, u"line_3"_s })
            for (const QQuickItem *text : m_ui->find(line)->findChildren<QQuickItem *>())
                if (text->inherits("QQuickText") && text->isVisible())
                    QVERIFY2(text->property("font").value<QFont>().pixelSize() >= 24,
                        qPrintable(line + u": "_s + text->property("text").toString()));
        QVERIFY(m_ui->tap(u"line_3"_s)); // final sale: the tap does nothing
        QCOMPARE(session().selectedCount(), 0);
        QVERIFY(!m_ui->tap(u"confirmItemsButton"_s)); // disabled with nothing chosen
        QVERIFY(m_ui->tap(u"line_1"_s));
        QCOMPARE(session().selectedCount(), 1);
        golden(u"mixed-02-chosen"_s);
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        golden(u"mixed-03-reason"_s);
        reasonQuestionResolution(u"changed_mind"_s, u"refund"_s);
        golden(u"mixed-04-scan-tag"_s);
        session().submitCode(u"00012345678905"_s); // the T-shirt's tag
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        golden(u"mixed-05-done"_s, { u"returnIdText"_s, u"idleText"_s });
        QCOMPARE(m_kiosk->journal().returnCount(), 1);
        recordIsTheOffer();
    }

    /// The chute jams on the first item: nothing was handed in, so nothing is recorded, and the
    /// shopper is sent to a colleague rather than left at a stuck screen. The colleague signs in
    /// with their PIN (a wrong one first), sees why, clears the chute and the return goes on.
    void jammedChute()
    {
        startKiosk();
        auto *chute = qobject_cast<drivers::SimChuteLock *>(m_kiosk->chute());
        QVERIFY(chute);
        chute->scriptFault(drivers::ChuteLock::Fault::Jammed);
        QVERIFY(m_ui->tap(u"startButton"_s));
        typeOrderNumber();
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonQuestionResolution(u"changed_mind"_s, u"refund"_s);
        session().submitCode(u"00012345678905"_s);
        QVERIFY(m_ui->waitForScreen(u"assistance"_s, 10000));
        golden(u"jammed-01-assistance"_s, { u"idleText"_s });
        QCOMPARE(m_kiosk->journal().returnCount(), 0);
        QVERIFY(!chute->isOpen());

        session().submitCode(u"STAFF:E1042"_s); // the badge names the colleague, nothing more
        QTRY_VERIFY(m_ui->textOf(u"signInBadge"_s).contains(u"E1042"_s));
        QTest::qWait(100);
        QCOMPARE(session().screen(), Screen::Assistance);
        QVERIFY(m_ui->typeOnKeypad(u"135790"_s)); // not their PIN
        QTRY_VERIFY_WITH_TIMEOUT(
            m_ui->textOf(u"signInProblem"_s).startsWith(u"Wrong PIN. 4 attempts left."_s), 10000);
        QCOMPARE(session().screen(), Screen::Assistance);
        QVERIFY(m_ui->typeOnKeypad(u"246813"_s));
        QVERIFY(m_ui->waitForScreen(u"staff"_s, 10000));
        QCOMPARE(m_ui->textOf(u"staffCause"_s), u"The drop-off chute is jammed."_s); // not the raw code
        QVERIFY(m_ui->textOf(u"staffSteps"_s)
                    .contains(u"2. Close the door, then tap \"Chute cleared: carry on\"."_s));
        QCOMPARE(m_ui->textOf(u"staffItemState_0"_s), u"Still with the shopper"_s);
        QVERIFY(m_ui->textOf(u"staffBarWho"_s).contains(u"signs out in 1:5"_s)
            || m_ui->textOf(u"staffBarWho"_s).contains(u"signs out in 2:00"_s));
        golden(u"jammed-02-staff"_s, { u"staffBarWho"_s });
        QVERIFY(m_ui->tap(u"endSessionButton"_s)); // asks first
        QTRY_VERIFY(m_ui->find(u"endSessionConfirm"_s)->property("visible").toBool());
        QVERIFY(m_ui->screenshot(u"jammed-staff-confirm-end"_s).size() > 0);
        QVERIFY(m_ui->tap(u"keepHelpingButton"_s));
        QCOMPARE(session().screen(), Screen::Staff);
        QVERIFY(!m_ui->tap(u"approveButton"_s)); // a jam is cleared, not approved
        QVERIFY(m_ui->tap(u"resumeButton"_s));
        QVERIFY(m_ui->waitForScreen(u"dropoff"_s));
        QTRY_VERIFY(session().awaitingTag());
        session().submitCode(u"00012345678905"_s);
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        golden(u"jammed-03-done"_s, { u"returnIdText"_s, u"idleText"_s });
        QCOMPARE(m_kiosk->journal().returnCount(), 1);
        recordIsTheOffer();
        QVERIFY(m_ui->tap(u"finishButton"_s));
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// A kiosk with two chutes (tests/e2e/data/two-chutes.json): soft over SOFT and GEN, shoes over SHOES.
    /// While the shoes chute is out of service (it failed its cycle) the kiosk stays open, the sneakers say
    /// why they can't be taken and the cap still can; once the chute works again, each item goes through
    /// its own bin's chute, and the record, its outbox payload and the totes carry the bin.
    void eachItemThroughItsBinsChute()
    {
        startKiosk(60, {}, u"kiosk-config/demo/orders.json"_s, u"tests/e2e/data/two-chutes.json"_s);
        QCOMPARE(m_kiosk->devices().chutes.size(), size_t(2));
        auto *soft = qobject_cast<drivers::SimChuteLock *>(m_kiosk->devices().chutes.at(0).lock.get());
        auto *shoes = qobject_cast<drivers::SimChuteLock *>(m_kiosk->devices().chutes.at(1).lock.get());
        QVERIFY(soft && shoes);

        QSignalSpy shoesCycled(shoes, &drivers::ChuteLock::cycled);
        shoes->scriptCycle(drivers::ChuteLock::Cycle::DidNotClose);
        shoes->testCycle();
        QVERIFY(shoesCycled.wait(5000));
        QCOMPARE(m_ui->textOf(u"attractTitle"_s), u"Return an item here"_s); // the soft chute still works
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->typeOnKeypad(u"100003"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"94110"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QAbstractItemModel *lines = session().lines();
        const QString reason
            = lines->index(0, 0).data(lines->roleNames().key(QByteArrayLiteral("reason"))).toString();
        QVERIFY2(reason.contains(u"drop-off is out of service"_s), qPrintable(reason));
        QVERIFY(m_ui->screenshot(u"chutes-01-shoes-out-of-service"_s).size() > 0);
        QVERIFY(m_ui->tap(u"line_1"_s)); // refused: the tap does nothing
        QCOMPARE(session().selectedCount(), 0);
        QVERIFY(m_ui->tap(u"line_2"_s));
        QCOMPARE(session().selectedCount(), 1);
        session().cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));

        shoes->testCycle(); // passes: back in service
        QVERIFY(shoesCycled.wait(5000));
        QSignalSpy softTook(soft, &drivers::ChuteLock::itemAccepted);
        QSignalSpy shoesTook(shoes, &drivers::ChuteLock::itemAccepted);
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->typeOnKeypad(u"100003"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"94110"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"line_2"_s));
        QCOMPARE(session().selectedCount(), 2);
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        QVERIFY(m_ui->tap(u"reason_changed_mind"_s));
        QVERIFY(m_ui->tap(u"reason_changed_mind"_s));
        while (QTest::qWaitFor([this] { return session().screenName() != u"reasons"_s; }, 5000)
            && session().screenName() == u"questions"_s) {
            const int answered = m_ui->tapCount();
            QVERIFY(m_ui->tap(u"answerYes"_s));
            QTRY_VERIFY(m_ui->tapCount() > answered);
            QTest::qWait(200);
        }
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
        QVERIFY(m_ui->tap(u"resolution_refund"_s));
        confirmReview();
        QTRY_VERIFY(session().awaitingTag());
        QCOMPARE(session().dropoffTitle(), u"Canvas sneakers"_s);
        session().submitCode(u"00012345678943"_s);
        QTRY_COMPARE_WITH_TIMEOUT(shoesTook.size(), 1, 5000);
        QCOMPARE(softTook.size(), 0);
        QTRY_VERIFY(session().awaitingTag());
        QCOMPARE(session().dropoffTitle(), u"Baseball cap"_s);
        session().submitCode(u"00012345678950"_s);
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        QCOMPARE(softTook.size(), 1);
        QCOMPARE(shoesTook.size(), 1);
        recordIsTheOffer();
        const auto record = m_kiosk->journal().findReturn(session().returnId());
        QCOMPARE(record->items.size(), size_t(2));
        QCOMPARE(record->items.at(0).bin, u"SHOES"_s);
        QCOMPARE(record->items.at(1).bin, u"SOFT"_s);
        for (const Journal::OutboxEntry &entry :
            m_kiosk->journal().dueOutbox(QDateTime::currentDateTimeUtc().addYears(5), 100))
            if (entry.refId == record->id)
                QCOMPARE(
                    QJsonDocument::fromJson(entry.payload)[u"items"_s][0][u"bin"_s].toString(), u"SHOES"_s);

        // Each bin's tote holds its own item.
        std::map<QString, QString> toteOf;
        for (const Journal::Tote &tote : m_kiosk->journal().openTotesNow()) {
            toteOf[tote.bin] = tote.id;
            QCOMPARE(tote.items, tote.bin == u"GEN"_s ? 0 : 1);
        }
        QCOMPARE(m_kiosk->journal().toteItems(toteOf[u"SHOES"_s]).front().sku,
            m_kiosk->journal().findReturn(session().returnId())->items.at(0).sku);
    }

    /// The pre-registered return: the QR from the e-mail is scanned on the attract screen, its line
    /// is already chosen, and the refund takes five taps, the review's confirm among them (target: at
    /// most five).
    void preRegisteredQrRefund()
    {
        startKiosk();
        session().submitCode(returnQr());
        QVERIFY2(m_ui->waitForScreen(u"items"_s),
            qPrintable(session().screenName() + u": "_s + session().message()));
        QCOMPARE(session().selectedCount(), 1);
        golden(u"qr-01-items-preselected"_s);
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonQuestionResolution(u"wrong_size"_s, u"refund"_s);
        session().submitCode(u"00012345678912"_s); // the jeans' tag
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        QCOMPARE(m_ui->tapCount(), 5);
        QVERIFY(session().receiptPrinted());
        golden(u"qr-02-done"_s, { u"returnIdText"_s, u"idleText"_s });
        QCOMPARE(m_kiosk->journal().returnCount(), 1);
        recordIsTheOffer();
    }

    /// Out of paper: the return is recorded all the same and the receipt's QR is shown on screen.
    void printerOutOfPaper()
    {
        startKiosk();
        auto *printer = qobject_cast<drivers::SimReceiptPrinter *>(m_kiosk->devices().printer.get());
        QVERIFY(printer);
        printer->setStuckFault(drivers::ReceiptPrinter::Fault::PaperOut);
        QVERIFY(m_ui->tap(u"startButton"_s));
        typeOrderNumber();
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonQuestionResolution(u"changed_mind"_s, u"storeCredit"_s);
        session().submitCode(u"00012345678905"_s);
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        QVERIFY(!session().receiptPrinted());
        QTRY_VERIFY(m_ui->find(u"receiptQr"_s) != nullptr);
        golden(u"paper-01-done-qr"_s, { u"returnIdText"_s, u"idleText"_s, u"receiptQr"_s });
        QCOMPARE(m_kiosk->journal().returnCount(), 1);
        recordIsTheOffer();
    }

    /// A typed order number asks for the billing ZIP code; a wrong one is explained (tries left,
    /// never the right one), the keypad clears, and the right one opens the order.
    void typedOrderNumberWithWrongVerifier()
    {
        startKiosk();
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->typeOnKeypad(u"100001"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QCOMPARE(session().orderId(), QString()); // nothing of the order shows yet
        golden(u"verify-01-zip"_s);
        QVERIFY(m_ui->typeOnKeypad(u"60615"_s));
        QTRY_VERIFY(!session().message().isEmpty());
        QCOMPARE(session().screen(), Screen::Verify);
        QVERIFY(m_ui->textOf(u"messageText"_s).contains(u"Tries left: 2"_s));
        QVERIFY(!m_ui->textOf(u"messageText"_s).contains(u"60614"_s));
        QCOMPARE(m_ui->textOf(u"verifierField"_s), u"_____"_s); // cleared for the next try
        golden(u"verify-02-wrong"_s);
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QCOMPARE(session().orderId(), u"RK-100001"_s);
        golden(u"verify-03-items"_s);
    }

    /// A paper receipt's barcode (ITF, made with zint, read by the kiosk's camera pipeline) names the
    /// order and its billing ZIP code opens it (the demo policy's second factor for receipts); the
    /// T-shirt is exchanged for size L, which the store has in stock.
    void receiptBarcodeExchange()
    {
        startKiosk();
        auto *stock = qobject_cast<FixedStockLookup *>(m_kiosk->stockLookup());
        QVERIFY(stock);
        stock->setAvailable(u"NW-TEE-BLU-S"_s, 0);
        stock->setAvailable(u"NW-TEE-BLU-L"_s, 4);
        stock->setAvailable(u"NW-TEE-GRN-M"_s, 2);
        QTemporaryDir images;
        const QString receiptImage = images.filePath(u"receipt.png"_s);
        QProcess zint; // store 42, register 3, transaction 4217, 2026-11-08: RK-100001's receipt
        zint.start(u"zint"_s,
            { u"-b"_s, u"3"_s, u"--scale=3"_s, u"--height=40"_s, u"-o"_s, receiptImage, u"-d"_s,
                u"00420030042172611087"_s });
        QVERIFY(zint.waitForFinished(10000));
        QCOMPARE(zint.exitCode(), 0);
        camera::FolderFrameSource receipt({ receiptImage }, 10);
        connect(&receipt, &camera::FrameSource::frameReady, m_kiosk->frameDecoder(),
            [decoder = m_kiosk->frameDecoder()](const QVideoFrame &frame) { decoder->submit(frame); });
        receipt.start();
        QVERIFY2(m_ui->waitForScreen(u"verify"_s),
            qPrintable(session().screenName() + u": "_s + session().message()));
        receipt.stop();
        QCOMPARE(session().orderId(), QString()); // nothing of the order shows before its ZIP code
        QCOMPARE(m_ui->textOf(u"verifyHint"_s),
            u"Type the ZIP code of the billing address for order RK-100001."_s);
        QVERIFY(!m_ui->screenshot(u"receipt-00-zip"_s).isEmpty());
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QCOMPARE(session().orderId(), u"RK-100001"_s);
        QVERIFY(m_ui->tap(u"line_1"_s));
        golden(u"receipt-01-items"_s);
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonAndQuestion(u"wrong_size"_s);
        golden(u"receipt-02-resolution"_s);
        QVERIFY(m_ui->tap(u"resolution_exchange"_s));
        QVERIFY(m_ui->waitForScreen(u"variant"_s));
        QTRY_VERIFY(!session().exchange()->checking());
        QVERIFY(!m_ui->tap(u"variant_NW-TEE-BLU-S"_s)); // out of stock: can't be picked
        golden(u"receipt-03-variant"_s);
        QVERIFY(m_ui->tap(u"variant_NW-TEE-BLU-L"_s));
        confirmReview();
        QTRY_VERIFY(session().awaitingTag());
        golden(u"receipt-04-scan-tag"_s);
        session().submitCode(u"00012345678905"_s); // the T-shirt's tag
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        golden(u"receipt-05-done"_s, { u"returnIdText"_s, u"idleText"_s });
        const auto record = m_kiosk->journal().findReturn(session().returnId());
        QVERIFY(record);
        QCOMPARE(record->resolution, u"exchange"_s);
        QCOMPARE(record->items.at(0).exchangeSku, u"NW-TEE-BLU-L"_s);
        recordIsTheOffer();
    }

    /// A kiosk with a camera (the folder source playing a shop counter with nothing held up): the identify
    /// screen and the chute show its picture, framed where to hold the code, and say to hold it up to the
    /// camera. At the chute the decoder looks for item tags and is told the awaited item's GTIN (so a read
    /// that needs confirming opens the chute at once); the T-shirt's tag shown to the camera opens it.
    void cameraViewfinderOnIdentifyAndAtTheChute()
    {
        QTemporaryDir frames;
        const QString counter = frames.filePath(u"counter.png"_s);
        QVERIFY(counterScene().save(counter));
        startKiosk(60, {}, u"kiosk-config/demo/orders.json"_s, {}, counter);
        QVERIFY(m_kiosk->viewfinder()->available());
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->waitForScreen(u"identify"_s));
        QTRY_VERIFY(m_kiosk->viewfinder()->active());
        QVERIFY(m_ui->find(u"identifyViewfinder"_s));
        QCOMPARE(m_ui->textOf(u"readerWhere"_s), u"The camera is below the screen."_s);
        QVERIFY(m_ui->textOf(u"identifyHint"_s).contains(u"up to the camera"_s));
        QCOMPARE(m_kiosk->frameDecoder()->expectedCodes(), QStringList());
        QTRY_VERIFY(m_kiosk->frameDecoder()->decodedFrames() > 0); // the picture is on screen
        golden(u"camera-01-identify"_s);
        // A receipt waved in front of the camera: blurred frames ask the shopper to hold still, the
        // counter's sharp ones take it away again.
        QImage smeared = counterScene();
        {
            QPainter painter(&smeared);
            painter.fillRect(QRect(380, 230, 520, 260), Qt::white);
            for (int x = 400; x < 880; x += 24) // the receipt's barcode
                painter.fillRect(QRect(x, 250, 12, 220), Qt::black);
        }
        smeared = smeared.scaled(160, 90, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                      .scaled(1280, 720, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                      .convertToFormat(QImage::Format_Grayscale8);
        const QVideoFrame blurred = camera::FolderFrameSource::frameFromGrey(smeared);
        QVERIFY(m_ui->waitFor(
            [&] {
                // Back to back, so the counter's own frames cannot come between them on a busy machine.
                for (int frame = 0; frame <= camera::HoldStillHint::BlurredToShow; ++frame) {
                    m_kiosk->frameDecoder()->waitForIdle();
                    Q_EMIT m_kiosk->camera()->frameReady(blurred);
                }
                return m_kiosk->viewfinder()->holdStill();
            },
            10000));
        QVERIFY(m_ui->find(u"holdStillHint"_s));
        QCOMPARE(m_ui->textOf(u"holdStillText"_s), u"Hold still"_s);
        // At once: the counter's next frames would take the hint away while UiDriver lets feedback fade.
        QVERIFY(m_kiosk->window()->grabWindow().save(
            QStringLiteral(KIOSK_BINARY_DIR "/tests/e2e/journeys/camera-01b-hold-still.png")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk->viewfinder()->holdStill(), 15000);

        typeOrderNumber();
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(!m_kiosk->viewfinder()->active()); // no code wanted: the camera rests
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonQuestionResolution(u"changed_mind"_s, u"refund"_s);
        QCOMPARE(m_kiosk->frameDecoder()->expectedCodes(), QStringList { u"00012345678905"_s });
        QTRY_VERIFY(m_kiosk->viewfinder()->active());
        QVERIFY(m_ui->find(u"dropoffViewfinder"_s));
        const int shown = m_kiosk->frameDecoder()->decodedFrames();
        QTRY_VERIFY(m_kiosk->frameDecoder()->decodedFrames() > shown);
        golden(u"camera-02-scan-tag"_s);

        QTemporaryDir images;
        const QString tagImage = images.filePath(u"tag.png"_s);
        QProcess zint; // the T-shirt's hang tag: UPC-A 012345678905
        zint.start(
            u"zint"_s, { u"-b"_s, u"34"_s, u"--scale=3"_s, u"-o"_s, tagImage, u"-d"_s, u"01234567890"_s });
        QVERIFY(zint.waitForFinished(10000));
        QCOMPARE(zint.exitCode(), 0);
        const QVideoFrame tag = camera::FolderFrameSource::loadFrame(tagImage);
        QVERIFY(tag.isValid());
        QSignalSpy ticks(m_kiosk->viewfinder(), &Viewfinder::codeRead);
        // Held up to the camera between the counter's frames until the chute opens.
        QVERIFY(m_ui->waitFor(
            [&] {
                if (session().awaitingTag())
                    Q_EMIT m_kiosk->camera()->frameReady(tag);
                return !session().awaitingTag();
            },
            10000));
        QCOMPARE(ticks.size(), 1);
        QVERIFY(m_ui->find(u"viewfinderTick"_s)); // over the last picture, while the chute opens
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        QCOMPARE(m_kiosk->journal().returnCount(), 1);
        recordIsTheOffer();
    }

    /// No stock answer (this kiosk has no backend): the exchange can't be promised, the screen says
    /// so and store credit instead takes the shopper on to the chute.
    void exchangeWithoutStockOffersStoreCredit()
    {
        startKiosk();
        session().submitCode(u"00420030042172611087"_s); // RK-100001's receipt, from the scanner
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        reasonAndQuestion(u"wrong_size"_s);
        QVERIFY(m_ui->tap(u"resolution_exchange"_s));
        QVERIFY(m_ui->waitForScreen(u"variant"_s));
        QTRY_VERIFY(session().exchange()->stockUnknown());
        QVERIFY(m_ui->textOf(u"messageText"_s).contains(u"can't check the store's stock"_s));
        QVERIFY(!m_ui->tap(u"variant_NW-TEE-BLU-L"_s));
        QVERIFY(!m_ui->screenshot(u"exchange-offline"_s).isEmpty());
        QVERIFY(m_ui->tap(u"storeCreditInsteadButton"_s));
        confirmReview();
        QCOMPARE(session().resolutionText(), u"Store credit"_s);
        QTRY_VERIFY(session().awaitingTag());
        session().submitCode(u"00012345678905"_s); // the T-shirt's tag
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        recordIsTheOffer();
        QCOMPARE(m_kiosk->journal().findReturn(session().returnId())->bonusTotal(), 249);
    }

    /// The shopper walks away on the item list: the countdown shows, then the kiosk starts over
    /// with the order, the lines and the language wiped.
    void abandonedSession()
    {
        startKiosk(10);
        QVERIFY(m_ui->tap(u"language_fr"_s));
        QVERIFY(m_ui->tap(u"startButton"_s));
        typeOrderNumber();
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s));
        QVERIFY(m_ui->waitFor([this] { return m_ui->find(u"moreTimeButton"_s) != nullptr; }));
        golden(u"abandoned-01-countdown"_s, { u"idleText"_s });
        QVERIFY(m_ui->waitForScreen(u"attract"_s, 15000));
        QCOMPARE(session().orderId(), QString());
        QCOMPARE(session().lines()->rowCount(), 0);
        QCOMPARE(session().selectedCount(), 0);
        QTRY_COMPARE(m_ui->textOf(u"startButton"_s), u"Start a return"_s);
        golden(u"abandoned-02-attract"_s);
        QCOMPARE(m_kiosk->journal().returnCount(), 0);
    }
};

QTEST_MAIN(JourneysTest)
#include "tst_journeys.moc"
