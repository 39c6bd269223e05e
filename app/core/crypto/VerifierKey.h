#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace kiosk {

/// The kiosk's own key for the order verifiers it keeps in cache.db: 32 random bytes in
/// `verifier.key` beside cache.db (the data dir), mode 0600, written atomically and never sent
/// anywhere. cache.db holds HMAC-SHA256(key, SHA-256(salt || normalised ZIP or card digits)) instead of
/// the backend's SHA-256, so a copied cache.db alone gives no ZIP code away (docs/security.md).
class VerifierKey
{
public:
    static constexpr qsizetype Size = 32;

    /// `verifier.key` in @p dir.
    static QString file(const QString &dir);
    /// The key in @p dir, made (random, 0600, atomically) when there is none yet. nullopt with @p error
    /// when it cannot be read or made, is not 32 bytes, or others may read it.
    static std::optional<QByteArray> loadOrCreate(const QString &dir, QString *error);
    /// The key in @p dir when there is one (nullopt, and no error, when there is none).
    static std::optional<QByteArray> load(const QString &dir, QString *error);

    /// What cache.db keeps for the backend's SHA-256 @p digest.
    static QByteArray seal(const QByteArray &key, const QByteArray &digest);
    /// Names the key without giving it away (kept in cache.db to tell which key sealed its verifiers).
    static QString id(const QByteArray &key);
};

} // namespace kiosk
