#pragma once

#include "ExchangeChoice.h"
#include "FlowText.h"
#include "OrderVerification.h"
#include "ReturnLinesModel.h"
#include "StaffTakeover.h"
#include "codes/ScannedCode.h"
#include "config/StaffSettings.h"
#include "domain/Order.h"
#include "dropoff/ChuteLock.h"
#include "sync/CacheMissLookup.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class ReturnFlow;

namespace kiosk {
struct ReturnRecord;
}

namespace kiosk {

class CacheStore;
class Clock;
class DropoffStation;
class Journal;
class PolicyStore;
class StockLookup;
namespace drivers {
class ReceiptPrinter;
} // namespace drivers

/// One shopper's return, from the first touch to the receipt: looks the order up, decides what can
/// be returned, runs the drop-off for each chosen item and records the return in the journal before
/// the shopper is told it is done. The journey's states live in ReturnFlow.scxml; QML observes
/// `screen` and calls the invokables. Everything is wiped when the journey ends.
class ReturnSession : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString screen READ screen NOTIFY screenChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY orderChanged)
    Q_PROPERTY(QAbstractItemModel *lines READ lines CONSTANT)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged)
    Q_PROPERTY(QString refundText READ refundText NOTIFY selectionChanged)
    Q_PROPERTY(int dropoffIndex READ dropoffIndex NOTIFY dropoffChanged)
    Q_PROPERTY(int dropoffTotal READ dropoffTotal NOTIFY dropoffChanged)
    Q_PROPERTY(bool chuteOpen READ chuteOpen NOTIFY dropoffChanged)
    Q_PROPERTY(QString dropoffTitle READ dropoffTitle NOTIFY dropoffChanged)
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
    Q_PROPERTY(bool awaitingTag READ awaitingTag NOTIFY dropoffChanged)
    Q_PROPERTY(QString resolutionText READ resolutionText NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptPrinted READ receiptPrinted NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptUrl READ receiptUrl NOTIFY receiptChanged)
    Q_PROPERTY(QObject *verification READ verification CONSTANT)
    Q_PROPERTY(QObject *exchange READ exchange CONSTANT)
    Q_PROPERTY(kiosk::StaffTakeover *staff READ staff CONSTANT)
    Q_PROPERTY(bool scannerConnected READ scannerConnected NOTIFY scannerChanged)
    Q_PROPERTY(bool lookingUp READ lookingUp NOTIFY lookingUpChanged)

public:
    struct Config
    {
        QString kioskId;
        QString retailerId; ///< signed return codes must name it
        QTimeZone storeZone = QTimeZone::utc();
        QString orderPrefix = QStringLiteral("RK-");
        int idleTimeoutSeconds = 60;
        int doneTimeoutSeconds = 15;
        /// The shopper waits for a colleague on the assistance screen this long before it closes.
        int assistanceTimeoutSeconds = 300;
        QString retailerName;
        QUrl eReceiptBase; ///< the receipt's QR links to <eReceiptBase>/<return id>
        StaffSettings staff; ///< who may take over on the assistance screen
        /// After a new screen or step, taps are ignored this long: the second tap of a double tap
        /// must not answer the next question.
        int tapGuardMs = 300;
        /// The longest a shopper waits for the backend to look up an order the cache lacks.
        int lookupTimeoutMs = 8000;
    };

    ReturnSession(CacheStore &cache, Journal &journal, const PolicyStore &policies, drivers::ChuteLock &chute,
        drivers::ReceiptPrinter &printer, const Clock &clock, const Config &config,
        QObject *parent = nullptr);
    ~ReturnSession() override;

    QString screen() const { return m_screen; }
    QString message() const { return m_message.toString(); }
    QString orderId() const;
    QAbstractItemModel *lines() { return &m_lines; }
    int selectedCount() const { return m_lines.selectedCount(); }
    QString refundText() const;
    int dropoffIndex() const { return m_dropoffIndex; }
    int dropoffTotal() const { return int(m_dropoffLines.size()); }
    bool chuteOpen() const;
    QString dropoffTitle() const;
    QString returnId() const { return m_returnId; }
    QStringList returnReferences() const { return m_returnReferences; }
    int idleSecondsLeft() const { return m_idleSecondsLeft; }
    /// On the reasons and questions screens: the item being asked about, and which of how many.
    QString stepTitle() const;
    int stepIndex() const { return m_stepIndex; }
    int stepTotal() const;
    /// [{code, text}] of the policy's return reasons.
    QVariantList reasons() const;
    QString question() const;
    /// [{code, text, amount}] of the resolutions every chosen item allows.
    QVariantList resolutions() const;
    bool awaitingTag() const { return m_awaitingTag; }
    QString resolutionText() const;
    bool receiptPrinted() const { return m_receiptPrinted; }
    QString receiptUrl() const { return m_receiptUrl; }
    /// On the verify screen: the order waiting for its verifier and the tries left.
    OrderVerification *verification() { return &m_verification; }
    /// On the variant screen: the item being exchanged, its sizes/colours and their stock.
    ExchangeChoice *exchange() { return &m_exchange; }
    /// The colleague who takes over on the assistance screen.
    StaffTakeover *staff() const { return m_staff.get(); }

    /// False for tapGuardMs after the screen or the step changed: taps then are ignored.
    bool settled() const { return !m_settling.isValid() || m_settling.elapsed() >= m_config.tapGuardMs; }

    /// The shopper touched "Start a return".
    Q_INVOKABLE void start();
    /// A scanned code (return QR, order barcode, ...) or a typed order number.
    Q_INVOKABLE void submitCode(const QString &text);
    /// The digits typed on the keypad, without the retailer's order prefix.
    Q_INVOKABLE void submitOrderDigits(const QString &digits);
    /// The billing ZIP/postcode (or e-mail) of the order number on the verify screen.
    Q_INVOKABLE void submitVerifier(const QString &typed);
    Q_INVOKABLE void setSelected(int lineNo, bool selected);
    Q_INVOKABLE void confirmItems();
    /// The reason for the item on the reasons screen (a policy reason code).
    Q_INVOKABLE void chooseReason(const QString &code);
    /// The answer to the condition question on screen.
    Q_INVOKABLE void answerQuestion(bool yes);
    /// "refund", "storeCredit" or "exchange", if every chosen item allows it.
    Q_INVOKABLE void chooseResolution(const QString &code);
    /// On the variant screen: the size/colour (its sku) the current item is exchanged for.
    Q_INVOKABLE void chooseVariant(const QString &sku);
    /// At drop-off: the item's tag is missing or won't scan, so a colleague checks the item.
    Q_INVOKABLE void cannotScanTag();
    Q_INVOKABLE void back();
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void finish();
    /// Any shopper activity: restarts the idle countdown.
    Q_INVOKABLE void touch();
    /// The shopper switched language: every text on screen is worded again.
    Q_INVOKABLE void retranslate();
    /// The scale and light around the chute: an item then counts only when the scale agrees, and the
    /// light follows the chute. Without one the chute's own sensor is trusted.
    void setDropoffStation(DropoffStation *station);
    bool scannerConnected() const { return m_scannerConnected; }
    /// The barcode scanner came or went. Without it the shopper types the order number; at the
    /// chute, where only a scanned tag opens it, a colleague is called (nothing handed in is lost).
    void setScannerConnected(bool connected);
    /// Whether the backend is reachable; offline decisions follow the policy's offline limits.
    void setOnline(bool online) { m_online = online; }
    /// Where an exchange asks for stock; without one stock is never confirmed.
    void setStockLookup(StockLookup *stock) { m_exchange.setStockLookup(stock); }
    /// Where an order the cache lacks is looked up while online; without one a miss is "not found".
    void setCacheMissLookup(CacheMissLookup *lookup);
    /// The backend is looking up an order the cache lacks: the screen says so and ignores taps.
    bool lookingUp() const { return m_fetchRequest != 0; }

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

private:
    void onStateChanged();
    void setMessage(FlowText message);
    /// The code could not start a return: say why on the identify screen.
    void reject(FlowText message);
    /// Opens the order from the cache; on a miss while online (and `fetchOnMiss`) asks the backend first.
    void lookUp(const QString &orderId, const QList<int> &preselected = {}, bool fetchOnMiss = true);
    /// Checks the typed verifier against the cached order (none: an unknown order, a wrong try).
    void checkVerifier(const std::optional<Order> &order, const QString &typed);
    bool canFetch() const { return m_online && m_cacheMiss; }
    /// Asks the backend for an order the cache lacks; `then` gets the answer, or Unreachable once
    /// lookupTimeoutMs have passed. Never called when the session has moved on (cancel, timeout).
    void fetchMissing(const QString &orderId, std::function<void(CacheMissLookup::Answer)> then);
    void onFetched(int requestId, CacheMissLookup::Answer answer);
    /// Forgets the look-up in progress: a late answer is then ignored.
    void endFetch();
    void startDropoff(const QString &resolution);
    FlowText codeProblem(const codes::ScannedCode &code) const;
    void nextDropoff();
    void onTagScanned(const QString &text);
    void completeDropoff();
    void printReceipt(const ReturnRecord &record);
    void onPrinted(bool printed);
    void prepareQuestions();
    std::vector<Resolution> allowedResolutions() const;
    void onItemAccepted();
    void onChuteFault(drivers::ChuteLock::Fault fault);
    /// Who may let the current item in when the drop-off stops: the shopper again once a colleague
    /// cleared the chute, or the colleague, who checks an item whose tag can't confirm it.
    enum class NextItem { AfterChuteCleared, ColleagueChecksIt };
    /// The drop-off can't go on: records what went in, then a colleague with `reasonCode`.
    void stopDropoff(
        const QString &reasonCode, FlowText message, NextItem next = NextItem::AfterChuteCleared);
    /// Opens the chute for the current item (its tag matched, or a colleague checked it).
    void letItemIn();
    void updateLight();
    bool recordAccepted();
    /// Sends the shopper to a colleague with `event`, telling StaffTakeover why.
    void askColleague(StaffTakeover::Case assistanceCase, const QString &event);
    void onStaffApproved();
    void onStaffResumed();
    void wipe();
    void tick();

    CacheStore &m_cache;
    Journal &m_journal;
    const PolicyStore &m_policies;
    drivers::ChuteLock &m_chute;
    drivers::ReceiptPrinter &m_printer;
    const Clock &m_clock;
    Config m_config;
    std::unique_ptr<ReturnFlow> m_flow;
    ReturnLinesModel m_lines;
    OrderVerification m_verification;
    ExchangeChoice m_exchange;
    std::optional<Order> m_order;
    QString m_tokenId; ///< the return code that started this session, refused once used
    bool m_online = false;
    QString m_screen;
    FlowText m_message; ///< worded on read: a language switch re-words it
    std::vector<ReturnLinesModel::Entry> m_dropoffLines;
    int m_dropoffIndex = 0;
    int m_acceptedCount = 0;
    int m_recordedCount = 0; ///< accepted items already in the journal (a chute fault records them)
    int m_stepIndex = 0; ///< item on the reasons screen, question on the questions screen
    struct Question
    {
        size_t line; ///< index into m_dropoffLines
        QString id;
        bool staffOnFail = true;
    };
    std::vector<Question> m_questions;
    QString m_resolution; ///< policy name: "refund", "storeCredit", "exchange"
    bool m_awaitingTag = false;
    bool m_receiptPrinted = false;
    QString m_receiptUrl;
    QString m_returnId; ///< the last return this session recorded
    QStringList m_returnReferences;
    QTimer m_idleTimer;
    int m_idleSecondsLeft = 0;
    std::unique_ptr<StaffTakeover> m_staff;
    DropoffStation *m_station = nullptr;
    int m_missedItems = 0; ///< the scale missed the current item this many times
    bool m_scannerConnected = true;
    QElapsedTimer m_settling; ///< since the last screen or step change
    /// What a colleague's approval overrides: the order's staff-only lines, a failed condition, an
    /// order number whose verifier was wrong too often (the colleague checked the shopper's ID), or an
    /// item at drop-off whose tag can't confirm it (the colleague checked the item).
    enum class Override { None, Order, Condition, Verifier, Item };
    Override m_override = Override::None;
    std::vector<ReturnLinesModel::Entry> m_overrideEntries; ///< the item list once a colleague approves
    CacheMissLookup *m_cacheMiss = nullptr;
    int m_fetchRequest = 0; ///< the look-up the shopper waits for; 0 when none
    int m_lastFetchRequest = 0;
    std::function<void(CacheMissLookup::Answer)> m_afterFetch;
    QTimer m_fetchTimer; ///< bounds the wait for the backend
};

} // namespace kiosk
