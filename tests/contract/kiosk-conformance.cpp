// kiosk-conformance: runs any retailer backend through docs/protocol.yaml and says where it departs from it.

#include "ConformanceSuite.h"
#include "SchemaChecker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <curl/curl.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"kiosk-conformance"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks a retailer backend against docs/protocol.yaml: every operation, every reply against its "
        "schema, and the rules schemas cannot say. It submits one return, events and heartbeats unless "
        "--read-only: point it at a test tenant. Exit 0 when the backend conforms, 1 when it does not, 2 on "
        "a usage error. Tokens may also come from KIOSK_CONFORMANCE_TOKEN, _OTHER_TOKEN and _ADMIN_TOKEN."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption spec(u"spec"_s,
        u"The protocol as JSON (built as tests/contract/protocol.json)."_s, u"file"_s,
        QStringLiteral(KIOSK_PROTOCOL_JSON));
    const QCommandLineOption baseUrl(u"base-url"_s, u"The backend, e.g. https://127.0.0.1:8443."_s, u"url"_s);
    const QCommandLineOption ca(u"ca"_s, u"CA bundle the server certificate must chain to."_s, u"file"_s);
    const QCommandLineOption pin(
        u"pin"_s, u"Public-key pin(s) of the server, sha256//BASE64[;sha256//BASE64]."_s, u"pins"_s);
    const QCommandLineOption token(u"token"_s, u"A device token ..."_s, u"token"_s);
    const QCommandLineOption clientCert(
        u"client-cert"_s, u"... and/or the kiosk's client certificate (PEM) for mutual TLS ..."_s, u"file"_s);
    const QCommandLineOption clientKey(u"client-key"_s, u"... with its private key (PEM)."_s, u"file"_s);
    const QCommandLineOption kioskId(u"kiosk-id"_s, u"... and the kiosk it belongs to."_s, u"id"_s);
    const QCommandLineOption otherToken(
        u"other-token"_s, u"Optional: a second kiosk's device token ..."_s, u"token"_s);
    const QCommandLineOption otherKioskId(u"other-kiosk-id"_s, u"... and its kiosk id."_s, u"id"_s);
    const QCommandLineOption adminToken(u"admin-token"_s,
        u"The reference backend's admin credential: also checks /v1/admin/*."_s, u"token"_s);
    const QCommandLineOption enrolmentCode(u"enrolment-code"_s,
        u"An unused one-time enrolment code: POST /v1/enrol is checked fully."_s, u"code"_s);
    const QCommandLineOption readOnly(
        u"read-only"_s, u"Submit nothing (no returns, events or heartbeats)."_s);
    parser.addOptions({ spec, baseUrl, ca, pin, token, clientCert, clientKey, kioskId, otherToken,
        otherKioskId, adminToken, enrolmentCode, readOnly });
    parser.process(app);

    const auto valueOrEnv = [&parser](const QCommandLineOption &option, const char *variable) {
        return parser.isSet(option) ? parser.value(option) : qEnvironmentVariable(variable);
    };
    kiosk::contract::ConformanceSuite::Options options;
    options.baseUrl = parser.value(baseUrl);
    while (options.baseUrl.endsWith(u'/'))
        options.baseUrl.chop(1);
    options.caFile = parser.value(ca);
    options.pin = parser.value(pin);
    options.token = valueOrEnv(token, "KIOSK_CONFORMANCE_TOKEN");
    options.clientCert = parser.value(clientCert);
    options.clientKey = parser.value(clientKey);
    options.kioskId = parser.value(kioskId);
    options.otherToken = valueOrEnv(otherToken, "KIOSK_CONFORMANCE_OTHER_TOKEN");
    options.otherKioskId = parser.value(otherKioskId);
    options.adminToken = valueOrEnv(adminToken, "KIOSK_CONFORMANCE_ADMIN_TOKEN");
    options.enrolmentCode = parser.value(enrolmentCode);
    options.writes = !parser.isSet(readOnly);
    if (!options.baseUrl.startsWith(u"https://"_s) || options.caFile.isEmpty()
        || (options.token.isEmpty() && options.clientCert.isEmpty()) || options.kioskId.isEmpty()
        || options.clientCert.isEmpty() != options.clientKey.isEmpty()
        || options.otherToken.isEmpty() != options.otherKioskId.isEmpty()) {
        std::fprintf(stderr,
            "kiosk-conformance: --base-url https://..., --ca, --token or --client-cert with --client-key, "
            "and --kiosk-id are required (--other-token with --other-kiosk-id)\n");
        return 2;
    }

    QFile file(parser.value(spec));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "kiosk-conformance: cannot read %s\n", qPrintable(file.fileName()));
        return 2;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() || !doc.object().value("paths"_L1).isObject()) {
        std::fprintf(stderr, "kiosk-conformance: %s is not an OpenAPI document as JSON\n",
            qPrintable(file.fileName()));
        return 2;
    }

    curl_global_init(CURL_GLOBAL_DEFAULT);
    const kiosk::contract::SchemaChecker checker(doc.object());
    QTextStream out(stdout);
    const int failures = kiosk::contract::ConformanceSuite(checker, options, out).run();
    curl_global_cleanup();
    return failures == 0 ? 0 : 1;
}
