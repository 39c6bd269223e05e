#include "OrderIntake.h"

#include "Clock.h"
#include "cache/CacheStore.h"
#include "cache/VerifierRetention.h"
#include "codes/CodeParser.h"
#include "journal/Journal.h"
#include "offer/OfferInputs.h"
#include "policy/PolicyStore.h"

#include <QLocale>
#include <QLoggingCategory>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcIntake, "kiosk.intake")

namespace kiosk {

namespace {
FlowText orderNotFound(const QString &orderId)
{
    return [orderId] {
        return OrderIntake::tr("We can't find order %1. Please check the number on your order confirmation.")
            .arg(orderId);
    };
}

/// The backend didn't answer about an order the cache lacks: never worded as "not found".
FlowText backendUnreachable(const QString &orderId)
{
    return [orderId] {
        return OrderIntake::tr("We can't reach our order system to look up order %1 right now. A colleague "
                               "at the service desk can help.")
            .arg(orderId);
    };
}

} // namespace

OrderIntake::OrderIntake(CacheStore &cache, Journal &journal, const PolicyStore &policies, const Clock &clock,
    Config config, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_journal(journal)
    , m_policies(policies)
    , m_clock(clock)
    , m_config(std::move(config))
    , m_verification(journal, clock, m_config.kioskId, this)
{
    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcIntake) << "the backend did not answer the order look-up in time";
        onFetched(m_fetchRequest, CacheMissLookup::Answer::Unreachable);
    });
}

void OrderIntake::setCacheMissLookup(CacheMissLookup *lookup)
{
    if (m_cacheMiss)
        disconnect(m_cacheMiss, nullptr, this, nullptr);
    m_cacheMiss = lookup;
    if (m_cacheMiss)
        connect(m_cacheMiss, &CacheMissLookup::answered, this, &OrderIntake::onFetched);
}

void OrderIntake::submitCode(const QString &text)
{
    if (lookingUp())
        return; // one order at a time: the backend is still looking the last one up
    const auto policy = m_policies.current();
    if (!policy) {
        Q_EMIT refused([] { return tr("This kiosk can't take returns right now. Please ask a colleague."); });
        return;
    }
    const codes::CodeParser parser({ m_config.retailerId, policy->returnTokenKeys, m_config.orderPrefix });
    const codes::ScannedCode code = parser.parse(text, m_clock.now());
    qCInfo(lcIntake) << "code" << code.kind << code.errorCode();
    if (FlowText problem = problemWith(code); !problem.isEmpty()) {
        Q_EMIT refused(std::move(problem));
        return;
    }
    if (code.kind == codes::ScannedCode::Kind::ReturnToken) {
        std::vector<ReturnChoice::Preselected> lines;
        for (const codes::TokenLine &line : code.lines)
            lines.push_back({ line.lineNo, line.quantity, line.reason, line.resolution });
        lookUp(code.orderId, lines, code.tokenId);
        return;
    }
    if (code.kind == codes::ScannedCode::Kind::ReceiptBarcode) {
        // A receipt's number is store, register, a running transaction number and the day: printable by
        // anyone. It names the order; the policy's second factor proves it, counted like an order number's.
        const QString orderId
            = m_cache.orderIdForReceipt({ code.store, code.registerNo, code.transaction, code.receiptDate });
        if (orderId.isEmpty()) {
            Q_EMIT refused([] {
                return tr("We can't find the order for this receipt. Please type the order number printed on "
                          "it, or ask a colleague.");
            });
            return;
        }
        Q_EMIT said({});
        if (answer(m_verification.begin(orderId, policy->receiptFactor)))
            Q_EMIT verifierNeeded();
        return;
    }
    // An order number can be read off an e-mail or a parcel: the order's verifier comes first.
    Q_EMIT said({});
    if (answer(m_verification.begin(code.orderId)))
        Q_EMIT verifierNeeded();
}

void OrderIntake::submitVerifier(const QString &typed)
{
    if (lookingUp())
        return;
    const QString orderId = m_verification.orderId();
    std::optional<Order> order = m_cache.findOrder(orderId);
    if (!order && canFetch()) {
        // Fetched first, so the check runs against the order; one the backend doesn't know is a
        // wrong try like any other. Only an unreachable backend costs no try.
        fetchMissing(orderId, [this, orderId, typed](CacheMissLookup::Answer answer) {
            if (answer == CacheMissLookup::Answer::Unreachable)
                Q_EMIT said(backendUnreachable(orderId));
            else
                checkVerifier(m_cache.findOrder(orderId), typed);
        });
        return;
    }
    checkVerifier(order, typed);
}

void OrderIntake::checkVerifier(const std::optional<Order> &order, const QString &typed)
{
    const QString orderId = m_verification.orderId();
    const bool known = order && order->id == orderId;
    const bool card = m_verification.factor() == SecondFactor::CardLast4;
    // An order past every return window keeps no verifiers (VerifierRetention): it opens only to say
    // that its window has ended, which costs no try.
    const auto policy = m_policies.current();
    if (known && (card ? order->cardHash : order->verifierHash).isEmpty() && policy
        && VerifierRetention::fromPolicy(*policy).pastEveryWindow(*order, m_clock.now())) {
        lookUp(orderId, {}, {});
        return;
    }
    const bool matched
        = known && (card ? m_cache.cardMatches(*order, typed) : m_cache.verifierMatches(*order, typed));
    if (answer(m_verification.check(matched)))
        lookUp(orderId, {}, {});
}

bool OrderIntake::answer(OrderVerification::Outcome outcome)
{
    const QString orderId = m_verification.orderId();
    switch (outcome) {
    case OrderVerification::Outcome::Ready:
    case OrderVerification::Outcome::Verified:
        return true;
    case OrderVerification::Outcome::Wrong:
        if (m_verification.cardLast4())
            Q_EMIT said([orderId, triesLeft = m_verification.triesLeft()] {
                return tr("That doesn't match order %1. Please check the last 4 digits of the card you paid "
                          "with and try again. Tries left: %2.")
                    .arg(orderId)
                    .arg(triesLeft);
            });
        else
            Q_EMIT said([orderId, triesLeft = m_verification.triesLeft()] {
                return tr("That doesn't match order %1. Please check the ZIP code of the billing address and "
                          "try again. Tries left: %2.")
                    .arg(orderId)
                    .arg(triesLeft);
            });
        return false;
    case OrderVerification::Outcome::TooManyTries:
    case OrderVerification::Outcome::Waiting:
        Q_EMIT colleagueNeeded(
            [orderId, until = m_verification.waitUntil(), zone = m_config.storeZone] {
                return tr("We couldn't confirm order %1 here. A colleague can look it up for you, or you can "
                          "try again after %2.")
                    .arg(orderId, QLocale().toString(until.toTimeZone(zone).time(), QLocale::ShortFormat));
            },
            orderId);
        return false;
    case OrderVerification::Outcome::Locked:
    case OrderVerification::Outcome::NotRecorded:
        Q_EMIT colleagueNeeded(
            [orderId] {
                return tr("We couldn't confirm order %1 here. A colleague can look it up for you.")
                    .arg(orderId);
            },
            orderId);
        return false;
    }
    return false;
}

void OrderIntake::openVouchedOrder()
{
    // As if the verifier had matched; an order unknown here or not returnable is refused as usual.
    m_verification.vouched();
    lookUp(m_verification.orderId(), {}, {});
}

void OrderIntake::openForColleague(const QString &orderId)
{
    clear();
    lookUp(orderId, {}, {});
}

FlowText OrderIntake::problemWith(const codes::ScannedCode &code) const
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
    case Kind::ReceiptBarcode:
        return {};
    case Kind::ProductId:
        return [] {
            return tr(
                "That's a product barcode. Please scan the return code from your e-mail or receipt instead.");
        };
    case Kind::StaffBadge:
        return [] { return tr("Staff codes are used in maintenance mode, not here."); };
    case Kind::EnrolmentCode:
        return [] {
            return tr("This kiosk is already enrolled. To enrol it again, a technician resets it first.");
        };
    case Kind::Unknown:
        break;
    }
    return [] {
        return tr(
            "We couldn't read that code. Scan the return code from your e-mail or receipt, or type your "
            "order number.");
    };
}

void OrderIntake::lookUp(const QString &orderId, const std::vector<ReturnChoice::Preselected> &preselected,
    const QString &tokenId, bool fetchOnMiss)
{
    const QDateTime now = m_clock.now();
    // Every return in this kiosk's journal counts until the backend's order lists it.
    auto inputs = OfferInputs::load(
        m_cache, m_journal, orderId, now, OfferInputs::startOfLocalDay(now, m_config.storeZone));
    if (!inputs && fetchOnMiss && canFetch()) {
        fetchMissing(orderId, [this, orderId, preselected, tokenId](CacheMissLookup::Answer answer) {
            if (answer == CacheMissLookup::Answer::Found)
                lookUp(orderId, preselected, tokenId, false); // in the cache now: decided locally as always
            else
                Q_EMIT refused(answer == CacheMissLookup::Answer::NotFound ? orderNotFound(orderId)
                                                                           : backendUnreachable(orderId));
        });
        return;
    }
    if (!inputs) {
        Q_EMIT refused(orderNotFound(orderId));
        return;
    }
    auto policy = m_policies.current();
    if (!policy) {
        Q_EMIT refused([] { return tr("This kiosk can't take returns right now. Please ask a colleague."); });
        return;
    }
    Q_EMIT said({});
    Q_EMIT opened({ std::move(inputs->order), inputs->history, inputs->cacheSyncedAt, std::move(policy) },
        preselected, tokenId);
}

void OrderIntake::fetchMissing(const QString &orderId, std::function<void(CacheMissLookup::Answer)> then)
{
    qCInfo(lcIntake) << "order not in the cache: asking the backend";
    m_fetchRequest = ++m_lastFetchRequest;
    m_afterFetch = std::move(then);
    m_fetchTimer.start(m_config.lookupTimeoutMs);
    Q_EMIT said([orderId] { return tr("Looking up order %1…").arg(orderId); });
    Q_EMIT lookingUpChanged();
    m_cacheMiss->request(m_fetchRequest, orderId);
}

void OrderIntake::onFetched(int requestId, CacheMissLookup::Answer answer)
{
    if (requestId == 0 || requestId != m_fetchRequest) {
        qCInfo(lcIntake) << "ignoring a late order look-up answer" << answer;
        return;
    }
    qCInfo(lcIntake) << "order look-up:" << answer;
    const auto then = std::move(m_afterFetch);
    endFetch();
    then(answer);
}

void OrderIntake::endFetch()
{
    m_fetchTimer.stop();
    m_afterFetch = {};
    if (m_fetchRequest != 0) {
        m_fetchRequest = 0;
        Q_EMIT lookingUpChanged();
    }
}

void OrderIntake::clear()
{
    endFetch();
    m_verification.clear();
}

} // namespace kiosk
