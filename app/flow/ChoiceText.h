#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace kiosk {

class ReturnChoice;
class ReturnOffer;
class ReturnRecorder;

/// What the choice screens say about the shopper's choices and their offer, in the current language:
/// the amount on the item list's button and the done screen, the item and step on the reasons and
/// questions screens, the reasons, the question, the resolutions with what each gives back. Pure
/// wording over ReturnChoice; every amount is the offer's (or, once recorded, the journal's).
class ChoiceText
{
    Q_DECLARE_TR_FUNCTIONS(ChoiceText)
public:
    /// Before the drop-off, what the selection gives (lines a colleague must approve included); after,
    /// what this session's returns give together.
    static QString refund(const ReturnChoice &choice, const ReturnRecorder &recorder);
    /// "2 × Lip balm": the items the shopper keeps.
    static QStringList keptItems(const ReturnOffer &offer);
    /// The item asked about on the reasons screen, or on the questions screen when `questions`.
    static QString stepTitle(const ReturnChoice &choice, bool questions);
    static int stepIndex(const ReturnChoice &choice, bool questions);
    static int stepTotal(const ReturnChoice &choice, bool questions);
    /// [{code, text}] of the policy's return reasons.
    static QVariantList reasons(const ReturnChoice &choice);
    static QString question(const ReturnChoice &choice);
    /// [{code, text, amount}] of the resolutions the offer allows, with what each gives back.
    static QVariantList resolutions(const ReturnChoice &choice);
    /// The chosen resolution, e.g. "Store credit"; empty before a choice.
    static QString resolution(const ReturnChoice &choice);
    /// On the review screen, each item going back: [{lineNo, title, quantity, reason, amount, keep,
    /// imageUrl}] (imageUrl as the order has it; keep: the shopper keeps it, it skips the chute).
    static QVariantList reviewLines(const ReturnChoice &choice);
    /// What the shopper gets and where it goes: "Refund $19.00 to the card you paid with", "Store
    /// credit $20.90". The card's digits are not shown: the kiosk holds them only as a sealed second
    /// factor.
    static QString refundTo(const ReturnChoice &choice);
};

} // namespace kiosk
