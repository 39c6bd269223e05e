#include "crypto/Ed25519.h"

#include <QTest>

using namespace kiosk::crypto;

/// Pins signature verification against RFC 8032's first test vector and tampering of every part.
class Ed25519Test : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc8032Vector()
    {
        const QByteArray secret
            = QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const QByteArray pub
            = QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray sig
            = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590"
                                  "a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QCOMPARE(Ed25519::publicKeyOf(secret), pub);
        QCOMPARE(Ed25519::sign(secret, QByteArray()), sig);
        QVERIFY(Ed25519::verify(pub, QByteArray(), sig));
    }

    void rejectsTampering()
    {
        const auto keys = Ed25519::generate();
        QCOMPARE(keys.publicKey.size(), Ed25519::PublicKeySize);
        const QByteArray message("policy v7");
        const QByteArray sig = Ed25519::sign(keys.privateKey, message);
        QVERIFY(Ed25519::verify(keys.publicKey, message, sig));
        QVERIFY(!Ed25519::verify(keys.publicKey, "policy v8", sig));
        QByteArray flipped = sig;
        flipped[10] = char(flipped[10] ^ 1);
        QVERIFY(!Ed25519::verify(keys.publicKey, message, flipped));
        QVERIFY(!Ed25519::verify(Ed25519::generate().publicKey, message, sig));
        QVERIFY(!Ed25519::verify(keys.publicKey.left(31), message, sig));
        QVERIFY(!Ed25519::verify(keys.publicKey, message, sig.left(63)));
        QVERIFY(Ed25519::sign(QByteArray(5, 'x'), message).isEmpty());
    }
};

QTEST_GUILESS_MAIN(Ed25519Test)
#include "tst_ed25519.moc"
