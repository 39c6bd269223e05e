#pragma once

#include "FlowText.h"
#include "domain/Order.h"
#include "policy/Policy.h"

#include <QAbstractListModel>
#include <QLocale>

#include <algorithm>
#include <vector>

namespace kiosk {

/// The lines of the order being returned, as the item-choice screen shows them: what each is,
/// whether it can be chosen (and if not, why), whether the shopper picked it and how many units.
/// The money is not here: every figure on screen is the current ReturnOffer's.
class ReturnLinesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LineNoRole = Qt::UserRole + 1,
        TitleRole,
        DetailRole,
        PriceRole,
        EligibleRole,
        ReasonRole,
        SelectedRole,
        QuantityRole,
        MaxQuantityRole,
        NoteRole,
    };

    struct Entry
    {
        OrderLine line;
        bool eligible = false; ///< the shopper may choose it (a colleague may still have to approve)
        FlowText reason {}; ///< why it can't be chosen; empty when eligible
        FlowText note {}; ///< e.g. that a colleague will check it; empty when there is nothing to add
        bool selected = false;
        int quantity = 1; ///< units chosen, 1..maxQuantity()
        int codeLimit = 0; ///< the units the return code the order came from allows; 0: no code bounds it

        /// The units that may go back: what is left of the line, no more than a return code allows.
        int maxQuantity() const
        {
            return codeLimit > 0 ? std::min(codeLimit, line.returnableQuantity()) : line.returnableQuantity();
        }
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<Entry> entries, const QString &currency);
    void clear() { reset({}, {}); }
    /// False when the line is unknown or not eligible.
    bool setSelected(int lineNo, bool selected);
    /// False when the line is unknown, not eligible, or has fewer units left.
    bool setQuantity(int lineNo, int quantity);
    /// The language changed: the reasons are worded again.
    void retranslate();

    const std::vector<Entry> &entries() const { return m_entries; }
    int selectedCount() const;
    int eligibleCount() const;

private:
    std::vector<Entry> m_entries;
    QString m_currency;
};

} // namespace kiosk
