#pragma once

#include "ReturnRecorder.h"

#include <QObject>

namespace kiosk {

class DropoffRun;
class ExchangeChoice;
class ReturnChoice;

/// Hands in the offer the shopper accepted: the units going back go through the chute one by one
/// (DropoffRun), and what went in is recorded (ReturnRecorder) when the run completes or stops, the
/// items the shopper keeps with the first part. A run stopped by a fault and carried on later gives
/// a second part; the parts add up to the offer.
class ReturnHandIn
{
public:
    /// What recording what went in came to.
    enum class Outcome {
        Recorded, ///< a part is in the journal: on to the receipt
        NothingWentIn, ///< no unit since the last part: nothing to record
        NotRecorded, ///< the journal refused: nothing written (ReturnRecorder::lastError says why)
    };

    ReturnHandIn(DropoffRun &run, ReturnRecorder &recorder);

    /// Starts handing in `choice`'s offer. False when nothing goes into the chute (every item is
    /// kept): recordWhatWentIn() then records the kept items at once.
    bool begin(
        const ReturnChoice &choice, const ExchangeChoice &exchange, const QString &tokenId, bool online);
    /// Records what went in since the last part (and the kept items with the first).
    Outcome recordWhatWentIn();
    /// The lines whose units are still to go in, with their titles, for a colleague.
    std::vector<std::pair<int, QString>> linesLeft() const;
    /// The titles of the units already in the bin (one per unit), for a colleague.
    QStringList titlesIn() const;
    void clear();

private:
    DropoffRun &m_run;
    ReturnRecorder &m_recorder;
    const ReturnChoice *m_choice = nullptr;
    ReturnRecorder::Part m_part; ///< what every part shares: the code, online, the exchange's skus
    int m_unitsToDrop = 0;
    int m_recordedUnits = 0; ///< units of the run already in the journal
};

} // namespace kiosk
