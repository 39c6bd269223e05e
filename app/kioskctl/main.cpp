// kioskctl: the field technician's and operator's command-line tool. Dispatches to one command per
// subcommand; each prints to out/err (JSON with --json) and returns the exit code.
#include "CacheCommand.h"
#include "CheckCommand.h"
#include "EnrolCommand.h"
#include "PolicyCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "camera/DecodeCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kioskctl"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;
    const QList<std::pair<QString, Command>> commands {
        { u"check"_s, kiosk::cli::CheckCommand::run },
        { u"policy"_s, kiosk::cli::PolicyCommand::run },
        { u"cache"_s, kiosk::cli::CacheCommand::run },
        { u"status"_s, runStatusCommand },
        { u"sync"_s, runSyncCommand },
        { u"enrol"_s, runEnrolCommand },
        { u"decode"_s,
            [](const QStringList &args, QTextStream &out, QTextStream &) {
                return kiosk::camera::runDecodeCommand(args.mid(1), out);
            } },
    };
    if (args.size() >= 2) {
        for (const auto &[name, command] : commands) {
            if (args.at(1) == name)
                return command(QStringList { args.constFirst() + u' ' + name } + args.mid(2), out, err);
        }
    }
    err << "usage: kioskctl <check|policy|cache|status|sync|enrol|decode> [options]\n";
    return 2;
}
