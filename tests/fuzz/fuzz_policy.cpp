// libFuzzer target for the policy loader: the signed bundle (PolicyLoader::fromBundle) and the bare policy
// document (PolicyLoader::fromJson), as if its signature were good, so every structural check is reached.
#include "policy/PolicyLoader.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>

using namespace kiosk;
using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The demo key (kiosk-config/demo/trusted-policy-keys.json): the seed bundles are signed with it.
    static const PolicyLoader::TrustedKeys keys { { u"demo-policy-2026"_s,
        QByteArray::fromBase64("C/AEm5K+ABS0uPZZcM5zN2w1058dQtW/RtTfaHLTnPk=") } };
    static const bool quiet = [] { // a rejected bundle is logged; millions of them only slow the run
        QLoggingCategory::setFilterRules(u"kiosk.policy.warning=false"_s);
        return true;
    }();
    Q_UNUSED(quiet);
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // A policy, or the reasons there is none: never both, never neither.
    const PolicyLoader::Result bundle = PolicyLoader::fromBundle(bytes, keys);
    if (bool(bundle.policy) == !bundle.errors.isEmpty())
        __builtin_trap();
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    const QJsonValue inner = doc.object().value(u"policy"_s);
    const QJsonObject policy = inner.isObject() ? inner.toObject() : doc.object();
    const PolicyLoader::Result bare = PolicyLoader::fromJson(policy);
    if (bool(bare.policy) == !bare.errors.isEmpty())
        __builtin_trap();
    // A policy that loads is loaded again, unchanged, from its canonical form (what gets signed).
    if (bare.policy
        && !PolicyLoader::fromJson(QJsonDocument::fromJson(PolicyLoader::canonicalBytes(policy)).object())
                .policy)
        __builtin_trap();
    return 0;
}
