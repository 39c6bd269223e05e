// reference-backend: the retailer backend the kiosk's demo and integration tests talk to over TLS.

#include "BackendStore.h"
#include "Credentials.h"
#include "FaultInjector.h"
#include "KioskCa.h"
#include "OrderCatalog.h"
#include "ReferenceBackend.h"

#include "config/StoreConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <optional>
#include <pthread.h>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace {

int usageError(const QString &message)
{
    std::fprintf(stderr, "reference-backend: %s\n", qPrintable(message));
    return 2;
}

/// The integer value of an option that is not set (0) or set to a number in [minimum, maximum].
std::optional<int> intOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int maximum)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

bool writePortFile(const QString &path, int port)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QByteArray::number(port) + '\n') > 0
        && file.commit();
}

} // namespace

int main(int argc, char *argv[])
{
    // SIGTERM/SIGINT are taken by one thread with sigwait(); block them before any thread exists.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    // A dropped connection must not kill the server when OpenSSL writes to it.
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"reference-backend"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(KIOSK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reference retailer backend for Returns Kiosk (see docs/protocol.yaml). Exit 0 when stopped by "
        "SIGTERM or SIGINT, 1 when serving failed, 2 on usage errors (a bad option, an unreadable file, a "
        "port it cannot bind)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        u"listen"_s, u"Address to listen on; port 0 picks a free one."_s, u"host:port"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption cert(u"cert"_s, u"Server certificate (PEM)."_s, u"file"_s);
    const QCommandLineOption key(u"key"_s, u"Server private key (PEM)."_s, u"file"_s);
    const QCommandLineOption db(u"db"_s, u"SQLite database file (created if missing)."_s, u"file"_s);
    const QCommandLineOption deviceToken(
        u"device-token"_s, u"A device token that acts as one kiosk only (repeatable)."_s, u"kiosk=token"_s);
    const QCommandLineOption adminToken(u"admin-token"_s,
        u"The credential /v1/admin/* needs; distinct from every device token. Without it they answer 403."_s,
        u"token"_s);
    const QCommandLineOption orders(u"orders"_s, u"Orders JSON file to serve."_s, u"file"_s);
    const QCommandLineOption generate(u"generate-orders"_s, u"Also serve N synthetic orders."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the synthetic orders."_s, u"S"_s, u"1"_s);
    const QCommandLineOption portFile(u"port-file"_s, u"Write the port here once accepting."_s, u"file"_s);
    const QCommandLineOption delay(u"fault-delay-ms"_s, u"Delay every response."_s, u"ms"_s);
    const QCommandLineOption status(
        u"fault-status"_s, u"Answer every request with this status."_s, u"code"_s);
    const QCommandLineOption retryAfter(
        u"fault-retry-after"_s, u"Retry-After with --fault-status."_s, u"s"_s);
    const QCommandLineOption drop(
        u"fault-drop-after-commit"_s, u"Process, commit, then drop the connection."_s);
    const QCommandLineOption truncate(u"fault-truncate-body"_s, u"Send only half of each response body."_s);
    const QCommandLineOption wrongType(u"fault-wrong-content-type"_s, u"Answer with an HTML page."_s);
    const QCommandLineOption enrolmentCode(u"enrolment-code"_s,
        u"Accept this one-time enrolment code (repeatable); CODE@2026-12-31T18:00:00Z expires then."_s,
        u"code[@expiry]"_s);
    const QCommandLineOption policy(
        u"policy"_s, u"Signed policy bundle served at GET /v1/policy (re-read per request)."_s, u"file"_s);
    const QCommandLineOption clientCa(
        u"client-ca"_s, u"Require client certificates signed by this CA (mutual TLS)."_s, u"file"_s);
    const QCommandLineOption kioskCaCert(u"kiosk-ca-cert"_s,
        u"CA certificate that signs kiosks' certificate requests at enrolment; kiosks then authenticate with "
        "their certificates (mutual TLS, optional so enrolment works). Needs --kiosk-ca-key and --store-config."_s,
        u"file"_s);
    const QCommandLineOption kioskCaKey(u"kiosk-ca-key"_s, u"The key of --kiosk-ca-cert."_s, u"file"_s);
    const QCommandLineOption storeConfig(u"store-config"_s,
        u"The store configuration (JSON object) a kiosk receives when it enrols with a CSR."_s, u"file"_s);
    const QCommandLineOption storeZone(u"store-zone"_s,
        u"IANA time zone in which return windows are counted when returns are recomputed (default: "
        "--store-config's, else UTC)."_s,
        u"zone"_s);
    parser.addOptions({ listen, cert, key, db, deviceToken, adminToken, orders, generate, seed, portFile,
        delay, status, retryAfter, drop, truncate, wrongType, enrolmentCode, policy, clientCa, kioskCaCert,
        kioskCaKey, storeConfig, storeZone });
    parser.process(app);

    for (const auto &required : { cert, key, db }) {
        if (!parser.isSet(required))
            return usageError(u"--%1 is required"_s.arg(required.names().constFirst()));
    }
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listenValue.mid(colon + 1).toInt(&portOk) : -1;
    if (!portOk || port < 0 || port > 65535)
        return usageError(u"--listen wants host:port, e.g. 127.0.0.1:0"_s);
    QString host = listenValue.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);

    const auto delayMs = intOption(parser, delay, 0, 600000);
    const auto statusCode = intOption(parser, status, 400, 599);
    const auto retryAfterSeconds = intOption(parser, retryAfter, 0, 86400);
    if (!delayMs || !statusCode || !retryAfterSeconds)
        return usageError(
            u"--fault-delay-ms wants 0..600000, --fault-status 400..599, --fault-retry-after 0..86400"_s);
    kiosk::backend::FaultInjector::Plan plan;
    plan.delayMs = *delayMs;
    plan.status = *statusCode;
    plan.retryAfterSeconds = parser.isSet(retryAfter) ? *retryAfterSeconds : -1;
    plan.dropAfterCommit = parser.isSet(drop);
    plan.truncateBody = parser.isSet(truncate);
    plan.wrongContentType = parser.isSet(wrongType);
    kiosk::backend::FaultInjector faults;
    faults.set(plan);

    kiosk::backend::Credentials credentials;
    QString credentialError;
    if (parser.isSet(adminToken)
        && !credentials.setAdminToken(parser.value(adminToken).toUtf8(), &credentialError))
        return usageError(u"--admin-token: %1"_s.arg(credentialError));
    for (const QString &binding : parser.values(deviceToken)) {
        const qsizetype equals = binding.indexOf(u'=');
        if (equals <= 0
            || !credentials.addDeviceToken(
                binding.left(equals), binding.mid(equals + 1).toUtf8(), &credentialError))
            return usageError(u"--device-token wants KIOSK=TOKEN: %1"_s.arg(credentialError));
    }

    kiosk::backend::OrderCatalog catalog;
    if (parser.isSet(orders)) {
        QString error;
        if (!catalog.loadFile(parser.value(orders), &error))
            return usageError(u"cannot load %1: %2"_s.arg(parser.value(orders), error));
    }
    if (parser.isSet(generate)) {
        bool countOk = false;
        bool seedOk = false;
        const qint64 count = parser.value(generate).toLongLong(&countOk);
        const quint64 seedValue = parser.value(seed).toULongLong(&seedOk);
        if (!countOk || !seedOk || count < 0 || count > 100000000)
            return usageError(u"--generate-orders wants a count up to 100000000 and --seed an integer"_s);
        catalog.generate(count, seedValue);
    }

    kiosk::backend::BackendStore store;
    if (!store.open(parser.value(db)))
        return usageError(u"cannot open %1: %2"_s.arg(parser.value(db), store.lastError()));
    for (const QString &value : parser.values(enrolmentCode)) {
        const QString code = value.section(u'@', 0, 0);
        const QString expiry = value.section(u'@', 1);
        const QDateTime expiresAt = QDateTime::fromString(expiry, Qt::ISODate);
        if (code.isEmpty()
            || (!expiry.isEmpty() && (!expiresAt.isValid() || expiresAt.timeSpec() == Qt::LocalTime)))
            return usageError(
                u"--enrolment-code %1: expected CODE or CODE@EXPIRY, the expiry in ISO 8601 with "
                "its offset (2026-12-31T18:00:00Z)"_s.arg(value));
        if (!store.addEnrolmentCode(code, expiresAt))
            return usageError(u"cannot store the enrolment code: %1"_s.arg(store.lastError()));
    }

    kiosk::backend::ReferenceBackend backend(store, catalog, faults, std::move(credentials));
    if (QString error; !backend.openPolicies(parser.value(policy), &error))
        return usageError(u"--policy: %1"_s.arg(error));
    kiosk::backend::KioskCa kioskCa;
    QString clientCaFile = parser.value(clientCa);
    if (parser.isSet(kioskCaCert)) {
        QString error;
        if (!parser.isSet(kioskCaKey) || !parser.isSet(storeConfig) || parser.isSet(clientCa))
            return usageError(
                u"--kiosk-ca-cert needs --kiosk-ca-key and --store-config, and replaces --client-ca"_s);
        if (!kioskCa.load(parser.value(kioskCaCert), parser.value(kioskCaKey), &error))
            return usageError(error);
        QFile storeFile(parser.value(storeConfig));
        const QJsonDocument storeJson = QJsonDocument::fromJson(
            storeFile.open(QIODevice::ReadOnly) ? storeFile.readAll() : QByteArray());
        const kiosk::StoreConfig::Parsed parsed = kiosk::StoreConfig::fromJson(storeJson.object());
        if (!parsed.store)
            return usageError(u"--store-config %1: %2"_s.arg(parser.value(storeConfig), parsed.error));
        backend.setKioskCa(&kioskCa, storeJson.object());
        backend.setStoreZone(parsed.store->timeZone);
        clientCaFile = parser.value(kioskCaCert);
    }
    if (parser.isSet(storeZone)) {
        const QTimeZone zone(parser.value(storeZone).toUtf8());
        if (!zone.isValid())
            return usageError(u"--store-zone: unknown time zone \"%1\""_s.arg(parser.value(storeZone)));
        backend.setStoreZone(zone);
    }
    const int boundPort = backend.bind(parser.value(cert), parser.value(key), host, port, clientCaFile);
    if (boundPort <= 0)
        return usageError(u"cannot start the TLS server on %1"_s.arg(listenValue));

    std::thread signalWaiter([&backend, &stopSignals] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        backend.stop();
    });

    if (parser.isSet(portFile) && !writePortFile(parser.value(portFile), boundPort)) {
        std::fprintf(stderr, "reference-backend: cannot write %s\n", qPrintable(parser.value(portFile)));
        backend.stop();
    } else {
        const QString shownHost = host.contains(u':') ? u'[' + host + u']' : host;
        std::printf("listening on https://%s:%d\n", qPrintable(shownHost), boundPort);
        std::fflush(stdout);
    }
    const bool served = backend.run();
    // Wake the signal thread if the server stopped on its own.
    kill(getpid(), SIGTERM);
    signalWaiter.join();
    std::fprintf(stderr, "reference-backend: stopped\n");
    return served ? 0 : 1;
}
