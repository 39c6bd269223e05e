#pragma once

#include "sync/SyncConfig.h"

#include <QString>

namespace kiosk {

/// Enrols the kiosk with the backend: sends a technician's one-time enrolment code with POST
/// /v1/enrol (over the same verified TLS as every other request, without a token) and stores the
/// device token it gets back in the config's token file, readable by the kiosk's user only (0600).
class DeviceEnrolment
{
public:
    struct Result
    {
        bool ok = false;
        QString kioskId; ///< as the backend registered it
        QString error;
    };

    /// What to do when the token file already exists (the kiosk is enrolled).
    enum class Existing {
        Refuse, ///< fail before any request
        Replace, ///< enrol anew; the old token is replaced only once the backend issued a new one
    };

    /// @p codeText as typed or scanned ("ENROL-XXXX-XXXX-XXXX", lenient about case, dashes and
    /// confusable digits).
    static Result enrol(
        const SyncConfig &config, const QString &codeText, Existing existing = Existing::Refuse);
};

} // namespace kiosk
