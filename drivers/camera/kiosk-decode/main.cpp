// kiosk-decode: the `kioskctl decode` subcommand as a standalone program.
#include "camera/DecodeCommand.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    return kiosk::camera::runDecodeCommand(app.arguments().mid(1), out);
}
