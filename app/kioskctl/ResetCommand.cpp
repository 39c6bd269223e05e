#include "ResetCommand.h"

#include "BacklogGuard.h"
#include "CliConfig.h"
#include "CliHelp.h"

#include "detect/HardwareChoice.h"
#include "policy/PolicyStore.h"
#include "provision/EnrolmentRecord.h"
#include "sync/SyncConfigJson.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

/// Why no file can be created and removed in @p dir (with the exit code: 4 when read-only), or empty.
QString unwritable(const QString &dir, int *exitCode)
{
    QByteArray name = QFile::encodeName(QDir(dir).filePath(u".kioskctl-reset-XXXXXX"_s));
    const int fd = ::mkstemp(name.data());
    if (fd < 0) {
        const int error = errno;
        *exitCode = error == EROFS || error == EACCES || error == EPERM ? 4 : 1;
        return u"%1 is read-only (%2)"_s.arg(dir, QString::fromLocal8Bit(std::strerror(error)));
    }
    ::close(fd);
    ::unlink(name.constData());
    return {};
}

/// What a reset removes: the kiosk's state in the data directory, then its enrolment.
QStringList stateFiles(const QString &dataDir, const QString &deviceTokenPath)
{
    const QDir data(dataDir);
    QStringList files;
    for (const QString &db : { u"journal.db"_s, u"cache.db"_s })
        for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s })
            files.append(data.filePath(db + suffix));
    // A certificate enrolment: enrolment.json first, so the kiosk is not enrolled from then on.
    files << data.filePath(u"sync-status.json"_s) << drivers::HardwareChoice::file(dataDir)
          << PolicyStore::activeBundlePath(dataDir) << EnrolmentRecord::recordFile(dataDir)
          << EnrolmentRecord::certificateFile(dataDir) << EnrolmentRecord::policyKeysFile(dataDir)
          << EnrolmentRecord::keyFile(dataDir) << EnrolmentRecord::firstBootPendingFile(dataDir)
          << deviceTokenPath;
    return files;
}

} // namespace

int runResetCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption exportFile = cli::BacklogGuard::exportOption();
    const QCommandLineOption config = cli::CliConfig::kioskConfigOption();
    const QCommandLineOption dataDir = cli::CliConfig::dataDirOption();
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"Wipes the kiosk's enrolment (the device token file) and its state in the data directory\n"
        "(journal.db, cache.db, policy.json, sync-status.json, the hardware choice hardware.json) so that\n"
        "it can be provisioned again.\n"
        "Refused while journal.db holds returns or events the backend has not received; there is no way\n"
        "around it but delivering them (kioskctl sync --once) or --export FILE, which writes them to a file\n"
        "signed with the kiosk's key first (kioskctl returns import takes it to the backend).\n"
        "Exit 0 when reset, 1 when it failed (the export included), 2 for bad usage or config,\n"
        "9 refused: journal.db holds unsynced returns or events (how many is printed),\n"
        "4 the data directory (or the token's) is read-only: nothing was removed; 3, 5 to 7 as status."_s);
    parser.addOptions({ help, exportFile, config, dataDir });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(
            parser, u"kioskctl reset [--export FILE] [--config FILE] [--data-dir DIR]"_s, out);
    if (!parsed || !parser.positionalArguments().isEmpty()) {
        err << (parsed ? u"reset takes no arguments"_s : parser.errorText()) << Qt::endl;
        return 2;
    }
    const QString data = parser.value(dataDir);
    const auto loaded
        = SyncConfigJson::fromFile(parser.value(config), data, SyncConfigJson::Token::NotYetEnrolled);
    if (!loaded.config) {
        err << loaded.error << Qt::endl;
        return 2;
    }
    for (const QString &dir : { data, QFileInfo(loaded.config->deviceTokenPath).absolutePath() }) {
        int exitCode = 1;
        if (const QString problem = unwritable(dir, &exitCode); !problem.isEmpty()) {
            err << "reset refused: " << problem << "; nothing was removed" << Qt::endl;
            return exitCode;
        }
    }
    int exitCode = 1;
    const auto backlog = cli::BacklogGuard::count(data, err, &exitCode);
    if (!backlog)
        return exitCode;
    if (parser.isSet(exportFile)) {
        if (const int exported
            = cli::BacklogGuard::exportTo(parser.value(exportFile), *loaded.config, data, out, err))
            return exported;
    } else if (!backlog->isEmpty()) {
        return cli::BacklogGuard::refuse(*backlog, u"reset"_s, err);
    }
    for (const QString &file : stateFiles(data, loaded.config->deviceTokenPath)) {
        if (!QFile::exists(file))
            continue;
        QFile removed(file);
        if (!removed.remove()) {
            err << "reset failed: cannot remove " << file << ": " << removed.errorString() << Qt::endl;
            return 1;
        }
        out << "removed " << file << '\n';
    }
    out << "reset: the kiosk can be enrolled again (kioskctl enrol --code ENROL-...)" << Qt::endl;
    return 0;
}
