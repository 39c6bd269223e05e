#pragma once

#include "ChoiceSteps.h"
#include "ChoiceText.h"
#include "ColleagueCall.h"
#include "DropoffRun.h"
#include "ExchangeChoice.h"
#include "FlowEvent.h"
#include "FlowScreen.h"
#include "FlowText.h"
#include "IdleTimer.h"
#include "OrderIntake.h"
#include "ReturnChoice.h"
#include "ReturnHandIn.h"
#include "ReturnRecorder.h"
#include "StaffSignIn.h"
#include "StaffTakeover.h"
#include "config/StaffSettings.h"

#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <memory>

class ReturnFlow;

namespace kiosk {

class CacheStore;
class Clock;
class DropoffStation;
class Journal;
class PolicyStore;
class ProductImageCache;
class KioskService;
class StockLookup;
namespace drivers {
class ReceiptPrinter;
} // namespace drivers

/// One shopper's return, from the first touch to the receipt: the façade QML sees. The journey's
/// states live in ReturnFlow.scxml (FlowScreen names them); the work is done by its parts: OrderIntake
/// (code to order), ReturnChoice (the choices and the ReturnOffer they give), ReturnHandIn with
/// DropoffRun (the chute) and ReturnRecorder (journal and receipt), StaffTakeover with ColleagueCall (a
/// colleague and what their approval overrides), ChoiceSteps (which choice screen comes next),
/// IdleTimer (countdown and tap guard) and ChoiceText (what the choice screens say). This class wires them,
/// decides which screen comes next from the offer, runs the idle timer and the tap guard on the injected
/// clock, and wipes everything when the journey ends.
class ReturnSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(kiosk::FlowScreen::Id screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString screenName READ screenName NOTIFY screenChanged)
    /// Every screen's name, in FlowScreen's order (the self-test shows each).
    Q_PROPERTY(QStringList screenNames READ screenNames CONSTANT)
    /// The header's step, 1..stepCount, 0 on screens outside the steps.
    Q_PROPERTY(int step READ step NOTIFY screenChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    /// Whether the idle countdown shows: always while finishing or waiting for a colleague after a
    /// fault, else in its last 20 seconds, never while the chute, the printer or a colleague works, nor
    /// while the shopper waits for the help they asked for (the time waited shows there).
    Q_PROPERTY(bool countdownShown READ countdownShown NOTIFY idleSecondsLeftChanged)
    Q_PROPERTY(bool countdownFinishing READ countdownFinishing NOTIFY screenChanged)
    /// "I need more time" goes with the countdown (touch() starts it again), but not where the shopper
    /// waits for a colleague.
    Q_PROPERTY(bool moreTimeOffered READ moreTimeOffered NOTIFY screenChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY orderChanged)
    Q_PROPERTY(QAbstractItemModel *lines READ lines CONSTANT)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    /// What the return gives back: the offer's total before the drop-off, the recorded total after.
    Q_PROPERTY(QString refundText READ refundText NOTIFY selectionChanged)
    Q_PROPERTY(int dropoffIndex READ dropoffIndex NOTIFY dropoffChanged)
    Q_PROPERTY(int dropoffTotal READ dropoffTotal NOTIFY dropoffChanged)
    Q_PROPERTY(bool chuteOpen READ chuteOpen NOTIFY dropoffChanged)
    /// While the chute is open: the seconds before it locks again.
    Q_PROPERTY(int chuteSecondsLeft READ chuteSecondsLeft NOTIFY idleSecondsLeftChanged)
    Q_PROPERTY(QString dropoffTitle READ dropoffTitle NOTIFY dropoffChanged)
    /// The titles of the items the shopper keeps (returnless refund), for the keep-it screen.
    Q_PROPERTY(QStringList keptItems READ keptItems NOTIFY selectionChanged)
    /// The short references (first 8 characters, upper case) of every return this session recorded:
    /// one, or more when a fault split the drop-off.
    Q_PROPERTY(QStringList returnReferences READ returnReferences NOTIFY returnRecorded)
    Q_PROPERTY(int idleSecondsLeft READ idleSecondsLeft NOTIFY idleSecondsLeftChanged)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY stepChanged)
    Q_PROPERTY(int stepIndex READ stepIndex NOTIFY stepChanged)
    Q_PROPERTY(int stepTotal READ stepTotal NOTIFY stepChanged)
    Q_PROPERTY(QVariantList reasons READ reasons NOTIFY stepChanged)
    Q_PROPERTY(QString question READ question NOTIFY stepChanged)
    Q_PROPERTY(QVariantList resolutions READ resolutions NOTIFY stepChanged)
    /// On the review screen: each item going back, [{lineNo, title, quantity, reason, amount, keep,
    /// image}]; image is a local file URL, empty until the picture is there (a pictogram shows).
    Q_PROPERTY(QVariantList reviewLines READ reviewLines NOTIFY reviewChanged)
    /// On the review screen: what the shopper gets and where it goes ("Refund $19.00 to the card you
    /// paid with").
    Q_PROPERTY(QString refundTo READ refundTo NOTIFY reviewChanged)
    Q_PROPERTY(bool awaitingTag READ awaitingTag NOTIFY dropoffChanged)
    Q_PROPERTY(QString resolutionText READ resolutionText NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptPrinted READ receiptPrinted NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptUrl READ receiptUrl NOTIFY receiptChanged)
    Q_PROPERTY(QObject *verification READ verification CONSTANT)
    Q_PROPERTY(QObject *exchange READ exchange CONSTANT)
    Q_PROPERTY(kiosk::StaffTakeover *staff READ staff CONSTANT)
    /// A colleague signing in (badge, then PIN): to maintenance mode from the attract screen, or to
    /// take over on the assistance screen.
    Q_PROPERTY(kiosk::StaffSignIn *signIn READ signIn CONSTANT)
    Q_PROPERTY(bool scannerConnected READ scannerConnected NOTIFY scannerChanged)
    Q_PROPERTY(bool lookingUp READ lookingUp NOTIFY lookingUpChanged)
    /// "Need help?" may be tapped: on the shopper's screens, except while the chute is open (there
    /// "Item won't fit?" calls a colleague) or the receipt prints.
    Q_PROPERTY(bool helpOffered READ helpOffered NOTIFY helpChanged)
    /// The assistance screen is the shopper's own call for help: they may call it off, and once it is
    /// over they are back on the screen they left.
    Q_PROPERTY(bool helpCall READ helpCall NOTIFY helpChanged)
    /// On the assistance screen: how long the shopper has been waiting for a colleague.
    Q_PROPERTY(int waitedSeconds READ waitedSeconds NOTIFY idleSecondsLeftChanged)

public:
    struct Config
    {
        QString kioskId;
        QString retailerId; ///< signed return codes must name it
        QTimeZone storeZone = QTimeZone::utc();
        QString orderPrefix = QStringLiteral("RK-");
        int idleTimeoutSeconds = 60;
        int doneTimeoutSeconds = 15;
        /// The done screen stays at least this long while it shows the e-receipt's QR (the printer is
        /// out): time to take out a phone and scan it.
        int eReceiptQrSeconds = 60;
        /// The shopper waits for a colleague on the assistance screen this long before it closes.
        int assistanceTimeoutSeconds = 300;
        QString retailerName;
        QUrl eReceiptBase; ///< the receipt's QR links to <eReceiptBase>/<return id>
        StaffSettings staff; ///< who may sign in (maintenance mode, or taking over on the assistance screen)
        /// After a new screen or step, taps are ignored this long: the second tap of a double tap
        /// must not answer the next question.
        int tapGuardMs = 300;
        /// The longest a shopper waits for the backend to look up an order the cache lacks.
        int lookupTimeoutMs = 8000;
    };

    ReturnSession(CacheStore &cache, Journal &journal, const PolicyStore &policies, DropoffStation &station,
        drivers::ReceiptPrinter &printer, const Clock &clock, const Config &config,
        QObject *parent = nullptr);
    ~ReturnSession() override;

    Screen screen() const { return m_screen; }
    QString screenName() const { return FlowScreen::stateName(m_screen); }
    static QStringList screenNames() { return FlowScreen::stateNames(); }
    int step() const { return FlowScreen::traits(m_screen).step; }
    static int stepCount() { return FlowScreen::StepCount; }
    bool countdownShown() const { return m_idle.shown(chuteWorking()) && !helpCall(); }
    bool countdownFinishing() const { return m_idle.finishing(); }
    bool moreTimeOffered() const { return FlowScreen::traits(m_screen).idle != FlowScreen::Idle::Waiting; }
    QString message() const { return m_message.toString(); }
    QString orderId() const { return m_choice.isOpen() ? m_choice.order().id : QString(); }
    QAbstractItemModel *lines() { return m_choice.lines(); }
    int selectedCount() const { return m_choice.selectedCount(); }
    QString refundText() const { return ChoiceText::refund(m_choice, m_recorder); }
    int dropoffIndex() const { return m_dropoff.index(); }
    int dropoffTotal() const { return m_dropoff.total(); }
    bool chuteOpen() const { return m_dropoff.chuteOpen(); }
    int chuteSecondsLeft() const { return m_dropoff.chuteSecondsLeft(); }
    QString dropoffTitle() const { return m_dropoff.currentTitle(); }
    QStringList keptItems() const { return ChoiceText::keptItems(m_choice.offer()); }
    QString returnId() const { return m_recorder.lastReturnId(); }
    QStringList returnReferences() const { return m_recorder.references(); }
    int idleSecondsLeft() const { return m_idle.secondsLeft(); }
    /// On the reasons and questions screens: the item being asked about, and which of how many.
    QString stepTitle() const { return ChoiceText::stepTitle(m_choice, m_screen == Screen::Questions); }
    int stepIndex() const { return ChoiceText::stepIndex(m_choice, m_screen == Screen::Questions); }
    int stepTotal() const { return ChoiceText::stepTotal(m_choice, m_screen == Screen::Questions); }
    /// [{code, text}] of the policy's return reasons.
    QVariantList reasons() const { return ChoiceText::reasons(m_choice); }
    QString question() const { return ChoiceText::question(m_choice); }
    /// [{code, text, amount}] of the resolutions the offer allows, with what each gives back.
    QVariantList resolutions() const { return ChoiceText::resolutions(m_choice); }
    QVariantList reviewLines() const;
    QString refundTo() const { return ChoiceText::refundTo(m_choice); }
    bool awaitingTag() const { return m_dropoff.awaitingTag(); }
    /// The GTINs whose tag opens the chute now (the camera acts on a doubtful read of one at once).
    QStringList awaitedGtins() const { return m_dropoff.awaitedGtins(); }
    QString resolutionText() const { return ChoiceText::resolution(m_choice); }
    bool receiptPrinted() const { return m_recorder.receiptPrinted(); }
    QString receiptUrl() const { return m_recorder.receiptUrl(); }
    /// On the verify screen: the order waiting for its verifier and the tries left.
    OrderVerification *verification() { return m_intake.verification(); }
    /// On the variant screen: the item being exchanged, its sizes/colours and their stock.
    ExchangeChoice *exchange() { return &m_exchange; }
    /// The colleague who takes over on the assistance screen.
    StaffTakeover *staff() const { return m_staff.get(); }
    StaffSignIn *signIn() const { return m_signIn.get(); }
    /// The offer for what the shopper has chosen so far.
    const ReturnOffer &offer() const { return m_choice.offer(); }

    /// False for tapGuardMs (on the injected clock) after the screen or the step changed: taps then
    /// are ignored.
    bool settled() const { return m_idle.settled(); }

    bool helpOffered() const { return FlowScreen::traits(m_screen).help && !chuteWorking(); }
    bool helpCall() const { return m_screen == Screen::Assistance && m_colleague.helpCall(); }
    int waitedSeconds() const;

    /// The shopper touched "Start a return".
    Q_INVOKABLE void start();
    /// A signed-in colleague in maintenance mode starts the return of @p orderId for the shopper with
    /// them (OrderDesk): no second factor, and the refused lines they overrode (@p overrides) go back.
    void startAssistedReturn(const QString &orderId, const QSet<int> &overrides);
    /// A scanned code: a return QR, an order barcode or number, an item tag at the chute, a badge.
    Q_INVOKABLE void submitCode(const QString &text);
    /// The digits typed on the keypad, without the retailer's order prefix.
    Q_INVOKABLE void submitOrderDigits(const QString &digits);
    /// The billing ZIP/postcode (or e-mail) of the order number on the verify screen.
    Q_INVOKABLE void submitVerifier(const QString &typed);
    Q_INVOKABLE void setSelected(int lineNo, bool selected);
    /// How many units of a line the shopper returns (1 up to what is left).
    Q_INVOKABLE void setQuantity(int lineNo, int quantity);
    Q_INVOKABLE void confirmItems();
    /// The reason for the item on the reasons screen (a policy reason code).
    Q_INVOKABLE void chooseReason(const QString &code);
    /// The answer to the condition question on screen.
    Q_INVOKABLE void answerQuestion(bool yes);
    /// "refund", "storeCredit" or "exchange", if the offer allows it.
    Q_INVOKABLE void chooseResolution(const QString &code);
    /// On the variant screen: the size/colour (its sku) the current item is exchanged for.
    Q_INVOKABLE void chooseVariant(const QString &sku);
    /// On the approval screen: the shopper keeps their choice and asks a colleague to approve it.
    Q_INVOKABLE void askColleague();
    /// On the keep-it screen: the shopper read which items to keep; on to the review.
    Q_INVOKABLE void confirmKeptItems();
    /// On the review screen, "Confirm and open the chute": the drop-off starts (or, every item kept,
    /// the return is recorded). Nothing is recorded before this.
    Q_INVOKABLE void confirmReview();
    /// At drop-off: the item's tag is missing or won't scan, so a colleague checks the item.
    Q_INVOKABLE void cannotScanTag();
    /// At drop-off, the chute open: the item won't fit, so the chute locks and a colleague helps. What
    /// already went in is recorded.
    Q_INVOKABLE void itemWontFit();
    /// "Need help?": calls a colleague (the light, a journaled event) and waits on the assistance screen.
    /// Nothing the shopper chose changes; once the colleague signs out, or the shopper calls it off
    /// (cancelHelp), the journey is back on this screen.
    Q_INVOKABLE void askForHelp();
    /// The shopper no longer needs the colleague they called: back to the screen they left.
    Q_INVOKABLE void cancelHelp();
    Q_INVOKABLE void back();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void finish();
    /// The colleague in maintenance mode signs out ("button"), or was left alone ("idle").
    Q_INVOKABLE void signOut(const QString &why = QStringLiteral("button"));
    /// Any shopper activity, or "I need more time": the screen's whole countdown again.
    Q_INVOKABLE void touch();
    /// The shopper switched language: every text on screen is worded again.
    Q_INVOKABLE void retranslate();
    /// The idle timer's beat (every second): counts down on the injected clock. Tests move the clock
    /// and call it.
    void tick();
    /// The chute is open or sensing an item: the shopper's time stands still.
    bool chuteWorking() const { return m_screen == Screen::Dropoff && !awaitingTag(); }
    bool scannerConnected() const { return m_scannerConnected; }
    /// The barcode scanner came or went. Without it the shopper types the order number; at the
    /// chute, where only a scanned tag opens it, a colleague is called (nothing handed in is lost).
    void setScannerConnected(bool connected);
    /// Whether the backend is reachable; offline decisions follow the policy's offline limits.
    void setOnline(bool online);
    /// Where an exchange asks for stock; without one stock is never confirmed.
    void setStockLookup(StockLookup *stock) { m_exchange.setStockLookup(stock); }
    /// Whether the kiosk takes returns: while it is closed no return starts at attract (a colleague's
    /// badge still signs in). Without one it always does.
    void setService(const KioskService *service) { m_service = service; }
    /// Where an order the cache lacks is looked up while online; without one a miss is "not found".
    void setCacheMissLookup(CacheMissLookup *lookup) { m_intake.setCacheMissLookup(lookup); }
    /// Where the review screen's product pictures come from; without one every item shows a pictogram.
    void setProductImages(ProductImageCache *images);
    /// The backend is looking up an order the cache lacks: the screen says so and ignores taps.
    bool lookingUp() const { return m_intake.lookingUp(); }

Q_SIGNALS:
    void screenChanged();
    void messageChanged();
    void orderChanged();
    void selectionChanged();
    void dropoffChanged();
    void returnRecorded(const QString &returnId);
    void idleSecondsLeftChanged();
    void stepChanged();
    void receiptChanged();
    void scannerChanged();
    void lookingUpChanged();
    void helpChanged();
    /// The review screen's items or refund changed, or a product picture arrived.
    void reviewChanged();
    /// A code was read where scans mean something (before it is looked at): the screen shows a tick.
    void codeRead();
    /// The code read can't be used here (an unknown or refused order, the wrong item's tag, a second
    /// order while one is open): the failed-read sound.
    void readFailed();
    /// The shopper seems to have walked away: the countdown with "I need more time" appears (the
    /// timeout-warning sound).
    void timeoutWarning();

private:
    void send(FlowEvent event);
    /// A tap on @p screen (restarts the idle countdown): true when it is the screen shown, @p enabled,
    /// and not the second tap of a double tap.
    bool tapOn(Screen screen, bool enabled = true);
    void onStateChanged();
    void setMessage(FlowText message);
    void onIdleExpired();
    void onOrderOpened(const ReturnChoice::Source &source,
        const std::vector<ReturnChoice::Preselected> &preselected, const QString &tokenId);
    void onOrderRefused(FlowText why);
    /// The next screen the shopper's choices need, decided from the offer.
    void advance();
    void startDropoff();
    /// True (and logged) while the kiosk is out of service: no return may start.
    bool closedForReturns() const;
    /// Where the journey goes once what went in was recorded (or not).
    void afterRecording(ReturnHandIn::Outcome outcome);
    void onDropoffStopped(const QString &reasonCode, FlowText why, DropoffRun::Stop stop);
    void finishDropoff();
    /// Sends the shopper to a colleague with `event`, telling StaffTakeover why and what an approval
    /// overrides.
    void callColleague(StaffTakeover::Case assistanceCase, ColleagueCall::Override override,
        FlowEvent event = FlowEvent::NeedsStaff);
    void updateLight();
    void wipe();

    const Clock &m_clock;
    Config m_config;
    std::unique_ptr<ReturnFlow> m_flow;
    OrderIntake m_intake;
    ReturnChoice m_choice;
    ExchangeChoice m_exchange;
    ChoiceSteps m_steps { m_choice, m_exchange };
    DropoffStation &m_station;
    QSet<int> m_assistedOverrides; ///< for the order a colleague is opening (startAssistedReturn)
    DropoffRun m_dropoff;
    ReturnRecorder m_recorder;
    std::unique_ptr<StaffSignIn> m_signIn;
    std::unique_ptr<StaffTakeover> m_staff;
    ReturnHandIn m_handIn;
    ColleagueCall m_colleague;
    Screen m_screen = Screen::Attract;
    FlowText m_message; ///< worded on read: a language switch re-words it
    QString m_tokenId; ///< the return code that started this session, refused once used
    const KioskService *m_service = nullptr;
    ProductImageCache *m_images = nullptr;
    bool m_online = false;
    bool m_scannerConnected = true;
    QDateTime m_waitingSince; ///< when the shopper began waiting for a colleague (injected clock)
    IdleTimer m_idle;
};

} // namespace kiosk
