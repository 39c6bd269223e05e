// kioskctl: the field technician's and operator's command-line tool. Dispatches to one function
// per subcommand; each prints JSON with --json and exits non-zero on failure.
#include "StatusCommand.h"
#include "SyncCommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kioskctl"_s);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.takeAt(1) : QString();
    if (command == u"status"_s)
        return runStatusCommand(args, out, err);
    if (command == u"sync"_s)
        return runSyncCommand(args, out, err);
    err << "usage: kioskctl status|sync [options]" << Qt::endl;
    return 2;
}
