#include "InstallCheck.h"

#include "KioskPaths.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

QString userName(uint uid)
{
    const passwd *entry = getpwuid(uid);
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(uid);
}

QString groupName(uint gid)
{
    const group *entry = getgrgid(gid);
    return entry ? QString::fromLocal8Bit(entry->gr_name) : QString::number(gid);
}

QString modeText(mode_t mode)
{
    return u"0"_s + QString::number(mode & 07777, 8);
}

} // namespace

QStringList InstallCheck::problems(const Expected &expected)
{
    QStringList found;
    for (const QString &problem :
        { configProblem(expected), dataDirProblem(expected), roomProblem(expected) })
        if (!problem.isEmpty())
            found.append(problem);
    return found;
}

bool InstallCheck::serviceUser(uint *uid, uint *gid, QString *error)
{
    const passwd *entry = getpwnam(ServiceUser);
    if (!entry) {
        *error
            = u"there is no system user %1: run systemd-sysusers (or reinstall the returns-kiosk package)"_s
                  .arg(QLatin1StringView(ServiceUser));
        return false;
    }
    *uid = entry->pw_uid;
    *gid = entry->pw_gid;
    return true;
}

QString InstallCheck::configProblem(const Expected &expected)
{
    if (expected.configPath.isEmpty())
        return {};
    const QByteArray path = QFile::encodeName(expected.configPath);
    struct stat info
    {
    };
    if (::stat(path.constData(), &info) != 0)
        return u"the kiosk config %1 is missing: copy the default from %2/kiosk.json there and adapt it "
               "(or run 'apt-get install --reinstall -o Dpkg::Options::=--force-confmiss returns-kiosk')"_s
                   .arg(expected.configPath, KioskPaths::shareDir());
    const bool readable = (info.st_uid == expected.uid && (info.st_mode & S_IRUSR))
        || (info.st_gid == expected.gid && (info.st_mode & S_IRGRP)) || (info.st_mode & S_IROTH);
    const QString fix
        = u"run 'chown root:%2 %1 && chmod 0640 %1'"_s.arg(expected.configPath, groupName(expected.gid));
    const QString found = u"the kiosk config %1 (owner %2:%3, mode %4)"_s.arg(
        expected.configPath, userName(info.st_uid), groupName(info.st_gid), modeText(info.st_mode));
    if (!S_ISREG(info.st_mode) || !readable)
        return u"%1 cannot be read by %2: "_s.arg(found, userName(expected.uid)) + fix;
    // It holds secrets (the staff PIN hashes, the device token): root's or the kiosk's to change, and
    // readable by the kiosk's group at most: 0640 root:<group>, or 0600 owned by the kiosk's user.
    const bool ownerMayHold = info.st_uid == 0 || info.st_uid == expected.uid;
    const bool groupMayRead = (info.st_mode & S_IRGRP) == 0 || info.st_gid == expected.gid;
    if (!ownerMayHold || !groupMayRead || (info.st_mode & 07137) != 0)
        return u"%1 holds the staff PIN hashes and the device token, and others can read or change it; it "
               "must be mode 0640 owned by root and group %2 (or 0600 owned by %3): "_s.arg(
                   found, groupName(expected.gid), userName(expected.uid))
            + fix;
    return {};
}

QString InstallCheck::dataDirProblem(const Expected &expected)
{
    const QByteArray path = QFile::encodeName(expected.dataDir);
    const QString fix = u"run 'chown -R %2:%3 %1 && chmod 0700 %1'"_s.arg(
        expected.dataDir, userName(expected.uid), groupName(expected.gid));
    struct stat info
    {
    };
    if (::stat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode))
        return u"the data directory %1 is missing: run 'install -d -m 0700 -o %2 -g %3 %1'"_s.arg(
            expected.dataDir, userName(expected.uid), groupName(expected.gid));
    if (info.st_uid != expected.uid || (info.st_mode & 077) != 0)
        return u"the data directory %1 is owned by %2 with mode %3; it must be owned by %4 with mode 0700: "_s
                   .arg(expected.dataDir, userName(info.st_uid), modeText(info.st_mode),
                       userName(expected.uid))
            + fix;
    // Its files (journal, cache, keys, policy) are the kiosk's alone too: one left readable by others
    // (an older install, a copy made by hand) is named with the fix.
    QStringList open;
    const QFileInfoList files
        = QDir(expected.dataDir).entryInfoList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &file : files) {
        struct stat entry
        {
        };
        if (::lstat(QFile::encodeName(file.filePath()).constData(), &entry) == 0 && S_ISREG(entry.st_mode)
            && (entry.st_mode & 077) != 0)
            open.append(u"%1 (mode %2)"_s.arg(file.fileName(), modeText(entry.st_mode)));
    }
    if (!open.isEmpty())
        return u"files in the data directory %1 can be read by others: %2; they must be mode 0600: run "
               "'chmod -R go= %1'"_s.arg(expected.dataDir, open.join(u", "_s));
    return {};
}

QString InstallCheck::roomProblem(const Expected &expected)
{
    const QStorageInfo volume(expected.dataDir);
    if (!volume.isValid() || volume.bytesAvailable() >= expected.minFreeBytes)
        return {};
    return u"the disk is full: %1 bytes free on %2 (holding %3), the kiosk needs %4 to record returns: free "
           "space on %2 (e.g. 'journalctl --vacuum-size=50M', 'apt-get clean')"_s.arg(volume.bytesAvailable())
               .arg(volume.rootPath(), expected.dataDir)
               .arg(expected.minFreeBytes);
}

} // namespace kiosk
