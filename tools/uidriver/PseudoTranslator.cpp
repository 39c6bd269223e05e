#include "PseudoTranslator.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {
const QString &lower()
{
    static const QString s = u"åƀçđéƒĝĥîĵķĺɱñöƥʠŕšţûʋŵẋýž"_s;
    return s;
}
const QString &upper()
{
    static const QString s = u"ÅɃÇĐÉƑĜĤÎĴĶĹṀÑÖƤɊŔŠŢÛṼŴẊÝŽ"_s;
    return s;
}
QChar accented(QChar c)
{
    if (c >= u'a' && c <= u'z')
        return lower().at(c.unicode() - u'a');
    if (c >= u'A' && c <= u'Z')
        return upper().at(c.unicode() - u'A');
    return c;
}
} // namespace

QString PseudoTranslator::translate(
    const char *context, const char *sourceText, const char *disambiguation, int n) const
{
    Q_UNUSED(context)
    Q_UNUSED(disambiguation)
    Q_UNUSED(n)
    if (!sourceText || !*sourceText)
        return {};
    return pseudo(QString::fromUtf8(sourceText));
}

QString PseudoTranslator::pseudo(const QString &source)
{
    // Kept as they are: placeholders (%1, %L1, %n) and markup (<b>, &amp;).
    static const QRegularExpression kept(u"%L?\\d+|%n|<[^>]*>|&[a-z]+;"_s);
    QString out;
    qsizetype at = 0;
    for (auto match = kept.globalMatch(source); match.hasNext();) {
        const auto m = match.next();
        for (qsizetype i = at; i < m.capturedStart(); ++i)
            out += accented(source.at(i));
        out += m.captured();
        at = m.capturedEnd();
    }
    for (qsizetype i = at; i < source.size(); ++i)
        out += accented(source.at(i));
    // About 40% longer, in words a line can break between, as German or French often is.
    static const QString filler = u"ĺōŕēɱ ïƥšûɱ đōĺōŕ šîţ åɱēţ ćōñšēćţēţûŕ "_s;
    const qsizetype extra = std::max<qsizetype>(2, (source.size() * 4 + 9) / 10);
    QString padding;
    while (padding.size() < extra)
        padding += filler;
    padding.truncate(extra);
    return u"["_s + out + u" "_s + padding.trimmed() + u"]"_s;
}

} // namespace kiosk
