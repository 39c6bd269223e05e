#include "OrderDesk.h"

#include "Clock.h"
#include "EligibilityMessages.h"
#include "ReceiptBuilder.h"
#include "StaffSignIn.h"
#include "cache/CacheStore.h"
#include "cache/ContactKey.h"
#include "codes/CodeParser.h"
#include "domain/Money.h"
#include "journal/Journal.h"
#include "offer/ReturnOffer.h"
#include "policy/PolicyStore.h"

#include <QJsonArray>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcOrderDesk, "kiosk.staff.orderdesk")

namespace kiosk {

namespace {

constexpr int MaxMatches = 20;
constexpr int MaxReturnsListed = 20;

QString paymentName(const QString &method)
{
    if (method == u"card")
        return OrderDesk::tr("Card");
    if (method == u"gift_card")
        return OrderDesk::tr("Gift card");
    if (method == u"store_credit")
        return OrderDesk::tr("Store credit");
    if (method == u"cash")
        return OrderDesk::tr("Cash");
    if (method == u"paypal")
        return u"PayPal"_s;
    return method;
}

/// The policy's words for an override reason, in the current language (English stands in).
QString label(const Policy::OverrideReason &reason)
{
    return reason.label.value(QLocale().name().left(2), reason.label.value(u"en"_s, reason.id));
}

} // namespace

OrderDesk::OrderDesk(CacheStore &cache, Journal &journal, const PolicyStore &policies, const Clock &clock,
    const StaffSignIn &signIn, Config config, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
    , m_journal(journal)
    , m_policies(policies)
    , m_clock(clock)
    , m_signIn(signIn)
    , m_config(std::move(config))
{
    // A colleague who signs out leaves no order on the screen for the next one.
    connect(&m_signIn, &StaffSignIn::changed, this, [this] {
        if (!m_signIn.signedIn())
            clear();
    });
}

void OrderDesk::setBinInService(std::function<bool(const QString &bin)> binInService)
{
    m_binInService = std::move(binInService);
}

bool OrderDesk::refuse(FlowText why)
{
    m_message = std::move(why);
    m_problem = true;
    Q_EMIT changed();
    return false;
}

void OrderDesk::clear()
{
    m_inputs.reset();
    m_policy.reset();
    m_decisions.clear();
    m_overrides.clear();
    m_overrideReason.clear();
    m_matches.clear();
    m_message = {};
    m_problem = false;
    Q_EMIT changed();
}

bool OrderDesk::find(const QString &kind, const QString &text)
{
    if (!m_signIn.signedIn())
        return refuse([] { return tr("Sign in first to look up an order."); });
    clear();
    const QString typed = text.trimmed();
    if (kind == u"email" || kind == u"phone") {
        const bool email = kind == u"email";
        if (typed.isEmpty())
            return refuse([email] {
                return email ? tr("Type the customer's e-mail address.")
                             : tr("Type the customer's phone number.");
            });
        const ContactKey::Result key = email ? ContactKey::email(typed) : ContactKey::phone(typed);
        if (key.digest.isEmpty()) {
            qCInfo(lcOrderDesk).noquote() << "malformed" << kind << ":" << key.error;
            return refuse([email] {
                return email
                    ? tr("That is not a complete e-mail address (name@example.com).")
                    : tr("That is not a phone number: 7 to 15 digits, with spaces, dashes or a leading +.");
            });
        }
        const QStringList ids = m_cache.ordersForContact(kind, key.digest, MaxMatches);
        if (ids.isEmpty())
            return refuse([email] {
                return email ? tr("No order in this kiosk's orders has this e-mail address.")
                             : tr("No order in this kiosk's orders has this phone number.");
            });
        if (ids.size() == 1)
            return load(ids.front());
        for (const QString &id : ids) {
            const std::optional<Order> order = m_cache.findOrder(id);
            if (!order)
                continue;
            m_matches.append(QVariantMap { { u"orderId"_s, id },
                { u"text"_s,
                    tr("%1, placed %2")
                        .arg(id,
                            QLocale().toString(order->placedAt.toTimeZone(m_config.storeZone).date(),
                                QLocale::ShortFormat)) } });
        }
        m_message = [count = int(ids.size())] { return tr("%n order(s) fit: choose one.", "", count); };
        Q_EMIT changed();
        return true;
    }
    if (kind != u"order")
        return refuse([] { return tr("Choose what to look up by: order, e-mail or phone."); });
    if (typed.isEmpty())
        return refuse([] { return tr("Type or scan the order number or the receipt barcode."); });
    const std::shared_ptr<const Policy> policy = m_policies.current();
    const codes::CodeParser parser({ m_config.retailerId,
        policy ? policy->returnTokenKeys : QHash<QString, QByteArray> {}, m_config.orderPrefix });
    codes::ScannedCode code = parser.parse(typed, m_clock.now());
    static const QRegularExpression digitsOnly(u"^[0-9]{1,12}$"_s);
    if (code.kind == codes::ScannedCode::Kind::Unknown && digitsOnly.match(typed).hasMatch())
        code = parser.parse(m_config.orderPrefix + typed, m_clock.now()); // the number without its prefix
    using Kind = codes::ScannedCode::Kind;
    if (code.kind == Kind::ReceiptBarcode && code.error == codes::ScannedCode::Error::None) {
        const QString orderId
            = m_cache.orderIdForReceipt({ code.store, code.registerNo, code.transaction, code.receiptDate });
        if (orderId.isEmpty())
            return refuse([] { return tr("No order in this kiosk's orders has this receipt."); });
        return load(orderId);
    }
    if ((code.kind == Kind::OrderNumber || code.kind == Kind::ReturnToken)
        && code.error == codes::ScannedCode::Error::None && !code.orderId.isEmpty())
        return load(code.orderId);
    return refuse([] { return tr("That is neither an order number nor a receipt barcode."); });
}

bool OrderDesk::show(const QString &orderId)
{
    if (!m_signIn.signedIn())
        return refuse([] { return tr("Sign in first to look up an order."); });
    clear();
    return load(orderId);
}

bool OrderDesk::load(const QString &orderId)
{
    const QDateTime now = m_clock.now();
    m_inputs = OfferInputs::load(
        m_cache, m_journal, orderId, now, OfferInputs::startOfLocalDay(now, m_config.storeZone));
    if (!m_inputs)
        return refuse([orderId] { return tr("No order %1 in this kiosk's orders.").arg(orderId); });
    m_policy = m_policies.current();
    if (!m_policy) {
        m_inputs.reset();
        return refuse([] { return tr("No return policy is loaded, so no order can be judged."); });
    }
    qCInfo(lcOrderDesk).noquote() << m_signIn.staffId() << "opened order" << orderId;
    decide();
    m_message = {};
    m_problem = false;
    Q_EMIT changed();
    return true;
}

void OrderDesk::decide()
{
    const ReturnOffer::Context context { &m_inputs->order, m_policy.get(), m_inputs->history, m_clock.now(),
        m_config.storeZone, !m_online, m_inputs->cacheSyncedAt, {}, m_binInService, {} };
    m_decisions = ReturnOffer::catalogue(context);
}

const LineDecision *OrderDesk::decision(int lineNo) const
{
    for (const LineDecision &d : m_decisions)
        if (d.lineNo == lineNo)
            return &d;
    return nullptr;
}

QVariantList OrderDesk::facts() const
{
    if (!found())
        return {};
    const Order &order = m_inputs->order;
    const QLocale locale;
    const auto day = [&](const QDateTime &at) {
        return locale.toString(at.toTimeZone(m_config.storeZone).date(), QLocale::LongFormat);
    };
    QStringList payments;
    for (const QString &method : order.paymentMethods)
        payments.append(paymentName(method));
    QStringList contacts;
    for (const OrderContact &contact : order.contacts)
        contacts.append(contact.masked);
    QVariantList list {
        QVariantMap { { u"label"_s, tr("Placed") }, { u"value"_s, day(order.placedAt) } },
        QVariantMap { { u"label"_s, tr("Delivered") },
            { u"value"_s, order.deliveredAt.isValid() ? day(order.deliveredAt) : tr("Not known") } },
        QVariantMap { { u"label"_s, tr("Paid by") },
            { u"value"_s, payments.isEmpty() ? tr("Not known") : payments.join(u", "_s) } },
        QVariantMap { { u"label"_s, tr("Customer") },
            { u"value"_s, contacts.isEmpty() ? tr("No e-mail or phone on file") : contacts.join(u" · "_s) } },
    };
    if (!order.loyaltyTier.isEmpty())
        list.append(QVariantMap { { u"label"_s, tr("Loyalty tier") }, { u"value"_s, order.loyaltyTier } });
    return list;
}

QVariantList OrderDesk::lines() const
{
    QVariantList list;
    if (!found())
        return list;
    for (const OrderLine &line : m_inputs->order.lines) {
        const LineDecision *d = decision(line.lineNo);
        if (!d)
            continue;
        const bool refused = d->decision == LineDecision::Decision::Ineligible;
        const bool overridden = m_overrides.contains(line.lineNo);
        const bool overridable = refused && !overridden && d->reasonCode != u"line.fully_returned"
            && d->reasonCode != u"bin.out_of_service" && !m_policy->overrideReasons.empty();
        QString state;
        if (overridden) {
            const Policy::OverrideReason *reason
                = m_policy->overrideReason(m_overrideReason.value(line.lineNo));
            state = tr("Overridden: %1").arg(reason ? label(*reason) : QString());
        } else if (refused) {
            state = tr("Refused");
        } else if (d->decision == LineDecision::Decision::NeedsStaff) {
            state = tr("Needs a colleague's approval");
        } else {
            state = tr("Returnable");
        }
        const QStringList rules
            = d->ruleIds.isEmpty() && !d->ruleId.isEmpty() ? QStringList { d->ruleId } : d->ruleIds;
        list.append(QVariantMap { { u"lineNo"_s, line.lineNo }, { u"title"_s, line.title },
            { u"quantity"_s, tr("%1 bought, %2 returned").arg(line.quantity).arg(line.quantityReturned) },
            { u"decision"_s, state }, { u"refused"_s, refused && !overridden },
            { u"overridable"_s, overridable }, { u"overridden"_s, overridden },
            { u"reason"_s, EligibilityMessages::lineReason(*d, m_inputs->order.currency) },
            { u"rules"_s, rules.isEmpty() ? QString() : tr("Rules: %1").arg(rules.join(u", "_s)) } });
    }
    return list;
}

namespace {

QVariantList summaries(
    const std::vector<Journal::ReturnSummary> &returns, const QTimeZone &zone, bool withOrder)
{
    QVariantList list;
    const QLocale locale;
    for (const Journal::ReturnSummary &r : returns) {
        const QString when = locale.toString(r.createdAt.toTimeZone(zone), QLocale::ShortFormat);
        const QString what
            = OrderDesk::tr("%1: %n unit(s), %2, return %3", "", r.units)
                  .arg(when, formatMoney(r.refundTotal, r.currency), ReceiptBuilder::shortReference(r.id));
        list.append(QVariantMap { { u"text"_s, withOrder ? r.orderId + u" · "_s + what : what } });
    }
    return list;
}

} // namespace

QVariantList OrderDesk::orderReturns() const
{
    if (!found())
        return {};
    return summaries(
        m_journal.returnsOfOrders({ m_inputs->order.id }, {}, MaxReturnsListed), m_config.storeZone, false);
}

QVariantList OrderDesk::customerReturns() const
{
    if (!found() || m_inputs->order.customerRef.isEmpty())
        return {};
    const QStringList orders = m_cache.ordersOfCustomer(m_inputs->order.customerRef);
    return summaries(m_journal.returnsOfOrders(orders, m_clock.now().addDays(-RecentDays), MaxReturnsListed),
        m_config.storeZone, true);
}

QVariantList OrderDesk::overrideReasons() const
{
    QVariantList list;
    if (m_policy)
        for (const Policy::OverrideReason &reason : m_policy->overrideReasons)
            list.append(QVariantMap { { u"id"_s, reason.id }, { u"label"_s, label(reason) } });
    return list;
}

bool OrderDesk::canStart() const
{
    for (const LineDecision &d : m_decisions)
        if (d.decision != LineDecision::Decision::Ineligible || m_overrides.contains(d.lineNo))
            return true;
    return false;
}

bool OrderDesk::overrideLine(int lineNo, const QString &reasonId, const QString &note)
{
    if (!m_signIn.signedIn())
        return refuse([] { return tr("Sign in first to override an item."); });
    if (!found())
        return refuse([] { return tr("Find the order first."); });
    const LineDecision *d = decision(lineNo);
    if (!d)
        return refuse([orderId = orderId(), lineNo] {
            return tr("Order %1 has no line %2.").arg(orderId).arg(lineNo);
        });
    if (m_overrides.contains(lineNo))
        return refuse([] { return tr("This item is already overridden."); });
    if (d->decision != LineDecision::Decision::Ineligible)
        return refuse([] { return tr("This item can go back without an override."); });
    if (d->reasonCode == u"line.fully_returned")
        return refuse(
            [] { return tr("Every unit of this item is already returned: there is nothing to override."); });
    if (d->reasonCode == u"bin.out_of_service")
        return refuse([] {
            return tr("This item's drop-off chute is out of service, so no override can take it here. Take "
                      "the item "
                      "at the service desk.");
        });
    if (m_policy->overrideReasons.empty())
        return refuse([] {
            return tr("The store's return policy lists no override reasons, so no item can be overridden.");
        });
    if (reasonId.isEmpty())
        return refuse([] { return tr("Choose a reason for the override."); });
    const Policy::OverrideReason *reason = m_policy->overrideReason(reasonId);
    if (!reason)
        return refuse([] { return tr("That reason is not on the store's override list."); });
    const QString trimmed = note.trimmed();
    if (trimmed.size() > MaxNote)
        return refuse([] { return tr("Keep the note to %1 characters.").arg(MaxNote); });

    const QDateTime now = m_clock.now();
    const OrderLine *line = m_inputs->order.line(lineNo);
    QJsonObject payload { { u"kioskId"_s, m_config.kioskId }, { u"staffId"_s, m_signIn.staffId() },
        { u"orderId"_s, orderId() }, { u"lineNo"_s, lineNo }, { u"sku"_s, line ? line->sku : QString() },
        { u"refusal"_s, d->reasonCode }, { u"ruleId"_s, d->ruleId },
        { u"ruleIds"_s, QJsonArray::fromStringList(d->ruleIds) }, { u"reason"_s, reasonId },
        { u"policyId"_s, m_policy->policyId }, { u"policyVersion"_s, m_policy->version },
        { u"at"_s, now.toString(Qt::ISODateWithMs) } };
    if (!trimmed.isEmpty())
        payload.insert(u"note"_s, trimmed);
    if (!m_journal.recordEvent(
            QUuid::createUuid().toString(QUuid::WithoutBraces), u"staff.override"_s, payload, now)) {
        qCCritical(lcOrderDesk).noquote() << "could not record the override:" << m_journal.lastError();
        return refuse(
            [] { return tr("The override could not be recorded, so it does not count. Please try again."); });
    }
    qCInfo(lcOrderDesk).noquote() << m_signIn.staffId() << "overrode" << d->reasonCode << "on line" << lineNo
                                  << "of" << orderId() << "for" << reasonId;
    m_overrides.insert(lineNo);
    m_overrideReason.insert(lineNo, reasonId);
    m_message
        = [title = line ? line->title : QString()] { return tr("Override recorded for %1.").arg(title); };
    m_problem = false;
    Q_EMIT changed();
    return true;
}

bool OrderDesk::startReturn()
{
    if (!m_signIn.signedIn())
        return refuse([] { return tr("Sign in first to start a return."); });
    if (!found())
        return refuse([] { return tr("Find the order first."); });
    if (!canStart())
        return refuse([] {
            return tr("No item of this order can go back: override one first, or send the shopper to the "
                      "service desk.");
        });
    const QString id = orderId();
    const QSet<int> overrides = m_overrides;
    qCInfo(lcOrderDesk).noquote() << m_signIn.staffId() << "starts the return of" << id << "for the shopper";
    Q_EMIT startRequested(id, overrides);
    return true;
}

} // namespace kiosk
