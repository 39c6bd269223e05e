#include "KioskLanguage.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace {
struct Language
{
    QString code;
    QString name;
};
const QList<Language> &languages()
{
    static const QList<Language> list
        = { { u"en"_s, u"English"_s }, { u"es"_s, u"Español"_s }, { u"fr"_s, u"Français"_s } };
    return list;
}
/// The locale a reader of `code` in the store's country expects: the store's own for its language,
/// else the language in that country if it has a form for it, else the language's main one.
QLocale localeFor(const QString &code, const QLocale &store)
{
    if (QLocale::languageToCode(store.language()) == code)
        return store;
    return QLocale(QLocale::codeToLanguage(code), store.territory());
}
bool isAvailable(const QString &code)
{
    return std::any_of(
        languages().begin(), languages().end(), [&](const Language &l) { return l.code == code; });
}
} // namespace

KioskLanguage::KioskLanguage(QQmlEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    const QString configured = QLocale::languageToCode(m_storeLocale.language());
    m_default = isAvailable(configured) ? configured : u"en"_s;
    select(m_default);
}

KioskLanguage::~KioskLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
    QLocale::setDefault(m_storeLocale);
}

QVariantList KioskLanguage::available() const
{
    QVariantList out;
    for (const Language &l : languages())
        out.append(QVariantMap { { u"code"_s, l.code }, { u"name"_s, l.name } });
    return out;
}

bool KioskLanguage::select(const QString &code)
{
    if (!isAvailable(code))
        return false;
    if (code == m_current)
        return true;
    QCoreApplication::removeTranslator(&m_translator);
    if (!m_translator.load(u":/i18n/kiosk_"_s + code) || !QCoreApplication::installTranslator(&m_translator))
        return false;
    m_current = code;
    QLocale::setDefault(localeFor(code, m_storeLocale));
    if (m_engine) {
        m_engine->setUiLanguage(code);
        m_engine->retranslate();
    }
    Q_EMIT currentChanged();
    return true;
}

void KioskLanguage::reset()
{
    m_shopper.clear();
    select(m_default);
}

void KioskLanguage::setColleagueScreen(bool colleague)
{
    if (colleague && m_shopper.isEmpty()) {
        m_shopper = m_current;
        select(m_default);
    } else if (!colleague && !m_shopper.isEmpty()) {
        select(std::exchange(m_shopper, QString()));
    }
}
