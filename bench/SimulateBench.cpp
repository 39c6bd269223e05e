// kiosk-bench-simulate: `kioskctl simulate` with two policies over a cache.db of N orders (default
// 1,000,000: the cache kiosk-bench-eligibility builds, made here with kiosk-datagen when missing), against
// decide-only over the same orders in the same run: every order read from the same cache the same way
// (CacheStore::forEachOrder, the customer's history) and decided under policy A, nothing counted or
// compared. Each runs in a child process of its own, so wall time, CPU time and peak RSS (wait4's
// rusage) are its alone. Targets at 1,000,000 orders: under 2 minutes and 300 MiB.
// Usage: kiosk-bench-simulate [--orders N] [--cache DB] [--check]
//        kiosk-bench-simulate --decide-only --cache DB --policy BUNDLE   (the baseline, run as a child)
#include "BenchSupport.h"
#include "DemoPolicy.h"
#include "cache/CacheStore.h"
#include "eligibility/EligibilityEngine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

constexpr qint64 TargetOrders = 1000000;
constexpr double TargetSeconds = 120;
constexpr double TargetMiB = 300;
const QString At = u"2026-11-20T15:00:00Z"_s;
const QString Zone = u"America/New_York"_s;
const QString ConfigDir = QStringLiteral(KIOSK_SOURCE_CONFIG_DIR);

/// The baseline child: reads every order as the simulation does and decides it under one policy.
int decideOnly(const QString &cachePath, const QString &bundle)
{
    const PolicyLoader::Result policy = kiosk::bench::loadDemoSignedPolicy(bundle);
    CacheStore cache;
    if (!policy.policy || !cache.open(cachePath, CacheStore::Access::ReadOnly))
        return 1;
    const QDateTime now = QDateTime::fromString(At, Qt::ISODate);
    const QTimeZone zone(Zone.toUtf8());
    const QDateTime dayStart(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    qint64 orders = 0;
    MinorUnits refund = 0;
    const bool read = cache.forEachOrder([&](const Order &order) {
        EligibilityRequest request;
        request.order = &order;
        request.policy = policy.policy.get();
        request.history = cache.customerHistory(order.customerRef, now, dayStart);
        request.now = now;
        request.storeZone = zone;
        refund += EligibilityEngine::decide(request).totalRefund();
        ++orders;
        return true;
    });
    QTextStream(stdout) << QJsonDocument(
        QJsonObject { { u"orders"_s, orders }, { u"refund"_s, qint64(refund) } })
                               .toJson(QJsonDocument::Compact);
    return read ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"kioskctl simulate (two policies) against decide-only."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"orders"_s, u"Orders in the cache."_s, u"n"_s, u"1000000"_s },
        { u"cache"_s, u"The cache.db (made with kiosk-datagen when it does not hold --orders orders)."_s,
            u"file"_s, QDir::tempPath() + u"/bench-cache.db"_s },
        { u"check"_s, u"Exit 1 unless both runs read every order (ctest's small run); no targets."_s },
        { u"decide-only"_s, u"Child mode: the baseline."_s },
        { u"policy"_s, u"Child mode: the policy bundle."_s, u"file"_s },
    });
    parser.process(app);
    const QString cachePath = parser.value(u"cache"_s);
    const QString policyA = ConfigDir + u"/policies/apparel.policy.json"_s;
    const QString policyB = ConfigDir + u"/policies/department-holiday.policy.json"_s;
    if (parser.isSet(u"decide-only"_s))
        return decideOnly(cachePath, parser.value(u"policy"_s));

    bool ok = false;
    const qint64 orders = parser.value(u"orders"_s).toLongLong(&ok);
    if (!ok || orders <= 0) {
        err << "usage: kiosk-bench-simulate [--orders N] [--cache DB] [--check]\n";
        return 2;
    }
    const QString childOut = cachePath + u".out"_s;
    {
        CacheStore existing;
        const bool reuse = QFileInfo::exists(cachePath)
            && existing.open(cachePath, CacheStore::Access::ReadOnly) && existing.orderCount() == orders;
        if (!reuse) {
            QDir().mkpath(QFileInfo(cachePath).absolutePath());
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(cachePath + QLatin1String(suffix));
            const auto made = bench::runChild(QStringLiteral(KIOSK_DATAGEN_BIN),
                { u"--orders"_s, QString::number(orders), u"--seed"_s, u"1"_s, u"--now"_s, At, u"--out"_s,
                    cachePath },
                childOut);
            if (!made || made->exitCode != 0) {
                err << "kiosk-bench-simulate: kiosk-datagen could not write " << cachePath << '\n';
                return 1;
            }
        }
    }
    out << "kiosk-bench-simulate: " << orders << " orders in " << cachePath << " ("
        << QFileInfo(cachePath).size() / (1024 * 1024) << " MiB), at " << At << ' ' << Zone << Qt::endl;

    const auto baseline = bench::runChild(QCoreApplication::applicationFilePath(),
        { u"--decide-only"_s, u"--cache"_s, cachePath, u"--policy"_s, policyA }, childOut);
    const qint64 baselineOrders
        = baseline ? QJsonDocument::fromJson(baseline->out).object().value(u"orders"_s).toInteger() : -1;
    const auto simulate = bench::runChild(QStringLiteral(KIOSK_KIOSKCTL_BIN),
        { u"simulate"_s, u"--policy"_s, policyA, u"--against"_s, policyB, u"--cache"_s, cachePath, u"--at"_s,
            At, u"--tz"_s, Zone, u"--trust"_s, ConfigDir + u"/demo/trusted-policy-keys.json"_s, u"--json"_s },
        childOut);
    QFile::remove(childOut);
    // The summary closes the output: everything after the list of changed lines.
    QJsonObject summary;
    if (simulate) {
        const qsizetype end = simulate->out.lastIndexOf("\n],\n");
        if (end >= 0)
            summary = QJsonDocument::fromJson('{' + simulate->out.mid(end + 4)).object();
    }
    const qint64 simulated = summary.value(u"a"_s).toObject().value(u"orders"_s).toInteger(-1);
    if (!baseline || baseline->exitCode != 0 || baselineOrders != orders || !simulate
        || simulate->exitCode != 0 || simulated != orders) {
        err << "kiosk-bench-simulate: a run did not read every order (decide-only " << baselineOrders
            << ", simulate " << simulated << " of " << orders << ")\n";
        return 1;
    }
    const auto row = [&](const QString &name, const bench::ChildRun &run) {
        out << "  " << name.leftJustified(48) << QString::number(run.seconds, 'f', 1).rightJustified(8)
            << QString::number(run.cpuSeconds, 'f', 1).rightJustified(8)
            << QString::number(run.peakMiB, 'f', 0).rightJustified(14)
            << QString::number(double(orders) / run.seconds, 'f', 0).rightJustified(11) << '\n';
    };
    out << '\n'
        << (u"  over %1 orders"_s.arg(orders)).leftJustified(50)
        << "  wall s   CPU s  peak RSS MiB   orders/s\n";
    row(u"decide-only (policy A)"_s, *baseline);
    row(u"kioskctl simulate (A against B, --json)"_s, *simulate);
    out << "  lines " << summary.value(u"a"_s).toObject().value(u"lines"_s).toInteger()
        << ", decided differently " << summary.value(u"changedLines"_s).toInteger()
        << "; simulate / decide-only: time x"
        << QString::number(simulate->seconds / baseline->seconds, 'f', 2) << ", peak RSS x"
        << QString::number(simulate->peakMiB / baseline->peakMiB, 'f', 2) << '\n';
    if (parser.isSet(u"check"_s) || orders != TargetOrders)
        return 0; // the targets are for 1,000,000 orders
    const bool met = simulate->seconds < TargetSeconds && simulate->peakMiB < TargetMiB;
    out << "  target under " << TargetSeconds << " s and " << TargetMiB
        << " MiB: " << (met ? "MET" : "NOT MET") << Qt::endl;
    return 0;
}
