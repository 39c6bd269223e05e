#include "ContactKey.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

constexpr qsizetype MaxEmail = 254;
constexpr qsizetype MinPhoneDigits = 7;
constexpr qsizetype MaxPhoneDigits = 15; // E.164

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

QString ContactKey::normalisedEmail(const QString &typed)
{
    return typed.trimmed().toLower();
}

QString ContactKey::normalisedPhone(const QString &typed)
{
    QString digits;
    for (const QChar c : typed)
        if (c.isDigit())
            digits.append(c);
    if (typed.trimmed().startsWith(u'+'))
        return digits;
    return digits.startsWith(u"00"_s) ? digits.mid(2) : digits;
}

ContactKey::Result ContactKey::email(const QString &typed)
{
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    const QString normal = normalisedEmail(typed);
    if (normal.size() > MaxEmail || !email.match(normal).hasMatch())
        return { {}, u"an e-mail address is name@domain.example"_s };
    return { sha256(normal), {} };
}

ContactKey::Result ContactKey::phone(const QString &typed)
{
    static const QRegularExpression phone(u"^\\+?[0-9 ().-]+$"_s);
    if (!phone.match(typed.trimmed()).hasMatch())
        return { {}, u"a phone number is digits, with spaces, dashes or a leading +"_s };
    const QString digits = normalisedPhone(typed);
    if (digits.size() < MinPhoneDigits || digits.size() > MaxPhoneDigits)
        return { {}, u"a phone number has 7 to 15 digits"_s };
    return { sha256(digits), {} };
}

} // namespace kiosk
