#include "ReturnHandIn.h"

#include "DropoffRun.h"
#include "ExchangeChoice.h"
#include "ReturnChoice.h"

namespace kiosk {

ReturnHandIn::ReturnHandIn(DropoffRun &run, ReturnRecorder &recorder)
    : m_run(run)
    , m_recorder(recorder)
{ }

bool ReturnHandIn::begin(
    const ReturnChoice &choice, const ExchangeChoice &exchange, const QString &tokenId, bool online)
{
    m_choice = &choice;
    m_part = {};
    m_part.tokenId = tokenId;
    m_part.online = online;
    if (choice.offer().resolution() == Resolution::Exchange) {
        const std::vector<OrderLine> exchanged = choice.linesGoingBack();
        for (size_t i = 0; i < exchanged.size(); ++i)
            m_part.exchangeSkus.insert(exchanged[i].lineNo, exchange.chosenSku(i));
    }
    std::vector<DropoffRun::Unit> units;
    for (const ReturnOffer::Line &line : choice.offer().lines())
        if (line.goesBack() && !line.decision.keepIt)
            for (int unit = 0; unit < line.quantity(); ++unit)
                units.push_back({ *choice.order().line(line.lineNo()), line.decision.bin });
    m_unitsToDrop = int(units.size());
    m_recordedUnits = 0;
    if (units.empty())
        return false; // every item is kept: nothing for the chute
    m_run.begin(choice.order(), std::move(units));
    return true;
}

ReturnHandIn::Outcome ReturnHandIn::recordWhatWentIn()
{
    if (!m_choice)
        return Outcome::NothingWentIn;
    const bool keptOnly = m_unitsToDrop == 0 && !m_recorder.keptItemsRecorded();
    if (m_run.accepted() == m_recordedUnits && !keptOnly)
        return Outcome::NothingWentIn;
    ReturnRecorder::Part part = m_part;
    part.dropped = m_run.unitsByLine(m_recordedUnits, m_run.accepted());
    part.withKeptItems = !m_recorder.keptItemsRecorded();
    if (!m_recorder.record(m_choice->offer(), m_choice->order(), part))
        return Outcome::NotRecorded;
    m_recordedUnits = m_run.accepted();
    return Outcome::Recorded;
}

std::vector<std::pair<int, QString>> ReturnHandIn::linesLeft() const
{
    std::vector<std::pair<int, QString>> left;
    if (m_choice)
        for (const auto &[lineNo, units] : m_run.unitsByLine(m_run.index(), m_run.total()))
            left.emplace_back(lineNo, m_choice->order().line(lineNo)->title);
    return left;
}

QStringList ReturnHandIn::titlesIn() const
{
    QStringList in;
    if (m_choice)
        for (const auto &[lineNo, units] : m_run.unitsByLine(0, m_run.index()))
            for (int unit = 0; unit < units; ++unit)
                in.append(m_choice->order().line(lineNo)->title);
    return in;
}

void ReturnHandIn::clear()
{
    m_choice = nullptr;
    m_part = {};
    m_unitsToDrop = 0;
    m_recordedUnits = 0;
}

} // namespace kiosk
