// kiosk-bench-sync: sync throughput against the reference backend over HTTPS on loopback.
//  1. Initial load of N orders (default 1,000,000) into an empty cache.db: seconds, peak RSS.
//  2. Drain M queued returns (default 10,000) with the sync engine, then post another M returns one
//     by one with a plain libcurl loop (one reused handle, keep-alive) to the same backend: seconds,
//     requests, speed-up.
// Prints a table; not a test. Usage: kiosk-bench-sync [--returns M] [--orders N] [--work-dir DIR]
#include "BackendProcess.h"

#include "Clock.h"
#include "cache/CacheStore.h"
#include "journal/Journal.h"
#include "sync/SyncRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
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
    QCommandLineParser parser;
    const QCommandLineOption returnsOption(u"returns"_s, u"Returns to drain."_s, u"M"_s, u"10000"_s);
    const QCommandLineOption ordersOption(u"orders"_s, u"Orders to load (0 skips)."_s, u"N"_s, u"1000000"_s);
    const QCommandLineOption workDir(
        u"work-dir"_s, u"Where the databases go (default: a temp dir)."_s, u"dir"_s);
    parser.addOptions({ returnsOption, ordersOption, workDir });
    parser.addHelpOption();
    parser.process(app);
    const int returns = parser.value(returnsOption).toInt();
    const int orders = parser.value(ordersOption).toInt();
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
        SyncConfig load = config;
        load.cachePath = dir + u"/cache.db"_s;
        SyncRunner runner(load, clock);
        if (!runner.open()) {
            out << runner.lastError() << Qt::endl;
            return 1;
        }
        AnonRssSampler anon;
        QElapsedTimer timer;
        timer.start();
        runner.runCycle(SyncRunner::Mode::Forced);
        const double seconds = double(timer.elapsed()) / 1000.0;
        CacheStore cache;
        cache.open(load.cachePath);
        const auto cached = cache.orderCount();
        out << QStringLiteral("%1 | %2 | %3 | %4")
                   .arg(u"initial load of %1 orders into empty cache"_s.arg(orders), -44)
                   .arg(seconds, 8, 'f', 2)
                   .arg(runner.http().requestCount(), 9)
                   .arg(u"%1 cached, peak RSS %2 MiB (anonymous %3 MiB), %4"_s.arg(cached)
                            .arg(peakRssMiB(), 0, 'f', 0)
                            .arg(anon.peakMiB(), 0, 'f', 0)
                            .arg(runner.status().lastError.isEmpty() ? u"ok"_s : runner.status().lastError))
            << Qt::endl;
        if (cached != orders)
            return 1;
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
