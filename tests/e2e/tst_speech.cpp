#include "DemoConfigCopy.h"
#include "KioskApplication.h"
#include "KioskSounds.h"
#include "KioskSpeech.h"
#include "ReadAloud.h"
#include "ReturnSession.h"
#include "UiDriver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ReturnsKioskPlugin)

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

/// The read-aloud mode on the real kiosk with a real voice (speech-dispatcher and espeak-ng): one
/// journey in each language with speech on, moved through with a keypad's keys where a blind shopper
/// would, recorded from a PulseAudio server of the test's own (a null sink recorded with parec). Each
/// journey checks that the texts handed to the engine are the screens' own, in the shopper's language,
/// and that the recording is speech, not silence (sox's RMS amplitude).
class SpeechTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_root;
    QString m_runtime;
    QProcess m_pulse;
    QProcess m_speechd;
    QStringList m_missing;
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<KioskApplication> m_kiosk;
    std::unique_ptr<UiDriver> m_ui;

    /// The demo kiosk (its sounds, speech with speechd) on a profile with a keypad.
    void startKiosk()
    {
        m_data = std::make_unique<QTemporaryDir>();
        const QString configPath = test::writeDemoConfigCopy(m_data->path(),
            { { u"sound"_s, QJsonObject { { u"volume"_s, 70 }, { u"speechEngine"_s, u"speechd"_s } } } });
        QVERIFY(!configPath.isEmpty());
        const auto options = KioskApplication::parseArguments(
            { u"returns-kiosk"_s, u"--data-dir"_s, m_data->path(), u"--config"_s, configPath,
                u"--seed-orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json"),
                u"--clock"_s, u"2026-11-20T15:00:00Z"_s, u"--hardware"_s,
                QStringLiteral(KIOSK_SOURCE_DIR "/tests/e2e/data/keypad-hardware.json") });
        QVERIFY(options);
        m_kiosk = std::make_unique<KioskApplication>(*options);
        QString error;
        QVERIFY2(m_kiosk->initialise(&error), qPrintable(error));
        QVERIFY(m_kiosk->loadUi());
        QDir shots(QStringLiteral(KIOSK_BINARY_DIR "/tests/e2e/speech"));
        QVERIFY(shots.mkpath(u"."_s));
        m_ui = std::make_unique<UiDriver>(*m_kiosk->window(), *m_kiosk->session(), shots);
        QVERIFY(m_ui->waitForScreen(u"attract"_s));
    }

    /// A key of the profile's keypad, as the window gets it.
    void press(Qt::Key key) { QTest::keyClick(m_kiosk->window(), key); }
    /// The keypad's confirm key, once the session takes taps again (no shopper is faster).
    void confirm()
    {
        QTRY_VERIFY(m_kiosk->session()->settled());
        press(Qt::Key_F15);
    }

    /// Next (F13) until the keys are on the choice named @p objectName (at most once round).
    bool moveTo(const QString &objectName)
    {
        for (qsizetype i = 0; i <= m_kiosk->readAloud()->screen().choices.size(); ++i) {
            press(Qt::Key_F13);
            if (QQuickItem *focused = m_kiosk->readAloud()->focusedChoice();
                focused && focused->objectName() == objectName)
                return true;
        }
        return false;
    }

    /// RMS amplitude of a WAV file, from `sox FILE -n stat`; -1 when sox can't read it.
    static double rmsOf(const QString &wav)
    {
        QProcess sox;
        sox.start(u"sox"_s, { wav, u"-n"_s, u"stat"_s });
        if (!sox.waitForFinished(30000))
            return -1;
        const QString report = QString::fromLocal8Bit(sox.readAllStandardError());
        const QRegularExpressionMatch rms
            = QRegularExpression(uR"(RMS\s+amplitude:\s+([0-9.]+))"_s).match(report);
        return rms.hasMatch() ? rms.captured(1).toDouble() : -1;
    }

    /// Starts @p process and waits for @p path (its socket) to appear.
    static bool startServer(
        QProcess &process, const QString &program, const QStringList &args, const QString &path)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, args);
        if (!process.waitForStarted(10000))
            return false;
        for (int i = 0; i < 200 && !QFile::exists(path); ++i)
            QTest::qWait(50);
        return QFile::exists(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &tool : { u"pulseaudio"_s, u"parec"_s, u"sox"_s, u"speech-dispatcher"_s })
            if (QStandardPaths::findExecutable(tool).isEmpty())
                m_missing.append(tool);
        if (!m_missing.isEmpty())
            return;
        // A sound server and a speech server of the test's own, found by the kiosk through this
        // runtime directory; as root too (-n: no default script, only these modules; no --system).
        m_runtime = m_root.filePath(u"run"_s);
        QVERIFY(QDir().mkpath(m_runtime));
        QVERIFY(QFile::setPermissions(m_runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(QDir().mkpath(m_root.filePath(u"home"_s)));
        qputenv("XDG_RUNTIME_DIR", m_runtime.toLocal8Bit());
        qputenv("HOME", m_root.filePath(u"home"_s).toLocal8Bit());
        qunsetenv("PULSE_SERVER");
        QVERIFY2(
            startServer(m_pulse, u"pulseaudio"_s,
                { u"-n"_s, u"--daemonize=no"_s, u"--exit-idle-time=-1"_s, u"--use-pid-file=no"_s, u"-L"_s,
                    u"module-null-sink sink_name=capture rate=22050 channels=1"_s, u"-L"_s,
                    u"module-native-protocol-unix auth-anonymous=1"_s, u"-L"_s, u"module-always-sink"_s },
                m_runtime + u"/pulse/native"_s),
            m_pulse.readAll().constData());
        QVERIFY2(startServer(m_speechd, u"speech-dispatcher"_s,
                     { u"-s"_s, u"-t"_s, u"0"_s, u"-c"_s, u"unix_socket"_s, u"-S"_s,
                         m_runtime + u"/speech-dispatcher/speechd.sock"_s },
                     m_runtime + u"/speech-dispatcher/speechd.sock"_s),
            m_speechd.readAll().constData());
    }

    void cleanupTestCase()
    {
        for (QProcess *server : { &m_speechd, &m_pulse }) {
            if (server->state() == QProcess::NotRunning)
                continue;
            server->terminate();
            if (!server->waitForFinished(5000))
                server->kill();
        }
    }

    void cleanup()
    {
        m_ui.reset();
        m_kiosk.reset();
    }

    void journey_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("itemsTitle");
        QTest::addColumn<QString>("reasonsTitle");
        QTest::addColumn<QString>("yes");
        QTest::addColumn<QString>("notSelected");
        QTest::addColumn<QString>("selected");
        QTest::newRow("en") << u"en"_s << u"Which items are you returning?"_s
                            << u"Why are you returning it?"_s << u"Yes"_s << u", not selected"_s
                            << u", selected"_s;
        QTest::newRow("es") << u"es"_s << u"¿Qué artículos devuelves?"_s << u"¿Por qué lo devuelves?"_s
                            << u"Sí"_s << u", no seleccionado"_s << u", seleccionado"_s;
        QTest::newRow("fr") << u"fr"_s << u"Quels articles retournez-vous ?"_s
                            << u"Pourquoi le retournez-vous ?"_s << u"Oui"_s << u", non sélectionné"_s
                            << u", sélectionné"_s;
    }

    /// Identify to the open chute in one language with speech on; the item list and the question by
    /// the keypad's keys.
    void journey()
    {
        if (!m_missing.isEmpty())
            QSKIP(qPrintable(m_missing.join(u", "_s)
                + u" not installed (packaging/install-deps.sh installs them): speech is not recorded"_s));
        QFETCH(QString, language);
        QFETCH(QString, itemsTitle);
        QFETCH(QString, reasonsTitle);
        QFETCH(QString, yes);
        QFETCH(QString, notSelected);
        QFETCH(QString, selected);
        startKiosk();
        KioskSpeech *speech = m_kiosk->speech();
        QSignalSpy said(speech, &KioskSpeech::handedOver);
        QSignalSpy sounds(m_kiosk->sounds(), &KioskSounds::playRequested);

        QVERIFY(m_ui->tap(u"startButton"_s));
        QVERIFY(m_ui->waitForScreen(u"identify"_s));
        if (language != u"en"_s)
            QVERIFY(m_ui->tap(u"language_"_s + language));
        if (language == u"es"_s)
            press(Qt::Key_F16); // the keypad's first key turns speech on, for a shopper who can't see the
                                // button
        else
            QVERIFY(m_ui->tap(u"readAloudButton"_s));
        QVERIFY(m_kiosk->readAloud()->on());
        QVERIFY(m_ui->typeOnKeypad(u"100001"_s));
        QVERIFY(m_ui->waitForScreen(u"verify"_s));
        QVERIFY(m_ui->typeOnKeypad(u"60614"_s));
        QVERIFY(m_ui->waitForScreen(u"items"_s));
        const auto saidText = [&said](const QString &text) {
            return std::any_of(said.cbegin(), said.cend(),
                [&text](const QList<QVariant> &s) { return s.at(0).toString() == text; });
        };
        QTRY_VERIFY2(
            saidText(itemsTitle), qPrintable(said.isEmpty() ? QString() : said.last().at(0).toString()));
        // The keypad: on to the T-shirt, confirm (chosen), and it says so in the shopper's language.
        QVERIFY(moveTo(u"line_1"_s));
        const QString tShirt = said.last().at(0).toString();
        QVERIFY2(tShirt.endsWith(notSelected), qPrintable(tShirt));
        confirm();
        QTRY_COMPARE(session().selectedCount(), 1);
        QTRY_COMPARE(said.last().at(0).toString(), tShirt.chopped(notSelected.size()) + selected);
        QVERIFY(moveTo(u"confirmItemsButton"_s));
        QVERIFY(!m_ui->screenshot(u"items-keys-"_s + language).isEmpty()); // the keys' choice outlined
        confirm();
        QVERIFY(m_ui->waitForScreen(u"reasons"_s));
        QTRY_VERIFY(saidText(reasonsTitle));
        QVERIFY(m_ui->tap(u"reason_changed_mind"_s));
        QVERIFY(m_ui->waitForScreen(u"questions"_s));
        QVERIFY(moveTo(u"answerYes"_s));
        QCOMPARE(said.last().at(0).toString(), yes);
        confirm();
        QVERIFY(m_ui->waitForScreen(u"resolution"_s));
        QVERIFY(m_ui->tap(u"resolution_refund"_s));
        QVERIFY(m_ui->waitForScreen(u"review"_s));
        QVERIFY(m_ui->tap(u"confirmReviewButton"_s));
        QVERIFY(m_ui->waitForScreen(u"dropoff"_s));
        QTRY_VERIFY(session().awaitingTag());
        session().submitCode(u"00012345678905"_s); // the T-shirt's tag: the chute opens
        QTRY_VERIFY(std::any_of(sounds.cbegin(), sounds.cend(), [](const QList<QVariant> &s) {
            return s.at(0).value<KioskSounds::Sound>() == KioskSounds::Sound::ChuteOpening;
        }));
        m_ui->screenshot(u"dropoff-"_s + language);
        for (const QList<QVariant> &s : std::as_const(said))
            QCOMPARE(s.at(1).toString(), language);

        // The done screen read to its end, recorded: speech only, no sound is asked for meanwhile.
        QVERIFY(m_ui->waitForScreen(u"done"_s, 10000));
        const qsizetype soundsBefore = sounds.size();
        const QString recording
            = QDir(QStringLiteral(KIOSK_BINARY_DIR "/tests/e2e/speech")).filePath(language + u".wav"_s);
        QFile::remove(recording);
        QProcess parec;
        parec.start(u"parec"_s, { u"-d"_s, u"capture.monitor"_s, u"--file-format=wav"_s, recording });
        QVERIFY(parec.waitForStarted());
        QVERIFY2(speech->available(), "the speechd engine did not start");
        QTRY_VERIFY_WITH_TIMEOUT(speech->speaking(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!speech->speaking(), 60000);
        QTest::qWait(300);
        parec.terminate();
        QVERIFY(parec.waitForFinished(5000));
        QCOMPARE(sounds.size(), soundsBefore);
        const double rms = rmsOf(recording);
        qInfo("%s: %lld texts handed to the engine; RMS amplitude of the done screen's speech %.4f (%s)",
            qPrintable(language), qlonglong(said.size()), rms, qPrintable(recording));
        QVERIFY2(rms > 0.01, qPrintable(u"the recording is silent: RMS %1"_s.arg(rms)));
        session().cancel();
    }

private:
    ReturnSession &session() { return *m_kiosk->session(); }
};

QTEST_MAIN(SpeechTest)
#include "tst_speech.moc"
