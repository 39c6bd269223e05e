#include "ReturnLinesModel.h"

#include "domain/Money.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

int ReturnLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ReturnLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Entry &entry = m_entries[size_t(index.row())];
    switch (role) {
    case LineNoRole:
        return entry.line.lineNo;
    case Qt::DisplayRole:
    case TitleRole:
        return entry.line.title;
    case DetailRole: {
        QStringList parts;
        for (auto it = entry.line.attributes.begin(); it != entry.line.attributes.end(); ++it)
            parts.append(it.value());
        return parts.join(u" · "_s);
    }
    case PriceRole:
        return formatMoney(entry.line.unitPrice, m_currency);
    case EligibleRole:
        return entry.eligible;
    case ReasonRole:
        return entry.reason.toString();
    case SelectedRole:
        return entry.selected;
    case QuantityRole:
        return entry.quantity;
    case MaxQuantityRole:
        return entry.maxQuantity();
    case NoteRole:
        return entry.note.toString();
    default:
        return {};
    }
}

QHash<int, QByteArray> ReturnLinesModel::roleNames() const
{
    return { { LineNoRole, "lineNo" }, { TitleRole, "title" }, { DetailRole, "detail" },
        { PriceRole, "price" }, { EligibleRole, "eligible" }, { ReasonRole, "reason" },
        { SelectedRole, "selected" }, { QuantityRole, "quantity" }, { MaxQuantityRole, "maxQuantity" },
        { NoteRole, "note" } };
}

void ReturnLinesModel::reset(std::vector<Entry> entries, const QString &currency)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_currency = currency;
    endResetModel();
}

void ReturnLinesModel::retranslate()
{
    if (!m_entries.empty())
        Q_EMIT dataChanged(index(0), index(int(m_entries.size()) - 1),
            { ReasonRole, NoteRole, PriceRole }); // prices follow the language
}

bool ReturnLinesModel::setSelected(int lineNo, bool selected)
{
    for (size_t row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.line.lineNo != lineNo)
            continue;
        if (!entry.eligible)
            return false;
        if (entry.selected != selected) {
            entry.selected = selected;
            const QModelIndex changed = index(int(row));
            Q_EMIT dataChanged(changed, changed, { SelectedRole });
        }
        return true;
    }
    return false;
}

bool ReturnLinesModel::setQuantity(int lineNo, int quantity)
{
    for (size_t row = 0; row < m_entries.size(); ++row) {
        Entry &entry = m_entries[row];
        if (entry.line.lineNo != lineNo)
            continue;
        if (!entry.eligible || quantity < 1 || quantity > entry.maxQuantity())
            return false;
        if (entry.quantity != quantity) {
            entry.quantity = quantity;
            const QModelIndex changed = index(int(row));
            Q_EMIT dataChanged(changed, changed, { QuantityRole });
        }
        return true;
    }
    return false;
}

int ReturnLinesModel::selectedCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.selected; }));
}

int ReturnLinesModel::eligibleCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.eligible; }));
}

} // namespace kiosk
