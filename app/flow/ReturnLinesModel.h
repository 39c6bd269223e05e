#pragma once

#include "FlowText.h"
#include "domain/Order.h"
#include "policy/Policy.h"

#include <QAbstractListModel>
#include <QLocale>

#include <vector>

namespace kiosk {

/// The lines of the order being returned, as the item-choice screen shows them: what each is,
/// whether it can be returned (and if not, why), and whether the shopper picked it.
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
    };

    struct Entry
    {
        OrderLine line;
        bool eligible = false;
        FlowText reason; ///< shopper-facing, empty when eligible
        MinorUnits refund = 0;
        MinorUnits storeCredit = 0; ///< the refund plus the policy's store-credit bonus
        std::vector<Resolution> resolutions; ///< what the policy allows for this line
        QStringList questions; ///< condition questions the policy asks before this line goes back
        QString returnReason; ///< reason code the shopper chose
        bool selected = false;
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(std::vector<Entry> entries, const QString &currency);
    void clear() { reset({}, {}); }
    /// False when the line is unknown or not eligible.
    bool setSelected(int lineNo, bool selected);
    /// The language changed: the reasons are worded again.
    void retranslate();

    const std::vector<Entry> &entries() const { return m_entries; }
    int selectedCount() const;
    int eligibleCount() const;
    MinorUnits selectedRefund() const;

private:
    std::vector<Entry> m_entries;
    QString m_currency;
};

} // namespace kiosk
