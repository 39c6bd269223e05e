#include "TestPki.h"

#include <QFile>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

QString TestPki::file(const QString &name)
{
    return QStringLiteral(KIOSK_TESTCA_DIR "/") + name;
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
