#include "ChoiceText.h"

#include "EligibilityMessages.h"
#include "ReturnChoice.h"
#include "ReturnRecorder.h"
#include "domain/Money.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString ChoiceText::refund(const ReturnChoice &choice, const ReturnRecorder &recorder)
{
    if (!choice.isOpen())
        return {};
    const QString currency = choice.order().currency;
    if (recorder.hasRecorded())
        return formatMoney(recorder.recordedTotal(), currency);
    const ReturnOffer &offer = choice.offer();
    return formatMoney(
        offer.totals(true).amount(offer.resolution().value_or(Resolution::RefundToOriginal)), currency);
}

QStringList ChoiceText::keptItems(const ReturnOffer &offer)
{
    QStringList titles;
    for (const ReturnOffer::Line &line : offer.lines())
        if (line.goesBack() && line.decision.keepIt)
            titles.append(
                line.quantity() > 1 ? u"%1 × %2"_s.arg(line.quantity()).arg(line.title) : line.title);
    return titles;
}

QString ChoiceText::stepTitle(const ReturnChoice &choice, bool questions)
{
    if (!choice.isOpen())
        return {};
    if (questions) {
        const auto asked = choice.question();
        return asked ? choice.order().line(asked->first)->title : QString();
    }
    const OrderLine *line = choice.reasonLine();
    return line ? line->title : QString();
}

int ChoiceText::stepIndex(const ReturnChoice &choice, bool questions)
{
    return questions ? choice.questionsAnswered() : choice.reasonStep();
}

int ChoiceText::stepTotal(const ReturnChoice &choice, bool questions)
{
    if (questions)
        return choice.questionsAnswered() + int(choice.offer().openQuestions().size());
    return choice.selectedCount();
}

QVariantList ChoiceText::reasons(const ReturnChoice &choice)
{
    QVariantList out;
    if (choice.isOpen())
        for (const Policy::Reason &reason : choice.policy().reasons)
            out.append(QVariantMap {
                { u"code"_s, reason.code }, { u"text"_s, EligibilityMessages::reasonText(reason.code) } });
    return out;
}

QString ChoiceText::question(const ReturnChoice &choice)
{
    const auto asked = choice.isOpen() ? choice.question() : std::nullopt;
    return asked ? EligibilityMessages::questionText(asked->second) : QString();
}

QVariantList ChoiceText::resolutions(const ReturnChoice &choice)
{
    if (!choice.isOpen())
        return {};
    const ReturnOffer &offer = choice.offer();
    const QString currency = choice.order().currency;
    const ReturnOffer::Figures totals = offer.totals();
    QVariantList out;
    for (const Resolution r : offer.resolutions()) {
        const QString name = resolutionName(r);
        QString amount = formatMoney(totals.amount(r), currency);
        if (r == Resolution::StoreCredit && totals.bonus > 0)
            amount = tr("%1 (includes a %2 bonus)")
                         .arg(formatMoney(totals.amount(r), currency), formatMoney(totals.bonus, currency));
        else if (r == Resolution::Exchange)
            amount.clear(); // same value, another size or colour: the button says it
        out.append(QVariantMap { { u"code"_s, name },
            { u"text"_s, EligibilityMessages::resolutionText(name) }, { u"amount"_s, amount } });
    }
    return out;
}

QVariantList ChoiceText::reviewLines(const ReturnChoice &choice)
{
    if (!choice.isOpen())
        return {};
    const ReturnOffer &offer = choice.offer();
    const Resolution resolution = offer.resolution().value_or(Resolution::RefundToOriginal);
    QVariantList out;
    for (const ReturnOffer::Line &line : offer.lines()) {
        if (!line.goesBack())
            continue;
        const OrderLine *ordered = choice.order().line(line.lineNo());
        out.append(QVariantMap { { u"lineNo"_s, line.lineNo() }, { u"title"_s, line.title },
            { u"quantity"_s, line.quantity() },
            { u"reason"_s, EligibilityMessages::reasonText(line.decision.returnReason) },
            { u"amount"_s,
                resolution == Resolution::Exchange
                    ? QString()
                    : formatMoney(line.figures().amount(resolution), choice.order().currency) },
            { u"keep"_s, line.decision.keepIt },
            { u"imageUrl"_s, ordered ? ordered->imageUrl : QString() } });
    }
    return out;
}

QString ChoiceText::refundTo(const ReturnChoice &choice)
{
    const auto chosen = choice.isOpen() ? choice.offer().resolution() : std::nullopt;
    if (!chosen)
        return {};
    const ReturnOffer::Figures totals = choice.offer().totals();
    const QString currency = choice.order().currency;
    const QString amount = formatMoney(totals.amount(*chosen), currency);
    switch (*chosen) {
    case Resolution::StoreCredit:
        return totals.bonus > 0
            ? tr("Store credit %1 (includes a %2 bonus)").arg(amount, formatMoney(totals.bonus, currency))
            : tr("Store credit %1").arg(amount);
    case Resolution::Exchange:
        return tr("An exchange for the size or colour you chose: nothing to pay");
    case Resolution::RefundToOriginal:
        break;
    }
    const QStringList paid = choice.order().paymentMethods;
    if (paid == QStringList { u"card"_s })
        return tr("Refund %1 to the card you paid with").arg(amount);
    if (paid == QStringList { u"giftcard"_s })
        return tr("Refund %1 to your gift card").arg(amount);
    return tr("Refund %1 to the way you paid").arg(amount);
}

QString ChoiceText::resolution(const ReturnChoice &choice)
{
    const auto chosen = choice.isOpen() ? choice.offer().resolution() : std::nullopt;
    return chosen ? EligibilityMessages::resolutionText(resolutionName(*chosen)) : QString();
}

} // namespace kiosk
