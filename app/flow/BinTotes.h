#pragma once

#include "DeviceSet.h"
#include "ToteManifestBuilder.h"
#include "journal/Journal.h"

#include <QMap>
#include <QObject>
#include <QVariantList>

#include <optional>
#include <vector>

namespace kiosk {

class CacheStore;
class Clock;
class StaffSignIn;
namespace drivers {
class ItemSensor;
class ReceiptPrinter;
} // namespace drivers

/// The kiosk's bins and their totes. Each bin has an open tote in journal.db that the returns dropped
/// into it join; "Empty bin" (a signed-in colleague) closes it, journals `tote.closed` with its items
/// and opens the next one in one transaction, then prints the tote's manifest. The manifest of a
/// closed tote can be printed again (after a paper-out, say) and previewed. A bin is full at its
/// profile's item count, or its weight where the scale reads one; a bin whose chute is out of service
/// says so.
class BinTotes : public QObject
{
    Q_OBJECT
    /// [{bin, chute, toteId, items, capacity, full, outOfService, state}] in the profile's order.
    Q_PROPERTY(QVariantList bins READ bins NOTIFY changed)
    /// The last closed totes, latest first: [{toteId, bin, items, closedAt}].
    Q_PROPERTY(QVariantList closed READ closed NOTIFY changed)
    /// Some bin is full: the kiosk takes no drop-off.
    Q_PROPERTY(bool full READ full NOTIFY fullChanged)
    /// What the last empty or reprint did, in the current language.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// The tote whose manifest the maintenance home shows (image://manifest/<id>); empty: none.
    Q_PROPERTY(QString previewToteId READ previewToteId NOTIFY messageChanged)

public:
    /// How many closed totes `closed` lists for a reprint.
    static constexpr int ClosedShown = 3;

    BinTotes(Journal &journal, CacheStore &cache, drivers::ReceiptPrinter &printer, const Clock &clock,
        const StaffSignIn &signIn, std::vector<drivers::BinSpec> bins, ToteManifestBuilder::Config manifest,
        QObject *parent = nullptr);

    /// Opens a tote for every bin that has none (first start, a bin added to the profile). False when
    /// the journal could not: the kiosk then takes no drop-off.
    bool open();
    /// The scale under the bins: a bin is full at its capacityGrams too.
    void watch(drivers::ItemSensor &scale);

    /// The chutes out of service (DropoffStation::chutesDown()): their bins say so.
    void setChutesDown(const QMap<QString, drivers::ChuteLock::Fault> &down);

    QVariantList bins() const;
    QVariantList closed() const;
    bool full() const { return m_full; }
    QString message() const;
    QString previewToteId() const { return m_previewToteId; }
    std::vector<Journal::Tote> openTotes() const { return m_open; }

    /// Closes the bin's tote (journaled), opens the next and prints the manifest. False when nobody is
    /// signed in, the bin is unknown or the journal could not record it (then nothing changed).
    Q_INVOKABLE bool emptyBin(const QString &bin);
    /// Prints a closed tote's manifest again. False for a tote that is not closed.
    Q_INVOKABLE bool reprint(const QString &toteId);
    /// Stops showing the manifest preview.
    Q_INVOKABLE void closePreview();
    /// Reads the totes again (after a return was recorded).
    Q_INVOKABLE void refresh();
    /// A closed tote's manifest, as printed; nullopt for a tote that is open or unknown.
    std::optional<drivers::Receipt> manifest(const QString &toteId);
    /// The texts follow a language switch.
    Q_INVOKABLE void retranslate()
    {
        Q_EMIT changed();
        Q_EMIT messageChanged();
    }

Q_SIGNALS:
    void changed();
    void fullChanged(bool full);
    void messageChanged();
    /// A tote was closed and recorded (before its manifest printed).
    void toteClosed(const QString &toteId);

private:
    enum class Outcome { None, Printing, Printed, PrinterFailed, NotRecorded };

    const drivers::BinSpec *spec(const QString &bin) const;
    bool isFull(const Journal::Tote &tote) const;
    void print(const QString &toteId);
    void finish(Outcome outcome);
    static QString newToteId();

    Journal &m_journal;
    CacheStore &m_cache;
    drivers::ReceiptPrinter &m_printer;
    const Clock &m_clock;
    const StaffSignIn &m_signIn;
    std::vector<drivers::BinSpec> m_bins;
    ToteManifestBuilder m_builder;
    QString m_kioskId;
    QTimeZone m_storeZone;
    drivers::ItemSensor *m_scale = nullptr;
    std::vector<Journal::Tote> m_open;
    std::vector<Journal::Tote> m_closed;
    QMap<QString, drivers::ChuteLock::Fault> m_chutesDown;
    bool m_full = false;
    Outcome m_outcome = Outcome::None;
    QString m_outcomeToteId;
    QString m_previewToteId;
};

} // namespace kiosk
