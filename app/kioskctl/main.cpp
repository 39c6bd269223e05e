// kioskctl: the field technician's and operator's command-line tool. Dispatches to one command per
// subcommand; each prints to out/err (JSON with --json) and returns the exit code.
#include "CacheCommand.h"
#include "CheckCommand.h"
#include "EnrolCommand.h"
#include "HardwareCommand.h"
#include "MigrateCommand.h"
#include "PolicyCommand.h"
#include "ProvisionCommand.h"
#include "ResetCommand.h"
#include "ReturnsCommand.h"
#include "SelfTestCommand.h"
#include "SimulateCommand.h"
#include "StatusCommand.h"
#include "SyncCommand.h"
#include "camera/DecodeCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace {

const char usage[] = "usage: kioskctl "
                     "<check|simulate|policy|cache|status|migrate|sync|enrol|provision|hardware|selftest|"
                     "returns|reset|decode> "
                     "[options]\n";

void printHelp(QTextStream &out)
{
    out << "Usage: kioskctl <command> [options]\n"
           "The returns kiosk's tool for technicians and retailers.\n\n"
           "Commands:\n"
           "  check     decide a cached order's return under a policy; with --select, the shopper's offer\n"
           "  simulate  decide every order of a data set or cache.db under a policy (and another one): "
           "totals\n"
           "            and every line the two decide differently\n"
           "  policy    validate a signed policy bundle\n"
           "  cache     import an orders data set into cache.db\n"
           "  status    the journal's outbox, dead letters, cache and last sync report\n"
           "  migrate   bring journal.db and cache.db to this version's schema (run on upgrade)\n"
           "  sync      send returns to the backend (--once: one pass)\n"
           "  enrol     get the device token from the backend with an enrolment code\n"
           "  provision  enrol a new kiosk from its enrolment QR: its own key, a certificate (mutual TLS)\n"
           "  hardware  the devices detected and the hardware profile that fits them\n"
           "  selftest  test every device (printer, chute, scale, light, scanner, backend); names what "
           "failed\n"
           "  returns   list the journal's returns; export the unsynced ones signed; import such a file\n"
           "  reset     wipe the enrolment and the data directory's state (refused while work is unsynced)\n"
           "  decode    run the kiosk's camera pipeline on image files\n\n"
           "Options:\n"
           "  -h, --help  Show this help and exit.\n"
           "  --version   Show the version and exit.\n\n"
           "Exit status:\n"
           "  0  done\n"
           "  1  failed (the backend, a file or the data refused it)\n"
           "  2  usage error (an unknown command or option, a bad value, an unusable config)\n"
           "  3  partial: cache import rejected some orders (status and sync: 3 to 7 name a storage\n"
           "     fault instead: 3 disk full, 4 read-only, 5 I/O error, 6 locked, 7 corrupt)\n"
           "  9  refused: journal.db holds returns or events the backend has not received (reset and\n"
           "     re-enrolment; the message says how many; --export FILE writes them to a signed file first)\n"
           "  10 hardware: no hardware profile fits the devices found\n"
           "  10 selftest: a device failed its self-test (each failed part is named on stderr)\n"
           "Each command's --help says what its codes mean for it (docs/kioskctl.md).\n\n"
           "'kioskctl <command> --help' (or 'kioskctl help <command>') shows a command's options.\n";
    out.flush();
}

bool asksForHelp(const QStringList &args)
{
    return args.contains(u"--help"_s) || args.contains(u"-h"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kioskctl"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;
    const QList<std::pair<QString, Command>> commands {
        { u"check"_s, kiosk::cli::CheckCommand::run },
        { u"simulate"_s, kiosk::cli::SimulateCommand::run },
        { u"policy"_s, kiosk::cli::PolicyCommand::run },
        { u"cache"_s, kiosk::cli::CacheCommand::run },
        { u"status"_s, runStatusCommand },
        { u"migrate"_s, runMigrateCommand },
        { u"sync"_s, runSyncCommand },
        { u"enrol"_s, runEnrolCommand },
        { u"provision"_s, runProvisionCommand },
        { u"hardware"_s, runHardwareCommand },
        { u"selftest"_s, runSelfTestCommand },
        { u"returns"_s, runReturnsCommand },
        { u"reset"_s, runResetCommand },
        { u"decode"_s,
            [](const QStringList &args, QTextStream &out, QTextStream &) {
                if (asksForHelp(args.mid(1)))
                    return kiosk::camera::printDecodeHelp(u"kioskctl decode"_s, out);
                return kiosk::camera::runDecodeCommand(args.mid(1), out);
            } },
    };
    if (args.size() == 2 && (args.at(1) == u"--help"_s || args.at(1) == u"-h"_s || args.at(1) == u"help"_s)) {
        printHelp(out);
        return 0;
    }
    if (args.size() == 2 && args.at(1) == u"--version"_s) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    if (args.size() == 3 && args.at(1) == u"help"_s) // help <command>: that command's --help
        args = { args.at(0), args.at(2), u"--help"_s };
    if (args.size() >= 2) {
        for (const auto &[name, command] : commands) {
            if (args.at(1) == name)
                return command(QStringList { args.constFirst() + u' ' + name } + args.mid(2), out, err);
        }
    }
    err << usage;
    return 2;
}
