#include "PolicyCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"
#include "policy/PolicyMigration.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

namespace {

const QString Usage
    = u"kioskctl policy validate FILE [--trust KEYS] [--json] | kioskctl policy migrate V1.json"_s;

/// Prints the format 2 form of a format 1 document; the v1 errors, or the checks the result fails
/// (a v1 rule that could never apply, say), go to stderr with exit 1.
int migrate(const QString &path, QTextStream &out, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << path << ": cannot read: " << file.errorString() << '\n';
        return 1;
    }
    QJsonObject v1 = QJsonDocument::fromJson(file.read(2 * 1024 * 1024)).object();
    if (v1.value(u"policy"_s).isObject())
        v1 = v1.value(u"policy"_s).toObject();
    if (v1.value(u"schemaVersion"_s) != QJsonValue(1)) {
        err << path << ": $.schemaVersion: only a policy of format 1 can be migrated\n";
        return 1;
    }
    const PolicyLoader::Result loaded = PolicyLoader::fromJson(v1);
    for (const QString &error : loaded.errors)
        err << path << ": " << error << '\n';
    if (!loaded.policy)
        return 1;
    const QJsonObject v2 = PolicyMigration::toV2(v1);
    out << QJsonDocument(v2).toJson(QJsonDocument::Indented);
    const PolicyLoader::Result strict = PolicyLoader::fromJson(v2);
    for (const QString &error : strict.errors)
        err << "migrated " << path << ": " << error << '\n';
    if (!strict.policy)
        err << "migrated " << path << ": decides as before, but edit it where shown before signing it\n";
    return strict.policy ? 0 : 1;
}

} // namespace

int PolicyCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help = CliHelp::option();
    parser.setApplicationDescription(
        u"validate: checks a signed policy bundle (or a bare policy document, reported as unsigned) and\n"
        "prints every error with its JSON path.\n"
        "migrate: prints a policy document of format 1 (or the policy in a bundle) as format 2 rules that\n"
        "decide every line as before; sign the result to use it.\n"
        "Exit 0 when valid (migrated), 1 when not, 2 on usage errors."_s);
    parser.addOption(help);
    parser.addPositionalArgument(u"validate|migrate"_s, u"Subcommand."_s);
    parser.addPositionalArgument(u"file"_s, u"Policy bundle or document."_s);
    parser.addOption({ u"trust"_s, u"Trusted policy keys (JSON)."_s, u"file"_s });
    parser.addOption({ u"json"_s, u"Machine-readable output."_s });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return CliHelp::print(parser, Usage, out);
    const QString command = parser.positionalArguments().value(0);
    if (!parsed || parser.positionalArguments().size() != 2
        || (command != u"validate"_s && command != u"migrate"_s)) {
        err << "usage: " << Usage << '\n' << parser.errorText() << '\n';
        return 2;
    }
    const QString path = parser.positionalArguments().at(1);
    if (command == u"migrate"_s)
        return migrate(path, out, err);
    QFile file(path);
    PolicyLoader::Result result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors.append(u"$: cannot read %1: %2"_s.arg(path, file.errorString()));
    } else {
        const QByteArray bytes = file.read(2 * 1024 * 1024);
        const QJsonObject object = QJsonDocument::fromJson(bytes).object();
        if (object.contains(u"schemaVersion"_s) && !object.contains(u"policy"_s)) {
            result = PolicyLoader::fromJson(object);
            result.policy.reset();
            result.errors.append(u"$: unsigned policy document: sign it into a bundle before use"_s);
        } else {
            result = PolicyLoader::fromBundle(bytes, CliConfig::trustedKeys(parser.value(u"trust"_s), err));
        }
    }
    if (parser.isSet(u"json"_s)) {
        QJsonObject json { { u"file"_s, path }, { u"valid"_s, bool(result.policy) },
            { u"errors"_s, QJsonArray::fromStringList(result.errors) } };
        if (result.policy) {
            json.insert(u"policyId"_s, result.policy->policyId);
            json.insert(u"version"_s, result.policy->version);
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else if (result.policy) {
        out << path << ": valid, " << result.policy->policyId << " version " << result.policy->version
            << '\n';
    } else {
        for (const QString &error : result.errors)
            out << path << ": " << error << '\n';
    }
    return result.policy ? 0 : 1;
}

} // namespace kiosk::cli
