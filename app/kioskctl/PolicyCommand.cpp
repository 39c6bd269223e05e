#include "PolicyCommand.h"

#include "CliConfig.h"
#include "CliHelp.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::cli {

int PolicyCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    const QCommandLineOption help = CliHelp::option();
    parser.setApplicationDescription(
        u"Checks a signed policy bundle (or a bare policy document, reported as unsigned) and prints every\n"
        "error with its JSON path.\nExit 0 when valid, 1 when not, 2 on usage errors."_s);
    parser.addOption(help);
    parser.addPositionalArgument(u"validate"_s, u"Subcommand."_s);
    parser.addPositionalArgument(u"file"_s, u"Policy bundle or document."_s);
    parser.addOption({ u"trust"_s, u"Trusted policy keys (JSON)."_s, u"file"_s });
    parser.addOption({ u"json"_s, u"Machine-readable output."_s });
    const bool parsed = parser.parse(args);
    if (parser.isSet(help))
        return CliHelp::print(parser, u"kioskctl policy validate FILE [--trust KEYS] [--json]"_s, out);
    if (!parsed || parser.positionalArguments().size() != 2
        || parser.positionalArguments().constFirst() != u"validate"_s) {
        err << "usage: kioskctl policy validate FILE [--trust KEYS] [--json]\n" << parser.errorText() << '\n';
        return 2;
    }
    const QString path = parser.positionalArguments().at(1);
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
