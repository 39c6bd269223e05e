// kiosk-bench-import: `kioskctl cache import` of N orders (default 1,000,000) from NDJSON, one order at a
// time, against the whole-document import (CacheStore::importFile: the file read into one QJsonDocument)
// of the same orders in the same run. Each import runs in a child process of its own, so its wall time,
// CPU time and peak RSS (wait4's rusage) are that import's alone. Prints medians and ratios; not a test.
// Usage: kiosk-bench-import [--orders N] [--runs R] [--work-dir DIR] [--check]
//        kiosk-bench-import --whole-document FILE --cache DB   (the baseline, run as a child)
#include "BenchSupport.h"
#include "cache/CacheStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

constexpr qint64 TargetOrders = 1000000;
constexpr double TargetSeconds = 60;
constexpr double TargetMiB = 150;

/// The baseline child: today's whole-document import, reporting as `kioskctl cache import --json` does.
int wholeDocumentImport(const QString &file, const QString &cachePath)
{
    CacheStore cache;
    if (!cache.open(cachePath))
        return 1;
    const CacheStore::ImportReport report = cache.importFile(file);
    QTextStream(stdout) << QJsonDocument(
        QJsonObject { { u"imported"_s, report.imported }, { u"rejected"_s, report.rejected },
            { u"fatal"_s, report.fatal } })
                               .toJson();
    return report.fatal.isEmpty() ? 0 : 1;
}

void removeCache(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
}

/// Median wall time and peak RSS of one way of importing over its runs.
struct Figures
{
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMiB = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Streaming NDJSON import against the whole-document import."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"orders"_s, u"Orders in the data set."_s, u"n"_s, u"1000000"_s },
        { u"runs"_s, u"Runs of each import (medians are printed)."_s, u"r"_s, u"3"_s },
        { u"work-dir"_s, u"Where the data sets and caches go (default: a temporary directory)."_s, u"dir"_s },
        { u"check"_s, u"Exit 1 unless every import read every order (ctest's small run); no targets."_s },
        { u"whole-document"_s, u"Child mode: import FILE with CacheStore::importFile."_s, u"file"_s },
        { u"cache"_s, u"Child mode: the cache.db to import into."_s, u"file"_s },
    });
    parser.process(app);
    if (parser.isSet(u"whole-document"_s))
        return wholeDocumentImport(parser.value(u"whole-document"_s), parser.value(u"cache"_s));

    bool ok = false;
    const qint64 orders = parser.value(u"orders"_s).toLongLong(&ok);
    bool runsOk = false;
    const int runs = parser.value(u"runs"_s).toInt(&runsOk);
    if (!ok || orders <= 0 || !runsOk || runs <= 0) {
        err << "usage: kiosk-bench-import [--orders N] [--runs R] [--work-dir DIR] [--check]\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = parser.isSet(u"work-dir"_s) ? parser.value(u"work-dir"_s) : temporary.path();
    QDir().mkpath(dir);
    const QString ndjson = dir + u"/orders.ndjson"_s;
    const QString document = dir + u"/orders.json"_s;
    const QString cachePath = dir + u"/cache.db"_s;
    const QString childOut = dir + u"/child.out"_s;

    out << "kiosk-bench-import: " << orders << " orders, " << runs << " run(s) of each import, work dir "
        << dir << Qt::endl;
    for (const QString &file : { ndjson, document }) {
        const auto made = bench::runChild(QStringLiteral(KIOSK_DATAGEN_BIN),
            { u"--orders"_s, QString::number(orders), u"--seed"_s, u"7"_s, u"--now"_s,
                u"2026-11-20T15:00:00Z"_s, u"--out"_s, file },
            childOut);
        if (!made || made->exitCode != 0) {
            err << "kiosk-bench-import: kiosk-datagen failed for " << file << '\n';
            return 1;
        }
        out << "  data set " << QFileInfo(file).fileName() << ": " << QFileInfo(file).size() / (1024 * 1024)
            << " MiB, written in " << QString::number(made->seconds, 'f', 1) << " s" << Qt::endl;
    }

    struct Way
    {
        QString name;
        QString program;
        QStringList args;
        std::vector<double> seconds;
        std::vector<double> cpuSeconds;
        std::vector<double> peakMiB;
    };
    std::vector<Way> ways {
        { u"kioskctl cache import (NDJSON, streaming)"_s, QStringLiteral(KIOSK_KIOSKCTL_BIN),
            { u"cache"_s, u"import"_s, ndjson, u"--cache"_s, cachePath, u"--json"_s }, {}, {}, {} },
        { u"whole document (CacheStore::importFile)"_s, QCoreApplication::applicationFilePath(),
            { u"--whole-document"_s, document, u"--cache"_s, cachePath }, {}, {}, {} },
    };
    bool allRead = true;
    for (int run = 0; run < runs; ++run) {
        for (Way &way : ways) {
            removeCache(cachePath);
            const auto child = bench::runChild(way.program, way.args, childOut);
            const QJsonObject report = child ? QJsonDocument::fromJson(child->out).object() : QJsonObject();
            if (!child || child->exitCode != 0 || report.value(u"imported"_s).toInteger() != orders) {
                err << "kiosk-bench-import: " << way.name
                    << " did not import every order: " << (child ? child->out : QByteArray("could not start"))
                    << '\n';
                allRead = false;
                continue;
            }
            way.seconds.push_back(child->seconds);
            way.cpuSeconds.push_back(child->cpuSeconds);
            way.peakMiB.push_back(child->peakMiB);
            out << "  run " << run + 1 << ' ' << way.name << ": " << QString::number(child->seconds, 'f', 2)
                << " s (CPU " << QString::number(child->cpuSeconds, 'f', 2) << " s), peak RSS "
                << QString::number(child->peakMiB, 'f', 0) << " MiB" << Qt::endl;
        }
    }
    removeCache(cachePath);
    if (!allRead)
        return 1;

    const auto median = [](const Way &way) {
        return Figures { bench::percentile(way.seconds, 0.5), bench::percentile(way.cpuSeconds, 0.5),
            bench::percentile(way.peakMiB, 0.5) };
    };
    const Figures streaming = median(ways[0]);
    const Figures whole = median(ways[1]);
    out << "\nimport of " << orders << " orders (medians of " << runs
        << ")     wall s    CPU s   peak RSS MiB   orders/s\n";
    for (const Way &way : ways) {
        const Figures f = median(way);
        out << "  " << way.name.leftJustified(44) << QString::number(f.seconds, 'f', 2).rightJustified(8)
            << QString::number(f.cpuSeconds, 'f', 2).rightJustified(9)
            << QString::number(f.peakMiB, 'f', 0).rightJustified(15)
            << QString::number(double(orders) / f.seconds, 'f', 0).rightJustified(11) << '\n';
    }
    out << "  whole document / streaming: time x"
        << QString::number(whole.seconds / streaming.seconds, 'f', 2) << ", CPU x"
        << QString::number(whole.cpuSeconds / streaming.cpuSeconds, 'f', 2) << ", peak RSS x"
        << QString::number(whole.peakMiB / streaming.peakMiB, 'f', 1) << '\n';
    if (parser.isSet(u"check"_s) || orders != TargetOrders)
        return 0; // the targets are for 1,000,000 orders
    const auto verdict = [](double value, double target, const char *unit) {
        return value < target ? u"met (%1 %2)"_s.arg(value, 0, 'f', 1).arg(QLatin1String(unit))
                              : u"MISSED by %1 %2"_s.arg(value - target, 0, 'f', 1).arg(QLatin1String(unit));
    };
    out << "  target under " << TargetSeconds << " s: " << verdict(streaming.seconds, TargetSeconds, "s")
        << "; under " << TargetMiB << " MiB: " << verdict(streaming.peakMiB, TargetMiB, "MiB") << Qt::endl;
    return 0;
}
