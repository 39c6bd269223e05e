#include "TestPki.h"

#include <QProcess>

using namespace Qt::Literals::StringLiterals;

TestPki::TestPki()
{
    if (!m_dir.isValid())
        return;
    QProcess script;
    script.start(
        u"bash"_s, { QStringLiteral(KIOSK_SOURCE_DIR "/tools/testca/make-test-ca.sh"), m_dir.path() });
    if (!script.waitForFinished(60'000) || script.exitCode() != 0) {
        qWarning("make-test-ca.sh failed: %s", script.readAllStandardError().constData());
        return;
    }
    QProcess pin;
    pin.start(u"bash"_s,
        { u"-c"_s,
            u"set -o pipefail; openssl x509 -in \"$1\" -pubkey -noout | openssl pkey -pubin "
            "-outform der | openssl dgst -sha256 -binary | base64"_s,
            u"pin"_s, file(u"server.pem"_s) });
    if (!pin.waitForFinished(30'000) || pin.exitCode() != 0)
        return;
    m_serverPin = u"sha256//"_s + QString::fromLatin1(pin.readAllStandardOutput().trimmed());
    m_valid = true;
}
