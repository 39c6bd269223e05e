#include "EligibilityMessages.h"

#include "domain/Money.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString EligibilityMessages::lineReason(const LineDecision &decision, const QString &currency)
{
    if (decision.decision == LineDecision::Decision::Eligible)
        return {};
    const QString code = decision.reasonCode;
    // A policy rule's own words (a service desk, a colleague), in the shopper's language when it has it.
    const QJsonObject own = decision.messageParams.value(u"message"_s).toObject();
    if (!own.isEmpty())
        return own.value(QLocale().name().left(2)).toString(own.value(u"en"_s).toString());
    if (code == u"rule.service_desk")
        return tr("Please take this item to the service desk.");
    const QString lastDay = QLocale().toString(decision.lastDay, QLocale::LongFormat);
    if (code == u"window.expired")
        return tr("The return window ended on %1.").arg(lastDay);
    if (code == u"line.final_sale" || code == u"category.final_sale")
        return tr("Final sale: this item can't be returned.");
    if (code == u"line.non_returnable" || code == u"category.non_returnable")
        return tr("This item can't be returned, for hygiene or safety reasons.");
    if (code == u"line.fully_returned")
        return tr("Already returned.");
    if (code == u"bin.out_of_service")
        return tr(
            "The kiosk can't take this item right now: its drop-off is out of service. Please take it to "
            "the service desk.");
    // Order-wide limits name the limit, so the shopper knows what taking an item out would change.
    const qint64 limit = decision.messageParams.value(u"limit"_s).toInteger(-1);
    const bool sayAmount = limit >= 0 && !currency.isEmpty();
    const QString amount = sayAmount ? formatMoney(limit, currency) : QString();
    if (code == u"limit.value_needs_staff" && sayAmount)
        return tr("Returns worth more than %1 need a colleague's approval.").arg(amount);
    if (code == u"limit.value_needs_staff")
        return tr("A return of this value needs a colleague's approval.");
    if (code == u"limit.returns_per_30_days")
        return tr(
            "This account has reached %n return(s) in 30 days, the most the kiosk takes without a colleague.",
            "", int(limit));
    if (code == u"offline.return_limit" && sayAmount)
        return tr(
            "The kiosk is offline: returns worth more than %1 need a colleague's approval until it is back "
            "online.")
            .arg(amount);
    if (code == u"offline.daily_limit" && sayAmount)
        return tr(
            "The kiosk is offline and has reached today's offline refund limit of %1, so a colleague needs "
            "to approve this return.")
            .arg(amount);
    if (code == u"offline.cache_stale" || code == u"offline.return_limit" || code == u"offline.daily_limit")
        return tr("The kiosk is offline, so a colleague needs to approve this item.");
    if (code == u"window.delivery_unknown")
        return tr("We can't see when this item was delivered, so a colleague needs to check it.");
    if (decision.decision == LineDecision::Decision::NeedsStaff)
        return tr("A colleague needs to check this item.");
    return tr("This item can't be returned here.");
}

QString EligibilityMessages::reasonText(const QString &code)
{
    if (code == u"changed_mind")
        return tr("I changed my mind");
    if (code == u"wrong_size")
        return tr("Wrong size or fit");
    if (code == u"defective")
        return tr("It's faulty or damaged");
    if (code == u"not_as_described")
        return tr("Not as described");
    QString words = code;
    words.replace(u'_', u' ');
    return words.isEmpty() ? words : words.at(0).toUpper() + words.mid(1);
}

QString EligibilityMessages::questionText(const QString &id)
{
    if (id == u"question.tags_attached")
        return tr("Are the original tags still attached?");
    if (id == u"question.unworn")
        return tr("Is it unworn, with no marks on the soles?");
    return tr("Is the item in the condition you received it?");
}

QString EligibilityMessages::resolutionText(const QString &name)
{
    if (name == u"storeCredit")
        return tr("Store credit");
    if (name == u"exchange")
        return tr("Exchange for another size or colour");
    return tr("Refund to original payment");
}

} // namespace kiosk
