#pragma once

#include "backlog/BacklogSigner.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace kiosk {

/// The file `kioskctl returns export` (and `reset`/`enrol --export`) writes: the returns and events the
/// kiosk's journal holds for the backend but has not delivered, signed so that the backend's import can
/// check which kiosk it came from and that nothing in it changed. Format "returns-kiosk-export/1":
/// {"format", "content": "<compact JSON {kioskId, exportedAt, returns, events}>", "signature":
/// {"algorithm", "value": base64}}; the signature covers the content string's UTF-8 bytes as written.
class BacklogFile
{
public:
    static constexpr auto Format = "returns-kiosk-export/1";

    struct Content
    {
        QString kioskId {};
        QDateTime exportedAt {};
        QJsonArray returns {}; ///< each as POST /v1/returns:batch takes it
        QJsonArray events {}; ///< each as POST /v1/events takes it
    };

    /// A file read back: its content, and what the verifier checks the signature of.
    struct Read
    {
        std::optional<Content> content {}; ///< nullopt when the file is unusable (error says why)
        QByteArray signedBytes {};
        QString algorithm {};
        QByteArray signature {};
        QString error {};
    };

    static QByteArray write(const Content &content, const BacklogSigner &signer);
    /// Parses without verifying; a truncated or damaged file is refused with what is wrong with it.
    static Read read(const QByteArray &file);
};

} // namespace kiosk
