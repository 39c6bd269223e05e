#include "StaffCaseText.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString StaffCaseText::cause(const QString &code)
{
    if (code == u"chute.jammed")
        return tr("The drop-off chute is jammed.");
    if (code == u"chute.binfull")
        return tr("The bin under the chute is full.");
    if (code == u"chute.itemnotsensed")
        return tr("The chute opened, but no item was seen going in.");
    if (code == u"chute.itemwontfit")
        return tr("The shopper says the item won't fit into the chute. The chute is locked.");
    if (code.startsWith(u"chute."))
        return tr("The chute's lock is not answering.");
    if (code == u"shopper.help")
        return tr("The shopper asked for help. Nothing they chose has changed.");
    if (code == u"tag.unreadable")
        return tr("The shopper says the item's tag is missing or won't scan.");
    if (code == u"tag.unknown_product")
        return tr("The order has no barcode for this item, so its tag can't confirm it.");
    if (code == u"scanner.disconnected")
        return tr("The barcode scanner is disconnected, so item tags can't be checked.");
    if (code == u"verify.failed")
        return tr("The shopper typed the wrong billing ZIP code or e-mail for this order too many times.");
    if (code == u"condition.failed")
        return tr("The shopper said an item is not in the condition the return policy asks for.");
    if (code == u"journal.write_failed")
        return tr("The kiosk couldn't save the return (a storage fault). Items already in the bin are safe "
                  "there.");
    if (code.startsWith(u"limit."))
        return tr("This return is above what the kiosk may refund without a colleague.");
    if (code.startsWith(u"offline."))
        return tr("The kiosk is offline, and this return is beyond what it may accept offline.");
    return tr("The store's return policy asks a colleague to approve these items.");
}

QStringList StaffCaseText::steps(const QString &code)
{
    if (code == u"chute.jammed" || code == u"chute.itemnotsensed")
        return { tr("Open the service door and clear the chute. An item found inside is in the bin."),
            tr("Close the door, then tap \"Chute cleared: carry on\".") };
    if (code == u"chute.binfull")
        return { tr("Empty the bin into a new tote, or make room in it."),
            tr("Close the door, then tap \"Chute cleared: carry on\".") };
    if (code == u"chute.itemwontfit")
        return { tr("Help the shopper fold or turn the item so that it fits, then tap \"Chute cleared: carry "
                    "on\": the chute asks for its tag again."),
            tr("If it can't fit, end the session: items already in the bin are recorded, the shopper takes "
               "the "
               "rest to the service desk.") };
    if (code.startsWith(u"chute."))
        return { tr("Check the chute lock's cable and power, then tap \"Chute cleared: carry on\"."),
            tr("If it stays stuck, end the session: the shopper keeps what is not in the bin and takes it to "
               "the service desk.") };
    if (code.startsWith(u"tag.") || code == u"scanner.disconnected")
        return { tr("Check that the item is the one on the order and fit to go back."),
            tr("If it is, tap \"Approve the return\": the chute opens for it. If not, end the session.") };
    if (code == u"verify.failed")
        return { tr("Ask for photo ID or the order confirmation and compare them with the order."),
            tr("If they match, tap \"Approve the return\" to open the order. If not, end the session.") };
    if (code == u"shopper.help")
        return { tr("Help the shopper with this screen. Their items and choices are kept."),
            tr("Tap \"Sign out\" when you are done: the shopper carries on where they left off.") };
    if (code == u"journal.write_failed")
        return { tr("Note the order number and the items in the bin."),
            tr("End the session and report the fault; the return is finished at the service desk.") };
    return { tr("Look at the items and check them against the store's return rules."),
        tr("Tap \"Approve the return\" to accept them, or end the session.") };
}

} // namespace kiosk
