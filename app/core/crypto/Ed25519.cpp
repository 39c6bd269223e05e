#include "Ed25519.h"

#include <openssl/evp.h>

#include <memory>

namespace kiosk::crypto {

namespace {
struct PkeyDeleter
{
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}
} // namespace

bool Ed25519::verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    Pkey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(publicKey), PublicKeySize));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    return EVP_DigestVerify(
               ctx.get(), bytes(signature), SignatureSize, bytes(message), size_t(message.size()))
        == 1;
}

QByteArray Ed25519::sign(const QByteArray &privateKey, const QByteArray &message)
{
    if (privateKey.size() != PrivateKeySize)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), PrivateKeySize));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return {};
    QByteArray signature(SignatureSize, Qt::Uninitialized);
    size_t length = SignatureSize;
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
            bytes(message), size_t(message.size()))
        != 1)
        return {};
    return signature;
}

Ed25519::KeyPair Ed25519::generate()
{
    EVP_PKEY *raw = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr), &EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        return {};
    Pkey key(raw);
    KeyPair pair;
    pair.privateKey.resize(PrivateKeySize);
    pair.publicKey.resize(PublicKeySize);
    size_t privLen = PrivateKeySize;
    size_t pubLen = PublicKeySize;
    EVP_PKEY_get_raw_private_key(
        key.get(), reinterpret_cast<unsigned char *>(pair.privateKey.data()), &privLen);
    EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(pair.publicKey.data()), &pubLen);
    return pair;
}

QByteArray Ed25519::publicKeyOf(const QByteArray &privateKey)
{
    if (privateKey.size() != PrivateKeySize)
        return {};
    Pkey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytes(privateKey), PrivateKeySize));
    if (!key)
        return {};
    QByteArray publicKey(PublicKeySize, Qt::Uninitialized);
    size_t length = PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(publicKey.data()), &length)
        != 1)
        return {};
    return publicKey;
}

} // namespace kiosk::crypto
