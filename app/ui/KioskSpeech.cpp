#include "KioskSpeech.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSpeech, "kiosk.speech")

namespace kiosk {

KioskSpeech::KioskSpeech(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
{ }

KioskSpeech::~KioskSpeech() = default;

QTextToSpeech *KioskSpeech::engine()
{
    if (m_engine || !m_available)
        return m_engine;
    if (!QTextToSpeech::availableEngines().contains(m_settings.engine)) {
        qCWarning(lcSpeech).noquote()
            << "speech engine" << m_settings.engine << "is not installed (installed:"
            << QTextToSpeech::availableEngines().join(u", "_s) + u"): nothing is read aloud"_s;
        m_available = false;
        return nullptr;
    }
    m_engine = new QTextToSpeech(m_settings.engine, this);
    if (m_engine->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech).noquote()
            << "speech engine" << m_settings.engine << "failed to start:" << m_engine->errorString();
        delete std::exchange(m_engine, nullptr);
        m_available = false;
        return nullptr;
    }
    m_engine->setRate(m_settings.rate);
    m_engine->setVolume(double(m_settings.volumePercent) / 100.0);
    connect(m_engine, &QTextToSpeech::errorOccurred, this,
        [](auto, const QString &why) { qCWarning(lcSpeech).noquote() << "speech failed:" << why; });
    return m_engine;
}

void KioskSpeech::say(const QStringList &texts, const QString &language)
{
    QStringList sentences;
    for (const QString &text : texts) {
        const QString simplified = text.simplified();
        if (simplified.isEmpty())
            continue;
        qCDebug(lcSpeech).noquote() << language << simplified;
        Q_EMIT handedOver(simplified, language);
        // One utterance, a pause between texts: Qt 6.4's engines say one text at a time.
        const QChar last = simplified.back();
        sentences.append(last.isPunct() ? simplified : simplified + u'.');
    }
    QTextToSpeech *voice = engine();
    if (!voice)
        return;
    voice->stop();
    if (language != m_language) {
        m_language = language;
        voice->setLocale(QLocale(language));
        if (voice->locale().language() != QLocale(language).language())
            qCWarning(lcSpeech).noquote() << "the speech engine has no voice for" << language;
    }
    if (!sentences.isEmpty())
        voice->say(sentences.join(u' '));
}

void KioskSpeech::stop()
{
    if (m_engine)
        m_engine->stop();
}

bool KioskSpeech::speaking() const
{
    return m_engine && m_engine->state() == QTextToSpeech::Speaking;
}

} // namespace kiosk
