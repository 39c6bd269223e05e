#pragma once

#include <QStringList>
#include <QTextStream>

/// `kioskctl provision (--enrolment-qr TEXT | --code CODE --backend URL --pin PIN) [--profile NAME|auto]
/// [--config FILE] [--data-dir DIR] [--json]`: first-boot enrolment without the screen. The kiosk's key is
/// made in the data dir, a CSR goes to the backend with the code, and the certificate and store
/// configuration are stored (CertificateEnrolment). --profile is checked against the devices found before
/// enrolling and saved as hardware.json after. Exit 0 enrolled, 1 refused (the profile too), unreachable or
/// already enrolled, 2 bad usage.
int runProvisionCommand(const QStringList &args, QTextStream &out, QTextStream &err);
