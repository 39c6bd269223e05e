// kiosk-decode: the `kioskctl decode` subcommand as a standalone program.
#include "camera/DecodeCommand.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    if (args.contains(u"--help"_s) || args.contains(u"-h"_s))
        return kiosk::camera::printDecodeHelp(u"kiosk-decode"_s, out);
    if (args == QStringList { u"--version"_s }) {
        out << "kiosk-decode " << KIOSK_VERSION << '\n';
        return 0;
    }
    return kiosk::camera::runDecodeCommand(args, out);
}
