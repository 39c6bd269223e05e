#include "CheckCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "cache/CacheStore.h"
#include "codes/CodeParser.h"
#include "eligibility/EligibilityEngine.h"
#include "offer/ReturnOffer.h"
#include "policy/EffectsInForce.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

namespace {

const QString usageLine = u"kioskctl check --order ID|--code TEXT [--select LINE[:QTY[:REASON]]]... "
                          "[--answer KEY=yes|no]... [--resolution refund|credit|exchange] [--retailer ID] "
                          "[--at ISO] [--policy FILE] [--offline] [--cache DB] [--tz ZONE] [--trust KEYS] "
                          "[--json]"_s;

const QString description
    = u"Decides the return of a cached order under a signed policy, as the kiosk would.\n"
      "With --select: the offer for exactly that selection (ReturnOffer, as the shopper journey makes it):\n"
      "  LINE[:QTY[:REASON]]  an order line, units of it (default 1) and the return reason (default: the\n"
      "                       policy's); repeat for more lines. Limits count only what is selected.\n"
      "  --answer KEY=yes|no  a condition answer, given to every selected line the policy asks KEY of; when\n"
      "                       it asks no selected line, the selection is refused (unasked-answer).\n"
      "  --resolution         refund, credit (storeCredit) or exchange; it must be offered for the "
      "selection.\n"
      "Without --select: each line's decision on its own terms (--line, --reason).\n"
      "Exit 0 when a decision was made (whatever it is, staff needed included), 1 when the order, policy,\n"
      "code or selection is unusable (a refused selection prints \"kioskctl: <problem>: <detail>\"; with\n"
      "--json its \"problem\" object too), 2 on usage errors."_s;

QString money(MinorUnits amount)
{
    return u"%1.%2"_s.arg(qlonglong(amount / 100)).arg(qlonglong(amount % 100), 2, 10, QChar(u'0'));
}

/// An order as cache.db knows it and the offer's context over it. The context points at the order,
/// which lives on the heap so that moving this keeps the pointer valid.
struct CachedOrder
{
    std::unique_ptr<CacheStore::DecisionInputs> inputs;
    ReturnOffer::Context context;
};

/// The one place kioskctl turns a cache look-up into what ReturnOffer decides on: the order with the
/// returns the cache knows, the customer's history as of `now` (the day counted in the store's zone)
/// and when the cache was last complete. Empty when the order is not cached.
std::optional<CachedOrder> lookUpOrder(CacheStore &cache, const QString &orderId, const Policy &policy,
    const QDateTime &now, const QTimeZone &zone, bool offline)
{
    const QDateTime localMidnight(now.toTimeZone(zone).date(), QTime(0, 0), zone);
    auto found = cache.lookupForDecision(orderId, now, localMidnight);
    if (!found)
        return std::nullopt;
    CachedOrder cached { std::make_unique<CacheStore::DecisionInputs>(std::move(*found)), {} };
    ReturnOffer::Context &context = cached.context;
    context.order = &cached.inputs->order;
    context.policy = &policy;
    context.history = cached.inputs->history;
    context.now = now;
    context.storeZone = zone;
    context.offline = offline;
    context.cacheSyncedAt = cached.inputs->cacheSyncedAt;
    return cached;
}

/// A whole number of at least 1 made of digits only; -1 otherwise.
int positiveNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 6)
        return -1;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return -1;
    const int n = text.toInt();
    return n >= 1 ? n : -1;
}

/// `LINE[:QTY[:REASON]]`; on a malformed value, the message for the shopper's technician in `error`.
std::optional<ReturnSelection::Line> parseSelect(const QString &text, QString *error)
{
    const QStringList parts = text.split(u':');
    if (parts.size() > 3) {
        *error = u"--select '%1': expected LINE[:QTY[:REASON]]"_s.arg(text);
        return std::nullopt;
    }
    ReturnSelection::Line line;
    line.lineNo = positiveNumber(parts.at(0));
    if (line.lineNo < 1) {
        *error = u"--select '%1': LINE must be an order line number"_s.arg(text);
        return std::nullopt;
    }
    if (parts.size() >= 2) {
        line.quantity = positiveNumber(parts.at(1));
        if (line.quantity < 1) {
            *error = u"--select '%1': QTY must be a whole number of at least 1"_s.arg(text);
            return std::nullopt;
        }
    }
    if (parts.size() == 3) {
        line.reason = parts.at(2);
        if (line.reason.trimmed().isEmpty()) {
            *error = u"--select '%1': REASON is empty (leave it out for the policy's default)"_s.arg(text);
            return std::nullopt;
        }
    }
    return line;
}

/// Every `KEY=yes|no`; on a malformed or repeated one, the message in `error`.
std::optional<QHash<QString, bool>> parseAnswers(const QStringList &values, QString *error)
{
    QHash<QString, bool> answers;
    for (const QString &value : values) {
        const qsizetype eq = value.indexOf(u'=');
        const QString key = value.left(eq);
        const QString answer = value.mid(eq + 1);
        if (eq <= 0 || (answer != u"yes"_s && answer != u"no"_s)) {
            *error = u"--answer '%1': expected KEY=yes|no, e.g. question.unopened=yes"_s.arg(value);
            return std::nullopt;
        }
        if (answers.contains(key)) {
            *error = u"--answer %1 is given twice"_s.arg(key);
            return std::nullopt;
        }
        answers.insert(key, answer == u"yes"_s);
    }
    return answers;
}

/// --resolution's names for the policy's: credit is the policy's storeCredit.
std::optional<Resolution> parseResolution(const QString &name)
{
    if (name == u"refund"_s)
        return Resolution::RefundToOriginal;
    if (name == u"credit"_s)
        return Resolution::StoreCredit;
    if (name == u"exchange"_s)
        return Resolution::Exchange;
    return std::nullopt;
}

/// Gives each answer to the selected lines the policy asks it of; an answer no selected line is asked
/// goes to all of them, so that the offer refuses the selection as unasked-answer.
void giveAnswers(
    ReturnSelection &selection, const QHash<QString, bool> &answers, const Order &order, const Policy &policy)
{
    const auto asked = [&](const ReturnSelection::Line &chosen, const QString &questionId) {
        const OrderLine *line = order.line(chosen.lineNo);
        const QString reason = chosen.reason.isEmpty() ? policy.defaultReason : chosen.reason;
        return line
            && EffectsInForce::resolve(policy, order, *line, reason).openQuestions.contains(questionId);
    };
    for (auto answer = answers.cbegin(); answer != answers.cend(); ++answer) {
        bool anyAsked = false;
        for (ReturnSelection::Line &chosen : selection.lines) {
            if (asked(chosen, answer.key())) {
                chosen.answers.insert(answer.key(), answer.value());
                anyAsked = true;
            }
        }
        if (!anyAsked)
            for (ReturnSelection::Line &chosen : selection.lines)
                chosen.answers.insert(answer.key(), answer.value());
    }
}

void printHeader(QTextStream &out, const QString &orderId, const QString &policyId, int policyVersion,
    const QDateTime &now, const QTimeZone &zone, bool offline)
{
    out << "order " << orderId << " under " << policyId << " v" << policyVersion << " at "
        << now.toTimeZone(zone).toString(Qt::ISODate) << (offline ? " (offline)" : "") << '\n';
}

/// Without --select: the engine's decision for every (or every --line) line, as kioskctl always printed it.
void printDecisions(
    const EligibilityResult &result, const QDateTime &now, const QTimeZone &zone, QTextStream &out)
{
    printHeader(out, result.orderId, result.policyId, result.policyVersion, now, zone, result.offline);
    for (const LineDecision &line : result.lines) {
        out << "  line " << line.lineNo << " x" << line.quantity << ": "
            << LineDecision::decisionName(line.decision) << "  " << line.reasonCode << " [" << line.ruleId
            << "]";
        if (line.decision == LineDecision::Decision::Eligible)
            out << "  refund " << money(line.refund)
                << (line.keepIt ? u"  keep it"_s : u"  bin "_s + line.bin);
        out << '\n';
    }
}

/// With --select: each selected line's figures, the totals and what the shopper may choose.
void printOffer(const ReturnOffer &offer, const QDateTime &now, const QTimeZone &zone, QTextStream &out)
{
    printHeader(out, offer.orderId(), offer.policyId(), offer.policyVersion(), now, zone, offer.offline());
    for (const ReturnOffer::Line &line : offer.lines()) {
        const LineDecision &d = line.decision;
        const ReturnOffer::Figures figures = line.figures();
        out << "  line " << line.lineNo() << " x" << line.quantity() << ": "
            << LineDecision::decisionName(d.decision) << "  " << d.reasonCode << " [" << d.ruleId << "]"
            << "  reason " << d.returnReason << "  refund " << money(figures.refund) << "  fee "
            << money(figures.fee) << "  bonus " << money(figures.bonus);
        if (d.keepIt)
            out << "  keep it";
        else if (!d.bin.isEmpty())
            out << "  bin " << d.bin;
        out << '\n';
        if (line.goesBack() && !d.questions.isEmpty())
            out << "    not answered: " << d.questions.join(u", "_s) << '\n';
    }
    const ReturnOffer::Figures totals = offer.totals();
    out << "  totals going back (" << offer.currency() << "): value " << money(totals.value)
        << "  restocking fee " << money(totals.fee) << "  refund " << money(totals.refund) << "  bonus "
        << money(totals.bonus) << "  store credit " << money(totals.refund + totals.bonus) << '\n';
    out << "  total " << money(offer.total()) << " as "
        << (offer.resolution() ? resolutionName(*offer.resolution())
                               : resolutionName(Resolution::RefundToOriginal) + u" (none chosen)"_s)
        << '\n';
    QStringList offered;
    for (Resolution resolution : offer.resolutions())
        offered.append(resolutionName(resolution));
    out << "  resolutions offered: " << (offered.isEmpty() ? u"none"_s : offered.join(u", "_s)) << '\n';
    if (const ReturnOffer::Line *staff = offer.firstNeedingStaff())
        out << "  staff needed: line " << staff->lineNo() << ' ' << staff->decision.reasonCode << ' '
            << QJsonDocument(staff->decision.messageParams).toJson(QJsonDocument::Compact) << '\n';
    else
        out << "  staff not needed\n";
}

EligibilityRequest requestFor(const ReturnOffer::Context &context)
{
    EligibilityRequest request;
    request.order = context.order;
    request.policy = context.policy;
    request.now = context.now;
    request.storeZone = context.storeZone;
    request.offline = context.offline;
    request.cacheSyncedAt = context.cacheSyncedAt;
    request.history = context.history;
    request.carriedByCode = context.carriedByCode;
    return request;
}

} // namespace

int CheckCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption help = CliHelp::option();
    parser.addOption(help);
    parser.addOptions({
        { u"order"_s, u"Order id."_s, u"id"_s },
        { u"code"_s, u"A scanned code (return QR text or order number) instead of --order."_s, u"text"_s },
        { u"select"_s, u"Decide the offer for this line: LINE[:QTY[:REASON]] (repeatable)."_s, u"line"_s },
        { u"answer"_s, u"A condition answer for the selected lines asked it (repeatable)."_s,
            u"key=yes|no"_s },
        { u"resolution"_s, u"With --select: refund, credit or exchange."_s, u"name"_s },
        { u"retailer"_s, u"Retailer id return codes must carry (default northwind)."_s, u"id"_s,
            u"northwind"_s },
        { u"at"_s, u"Decide as of this ISO 8601 time (default: now)."_s, u"time"_s },
        { u"policy"_s, u"Signed policy bundle (default: the apparel example)."_s, u"file"_s },
        { u"offline"_s, u"Decide as a kiosk that cannot reach the backend."_s },
        { u"cache"_s, u"cache.db (default ./cache.db)."_s, u"file"_s, u"cache.db"_s },
        { u"tz"_s, u"Store time zone, IANA id (default: this machine's)."_s, u"zone"_s },
        { u"reason"_s, u"Without --select: return reason for every line (default: the policy's)."_s,
            u"code"_s },
        { u"line"_s, u"Without --select: only this line (repeatable)."_s, u"n"_s },
        { u"trust"_s, u"Trusted policy keys (JSON)."_s, u"file"_s },
        { u"json"_s, u"Machine-readable output."_s },
    });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return CliHelp::print(parser, usageLine, out);
    if (!parsed || parser.isSet(u"order"_s) == parser.isSet(u"code"_s)
        || !parser.positionalArguments().isEmpty()) {
        err << "usage: " << usageLine << '\n';
        if (!parsed)
            err << parser.errorText() << '\n';
        else if (!parser.positionalArguments().isEmpty())
            err << "unexpected argument " << parser.positionalArguments().constFirst() << '\n';
        else
            err << "give exactly one of --order and --code (--help for more)\n";
        return 2;
    }

    // The selection's syntax is checked before anything is opened.
    const bool selecting = parser.isSet(u"select"_s);
    if (selecting && (parser.isSet(u"line"_s) || parser.isSet(u"reason"_s))) {
        err << "kioskctl: --select replaces --line and --reason: give LINE:QTY:REASON\n";
        return 2;
    }
    if (!selecting && (parser.isSet(u"answer"_s) || parser.isSet(u"resolution"_s))) {
        err << "kioskctl: --answer and --resolution need --select\n";
        return 2;
    }
    QString badInput;
    ReturnSelection selection;
    for (const QString &value : parser.values(u"select"_s)) {
        const auto line = parseSelect(value, &badInput);
        if (!line) {
            err << "kioskctl: " << badInput << '\n';
            return 2;
        }
        selection.lines.push_back(*line);
    }
    const auto answers = parseAnswers(parser.values(u"answer"_s), &badInput);
    if (!answers) {
        err << "kioskctl: " << badInput << '\n';
        return 2;
    }
    if (parser.isSet(u"resolution"_s)) {
        selection.resolution = parseResolution(parser.value(u"resolution"_s));
        if (!selection.resolution) {
            err << "kioskctl: unknown --resolution '" << parser.value(u"resolution"_s)
                << "': refund, credit or exchange\n";
            return 2;
        }
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
    QList<int> carriedByCode;
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
            for (const codes::TokenLine &line : code.lines)
                carriedByCode.append(line.lineNo);
        }
    }
    auto cached = lookUpOrder(cache, orderId, *policy.policy, now, zone, parser.isSet(u"offline"_s));
    if (!cached) {
        err << "kioskctl: order " << orderId << " is not in " << parser.value(u"cache"_s) << '\n';
        return 1;
    }
    ReturnOffer::Context &context = cached->context;
    context.carriedByCode = carriedByCode;

    if (selecting) {
        giveAnswers(selection, *answers, *context.order, *context.policy);
        const ReturnOffer offer = ReturnOffer::make(context, selection);
        if (parser.isSet(u"json"_s)) {
            QJsonObject json = offer.toJson();
            json.insert(u"at"_s, now.toString(Qt::ISODate));
            json.insert(u"timeZone"_s, QString::fromUtf8(zone.id()));
            out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        } else if (offer.isValid()) {
            printOffer(offer, now, zone, out);
        }
        if (!offer.isValid()) {
            err << "kioskctl: " << ReturnOffer::problemCode(offer.problem()) << ": " << offer.problemDetail()
                << '\n';
            return 1;
        }
        return 0;
    }

    EligibilityRequest request = requestFor(context);
    QStringList lines = parser.values(u"line"_s);
    if (lines.isEmpty() && parser.isSet(u"reason"_s)) {
        for (const OrderLine &line : context.order->lines)
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
    printDecisions(result, now, zone, out);
    return 0;
}

} // namespace kiosk::cli
