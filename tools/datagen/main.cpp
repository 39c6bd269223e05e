// kiosk-datagen: writes N deterministic orders as an NDJSON or JSON data set (for `kioskctl cache import`) or
// straight into a cache.db (for the benchmark), together with the return history of the generated customers.
#include "OrderGenerator.h"
#include "cache/CacheStore.h"
#include "cache/OrderJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Deterministic order data for the Returns Kiosk demo and benchmark. Exit 0 "
        "when written, 1 when the output could not be written, 2 on usage errors."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"orders"_s, u"Number of orders."_s, u"n"_s, u"100"_s },
        { u"seed"_s, u"PRNG seed."_s, u"s"_s, u"1"_s },
        { u"now"_s, u"The data set's \"now\" (ISO 8601 with offset)."_s, u"time"_s },
        { u"out"_s,
            u"Output: *.db writes a cache.db, *.ndjson (or *.jsonl) an NDJSON data set (a generatedAt line, "
            u"then "
            "one order per line), anything else a JSON data set."_s,
            u"file"_s },
    });
    parser.process(app);
    bool countOk = false;
    bool seedOk = false;
    const qint64 count = parser.value(u"orders"_s).toLongLong(&countOk);
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&seedOk);
    const QDateTime now = QDateTime::fromString(parser.value(u"now"_s), Qt::ISODate);
    if (!countOk || !seedOk || count <= 0 || count > 100'000'000 || !now.isValid()
        || now.timeSpec() == Qt::LocalTime || !parser.isSet(u"out"_s)) {
        err << "usage: kiosk-datagen --orders N --seed S --now ISO-TIME --out FILE(.ndjson|.json|.db)\n";
        return 2;
    }
    const QString out = parser.value(u"out"_s);
    OrderGenerator generator(seed, now.toUTC());

    if (out.endsWith(u".db"_s)) {
        QFile::remove(out);
        QFile::remove(out + u"-wal"_s);
        QFile::remove(out + u"-shm"_s);
        CacheStore cache;
        if (!cache.open(out)) {
            err << "kiosk-datagen: cannot create " << out << ": " << cache.lastError() << '\n';
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        qint64 produced = 0;
        std::vector<ReturnHistoryEntry> returns;
        const CacheStore::ImportReport report = cache.importOrders(
            [&](Order &order) {
                if (produced == count)
                    return false;
                order = generator.next();
                if (const auto r = generator.lastOrderReturn())
                    returns.push_back(*r);
                ++produced;
                return true;
            },
            now.toUTC());
        cache.database().exec("BEGIN");
        for (const ReturnHistoryEntry &r : returns)
            cache.recordReturn(r);
        cache.database().exec("COMMIT");
        err << "kiosk-datagen: " << report.imported << " orders, " << returns.size() << " returns into "
            << out << " in " << timer.elapsed() << " ms\n";
        return report.fatal.isEmpty() && report.rejected == 0 ? 0 : 1;
    }

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly)) {
        err << "kiosk-datagen: cannot write " << out << '\n';
        return 1;
    }
    // Streamed by hand so large data sets never sit in memory as one QJsonArray.
    const QByteArray generatedAt = now.toUTC().toString(Qt::ISODate).toLatin1();
    const bool ndjson = out.endsWith(u".ndjson"_s) || out.endsWith(u".jsonl"_s);
    const QByteArray head = "{\"generatedAt\": \"" + generatedAt + '"';
    file.write(head + (ndjson ? QByteArray("}\n") : QByteArray(",\n \"orders\": [\n")));
    for (qint64 i = 0; i < count; ++i) {
        file.write(QJsonDocument(OrderJson::toJson(generator.next())).toJson(QJsonDocument::Compact));
        file.write(!ndjson && i + 1 < count ? ",\n" : "\n");
    }
    if (!ndjson)
        file.write("]}\n");
    return file.commit() ? 0 : 1;
}
