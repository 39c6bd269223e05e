// kiosk-bench-eligibility: builds a cache.db of N generated orders (1,000,000 by default), then compares
// "look the order up and decide every line" (CacheStore::findOrder + customer history + EligibilityEngine)
// with a raw prepared-statement point lookup of the same order (its row and its lines' rows), id by id,
// interleaved so both see the same page cache. Prints import rate, size on disk, p50/p99 of both.
#include "BenchSupport.h"
#include "DemoPolicy.h"
#include "OrderGenerator.h"
#include "cache/CacheStore.h"
#include "eligibility/EligibilityEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <chrono>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using kiosk::bench::percentile;

namespace {

using Clock = std::chrono::steady_clock;

double micros(Clock::duration d)
{
    return std::chrono::duration<double, std::micro>(d).count();
}

qint64 sizeOnDisk(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + u"-wal"_s).size();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        { u"orders"_s, u"Orders in the cache."_s, u"n"_s, u"1000000"_s },
        { u"samples"_s, u"Lookups measured."_s, u"n"_s, u"20000"_s },
        { u"seed"_s, u"Generator seed."_s, u"s"_s, u"1"_s },
        { u"dir"_s, u"Where cache.db is built."_s, u"dir"_s, QDir::tempPath() },
        { u"policy"_s, u"Signed policy bundle."_s, u"file"_s,
            QStringLiteral(KIOSK_SOURCE_CONFIG_DIR "/policies/apparel.policy.json") },
        { u"reuse"_s, u"Reuse an existing cache.db of the right size instead of generating it."_s },
    });
    parser.process(app);
    const qint64 orders = parser.value(u"orders"_s).toLongLong();
    const int samples = parser.value(u"samples"_s).toInt();
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC);
    const QString path = QDir(parser.value(u"dir"_s)).filePath(u"bench-cache.db"_s);
    if (orders <= 0 || samples <= 0) {
        out << "usage: kiosk-bench-eligibility [--orders N] [--samples N] [--dir DIR]\n";
        return 2;
    }

    const PolicyLoader::Result policy = kiosk::bench::loadDemoSignedPolicy(parser.value(u"policy"_s));
    if (!policy.policy) {
        out << "policy: " << policy.errors.join(u"; "_s) << '\n';
        return 1;
    }

    CacheStore cache;
    double importSeconds = 0;
    if (!parser.isSet(u"reuse"_s) || !cache.open(path) || cache.orderCount() != orders) {
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(path + suffix);
        if (!cache.open(path)) {
            out << "cannot create " << path << ": " << cache.lastError() << '\n';
            return 1;
        }
        OrderGenerator generator(seed, now);
        qint64 produced = 0;
        const auto start = Clock::now();
        const auto report = cache.importOrders(
            [&](Order &order) {
                if (produced == orders)
                    return false;
                order = generator.next();
                ++produced;
                return true;
            },
            now);
        importSeconds = micros(Clock::now() - start) / 1e6;
        if (!report.fatal.isEmpty() || report.imported != orders) {
            out << "import failed: " << report.fatal << report.errors.join(u"; "_s) << '\n';
            return 1;
        }
        cache.database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const qint64 bytes = sizeOnDisk(path);
    // Reopen as the kiosk does at start: quick_check included.
    QElapsedTimer openTimer;
    openTimer.start();
    if (!cache.open(path) || cache.wasRebuilt()) {
        out << "reopen failed\n";
        return 1;
    }
    const qint64 openMs = openTimer.elapsed();

    sql::Database raw;
    raw.open(path, sql::Database::Mode::ReadOnly);
    raw.exec("PRAGMA mmap_size=1073741824"); // same I/O path as CacheStore, so only the work differs
    sql::Statement rawHead
        = raw.prepare("SELECT currency, customer_ref, loyalty_tier, verifier_salt, verifier_hash, "
                      "placed_at, shipped_at, delivered_at, payment_methods FROM orders WHERE id = ?1");
    sql::Statement rawLines = raw.prepare(
        "SELECT line_no, sku, gtin, title, category, attributes, unit_price, quantity, quantity_returned, "
        "final_sale, non_returnable FROM order_lines WHERE order_id = ?1 ORDER BY line_no");

    std::vector<QString> ids;
    ids.reserve(size_t(samples));
    std::uint64_t x = seed * 2654435761ULL + 1;
    for (int i = 0; i < samples; ++i) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        ids.push_back(OrderGenerator::orderId(qint64((x >> 17) % quint64(orders))));
    }
    const QTimeZone zone(QByteArrayLiteral("America/New_York"));
    const QDateTime dayStart(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    std::int64_t checksum = 0;
    auto rawLookup = [&](const QString &id) {
        rawHead.bind(1, id);
        if (rawHead.step() == sql::Statement::Step::Row)
            checksum += rawHead.int64(5);
        rawHead.reset();
        rawLines.bind(1, id);
        while (rawLines.step() == sql::Statement::Step::Row)
            checksum += rawLines.int64(6);
        rawLines.reset();
    };
    auto decide = [&](const QString &id) {
        const auto inputs = cache.lookupForDecision(id, now, dayStart);
        if (!inputs)
            return false;
        EligibilityRequest request;
        request.order = &inputs->order;
        request.policy = policy.policy.get();
        request.now = now;
        request.storeZone = zone;
        request.offline = true;
        request.cacheSyncedAt = inputs->cacheSyncedAt;
        request.history = inputs->history;
        const EligibilityResult result = EligibilityEngine::decide(request);
        checksum += result.totalRefund();
        return true;
    };
    for (size_t i = 0; i < std::min<size_t>(2000, ids.size()); ++i) { // warm-up
        rawLookup(ids[i]);
        decide(ids[i]);
    }
    std::vector<double> rawTimes;
    std::vector<double> fullTimes;
    int eligibleOrders = 0;
    for (const QString &id : ids) {
        auto t0 = Clock::now();
        rawLookup(id);
        auto t1 = Clock::now();
        eligibleOrders += decide(id) ? 1 : 0;
        auto t2 = Clock::now();
        rawTimes.push_back(micros(t1 - t0));
        fullTimes.push_back(micros(t2 - t1));
    }
    if (eligibleOrders != samples) {
        out << "lookups missed orders\n";
        return 1;
    }

    const double rawP50 = percentile(rawTimes, 0.50), rawP99 = percentile(rawTimes, 0.99);
    const double fullP50 = percentile(fullTimes, 0.50), fullP99 = percentile(fullTimes, 0.99);
    out << qSetFieldWidth(0) << "kiosk-bench-eligibility  orders=" << orders << " samples=" << samples
        << " policy=" << policy.policy->policyId << " (checksum " << checksum << ")\n";
    if (importSeconds > 0)
        out << "  import                 " << QString::number(importSeconds, 'f', 1) << " s, "
            << QString::number(double(orders) / importSeconds, 'f', 0) << " orders/s\n";
    out << "  cache.db on disk       " << QString::number(double(bytes) / (1024 * 1024), 'f', 1) << " MiB ("
        << QString::number(double(bytes) / double(orders), 'f', 0) << " bytes/order)\n";
    out << "  open + quick_check     " << openMs << " ms\n";
    out << "                          p50 us    p99 us\n";
    out << "  raw point lookup     " << QString::number(rawP50, 'f', 1).rightJustified(9) << " "
        << QString::number(rawP99, 'f', 1).rightJustified(9) << '\n';
    out << "  lookup + decide      " << QString::number(fullP50, 'f', 1).rightJustified(9) << " "
        << QString::number(fullP99, 'f', 1).rightJustified(9) << '\n';
    const double ratio = fullP99 / rawP99;
    out << "  p99 ratio            " << QString::number(ratio, 'f', 2) << "x (target <= 3x), p99 "
        << QString::number(fullP99 / 1000, 'f', 3)
        << " ms (target < 2 ms): " << (ratio <= 3.0 && fullP99 < 2000 ? "MET" : "NOT MET") << '\n';
    return 0;
}
