#include "ReturnSession.h"

#include "Clock.h"
#include "DropoffStation.h"
#include "EligibilityMessages.h"
#include "ItemTagCheck.h"
#include "ReceiptBuilder.h"
#include "ReturnFlow.h"
#include "cache/CacheStore.h"
#include "codes/CodeParser.h"
#include "domain/Money.h"
#include "domain/ReturnRecord.h"
#include "dropoff/ChuteLock.h"
#include "eligibility/EligibilityEngine.h"
#include "journal/Journal.h"
#include "offer/OfferInputs.h"
#include "policy/PolicyStore.h"
#include "printer/ReceiptPrinter.h"
#include "printer/ReceiptRenderer.h"

#include <QLoggingCategory>
#include <QUuid>

#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "kiosk.session")

namespace kiosk {

namespace {
FlowText notSaved()
{
    return [] {
        return ReturnSession::tr("Your items are safe in the kiosk, but we couldn't save the return. "
                                 "Please show this screen to a colleague.");
    };
}

FlowText orderNotFound(const QString &orderId)
{
    return [orderId] {
        return ReturnSession::tr(
            "We can't find order %1. Please check the number on your order confirmation.")
            .arg(orderId);
    };
}

/// The backend didn't answer about an order the cache lacks: never worded as "not found".
FlowText backendUnreachable(const QString &orderId)
{
    return [orderId] {
        return ReturnSession::tr("We can't reach our order system to look up order %1 right now. A colleague "
                                 "at the service desk can help.")
            .arg(orderId);
    };
}

/// The shopper's local day starts here: offline daily limits count from it.
QDateTime startOfLocalDay(const QDateTime &now, const QTimeZone &zone)
{
    return QDateTime(now.toTimeZone(zone).date(), QTime(0, 0), zone).toUTC();
}
} // namespace

ReturnSession::ReturnSession(CacheStore &cache, Journal &journal, const PolicyStore &policies,
    drivers::ChuteLock &chute, drivers::ReceiptPrinter &printer, const Clock &clock, const Config &config,
    QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_journal(journal)
    , m_policies(policies)
    , m_chute(chute)
    , m_printer(printer)
    , m_clock(clock)
    , m_config(config)
    , m_flow(std::make_unique<ReturnFlow>())
    , m_lines(this)
    , m_verification(this)
    , m_exchange(this)
    , m_staff(std::make_unique<StaffTakeover>(journal, clock, config.staff, config.kioskId))
{
    connect(m_flow.get(), &QScxmlStateMachine::reachedStableState, this, &ReturnSession::onStateChanged);
    connect(&m_chute, &drivers::ChuteLock::opened, this, &ReturnSession::dropoffChanged);
    connect(&m_chute, &drivers::ChuteLock::itemAccepted, this, &ReturnSession::onItemAccepted);
    connect(&m_chute, &drivers::ChuteLock::faulted, this, &ReturnSession::onChuteFault);
    connect(&m_printer, &drivers::ReceiptPrinter::printed, this, [this] { onPrinted(true); });
    connect(&m_printer, &drivers::ReceiptPrinter::failed, this, [this](drivers::ReceiptPrinter::Fault fault) {
        if (fault != drivers::ReceiptPrinter::Fault::Busy)
            onPrinted(false);
    });
    connect(m_staff.get(), &StaffTakeover::signedInChanged, this, [this] {
        if (m_staff->signedIn() && m_screen == u"assistance")
            m_flow->submitEvent(u"staff.signedIn"_s);
        else if (!m_staff->signedIn() && m_screen == u"staff") // signed out, or left alone
            m_flow->submitEvent(u"staff.signedOut"_s);
    });
    connect(m_staff.get(), &StaffTakeover::approved, this, &ReturnSession::onStaffApproved);
    connect(m_staff.get(), &StaffTakeover::resumed, this, &ReturnSession::onStaffResumed);
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &ReturnSession::tick);
    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcSession) << "the backend did not answer the order look-up in time";
        onFetched(m_fetchRequest, CacheMissLookup::Answer::Unreachable);
    });
    m_flow->start();
    onStateChanged();
}

ReturnSession::~ReturnSession() = default;

void ReturnSession::setCacheMissLookup(CacheMissLookup *lookup)
{
    if (m_cacheMiss)
        disconnect(m_cacheMiss, nullptr, this, nullptr);
    m_cacheMiss = lookup;
    if (m_cacheMiss)
        connect(m_cacheMiss, &CacheMissLookup::answered, this, &ReturnSession::onFetched);
}

void ReturnSession::fetchMissing(const QString &orderId, std::function<void(CacheMissLookup::Answer)> then)
{
    qCInfo(lcSession) << "order not in the cache: asking the backend";
    m_fetchRequest = ++m_lastFetchRequest;
    m_afterFetch = std::move(then);
    m_fetchTimer.start(m_config.lookupTimeoutMs);
    setMessage([orderId] { return tr("Looking up order %1…").arg(orderId); });
    Q_EMIT lookingUpChanged();
    if (m_screen == u"attract") // a code scanned from the attract screen: wait on the next one
        m_flow->submitEvent(u"start"_s);
    m_cacheMiss->request(m_fetchRequest, orderId);
}

void ReturnSession::onFetched(int requestId, CacheMissLookup::Answer answer)
{
    if (requestId == 0 || requestId != m_fetchRequest) {
        qCInfo(lcSession) << "ignoring a late order look-up answer" << answer;
        return;
    }
    qCInfo(lcSession) << "order look-up:" << answer;
    const auto then = std::move(m_afterFetch);
    endFetch();
    then(answer);
}

void ReturnSession::endFetch()
{
    m_fetchTimer.stop();
    m_afterFetch = {};
    if (m_fetchRequest != 0) {
        m_fetchRequest = 0;
        Q_EMIT lookingUpChanged();
    }
}

void ReturnSession::setDropoffStation(DropoffStation *station)
{
    m_station = station;
    disconnect(&m_chute, &drivers::ChuteLock::itemAccepted, this, nullptr);
    disconnect(&m_chute, &drivers::ChuteLock::faulted, this, nullptr);
    connect(station, &DropoffStation::itemSensed, this, &ReturnSession::onItemAccepted);
    connect(station, &DropoffStation::faulted, this, &ReturnSession::onChuteFault);
}

QString ReturnSession::orderId() const
{
    return m_order ? m_order->id : QString();
}

QString ReturnSession::refundText() const
{
    if (m_order && !m_returnId.isEmpty()) { // recorded: what this return gives back
        MinorUnits total = 0;
        for (int i = 0; i < m_acceptedCount; ++i)
            total += m_resolution == u"storeCredit" ? m_dropoffLines[size_t(i)].storeCredit
                                                    : m_dropoffLines[size_t(i)].refund;
        return formatMoney(total, m_order->currency);
    }
    return m_order ? formatMoney(m_lines.selectedRefund(), m_order->currency) : QString();
}

QString ReturnSession::dropoffTitle() const
{
    return m_dropoffIndex < int(m_dropoffLines.size()) ? m_dropoffLines[size_t(m_dropoffIndex)].line.title
                                                       : QString();
}

bool ReturnSession::chuteOpen() const
{
    return m_chute.isOpen();
}

void ReturnSession::onStateChanged()
{
    const QStringList active = m_flow->activeStateNames(true);
    const QString screen = active.isEmpty() ? u"attract"_s : active.constFirst();
    if (screen == m_screen)
        return;
    qCInfo(lcSession) << "screen" << m_screen << "->" << screen;
    m_screen = screen;
    m_settling.start();
    updateLight();
    if (screen == u"attract")
        wipe();
    else if (screen != u"assistance" && screen != u"staff")
        m_staff->signOut(); // the shopper carries on: a colleague's powers end with their screen
    touch();
    Q_EMIT screenChanged();
}

void ReturnSession::setMessage(FlowText message)
{
    if (!message.isEmpty() || !m_message.isEmpty()) {
        m_message = std::move(message);
        Q_EMIT messageChanged();
    }
}

void ReturnSession::reject(FlowText message)
{
    qCInfo(lcSession).noquote() << "code refused:" << message.toString();
    setMessage(std::move(message));
    if (m_screen == u"attract") // a code scanned from the attract screen: explain it on the next one
        m_flow->submitEvent(u"start"_s);
    else if (m_screen == u"verify" || m_screen == u"staff") // it can't be returned: say so where codes go
        m_flow->submitEvent(u"order.refused"_s);
}

void ReturnSession::touch()
{
    if (m_screen == u"attract") {
        m_idleTimer.stop();
        m_idleSecondsLeft = 0;
    } else {
        m_idleSecondsLeft = m_screen == u"done" ? m_config.doneTimeoutSeconds
            : m_screen == u"assistance"         ? m_config.assistanceTimeoutSeconds
                                                : m_config.idleTimeoutSeconds;
        m_idleTimer.start();
    }
    Q_EMIT idleSecondsLeftChanged();
}

void ReturnSession::updateLight()
{
    if (m_station) // staff see from across the store that someone (or the scanner) needs them
        m_station->setAttention(m_screen == u"assistance" || m_screen == u"staff" || !m_scannerConnected);
}

void ReturnSession::setScannerConnected(bool connected)
{
    if (connected == m_scannerConnected)
        return;
    qCWarning(lcSession) << "scanner" << (connected ? "connected" : "disconnected");
    m_scannerConnected = connected;
    Q_EMIT scannerChanged();
    updateLight();
    if (!connected && m_awaitingTag && m_screen == u"dropoff")
        stopDropoff(u"scanner.disconnected"_s, [] {
            return tr(
                "The scanner isn't working, so the chute can't open. Anything you already dropped in is "
                "recorded. A colleague will help you with the rest.");
        });
}

void ReturnSession::retranslate()
{
    m_lines.retranslate();
    Q_EMIT m_staff->problemChanged(); // worded on read, like the rest
    Q_EMIT messageChanged();
    Q_EMIT stepChanged(); // the reasons, the question and the resolutions
    Q_EMIT receiptChanged(); // the resolution on the done screen
    Q_EMIT m_exchange.changed(); // the sizes and colours offered and chosen
}

void ReturnSession::tick()
{
    if ((m_screen == u"dropoff" && !m_awaitingTag) || m_screen == u"receipt" || m_screen == u"staff")
        return; // the chute or the printer is working, or a colleague is (they sign out on their own)
    if (--m_idleSecondsLeft <= 0) {
        m_idleTimer.stop();
        if (m_screen == u"dropoff") { // walked away between items: keep what went in
            cancel();
            return;
        }
        m_flow->submitEvent(
            m_screen == u"done" || m_screen == u"assistance" ? u"finish"_s : u"idle.timeout"_s);
    }
    Q_EMIT idleSecondsLeftChanged();
}

void ReturnSession::start()
{
    setMessage({});
    m_flow->submitEvent(u"start"_s);
}

void ReturnSession::submitCode(const QString &text)
{
    touch();
    if (lookingUp())
        return; // one order at a time: the backend is still looking the last one up
    if (m_screen == u"dropoff" || m_awaitingTag) { // awaiting a tag even before the screen shows it
        onTagScanned(text);
        return;
    }
    if (m_screen == u"assistance") { // only a colleague's badge means anything here
        const codes::ScannedCode code
            = codes::CodeParser({ m_config.retailerId, {}, m_config.orderPrefix }).parse(text, m_clock.now());
        if (code.kind == codes::ScannedCode::Kind::StaffBadge
            && code.error == codes::ScannedCode::Error::None)
            m_staff->submitBadge(code.staffId);
        return;
    }
    if (m_screen != u"attract" && m_screen != u"identify") {
        qCInfo(lcSession) << "ignoring a code scanned on" << m_screen;
        if (m_screen == u"items") // the shopper may think it adds an order: say what to do instead
            setMessage(
                [] { return tr("Please finish or cancel this return first, then scan the next code."); });
        return;
    }
    const auto policy = m_policies.current();
    if (!policy) {
        reject([] { return tr("This kiosk can't take returns right now. Please ask a colleague."); });
        return;
    }
    const codes::CodeParser parser({ m_config.retailerId, policy->returnTokenKeys, m_config.orderPrefix });
    const codes::ScannedCode code = parser.parse(text, m_clock.now());
    qCInfo(lcSession) << "code" << code.kind << code.errorCode();
    if (FlowText problem = codeProblem(code); !problem.isEmpty()) {
        reject(std::move(problem));
        return;
    }
    if (code.kind == codes::ScannedCode::Kind::ReturnToken) {
        QList<int> lines;
        for (const codes::TokenLine &line : code.lines)
            lines.append(line.lineNo);
        m_tokenId = code.tokenId;
        lookUp(code.orderId, lines);
        return;
    }
    m_tokenId.clear();
    if (code.kind == codes::ScannedCode::Kind::ReceiptBarcode) {
        // The shopper holds the paper receipt: that is proof enough, no verifier.
        const QString orderId
            = m_cache.orderIdForReceipt({ code.store, code.registerNo, code.transaction, code.receiptDate });
        if (orderId.isEmpty()) {
            reject([] {
                return tr("We can't find the order for this receipt. Please type the order number printed on "
                          "it, or ask a colleague.");
            });
            return;
        }
        lookUp(orderId);
        return;
    }
    // An order number can be read off an e-mail or a parcel: the order's verifier comes first.
    setMessage({});
    m_verification.begin(code.orderId);
    m_flow->submitEvent(u"verify.needed"_s);
}

void ReturnSession::submitVerifier(const QString &typed)
{
    touch();
    if (m_screen != u"verify" || !settled() || lookingUp())
        return;
    m_settling.start(); // a double tap on OK is one try, not two
    const QString orderId = m_verification.orderId();
    std::optional<Order> order = m_cache.findOrder(orderId);
    if (!order && canFetch()) {
        // Fetched first, so the check runs against the order; one the backend doesn't know is a
        // wrong try like any other. Only an unreachable backend costs no try.
        fetchMissing(orderId, [this, orderId, typed](CacheMissLookup::Answer answer) {
            if (answer == CacheMissLookup::Answer::Unreachable)
                setMessage(backendUnreachable(orderId));
            else
                checkVerifier(m_cache.findOrder(orderId), typed);
        });
        return;
    }
    checkVerifier(order, typed);
}

void ReturnSession::checkVerifier(const std::optional<Order> &order, const QString &typed)
{
    switch (m_verification.check(order, typed)) {
    case OrderVerification::Outcome::Verified:
        lookUp(m_verification.orderId());
        return;
    case OrderVerification::Outcome::Wrong:
        setMessage([orderId = m_verification.orderId(), triesLeft = m_verification.triesLeft()] {
            return tr("That doesn't match order %1. Please check the ZIP code of the billing address and try "
                      "again. Tries left: %2.")
                .arg(orderId)
                .arg(triesLeft);
        });
        return;
    case OrderVerification::Outcome::TooManyTries:
        setMessage([orderId = m_verification.orderId()] {
            return tr("We couldn't confirm order %1 here. A colleague can look it up for you.").arg(orderId);
        });
        // A colleague who checked the shopper's ID or e-mail may open the order anyway.
        m_override = Override::Verifier;
        askColleague({ u"verify.failed"_s, m_verification.orderId(), {}, {}, true, false }, u"needs.staff"_s);
        return;
    }
}

void ReturnSession::submitOrderDigits(const QString &digits)
{
    submitCode(m_config.orderPrefix + digits);
}

FlowText ReturnSession::codeProblem(const codes::ScannedCode &code) const
{
    using Kind = codes::ScannedCode::Kind;
    using Error = codes::ScannedCode::Error;
    switch (code.error) {
    case Error::None:
        break;
    case Error::TooLong:
        return [] {
            return tr("That code is too long to be one of ours. Please type your order number instead.");
        };
    case Error::Expired:
        return [day = code.expiresAt.toTimeZone(m_config.storeZone).date()] {
            return tr("This return code expired on %1. You can still type your order number.")
                .arg(QLocale().toString(day, QLocale::LongFormat));
        };
    case Error::OtherRetailer:
        return [] { return tr("This return code is for another store. Please use that store's returns."); };
    case Error::BadSignature:
    case Error::UnknownKey:
        return
            [] { return tr("We couldn't verify this return code. Please type your order number instead."); };
    default:
        if (code.kind == Kind::OrderNumber)
            return [prefix = m_config.orderPrefix] {
                return tr("Order numbers look like %1100001. Please check the number and try again.")
                    .arg(prefix);
            };
        return [] {
            return tr(
                "We couldn't read that code. Scan the return code from your e-mail or receipt, or type your "
                "order number.");
        };
    }
    switch (code.kind) {
    case Kind::ReturnToken:
        if (m_journal.isTokenUsed(code.tokenId))
            return [] {
                return tr("This return code has already been used. If something is missing, please ask a "
                          "colleague.");
            };
        return {};
    case Kind::OrderNumber:
        return {};
    case Kind::ProductId:
        return [] {
            return tr(
                "That's a product barcode. Please scan the return code from your e-mail or receipt instead.");
        };
    case Kind::ReceiptBarcode:
        return {};
    case Kind::StaffBadge:
    case Kind::EnrolmentCode:
        return [] { return tr("Staff codes are used in maintenance mode, not here."); };
    case Kind::Unknown:
        break;
    }
    return [] {
        return tr("We couldn't read that code. Scan the return code from your e-mail or receipt, or type "
                  "your order "
                  "number.");
    };
}

void ReturnSession::lookUp(const QString &orderId, const QList<int> &preselected, bool fetchOnMiss)
{
    const auto policy = m_policies.current();
    const QDateTime now = m_clock.now();
    auto inputs = m_cache.lookupForDecision(orderId, now, startOfLocalDay(now, m_config.storeZone));
    if (!inputs && fetchOnMiss && canFetch()) {
        fetchMissing(orderId, [this, orderId, preselected](CacheMissLookup::Answer answer) {
            if (answer == CacheMissLookup::Answer::Found)
                lookUp(orderId, preselected, false); // in the cache now: decided locally as always
            else
                reject(answer == CacheMissLookup::Answer::NotFound ? orderNotFound(orderId)
                                                                   : backendUnreachable(orderId));
        });
        return;
    }
    if (!inputs) {
        reject(orderNotFound(orderId));
        return;
    }
    // Every return in this kiosk's journal counts until the backend's order lists it (OfferInputs).
    OfferInputs::addUncountedReturns(inputs->order, inputs->countedReturns, m_journal);

    EligibilityRequest request;
    request.order = &inputs->order;
    request.policy = policy.get();
    request.history = inputs->history;
    request.now = now;
    request.storeZone = m_config.storeZone;
    request.offline = !m_online;
    request.cacheSyncedAt = inputs->cacheSyncedAt;
    const EligibilityResult result = EligibilityEngine::decide(request);

    std::vector<ReturnLinesModel::Entry> entries;
    std::vector<ReturnLinesModel::Entry> overridden; // as the list would be if a colleague approves
    StaffTakeover::Case staffCase { {}, orderId, {}, {}, true, false };
    std::optional<LineDecision> firstForStaff; // its reason is what the shopper reads
    for (const OrderLine &line : inputs->order.lines) {
        ReturnLinesModel::Entry entry;
        entry.line = line;
        const auto decision = std::find_if(result.lines.begin(), result.lines.end(),
            [&line](const LineDecision &d) { return d.lineNo == line.lineNo; });
        if (decision == result.lines.end())
            entry.reason = [] { return tr("This item can't be returned here."); };
        else if (decision->decision != LineDecision::Decision::Eligible)
            entry.reason = [d = *decision] { return EligibilityMessages::lineReason(d); };
        entry.eligible = entry.reason.isEmpty();
        entry.refund = entry.eligible ? decision->refund / std::max(1, decision->quantity) : 0;
        if (entry.eligible) {
            entry.storeCredit = decision->storeCredit / std::max(1, decision->quantity);
            entry.resolutions = decision->resolutions;
            entry.questions = decision->questions;
        }
        entry.selected = entry.eligible && preselected.contains(line.lineNo);
        ReturnLinesModel::Entry approved = entry;
        if (decision != result.lines.end() && decision->decision == LineDecision::Decision::NeedsStaff) {
            if (!firstForStaff) {
                firstForStaff = *decision;
                staffCase.reasonCode = decision->reasonCode;
            }
            staffCase.lines.append(line.lineNo);
            staffCase.items.append(line.title);
            // A colleague vouches for it: the engine's figures when it had them, else the price paid.
            approved.eligible = true;
            approved.reason = {};
            approved.refund
                = decision->refund > 0 ? decision->refund / std::max(1, decision->quantity) : line.unitPrice;
            approved.storeCredit = decision->storeCredit > 0
                ? decision->storeCredit / std::max(1, decision->quantity)
                : approved.refund;
            approved.resolutions = decision->resolutions.empty()
                ? std::vector<Resolution> { Resolution::RefundToOriginal }
                : decision->resolutions;
            approved.questions.clear();
            approved.selected = true;
        }
        entries.push_back(std::move(entry));
        overridden.push_back(std::move(approved));
    }
    const auto firstEligible
        = std::find_if(entries.begin(), entries.end(), [](const auto &e) { return e.eligible; });
    if (firstEligible == entries.end() && firstForStaff) {
        // Nothing the kiosk may take on its own, but a colleague can decide: send the shopper to one.
        setMessage([d = *firstForStaff] { return EligibilityMessages::lineReason(d); });
        m_order = std::move(inputs->order);
        m_overrideEntries = std::move(overridden);
        m_override = Override::Order;
        askColleague(std::move(staffCase), u"needs.staff"_s);
        return;
    }
    if (firstEligible == entries.end()) {
        reject([orderId, why = entries.empty() ? FlowText() : entries.front().reason] {
            return tr("Order %1 can't be returned here. %2 A colleague at the service desk can help.")
                .arg(orderId, why.toString());
        });
        return;
    }
    setMessage({});
    m_order = std::move(inputs->order);
    m_lines.reset(std::move(entries), m_order->currency);
    Q_EMIT orderChanged();
    Q_EMIT selectionChanged();
    m_flow->submitEvent(u"order.found"_s);
}

void ReturnSession::setSelected(int lineNo, bool selected)
{
    touch();
    if (m_screen == u"items" && m_lines.setSelected(lineNo, selected))
        Q_EMIT selectionChanged();
}

void ReturnSession::confirmItems()
{
    touch();
    if (m_screen != u"items" || m_lines.selectedCount() == 0 || !settled())
        return;
    m_settling.start(); // every accepted tap: a second one right after is the same tap
    setMessage({});
    m_dropoffLines.clear();
    for (const auto &entry : m_lines.entries())
        if (entry.selected)
            m_dropoffLines.push_back(entry);
    m_dropoffIndex = 0;
    m_acceptedCount = 0;
    m_stepIndex = 0;
    m_flow->submitEvent(u"items.confirmed"_s);
    Q_EMIT stepChanged();
}

QString ReturnSession::stepTitle() const
{
    if (m_screen == u"questions" && m_stepIndex < int(m_questions.size()))
        return m_dropoffLines[m_questions[size_t(m_stepIndex)].line].line.title;
    return m_stepIndex < int(m_dropoffLines.size()) ? m_dropoffLines[size_t(m_stepIndex)].line.title
                                                    : QString();
}

int ReturnSession::stepTotal() const
{
    return m_screen == u"questions" ? int(m_questions.size()) : int(m_dropoffLines.size());
}

QVariantList ReturnSession::reasons() const
{
    QVariantList out;
    if (const auto policy = m_policies.current())
        for (const Policy::Reason &reason : policy->reasons)
            out.append(QVariantMap {
                { u"code"_s, reason.code }, { u"text"_s, EligibilityMessages::reasonText(reason.code) } });
    return out;
}

QString ReturnSession::question() const
{
    return m_stepIndex < int(m_questions.size())
        ? EligibilityMessages::questionText(m_questions[size_t(m_stepIndex)].id)
        : QString();
}

std::vector<Resolution> ReturnSession::allowedResolutions() const
{
    const auto policy = m_policies.current();
    std::vector<Resolution> allowed
        = { Resolution::RefundToOriginal, Resolution::StoreCredit, Resolution::Exchange };
    for (const auto &entry : m_dropoffLines) {
        const Policy::Reason *reason = policy ? policy->reason(entry.returnReason) : nullptr;
        std::erase_if(allowed, [&](Resolution r) {
            const bool byLine
                = std::find(entry.resolutions.begin(), entry.resolutions.end(), r) != entry.resolutions.end();
            const bool byReason = !reason
                || std::find(reason->resolutions.begin(), reason->resolutions.end(), r)
                    != reason->resolutions.end();
            const bool hasVariants = r != Resolution::Exchange || !entry.line.variants.empty();
            return !byLine || !byReason || !hasVariants;
        });
    }
    return allowed;
}

QVariantList ReturnSession::resolutions() const
{
    if (!m_order)
        return {};
    MinorUnits refund = 0;
    MinorUnits credit = 0;
    for (const auto &entry : m_dropoffLines) {
        refund += entry.refund;
        credit += entry.storeCredit;
    }
    QVariantList out;
    for (const Resolution r : allowedResolutions()) {
        const QString name = resolutionName(r);
        QString amount = formatMoney(refund, m_order->currency);
        if (r == Resolution::StoreCredit && credit > refund)
            amount = tr("%1 (includes a %2 bonus)")
                         .arg(formatMoney(credit, m_order->currency),
                             formatMoney(credit - refund, m_order->currency));
        else if (r == Resolution::Exchange)
            amount.clear(); // same value, another size or colour: the button says it
        out.append(QVariantMap { { u"code"_s, name },
            { u"text"_s, EligibilityMessages::resolutionText(name) }, { u"amount"_s, amount } });
    }
    return out;
}

QString ReturnSession::resolutionText() const
{
    return m_resolution.isEmpty() ? QString() : EligibilityMessages::resolutionText(m_resolution);
}

void ReturnSession::chooseReason(const QString &code)
{
    touch();
    const auto policy = m_policies.current();
    if (m_screen != u"reasons" || !policy || !policy->reason(code)
        || m_stepIndex >= int(m_dropoffLines.size()) || !settled())
        return;
    m_dropoffLines[size_t(m_stepIndex)].returnReason = code;
    m_settling.start(); // the next item's reasons appear where the tap was
    if (++m_stepIndex < int(m_dropoffLines.size())) {
        Q_EMIT stepChanged();
        return;
    }
    prepareQuestions();
    m_stepIndex = 0;
    m_flow->submitEvent(m_questions.empty() ? u"reasons.done"_s : u"questions.needed"_s);
    Q_EMIT stepChanged();
}

void ReturnSession::prepareQuestions()
{
    m_questions.clear();
    const auto policy = m_policies.current();
    for (size_t i = 0; i < m_dropoffLines.size(); ++i) {
        for (const QString &id : std::as_const(m_dropoffLines[i].questions)) {
            bool staffOnFail = true;
            if (policy)
                for (const auto &q : policy->conditionQuestions)
                    if (q.id == id)
                        staffOnFail = q.onFail == Policy::ConditionQuestion::OnFail::NeedsStaff;
            m_questions.push_back({ i, id, staffOnFail });
        }
    }
}

void ReturnSession::answerQuestion(bool yes)
{
    touch();
    if (m_screen != u"questions" || m_stepIndex >= int(m_questions.size()) || !settled())
        return;
    m_settling.start();
    const Question question = m_questions[size_t(m_stepIndex)];
    if (!yes && question.staffOnFail) {
        const OrderLine &line = m_dropoffLines[question.line].line;
        setMessage([title = line.title] {
            return tr("A colleague needs to check the %1 before it can go back.").arg(title);
        });
        m_override = Override::Condition;
        askColleague({ u"condition.failed"_s, m_order->id, { line.lineNo }, { line.title }, true, false },
            u"needs.staff"_s);
        return;
    }
    if (!yes) {
        // This item can't go back: drop it (and its other questions) from the return.
        const QString title = m_dropoffLines[question.line].line.title;
        m_lines.setSelected(m_dropoffLines[question.line].line.lineNo, false);
        m_dropoffLines.erase(m_dropoffLines.begin() + std::ptrdiff_t(question.line));
        prepareQuestions();
        m_stepIndex = 0;
        Q_EMIT selectionChanged();
        if (m_dropoffLines.empty()) {
            setMessage([title] { return tr("The %1 can't be returned in this condition.").arg(title); });
            m_flow->submitEvent(u"nothing.left"_s);
            return;
        }
        // Questions for the remaining items that were already answered are asked again: rare, and safe.
        if (m_questions.empty())
            m_flow->submitEvent(u"questions.done"_s);
        Q_EMIT stepChanged();
        return;
    }
    if (++m_stepIndex >= int(m_questions.size())) {
        m_stepIndex = 0;
        m_flow->submitEvent(u"questions.done"_s);
    }
    Q_EMIT stepChanged();
}

void ReturnSession::chooseResolution(const QString &code)
{
    touch();
    const auto resolution = resolutionFromName(code);
    const auto allowed = allowedResolutions();
    // On the variant screen the shopper may still take another resolution (store credit instead of an
    // exchange whose stock can't be confirmed).
    const bool onVariants = m_screen == u"variant" && resolution != Resolution::Exchange;
    if ((m_screen != u"resolution" && !onVariants) || !resolution
        || std::find(allowed.begin(), allowed.end(), *resolution) == allowed.end() || !settled())
        return;
    m_settling.start();
    if (*resolution == Resolution::Exchange) {
        m_resolution = code;
        std::vector<OrderLine> lines;
        for (const auto &entry : m_dropoffLines)
            lines.push_back(entry.line);
        m_exchange.begin(std::move(lines));
        m_flow->submitEvent(u"exchange.chosen"_s);
        return;
    }
    startDropoff(code);
}

void ReturnSession::chooseVariant(const QString &sku)
{
    touch();
    if (m_screen != u"variant" || !settled())
        return;
    m_settling.start(); // the next item's sizes appear where the tap was
    if (m_exchange.choose(sku) && m_exchange.isComplete())
        startDropoff(u"exchange"_s);
}

void ReturnSession::startDropoff(const QString &resolution)
{
    if (resolution != u"exchange")
        m_exchange.clear(); // store credit instead: nothing of a half-chosen exchange stays
    m_resolution = resolution;
    m_dropoffIndex = 0;
    m_acceptedCount = 0;
    m_recordedCount = 0;
    m_flow->submitEvent(u"resolution.chosen"_s);
    nextDropoff();
}

void ReturnSession::onTagScanned(const QString &text)
{
    if (!m_awaitingTag || m_dropoffIndex >= int(m_dropoffLines.size())) {
        qCInfo(lcSession) << "ignoring a scan while the chute is busy";
        return;
    }
    const codes::CodeParser parser({ m_config.retailerId, {}, m_config.orderPrefix });
    const auto &expected = m_dropoffLines[size_t(m_dropoffIndex)].line;
    const codes::ScannedCode code = parser.parse(text, m_clock.now());
    const ItemTagCheck::Result result = ItemTagCheck::check(code, expected, *m_order);
    qCInfo(lcSession) << "item tag" << int(result.outcome) << "for line" << expected.lineNo;
    // Worded again from the same facts when the language changes.
    const FlowText message
        = [code, expected, order = *m_order] { return ItemTagCheck::check(code, expected, order).message; };
    if (result.outcome == ItemTagCheck::Outcome::LineHasNoGtin) {
        stopDropoff(u"tag.unknown_product"_s, message, NextItem::ColleagueChecksIt);
        return;
    }
    if (result.outcome != ItemTagCheck::Outcome::Match) {
        setMessage(message);
        return;
    }
    setMessage({});
    letItemIn();
}

void ReturnSession::cannotScanTag()
{
    touch();
    if (m_screen != u"dropoff" || !m_awaitingTag || !settled())
        return;
    stopDropoff(
        u"tag.unreadable"_s,
        [] {
            return tr("No problem: a colleague will check the item and put it in for you. Anything you "
                      "already dropped in is recorded.");
        },
        NextItem::ColleagueChecksIt);
}

void ReturnSession::letItemIn()
{
    m_awaitingTag = false;
    Q_EMIT dropoffChanged();
    if (m_station)
        m_station->acceptItem(0); // order lines carry no weight yet: the scale checks presence
    else
        m_chute.acceptItem();
}

void ReturnSession::nextDropoff()
{
    if (m_dropoffIndex < int(m_dropoffLines.size())) {
        m_awaitingTag = true; // the next item's tag opens the chute
        Q_EMIT dropoffChanged();
        return;
    }
    completeDropoff();
}

void ReturnSession::completeDropoff()
{
    m_awaitingTag = false;
    Q_EMIT dropoffChanged();
    if (m_acceptedCount == m_recordedCount) { // nothing (more) went in: nothing to record
        if (m_recordedCount > 0) // a colleague cleared the chute after a fault, the rest stayed out
            m_flow->submitEvent(u"dropoff.complete"_s);
        else if (m_message.isEmpty())
            m_flow->submitEvent(u"dropoff.abandoned"_s);
        else
            m_flow->submitEvent(u"dropoff.failed"_s);
        return;
    }
    if (!recordAccepted()) {
        setMessage(notSaved());
        askColleague({ u"journal.write_failed"_s, m_order->id, {}, {} }, u"dropoff.failed"_s);
        return;
    }
    m_flow->submitEvent(u"dropoff.complete"_s);
}

void ReturnSession::printReceipt(const ReturnRecord &record)
{
    ReceiptBuilder builder({ m_config.retailerName, {}, m_config.eReceiptBase, m_config.storeZone });
    m_receiptPrinted = false;
    m_receiptUrl = m_config.eReceiptBase.isEmpty() ? QString() : builder.eReceiptUrl(record.id).toString();
    Q_EMIT receiptChanged();
    m_printer.print(drivers::ReceiptRenderer().escPos(builder.build(record, *m_order)));
}

void ReturnSession::onPrinted(bool printed)
{
    if (m_flow->activeStateNames(true).value(0) != u"receipt")
        return;
    m_receiptPrinted = printed;
    Q_EMIT receiptChanged();
    m_flow->submitEvent(u"receipt.done"_s);
}

void ReturnSession::onItemAccepted()
{
    if (m_screen != u"dropoff" && m_flow->activeStateNames(true).value(0) != u"dropoff")
        return;
    ++m_acceptedCount;
    ++m_dropoffIndex;
    m_missedItems = 0;
    Q_EMIT dropoffChanged();
    nextDropoff();
}

void ReturnSession::onChuteFault(drivers::ChuteLock::Fault fault)
{
    if (fault == drivers::ChuteLock::Fault::ItemNotSensed && ++m_missedItems < 2) {
        // The chute closed but nothing landed: the shopper tries once more, then a colleague helps.
        setMessage([] {
            return tr(
                "We didn't see the item go in. Please scan its tag again and put it in the open chute.");
        });
        m_awaitingTag = true;
        Q_EMIT dropoffChanged();
        return;
    }
    const QString code = u"chute."_s + drivers::ChuteLock::faultCode(fault);
    if (fault == drivers::ChuteLock::Fault::BinFull)
        stopDropoff(code, [] {
            return tr("The drop-off bin is full. Anything you already dropped in is recorded. A colleague "
                      "will empty it and help you with the rest.");
        });
    else
        stopDropoff(code, [] {
            return tr("The drop-off chute isn't working right now. Anything you already dropped in is "
                      "recorded. A colleague will help you with the rest.");
        });
}

void ReturnSession::stopDropoff(const QString &reasonCode, FlowText message, NextItem next)
{
    // Whatever already went into the bin is recorded; the rest stays with the shopper.
    m_awaitingTag = false;
    const bool recorded = m_acceptedCount == m_recordedCount || recordAccepted();
    setMessage(recorded ? std::move(message) : notSaved());
    const bool colleagueChecks = recorded && next == NextItem::ColleagueChecksIt;
    StaffTakeover::Case staffCase { recorded ? reasonCode : u"journal.write_failed"_s, m_order->id, {}, {},
        colleagueChecks, recorded && !colleagueChecks };
    m_override = colleagueChecks ? Override::Item : Override::None;
    for (size_t i = size_t(m_acceptedCount); i < m_dropoffLines.size(); ++i) {
        staffCase.lines.append(m_dropoffLines[i].line.lineNo);
        staffCase.items.append(m_dropoffLines[i].line.title);
    }
    Q_EMIT dropoffChanged();
    askColleague(std::move(staffCase), u"dropoff.failed"_s);
}

void ReturnSession::askColleague(StaffTakeover::Case assistanceCase, const QString &event)
{
    m_staff->open(std::move(assistanceCase));
    // A new decision right after an approval (an order a colleague vouched for then needs staff for
    // its own lines): they sign in again to see it, so a double tap can't approve it unread.
    m_staff->signOut();
    m_flow->submitEvent(event);
}

void ReturnSession::onStaffApproved()
{
    setMessage({});
    const Override approved = std::exchange(m_override, Override::None);
    if (approved == Override::Verifier) {
        // As if the verifier had matched; an order unknown here or not returnable goes to identify.
        lookUp(m_verification.orderId());
    } else if (approved == Override::Order) {
        m_lines.reset(std::move(m_overrideEntries), m_order->currency);
        m_overrideEntries.clear();
        Q_EMIT orderChanged();
        Q_EMIT selectionChanged();
        m_flow->submitEvent(u"override.items"_s);
    } else if (approved == Override::Item) {
        // The colleague checked the item the tag couldn't confirm: the chute opens for it.
        m_flow->submitEvent(u"override.dropoff"_s);
        letItemIn();
    } else if (approved == Override::Condition) {
        // The colleague checked the item: as if the shopper had answered yes.
        if (++m_stepIndex >= int(m_questions.size())) {
            m_stepIndex = 0;
            m_flow->submitEvent(u"override.resolution"_s);
        } else {
            m_flow->submitEvent(u"override.questions"_s);
        }
        Q_EMIT stepChanged();
    }
}

void ReturnSession::onStaffResumed()
{
    setMessage({});
    m_flow->submitEvent(u"chute.cleared"_s);
    nextDropoff();
}

bool ReturnSession::recordAccepted()
{
    ReturnRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.kioskId = m_config.kioskId;
    record.orderId = m_order->id;
    record.createdAt = m_clock.now();
    record.resolution = m_resolution == u"storeCredit" ? u"store_credit"_s
        : m_resolution == u"exchange"                  ? u"exchange"_s
                                                       : u"refund"_s;
    record.currency = m_order->currency;
    record.tokenId = m_tokenId;
    for (int i = m_recordedCount; i < m_acceptedCount; ++i) {
        const auto &entry = m_dropoffLines[size_t(i)];
        const bool credit = m_resolution == u"storeCredit";
        record.items.push_back({ entry.line.lineNo, entry.line.sku, 1, entry.returnReason,
            credit ? entry.storeCredit : entry.refund,
            m_resolution == u"exchange" ? m_exchange.chosenSku(size_t(i)) : QString(), 0,
            credit ? entry.storeCredit - entry.refund : 0 });
    }
    if (!m_journal.recordReturn(record)) {
        qCCritical(lcSession).noquote() << "could not record return:" << m_journal.lastError();
        return false;
    }
    qCInfo(lcSession) << "recorded return" << record.id << "with" << record.items.size() << "items";
    m_recordedCount = m_acceptedCount;
    // The cache remembers it for customer and offline limits; it is rebuilt from the backend if lost.
    m_cache.recordReturn({ record.id, m_order->customerRef, record.orderId, record.createdAt,
        record.refundTotal(), !m_online });
    m_returnId = record.id;
    m_returnReferences.append(ReceiptBuilder::shortReference(record.id));
    Q_EMIT returnRecorded(m_returnId);
    Q_EMIT selectionChanged(); // refundText is now the recorded amount
    printReceipt(record);
    return true;
}

void ReturnSession::back()
{
    touch();
    if (!settled() || lookingUp())
        return;
    m_settling.start();
    setMessage({});
    if ((m_screen == u"reasons" || m_screen == u"questions") && m_stepIndex > 0) {
        --m_stepIndex; // the previous item (or question) on the same screen
        Q_EMIT stepChanged();
        return;
    }
    if (m_screen == u"variant" && m_exchange.back())
        return; // the previous item's size or colour
    m_stepIndex = 0;
    m_flow->submitEvent(u"back"_s);
    Q_EMIT stepChanged();
}

void ReturnSession::cancel()
{
    if (m_screen == u"dropoff" || m_awaitingTag) {
        // Only between items, never with the chute open: what already went in is recorded.
        if (m_awaitingTag) {
            setMessage({});
            completeDropoff();
        }
        return;
    }
    m_flow->submitEvent(u"cancel"_s);
}

void ReturnSession::finish()
{
    m_flow->submitEvent(u"finish"_s);
}

void ReturnSession::wipe()
{
    if (m_station)
        m_station->abort();
    else
        m_chute.abort();
    endFetch(); // a late answer finds nobody waiting (the order may still land in the cache)
    m_missedItems = 0;
    m_order.reset();
    m_tokenId.clear();
    m_verification.clear();
    m_exchange.clear();
    m_lines.clear();
    m_dropoffLines.clear();
    m_dropoffIndex = 0;
    m_acceptedCount = 0;
    m_recordedCount = 0;
    m_stepIndex = 0;
    m_questions.clear();
    m_staff->close();
    m_override = Override::None;
    m_overrideEntries.clear();
    m_resolution.clear();
    m_awaitingTag = false;
    m_receiptPrinted = false;
    m_receiptUrl.clear();
    m_returnId.clear();
    m_returnReferences.clear();
    setMessage({});
    Q_EMIT stepChanged();
    Q_EMIT receiptChanged();
    Q_EMIT orderChanged();
    Q_EMIT selectionChanged();
    Q_EMIT dropoffChanged();
}

} // namespace kiosk
