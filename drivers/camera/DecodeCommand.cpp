#include "DecodeCommand.h"

#include "camera/BarcodeReader.h"
#include "camera/FrameDecoder.h"
#include "codes/CodeParser.h"

#include <QCommandLineParser>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::camera {

namespace {

using codes::ScannedCode;

QString shown(const DecodedBarcode &barcode, const ScannedCode &code)
{
    if (code.kind != ScannedCode::Kind::ReturnToken)
        return QString(barcode.text).replace(QChar(0x1D), u"<GS>"_s);
    return barcode.text.left(10) + u"…("_s + QString::number(barcode.text.size()) + u" chars)"_s;
}

QString kindName(ScannedCode::Kind kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<ScannedCode::Kind>().valueToKey(int(kind)));
}

/// The fields that matter for the kind, as "name": value.
QJsonObject fields(const ScannedCode &c)
{
    QJsonObject o;
    const auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    put(u"orderId"_s, c.orderId);
    put(u"retailerId"_s, c.retailerId);
    put(u"keyId"_s, c.keyId);
    if (c.expiresAt.isValid())
        o.insert(u"expiresAt"_s, c.expiresAt.toString(Qt::ISODate));
    if (!c.lines.isEmpty()) {
        QJsonArray lines;
        for (const auto &line : c.lines)
            lines.append(QJsonObject { { u"line"_s, line.lineNo }, { u"quantity"_s, line.quantity } });
        o.insert(u"lines"_s, lines);
    }
    if (c.kind == ScannedCode::Kind::ReceiptBarcode && c.isValid()) {
        o.insert(u"store"_s, c.store);
        o.insert(u"register"_s, c.registerNo);
        o.insert(u"transaction"_s, c.transaction);
        o.insert(u"date"_s, c.receiptDate.toString(Qt::ISODate));
    }
    put(u"gtin"_s, c.gtin);
    put(u"batch"_s, c.batch);
    put(u"serial"_s, c.serial);
    if (c.bestBefore.isValid())
        o.insert(u"expiry"_s, c.bestBefore.toString(Qt::ISODate));
    put(u"staffId"_s, c.staffId);
    put(u"enrolmentCode"_s, c.enrolmentCode);
    return o;
}

/// Why a zbar read of a still picture is not acted on (FrameDecoder::actedOnWhileStill).
constexpr char HeldReason[] = "zbar alone read it and no other reader agrees";

} // namespace

int printDecodeHelp(const QString &program, QTextStream &out)
{
    QString usageText;
    QTextStream usageStream(&usageText);
    runDecodeCommand({}, usageStream); // no image: prints the usage line
    usageStream.flush();
    out << usageText.section(u'\n', 0, 0).replace(u"usage: decode"_s, u"Usage: "_s + program) << '\n'
        << "Runs the kiosk's camera pipeline (all passes) on each image and prints what the kiosk would "
           "read\n"
           "and what the code parser made of it. A read that only zbar makes is shown as held, not read:\n"
           "the kiosk does not act on it while the picture stays the same.\n"
           "Exit 0 when every image was read, 1 when some image read nothing or could not be opened, 2 on\n"
           "usage errors.\n";
    out.flush();
    return 0;
}

int runDecodeCommand(const QStringList &args, QTextStream &out)
{
    QCommandLineParser cli;
    const QCommandLineOption json(u"json"_s, u"JSON output."_s);
    const QCommandLineOption profileOption(
        u"profile"_s, u"What the screen expects: orders, items or all (default)."_s, u"profile"_s, u"all"_s);
    const QCommandLineOption retailer(u"retailer"_s, u"Retailer id return tokens must carry."_s, u"id"_s);
    const QCommandLineOption tokenKey(
        u"token-key"_s, u"Return token public key, KEYID=64 hex digits; repeatable."_s, u"key"_s);
    const QCommandLineOption now(u"now"_s, u"Time for token expiry, ISO 8601 (default: now)."_s, u"time"_s);
    cli.addOptions({ json, profileOption, retailer, tokenKey, now });
    if (!cli.parse(QStringList { u"decode"_s } + args) || cli.positionalArguments().isEmpty()) {
        out << "usage: decode [--json] [--profile orders|items|all] [--retailer ID] [--token-key KID=HEX]"
               " [--now ISO] IMAGE...\n";
        if (!cli.errorText().isEmpty())
            out << cli.errorText() << '\n';
        return 2;
    }
    ScanProfile profile = ScanProfile::everything();
    if (cli.value(profileOption) == u"orders")
        profile = ScanProfile::orderCodes();
    else if (cli.value(profileOption) == u"items")
        profile = ScanProfile::itemTags();
    else if (cli.value(profileOption) != u"all") {
        out << "decode: unknown profile " << cli.value(profileOption) << '\n';
        return 2;
    }
    codes::CodeParser::Config config;
    config.retailerId = cli.value(retailer);
    for (const QString &entry : cli.values(tokenKey)) {
        const auto eq = entry.indexOf(u'=');
        const QByteArray key = QByteArray::fromHex(entry.mid(eq + 1).toLatin1());
        if (eq <= 0 || key.size() != 32) {
            out << "decode: --token-key wants KEYID=64 hex digits\n";
            return 2;
        }
        config.tokenKeys.insert(entry.left(eq), key);
    }
    const QDateTime at = cli.isSet(now) ? QDateTime::fromString(cli.value(now), Qt::ISODate)
                                        : QDateTime::currentDateTimeUtc();
    if (!at.isValid()) {
        out << "decode: --now is not an ISO 8601 time\n";
        return 2;
    }
    const codes::CodeParser parser(config);
    const BarcodeReader reader;

    int status = 0;
    QJsonArray results;
    for (const QString &path : cli.positionalArguments()) {
        QJsonObject entry { { u"file"_s, path } };
        const QImage image(path);
        if (image.isNull()) {
            status = 1;
            entry.insert(u"error"_s, u"cannot read image"_s);
            if (!cli.isSet(json))
                out << path << ": cannot read image\n";
            results.append(entry);
            continue;
        }
        const auto barcode = reader.read(image, profile);
        const bool actedOn = barcode && FrameDecoder::actedOnWhileStill(*barcode);
        entry.insert(u"read"_s, actedOn);
        if (!actedOn) {
            status = 1;
            if (barcode) { // zbar alone: shown apart, never as the picture's text
                entry.insert(u"held"_s,
                    QJsonObject { { u"format"_s, barcode->format }, { u"text"_s, barcode->text },
                        { u"pass"_s, barcode->pass }, { u"reason"_s, QString::fromLatin1(HeldReason) } });
            }
            if (!cli.isSet(json)) {
                out << path << ": nothing read";
                if (barcode)
                    out << " (held: " << barcode->format << " \"" << barcode->text << "\", " << HeldReason
                        << ')';
                out << '\n';
            }
            results.append(entry);
            continue;
        }
        const ScannedCode code = parser.parse(barcode->text, at);
        entry.insert(u"format"_s, barcode->format);
        entry.insert(u"text"_s, shown(*barcode, code));
        entry.insert(u"pass"_s, barcode->pass);
        entry.insert(u"needsConfirmation"_s, barcode->needsConfirmation);
        entry.insert(u"kind"_s, kindName(code.kind));
        entry.insert(u"status"_s, code.errorCode());
        if (!code.isValid())
            entry.insert(u"reason"_s, code.reason);
        entry.insert(u"fields"_s, fields(code));
        results.append(entry);
        if (!cli.isSet(json)) {
            out << path << ": " << barcode->format << " \"" << shown(*barcode, code) << "\" -> "
                << kindName(code.kind) << ' ' << code.errorCode();
            if (barcode->needsConfirmation)
                out << " [needs confirmation]";
            if (!code.isValid())
                out << " (" << code.reason << ')';
            const QJsonObject f = fields(code);
            for (auto it = f.begin(); it != f.end(); ++it)
                if (!it.value().isArray())
                    out << ' ' << it.key() << '=' << it.value().toVariant().toString();
            out << '\n';
        }
    }
    if (cli.isSet(json))
        out << QJsonDocument(results).toJson(QJsonDocument::Indented);
    out.flush();
    return status;
}

} // namespace kiosk::camera
