#include "ReturnsCommand.h"

#include "BacklogGuard.h"
#include "CliConfig.h"
#include "CliHelp.h"
#include "StatusCommand.h"

#include "sync/HttpClient.h"
#include "sync/SyncConfigJson.h"
#include "sync/SyncProtocol.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace kiosk;

namespace {

const char usage[] = "kioskctl returns list [--pending] [--json] [--data-dir DIR]\n"
                     "       kioskctl returns export FILE [--config FILE] [--data-dir DIR]\n"
                     "       kioskctl returns import FILE --backend URL --admin-token-file FILE --ca FILE";

QString money(qint64 minor, const QString &currency)
{
    return u"%1.%2 %3"_s.arg(minor / 100).arg(minor % 100, 2, 10, QChar(u'0')).arg(currency);
}

int list(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString path = QDir(parser.value(u"data-dir"_s)).filePath(u"journal.db"_s);
    if (!QFile::exists(path)) {
        err << "no journal at " << path << Qt::endl;
        return 1;
    }
    Journal journal;
    if (!journal.open(path, Journal::Access::ReadOnly)) {
        err << journal.lastError() << Qt::endl;
        return std::max(1, storageExitCode(journal.lastFault()));
    }
    const auto rows = UnsyncedBacklog(journal).returns(parser.isSet(u"pending"_s));
    if (!rows) {
        err << "cannot read the returns: " << journal.database().lastError() << Qt::endl;
        return 1;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray returns;
        for (const auto &row : *rows)
            returns.append(QJsonObject { { u"id"_s, row.id }, { u"orderId"_s, row.orderId },
                { u"createdAt"_s, row.createdAt.toString(Qt::ISODateWithMs) },
                { u"resolution"_s, row.resolution }, { u"currency"_s, row.currency },
                { u"refundTotal"_s, row.refundTotal }, { u"state"_s, row.state } });
        out << QJsonDocument(QJsonObject { { u"returns"_s, returns } }).toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const auto &row : *rows)
        out << row.id << "  " << row.createdAt.toString(Qt::ISODate) << "  " << row.orderId << "  "
            << row.resolution << ' ' << money(row.refundTotal, row.currency) << "  " << row.state << '\n';
    out << rows->size() << (parser.isSet(u"pending"_s) ? " pending" : "") << " returns" << Qt::endl;
    return 0;
}

int exportFile(const QCommandLineParser &parser, const QString &file, QTextStream &out, QTextStream &err)
{
    const QString dataDir = parser.value(u"data-dir"_s);
    const auto loaded
        = SyncConfigJson::fromFile(parser.value(u"config"_s), dataDir, SyncConfigJson::Token::NotYetEnrolled);
    if (!loaded.config) {
        err << loaded.error << Qt::endl;
        return 2;
    }
    return cli::BacklogGuard::exportTo(file, *loaded.config, dataDir, out, err);
}

int import(const QCommandLineParser &parser, const QString &file, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(u"backend"_s) || !parser.isSet(u"admin-token-file"_s) || !parser.isSet(u"ca"_s)) {
        err << "returns import needs --backend URL, --admin-token-file FILE and --ca FILE" << Qt::endl;
        return 2;
    }
    QFile exported(file);
    QFile tokenFile(parser.value(u"admin-token-file"_s));
    if (!exported.open(QIODevice::ReadOnly) || !tokenFile.open(QIODevice::ReadOnly)) {
        err << "cannot read " << (exported.isOpen() ? tokenFile.fileName() : file) << Qt::endl;
        return 1;
    }
    SyncConfig config;
    config.baseUrl = parser.value(u"backend"_s);
    config.caBundlePath = parser.value(u"ca"_s);
    config.deviceToken = QString::fromUtf8(tokenFile.read(4096)).trimmed(); // sent as the bearer token
    HttpClient http(config);
    const HttpResponse response
        = http.perform(HttpRequest { "POST", "/v1/admin/returns/import", exported.read(64 * 1024 * 1024) });
    if (response.transportFailed()) {
        err << "import: " << response.error << Qt::endl;
        return 1;
    }
    if (response.status != 200) {
        err << "import refused: " << SyncProtocol::statusError(response.status, response.body) << Qt::endl;
        return 1;
    }
    const QJsonObject reply = QJsonDocument::fromJson(response.body).object();
    const auto counted = [&reply](const QString &what) {
        const QJsonObject counts = reply.value(what).toObject();
        return u"%1 %2 stored, %3 already stored, %4 rejected"_s.arg(counts.value("accepted"_L1).toInt())
            .arg(what)
            .arg(counts.value("duplicate"_L1).toInt())
            .arg(counts.value("rejected"_L1).toInt());
    };
    out << "kiosk " << reply.value("kioskId"_L1).toString() << ": " << counted(u"returns"_s) << "; "
        << counted(u"events"_s) << '\n';
    if (reply.value("nothingNew"_L1).toBool())
        out << "nothing new: every return and event of this file was already stored" << '\n';
    for (const QJsonValue &result : reply.value("results"_L1).toObject().value("returns"_L1).toArray())
        if (result[u"status"_s].toString() == u"rejected"_s)
            err << "rejected " << result[u"id"_s].toString() << ": " << result[u"reason"_s].toString()
                << '\n';
    out.flush();
    err.flush();
    return 0;
}

} // namespace

int runReturnsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help = cli::CliHelp::option();
    parser.setApplicationDescription(
        u"list: the returns journal.db recorded, each with its state (pending, delivered, dead-letter);\n"
        "  --pending: only those the backend has not received.\n"
        "export FILE: the journal's unsynced returns and events in a file signed with the kiosk's key\n"
        "  (today an HMAC-SHA256 keyed by its device token; docs/kioskctl.md). Mode 0600.\n"
        "import FILE: sends such a file to the reference backend's POST /v1/admin/returns/import with the\n"
        "  admin token; each return is stored once: a file imported twice, or returns sync already\n"
        "  delivered, store nothing new (and it says so).\n"
        "Exit 0 when done, 1 when it failed or the backend refused the file (tampered, truncated, signed by\n"
        "another kiosk: nothing stored), 2 on usage errors; list: 3 to 7 as status."_s);
    parser.addOptions({ help, { u"pending"_s, u"list: only the returns not yet delivered."_s },
        { u"json"_s, u"list: print JSON."_s }, cli::CliConfig::kioskConfigOption(),
        cli::CliConfig::dataDirOption(),
        { u"backend"_s, u"import: the backend's URL (https://host:port)."_s, u"url"_s },
        { u"admin-token-file"_s, u"import: a file holding the backend's admin token."_s, u"file"_s },
        { u"ca"_s, u"import: the CA bundle to verify the backend with."_s, u"file"_s } });
    parser.addPositionalArgument(u"list|export|import"_s, u"Subcommand."_s);
    parser.addPositionalArgument(u"file"_s, u"export, import: the export file."_s);
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return cli::CliHelp::print(parser, QString::fromLatin1(usage), out);
    const QStringList positional = parser.positionalArguments();
    const QString sub = positional.value(0);
    const bool wellFormed = parsed
        && ((sub == u"list"_s && positional.size() == 1)
            || ((sub == u"export"_s || sub == u"import"_s) && positional.size() == 2));
    if (!wellFormed) {
        err << "usage: " << usage << '\n' << parser.errorText() << Qt::endl;
        return 2;
    }
    if (sub == u"list"_s)
        return list(parser, out, err);
    if (sub == u"export"_s)
        return exportFile(parser, positional.at(1), out, err);
    return import(parser, positional.at(1), out, err);
}
