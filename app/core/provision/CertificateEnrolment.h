#pragma once

#include "crypto/KeyStore.h"
#include "provision/EnrolmentRecord.h"

#include <QString>

#include <chrono>
#include <optional>

namespace kiosk {

/// Enrols a kiosk from an enrolment QR (or a typed code with the backend and pin): makes the kiosk's key
/// (KeyStore; it never leaves the kiosk), sends a CSR with the one-time code (POST /v1/enrol) to the
/// backend whose key matches the pin, checks the certificate it returns is for that key, and writes the
/// EnrolmentRecord. Until the record is written the kiosk is not enrolled; the key is kept, so a retry
/// after a lost reply asks again with the same key (the backend re-issues the certificate for it).
class CertificateEnrolment
{
public:
    struct Request
    {
        QString backendUrl; ///< "https://host[:port]"
        QString code; ///< "ENROL-XXXX-XXXX-XXXX"
        QString pin; ///< "sha256//BASE64"
        QString caBundle; ///< optional: trusted as well as the pin
        QString proposedKioskId; ///< optional: the backend may name the kiosk itself
        QString dataDir;
        std::chrono::milliseconds timeout { std::chrono::seconds(20) };
    };
    struct Result
    {
        std::optional<EnrolmentRecord> record;
        QString error; ///< for the technician: what went wrong and what to do
    };

    static Result enrol(const Request &request, KeyStore &keys);
};

} // namespace kiosk
