// mint-return-token: prints a signed return token (docs/codes.md) for demos and tests.
#include "codes/CodeParser.h"
#include "codes/TokenMinter.h"
#include "crypto/Ed25519.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <optional>

using namespace Qt::Literals::StringLiterals;
using kiosk::codes::CodeParser;
using kiosk::codes::TokenLine;
using kiosk::codes::TokenMinter;

namespace {
/// LINE:QTY[:REASON[:RESOLUTION]] as docs/codes.md allows it (REASON may be empty before a RESOLUTION).
std::optional<TokenLine> parseLine(const QString &entry)
{
    const QStringList parts = entry.split(u':');
    if (parts.size() < 2 || parts.size() > 4)
        return std::nullopt;
    bool lineOk = false;
    bool quantityOk = false;
    TokenLine line { parts[0].toInt(&lineOk), parts[1].toInt(&quantityOk) };
    if (!lineOk || !quantityOk || line.lineNo < 1 || line.lineNo > 9999 || line.quantity < 1
        || line.quantity > 999)
        return std::nullopt;
    line.reason = parts.value(2);
    line.resolution = parts.value(3);
    if (parts.size() == 3 && !CodeParser::isTokenReason(line.reason))
        return std::nullopt;
    if (parts.size() == 4
        && ((!line.reason.isEmpty() && !CodeParser::isTokenReason(line.reason))
            || !CodeParser::isTokenResolution(line.resolution)))
        return std::nullopt;
    return line;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QCommandLineParser cli;
    cli.setApplicationDescription(
        u"Mints a signed Returns Kiosk return token (RK1) and prints it. Exit 0 when printed, 2 on usage "
        "errors (a missing option, a bad key or line)."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption key(u"key"_s, u"Ed25519 private key seed, 64 hex digits."_s, u"hex"_s);
    const QCommandLineOption retailer(u"retailer"_s, u"Retailer id."_s, u"id"_s);
    const QCommandLineOption keyId(u"key-id"_s, u"Key id the kiosk looks the public key up by."_s, u"id"_s);
    const QCommandLineOption tokenId(u"token-id"_s, u"Unique token id."_s, u"id"_s);
    const QCommandLineOption order(u"order"_s, u"Order id."_s, u"id"_s);
    const QCommandLineOption expires(u"expires"_s, u"Expiry, ISO 8601 UTC."_s, u"time"_s);
    const QCommandLineOption line(u"line"_s,
        u"Line and quantity, LINE:QTY, optionally with the reason and resolution chosen online: "
        "LINE:QTY:REASON, LINE:QTY:REASON:RESOLUTION or LINE:QTY::RESOLUTION (RESOLUTION is refund, "
        "storeCredit or exchange); repeatable, each line once."_s,
        u"line"_s);
    const QCommandLineOption publicKey(u"public-key"_s, u"Print the public key (hex) instead."_s);
    cli.addOptions({ key, retailer, keyId, tokenId, order, expires, line, publicKey });
    cli.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QByteArray seed = QByteArray::fromHex(cli.value(key).toLatin1());
    if (seed.size() != kiosk::crypto::Ed25519::PrivateKeySize) {
        err << "mint-return-token: --key needs 64 hex digits\n";
        return 2;
    }
    if (cli.isSet(publicKey)) {
        out << kiosk::crypto::Ed25519::publicKeyOf(seed).toHex() << '\n';
        return 0;
    }
    TokenMinter::Token token { cli.value(retailer), cli.value(keyId), cli.value(tokenId), cli.value(order),
        QDateTime::fromString(cli.value(expires), Qt::ISODate), {} };
    for (const QString &entry : cli.values(line)) {
        const auto parsed = parseLine(entry);
        if (!parsed) {
            err << "mint-return-token: --line " << entry
                << " is not LINE:QTY[:REASON[:RESOLUTION]] (see --help and docs/codes.md)\n";
            return 2;
        }
        for (const TokenLine &seen : std::as_const(token.lines)) {
            if (seen.lineNo == parsed->lineNo) {
                err << "mint-return-token: line " << parsed->lineNo << " is given twice\n";
                return 2;
            }
        }
        token.lines.append(*parsed);
    }
    if (!token.expiresAt.isValid() || token.lines.isEmpty()) {
        err << "mint-return-token: --expires and at least one --line are required\n";
        return 2;
    }
    out << TokenMinter::mint(token, seed) << '\n';
    return 0;
}
