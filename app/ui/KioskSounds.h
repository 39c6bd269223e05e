#pragma once

#include <QObject>

#include <array>
#include <memory>

class QSoundEffect;

namespace kiosk {

/// The shopper's sounds: a short high tone the moment a code is read, two falling tones when a read
/// can't be used, three rising tones as the chute opens, two slow tones when "I need more time" is
/// offered before the kiosk starts over, at kiosk.json's `sound.volume`. Qt Multimedia's QSoundEffect with
/// the WAVs loaded at start, so a read is heard within 100 ms. Without an audio output (a headless kiosk, a
/// test run) nothing plays, once logged; every request is still signalled.
class KioskSounds : public QObject
{
    Q_OBJECT
public:
    enum class Sound { GoodRead, FailedRead, ChuteOpening, TimeoutWarning };
    Q_ENUM(Sound)

    explicit KioskSounds(int volumePercent, QObject *parent = nullptr);
    ~KioskSounds() override;

    /// Plays @p sound (when audible) and signals the request either way.
    void play(Sound sound);
    /// Whether an audio output plays them.
    bool audible() const { return m_audible; }

Q_SIGNALS:
    void playRequested(kiosk::KioskSounds::Sound sound);

private:
    std::array<QSoundEffect *, 4> m_effects {};
    bool m_audible = false;
};

} // namespace kiosk
