#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl provision (--enrolment-qr TEXT | --code CODE --backend URL --pin PIN) [--config FILE]
/// [--data-dir DIR] [--json]`: first-boot enrolment without the screen. The kiosk's key is made in the data
/// dir, a CSR goes to the backend with the code, and the certificate and store configuration are stored
/// (CertificateEnrolment). Exit 0 enrolled, 1 refused, unreachable or already enrolled, 2 bad usage.
int runProvisionCommand(const QStringList &args, QTextStream &out, QTextStream &err);
