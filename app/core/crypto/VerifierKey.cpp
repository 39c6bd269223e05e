#include "VerifierKey.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QThread>

#include <openssl/rand.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

QString VerifierKey::file(const QString &dir)
{
    return QDir(dir).filePath(u"verifier.key"_s);
}

std::optional<QByteArray> VerifierKey::load(const QString &dir, QString *error)
{
    const QString path = file(dir);
    QFile key(path);
    if (!key.exists())
        return std::nullopt;
    constexpr auto Others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    if ((key.permissions() & Others) != 0) {
        *error = u"the verifier key %1 is readable by others (it must be mode 0600)"_s.arg(path);
        return std::nullopt;
    }
    if (!key.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the verifier key %1: %2"_s.arg(path, key.errorString());
        return std::nullopt;
    }
    const QByteArray bytes = key.read(Size + 1);
    if (bytes.size() != Size) {
        *error = u"the verifier key %1 is not %2 bytes: remove it and the kiosk makes a new one (typed order "
                 "numbers then need a colleague until the orders are synced again)"_s.arg(path)
                     .arg(Size);
        return std::nullopt;
    }
    return bytes;
}

std::optional<QByteArray> VerifierKey::loadOrCreate(const QString &dir, QString *error)
{
    QString loadError;
    if (auto key = load(dir, &loadError))
        return key;
    if (!loadError.isEmpty()) {
        *error = loadError;
        return std::nullopt;
    }
    QByteArray key(Size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), int(Size)) != 1) {
        *error = u"OpenSSL could not make a verifier key"_s;
        return std::nullopt;
    }
    // Written whole to a private temporary file, then linked in place only if there is still no key:
    // two connections opening the cache at once end up with the same key.
    const QString path = file(dir);
    const QByteArray temporary = QFile::encodeName(path
        + u".%1-%2.tmp"_s.arg(QCoreApplication::applicationPid())
              .arg(quintptr(QThread::currentThreadId()), 0, 16));
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    const bool written = fd >= 0 && ::write(fd, key.constData(), size_t(Size)) == Size && ::fsync(fd) == 0;
    const int writeErrno = errno;
    if (fd >= 0)
        ::close(fd);
    const bool linked = written && ::link(temporary.constData(), QFile::encodeName(path).constData()) == 0;
    const int linkErrno = errno;
    ::unlink(temporary.constData());
    if (linked)
        return key;
    if (written && linkErrno == EEXIST)
        return load(dir, error); // another connection made it first
    *error = u"cannot write the verifier key %1: %2"_s.arg(
        path, QString::fromLocal8Bit(std::strerror(written ? linkErrno : writeErrno)));
    return std::nullopt;
}

QByteArray VerifierKey::seal(const QByteArray &key, const QByteArray &digest)
{
    return QMessageAuthenticationCode::hash(digest, key, QCryptographicHash::Sha256);
}

QString VerifierKey::id(const QByteArray &key)
{
    return QString::fromLatin1(seal(key, "returns-kiosk verifier key id").left(8).toHex());
}

} // namespace kiosk
