#include "ReturnChoice.h"

#include "Clock.h"
#include "EligibilityMessages.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

ReturnChoice::ReturnChoice(const Clock &clock, const QTimeZone &storeZone, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_storeZone(storeZone)
    , m_lines(this)
{ }

ReturnOffer::Context ReturnChoice::context() const
{
    return { &*m_order, m_policy.get(), m_history, m_clock.now(), m_storeZone, m_offline, m_cacheSyncedAt,
        m_carriedByCode, m_binInService, m_staffOverrides };
}

void ReturnChoice::open(
    Source source, bool offline, const std::vector<Preselected> &preselected, bool boundByCode)
{
    clear();
    m_order = std::move(source.order);
    m_history = source.history;
    m_cacheSyncedAt = source.cacheSyncedAt;
    m_policy = std::move(source.policy);
    m_staffOverrides = source.staffOverrides;
    m_offline = offline;
    if (boundByCode)
        for (const Preselected &pre : preselected)
            m_carriedByCode.append(pre.lineNo);

    // The list shows what each line could give on its own; limits count only what is then chosen.
    const std::vector<LineDecision> catalogue = ReturnOffer::catalogue(context());
    std::vector<ReturnLinesModel::Entry> entries;
    for (const OrderLine &line : m_order->lines) {
        ReturnLinesModel::Entry entry { line };
        const auto d = std::find_if(catalogue.begin(), catalogue.end(),
            [&line](const LineDecision &decision) { return decision.lineNo == line.lineNo; });
        if (d == catalogue.end()) {
            entry.reason = [] { return tr("This item can't be returned here."); };
        } else if (d->decision == LineDecision::Decision::Ineligible) {
            entry.reason = [d = *d] { return EligibilityMessages::lineReason(d); };
        } else {
            entry.eligible = true;
            if (d->decision == LineDecision::Decision::NeedsStaff)
                entry.note = [d = *d] { return EligibilityMessages::lineReason(d); };
        }
        entries.push_back(std::move(entry));
    }
    if (boundByCode)
        boundByReturnCode(entries, preselected);
    for (const Preselected &pre : preselected) {
        auto entry = std::find_if(
            entries.begin(), entries.end(), [&pre](const auto &e) { return e.line.lineNo == pre.lineNo; });
        if (entry == entries.end() || !entry->eligible)
            continue; // the code named a line that can't go back: the list says why
        entry->selected = true;
        entry->quantity = std::clamp(pre.quantity, 1, entry->maxQuantity());
        m_selection.lines.push_back({ pre.lineNo, entry->quantity });
        if (!pre.reason.isEmpty() && m_policy->reason(pre.reason)) {
            m_selection.lines.back().reason = pre.reason;
            m_reasoned.insert(pre.lineNo);
        }
    }
    // One resolution for the whole return: taken from the code only when every line carries the same.
    const bool oneResolution = !preselected.empty()
        && std::all_of(preselected.begin(), preselected.end(),
            [&](const Preselected &p) { return p.resolution == preselected.front().resolution; });
    if (oneResolution && !preselected.front().resolution.isEmpty())
        m_carriedResolution = resolutionFromName(preselected.front().resolution);
    m_lines.reset(std::move(entries), m_order->currency);
    recompute();
}

void ReturnChoice::boundByReturnCode(
    std::vector<ReturnLinesModel::Entry> &entries, const std::vector<Preselected> &codeLines)
{
    for (ReturnLinesModel::Entry &entry : entries) {
        const auto onCode = std::find_if(codeLines.begin(), codeLines.end(),
            [&entry](const Preselected &pre) { return pre.lineNo == entry.line.lineNo; });
        if (onCode == codeLines.end()) {
            if (entry.eligible)
                entry.reason = [] {
                    return tr("This item isn't on your return code. Type your order number to return it.");
                };
            entry.eligible = false;
            entry.note = {};
            continue;
        }
        entry.codeLimit = std::max(1, onCode->quantity);
        if (entry.eligible && entry.codeLimit < entry.line.returnableQuantity())
            entry.note = [units = entry.codeLimit, note = entry.note] {
                const QString bound = tr("Your return code covers %n of these.", nullptr, units);
                return note.isEmpty() ? bound : note.toString() + u' ' + bound;
            };
    }
}

void ReturnChoice::clear()
{
    m_order.reset();
    m_policy.reset();
    m_staffOverrides.clear();
    m_history = {};
    m_cacheSyncedAt = {};
    m_carriedByCode.clear();
    m_selection = {};
    m_offer = {};
    m_reasoned.clear();
    m_reasonStep = 0;
    m_answered.clear();
    m_carriedResolution.reset();
    m_lines.clear();
    Q_EMIT changed();
}

void ReturnChoice::recompute()
{
    if (m_order)
        m_offer = ReturnOffer::make(context(), m_selection);
    Q_EMIT changed();
}

std::vector<OrderLine> ReturnChoice::linesGoingBack() const
{
    std::vector<OrderLine> lines;
    for (const ReturnOffer::Line &line : m_offer.lines())
        if (line.goesBack())
            lines.push_back(*m_order->line(line.lineNo()));
    return lines;
}

bool ReturnChoice::setSelected(int lineNo, bool selected)
{
    if (!m_order || !m_lines.setSelected(lineNo, selected))
        return false;
    const bool had = m_selection.line(lineNo) != nullptr;
    if (selected && !had) {
        int quantity = 1;
        for (const auto &entry : m_lines.entries())
            if (entry.line.lineNo == lineNo)
                quantity = entry.quantity;
        // In the order's own line order, whatever order they were tapped in.
        auto at = std::find_if(m_selection.lines.begin(), m_selection.lines.end(),
            [this, lineNo](
                const ReturnSelection::Line &l) { return m_order->line(l.lineNo) > m_order->line(lineNo); });
        m_selection.lines.insert(at, { lineNo, quantity });
    } else if (!selected && had) {
        std::erase_if(
            m_selection.lines, [lineNo](const ReturnSelection::Line &l) { return l.lineNo == lineNo; });
        std::erase_if(m_answered, [lineNo](const auto &answered) { return answered.first == lineNo; });
        m_reasoned.remove(lineNo);
    }
    m_selection.resolution.reset(); // another selection: the resolution is chosen again
    m_reasonStep = 0;
    recompute();
    return true;
}

bool ReturnChoice::setQuantity(int lineNo, int quantity)
{
    if (!m_order || !m_lines.setQuantity(lineNo, quantity))
        return false;
    if (ReturnSelection::Line *line = m_selection.line(lineNo))
        line->quantity = quantity;
    recompute();
    return true;
}

bool ReturnChoice::reasonsGiven() const
{
    return std::all_of(m_selection.lines.begin(), m_selection.lines.end(),
        [this](const ReturnSelection::Line &l) { return m_reasoned.contains(l.lineNo); });
}

void ReturnChoice::restartReasons()
{
    m_reasoned.clear();
    m_reasonStep = 0;
}

const OrderLine *ReturnChoice::reasonLine() const
{
    return m_reasonStep < int(m_selection.lines.size())
        ? m_order->line(m_selection.lines[size_t(m_reasonStep)].lineNo)
        : nullptr;
}

bool ReturnChoice::chooseReason(const QString &code)
{
    const OrderLine *line = reasonLine();
    if (!line || !m_policy->reason(code))
        return false;
    m_selection.line(line->lineNo)->reason = code;
    m_reasoned.insert(line->lineNo);
    ++m_reasonStep;
    recompute();
    return true;
}

bool ReturnChoice::backReason()
{
    if (m_reasonStep == 0)
        return false;
    --m_reasonStep;
    return true;
}

void ReturnChoice::reviewLastReason()
{
    m_reasonStep = std::max(0, int(m_selection.lines.size()) - 1);
}

std::optional<std::pair<int, QString>> ReturnChoice::question() const
{
    if (!m_offer.isValid())
        return std::nullopt;
    const auto open = m_offer.openQuestions();
    return open.empty() ? std::nullopt : std::optional(open.front());
}

ReturnChoice::Answer ReturnChoice::answer(bool yes)
{
    const auto asked = question();
    if (!asked)
        return Answer::Recorded;
    const auto [lineNo, id] = *asked;
    m_selection.line(lineNo)->answers.insert(id, yes);
    m_answered.emplace_back(lineNo, id);
    recompute();
    const ReturnOffer::Line *line = m_offer.line(lineNo);
    if (!line || line->goesBack() || line->decision.reasonCode != u"condition.failed")
        return Answer::Recorded;
    if (line->decision.decision == LineDecision::Decision::NeedsStaff)
        return Answer::ColleagueNeeded;
    setSelected(lineNo, false); // it can't go back in this condition: out of the return
    return Answer::ItemDropped;
}

bool ReturnChoice::backQuestion()
{
    if (m_answered.empty())
        return false;
    const auto [lineNo, id] = m_answered.back();
    m_answered.pop_back();
    if (ReturnSelection::Line *line = m_selection.line(lineNo))
        line->answers.remove(id);
    recompute();
    return true;
}

void ReturnChoice::forgetAnswers()
{
    while (backQuestion()) { }
}

void ReturnChoice::colleagueConfirmsLastAnswer()
{
    if (m_answered.empty())
        return;
    const auto &[lineNo, id] = m_answered.back();
    if (ReturnSelection::Line *line = m_selection.line(lineNo))
        line->answers.insert(id, true);
    recompute();
}

bool ReturnChoice::chooseResolution(Resolution resolution)
{
    ReturnSelection tried = m_selection;
    tried.resolution = resolution;
    if (!m_order || !ReturnOffer::make(context(), tried).isValid())
        return false;
    m_selection = std::move(tried);
    recompute();
    return true;
}

void ReturnChoice::clearResolution()
{
    if (m_selection.resolution) {
        m_selection.resolution.reset();
        recompute();
    }
}

void ReturnChoice::approve(const QList<int> &lineNos)
{
    for (int lineNo : lineNos)
        m_selection.staffApproved.insert(lineNo);
    recompute();
}

std::optional<Resolution> ReturnChoice::takeCarriedResolution()
{
    const auto carried = std::exchange(m_carriedResolution, std::nullopt);
    const auto allowed = m_offer.resolutions();
    if (carried && std::find(allowed.begin(), allowed.end(), *carried) != allowed.end())
        return carried;
    return std::nullopt;
}

} // namespace kiosk
