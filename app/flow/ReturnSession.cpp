#include "ReturnSession.h"

#include "Clock.h"
#include "DropoffStation.h"
#include "EligibilityMessages.h"
#include "KioskService.h"
#include "ReturnFlow.h"
#include "codes/CodeParser.h"
#include "domain/Money.h"
#include "images/ProductImageCache.h"

#include <QLoggingCategory>

#include <utility>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "kiosk.session")

namespace kiosk {

namespace {
using Scans = FlowScreen::Scans;
using Override = ColleagueCall::Override;

FlowText notSaved()
{
    return [] {
        return ReturnSession::tr("Your items are safe in the kiosk, but we couldn't save the return. "
                                 "Please show this screen to a colleague.");
    };
}
} // namespace

ReturnSession::ReturnSession(CacheStore &cache, Journal &journal, const PolicyStore &policies,
    DropoffStation &station, drivers::ReceiptPrinter &printer, const Clock &clock, const Config &config,
    QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_config(config)
    , m_flow(std::make_unique<ReturnFlow>())
    , m_intake(cache, journal, policies, clock,
          { config.retailerId, config.kioskId, config.orderPrefix, config.storeZone, config.lookupTimeoutMs })
    , m_choice(clock, config.storeZone)
    , m_exchange(this)
    , m_station(station)
    , m_dropoff(station, clock)
    , m_recorder(cache, journal, printer, clock,
          { config.kioskId, config.retailerName, config.eReceiptBase, config.storeZone })
    , m_signIn(std::make_unique<StaffSignIn>(journal, clock, config.staff, config.kioskId))
    , m_staff(std::make_unique<StaffTakeover>(journal, clock, *m_signIn, config.kioskId))
    , m_handIn(m_dropoff, m_recorder)
    , m_colleague(*m_staff, m_intake, m_choice, m_dropoff)
    , m_idle(clock,
          { config.idleTimeoutSeconds, config.doneTimeoutSeconds, config.assistanceTimeoutSeconds,
              config.staff.signedInSeconds, config.tapGuardMs })
{
    connect(m_flow.get(), &QScxmlStateMachine::reachedStableState, this, &ReturnSession::onStateChanged);
    m_choice.setBinInService([&station](const QString &bin) { return station.binInService(bin); });
    connect(&m_intake, &OrderIntake::opened, this, &ReturnSession::onOrderOpened);
    connect(&m_intake, &OrderIntake::refused, this, &ReturnSession::onOrderRefused);
    connect(&m_intake, &OrderIntake::said, this, &ReturnSession::setMessage);
    connect(&m_intake, &OrderIntake::verifierNeeded, this, [this] { send(FlowEvent::VerifyNeeded); });
    connect(&m_intake, &OrderIntake::colleagueNeeded, this, [this](FlowText why, const QString &orderId) {
        setMessage(std::move(why));
        // A colleague who checked the shopper's ID or e-mail may open the order anyway.
        callColleague({ u"verify.failed"_s, orderId, {}, {}, true, false }, Override::Verifier);
    });
    connect(&m_intake, &OrderIntake::lookingUpChanged, this, [this] {
        if (lookingUp() && m_screen == Screen::Attract) // a code scanned on attract: wait on the next one
            send(FlowEvent::Start);
        Q_EMIT lookingUpChanged();
    });
    connect(&m_choice, &ReturnChoice::changed, this, &ReturnSession::selectionChanged);
    connect(this, &ReturnSession::selectionChanged, this, &ReturnSession::reviewChanged);
    connect(this, &ReturnSession::stepChanged, this, &ReturnSession::reviewChanged);
    connect(&m_dropoff, &DropoffRun::changed, this, &ReturnSession::dropoffChanged);
    connect(
        &m_dropoff, &DropoffRun::changed, this, &ReturnSession::helpChanged); // not while the chute is open
    connect(&m_dropoff, &DropoffRun::message, this, &ReturnSession::setMessage);
    connect(&m_dropoff, &DropoffRun::complete, this, &ReturnSession::finishDropoff);
    connect(&m_dropoff, &DropoffRun::tagRefused, this, &ReturnSession::readFailed);
    connect(&m_dropoff, &DropoffRun::stopped, this, &ReturnSession::onDropoffStopped);
    connect(&m_recorder, &ReturnRecorder::recorded, this, &ReturnSession::returnRecorded);
    connect(&m_recorder, &ReturnRecorder::receiptChanged, this, &ReturnSession::receiptChanged);
    connect(&m_recorder, &ReturnRecorder::printFinished, this, [this] {
        if (m_flow->activeStateNames(true).value(0) == FlowScreen::stateName(Screen::Receipt))
            send(FlowEvent::ReceiptDone);
    });
    // One sign-in for both doors: on attract it opens maintenance mode, on assistance the takeover.
    connect(m_signIn.get(), &StaffSignIn::changed, this, [this] {
        if (m_signIn->signedIn() && (m_screen == Screen::StaffSignIn || m_screen == Screen::Assistance))
            send(FlowEvent::StaffSignedIn);
        else if (!m_signIn->signedIn() && m_screen == Screen::Staff && m_colleague.helpCall())
            send(FlowEvent::HelpDone); // the colleague who came to help is done: where the shopper was
        else if (!m_signIn->signedIn() && (m_screen == Screen::Maintenance || m_screen == Screen::Staff))
            send(FlowEvent::StaffSignedOut); // signed out, or left alone
    });
    connect(&m_colleague, &ColleagueCall::acted, this, [this] { setMessage({}); });
    connect(&m_colleague, &ColleagueCall::choicesApproved, this, &ReturnSession::advance);
    connect(&m_colleague, &ColleagueCall::lettingItemIn, this, [this] { send(FlowEvent::OverrideDropoff); });
    connect(&m_colleague, &ColleagueCall::resumingDropoff, this, [this] { send(FlowEvent::ChuteCleared); });
    connect(&m_idle, &IdleTimer::changed, this, &ReturnSession::idleSecondsLeftChanged);
    connect(&m_idle, &IdleTimer::expired, this, &ReturnSession::onIdleExpired);
    connect(&m_idle, &IdleTimer::warning, this, [this] {
        if (!helpCall()) // a colleague is on the way: the countdown is hidden
            Q_EMIT timeoutWarning();
    });
    m_flow->start();
    onStateChanged();
}

ReturnSession::~ReturnSession() = default;

void ReturnSession::send(FlowEvent event)
{
    m_flow->submitEvent(eventName(event));
}

void ReturnSession::onStateChanged()
{
    const QStringList active = m_flow->activeStateNames(true);
    const Screen screen = FlowScreen::fromState(active.value(0)).value_or(Screen::Attract);
    if (screen == m_screen && !active.isEmpty())
        return;
    qCInfo(lcSession) << "screen" << m_screen << "->" << screen;
    if (screen == Screen::Assistance && m_screen != Screen::Staff) // a colleague signing out: still waiting
        m_waitingSince = m_clock.now();
    m_screen = screen;
    m_idle.settle();
    updateLight();
    if (screen == Screen::Attract)
        wipe();
    else if (screen != Screen::Assistance && screen != Screen::Staff && screen != Screen::StaffSignIn
        && screen != Screen::Maintenance) {
        m_signIn->signOut(u"handed_back"_s); // the shopper carries on: a colleague's powers end here
        m_signIn->cancel(); // and a badge scanned while they waited names nobody any more
        if (m_colleague.helpCall()) // the help is over: the shopper carries on
            m_colleague.clear();
    }
    touch();
    Q_EMIT screenChanged();
    Q_EMIT helpChanged();
}

void ReturnSession::setMessage(FlowText message)
{
    if (!message.isEmpty() || !m_message.isEmpty()) {
        m_message = std::move(message);
        Q_EMIT messageChanged();
    }
}

void ReturnSession::touch()
{
    const bool qrShown = m_screen == Screen::Done && !receiptPrinted() && !receiptUrl().isEmpty();
    m_idle.restart(m_screen, qrShown ? m_config.eReceiptQrSeconds : 0);
}

int ReturnSession::waitedSeconds() const
{
    if (m_screen != Screen::Assistance || !m_waitingSince.isValid())
        return 0;
    return int(std::max<qint64>(0, m_waitingSince.secsTo(m_clock.now())));
}

void ReturnSession::tick()
{
    m_idle.tick(chuteWorking());
}

void ReturnSession::onIdleExpired()
{
    if (m_screen == Screen::Maintenance || m_screen == Screen::Staff) { // a colleague's screen left alone
        signOut(u"idle"_s);
        return;
    }
    if (m_screen == Screen::Dropoff) { // walked away between items: keep what went in
        cancel();
        return;
    }
    if (helpCall()) { // nobody came: back where the shopper was, whose own countdown then runs
        send(FlowEvent::HelpDone);
        return;
    }
    send(FlowScreen::traits(m_screen).idle == FlowScreen::Idle::Shopper ? FlowEvent::IdleTimeout
                                                                        : FlowEvent::Finish);
}

void ReturnSession::updateLight()
{
    // Staff see from across the store that someone (or the scanner) needs them.
    m_station.setAttention(
        m_screen == Screen::Assistance || m_screen == Screen::Staff || !m_scannerConnected);
}

void ReturnSession::setScannerConnected(bool connected)
{
    if (connected == m_scannerConnected)
        return;
    qCWarning(lcSession) << "scanner" << (connected ? "connected" : "disconnected");
    m_scannerConnected = connected;
    Q_EMIT scannerChanged();
    updateLight();
    if (!connected && m_screen == Screen::Dropoff)
        m_dropoff.scannerLost();
}

void ReturnSession::setOnline(bool online)
{
    m_online = online;
    m_intake.setOnline(online);
}

void ReturnSession::retranslate()
{
    m_choice.lines()->retranslate();
    Q_EMIT m_staff->problemChanged(); // worded on read, like the rest
    Q_EMIT m_staff->caseChanged(); // the cause and the steps
    m_signIn->retranslate();
    Q_EMIT messageChanged();
    Q_EMIT stepChanged(); // the reasons, the question and the resolutions
    Q_EMIT receiptChanged(); // the resolution on the done screen
    Q_EMIT m_exchange.changed(); // the sizes and colours offered and chosen
}

bool ReturnSession::closedForReturns() const
{
    if (!m_service || !m_service->closed())
        return false;
    qCInfo(lcSession) << "out of service: no return starts";
    return true;
}

void ReturnSession::startAssistedReturn(const QString &orderId, const QSet<int> &overrides)
{
    if (m_screen != Screen::Maintenance || !m_signIn->signedIn())
        return;
    qCInfo(lcSession).noquote() << m_signIn->staffId() << "starts a return for the shopper:" << orderId;
    m_assistedOverrides = overrides;
    m_intake.openForColleague(orderId);
}

void ReturnSession::start()
{
    if (closedForReturns())
        return;
    setMessage({});
    send(FlowEvent::Start);
}

void ReturnSession::submitCode(const QString &text)
{
    touch();
    const Scans onScreen = FlowScreen::traits(m_screen).scans;
    if (onScreen != Scans::Ignored || m_dropoff.awaitingTag())
        Q_EMIT codeRead(); // at once: the shopper sees the scanner read it, whatever it turns out to be
    // A tag awaited before the drop-off screen shows counts; while a colleague is called, a badge does.
    const Scans scans
        = m_dropoff.awaitingTag() && onScreen != Scans::StaffBadges ? Scans::ItemTags : onScreen;
    const auto parse = [&] {
        return codes::CodeParser({ m_config.retailerId, {}, m_config.orderPrefix })
            .parse(text, m_clock.now());
    };
    if (m_screen == Screen::Attract || scans == Scans::StaffBadges) {
        // A colleague's badge names them; their PIN signs them in (an unknown badge is counted there).
        // On attract it leads to maintenance mode, on assistance to the takeover.
        const codes::ScannedCode code = parse();
        if (code.kind == codes::ScannedCode::Kind::StaffBadge && code.isValid()) {
            m_signIn->cancel();
            m_signIn->submitBadge(code.staffId);
            if (m_screen == Screen::Attract)
                send(FlowEvent::StaffBadge);
            return;
        }
        if (m_screen == Screen::Attract && closedForReturns())
            return;
    }
    switch (scans) {
    case Scans::OrderCodes:
        m_intake.submitCode(text);
        return;
    case Scans::ItemTags:
        m_dropoff.onTag(parse());
        return;
    case Scans::StaffBadges: // only a colleague's badge (above) means anything here
        return;
    case Scans::Ignored:
        break;
    }
    qCInfo(lcSession) << "ignoring a code scanned on" << m_screen;
    if (m_screen == Screen::Items) { // the shopper may think it adds an order: say what to do instead
        Q_EMIT readFailed();
        setMessage([] { return tr("Please finish or cancel this return first, then scan the next code."); });
    }
}

void ReturnSession::submitOrderDigits(const QString &digits)
{
    submitCode(m_config.orderPrefix + digits);
}

void ReturnSession::submitVerifier(const QString &typed)
{
    if (tapOn(Screen::Verify, !lookingUp())) // a double tap on OK is one try
        m_intake.submitVerifier(typed);
}

void ReturnSession::onOrderRefused(FlowText why)
{
    qCInfo(lcSession).noquote() << "code refused:" << why.toString();
    Q_EMIT readFailed();
    setMessage(std::move(why));
    if (m_screen == Screen::Attract) // a code scanned on the attract screen: explain it on the next one
        send(FlowEvent::Start);
    else if (m_screen == Screen::Verify || m_screen == Screen::Staff) // say so where codes go
        send(FlowEvent::OrderRefused);
}

void ReturnSession::onOrderOpened(const ReturnChoice::Source &source,
    const std::vector<ReturnChoice::Preselected> &preselected, const QString &tokenId)
{
    ReturnChoice::Source opened = source;
    opened.staffOverrides = std::exchange(m_assistedOverrides, {});
    m_choice.open(opened, !m_online, preselected, !tokenId.isEmpty());
    if (m_choice.lines()->eligibleCount() == 0) {
        const auto &entries = m_choice.lines()->entries();
        const FlowText why = entries.empty() ? FlowText() : entries.front().reason;
        m_choice.clear();
        onOrderRefused([orderId = source.order.id, why] {
            return tr("Order %1 can't be returned here. %2 A colleague at the service desk can help.")
                .arg(orderId, why.toString());
        });
        return;
    }
    m_tokenId = tokenId;
    if (m_images) // fetched in the background while the shopper chooses: there by the review
        for (const OrderLine &line : source.order.lines)
            m_images->image(line.imageUrl);
    setMessage({});
    Q_EMIT orderChanged();
    send(FlowEvent::OrderFound);
    // Choices made online came with the code: straight on to whatever the policy still asks.
    const bool carriedChoices = std::any_of(preselected.begin(), preselected.end(),
        [](const ReturnChoice::Preselected &p) { return !p.reason.isEmpty() || !p.resolution.isEmpty(); });
    if (carriedChoices && m_choice.selectedCount() > 0)
        advance();
}

void ReturnSession::advance()
{
    Q_EMIT stepChanged();
    const std::optional<FlowEvent> next = m_steps.next();
    if (!next) {
        startDropoff();
        return;
    }
    if (*next == FlowEvent::GoApproval)
        setMessage(
            [d = m_choice.offer().firstNeedingStaff()->decision, currency = m_choice.offer().currency()] {
                return EligibilityMessages::lineReason(d, currency);
            });
    send(*next);
}

void ReturnSession::startDropoff()
{
    if (m_handIn.begin(m_choice, m_exchange, m_tokenId, m_online))
        send(FlowEvent::GoDropoff);
    else
        afterRecording(m_handIn.recordWhatWentIn()); // every item is kept: recorded at once
}

void ReturnSession::finishDropoff()
{
    m_dropoff.halt();
    afterRecording(m_handIn.recordWhatWentIn());
}

void ReturnSession::afterRecording(ReturnHandIn::Outcome outcome)
{
    switch (outcome) {
    case ReturnHandIn::Outcome::Recorded:
        Q_EMIT selectionChanged(); // refundText is now the recorded amount
        send(FlowEvent::DropoffComplete);
        return;
    case ReturnHandIn::Outcome::NothingWentIn:
        if (m_recorder.hasRecorded()) // a colleague cleared the chute, the rest stayed out
            send(FlowEvent::DropoffComplete);
        else
            send(m_message.isEmpty() ? FlowEvent::DropoffAbandoned : FlowEvent::DropoffFailed);
        return;
    case ReturnHandIn::Outcome::NotRecorded:
        setMessage(notSaved());
        callColleague(
            { u"journal.write_failed"_s, orderId(), {}, {} }, Override::None, FlowEvent::DropoffFailed);
        return;
    }
}

void ReturnSession::onDropoffStopped(const QString &reasonCode, FlowText why, DropoffRun::Stop stop)
{
    // Whatever already went into the bin is recorded; the rest stays with the shopper.
    const ReturnHandIn::Outcome outcome = m_handIn.recordWhatWentIn();
    const bool recorded = outcome != ReturnHandIn::Outcome::NotRecorded;
    if (outcome == ReturnHandIn::Outcome::Recorded)
        Q_EMIT selectionChanged();
    setMessage(recorded ? std::move(why) : notSaved());
    const bool colleagueChecks = recorded && stop == DropoffRun::Stop::ColleagueChecksItem;
    StaffTakeover::Case stopped
        = ColleagueCall::dropoffStopped(reasonCode, orderId(), m_handIn.linesLeft(), stop, recorded);
    stopped.inBin = m_handIn.titlesIn();
    callColleague(
        std::move(stopped), colleagueChecks ? Override::Item : Override::None, FlowEvent::DropoffFailed);
}

void ReturnSession::callColleague(
    StaffTakeover::Case assistanceCase, ColleagueCall::Override override, FlowEvent event)
{
    m_colleague.open(std::move(assistanceCase), override);
    send(event);
}

void ReturnSession::setSelected(int lineNo, bool selected)
{
    touch();
    if (m_screen == Screen::Items && !m_choice.setSelected(lineNo, selected))
        qCWarning(lcSession) << "refused: line" << lineNo
                             << "can't be chosen (not in the order, or not returnable)";
}

void ReturnSession::setQuantity(int lineNo, int quantity)
{
    touch();
    if (m_screen == Screen::Items && !m_choice.setQuantity(lineNo, quantity))
        qCWarning(lcSession) << "refused:" << quantity << "units of line" << lineNo
                             << "(1 up to what is left)";
}

bool ReturnSession::tapOn(Screen screen, bool enabled)
{
    touch();
    return m_screen == screen && enabled && m_idle.acceptsTap();
}

void ReturnSession::confirmItems()
{
    if (!tapOn(Screen::Items, m_choice.selectedCount() > 0))
        return;
    setMessage({});
    m_steps.restart();
    advance();
}

void ReturnSession::askColleague()
{
    if (tapOn(Screen::Approval, m_choice.offer().needsStaff()))
        callColleague(ColleagueCall::linesNeedingStaff(m_choice.offer(), orderId()), Override::Lines);
}

void ReturnSession::chooseReason(const QString &code)
{
    if (!tapOn(Screen::Reasons))
        return;
    if (!m_choice.chooseReason(code))
        qCWarning(lcSession) << "refused: reason" << code << "is not in the policy";
    else if (m_choice.reasonLine()) // the next item's reasons appear where the tap was
        Q_EMIT stepChanged();
    else
        advance();
}

void ReturnSession::answerQuestion(bool yes)
{
    const auto asked = m_choice.question();
    if (!tapOn(Screen::Questions, asked.has_value()))
        return;
    const QString title = m_choice.order().line(asked->first)->title;
    switch (m_choice.answer(yes)) {
    case ReturnChoice::Answer::Recorded:
        break;
    case ReturnChoice::Answer::ItemDropped:
        if (m_choice.selectedCount() == 0)
            setMessage([title] { return tr("The %1 can't be returned in this condition.").arg(title); });
        break;
    case ReturnChoice::Answer::ColleagueNeeded:
        setMessage(
            [title] { return tr("A colleague needs to check the %1 before it can go back.").arg(title); });
        callColleague({ u"condition.failed"_s, orderId(), { asked->first }, { title }, true, false },
            Override::Condition);
        return;
    }
    advance();
}

void ReturnSession::chooseResolution(const QString &code)
{
    touch();
    const auto resolution = resolutionFromName(code);
    // On the variant screen the shopper may still take another resolution (store credit instead of an
    // exchange whose stock can't be confirmed).
    const bool onVariants = m_screen == Screen::Variant && resolution != Resolution::Exchange;
    if ((m_screen != Screen::Resolution && !onVariants) || !m_idle.acceptsTap())
        return;
    if (!resolution || !m_steps.chooseResolution(*resolution)) {
        qCWarning(lcSession) << "refused: resolution" << code << "is not offered for this return";
        return;
    }
    advance();
}

void ReturnSession::chooseVariant(const QString &sku)
{
    if (tapOn(Screen::Variant) && m_exchange.choose(sku) && m_exchange.isComplete())
        advance();
}

void ReturnSession::confirmKeptItems()
{
    if (!tapOn(Screen::KeepIt))
        return;
    m_steps.keptItemsSeen();
    advance();
}

void ReturnSession::confirmReview()
{
    if (!tapOn(Screen::Review))
        return;
    m_steps.reviewConfirmed();
    advance();
}

void ReturnSession::setProductImages(ProductImageCache *images)
{
    m_images = images;
    if (images)
        connect(images, &ProductImageCache::imageReady, this, &ReturnSession::reviewChanged);
}

QVariantList ReturnSession::reviewLines() const
{
    QVariantList lines = ChoiceText::reviewLines(m_choice);
    for (QVariant &line : lines) {
        QVariantMap map = line.toMap();
        const QString imageUrl = map.take(u"imageUrl"_s).toString();
        map.insert(u"image"_s, m_images ? m_images->image(imageUrl) : QUrl());
        line = map;
    }
    return lines;
}

void ReturnSession::cannotScanTag()
{
    if (tapOn(Screen::Dropoff))
        m_dropoff.tagUnreadable();
}

void ReturnSession::itemWontFit()
{
    if (tapOn(Screen::Dropoff, chuteWorking()))
        m_dropoff.itemWontFit();
}

void ReturnSession::askForHelp()
{
    if (!tapOn(m_screen, helpOffered()) || lookingUp())
        return;
    // What the colleague sees of the return: at the chute, what went in and what is left; before it, the
    // items chosen so far; once it is recorded, just the order.
    std::vector<std::pair<int, QString>> withShopper;
    QStringList inBin;
    if (m_screen == Screen::Dropoff) {
        withShopper = m_handIn.linesLeft();
        inBin = m_handIn.titlesIn();
    } else if (m_screen != Screen::Done) {
        for (const ReturnOffer::Line &line : m_choice.offer().lines())
            withShopper.emplace_back(line.lineNo(), line.title);
    }
    m_colleague.openHelp(ColleagueCall::helpRequested(orderId(), withShopper, inBin), screenName());
    send(FlowEvent::Help);
}

void ReturnSession::cancelHelp()
{
    if (tapOn(Screen::Assistance, m_colleague.helpCall()))
        send(FlowEvent::HelpDone);
}

void ReturnSession::back()
{
    touch();
    if (!m_idle.acceptsTap() || lookingUp())
        return;
    setMessage({});
    if (m_steps.back(m_screen)) { // the previous item or question, on the same screen
        Q_EMIT stepChanged();
        return;
    }
    send(FlowEvent::Back);
    Q_EMIT stepChanged();
}

void ReturnSession::cancel()
{
    if (m_screen == Screen::Dropoff || m_dropoff.awaitingTag()) { // awaiting a tag before the screen shows
        // Only between items, never with the chute open: what already went in is recorded.
        if (m_dropoff.awaitingTag()) {
            setMessage({});
            finishDropoff();
        }
        return;
    }
    send(FlowEvent::Cancel);
}

void ReturnSession::finish()
{
    send(FlowEvent::Finish);
}

void ReturnSession::signOut(const QString &why)
{
    m_signIn->signOut(why);
}

void ReturnSession::wipe()
{
    m_dropoff.abort();
    m_intake.clear(); // a late look-up answer finds nobody waiting (the order may still land in the cache)
    m_choice.clear();
    m_exchange.clear();
    m_recorder.clear();
    m_colleague.clear();
    m_signIn->cancel();
    m_tokenId.clear();
    m_steps.clear();
    m_handIn.clear();
    setMessage({});
    Q_EMIT stepChanged();
    Q_EMIT receiptChanged();
    Q_EMIT orderChanged();
    Q_EMIT selectionChanged();
    Q_EMIT dropoffChanged();
}

} // namespace kiosk
