#include "CheckCommand.h"

#include "CliConfig.h"
#include "cache/CacheStore.h"
#include "codes/CodeParser.h"
#include "eligibility/EligibilityEngine.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

namespace {

QString money(MinorUnits amount)
{
    return u"%1.%2"_s.arg(qlonglong(amount / 100)).arg(qlonglong(amount % 100), 2, 10, QChar(u'0'));
}

} // namespace

int CheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOptions({
        { u"order"_s, u"Order id."_s, u"id"_s },
        { u"code"_s, u"A scanned code (return QR text or order number) instead of --order."_s, u"text"_s },
        { u"retailer"_s, u"Retailer id return codes must carry (default northwind)."_s, u"id"_s,
            u"northwind"_s },
        { u"at"_s, u"Decide as of this ISO 8601 time (default: now)."_s, u"time"_s },
        { u"policy"_s, u"Signed policy bundle (default: the apparel example)."_s, u"file"_s },
        { u"offline"_s, u"Decide as a kiosk that cannot reach the backend."_s },
        { u"cache"_s, u"cache.db (default ./cache.db)."_s, u"file"_s, u"cache.db"_s },
        { u"tz"_s, u"Store time zone, IANA id (default: this machine's)."_s, u"zone"_s },
        { u"reason"_s, u"Return reason for every line (default: the policy's)."_s, u"code"_s },
        { u"line"_s, u"Only this line (repeatable)."_s, u"n"_s },
        { u"trust"_s, u"Trusted policy keys (JSON)."_s, u"file"_s },
        { u"json"_s, u"Machine-readable output."_s },
    });
    if (!parser.parse(args) || parser.isSet(u"order"_s) == parser.isSet(u"code"_s)
        || !parser.positionalArguments().isEmpty()) {
        err << "usage: kioskctl check --order ID|--code TEXT [--retailer ID] [--at ISO] [--policy FILE] "
               "[--offline] [--cache DB] [--tz "
               "ZONE] "
               "[--reason CODE] [--line N]... [--json]\n"
            << parser.errorText() << '\n';
        return 2;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (parser.isSet(u"at"_s)) {
        now = QDateTime::fromString(parser.value(u"at"_s), Qt::ISODateWithMs);
        if (!now.isValid() || now.timeSpec() == Qt::LocalTime) {
            err << "kioskctl: --at needs an ISO 8601 time with an offset, e.g. 2026-11-20T15:00:00Z\n";
            return 2;
        }
    }
    const QTimeZone zone
        = parser.isSet(u"tz"_s) ? QTimeZone(parser.value(u"tz"_s).toUtf8()) : QTimeZone::systemTimeZone();
    if (!zone.isValid()) {
        err << "kioskctl: unknown time zone " << parser.value(u"tz"_s) << '\n';
        return 2;
    }
    const QString policyPath = parser.isSet(u"policy"_s)
        ? parser.value(u"policy"_s)
        : CliConfig::configDir() + u"/policies/apparel.policy.json"_s;
    const PolicyLoader::Result policy
        = PolicyLoader::fromBundleFile(policyPath, CliConfig::trustedKeys(parser.value(u"trust"_s), err));
    if (!policy.policy) {
        for (const QString &error : policy.errors)
            err << policyPath << ": " << error << '\n';
        return 1;
    }
    CacheStore cache;
    if (!cache.open(parser.value(u"cache"_s))) {
        err << "kioskctl: cannot open " << parser.value(u"cache"_s) << ": " << cache.lastError() << '\n';
        return 1;
    }
    QString orderId = parser.value(u"order"_s);
    if (parser.isSet(u"code"_s)) {
        // Exactly what the kiosk does with a scan: verify the return code offline with the policy's keys.
        const codes::CodeParser codes({ parser.value(u"retailer"_s), policy.policy->returnTokenKeys });
        const codes::ScannedCode code = codes.parse(parser.value(u"code"_s), now);
        if (code.isValid() && code.kind == codes::ScannedCode::Kind::ReceiptBarcode) {
            // A paper receipt: the cache knows its order (or nothing), as on the kiosk.
            orderId = cache.orderIdForReceipt(
                { code.store, code.registerNo, code.transaction, code.receiptDate });
            if (orderId.isEmpty()) {
                err << "kioskctl: no order in " << parser.value(u"cache"_s) << " has this receipt\n";
                return 1;
            }
        } else if (!code.isValid() || code.orderId.isEmpty()) {
            err << "kioskctl: the code was refused: " << code.errorCode() << " (" << code.reason << ")\n";
            return 1;
        } else {
            orderId = code.orderId;
        }
    }
    const QDateTime localMidnight(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    const auto inputs = cache.lookupForDecision(orderId, now, localMidnight);
    if (!inputs) {
        err << "kioskctl: order " << orderId << " is not in " << parser.value(u"cache"_s) << '\n';
        return 1;
    }
    const Order *order = &inputs->order;

    EligibilityRequest request;
    request.order = order;
    request.policy = policy.policy.get();
    request.now = now;
    request.storeZone = zone;
    request.offline = parser.isSet(u"offline"_s);
    request.cacheSyncedAt = inputs->cacheSyncedAt;
    request.history = inputs->history;
    QStringList lines = parser.values(u"line"_s);
    if (lines.isEmpty() && parser.isSet(u"reason"_s)) {
        for (const OrderLine &line : order->lines)
            lines.append(QString::number(line.lineNo));
    }
    for (const QString &line : lines) {
        bool ok = false;
        const int lineNo = line.toInt(&ok);
        if (!ok) {
            err << "kioskctl: --line needs a line number\n";
            return 2;
        }
        request.selections.push_back({ lineNo, 0, parser.value(u"reason"_s), {} });
    }
    const EligibilityResult result = EligibilityEngine::decide(request);

    if (parser.isSet(u"json"_s)) {
        QJsonObject json = result.toJson();
        json.insert(u"at"_s, now.toString(Qt::ISODate));
        json.insert(u"timeZone"_s, QString::fromUtf8(zone.id()));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "order " << result.orderId << " under " << result.policyId << " v" << result.policyVersion
        << " at " << now.toTimeZone(zone).toString(Qt::ISODate) << (result.offline ? " (offline)" : "")
        << '\n';
    for (const LineDecision &line : result.lines) {
        out << "  line " << line.lineNo << " x" << line.quantity << ": "
            << LineDecision::decisionName(line.decision) << "  " << line.reasonCode << " [" << line.ruleId
            << "]";
        if (line.decision == LineDecision::Decision::Eligible)
            out << "  refund " << money(line.refund)
                << (line.keepIt ? u"  keep it"_s : u"  bin "_s + line.bin);
        out << '\n';
    }
    return 0;
}

} // namespace kiosk::cli
