// The scripted journeys behind `make demo` on a machine without a display: each starts the real kiosk
// (same composition root as returns-kiosk) offscreen, walks through the screens by tapping them, saves a
// screenshot of each to --screenshots, and prints what it did. Without --firstboot: a shopper's return,
// then a colleague at closing time. With --firstboot: a technician's first boot from an enrolment QR.

#include "BinTotes.h"
#include "FirstBootProvisioning.h"
#include "FirstBootSelfTest.h"
#include "HardwareSelection.h"
#include "KioskApplication.h"
#include "KioskService.h"
#include "OrderDesk.h"
#include "ReturnSession.h"
#include "SelfTestRunner.h"
#include "UiDriver.h"
#include "camera/FolderFrameSource.h"
#include "camera/FrameDecoder.h"
#include "journal/Journal.h"
#include "sync/SyncEngine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;

namespace {

struct Journey
{
    kiosk::UiDriver &ui;
    kiosk::ReturnSession &session;
    int step = 0;
    bool ok = true;

    void say(const QString &what) { std::printf("demo: %s\n", qPrintable(what)); }

    bool check(bool condition, const QString &what)
    {
        if (!condition) {
            std::printf("demo: FAILED: %s (%s)\n", qPrintable(what), qPrintable(ui.lastError()));
            ok = false;
        }
        return condition;
    }

    void shot(const QString &name, const QString &what)
    {
        const QString path = ui.screenshot(u"%1-%2"_s.arg(++step, 2, 10, QChar(u'0')).arg(name));
        if (check(!path.isEmpty(), u"screenshot "_s + name))
            say(u"%1  ->  %2"_s.arg(what, path));
    }

    /// A segment's screenshot under its own name (staff-home, firstboot-2-hardware, ...).
    void namedShot(const QString &name, const QString &what)
    {
        const QString path = ui.screenshot(name);
        if (check(!path.isEmpty(), u"screenshot "_s + name))
            say(u"%1  ->  %2"_s.arg(what, path));
    }

    void staffShot(const QString &name, const QString &what) { namedShot(u"staff-"_s + name, what); }
};

/// @p args without every `--camera-frames FILE`: the restarted kiosk no longer looks at the QR.
QStringList withoutCameraFrames(QStringList args)
{
    for (qsizetype at = args.indexOf(u"--camera-frames"_s); at >= 0 && at + 1 < args.size();
         at = args.indexOf(u"--camera-frames"_s))
        args.remove(at, 2);
    return args;
}

/// The technician's first boot: a kiosk with no enrolment starts in provisioning, its camera reads the
/// enrolment QR (the frames given with --camera-frames), it enrols with the backend using its own key,
/// the technician confirms the hardware, and the kiosk starts anew, enrolled, on attract. Prints the
/// touches and the seconds it took.
int firstBoot(const QStringList &args, const QDir &shots)
{
    QElapsedTimer clock;
    clock.start();
    auto start = [](const QStringList &arguments) -> std::unique_ptr<kiosk::KioskApplication> {
        const auto options = kiosk::KioskApplication::parseArguments(arguments);
        if (!options)
            return {};
        auto kiosk = std::make_unique<kiosk::KioskApplication>(*options);
        QString error;
        if (!kiosk->initialise(&error) || !kiosk->loadUi()) {
            std::fprintf(stderr, "demo: kiosk did not start: %s\n", qPrintable(error));
            return {};
        }
        return kiosk;
    };
    qint64 handedOverMs = 0;
    auto finish = [&clock, &handedOverMs](bool ok, int touches) {
        const qint64 totalMs = clock.elapsed();
        std::printf(
            "demo: first boot %s: provisioned to attract in %d touches, %.1f s: enrolment, hardware and "
            "self-test %.1f s, the enrolled kiosk's restart to attract %.1f s (target: under 10 touches, "
            "under 5 minutes)\n",
            ok ? "complete" : "FAILED", touches, double(totalMs) / 1000.0, double(handedOverMs) / 1000.0,
            double(totalMs - handedOverMs) / 1000.0);
        return ok ? 0 : 1;
    };

    int touches = 0;
    { // the first boot; the kiosk (and its UI) is gone before it starts anew
        const auto fresh = start(args);
        if (!fresh)
            return 1;
        kiosk::UiDriver ui(*fresh->window(), *fresh->session(), shots);
        Journey j { ui, *fresh->session() };
        kiosk::FirstBootProvisioning &provisioning = *fresh->provisioning();
        j.check(fresh->window()->property("screen").toString() == u"provisioning", u"provisioning screen"_s);
        j.namedShot(u"firstboot-1-scan"_s, u"No enrolment yet: the kiosk asks for the enrolment QR"_s);
        j.say(u"The technician holds the enrolment sheet's QR up to the camera"_s);
        const bool enrolledOk = ui.waitFor(
            [&] {
                return provisioning.step() == kiosk::FirstBootProvisioning::Step::Hardware
                    && !fresh->hardwareSelection()->busy();
            },
            60000);
        j.check(enrolledOk, u"enrolled with the backend: "_s + provisioning.message());
        j.namedShot(
            u"firstboot-2-hardware"_s, u"Enrolled with its own key; the technician confirms the hardware"_s);
        QSignalSpy provisioned(fresh.get(), &kiosk::KioskApplication::provisioned);
        j.check(ui.tap(u"confirmHardwareButton"_s)
                && ui.waitFor([&] { return fresh->firstBootSelfTest()->reported(); }, 30000),
            u"self-test report"_s);
        j.namedShot(
            u"firstboot-3-selftest"_s, u"Every device self-tested; the report is printed and journaled"_s);
        j.check(ui.tap(u"startKioskButton"_s) && (provisioned.count() > 0 || provisioned.wait(10000)),
            u"handed over to attract"_s);
        touches = ui.tapCount();
        handedOverMs = clock.elapsed();
        if (!j.ok)
            return finish(false, touches);
    }

    const auto enrolled = start(withoutCameraFrames(args));
    if (!enrolled)
        return finish(false, touches);
    kiosk::UiDriver attract(*enrolled->window(), *enrolled->session(), shots);
    Journey k { attract, *enrolled->session() };
    k.check(attract.waitForScreen(u"attract"_s), u"attract after provisioning"_s);
    k.namedShot(u"firstboot-4-attract"_s, u"Enrolled: the kiosk starts on attract, with its store's name"_s);
    return finish(k.ok, touches);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList args = QGuiApplication::arguments();
    auto takeOption = [&args](const QString &name) {
        const qsizetype at = args.indexOf(name);
        if (at < 0 || at + 1 >= args.size())
            return QString();
        const QString value = args.at(at + 1);
        args.remove(at, 2);
        return value;
    };
    const QDir shots(takeOption(u"--screenshots"_s));
    const QString qrImage = takeOption(u"--scan-image"_s);
    const bool technician = args.removeAll(u"--firstboot"_s) > 0;
    if (shots.path() == u"." || (qrImage.isEmpty() && !technician)) {
        std::fprintf(stderr,
            "usage: kiosk-demo-journey --screenshots DIR --scan-image QR.png [returns-kiosk options]\n"
            "       kiosk-demo-journey --screenshots DIR --firstboot --camera-frames FRAME... [returns-kiosk "
            "options]\n");
        return 2;
    }
    if (!QDir().mkpath(shots.path()))
        return 1;
    if (technician)
        return firstBoot(args, shots);

    const auto options = kiosk::KioskApplication::parseArguments(args);
    if (!options)
        return 2;
    kiosk::KioskApplication kiosk(*options);
    QString error;
    if (!kiosk.initialise(&error) || !kiosk.loadUi()) {
        std::fprintf(stderr, "demo: kiosk did not start: %s\n", qPrintable(error));
        return 1;
    }
    kiosk::ReturnSession &session = *kiosk.session();
    kiosk::UiDriver ui(*kiosk.window(), session, shots);
    Journey j { ui, session };

    j.check(ui.waitForScreen(u"attract"_s), u"attract screen"_s);
    j.shot(u"attract"_s, u"The attract screen invites a return"_s);

    j.say(u"A shopper scans a coupon that is not one of ours"_s);
    session.submitCode(u"%%COUPON-2FOR1%%"_s);
    j.check(ui.waitForScreen(u"identify"_s), u"identify after garbage"_s);
    j.shot(u"scan-garbage"_s, u"A clear message; nothing crashed"_s);

    j.say(u"They type an order number that does not exist, and a ZIP code"_s);
    j.check(ui.typeOnKeypad(u"999999"_s) && ui.waitForScreen(u"verify"_s), u"type 999999"_s);
    j.shot(u"verify"_s, u"An order number needs the billing ZIP code before the order shows"_s);
    j.check(ui.typeOnKeypad(u"12345"_s), u"type 12345"_s);
    j.shot(u"no-match"_s, u"No match, tries left; which part was wrong (or the right one) is never shown"_s);
    j.check(ui.tap(u"backButton"_s) && ui.waitForScreen(u"identify"_s), u"back to identify"_s);

    j.say(u"They type an order delivered in August, with its ZIP code"_s);
    j.check(ui.typeOnKeypad(u"100002"_s) && ui.waitForScreen(u"verify"_s), u"type 100002"_s);
    j.check(ui.typeOnKeypad(u"30301"_s) && ui.waitForScreen(u"identify"_s), u"type 30301"_s);
    j.shot(u"expired-order"_s, u"Past the return window, with the date it ended"_s);

    j.say(u"They hold the return QR from their e-mail under the camera"_s);
    ui.clearKeypad();
    kiosk::camera::FolderFrameSource phone({ qrImage }, 10);
    QObject::connect(&phone, &kiosk::camera::FrameSource::frameReady, kiosk.frameDecoder(),
        [decoder = kiosk.frameDecoder()](const QVideoFrame &frame) { decoder->submit(frame); });
    phone.start();
    j.check(ui.waitForScreen(u"items"_s), u"items screen after the QR scan"_s);
    j.shot(u"items"_s, u"Order RK-100003 found from the QR; the registered item is already chosen"_s);

    j.check(ui.tap(u"confirmItemsButton"_s) && ui.waitForScreen(u"reasons"_s), u"reasons screen"_s);
    j.shot(u"reason"_s, u"Why it is coming back, from the retailer's list"_s);
    j.check(ui.tap(u"reason_wrong_size"_s) && ui.waitForScreen(u"questions"_s), u"condition question"_s);
    j.shot(u"question"_s, u"The policy asks whether the tags are still on"_s);
    j.check(ui.tap(u"answerYes"_s) && ui.waitForScreen(u"resolution"_s), u"resolution screen"_s);
    j.shot(u"resolution"_s, u"Refund, store credit with its bonus, or an exchange"_s);
    j.check(ui.tap(u"resolution_storeCredit"_s) && ui.waitForScreen(u"review"_s), u"review screen"_s);
    // The pictures come from the backend in the background; the screen did not wait for them.
    ui.waitFor([&] {
        const QVariantList lines = session.reviewLines();
        return !lines.isEmpty() && !lines.first().toMap().value(u"image"_s).toUrl().isEmpty();
    });
    ui.waitFor([&] {
        QQuickItem *image = ui.find(u"productImage"_s);
        return image && image->property("status").toInt() == 1; // Image.Ready
    });
    j.namedShot(
        u"journey-review"_s, u"Before the chute: the item with its picture, reason and the store credit"_s);
    j.check(ui.tap(u"lowerLayoutButton"_s), u"lower layout"_s);
    j.namedShot(u"journey-review-lower"_s, u"The same review in the lower layout"_s);
    j.check(ui.tap(u"lowerLayoutButton"_s), u"upper layout again"_s);
    j.check(ui.tap(u"confirmReviewButton"_s) && ui.waitForScreen(u"dropoff"_s), u"drop-off screen"_s);
    j.shot(u"scan-tag"_s, u"The chute waits for the item's tag"_s);

    j.say(u"They scan another shop's product by mistake, then the item's own tag"_s);
    session.submitCode(u"4006381333931"_s);
    j.shot(u"wrong-tag"_s, u"A product that is not in this return: the chute stays shut"_s);
    if (const auto order = kiosk.cache().findOrder(session.orderId()))
        for (const kiosk::OrderLine &line : order->lines)
            if (line.title == session.dropoffTitle())
                session.submitCode(line.gtin);
    ui.waitFor([&] { return session.chuteOpen(); });
    j.shot(u"dropoff"_s, u"The chute is open for the item"_s);

    j.check(ui.waitForScreen(u"done"_s), u"done screen"_s);
    j.shot(u"done"_s, u"Recorded in journal.db before saying done: return " + session.returnId());

    j.say(u"The shopper walks away; the done screen times out"_s);
    j.check(ui.waitForScreen(u"attract"_s, 30000), u"back to attract after the timeout"_s);
    j.shot(u"attract-again"_s, u"Back to attract, the session wiped"_s);

    j.say(u"Closing time: a colleague scans their badge on the attract screen"_s);
    session.submitCode(u"STAFF:E1042"_s);
    j.check(ui.waitForScreen(u"staffSignIn"_s), u"staff sign-in screen"_s);
    j.staffShot(u"signin"_s, u"The badge names the colleague; their PIN signs them in"_s);
    j.check(ui.typeOnKeypad(u"246813"_s) && ui.waitForScreen(u"maintenance"_s), u"maintenance home"_s);
    j.staffShot(
        u"home"_s, u"Every part of the kiosk in plain words, who is signed in and the sign-out countdown"_s);
    j.say(u"The bin goes to the carrier: the colleague empties it"_s);
    j.check(ui.tap(u"emptyBin_MAIN"_s)
            && ui.waitFor([&] { return kiosk.totes()->message().contains(u"manifest printed"_s); }),
        u"tote closed and its manifest printed"_s);
    j.staffShot(
        u"emptybin"_s, u"The tote is closed and journaled; its manifest (tote id as Code 128) printed"_s);
    j.check(ui.tap(u"closeManifest"_s) && ui.tap(u"openSyncQueue"_s)
            && ui.waitFor([&] { return ui.find(u"syncBackButton"_s); }),
        u"sync page"_s);
    j.staffShot(u"sync"_s, u"What waits for the backend and what it refused, with \"Sync now\""_s);
    j.check(ui.tap(u"syncBackButton"_s) && ui.tap(u"openSelfTest"_s) && ui.tap(u"runSelfTest"_s)
            && ui.waitFor([&] { return kiosk.selfTest()->hasFinished(); }, 30000),
        u"self-test run"_s);
    j.check(kiosk.selfTest()->passed(),
        u"every device passed: "_s + kiosk.selfTest()->failedParts().join(u", "_s));
    j.staffShot(u"selftest"_s, u"Every device tested (test page, chute, scale, light, scanner, backend)"_s);
    j.check(ui.tap(u"selfTestBackButton"_s) && ui.tap(u"openDayAudit"_s)
            && ui.waitFor([&] { return ui.find(u"auditBackButton"_s); }),
        u"today page"_s);
    j.staffShot(u"today"_s, u"The day's sign-ins, totes and faults in words"_s);
    j.say(u"A shopper without their code: the colleague finds the order by the customer's e-mail"_s);
    QQuickItem *query
        = ui.tap(u"auditBackButton"_s) && ui.tap(u"openOrderDesk"_s) && ui.tap(u"findBy_email"_s)
        ? ui.find(u"orderDeskQuery"_s)
        : nullptr;
    j.check(query && query->setProperty("text", u"jordan.lee@example.com"_s) && ui.tap(u"orderDeskFind"_s)
            && ui.waitFor([&] { return kiosk.orderDesk()->found(); }),
        u"order found by e-mail"_s);
    j.staffShot(u"order"_s,
        u"The order as the backend's agent sees it: dates, payment, each line's decision and rules, returns"_s);
    j.check(ui.tap(u"orderDeskBack"_s) && ui.tap(u"serviceSwitch"_s), u"out of service switch"_s);
    j.check(ui.tap(u"maintenanceSignOutButton"_s) && ui.waitForScreen(u"attract"_s), u"signed out"_s);
    j.staffShot(u"outofservice"_s, u"Out of service: attract says where to go instead"_s);
    kiosk.service()->applyCommands(
        { QJsonObject { { u"id"_s, u"demo"_s }, { u"type"_s, u"in_service"_s } } });

    if (kiosk.sync()) {
        j.say(u"Waiting for the return to reach the retailer's backend over HTTPS"_s);
        j.check(ui.waitFor([&] { return kiosk.journal().outboxStats().pending == 0; }, 30000),
            u"return delivered to the backend"_s);
        j.say(u"Delivered; sync status: "_s + (kiosk.sync()->status().online ? u"online"_s : u"offline"_s));
    }
    std::printf("demo: %s; journal holds %d return(s), %d waiting for the backend\n",
        j.ok ? "journey complete" : "journey FAILED", kiosk.journal().returnCount(),
        kiosk.journal().outboxStats().pending);
    return j.ok ? 0 : 1;
}
