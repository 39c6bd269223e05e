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
    const QString configured = QLocale().name().section(u'_', 0, 0);
    m_default = isAvailable(configured) ? configured : u"en"_s;
    select(m_default);
}

KioskLanguage::~KioskLanguage()
{
    QCoreApplication::removeTranslator(&m_translator);
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
