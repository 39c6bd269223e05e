#include "CategoryCatalogue.h"

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

const QStringList &CategoryCatalogue::all()
{
    static const QStringList categories { u"apparel"_s, u"outerwear"_s, u"footwear"_s, u"accessories"_s,
        u"swimwear"_s, u"underwear"_s, u"beauty"_s, u"home"_s, u"toys"_s, u"books"_s, u"electronics"_s,
        u"phones"_s, u"computers"_s, u"appliances"_s, u"gift-cards"_s, u"perishables"_s, u"personal-care"_s,
        u"clearance"_s, u"custom-made"_s };
    return categories;
}

bool CategoryCatalogue::contains(const QString &category)
{
    return all().contains(category);
}

} // namespace kiosk
