// kiosk-bench-sync: sync throughput against the reference backend over HTTPS on loopback.
//  1. Initial load of N orders (default 1,000,000) into an empty cache.db by the sync engine, R times
//     (default 3), each into a fresh cache: median seconds against the target (60 s) and against the
//     baseline of the same run, the same pages fetched by a plain libcurl loop that stores nothing.
//  2. Drain M queued returns (default 10,000) with the sync engine, then post another M returns one
//     by one with a plain libcurl loop (one reused handle, keep-alive) to the same backend: seconds,
//     requests, speed-up.
// Prints a table. Usage: kiosk-bench-sync [--returns M] [--orders N] [--runs R] [--work-dir DIR] [--check]
// (--check: exit 1 unless every order was cached and every return drained; no target verdict.)
#include "BackendProcess.h"
#include "BenchSupport.h"

#include "Clock.h"
#include "cache/CacheStore.h"
#include "journal/Journal.h"
#include "sync/SyncRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>
#include <sys/resource.h>

#include <atomic>
#include <cstdio>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using namespace std::chrono_literals;

namespace {

constexpr int InitialLoadTargetOrders = 1000000;
constexpr double InitialLoadTargetSeconds = 60;

double peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/// Samples RssAnon (heap, not the mmapped cache.db pages that peak RSS also counts) every 20 ms.
class AnonRssSampler
{
public:
    AnonRssSampler()
        : m_thread([this] {
            while (!m_stop) {
                QFile status(u"/proc/self/status"_s);
                if (status.open(QIODevice::ReadOnly)) {
                    for (const QByteArray &line : status.readAll().split('\n')) {
                        if (line.startsWith("RssAnon:"))
                            m_peakKiB = std::max<qint64>(
                                m_peakKiB, line.mid(8).trimmed().split(' ').value(0).toLongLong());
                    }
                }
                std::this_thread::sleep_for(20ms);
            }
        })
    { }
    ~AnonRssSampler()
    {
        m_stop = true;
        m_thread.join();
    }
    double peakMiB() const { return double(m_peakKiB) / 1024.0; }

private:
    std::atomic<bool> m_stop { false };
    std::atomic<qint64> m_peakKiB { 0 };
    std::thread m_thread;
};

ReturnRecord makeReturn(int n, const QDateTime &now)
{
    ReturnRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kioskId = u"kiosk-bench"_s;
    record.orderId = u"RK-%1"_s.arg(1000000 + n);
    record.createdAt = now;
    record.resolution = u"refund"_s;
    record.currency = u"USD"_s;
    record.items.push_back({ 1, u"SKU-%1"_s.arg(n % 977), 1, u"too_small"_s, 1999, {} });
    return record;
}

size_t discard(char *, size_t size, size_t count, void *)
{
    return size * count;
}

size_t collect(char *data, size_t size, size_t count, void *body)
{
    static_cast<QByteArray *>(body)->append(data, qsizetype(size * count));
    return size * count;
}

/// The initial load's baseline: the same pages of GET /v1/orders/changes fetched with one reused
/// libcurl handle, each body parsed only for its cursor and stored nowhere. The number of orders served.
qint64 fetchFeed(const SyncConfig &config, QString *error)
{
    CURL *curl = curl_easy_init();
    const QByteArray ca = config.caBundlePath.toUtf8();
    const QByteArray auth = "Authorization: Bearer " + config.deviceToken.toUtf8();
    curl_slist *headers = curl_slist_append(nullptr, auth.constData());
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &collect);
    QByteArray body;
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &body);
    qint64 served = 0;
    QByteArray cursor;
    for (bool more = true; more;) {
        QByteArray url = config.baseUrl.toUtf8()
            + "/v1/orders/changes?limit=" + QByteArray::number(config.orderPageSize);
        if (!cursor.isEmpty())
            url += "&cursor=" + cursor;
        curl_easy_setopt(curl, CURLOPT_URL, url.constData());
        body.clear();
        long status = 0;
        const CURLcode code = curl_easy_perform(curl);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        const QJsonObject page = QJsonDocument::fromJson(body).object();
        if (code != CURLE_OK || status != 200) {
            *error = u"feed: %1 / HTTP %2"_s.arg(QString::fromUtf8(curl_easy_strerror(code))).arg(status);
            served = -1;
            break;
        }
        served += page.value(u"orders"_s).toArray().size();
        cursor = QUrl::toPercentEncoding(page.value(u"nextCursor"_s).toString());
        more = page.value(u"hasMore"_s).toBool();
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return served;
}

/// The baseline: one POST per return, one reused easy handle, same TLS settings as the engine.
bool plainLoop(const SyncConfig &config, const std::vector<QByteArray> &payloads, QString *error)
{
    CURL *curl = curl_easy_init();
    const QByteArray url = config.baseUrl.toUtf8() + "/v1/returns:batch";
    const QByteArray ca = config.caBundlePath.toUtf8();
    const QByteArray auth = "Authorization: Bearer " + config.deviceToken.toUtf8();
    curl_slist *headers = curl_slist_append(nullptr, auth.constData());
    headers = curl_slist_append(headers, "Content-Type: application/json");
    headers = curl_slist_append(headers, "Expect:");
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_CAINFO, ca.constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, &discard);
    bool ok = true;
    for (const QByteArray &payload : payloads) {
        const QByteArray body = "{\"returns\":[" + payload + "]}";
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        long status = 0;
        const CURLcode code = curl_easy_perform(curl);
        curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
        if (code != CURLE_OK || status != 200) {
            *error
                = u"plain loop: %1 / HTTP %2"_s.arg(QString::fromUtf8(curl_easy_strerror(code))).arg(status);
            ok = false;
            break;
        }
    }
    curl_slist_free_all(headers);
    curl_easy_cleanup(curl);
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QCommandLineParser parser;
    const QCommandLineOption returnsOption(u"returns"_s, u"Returns to drain."_s, u"M"_s, u"10000"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders to load (0 skips)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption runsOption(
        u"runs"_s, u"Initial loads, each into a fresh cache (medians are printed)."_s, u"R"_s, u"3"_s);
    const QCommandLineOption workDir(
        u"work-dir"_s, u"Where the databases go (default: a temp dir)."_s, u"dir"_s);
    const QCommandLineOption check(
        u"check"_s, u"Exit 1 unless every order was cached and every return drained; no targets."_s);
    parser.addOptions({ returnsOption, ordersOption, runsOption, workDir, check });
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    const int returns = parser.value(returnsOption).toInt();
    const int orders = parser.value(ordersOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temp(parser.isSet(workDir) ? parser.value(workDir) + u"/bench-XXXXXX"_s : QString());
    const QString dir = temp.path();
    QTextStream out(stdout);

    // No per-request log lines: nothing reads the backend's output while the plain loop runs, and a
    // full pipe would stall the backend mid-reply. The kiosk side logs no debug lines either.
    qputenv("QT_LOGGING_RULES", "kiosk.backend.info=false;kiosk.sync.debug=false");
    test::BackendProcess backend(dir, { u"kiosk-bench"_s });
    QStringList backendArgs;
    if (orders > 0)
        backendArgs << u"--generate-orders"_s << QString::number(orders) << u"--seed"_s << u"7"_s;
    if (!backend.start(backendArgs)) {
        out << "cannot start the reference backend: " << backend.output() << Qt::endl;
        return 1;
    }
    SystemClock clock;
    SyncConfig config;
    config.baseUrl = backend.url(QString());
    config.caBundlePath = test::BackendProcess::caFile();
    config.deviceToken = test::BackendProcess::tokenOf(u"kiosk-bench"_s);
    config.kioskId = u"kiosk-bench"_s;
    config.journalPath = dir + u"/journal.db"_s;
    config.batchSize = 500;
    config.parallelBatches = 2;
    config.orderPageSize = 5000;

    out << "kiosk-bench-sync: reference backend over HTTPS on 127.0.0.1, work dir " << dir << Qt::endl;
    out << QStringLiteral("%1 | %2 | %3 | %4")
               .arg(u"case"_s, -44)
               .arg(u"seconds"_s, 8)
               .arg(u"requests"_s, 9)
               .arg(u"notes"_s)
        << Qt::endl;

    if (orders > 0) {
        std::vector<double> loads;
        std::vector<double> fetches;
        for (int run = 0; run < runs; ++run) {
            SyncConfig load = config;
            load.cachePath = dir + u"/cache-%1.db"_s.arg(run);
            std::int64_t cached = 0;
            {
                SyncRunner runner(load, clock);
                if (!runner.open()) {
                    out << runner.lastError() << Qt::endl;
                    return 1;
                }
                AnonRssSampler anon;
                QElapsedTimer timer;
                timer.start();
                runner.runCycle(SyncRunner::Mode::Forced);
                loads.push_back(double(timer.elapsed()) / 1000.0);
                CacheStore cache;
                cache.open(load.cachePath);
                cached = cache.orderCount();
                out << QStringLiteral("%1 | %2 | %3 | %4")
                           .arg(u"run %1: initial load of %2 orders"_s.arg(run + 1).arg(orders), -44)
                           .arg(loads.back(), 8, 'f', 2)
                           .arg(runner.http().requestCount(), 9)
                           .arg(u"%1 cached, peak RSS %2 MiB (anonymous %3 MiB), %4"_s.arg(cached)
                                    .arg(peakRssMiB(), 0, 'f', 0)
                                    .arg(anon.peakMiB(), 0, 'f', 0)
                                    .arg(runner.status().lastError.isEmpty() ? u"ok"_s
                                                                             : runner.status().lastError))
                    << Qt::endl;
            }
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(load.cachePath + QLatin1String(suffix));
            if (cached != orders)
                return 1;
            QString error;
            QElapsedTimer timer;
            timer.start();
            const qint64 served = fetchFeed(config, &error);
            fetches.push_back(double(timer.elapsed()) / 1000.0);
            out << QStringLiteral("%1 | %2 | %3 | %4")
                       .arg(u"run %1: baseline, the same pages fetched only"_s.arg(run + 1), -44)
                       .arg(fetches.back(), 8, 'f', 2)
                       .arg(QString(), 9)
                       .arg(served == orders ? u"%1 orders served, stored nowhere"_s.arg(served) : error)
                << Qt::endl;
            if (served != orders)
                return 1;
        }
        const double load = bench::percentile(loads, 0.5);
        const double fetch = bench::percentile(fetches, 0.5);
        out << QStringLiteral("%1 | %2 | %3 | %4")
                   .arg(u"initial load, median of %1"_s.arg(runs), -44)
                   .arg(load, 8, 'f', 2)
                   .arg(QString(), 9)
                   .arg(u"x%1 the fetch-only baseline (median %2 s), %3 orders/s"_s
                            .arg(load / std::max(fetch, 0.001), 0, 'f', 2)
                            .arg(fetch, 0, 'f', 2)
                            .arg(double(orders) / std::max(load, 0.001), 0, 'f', 0))
            << Qt::endl;
        if (!parser.isSet(check) && orders == InitialLoadTargetOrders) // the target is for 1,000,000
            out << "  target: initial load of " << orders << " orders under " << InitialLoadTargetSeconds
                << " s: "
                << (load < InitialLoadTargetSeconds
                           ? u"met (%1 s)"_s.arg(load, 0, 'f', 1)
                           : u"MISSED by %1 s"_s.arg(load - InitialLoadTargetSeconds, 0, 'f', 1))
                << Qt::endl;
    }

    if (returns > 0) {
        Journal journal;
        if (!journal.open(config.journalPath))
            return 1;
        QElapsedTimer recording;
        recording.start();
        for (int i = 0; i < returns; ++i)
            journal.recordReturn(makeReturn(i, clock.now()));
        const double recordSeconds = double(recording.elapsed()) / 1000.0;

        SyncRunner runner(config, clock);
        if (!runner.open())
            return 1;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 10 && runner.status().queueDepth > 0; ++i)
            runner.runCycle(SyncRunner::Mode::Forced);
        const double engineSeconds = double(timer.elapsed()) / 1000.0;
        const int left = runner.status().queueDepth;
        out << QStringLiteral("%1 | %2 | %3 | %4")
                   .arg(u"sync engine: drain %1 queued returns"_s.arg(returns), -44)
                   .arg(engineSeconds, 8, 'f', 2)
                   .arg(runner.http().requestCount(), 9)
                   .arg(u"%1 connections, %2 left, batches of %3 x%4 (recording took %5 s)"_s
                            .arg(runner.http().connectionCount())
                            .arg(left)
                            .arg(config.batchSize)
                            .arg(config.parallelBatches)
                            .arg(recordSeconds, 0, 'f', 1))
            << Qt::endl;

        std::vector<QByteArray> payloads;
        for (int i = 0; i < returns; ++i)
            payloads.push_back(
                QJsonDocument(makeReturn(i, clock.now()).toJson()).toJson(QJsonDocument::Compact));
        QString error;
        timer.restart();
        const bool ok = plainLoop(config, payloads, &error);
        const double loopSeconds = double(timer.elapsed()) / 1000.0;
        out << QStringLiteral("%1 | %2 | %3 | %4")
                   .arg(u"plain libcurl loop: %1 returns one by one"_s.arg(returns), -44)
                   .arg(loopSeconds, 8, 'f', 2)
                   .arg(returns, 9)
                   .arg(ok ? u"one reused handle (keep-alive)"_s : error)
            << Qt::endl;
        out << QStringLiteral("%1 | %2")
                   .arg(u"speed-up (plain loop / engine)"_s, -44)
                   .arg(loopSeconds / std::max(engineSeconds, 0.001), 7, 'f', 1)
            << "x" << Qt::endl;
        if (left > 0 || !ok)
            return 1;
    }
    backend.stop();
    return 0;
}
