// kiosk-sync-soak: the child process of tst_syncsoak. Records returns into journal.db as fast as a
// busy kiosk would while the SyncEngine pushes them, printing "R <id>" once each return is committed
// (what the shopper was told), until the parent kills it with SIGKILL. With --drain it instead
// syncs until the outbox is empty and exits 0; with --cache FILE the drain also pulls the backend's
// orders into that cache (an initial load when it is empty) and exits 0 once they are all in.
#include "Clock.h"
#include "journal/Journal.h"
#include "sync/SyncEngine.h"
#include "sync/SyncRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption url(u"url"_s, u"Backend base URL."_s, u"url"_s);
    const QCommandLineOption ca(u"ca"_s, u"CA bundle."_s, u"file"_s);
    const QCommandLineOption token(u"token"_s, u"Device token."_s, u"token"_s);
    const QCommandLineOption dataDir(u"data-dir"_s, u"Where journal.db lives."_s, u"dir"_s);
    const QCommandLineOption drain(u"drain"_s, u"Sync until the outbox is empty, then exit."_s);
    const QCommandLineOption cache(
        u"cache"_s, u"With --drain: also load the orders into this cache."_s, u"file"_s);
    parser.addOptions({ url, ca, token, dataDir, drain, cache });
    parser.process(app);

    SyncConfig config;
    config.baseUrl = parser.value(url);
    config.caBundlePath = parser.value(ca);
    config.deviceToken = parser.value(token);
    config.kioskId = u"kiosk-soak"_s;
    config.journalPath = QDir(parser.value(dataDir)).filePath(u"journal.db"_s);
    config.batchSize = 50;
    config.syncInterval = 20ms;
    config.backoffBase = 20ms;
    config.backoffCap = 200ms;
    config.cachePath = parser.value(cache);
    config.orderPageSize = 500;
    SystemClock clock;

    if (parser.isSet(drain)) {
        SyncRunner runner(config, clock);
        if (!runner.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(runner.lastError()));
            return 1;
        }
        const auto done = [&] {
            return runner.status().queueDepth == 0
                && (config.cachePath.isEmpty() || runner.status().lastOrderPull.isValid());
        };
        for (int i = 0; i < 200 && !done(); ++i) {
            runner.runCycle(SyncRunner::Mode::Forced);
            QThread::msleep(50);
        }
        return done() ? 0 : 1;
    }

    Journal journal;
    if (!journal.open(config.journalPath)) {
        std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
        return 1;
    }
    SyncEngine engine(config, clock);
    engine.start();
    int recorded = 0;
    QTimer shopper;
    QObject::connect(&shopper, &QTimer::timeout, [&] {
        ReturnRecord record;
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.kioskId = config.kioskId;
        record.orderId = u"RK-%1"_s.arg(1000000 + recorded);
        record.createdAt = clock.now();
        record.resolution = u"refund"_s;
        record.currency = u"USD"_s;
        record.items.push_back({ 1, u"SKU-1"_s, 1, u"too_small"_s, 1999, {} });
        if (!journal.recordReturn(record)) {
            std::fprintf(stderr, "%s\n", qPrintable(journal.lastError()));
            QCoreApplication::exit(1);
            return;
        }
        std::printf("R %s\n", qPrintable(record.id));
        std::fflush(stdout);
        if (++recorded % 10 == 0)
            engine.syncNow();
    });
    shopper.start(2);
    return QCoreApplication::exec();
}
