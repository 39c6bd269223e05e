#pragma once

#include <QString>
#include <QStringList>

namespace kiosk {

/// What an installed kiosk needs before it may start, each problem worded with how to fix it: the
/// config override (it holds the staff PIN hashes and the device token) readable by the service user and
/// by no one else than root and the service group (0640 root:<group>, or 0600 owned by the user), the
/// data directory owned by that user and closed to everyone else (0700), and room on its file system. The app
/// refuses to start on any of them and `kioskctl status` reports the same words.
class InstallCheck
{
public:
    /// The system user the kiosk service runs as (sysusers.d/returns-kiosk.conf).
    static constexpr const char *ServiceUser = "returns-kiosk";
    /// Room a return needs on the data directory's file system (a return, its outbox row and its
    /// receipt event with WAL and page overhead, many times over).
    static constexpr qint64 MinFreeBytes = 4 * 1024 * 1024;

    struct Expected
    {
        QString configPath; ///< empty: no config file is needed
        QString dataDir;
        uint uid = 0; ///< the user that must own dataDir and read configPath
        uint gid = 0;
        qint64 minFreeBytes = MinFreeBytes;
    };

    /// Every problem found; empty when the kiosk may start.
    static QStringList problems(const Expected &expected);
    /// The service user's ids, or an error saying how to create the user.
    static bool serviceUser(uint *uid, uint *gid, QString *error);

private:
    static QString configProblem(const Expected &expected);
    static QString dataDirProblem(const Expected &expected);
    static QString roomProblem(const Expected &expected);
};

} // namespace kiosk
