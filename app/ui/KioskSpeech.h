#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTextToSpeech;

namespace kiosk {

/// The read-aloud mode's voice: Qt TextToSpeech with kiosk.json's `sound.speechEngine` ("speechd":
/// speech-dispatcher and espeak-ng, playing to the sound server) and `sound.speechRate`, at
/// `sound.volume`, in the language it is told. The engine is loaded at the first text, so a kiosk
/// whose shoppers never turn speech on never starts a speech server. Every text handed to the engine
/// is signalled, spoken or not.
class KioskSpeech : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString engine = QStringLiteral("speechd");
        double rate = 0.0; ///< -1..1
        int volumePercent = 70;
    };

    explicit KioskSpeech(Settings settings, QObject *parent = nullptr);
    ~KioskSpeech() override;

    /// Says @p texts one after the other in @p language ("en", "es", "fr"), instead of anything
    /// still being said.
    void say(const QStringList &texts, const QString &language);
    void stop();
    /// Whether the engine is still speaking.
    bool speaking() const;
    /// False once the engine failed to load (not installed, no speech server): nothing is heard.
    bool available() const { return m_available; }

Q_SIGNALS:
    /// @p text went to the engine, to be said in @p language.
    void handedOver(const QString &text, const QString &language);

private:
    /// The engine, loaded at first use; null when it can't be.
    QTextToSpeech *engine();

    Settings m_settings;
    QTextToSpeech *m_engine = nullptr;
    bool m_available = true;
    QString m_language; ///< the engine's current language
};

} // namespace kiosk
