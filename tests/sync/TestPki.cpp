#include "TestPki.h"

#include <QFile>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

QString TestPki::file(const QString &name)
{
    return QStringLiteral(KIOSK_TESTCA_DIR "/") + name;
}

QStringList TestPki::enrollingBackendArgs(const QString &code)
{
    return { u"--enrolment-code"_s, code, u"--kiosk-ca-cert"_s, file(u"ca.pem"_s), u"--kiosk-ca-key"_s,
        file(u"ca.key"_s), u"--store-config"_s,
        QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/store.json") };
}

TestPki::TestPki()
{
    if (!QFile::exists(file(u"server.pem"_s)))
        return;
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
