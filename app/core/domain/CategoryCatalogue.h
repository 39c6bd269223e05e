#pragma once

#include <QString>
#include <QStringList>

namespace kiosk {

/// The product category taxonomy shared by the order cache, the policy documents and the data
/// generator. Orders naming a category outside it are rejected at import; policies may only name these.
class CategoryCatalogue
{
public:
    static const QStringList &all();
    static bool contains(const QString &category);
};

} // namespace kiosk
