#pragma once

#include "Policy.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <memory>

namespace kiosk {

/// Turns a retailer's signed policy bundle into a Policy, or into the complete list of what is wrong
/// with it, each error prefixed by its JSON path ("$.policy.windows[2].days: must be a positive integer").
///
/// Bundle: {"policy": {...}, "signature": {"keyId": "...", "alg": "Ed25519", "value": "<base64>"}}.
/// The signature covers canonicalBytes(policy): the policy object serialised compactly with its keys
/// sorted; the schema allows only integers, so this matches RFC 8785 (JCS) for every valid policy.
class PolicyLoader
{
public:
    using TrustedKeys = QHash<QString, QByteArray>; ///< keyId -> raw Ed25519 public key

    struct Result
    {
        std::shared_ptr<const Policy> policy; ///< null when errors is not empty
        QStringList errors;
    };

    /// Structural and semantic checks of a bare policy document; paths are rooted at `root`.
    static Result fromJson(const QJsonObject &policy, const QString &root = QStringLiteral("$"));
    /// Parses, verifies the signature against the trusted keys, and checks the policy in it. Every error
    /// is reported, signature and structure alike; a policy is returned only if there are none.
    static Result fromBundle(const QByteArray &bundleJson, const TrustedKeys &trustedKeys);
    static Result fromBundleFile(const QString &path, const TrustedKeys &trustedKeys);

    static QByteArray canonicalBytes(const QJsonObject &policy);
    /// Plays the retailer's part: wraps and signs a policy (tools, tests, the demo).
    static QJsonObject signBundle(
        const QJsonObject &policy, const QString &keyId, const QByteArray &privateKey);
    /// Reads {"keys": [{"keyId": "...", "publicKey": "<base64>"}]}; errors are appended to `errors`.
    static TrustedKeys loadTrustedKeys(const QString &path, QStringList *errors);
};

} // namespace kiosk
