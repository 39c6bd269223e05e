// kiosk-bench-prune: the hourly verifier prune (CacheStore::dropExpiredVerifiers) on a copy of a large
// cache.db (kiosk-bench-eligibility's bench-cache.db: 1,000,000 generated orders), under the apparel
// policy's retention at the generator's time. Prints the open (with any migration), the first prune
// (which drops most verifiers) and the hourly prunes after it, as wall and CPU milliseconds; not a test.
// Usage: kiosk-bench-prune --cache FILE [--runs R]
#include "BenchSupport.h"
#include "DemoPolicy.h"
#include "cache/CacheStore.h"
#include "cache/VerifierRetention.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScopeGuard>
#include <QTextStream>

#include <ctime>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;
using kiosk::bench::percentile;

namespace {

/// Wall and CPU milliseconds of one call.
struct Timing
{
    double wallMs = 0;
    double cpuMs = 0;
};

template<typename F> Timing timed(F &&work)
{
    QElapsedTimer wall;
    const std::clock_t cpu = std::clock();
    wall.start();
    work();
    return { double(wall.nsecsElapsed()) / 1e6, double(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC };
}

void removeCache(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The hourly verifier prune on a copy of a large cache.db."_s);
    parser.addHelpOption();
    parser.addOptions({
        { u"cache"_s, u"The cache.db to copy (kiosk-bench-eligibility's bench-cache.db)."_s, u"file"_s },
        { u"runs"_s, u"Runs, each on a fresh copy (medians are printed)."_s, u"r"_s, u"3"_s },
        { u"policy"_s, u"Signed policy bundle whose windows bound the retention."_s, u"file"_s,
            QStringLiteral(KIOSK_SOURCE_CONFIG_DIR "/policies/apparel.policy.json") },
    });
    parser.process(app);
    const QString source = parser.value(u"cache"_s);
    const int runs = parser.value(u"runs"_s).toInt();
    if (source.isEmpty() || !QFile::exists(source) || runs <= 0) {
        out << "usage: kiosk-bench-prune --cache FILE [--runs R]\n";
        return 2;
    }
    const PolicyLoader::Result policy = kiosk::bench::loadDemoSignedPolicy(parser.value(u"policy"_s));
    if (!policy.policy) {
        out << "policy: " << policy.errors.join(u"; "_s) << '\n';
        return 1;
    }
    const VerifierRetention retention = VerifierRetention::fromPolicy(*policy.policy);
    const QDateTime now(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC); // the generator's time
    const QString copy = source + u".prune-copy"_s;
    const auto cleanUp = qScopeGuard([&] { removeCache(copy); });

    std::vector<double> openMs, firstMs, firstCpu, hourlyMs, hourlyCpu;
    std::int64_t orders = 0, dropped = 0, kept = 0;
    bool indexed = false;
    for (int run = 0; run < runs; ++run) {
        removeCache(copy);
        if (!QFile::copy(source, copy)) {
            out << "cannot copy " << source << '\n';
            return 1;
        }
        CacheStore cache;
        bool opened = false;
        openMs.push_back(timed([&] { opened = cache.open(copy); }).wallMs);
        if (!opened) {
            out << "cannot open " << copy << ": " << cache.lastError() << '\n';
            return 1;
        }
        orders = cache.orderCount();
        indexed = cache.database()
                      .scalar("SELECT count(*) FROM sqlite_master WHERE name = 'orders_with_secrets'")
                      .value_or(0)
            > 0;
        bool written = false;
        const Timing first = timed([&] { written = cache.setVerifierRetention(retention, now); });
        if (!written) {
            out << "first prune failed: " << cache.lastError() << '\n';
            return 1;
        }
        firstMs.push_back(first.wallMs);
        firstCpu.push_back(first.cpuMs);
        dropped = orders
            - cache.database()
                  .scalar(
                      "SELECT count(*) FROM orders WHERE length(verifier_hash) > 0 OR length(card_hash) > 0")
                  .value_or(0);
        // The hourly prunes that follow, each an hour later.
        for (int hour = 1; hour <= 5; ++hour) {
            int n = 0;
            const Timing t = timed([&] { n = cache.dropExpiredVerifiers(now.addSecs(3600 * hour)); });
            if (n < 0) {
                out << "prune failed: " << cache.lastError() << '\n';
                return 1;
            }
            kept += run == 0 ? n : 0;
            hourlyMs.push_back(t.wallMs);
            hourlyCpu.push_back(t.cpuMs);
        }
    }
    out << "orders " << orders << ", index orders_with_secrets " << (indexed ? "present" : "absent")
        << ", runs " << runs << '\n';
    out << "open (quick_check, migrations) median ms  " << percentile(openMs, 0.5) << '\n';
    out << "first prune: orders without secrets after " << dropped << ", median wall ms "
        << percentile(firstMs, 0.5) << ", cpu ms " << percentile(firstCpu, 0.5) << '\n';
    out << "hourly prune (5 per run, " << kept << " orders dropped in run 1): median wall ms "
        << percentile(hourlyMs, 0.5) << ", max " << percentile(hourlyMs, 1.0) << ", median cpu ms "
        << percentile(hourlyCpu, 0.5) << '\n';
    return 0;
}
