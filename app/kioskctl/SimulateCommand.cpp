#include "SimulateCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "ReadAheadOrders.h"
#include "cache/CacheStore.h"
#include "cache/NdjsonOrderReader.h"
#include "cache/OrderJson.h"
#include "eligibility/PolicySimulation.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <functional>
#include <set>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

namespace {

const QString Usage = u"kioskctl simulate --policy A.json [--against B.json] (--orders FILE | --cache DB) "
                      "--at ISO [--tz ZONE] [--trust KEYS] [--json]"_s;

constexpr qint64 MaxDocumentBytes = 256 * 1024 * 1024; ///< a JSON document is read whole; NDJSON is streamed

QString money(MinorUnits amount)
{
    const QString sign = amount < 0 ? u"-"_s : QString();
    amount = amount < 0 ? -amount : amount;
    return sign + u"%1.%2"_s.arg(qlonglong(amount / 100)).arg(qlonglong(amount % 100), 2, 10, QChar(u'0'));
}

/// A signed bundle (checked against the trusted keys), or a bare policy document of either format: a
/// retailer simulates a policy before signing it.
PolicyLoader::Result loadPolicy(const QString &path, const QString &trust, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { nullptr, { u"$: cannot read: %1"_s.arg(file.errorString()) } };
    const QByteArray bytes = file.read(2 * 1024 * 1024);
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.contains(u"schemaVersion"_s) && !object.contains(u"policy"_s))
        return PolicyLoader::fromJson(object);
    return PolicyLoader::fromBundle(bytes, CliConfig::trustedKeys(trust, err));
}

/// "simulate: 120000 of 1000000 orders, 41000/s", at most every two seconds, from the second one on.
class Progress
{
public:
    Progress(QTextStream &err, qint64 total)
        : m_err(err)
        , m_total(total)
    {
        m_timer.start();
    }
    void update(qint64 orders)
    {
        const qint64 now = m_timer.elapsed();
        if (now - m_last < 2000)
            return;
        m_last = now;
        m_err << "simulate: " << orders;
        if (m_total > 0)
            m_err << " of " << m_total;
        m_err << " orders, " << orders * 1000 / std::max<qint64>(now, 1) << "/s" << Qt::endl;
    }
    qint64 elapsed() const { return m_timer.elapsed(); }

private:
    QTextStream &m_err;
    qint64 m_total;
    QElapsedTimer m_timer;
    qint64 m_last = 0;
};

/// Orders from a data set, streamed: NDJSON line by line, a JSON document {"orders": [...]} whole.
/// Orders that do not parse are counted and the first of them described.
struct FileOrders
{
    qint64 rejected = 0;
    QStringList errors;
    QString fatal;

    bool read(const QString &path, const std::function<void(const Order &)> &visit)
    {
        if (path.endsWith(u".ndjson"_s, Qt::CaseInsensitive)
            || path.endsWith(u".jsonl"_s, Qt::CaseInsensitive)) {
            NdjsonOrderReader reader(path);
            if (!reader.open()) {
                fatal = reader.error();
                return false;
            }
            {
                ReadAheadOrders orders(reader);
                ReadAheadOrders::Item item;
                while (orders.next(&item))
                    visit(*item.parsed.order);
            }
            rejected = reader.rejected();
            errors = reader.errors();
            return true;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            fatal = u"%1: %2"_s.arg(path, file.errorString());
            return false;
        }
        if (file.size() > MaxDocumentBytes) {
            fatal = u"%1: larger than 256 MiB: give it as NDJSON (.ndjson), which is streamed"_s.arg(path);
            return false;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject() || !doc.object().value(u"orders"_s).isArray()) {
            fatal = u"%1: $: expected {\"orders\": [...]} (%2)"_s.arg(path,
                parseError.error == QJsonParseError::NoError ? u"no orders array"_s
                                                             : parseError.errorString());
            return false;
        }
        const QJsonArray orders = doc.object().value(u"orders"_s).toArray();
        for (qsizetype i = 0; i < orders.size(); ++i) {
            const OrderJson::Result parsed = OrderJson::fromJson(orders.at(i).toObject());
            if (parsed.order) {
                visit(*parsed.order);
            } else if (++rejected <= ImportLimits::MaxReportedErrors) {
                errors.append(u"$.orders[%1]: %2"_s.arg(i).arg(parsed.error));
            }
        }
        return true;
    }
};

/// The names of both tallies' keys, sorted, so A and B print side by side.
QStringList keys(const QHash<QString, qint64> &a, const QHash<QString, qint64> &b)
{
    std::set<QString> all;
    for (auto it = a.begin(); it != a.end(); ++it)
        all.insert(it.key());
    for (auto it = b.begin(); it != b.end(); ++it)
        all.insert(it.key());
    return QStringList(all.begin(), all.end());
}

void printRow(QTextStream &out, const QString &name, const QString &a, const QString &b, bool comparing)
{
    out << "  " << name.leftJustified(34) << ' ' << a.rightJustified(24);
    if (comparing)
        out << ' ' << b.rightJustified(24);
    out << '\n';
}

void printCounts(QTextStream &out, const QString &title, const QHash<QString, qint64> &a,
    const QHash<QString, qint64> &b, bool comparing)
{
    out << title << '\n';
    for (const QString &key : keys(a, b))
        printRow(out, key, QString::number(a.value(key)), QString::number(b.value(key)), comparing);
}

void printSummary(QTextStream &out, const PolicySimulation &sim, const Policy &a, const Policy *b)
{
    const bool comparing = sim.comparing();
    const PolicySimulation::Tally &ta = sim.a();
    const PolicySimulation::Tally &tb = sim.b();
    out << '\n';
    printRow(out, QString(), u"A"_s, u"B"_s, comparing);
    printRow(out, u"policy"_s, u"%1 v%2"_s.arg(a.policyId).arg(a.version),
        b ? u"%1 v%2"_s.arg(b->policyId).arg(b->version) : QString(), comparing);
    printRow(out, u"orders"_s, QString::number(ta.orders), QString::number(tb.orders), comparing);
    printRow(out, u"lines"_s, QString::number(ta.lines), QString::number(tb.lines), comparing);
    printRow(out, u"refund"_s, money(ta.refund), money(tb.refund), comparing);
    printRow(out, u"restocking fees"_s, money(ta.fee), money(tb.fee), comparing);
    printRow(out, u"keep-it refunds"_s, money(ta.keepIt), money(tb.keepIt), comparing);
    printRow(
        out, u"keep-it lines"_s, QString::number(ta.keepItLines), QString::number(tb.keepItLines), comparing);
    printCounts(out, u"outcomes (lines)"_s, ta.outcomes, tb.outcomes, comparing);
    printCounts(out, u"reasons (lines)"_s, ta.reasons, tb.reasons, comparing);
    printCounts(out, u"rules (lines each shaped)"_s, ta.rules, tb.rules, comparing);
    if (comparing)
        out << "lines decided differently: " << sim.changes() << '\n';
}

void printChange(QTextStream &out, const PolicySimulation::Change &c)
{
    const auto side = [](const LineDecision &d) {
        return u"%1 %2 %3 [%4]"_s.arg(
            PolicySimulation::outcome(d), d.reasonCode, money(d.refund), d.ruleIds.join(u", "_s));
    };
    out << c.order->id << " line " << c.line->lineNo << " (" << c.line->category << "): " << side(*c.a)
        << "  ->  " << side(*c.b) << '\n';
}

QJsonObject policyJson(const Policy &p)
{
    return { { u"policyId"_s, p.policyId }, { u"version"_s, p.version } };
}

} // namespace

int SimulateCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Decides every line of every order under policy A (and B) as the kiosk would for a shopper\n"
        "returning the whole order online (every returnable unit, the policy's default reason, no\n"
        "condition answers; the cache's return history for the customer limits) and prints the counts per\n"
        "outcome, reason and rule, the refund, fee and keep-it totals, and each line B decides differently\n"
        "from A with the rule ids on each side. A policy is a signed bundle or a bare policy document of\n"
        "either format (a draft). Orders are streamed: memory stays the same whatever their number.\n"
        "Progress goes to stderr every two seconds on long runs.\n"
        "Exit 0 when simulated, 1 when a policy, the orders or the cache cannot be used, 2 on usage "
        "errors."_s);
    const QCommandLineOption help = CliHelp::option();
    parser.addOption(help);
    parser.addOptions({
        { u"policy"_s, u"Policy A: a signed bundle or a policy document."_s, u"file"_s },
        { u"against"_s, u"Policy B, compared with A line by line."_s, u"file"_s },
        { u"orders"_s, u"Orders data set: NDJSON (.ndjson/.jsonl) or {\"orders\": [...]}."_s, u"file"_s },
        { u"cache"_s, u"A cache.db to take the orders from (read only)."_s, u"file"_s },
        { u"at"_s, u"Decide as of this ISO 8601 time with an offset."_s, u"time"_s },
        { u"tz"_s, u"Store time zone, IANA id (default: this machine's)."_s, u"zone"_s },
        { u"trust"_s, u"Trusted policy keys (JSON) for signed bundles."_s, u"file"_s },
        { u"json"_s, u"Machine-readable output."_s },
    });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return CliHelp::print(parser, Usage, out);
    QString usage;
    if (!parsed)
        usage = parser.errorText();
    else if (!parser.positionalArguments().isEmpty())
        usage = u"unexpected argument "_s + parser.positionalArguments().constFirst();
    else if (!parser.isSet(u"policy"_s))
        usage = u"--policy is required"_s;
    else if (parser.isSet(u"orders"_s) == parser.isSet(u"cache"_s))
        usage = u"give exactly one of --orders and --cache"_s;
    else if (!parser.isSet(u"at"_s))
        usage = u"--at is required (the simulation is for one moment)"_s;
    const QDateTime now = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODateWithMs);
    if (usage.isEmpty() && (!now.isValid() || now.timeSpec() == Qt::LocalTime))
        usage = u"--at needs an ISO 8601 time with an offset, e.g. 2026-11-20T15:00:00Z"_s;
    const QTimeZone zone
        = parser.isSet(u"tz"_s) ? QTimeZone(parser.value(u"tz"_s).toUtf8()) : QTimeZone::systemTimeZone();
    if (usage.isEmpty() && !zone.isValid())
        usage = u"unknown time zone "_s + parser.value(u"tz"_s);
    if (!usage.isEmpty()) {
        err << "usage: " << Usage << '\n' << "kioskctl simulate: " << usage << '\n';
        return 2;
    }

    const QString trust = parser.value(u"trust"_s);
    const PolicyLoader::Result a = loadPolicy(parser.value(u"policy"_s), trust, err);
    PolicyLoader::Result b;
    if (parser.isSet(u"against"_s))
        b = loadPolicy(parser.value(u"against"_s), trust, err);
    for (const QString &e : a.errors)
        err << parser.value(u"policy"_s) << ": " << e << '\n';
    for (const QString &e : b.errors)
        err << parser.value(u"against"_s) << ": " << e << '\n';
    if (!a.policy || (parser.isSet(u"against"_s) && !b.policy))
        return 1;

    const bool json = parser.isSet(u"json"_s);
    PolicySimulation sim(*a.policy, b.policy.get(), now.toUTC(), zone);
    bool firstChange = true;
    const auto changed = [&](const PolicySimulation::Change &change) {
        if (!json) {
            if (firstChange)
                out << "lines decided differently (A  ->  B):\n";
            printChange(out, change);
        } else {
            out << (firstChange ? "" : ",\n  ")
                << QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
        }
        firstChange = false;
    };
    if (json)
        out << "{\"changes\": [\n  ";

    qint64 rejected = 0;
    QStringList rejections;
    if (parser.isSet(u"cache"_s)) {
        CacheStore cache;
        if (!cache.open(parser.value(u"cache"_s), CacheStore::Access::ReadOnly)) {
            err << "kioskctl simulate: cannot open " << parser.value(u"cache"_s) << ": " << cache.lastError()
                << '\n';
            return 1;
        }
        const QDateTime dayStart(now.toTimeZone(zone).date(), QTime(0, 0), zone);
        Progress progress(err, cache.orderCount());
        const bool read = cache.forEachOrder([&](const Order &order) {
            sim.add(order, cache.customerHistory(order.customerRef, now, dayStart), changed);
            progress.update(sim.a().orders);
            return true;
        });
        if (!read) {
            err << "kioskctl simulate: reading " << parser.value(u"cache"_s)
                << " failed: " << cache.lastError() << '\n';
            return 1;
        }
    } else {
        Progress progress(err, 0);
        FileOrders file;
        if (!file.read(parser.value(u"orders"_s), [&](const Order &order) {
                sim.add(order, {}, changed);
                progress.update(sim.a().orders);
            })) {
            err << "kioskctl simulate: " << file.fatal << '\n';
            return 1;
        }
        rejected = file.rejected;
        rejections = file.errors;
    }
    for (const QString &e : rejections)
        err << "kioskctl simulate: order not simulated: " << e << '\n';

    if (json) {
        QJsonObject summary { { u"at"_s, now.toString(Qt::ISODate) },
            { u"timeZone"_s, QString::fromUtf8(zone.id()) }, { u"policyA"_s, policyJson(*a.policy) },
            { u"a"_s, sim.a().toJson() }, { u"rejectedOrders"_s, rejected } };
        if (sim.comparing()) {
            summary.insert(u"policyB"_s, policyJson(*b.policy));
            summary.insert(u"b"_s, sim.b().toJson());
            summary.insert(u"changedLines"_s, sim.changes());
        }
        QByteArray rest = QJsonDocument(summary).toJson(QJsonDocument::Indented);
        rest.remove(0, rest.indexOf('{') + 1); // continues the object the changes opened
        out << "\n],\n" << rest;
    } else {
        out << "simulated " << sim.a().orders << " orders at " << now.toString(Qt::ISODate) << " ("
            << QString::fromUtf8(zone.id()) << ")";
        if (rejected > 0)
            out << ", " << rejected << " orders rejected";
        out << '\n';
        printSummary(out, sim, *a.policy, b.policy.get());
    }
    out.flush();
    return 0;
}

} // namespace kiosk::cli
