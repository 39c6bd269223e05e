// policy-sign: signs a policy document into a bundle (or generates a key pair) the way the retailer's
// backend does. Keys are base64 raw Ed25519 keys in text files; see kiosk-config/demo/keys/README.md.
#include "crypto/Ed25519.h"
#include "policy/PolicyLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

QByteArray readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromBase64(file.readAll().trimmed(), QByteArray::AbortOnBase64DecodingErrors);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Signs a Returns Kiosk policy document into a bundle. Exit 0 when written, 1 when a file could "
        "not be read or written or the policy is invalid, 2 on usage errors."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ u"key"_s, u"Base64 Ed25519 private key file."_s, u"file"_s });
    parser.addOption({ u"key-id"_s, u"Key id recorded in the bundle."_s, u"id"_s });
    parser.addOption({ u"out"_s, u"Bundle to write."_s, u"file"_s });
    parser.addOption({ u"generate-key"_s, u"Write <dir>/<name>.key and .pub and exit."_s, u"dir/name"_s });
    parser.addPositionalArgument(u"policy"_s, u"Policy document (JSON) to sign."_s);
    parser.process(app);

    if (parser.isSet(u"generate-key"_s)) {
        const QString base = parser.value(u"generate-key"_s);
        const crypto::Ed25519::KeyPair pair = crypto::Ed25519::generate();
        if (!writeFile(base + u".key"_s, pair.privateKey.toBase64() + '\n')
            || !writeFile(base + u".pub"_s, pair.publicKey.toBase64() + '\n')) {
            err << "policy-sign: cannot write " << base << ".key/.pub\n";
            return 1;
        }
        return 0;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(u"key"_s) || !parser.isSet(u"key-id"_s)
        || !parser.isSet(u"out"_s)) {
        err << "usage: policy-sign --key FILE --key-id ID --out BUNDLE POLICY.json\n";
        return 2;
    }
    const QByteArray key = readKey(parser.value(u"key"_s));
    if (key.size() != crypto::Ed25519::PrivateKeySize) {
        err << "policy-sign: " << parser.value(u"key"_s) << " is not a base64 32-byte Ed25519 key\n";
        return 1;
    }
    QFile in(parser.positionalArguments().constFirst());
    if (!in.open(QIODevice::ReadOnly)) {
        err << "policy-sign: " << in.fileName() << ": " << in.errorString() << '\n';
        return 1;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(in.readAll(), &parseError);
    if (!doc.isObject()) {
        err << "policy-sign: " << in.fileName() << ": " << parseError.errorString() << '\n';
        return 1;
    }
    const PolicyLoader::Result checked = PolicyLoader::fromJson(doc.object());
    for (const QString &error : checked.errors)
        err << error << '\n';
    if (!checked.policy)
        return 1;
    const QJsonObject bundle = PolicyLoader::signBundle(doc.object(), parser.value(u"key-id"_s), key);
    if (!writeFile(parser.value(u"out"_s), QJsonDocument(bundle).toJson(QJsonDocument::Indented))) {
        err << "policy-sign: cannot write " << parser.value(u"out"_s) << '\n';
        return 1;
    }
    return 0;
}
