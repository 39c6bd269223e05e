#include "KioskSounds.h"

#include <QAudioDevice>
#include <QLoggingCategory>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSounds, "kiosk.sounds")

namespace kiosk {

KioskSounds::KioskSounds(int volumePercent, QObject *parent)
    : QObject(parent)
{
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        qCInfo(lcSounds) << "no audio output: the kiosk's sounds are not played";
        return;
    }
    m_audible = volumePercent > 0;
    const std::array<QString, 4> files { u"good-read.wav"_s, u"failed-read.wav"_s, u"chute-open.wav"_s,
        u"timeout-warning.wav"_s };
    for (size_t i = 0; i < files.size(); ++i) {
        auto *effect = new QSoundEffect(this);
        effect->setSource(QUrl(u"qrc:/ReturnsKiosk/sounds/"_s + files[i]));
        effect->setVolume(float(volumePercent) / 100.0f);
        m_effects[i] = effect;
    }
}

KioskSounds::~KioskSounds() = default;

void KioskSounds::play(Sound sound)
{
    Q_EMIT playRequested(sound);
    if (QSoundEffect *effect = m_effects[size_t(sound)]; effect && m_audible)
        effect->play();
}

} // namespace kiosk
