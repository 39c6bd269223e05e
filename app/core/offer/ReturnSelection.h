#pragma once

#include "policy/Policy.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace kiosk {

/// What the shopper chose: which order lines, how many units of each, the reason and the condition
/// answers per line, and how they want to be made whole; plus the lines a colleague approved although
/// the policy asks for staff. ReturnOffer turns it into figures.
struct ReturnSelection
{
    struct Line
    {
        int lineNo = 0;
        int quantity = 1;
        QString reason {}; ///< a policy reason code; empty: the policy's default reason
        QHash<QString, bool> answers {}; ///< condition question id -> the shopper's answer
    };

    std::vector<Line> lines;
    std::optional<Resolution> resolution {}; ///< none yet: every resolution the lines allow is offered
    QSet<int> staffApproved {}; ///< order lines a colleague approved

    Line *line(int lineNo)
    {
        for (Line &l : lines)
            if (l.lineNo == lineNo)
                return &l;
        return nullptr;
    }
    const Line *line(int lineNo) const { return const_cast<ReturnSelection *>(this)->line(lineNo); }
};

} // namespace kiosk
