#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <string>

namespace kiosk::backend {

class BackendStore;

/// Who sent a request, as its bearer credential says.
struct Caller
{
    enum class Kind {
        Unknown, ///< no credential, or one this backend does not know
        Device, ///< a device token: acts as exactly one kiosk
        Admin, ///< the admin token: /v1/admin/* only
    };
    Kind kind = Kind::Unknown;
    QString kioskId; ///< the kiosk a Device credential is bound to

    bool isDevice() const { return kind == Kind::Device; }
    /// True when this caller may send a return, event or heartbeat naming @p kiosk.
    bool mayActAs(const QString &kiosk) const { return kind == Kind::Device && kiosk == kioskId; }
};

/// The credentials the reference backend accepts, set once at start: device tokens each bound to one
/// kiosk (`--device-token KIOSK=TOKEN`, or issued by POST /v1/enrol and kept in BackendStore), and the
/// admin token (`--admin-token`), the only credential that opens /v1/admin/* and one no device token
/// may equal. No credential acts as more than one kiosk. Device tokens are compared by their SHA-256,
/// the admin token in constant time. Read-only once serving.
class Credentials
{
public:
    /// False with @p error when the token is empty, not printable ASCII, or already configured.
    bool addDeviceToken(const QString &kioskId, const QByteArray &token, QString *error);
    bool setAdminToken(const QByteArray &token, QString *error);
    bool hasAdminToken() const { return !m_adminToken.isEmpty(); }

    /// The SHA-256 of every device token configured for @p kioskId (enrolled ones are in BackendStore).
    QList<QByteArray> tokenHashesOf(const QString &kioskId) const { return m_deviceTokens.keys(kioskId); }

    /// The caller an `Authorization` header value identifies; enrolled tokens are looked up in @p store.
    Caller identify(const std::string &authorization, BackendStore &store) const;

private:
    bool usable(const QByteArray &token, QString *error) const;

    QHash<QByteArray, QString> m_deviceTokens; ///< SHA-256 of the token -> kiosk id
    QByteArray m_adminToken;
};

} // namespace kiosk::backend
