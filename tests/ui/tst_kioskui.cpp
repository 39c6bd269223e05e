#include "KioskApplication.h"

#include "BinTotes.h"
#include "DayAudit.h"
#include "KioskService.h"
#include "KioskSounds.h"
#include "ReturnSession.h"
#include "SelfTestRunner.h"
#include "UiDriver.h"
#include "dropoff/SimChuteLock.h"
#include "scanner/FakeScanner.h"

#include <QAccessible>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QInputMethod>
#include <QJsonArray>
#include <QJsonObject>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The real UI, offscreen, for what a shopper who reads Spanish, uses a screen reader or sits in
/// a wheelchair needs: live language switching that ends with the session, an accessible name on
/// every interactive item of every screen, and the lower layout.
class KioskUiTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<KioskApplication> m_kiosk;
    std::unique_ptr<UiDriver> m_ui;

    QString startText() const
    {
        QQuickItem *button = m_ui->find(u"startButton"_s);
        return button ? button->property("text").toString() : QString();
    }

    /// The kiosk's simulated scanner, with a return started: the identify screen (null if either fails).
    scanner::FakeScanner *startWithFakeScanner()
    {
        auto *scanner = qobject_cast<scanner::FakeScanner *>(m_kiosk->devices().scanner.get());
        if (!scanner || !m_ui->tap(u"startButton"_s) || !m_ui->waitForScreen(u"identify"_s))
            return nullptr;
        return scanner;
    }

    static void collectUnnamed(QQuickItem *item, QStringList *unnamed)
    {
        if (!item->isVisible())
            return;
        const bool button = item->inherits("QQuickAbstractButton");
        const bool mouseArea = item->inherits("QQuickMouseArea") && item->isEnabled();
        if (button || mouseArea) {
            QQuickItem *named = button ? item : item->parentItem();
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(named);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed->append(named->objectName().isEmpty()
                        ? QString::fromLatin1(named->metaObject()->className())
                        : named->objectName());
        }
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            collectUnnamed(child, unnamed);
    }

    /// Visible, enabled buttons whose top is above `top` (scene coordinates).
    static void collectHighControls(QQuickItem *item, double top, QStringList *high)
    {
        if (!item->isVisible())
            return;
        if (item->inherits("QQuickAbstractButton") && item->isEnabled()
            && item->mapToScene(QPointF(0, 0)).y() < top)
            high->append(
                item->objectName().isEmpty() ? item->property("text").toString() : item->objectName());
        const auto children = item->childItems();
        for (QQuickItem *child : children)
            collectHighControls(child, top, high);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto options = KioskApplication::parseArguments({ u"returns-kiosk"_s, u"--data-dir"_s,
            m_dir.path(), u"--config"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/kiosk.json"),
            u"--seed-orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"),
            u"--clock"_s, u"2026-11-20T15:00:00Z"_s });
        QVERIFY(options);
        m_kiosk = std::make_unique<KioskApplication>(*options);
        QString error;
        QVERIFY2(m_kiosk->initialise(&error), qPrintable(error));
        QVERIFY(m_kiosk->loadUi());
        QDir shots(QStringLiteral(KIOSK_BINARY_DIR "/tests/ui/screenshots"));
        QVERIFY(shots.mkpath(u"."_s));
        m_ui = std::make_unique<UiDriver>(*m_kiosk->window(), *m_kiosk->session(), shots);
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    void languageSwitchesLiveAndEndsWithTheSession()
    {
        QCOMPARE(startText(), u"Start a return"_s);
        QVERIFY(m_ui->tap(u"language_es"_s));
        QTRY_COMPARE(startText(), u"Iniciar una devolución"_s);
        QVERIFY(m_ui->tap(u"language_fr"_s));
        QTRY_COMPARE(startText(), u"Commencer un retour"_s);

        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->waitForScreen(u"identify"_s));
        QCOMPARE(m_ui->find(u"cancelButton"_s)->property("text").toString(), u"Annuler"_s);
        QVERIFY(m_ui->tap(u"cancelButton"_s));
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
        QTRY_COMPARE(startText(), u"Start a return"_s);
    }

    void pluralsFollowTheLanguage()
    {
        QVERIFY(m_ui->tap(u"language_es"_s));
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->typeOnKeypad(u"100001"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s)); // the order's billing ZIP code
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_1"_s));
        QTRY_VERIFY(m_ui->find(u"confirmItemsButton"_s)
                        ->property("text")
                        .toString()
                        .startsWith(u"Devolver 1 artículo ·"_s));
        QVERIFY(m_ui->tap(u"line_2"_s));
        QTRY_VERIFY(m_ui->find(u"confirmItemsButton"_s)
                        ->property("text")
                        .toString()
                        .startsWith(u"Devolver 2 artículos ·"_s));
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// Texts the session worded earlier (a wrong verifier, why a line can't go back) are worded again
    /// at once when the shopper switches language mid-flow.
    void flowMessagesFollowALanguageSwitchMidFlow()
    {
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->typeOnKeypad(u"100001"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"99999"_s));
        QTRY_VERIFY(m_ui->textOf(u"verifyMessage"_s).startsWith(u"That doesn't match order RK-100001."_s));
        QVERIFY(m_ui->tap(u"language_es"_s));
        QTRY_VERIFY2(m_ui->textOf(u"verifyMessage"_s).startsWith(u"No coincide con el pedido RK-100001."_s),
            qPrintable(m_ui->textOf(u"verifyMessage"_s)));
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        // Prices too: in Spanish in a US store as es_US writes them, in French as French does.
        auto price = [this] { return m_ui->find(u"line_1"_s)->property("price").toString(); };
        QCOMPARE(price(), u"$24.99"_s);
        auto reason = [this] { return m_ui->find(u"line_3"_s)->property("reason").toString(); };
        QTRY_COMPARE(reason(), u"Este artículo no admite devolución por motivos de higiene o seguridad."_s);
        QVERIFY(m_ui->tap(u"language_fr"_s));
        QTRY_COMPARE(
            reason(), u"Cet article ne peut pas être retourné pour des raisons d'hygiène ou de sécurité."_s);
        QCOMPARE(price(), u"24,99\u00a0$US"_s);
        QVERIFY(m_ui->tap(u"line_1"_s));
        QTRY_VERIFY2(m_ui->textOf(u"confirmItemsButton"_s).endsWith(u"24,99\u00a0$US"_s),
            qPrintable(m_ui->textOf(u"confirmItemsButton"_s)));
        QCOMPARE(m_ui->textOf(u"backButton"_s), u"Précédent"_s); // not "Retour" beside "Retourner 1 article"
        QVERIFY(m_ui->tap(u"language_en"_s));
        QTRY_COMPARE(reason(), u"This item can't be returned, for hygiene or safety reasons."_s);
        QCOMPARE(price(), u"$24.99"_s);
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// The scanner is yanked: the identify screen says to type the number, and the light calls
    /// staff; plugged back, its scans reach the session again.
    void unpluggedScannerShowsTheKeypadPath()
    {
        scanner::FakeScanner *scanner = startWithFakeScanner();
        QVERIFY(scanner);
        QVERIFY(m_ui->textOf(u"scannerStatus"_s).isEmpty());
        scanner->unplug();
        QTRY_VERIFY(m_ui->textOf(u"scannerStatus"_s).contains(u"type your order number on the keypad"_s));
        QCOMPARE(m_kiosk->devices().indicator->state(), drivers::Indicator::State::Attention);
        QVERIFY(m_ui->find(u"key_1"_s)->isEnabled());
        scanner->plug();
        QTRY_VERIFY(m_ui->textOf(u"scannerStatus"_s).isEmpty());
        scanner->scan(u"RK-100001"_s);
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// A colleague empties the bin (the manifest shows beside the health grid) and takes the kiosk out
    /// of service: attract then says it is closed and where to go, in the shopper's language, and has no
    /// start button; the backend's in_service command opens it again.
    void emptyBinAndOutOfServiceAtAttract()
    {
        m_kiosk->session()->submitCode(u"STAFF:E1042"_s);
        QVERIFY(m_ui->waitForScreen(u"staffSignIn"_s));
        QVERIFY(m_kiosk->session()->signIn()->submitPin(u"246813"_s)); // checked off the GUI thread
        QVERIFY(m_ui->waitForScreen(u"maintenance"_s));
        const QString tote = m_kiosk->totes()->openTotes().front().id;
        QVERIFY(m_ui->tap(u"emptyBin_MAIN"_s));
        QTRY_VERIFY(m_ui->find(u"manifestPreview"_s));
        QTRY_VERIFY(
            m_ui->find(u"toteMessage"_s)->property("text").toString().contains(u"manifest printed"_s));
        QVERIFY(m_ui->find(u"reprint_"_s + tote));
        QVERIFY(m_ui->screenshot(u"staff-emptybin"_s).size() > 0);
        QVERIFY(m_ui->tap(u"closeManifest"_s));
        QTRY_VERIFY(m_kiosk->totes()->previewToteId().isEmpty());

        QVERIFY(m_ui->tap(u"serviceSwitch"_s));
        QTRY_VERIFY(m_kiosk->service()->closed());
        QCOMPARE(m_kiosk->service()->by(), u"E1042"_s);
        m_kiosk->session()->signOut();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
        QTRY_COMPARE(m_ui->find(u"attractTitle"_s)->property("text").toString(),
            u"This kiosk is closed for returns"_s);
        QVERIFY(!m_ui->find(u"startButton"_s));
        QCOMPARE(m_ui->find(u"serviceDesk"_s)->property("text").toString(),
            u"Please take your return to the service desk by the main entrance."_s);
        QVERIFY(m_ui->screenshot(u"staff-outofservice"_s).size() > 0);
        QVERIFY(m_ui->tap(u"language_es"_s));
        QTRY_COMPARE(m_ui->find(u"serviceDesk"_s)->property("text").toString(),
            u"Lleve su devolución al mostrador de atención junto a la entrada principal."_s);
        QCOMPARE(m_ui->find(u"attractTitle"_s)->property("text").toString(),
            u"Este quiosco está cerrado para devoluciones"_s);
        QVERIFY(m_ui->tap(u"language_en"_s));

        m_kiosk->service()->applyCommands(
            { QJsonObject { { u"id"_s, u"c-1"_s }, { u"type"_s, u"in_service"_s } } });
        QTRY_VERIFY(m_ui->find(u"startButton"_s));
        QCOMPARE(startText(), u"Start a return"_s);
    }

    /// The sync page lists what the backend refused, with its reason; "Send again" puts it back in the
    /// queue; the "Today" page tells the day's sign-in and the resend in words.
    void syncQueueAndTodayPages()
    {
        Journal &journal = m_kiosk->journal();
        const QDateTime now = QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
        QVERIFY(journal.recordEvent(u"refused-1"_s, u"fault"_s, { { u"device"_s, u"printer"_s } }, now));
        const auto due = journal.dueOutbox(now.addYears(1), 1000);
        const auto entry
            = std::find_if(due.cbegin(), due.cend(), [](const auto &e) { return e.refId == u"refused-1"_s; });
        QVERIFY(entry != due.cend());
        // A reason as long as the backend's recomputed amounts make it: shown whole, never cut.
        const QString reason
            = u"amount_mismatch: items[0] of order RK-100001 under policy northwind-apparel "
              "version 4: 1 unit(s) of line 1 (changed_mind, refund) recorded as refund 249900, "
              "restocking fee 0, bonus 0; the policy gives refund 2499, restocking fee 0, bonus 0"_s;
        QVERIFY(journal.moveToDeadLetter(entry->seq, reason, now));

        m_kiosk->session()->submitCode(u"STAFF:E1042"_s);
        QVERIFY(m_ui->waitForScreen(u"staffSignIn"_s));
        QVERIFY(m_kiosk->session()->signIn()->submitPin(u"246813"_s)); // checked off the GUI thread
        QVERIFY(m_ui->waitForScreen(u"maintenance"_s));
        QTRY_COMPARE(
            m_ui->find(u"openSyncQueue"_s)->property("text").toString(), u"Sync queue (1 refused)"_s);
        QVERIFY(m_ui->tap(u"openSyncQueue"_s));
        const QString retry = u"retry_%1"_s.arg(entry->seq);
        QTRY_VERIFY(m_ui->find(retry));
        const QObject *shown = m_ui->find(u"deadLetterReason_%1"_s.arg(entry->seq));
        QVERIFY(shown);
        QCOMPARE(shown->property("text").toString(), u"Reason: "_s + reason);
        QVERIFY(!shown->property("truncated").toBool());
        QVERIFY(shown->property("lineCount").toInt() >= 2);
        QVERIFY(m_ui->screenshot(u"staff-sync"_s).size() > 0);
        QVERIFY(m_ui->tap(retry));
        QTRY_VERIFY(journal.deadLetters(10).empty());
        QTRY_VERIFY(
            m_ui->find(u"syncMessage"_s)->property("text").toString().contains(u"Put back in the queue"_s));
        QVERIFY(m_ui->tap(u"syncBackButton"_s));
        QVERIFY(m_ui->tap(u"openDayAudit"_s));
        QTRY_VERIFY(m_ui->find(u"auditList"_s));
        QStringList texts;
        for (const QVariant &e : m_kiosk->dayAudit()->entries())
            texts << e.toMap().value(u"text"_s).toString();
        QVERIFY2(texts.contains(u"E1042 signed in."_s), qPrintable(texts.join(u" | "_s)));
        QVERIFY2(texts.contains(u"E1042 put a refused entry back in the sync queue."_s),
            qPrintable(texts.join(u" | "_s)));
        QVERIFY(m_ui->screenshot(u"staff-today"_s).size() > 0);
        QVERIFY(m_ui->tap(u"auditBackButton"_s));
        QTRY_VERIFY(m_ui->find(u"openSyncQueue"_s));
        m_kiosk->session()->signOut();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// "Find an order": by the customer's e-mail (shown masked), the order as the backend's agent sees
    /// it; an override without a reason says so and records nothing, one with a reason is recorded and
    /// shown; the assisted return starts on the item list without a ZIP code.
    void orderDeskFindsOverridesAndStartsTheReturn()
    {
        m_kiosk->session()->submitCode(u"STAFF:E1042"_s);
        QVERIFY(m_ui->waitForScreen(u"staffSignIn"_s));
        QVERIFY(m_kiosk->session()->signIn()->submitPin(u"246813"_s)); // checked off the GUI thread
        QVERIFY(m_ui->waitForScreen(u"maintenance"_s));
        QVERIFY(m_ui->tap(u"openOrderDesk"_s));
        QTRY_VERIFY(m_ui->find(u"orderDeskQuery"_s));
        QVERIFY(m_ui->tap(u"findBy_email"_s));
        m_ui->find(u"orderDeskQuery"_s)->setProperty("text", u"jordan.lee@example"_s);
        QVERIFY(m_ui->tap(u"orderDeskFind"_s));
        QTRY_COMPARE(m_ui->textOf(u"orderDeskMessage"_s),
            u"That is not a complete e-mail address (name@example.com)."_s);
        m_ui->find(u"orderDeskQuery"_s)->setProperty("text", u"Jordan.Lee@example.com"_s);
        QVERIFY(m_ui->tap(u"orderDeskFind"_s));
        QTRY_COMPARE(m_ui->textOf(u"orderDeskOrderId"_s), u"Order RK-100001"_s);
        QTRY_VERIFY(m_ui->find(u"orderFact_3"_s));
        QVERIFY(m_ui->textOf(u"orderFact_3"_s).contains(u"j•••@example.com"_s));
        QVERIFY(m_ui->textOf(u"orderLineText_3"_s).endsWith(u": Refused"_s));
        QVERIFY(m_ui->screenshot(u"staff-order"_s).size() > 0);

        const int before = int(m_kiosk->journal()
                                   .eventsSince(QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC), 1000)
                                   .size());
        // Below the order's facts the lines scroll: the colleague brings the refused socks into view.
        QQuickItem *picture = m_ui->find(u"orderPicture"_s);
        const auto *content = picture->property("contentItem").value<QQuickItem *>();
        const qreal socksAt = m_ui->find(u"overrideLine_3"_s)->mapToItem(content, QPointF()).y();
        picture->setProperty(
            "contentY", std::min(socksAt, picture->property("contentHeight").toReal() - picture->height()));
        QVERIFY2(m_ui->tap(u"overrideLine_3"_s), qPrintable(m_ui->lastError()));
        QTRY_VERIFY(m_ui->find(u"overridePanel"_s));
        QVERIFY(m_ui->tap(u"confirmOverride"_s)); // no reason chosen
        QTRY_COMPARE(m_ui->textOf(u"overrideMessage"_s), u"Choose a reason for the override."_s);
        QCOMPARE(int(m_kiosk->journal()
                         .eventsSince(QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC), 1000)
                         .size()),
            before);
        QVERIFY(m_ui->tap(u"overrideReason_goodwill"_s));
        QVERIFY(m_ui->screenshot(u"staff-order-override"_s).size() > 0);
        QVERIFY(m_ui->tap(u"confirmOverride"_s));
        QTRY_VERIFY(!m_ui->find(u"overridePanel"_s)); // closed
        QTRY_VERIFY(
            m_ui->textOf(u"orderLineText_3"_s).endsWith(u": Overridden: Goodwill: a loyal customer"_s));
        QVERIFY(m_ui->screenshot(u"staff-order-overridden"_s).size() > 0);
        m_kiosk->dayAudit()->refresh();
        QStringList texts;
        for (const QVariant &e : m_kiosk->dayAudit()->entries())
            texts << e.toMap().value(u"text"_s).toString();
        QVERIFY2(texts.filter(u"E1042 overrode"_s).size() == 1, qPrintable(texts.join(u" | "_s)));

        picture->setProperty("contentY", 0);
        QVERIFY2(m_ui->tap(u"startAssistedReturn"_s), qPrintable(m_ui->lastError()));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(m_ui->tap(u"line_3"_s)); // the overridden socks may be chosen
        QCOMPARE(m_kiosk->session()->selectedCount(), 1);
        QVERIFY(m_ui->screenshot(u"staff-order-items"_s).size() > 0);
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
        m_kiosk->session()->signOut();
    }

    /// "Need help?" through a whole journey in the lower layout: on every shopper's screen, in the same
    /// place, within the bottom 60%. Asking for help on the item list says a colleague is coming (the
    /// light calls them) and how long the shopper has waited; calling it off is back on the list with
    /// the item still chosen. The done screen's "I need more time" starts its countdown again.
    void needHelpOnEveryShopperScreenInTheSamePlace()
    {
        QQuickWindow *window = m_kiosk->window();
        ReturnSession &session = *m_kiosk->session();
        QVERIFY(m_ui->tap(u"lowerLayoutButton"_s));
        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->waitForScreen(u"identify"_s));
        QPointF place;
        QStringList seen;
        auto helpInPlace = [&] {
            QQuickItem *help = nullptr;
            if (!m_ui->waitFor([&] { return (help = m_ui->find(u"helpButton"_s)) != nullptr; }))
                return false;
            const QPointF at = help->mapToScene(QPointF(0, 0));
            if (place.isNull())
                place = at;
            seen << session.screenName();
            return at == place && at.y() >= window->height() * 0.4
                && help->property("text").toString() == u"Need help?"_s;
        };
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->typeOnKeypad(u"100001"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->tap(u"line_1"_s));

        QVERIFY(m_ui->tap(u"helpButton"_s));
        QVERIFY(m_ui->waitForScreen(u"assistance"_s));
        QTRY_COMPARE(m_ui->textOf(u"assistanceTitle"_s), u"A colleague is coming, please wait here"_s);
        QVERIFY(m_ui->textOf(u"waitedText"_s).startsWith(u"You have waited 0:0"_s));
        QCOMPARE(m_kiosk->devices().indicator->state(), drivers::Indicator::State::Attention);
        QVERIFY(!m_ui->find(u"helpButton"_s));
        QVERIFY(!m_ui->find(u"finishButton"_s));
        QVERIFY(m_ui->find(u"cancelHelpButton"_s)->mapToScene(QPointF(0, 0)).y() >= window->height() * 0.4);
        QVERIFY(m_ui->screenshot(u"help-waiting"_s).size() > 0);
        QVERIFY(m_ui->tap(u"cancelHelpButton"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        QTRY_VERIFY(m_ui->find(u"line_1"_s) && m_ui->find(u"line_1"_s)->property("selected").toBool());
        QCOMPARE(session.selectedCount(), 1);
        QVERIFY(helpInPlace());

        QVERIFY(m_ui->tap(u"confirmItemsButton"_s));
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->tap(u"reason_changed_mind"_s));
        QVERIFY(m_ui->waitForScreen(u"questions"_s));
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->tap(u"answerYes"_s));
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->tap(u"resolution_refund"_s));
        QVERIFY(m_ui->waitForScreen(u"review"_s));
        QVERIFY(helpInPlace());
        QVERIFY(m_ui->tap(u"confirmReviewButton"_s));
        QVERIFY(m_ui->waitForScreen(u"dropoff"_s));
        QTRY_VERIFY(session.awaitingTag());
        QVERIFY(helpInPlace());
        session.submitCode(u"00012345678905"_s);
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        QVERIFY(helpInPlace());
        QCOMPARE(seen,
            QStringList({ u"identify"_s, u"verify"_s, u"items"_s, u"items"_s, u"reasons"_s, u"questions"_s,
                u"resolution"_s, u"review"_s, u"dropoff"_s, u"done"_s }));

        // The done screen counts down; "I need more time" starts it again.
        QTRY_VERIFY(m_ui->find(u"moreTimeButton"_s));
        const int full = session.idleSecondsLeft();
        QTRY_VERIFY_WITH_TIMEOUT(session.idleSecondsLeft() < full, 3000);
        QVERIFY(m_ui->find(u"moreTimeButton"_s)->mapToScene(QPointF(0, 0)).y() >= window->height() * 0.4);
        QVERIFY(m_ui->tap(u"moreTimeButton"_s));
        QTRY_COMPARE(session.idleSecondsLeft(), full);
        QVERIFY(m_ui->tap(u"finishButton"_s));
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// A scan read shows its tick within 100 ms, before the code is even looked at; the tick fades
    /// by itself.
    void aReadShowsATickAtOnce()
    {
        scanner::FakeScanner *scanner = startWithFakeScanner();
        QVERIFY(scanner);
        QVERIFY(!m_ui->find(u"readTick"_s));
        KioskSounds *sounds = m_kiosk->sounds();
        QSignalSpy played(sounds, &KioskSounds::playRequested);
        QElapsedTimer shown;
        shown.start();
        qint64 heard = -1;
        connect(sounds, &KioskSounds::playRequested, this, [&] { heard = shown.elapsed(); });
        scanner->scan(u"RK-100001"_s);
        while (!m_ui->find(u"readTick"_s) && shown.elapsed() < 1000)
            QCoreApplication::processEvents();
        QVERIFY(m_ui->find(u"readTick"_s));
        QVERIFY2(shown.elapsed() < 100, qPrintable(u"%1 ms"_s.arg(shown.elapsed())));
        qInfo("tick shown %lld ms after the read", shown.elapsed());
        // The good-read sound was asked for at once (headless, with no audio output, nothing plays).
        QCOMPARE(played.size(), 1);
        QCOMPARE(played.at(0).at(0).value<KioskSounds::Sound>(), KioskSounds::Sound::GoodRead);
        QVERIFY2(heard >= 0 && heard < 100, qPrintable(u"%1 ms"_s.arg(heard)));
        qInfo(
            "good-read sound requested %lld ms after the read (audible: %d)", heard, int(sounds->audible()));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!m_ui->find(u"readTick"_s), 3000);
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));

        // A code the kiosk can't use: the tick (it was read), then the failed-read sound.
        m_kiosk->session()->start();
        QVERIFY(m_ui->waitForScreen(u"identify"_s));
        scanner->scan(u"%%COUPON-2FOR1%%"_s); // not one of ours
        QTRY_COMPARE(played.size(), 3);
        QCOMPARE(played.at(1).at(0).value<KioskSounds::Sound>(), KioskSounds::Sound::GoodRead);
        QCOMPARE(played.at(2).at(0).value<KioskSounds::Sound>(), KioskSounds::Sound::FailedRead);
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// The countdown with "I need more time" appearing asks for the timeout-warning sound (when the
    /// session warns is pinned by tst_returnsession; the chute-opening sound by tst_speech).
    void timeoutWarningSound()
    {
        QSignalSpy played(m_kiosk->sounds(), &KioskSounds::playRequested);
        Q_EMIT m_kiosk->session()->timeoutWarning();
        QCOMPARE(played.size(), 1);
        QCOMPARE(played.at(0).at(0).value<KioskSounds::Sound>(), KioskSounds::Sound::TimeoutWarning);
    }

    /// The maintenance self-test page: a run lists each part's result as it comes in; a chute that does
    /// not close takes the kiosk out of service for drop-off with the reason, and the run is on today's
    /// audit page.
    void selfTestPage()
    {
        m_kiosk->session()->submitCode(u"STAFF:E1042"_s);
        QVERIFY(m_ui->waitForScreen(u"staffSignIn"_s));
        QVERIFY(m_kiosk->session()->signIn()->submitPin(u"246813"_s));
        QVERIFY(m_ui->waitForScreen(u"maintenance"_s));
        QVERIFY(m_ui->tap(u"openSelfTest"_s));
        QTRY_VERIFY(m_ui->find(u"runSelfTest"_s));
        QTRY_COMPARE(m_ui->textOf(u"selfTestMessage_chute"_s), u"Chute: waiting"_s);

        auto *chute = qobject_cast<drivers::SimChuteLock *>(m_kiosk->chute());
        QVERIFY(chute);
        chute->scriptCycle(drivers::ChuteLock::Cycle::DidNotClose);
        QVERIFY(m_ui->tap(u"runSelfTest"_s));
        QTRY_COMPARE(m_ui->textOf(u"selfTestMessage_printer"_s), u"Printer: printed the test page"_s);
        QVERIFY(!m_ui->find(u"runSelfTest"_s)->isEnabled()); // running
        QTRY_VERIFY_WITH_TIMEOUT(m_kiosk->selfTest()->hasFinished(), 20000);
        QCOMPARE(m_ui->textOf(u"selfTestMessage_chute"_s), u"Chute: did not report closed within 2 s"_s);
        QCOMPARE(m_ui->textOf(u"selfTestMessage_scanner"_s), u"Scanner: read the test code"_s);
        QCOMPARE(m_ui->textOf(u"selfTestMessage_backend"_s), u"Backend: none configured"_s);
        QCOMPARE(m_ui->textOf(u"selfTestSummary"_s), u"Some parts failed: see what to check below."_s);
        QTRY_VERIFY(m_kiosk->service()->closed());
        QCOMPARE(m_kiosk->service()->why(), u"Chute: did not report closed within 2 s"_s);
        QVERIFY(m_ui->find(u"selfTestMessage"_s)
                    ->property("text")
                    .toString()
                    .contains(u"out of service for drop-off"_s));
        QVERIFY(m_ui->screenshot(u"staff-selftest"_s).size() > 0);

        QVERIFY(m_ui->tap(u"selfTestBackButton"_s));
        QVERIFY(m_ui->tap(u"openDayAudit"_s));
        QTRY_VERIFY(m_ui->find(u"auditList"_s));
        QStringList texts;
        for (const QVariant &e : m_kiosk->dayAudit()->entries())
            texts << e.toMap().value(u"text"_s).toString();
        QVERIFY2(texts.contains(u"E1042 ran the self-test: Chute: did not report closed within 2 s."_s),
            qPrintable(texts.join(u" | "_s)));
        QVERIFY(m_ui->tap(u"auditBackButton"_s));
        m_kiosk->session()->signOut();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
        QTRY_COMPARE(m_ui->find(u"attractTitle"_s)->property("text").toString(),
            u"This kiosk is closed for returns"_s);
        m_kiosk->service()->applyCommands(
            { QJsonObject { { u"id"_s, u"c-2"_s }, { u"type"_s, u"in_service"_s } } });
        QTRY_VERIFY(m_ui->find(u"startButton"_s));
    }

    /// The accessibility button says in words what it does beside its symbol (its accessible name is
    /// those words), and is at the bottom right of every screen, in either layout.
    void accessibilityButtonIsLabelledAtTheBottomOfEveryScreen()
    {
        QQuickWindow *window = m_kiosk->window();
        const QStringList screens = window->property("screenNames").toStringList();
        for (const bool lower : { false, true }) {
            for (const QString &screen : screens) {
                window->setProperty("previewScreen", screen);
                QTest::qWait(50); // laid out
                QQuickItem *button = m_ui->find(u"lowerLayoutButton"_s);
                QVERIFY2(button, qPrintable(screen));
                const QRectF at = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
                QVERIFY2(at.bottom() >= window->height() - 24 && at.right() >= window->width() - 48,
                    qPrintable(u"%1: at %2,%3"_s.arg(screen).arg(at.right()).arg(at.bottom())));
                const QString words = button->property("text").toString();
                QCOMPARE(words, lower ? u"Use the full screen"_s : u"Move the controls lower"_s);
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
                QVERIFY(iface);
                QCOMPARE(iface->text(QAccessible::Name), words);
            }
            window->setProperty("previewScreen", QString());
            QVERIFY(m_ui->tap(u"lowerLayoutButton"_s));
            QTRY_COMPARE(m_ui->find(u"lowerLayoutButton"_s)->property("primary").toBool(), !lower);
        }
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// The on-screen keyboard (on the technician's and colleagues' screens, in the store's language)
    /// has that one language, so no language to switch to, and no handwriting mode.
    void keyboardInTheScreensLanguageOnly()
    {
        QQuickWindow *window = m_kiosk->window();
        auto settings = [window](const char *expression) {
            QQmlExpression read(qmlContext(window), window, QString::fromLatin1(expression));
            return read.evaluate();
        };
        auto active = [&] { return settings("VirtualKeyboardSettings.activeLocales").toStringList(); };
        QCOMPARE(active().size(), 1);
        QVERIFY2(active().constFirst().startsWith(u"en_"_s),
            qPrintable(active().join(u","_s) + u" of "_s
                + settings("VirtualKeyboardSettings.availableLocales").toStringList().join(u","_s)));
        QVERIFY(settings("VirtualKeyboardSettings.handwritingModeDisabled").toBool());
    }

    /// main() locks the window down (KioskWindow::lockDown, tst_kioskwindow) on every hardware profile but
    /// the simulator, and with --fullscreen.
    void kioskWindowOnEveryKioskHardwareProfile()
    {
        auto kioskWindow = [](QStringList arguments) {
            arguments.prepend(u"returns-kiosk"_s);
            const auto options = KioskApplication::parseArguments(arguments);
            return options && options->kioskWindow;
        };
        QVERIFY(!kioskWindow({}));
        QVERIFY(!kioskWindow({ u"--hardware=sim"_s }));
        QVERIFY(kioskWindow({ u"--hardware=sim"_s, u"--fullscreen"_s }));
        QVERIFY(kioskWindow({ u"--hardware=auto"_s }));
        QVERIFY(kioskWindow({ u"--hardware"_s, u"counter-v1"_s }));
    }

    /// The keyboard as a text field gets it (a technician's enrolment code, a colleague's note): its keys
    /// are there, but no language key and no key whose long press opens the keyboard's menu (the keys
    /// marked ⚙, Keyboard.qml's press-and-hold), so nothing on it leads out of the store's language. It
    /// shows only with the platform input context of qt6-virtualkeyboard-plugin (QT_IM_MODULE).
    void keyboardHasNoLanguageKeyOrSettingsMenu()
    {
        QQuickWindow *window = m_kiosk->window();
        auto *panel = window->findChild<QQuickItem *>(u"inputPanel"_s); // hidden until shown: not find()
        QVERIFY(panel);
        QQmlComponent component(qmlEngine(window));
        component.setData("import QtQuick\nTextInput { width: 400; height: 60; font.pixelSize: 32 }", QUrl());
        std::unique_ptr<QQuickItem> field(qobject_cast<QQuickItem *>(component.create(qmlContext(window))));
        QVERIFY2(field, qPrintable(component.errorString()));
        field->setParentItem(window->contentItem());
        window->requestActivate(); // the input method follows the focus window's focus item
        QVERIFY(QTest::qWaitForWindowActive(window));
        field->forceActiveFocus();
        QGuiApplication::inputMethod()->show();
        QTRY_VERIFY2(
            panel->property("active").toBool(), "the keyboard did not show for a focused text field");

        auto *keyboard = panel->property("keyboard").value<QQuickItem *>();
        QVERIFY(keyboard);
        QObject *loader = keyboard->property("keyboardLayoutLoader").value<QObject *>();
        QVERIFY(loader);
        QTRY_VERIFY(loader->property("item").value<QQuickItem *>());
        QStringList letters;
        QStringList offending;
        std::function<void(QQuickItem *)> walk = [&](QQuickItem *item) {
            if (item->property("keyType").isValid()) { // a key (BaseKey)
                if (item->objectName() == u"changeLanguageKey"_s && item->isVisible())
                    offending.append(u"the language key"_s);
                if (item->property("smallText").toString() == u"\u2699"_s)
                    offending.append(u"the menu (⚙) on key "_s + item->property("displayText").toString());
                const QString text = item->property("text").toString();
                if (item->isVisible() && text.size() == 1 && text.at(0).isLetter())
                    letters.append(text);
            }
            const auto children = item->childItems();
            for (QQuickItem *child : children)
                walk(child);
        };
        walk(loader->property("item").value<QQuickItem *>());
        QVERIFY2(letters.size() >= 26, qPrintable(letters.join(u""_s))); // the layout really was walked
        QVERIFY2(offending.isEmpty(), qPrintable(offending.join(u", "_s)));
        QVERIFY(m_ui->screenshot(u"keyboard"_s).size() > 0);

        field->setFocus(false);
        QGuiApplication::inputMethod()->hide();
        QTRY_VERIFY(!panel->property("active").toBool());
    }

    void everyInteractiveItemHasAnAccessibleName()
    {
        QQuickWindow *window = m_kiosk->window();
        const QStringList screens = window->property("screenNames").toStringList();
        QVERIFY(screens.size() >= 6);
        for (const QString &screen : screens) {
            window->setProperty("previewScreen", screen);
            QCoreApplication::processEvents();
            QStringList unnamed;
            collectUnnamed(window->contentItem(), &unnamed);
            QVERIFY2(unnamed.isEmpty(), qPrintable(screen + u": "_s + unnamed.join(u", "_s)));
        }
        window->setProperty("previewScreen", QString());
    }

    void lowerLayoutBringsControlsDownAndEndsWithTheSession()
    {
        QQuickWindow *window = m_kiosk->window();
        auto startTop = [&] {
            QQuickItem *button = m_ui->find(u"startButton"_s);
            return button ? button->mapToScene(QPointF(0, 0)).y() : -1.0;
        };
        QVERIFY(startTop() > 0);
        QVERIFY(m_ui->tap(u"lowerLayoutButton"_s));
        QTRY_VERIFY(m_ui->find(u"lowerLayoutButton"_s)->property("primary").toBool());
        const double loweredTop = startTop();
        QVERIFY(loweredTop > window->height() * 0.4);
        QVERIFY(m_ui->screenshot(u"lower-layout"_s).size() > 0);

        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->waitForScreen(u"identify"_s));
        QQuickItem *key = m_ui->find(u"key_1"_s);
        QVERIFY(key->mapToScene(QPointF(0, 0)).y() >= window->height() * 0.4);
        // Clear of the header, which sits at the bottom in this layout.
        QVERIFY(m_ui->find(u"key_0"_s)->mapToScene(QPointF(0, 72)).y()
            <= m_ui->find(u"header"_s)->mapToScene(QPointF(0, 0)).y());
        QVERIFY2(m_ui->matchesGolden(u"lower-01-identify"_s,
                     QDir(QStringLiteral(KIOSK_SOURCE_DIR "/tests/e2e/golden")), { u"idleText"_s }),
            qPrintable(m_ui->lastError()));

        // Every screen: each control, the header's too, in the bottom 60% of the window.
        const QStringList screens = window->property("screenNames").toStringList();
        for (const QString &screen : screens) {
            window->setProperty("previewScreen", screen);
            QCoreApplication::processEvents();
            QStringList high;
            collectHighControls(window->contentItem(), window->height() * 0.4, &high);
            QVERIFY2(high.isEmpty(), qPrintable(screen + u": "_s + high.join(u", "_s)));
        }
        window->setProperty("previewScreen", QString());
        m_kiosk->session()->cancel();
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
        QTRY_VERIFY(!m_ui->find(u"lowerLayoutButton"_s)->property("primary").toBool());
    }
};

QTEST_MAIN(KioskUiTest)
#include "tst_kioskui.moc"
