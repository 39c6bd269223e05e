// kiosk-bench-journey: the shopper-facing figures of issue 4, printed as a table (not a test).
//  - taps and screens for a one-item refund from a pre-registered return QR, and from one that
//    carries the reason and resolution chosen online
//  - scan to item list on screen: submitCode(return QR) until the first frame with the ItemsScreen,
//    100 runs (median, p95, p99, max; a receipt or an order number would stop at its second factor first)
//  - cold start to an interactive attract screen vs a minimal QML window (child processes)
//  - peak RSS (VmHWM) after the journeys
// Child modes: --child kiosk|minimal start, render one frame, print "ready" and exit.

#include "BenchSupport.h"
#include "KioskApplication.h"
#include "ReturnSession.h"
#include "UiDriver.h"
#include "codes/TokenMinter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;
using kiosk::bench::percentile;

namespace {

const QString ConfigDir = QStringLiteral(KIOSK_SOURCE_CONFIG_DIR);

QStringList kioskArguments(const QString &dataDir)
{
    return { u"returns-kiosk"_s, u"--data-dir"_s, dataDir, u"--config"_s, ConfigDir + u"/demo/kiosk.json"_s,
        u"--seed-orders"_s, ConfigDir + u"/demo/orders.json"_s, u"--clock"_s, u"2026-11-20T15:00:00Z"_s };
}

/// Waits for the next frame the window puts on screen.
bool waitForFrame(QQuickWindow &window, int timeoutMs = 5000)
{
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&loop] { loop.exit(0); });
    window.update();
    return loop.exec() == 0;
}

/// The return QR from the retailer's e-mail for RK-100001, signed with the demo key: the jeans, or the
/// lines given (with what the shopper chose online).
QString returnQr(
    const QString &tokenId = u"BENCH1"_s, const QList<kiosk::codes::TokenLine> &lines = { { 2, 1 } })
{
    QFile keyFile(ConfigDir + u"/demo/keys/demo-return-token-2026.key"_s);
    if (!keyFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray key = QByteArray::fromBase64(keyFile.readAll().trimmed());
    const kiosk::codes::TokenMinter::Token token { u"northwind"_s, u"demo-return-token-2026"_s, tokenId,
        u"RK-100001"_s, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC), lines };
    return u"https://returns.example.com/r/"_s + kiosk::codes::TokenMinter::mint(token, key);
}

int runChild(const QString &mode)
{
    QQuickWindow *window = nullptr;
    std::unique_ptr<kiosk::KioskApplication> kiosk;
    QQmlApplicationEngine minimal;
    QTemporaryDir dir;
    if (mode == u"kiosk") {
        kiosk = std::make_unique<kiosk::KioskApplication>(
            *kiosk::KioskApplication::parseArguments(kioskArguments(dir.path())));
        QString error;
        if (!kiosk->initialise(&error) || !kiosk->loadUi())
            return 1;
        window = kiosk->window();
    } else {
        minimal.loadData(
            "import QtQuick\nWindow { width: 1280; height: 800; visible: true; Text { text: \"ready\" } }");
        window = qobject_cast<QQuickWindow *>(minimal.rootObjects().value(0));
    }
    if (!window || !waitForFrame(*window))
        return 1;
    std::printf("ready\n");
    return 0;
}

/// Milliseconds from process start to "ready" on its stdout, median of `runs`.
double coldStart(const QString &mode, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QElapsedTimer timer;
        timer.start();
        child.start(QCoreApplication::applicationFilePath(), { u"--child"_s, mode });
        if (!child.waitForFinished(30000) || !child.readAllStandardOutput().contains("ready"))
            return -1;
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(times, 0.5);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"Measures the shopper journey on the real kiosk (offscreen): taps and screens "
        "of a one-item QR refund, scan to item list (median, p95, p99, max), cold "
        "start against a minimal QML window, peak RSS. Prints a Markdown table."_s);
    cli.addHelpOption();
    const QCommandLineOption child(u"child"_s, u"Internal: start kiosk|minimal, print ready."_s, u"mode"_s);
    const QCommandLineOption runs(u"runs"_s, u"Scan-to-items runs."_s, u"n"_s, u"100"_s);
    cli.addOptions({ child, runs });
    cli.process(app);
    if (cli.isSet(child))
        return runChild(cli.value(child));

    QTemporaryDir dir;
    kiosk::KioskApplication kiosk(*kiosk::KioskApplication::parseArguments(kioskArguments(dir.path())));
    QString error;
    if (!kiosk.initialise(&error) || !kiosk.loadUi()) {
        std::fprintf(stderr, "bench: kiosk did not start: %s\n", qPrintable(error));
        return 1;
    }
    kiosk::ReturnSession &session = *kiosk.session();
    QQuickWindow &window = *kiosk.window();
    kiosk::UiDriver ui(window, session, QDir(dir.path()));
    ui.waitForScreen(u"attract"_s);

    // 1. Taps and screens for a one-item refund from a pre-registered QR: scan the QR (no tap),
    // the line is pre-selected, a reason, the tags question, refund, scan the item's tag.
    QStringList screens { session.screenName() };
    QObject::connect(&session, &kiosk::ReturnSession::screenChanged, &session,
        [&] { screens.append(session.screenName()); });
    session.submitCode(returnQr());
    bool ok = ui.waitForScreen(u"items"_s) && ui.tap(u"confirmItemsButton"_s)
        && ui.waitForScreen(u"reasons"_s) && ui.tap(u"reason_wrong_size"_s)
        && ui.waitForScreen(u"questions"_s) && ui.tap(u"answerYes"_s) && ui.waitForScreen(u"resolution"_s)
        && ui.tap(u"resolution_refund"_s) && ui.waitForScreen(u"review"_s) && ui.tap(u"confirmReviewButton"_s)
        && ui.waitForScreen(u"dropoff"_s) && ui.waitFor([&] { return session.awaitingTag(); });
    session.submitCode(u"00012345678912"_s); // the jeans' tag
    ok = ok && ui.waitForScreen(u"done"_s, 10000);
    const int taps = ui.tapCount();
    const QStringList journey = screens;
    session.finish();
    ok = ok && ui.waitForScreen(u"attract"_s);

    // 2. Scan to item list on screen.
    std::vector<double> scanToItems;
    for (int i = 0; ok && i < cli.value(runs).toInt(); ++i) {
        QElapsedTimer timer;
        QEventLoop loop;
        QTimer::singleShot(5000, &loop, [&loop] { loop.exit(1); });
        // The first frame swapped after the item list exists in the scene.
        auto conn = QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
            if (session.screen() == kiosk::Screen::Items && ui.find(u"itemList"_s))
                loop.exit(0);
        });
        timer.start();
        // A return QR for the T-shirt, a new token each run (a paper receipt or a typed number would stop
        // at its second factor first).
        session.submitCode(returnQr(u"SCAN%1"_s.arg(i), { { 1, 1 } }));
        ok = loop.exec() == 0;
        QObject::disconnect(conn);
        scanToItems.push_back(double(timer.nsecsElapsed()) / 1e6);
        session.cancel();
        ok = ok && ui.waitForScreen(u"attract"_s) && waitForFrame(window);
    }
    // 1b. (after 2, which needs the T-shirt still returnable) A one-item refund from a QR that carries the
    // reason and the resolution chosen online (the T-shirt): only what the policy still asks (the tags
    // question) is left.
    screens = { session.screenName() };
    const int tapsBefore = ui.tapCount();
    session.submitCode(returnQr(u"BENCH2"_s, { { 1, 1, u"wrong_size"_s, u"refund"_s } }));
    ok = ok && ui.waitForScreen(u"questions"_s) && ui.tap(u"answerYes"_s) && ui.waitForScreen(u"review"_s)
        && ui.tap(u"confirmReviewButton"_s) && ui.waitForScreen(u"dropoff"_s)
        && ui.waitFor([&] { return session.awaitingTag(); });
    session.submitCode(u"00012345678905"_s); // the T-shirt's tag
    ok = ok && ui.waitForScreen(u"done"_s, 10000);
    const int carriedTaps = ui.tapCount() - tapsBefore;
    const QStringList carriedJourney = screens;
    session.finish();
    ok = ok && ui.waitForScreen(u"attract"_s);

    const long rss = kiosk::bench::statusKiB("VmHWM");
    if (!ok) {
        std::fprintf(stderr, "bench: journey failed: %s\n", qPrintable(ui.lastError()));
        return 1;
    }

    // 3. Cold start, in child processes so each starts cold (same binary, same libraries).
    const double kioskStart = coldStart(u"kiosk"_s, 5);
    const double minimalStart = coldStart(u"minimal"_s, 5);

    std::printf("| measure | value |\n|---|---|\n");
    std::printf("| one-item QR refund: taps | %d (+ 2 scans: the QR, the item tag) |\n", taps);
    std::printf("| one-item QR refund: screens | %lld (%s) |\n", qsizetype(journey.size()),
        qPrintable(journey.join(u" > "_s)));
    std::printf(
        "| one-item refund, QR carrying reason and resolution: taps | %d (+ 2 scans) |\n", carriedTaps);
    std::printf("| one-item refund, QR carrying reason and resolution: screens | %lld (%s) |\n",
        qsizetype(carriedJourney.size()), qPrintable(carriedJourney.join(u" > "_s)));
    std::printf(
        "| scan to item list on screen, %zu runs | median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms |\n",
        scanToItems.size(), percentile(scanToItems, 0.5), percentile(scanToItems, 0.95),
        percentile(scanToItems, 0.99), percentile(scanToItems, 1.0));
    std::printf("| cold start to interactive attract (median of 5) | %.0f ms |\n", kioskStart);
    std::printf("| cold start, minimal QML window (median of 5) | %.0f ms |\n", minimalStart);
    std::printf("| peak RSS (VmHWM) after the journeys | %.1f MiB |\n", double(rss) / 1024.0);
    return 0;
}
