// Tests the reference backend as the kiosk meets it: the real executable over real TLS on loopback.

#include "BackendProcess.h"
#include "HttpsClient.h"

#include <cache/OrderJson.h>
#include <offer/ReturnOffer.h>
#include <policy/PolicyLoader.h>
#include <store/Sqlite.h>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using kiosk::test::BackendProcess;
using kiosk::test::HttpsClient;

namespace {

const QString KioskId = u"K-TEST-1"_s; ///< the kiosk the tests' own client (m_client) acts as

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject validReturn(const QString &id, qint64 refund = 1999)
{
    return QJsonObject {
        { "id"_L1, id },
        { "kioskId"_L1, KioskId },
        { "orderId"_L1, u"RK-100001"_s },
        { "createdAt"_L1, u"2026-11-20T15:00:00Z"_s },
        { "resolution"_L1, u"refund"_s },
        { "currency"_L1, u"USD"_s },
        { "refundTotal"_L1, refund },
        { "items"_L1,
            QJsonArray { QJsonObject { { "lineNo"_L1, 1 }, { "sku"_L1, u"SKU-TEE-M"_s }, { "quantity"_L1, 1 },
                { "reason"_L1, u"too_small"_s }, { "refund"_L1, refund } } } },
    };
}

QJsonObject batch(const QJsonArray &returns)
{
    return QJsonObject { { "returns"_L1, returns } };
}

QString statusOf(const HttpsClient::Reply &reply, int index)
{
    return reply.json().value("results"_L1).toArray().at(index).toObject().value("status"_L1).toString();
}

} // namespace

/// End-to-end checks of tools/reference-backend: protocol, deduplication, limits, faults and TLS refusal.
class TestReferenceBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void health();
    void duplicateIsStoredOnce();
    void duplicateSurvivesRestart();
    void malformedJsonKeepsServing();
    void oversizedRequests();
    void authentication();
    void mixedBatch();
    void ordersFeedAndLookup();
    void generatedOrders();
    void acceptedReturnsCountAgainstTheirOrder();
    void eventsAndHeartbeat();
    void credentialActsAsItsOwnKioskOnly();
    void enrolledTokenIsBoundToItsKiosk();
    void enrolmentCodesExpire();
    void adminRoutesNeedTheAdminCredential();
    void commandsReachOnlyTheirKiosk();
    void fleetKeepsEachKioskLastHeartbeat();
    void returnCodeIsSingleUseAcrossTheFleet();
    void refundIsBoundedByWhatTheLineSold();
    void amountsAreRecomputedUnderTheNamedPolicy();
    void faultStatusWithRetryAfter();
    void faultDelay();
    void faultDropAfterCommit();
    void faultTruncatedBody();
    void faultWrongContentType();
    void faultFromCommandLine();
    void faultSwitchRejectsNonsense();
    void untrustedServerIsRefused_data();
    void untrustedServerIsRefused();

private:
    bool startBackend(const QStringList &args = {}, const QString &cert = u"server"_s);
    QJsonObject stats();
    HttpsClient::Reply setFaults(const QJsonObject &faults);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackendProcess> m_backend;
    std::unique_ptr<HttpsClient> m_client;
    std::unique_ptr<HttpsClient> m_admin; ///< with the admin credential
};

void TestReferenceBackend::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_backend = std::make_unique<BackendProcess>(m_dir->path(), QStringList { KioskId });
    m_client = std::make_unique<HttpsClient>(BackendProcess::caFile(), BackendProcess::tokenOf(KioskId));
    m_admin = std::make_unique<HttpsClient>(
        BackendProcess::caFile(), QString::fromLatin1(BackendProcess::AdminToken));
}

void TestReferenceBackend::cleanup()
{
    m_client.reset();
    m_admin.reset();
    // A backend that does not stop cleanly (crash, sanitizer report, hang) fails the test.
    const bool stopped = m_backend->stop();
    const QByteArray output = m_backend->output();
    m_backend.reset();
    m_dir.reset();
    QVERIFY2(stopped, output.constData());
}

bool TestReferenceBackend::startBackend(const QStringList &args, const QString &cert)
{
    if (m_backend->start(args, cert))
        return true;
    qWarning().noquote() << "backend did not start:\n" << m_backend->output();
    return false;
}

QJsonObject TestReferenceBackend::stats()
{
    HttpsClient admin(BackendProcess::caFile(), QString::fromLatin1(BackendProcess::AdminToken),
        HttpsClient::Verify::Nothing);
    const auto reply = admin.get(m_backend->url(u"/v1/admin/stats"_s));
    if (reply.status != 200)
        qWarning() << "stats failed" << reply.curlCode << reply.status << reply.body;
    return reply.json();
}

HttpsClient::Reply TestReferenceBackend::setFaults(const QJsonObject &faults)
{
    return m_admin->postJson(m_backend->url(u"/v1/admin/faults"_s), faults);
}

void TestReferenceBackend::health()
{
    QVERIFY(startBackend());
    m_client->setToken({});
    const auto reply = m_client->get(m_backend->url(u"/v1/health"_s));
    QCOMPARE(reply.curlCode, CURLE_OK);
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.contentType, "application/json");
    QCOMPARE(reply.json().value("status"_L1).toString(), u"ok"_s);
}

void TestReferenceBackend::duplicateIsStoredOnce()
{
    QVERIFY(startBackend());
    const QString id = newUuid();
    const QString url = m_backend->url(u"/v1/returns:batch"_s);

    auto reply = m_client->postJson(url, batch({ validReturn(id) }));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    QCOMPARE(reply.json().value("results"_L1).toArray().at(0).toObject().value("id"_L1).toString(), id);

    reply = m_client->postJson(url, batch({ validReturn(id) }));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(statusOf(reply, 0), u"duplicate"_s);

    // Same UUID, different body: still a duplicate, and the stored body is never overwritten.
    reply = m_client->postJson(url, batch({ validReturn(id, 5) }));
    QCOMPARE(statusOf(reply, 0), u"duplicate"_s);

    // Twice in one batch: the second is a duplicate of the first.
    const QString other = newUuid();
    reply = m_client->postJson(url, batch({ validReturn(other), validReturn(other) }));
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    QCOMPARE(statusOf(reply, 1), u"duplicate"_s);

    const QJsonObject s = stats();
    QCOMPARE(s.value("returnsStored"_L1).toInteger(), 2);
    QCOMPARE(s.value("duplicatesSeen"_L1).toInteger(), 3);
    QCOMPARE(s.value("duplicatesWithDifferentBody"_L1).toInteger(), 1);
    QCOMPARE(s.value("requests"_L1).toObject().value("returns:batch"_L1).toInteger(), 4);

    kiosk::sql::Database db;
    QVERIFY(db.open(m_backend->dbPath(), kiosk::sql::Database::Mode::ReadOnly));
    auto query = db.prepare("SELECT count(*), min(refund_total), min(body) FROM returns WHERE id = ?1");
    query.bind(1, id);
    QCOMPARE(query.step(), kiosk::sql::Statement::Step::Row);
    QCOMPARE(query.int64(0), 1);
    QCOMPARE(query.int64(1), 1999);
    QCOMPARE(QJsonDocument::fromJson(query.text(2).toUtf8()).object(), validReturn(id));
}

void TestReferenceBackend::duplicateSurvivesRestart()
{
    QVERIFY(startBackend());
    const QString id = newUuid();
    QCOMPARE(
        statusOf(m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ validReturn(id) })), 0),
        u"accepted"_s);
    QVERIFY(m_backend->stop());

    QVERIFY(startBackend());
    QCOMPARE(
        statusOf(m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ validReturn(id) })), 0),
        u"duplicate"_s);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 1);
}

void TestReferenceBackend::malformedJsonKeepsServing()
{
    QVERIFY(startBackend());
    const QString url = m_backend->url(u"/v1/returns:batch"_s);
    for (const QByteArray &body : { QByteArray("{\"returns\": [ {"), QByteArray("\xff\xfe garbage"),
             QByteArray("[1,2,3]"), QByteArray() }) {
        const auto reply = m_client->post(url, body);
        QCOMPARE(reply.status, 400L);
        QCOMPARE(reply.errorCode(), u"malformed_json"_s);
    }
    auto reply = m_client->postJson(url, QJsonObject { { "returns"_L1, u"not an array"_s } });
    QCOMPARE(reply.status, 400L);
    QCOMPARE(reply.errorCode(), u"invalid_request"_s);
    reply = m_client->post(url, "returns=1", "application/x-www-form-urlencoded");
    QCOMPARE(reply.status, 415L);

    reply = m_client->postJson(url, batch({ validReturn(newUuid()) }));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
}

void TestReferenceBackend::oversizedRequests()
{
    QVERIFY(startBackend());
    const QString url = m_backend->url(u"/v1/returns:batch"_s);
    QByteArray huge = "{\"returns\":[],\"padding\":\"";
    huge += QByteArray(4 * 1024 * 1024, 'x');
    huge += "\"}";
    auto reply = m_client->post(url, huge);
    QCOMPARE(reply.curlCode, CURLE_OK);
    QCOMPARE(reply.status, 413L);
    QCOMPARE(reply.errorCode(), u"payload_too_large"_s);

    QJsonArray returns;
    for (int i = 0; i < 501; ++i)
        returns.append(validReturn(newUuid()));
    reply = m_client->postJson(url, batch(returns));
    QCOMPARE(reply.status, 413L);
    QCOMPARE(reply.errorCode(), u"batch_too_large"_s);

    returns.removeLast();
    reply = m_client->postJson(url, batch(returns));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.json().value("results"_L1).toArray().size(), 500);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 500);
}

void TestReferenceBackend::authentication()
{
    QVERIFY(startBackend());
    const QString url = m_backend->url(u"/v1/returns:batch"_s);
    for (const QString &token : { u"wrong-token"_s, u"test-token2"_s, QString() }) {
        m_client->setToken(token);
        const auto reply = m_client->postJson(url, batch({ validReturn(newUuid()) }));
        QCOMPARE(reply.status, 401L);
        QCOMPARE(reply.errorCode(), u"unauthorized"_s);
        QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/changes"_s)).status, 401L);
        QCOMPARE(m_client->get(m_backend->url(u"/v1/admin/stats"_s)).status, 401L);
    }
    QCOMPARE(m_client->get(m_backend->url(u"/v1/health"_s)).status, 200L);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 0);
}

void TestReferenceBackend::mixedBatch()
{
    QVERIFY(startBackend());
    QJsonObject negative = validReturn(newUuid(), -100);
    QJsonObject missingItems = validReturn(newUuid());
    missingItems.remove("items"_L1);
    QJsonObject badTotal = validReturn(newUuid());
    badTotal.insert("refundTotal"_L1, 1);
    QJsonObject fractional = validReturn(newUuid());
    fractional.insert("refundTotal"_L1, 19.99);
    const QString goodId = newUuid();

    const auto reply = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s),
        batch({ negative, validReturn(goodId), missingItems, badTotal, fractional, u"not an object"_s }));
    QCOMPARE(reply.status, 200L);
    const QJsonArray results = reply.json().value("results"_L1).toArray();
    QCOMPARE(results.size(), 6);
    const QStringList expected { u"rejected"_s, u"accepted"_s, u"rejected"_s, u"rejected"_s, u"rejected"_s,
        u"rejected"_s };
    for (int i = 0; i < results.size(); ++i) {
        const QJsonObject r = results.at(i).toObject();
        QCOMPARE(r.value("status"_L1).toString(), expected.at(i));
        QCOMPARE(r.value("reason"_L1).toString().isEmpty(), expected.at(i) == u"accepted"_s);
    }
    QCOMPARE(results.at(1).toObject().value("id"_L1).toString(), goodId);
    QVERIFY(results.at(0).toObject().value("reason"_L1).toString().contains(u"refund"_s));
    QVERIFY(results.at(2).toObject().value("reason"_L1).toString().contains(u"items"_s));
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 1);
}

void TestReferenceBackend::ordersFeedAndLookup()
{
    QJsonArray orders;
    for (int i = 1; i <= 3; ++i)
        orders.append(QJsonObject {
            { "id"_L1, u"RK-10000%1"_s.arg(i) }, { "currency"_L1, u"USD"_s }, { "lines"_L1, QJsonArray() } });
    QFile file(m_dir->filePath(u"orders.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject { { "orders"_L1, orders } }).toJson());
    file.close();
    QVERIFY(startBackend({ u"--orders"_s, file.fileName() }));

    auto reply = m_client->get(m_backend->url(u"/v1/orders/changes?limit=2"_s));
    QCOMPARE(reply.status, 200L);
    QJsonObject page = reply.json();
    QCOMPARE(page.value("orders"_L1).toArray().size(), 2);
    QCOMPARE(page.value("orders"_L1).toArray().at(0).toObject().value("id"_L1).toString(), u"RK-100001"_s);
    QCOMPARE(page.value("deleted"_L1).toArray().size(), 0);
    QCOMPARE(page.value("hasMore"_L1).toBool(), true);

    const QString cursor = page.value("nextCursor"_L1).toString();
    reply = m_client->get(m_backend->url(u"/v1/orders/changes?limit=2&cursor="_s + cursor));
    page = reply.json();
    QCOMPARE(page.value("orders"_L1).toArray().size(), 1);
    QCOMPARE(page.value("orders"_L1).toArray().at(0).toObject().value("id"_L1).toString(), u"RK-100003"_s);
    QCOMPARE(page.value("hasMore"_L1).toBool(), false);

    // The last cursor stays valid for later deltas and returns nothing new.
    reply = m_client->get(
        m_backend->url(u"/v1/orders/changes?cursor="_s + page.value("nextCursor"_L1).toString()));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.json().value("orders"_L1).toArray().size(), 0);

    QCOMPARE(
        m_client->get(m_backend->url(u"/v1/orders/changes?cursor=bogus"_s)).errorCode(), u"invalid_cursor"_s);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/changes?limit=0"_s)).status, 400L);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/changes?limit=5001"_s)).status, 400L);

    reply = m_client->get(m_backend->url(u"/v1/orders/RK-100002"_s));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.json().value("id"_L1).toString(), u"RK-100002"_s);
    reply = m_client->get(m_backend->url(u"/v1/orders/RK-999999"_s));
    QCOMPARE(reply.status, 404L);
    QCOMPARE(reply.errorCode(), u"order_not_found"_s);
}

void TestReferenceBackend::acceptedReturnsCountAgainstTheirOrder()
{
    const auto line = [](int lineNo, int quantity, int returned) {
        return QJsonObject { { "lineNo"_L1, lineNo }, { "sku"_L1, u"SKU-%1"_s.arg(lineNo) },
            { "title"_L1, u"Item"_s }, { "category"_L1, u"apparel"_s }, { "unitPrice"_L1, 1999 },
            { "quantity"_L1, quantity }, { "quantityReturned"_L1, returned } };
    };
    // Line 2 was already taken back at a till: nothing of it is left for a kiosk.
    const QJsonArray orders { QJsonObject { { "id"_L1, u"RK-200001"_s }, { "currency"_L1, u"USD"_s },
                                  { "lines"_L1, QJsonArray { line(1, 2, 0), line(2, 1, 1) } } },
        QJsonObject { { "id"_L1, u"RK-200002"_s }, { "currency"_L1, u"USD"_s },
            { "lines"_L1, QJsonArray { line(1, 1, 0) } } } };
    QFile file(m_dir->filePath(u"orders.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject { { "orders"_L1, orders } }).toJson());
    file.close();
    QVERIFY(startBackend({ u"--orders"_s, file.fileName() }));

    const auto returnOf = [](const QString &id, const QString &orderId, int lineNo, int quantity) {
        QJsonObject ret = validReturn(id, 1999);
        ret.insert("orderId"_L1, orderId);
        ret.insert("items"_L1,
            QJsonArray { QJsonObject { { "lineNo"_L1, lineNo }, { "sku"_L1, u"SKU-%1"_s.arg(lineNo) },
                { "quantity"_L1, quantity }, { "reason"_L1, u"too_small"_s }, { "refund"_L1, 1999 } } });
        return ret;
    };
    const auto submit = [this](const QJsonArray &returns) {
        return m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch(returns));
    };
    const auto order
        = [this](const QString &id) { return m_client->get(m_backend->url(u"/v1/orders/"_s + id)).json(); };
    const auto returned = [](const QJsonObject &order, int lineNo) {
        for (const QJsonValue &l : order.value("lines"_L1).toArray())
            if (l.toObject().value("lineNo"_L1).toInt() == lineNo)
                return l.toObject().value("quantityReturned"_L1).toInt();
        return -1;
    };
    const auto ids = [](const QJsonObject &order) {
        QStringList list;
        for (const QJsonValue &id : order.value("returnIds"_L1).toArray())
            list.append(id.toString());
        list.sort();
        return list;
    };
    const auto pull = [this](const QString &cursor, QJsonArray *orders) {
        const auto reply = m_client->get(m_backend->url(u"/v1/orders/changes?limit=10&cursor="_s + cursor));
        *orders = reply.json().value("orders"_L1).toArray();
        return reply.json();
    };

    QJsonArray pulled;
    QJsonObject page = pull({}, &pulled);
    QCOMPARE(pulled.size(), 2);
    QVERIFY(!pulled.at(0).toObject().contains("returnIds"_L1)); // nothing counted yet
    QCOMPARE(page.value("hasMore"_L1).toBool(), false);
    const QString loaded = page.value("nextCursor"_L1).toString();

    // Accepted: counted against the line, listed on the order, and the order is in the next pull.
    const QString first = newUuid();
    auto reply = submit({ returnOf(first, u"RK-200001"_s, 1, 1) });
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    QCOMPARE(returned(order(u"RK-200001"_s), 1), 1);
    QCOMPARE(ids(order(u"RK-200001"_s)), QStringList { first });
    QVERIFY(!order(u"RK-200002"_s).contains("returnIds"_L1));
    page = pull(loaded, &pulled);
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(pulled.at(0).toObject().value("id"_L1).toString(), u"RK-200001"_s);
    QCOMPARE(returned(pulled.at(0).toObject(), 1), 1);
    QCOMPARE(ids(pulled.at(0).toObject()), QStringList { first });
    QCOMPARE(page.value("hasMore"_L1).toBool(), false);
    const QString afterFirst = page.value("nextCursor"_L1).toString();
    pull(afterFirst, &pulled);
    QCOMPARE(pulled.size(), 0);

    // The same return again is a duplicate and counts nothing more.
    reply = submit({ returnOf(first, u"RK-200001"_s, 1, 1) });
    QCOMPARE(statusOf(reply, 0), u"duplicate"_s);
    QCOMPARE(returned(order(u"RK-200001"_s), 1), 1);
    pull(afterFirst, &pulled);
    QCOMPARE(pulled.size(), 0);

    // One unit is left on line 1, across every kiosk and within one batch; none on line 2.
    const QString second = newUuid();
    QStringList both { first, second };
    both.sort();
    reply = submit({ returnOf(second, u"RK-200001"_s, 1, 1), returnOf(newUuid(), u"RK-200001"_s, 1, 1),
        returnOf(newUuid(), u"RK-200001"_s, 2, 1), returnOf(newUuid(), u"RK-200001"_s, 9, 1),
        returnOf(newUuid(), u"RK-200002"_s, 1, 2) });
    const QJsonArray results = reply.json().value("results"_L1).toArray();
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    for (int i : { 1, 2, 4 }) {
        QCOMPARE(statusOf(reply, i), u"rejected"_s);
        QVERIFY2(results.at(i).toObject().value("reason"_L1).toString().startsWith(u"quantity_exceeds: "_s),
            qPrintable(results.at(i).toObject().value("reason"_L1).toString()));
    }
    QCOMPARE(statusOf(reply, 3), u"rejected"_s);
    QVERIFY(results.at(3).toObject().value("reason"_L1).toString().startsWith(u"line_unknown: "_s));
    QCOMPARE(returned(order(u"RK-200001"_s), 1), 2);
    QCOMPARE(returned(order(u"RK-200001"_s), 2), 1);
    QCOMPARE(ids(order(u"RK-200001"_s)), both);
    QVERIFY(!order(u"RK-200002"_s).contains("returnIds"_L1));

    // An order the catalog does not hold is stored as before, without counting.
    QCOMPARE(statusOf(submit({ returnOf(newUuid(), u"RK-777777"_s, 1, 5) }), 0), u"accepted"_s);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 3);

    // After a restart: the counts stay, an old cursor brings the order again, a new load has it whole,
    // and a cursor of the earlier format ("c1.", catalog position only) gets every counted order.
    QVERIFY(m_backend->stop());
    QVERIFY(startBackend({ u"--orders"_s, file.fileName() }));
    QCOMPARE(returned(order(u"RK-200001"_s), 1), 2);
    pull(afterFirst, &pulled);
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(ids(pulled.at(0).toObject()), both);
    page = pull({}, &pulled);
    QCOMPARE(pulled.size(), 2);
    QCOMPARE(returned(pulled.at(0).toObject(), 1), 2);
    QCOMPARE(page.value("hasMore"_L1).toBool(), false);
    pull(page.value("nextCursor"_L1).toString(), &pulled);
    QCOMPARE(pulled.size(), 0);
    pull(u"c1."_s
            + QString::fromLatin1(
                QByteArray("2").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
        &pulled);
    QCOMPARE(pulled.size(), 1);
    QCOMPARE(pulled.at(0).toObject().value("id"_L1).toString(), u"RK-200001"_s);
}

void TestReferenceBackend::generatedOrders()
{
    QVERIFY(startBackend({ u"--generate-orders"_s, u"25"_s, u"--seed"_s, u"7"_s }));
    QStringList ids;
    QString cursor;
    bool hasMore = true;
    while (hasMore) {
        const auto reply = m_client->get(m_backend->url(u"/v1/orders/changes?limit=10&cursor="_s + cursor));
        QCOMPARE(reply.status, 200L);
        for (const QJsonValue &order : reply.json().value("orders"_L1).toArray())
            ids.append(order.toObject().value("id"_L1).toString());
        cursor = reply.json().value("nextCursor"_L1).toString();
        hasMore = reply.json().value("hasMore"_L1).toBool();
    }
    QCOMPARE(ids.size(), 25);
    QCOMPARE(ids.first(), u"RK-1000000"_s);
    QCOMPARE(ids.last(), u"RK-1000024"_s);

    const QJsonObject first = m_client->get(m_backend->url(u"/v1/orders/RK-1000003"_s)).json();
    QVERIFY(!first.value("lines"_L1).toArray().isEmpty());
    QCOMPARE(first.value("verifier"_L1).toObject().value("hash"_L1).toString().size(), 64);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/RK-1000025"_s)).status, 404L);

    // Same seed, same orders after a restart.
    QVERIFY(m_backend->stop());
    QVERIFY(startBackend({ u"--generate-orders"_s, u"25"_s, u"--seed"_s, u"7"_s }));
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/RK-1000003"_s)).json(), first);
}

void TestReferenceBackend::eventsAndHeartbeat()
{
    QVERIFY(startBackend());
    const QString id = newUuid();
    const QJsonObject event { { "id"_L1, id }, { "type"_L1, u"bin_emptied"_s },
        { "payload"_L1, QJsonObject { { "binId"_L1, u"B1"_s }, { "items"_L1, 12 } } } };
    auto reply = m_client->postJson(m_backend->url(u"/v1/events"_s),
        QJsonObject { { "events"_L1, QJsonArray { event, event, QJsonObject() } } });
    QCOMPARE(reply.status, 200L);
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    QCOMPARE(statusOf(reply, 1), u"duplicate"_s);
    QCOMPARE(statusOf(reply, 2), u"rejected"_s);

    reply = m_client->postJson(m_backend->url(u"/v1/heartbeat"_s),
        QJsonObject { { "kioskId"_L1, u"K-TEST-1"_s }, { "queueDepth"_L1, 3 } });
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.json(), (QJsonObject { { "commands"_L1, QJsonArray() } }));
    QCOMPARE(m_client->postJson(m_backend->url(u"/v1/heartbeat"_s), QJsonObject()).status, 400L);

    const QJsonObject s = stats();
    QCOMPARE(s.value("eventsStored"_L1).toInteger(), 1);
    QCOMPARE(s.value("kiosksSeen"_L1).toInteger(), 1);
}

void TestReferenceBackend::credentialActsAsItsOwnKioskOnly()
{
    QVERIFY(startBackend({ u"--device-token"_s, u"K-A=token-a"_s, u"--device-token"_s, u"K-B=token-b"_s }));
    HttpsClient kioskA(BackendProcess::caFile(), u"token-a"_s);
    const auto as = [](const QString &kioskId) {
        QJsonObject ret = validReturn(newUuid());
        ret.insert("kioskId"_L1, kioskId);
        return ret;
    };

    // A's token posting a return as B: the whole batch is refused, A's own return in it too.
    auto reply
        = kioskA.postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ as(u"K-A"_s), as(u"K-B"_s) }));
    QCOMPARE(reply.status, 403L);
    QCOMPARE(reply.errorCode(), u"kiosk_mismatch"_s);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 0);
    reply = kioskA.postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ as(u"K-A"_s) }));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);

    // An event naming another kiosk, at the top or in its payload (staff.override does).
    const auto event = [](const QJsonObject &extra, const QJsonObject &payload) {
        QJsonObject e { { "id"_L1, newUuid() }, { "type"_L1, u"staff.override"_s },
            { "payload"_L1, payload } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            e.insert(it.key(), it.value());
        return e;
    };
    for (const QJsonObject &foreign : { event({ { "kioskId"_L1, u"K-B"_s } }, {}),
             event({}, { { "kioskId"_L1, u"K-B"_s }, { "staffId"_L1, u"S1"_s } }) }) {
        reply = kioskA.postJson(m_backend->url(u"/v1/events"_s),
            QJsonObject {
                { "events"_L1, QJsonArray { event({}, { { "kioskId"_L1, u"K-A"_s } }), foreign } } });
        QCOMPARE(reply.status, 403L);
        QCOMPARE(reply.errorCode(), u"kiosk_mismatch"_s);
    }
    QCOMPARE(stats().value("eventsStored"_L1).toInteger(), 0);
    reply = kioskA.postJson(m_backend->url(u"/v1/events"_s),
        QJsonObject { { "events"_L1, QJsonArray { event({}, { { "kioskId"_L1, u"K-A"_s } }) } } });
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);

    // A heartbeat as B.
    reply = kioskA.postJson(m_backend->url(u"/v1/heartbeat"_s), QJsonObject { { "kioskId"_L1, u"K-B"_s } });
    QCOMPARE(reply.status, 403L);
    QCOMPARE(reply.errorCode(), u"kiosk_mismatch"_s);
    QCOMPARE(stats().value("kiosksSeen"_L1).toInteger(), 0);
    QCOMPARE(kioskA.postJson(m_backend->url(u"/v1/heartbeat"_s), QJsonObject { { "kioskId"_L1, u"K-A"_s } })
                 .status,
        200L);

    // Reading orders is not kiosk-specific: a bound token reads like any other.
    QCOMPARE(kioskA.get(m_backend->url(u"/v1/orders/changes"_s)).status, 200L);
}

void TestReferenceBackend::enrolledTokenIsBoundToItsKiosk()
{
    const QString code = u"ENROL-KIOS-KTES-TAAO"_s;
    QVERIFY(startBackend({ u"--enrolment-code"_s, code }));
    HttpsClient anonymous(BackendProcess::caFile(), QString());
    const auto enrolled = anonymous.postJson(
        m_backend->url(u"/v1/enrol"_s), QJsonObject { { "code"_L1, code }, { "kioskId"_L1, u"K-NEW"_s } });
    QCOMPARE(enrolled.status, 200L);
    HttpsClient kiosk(BackendProcess::caFile(), enrolled.json().value("deviceToken"_L1).toString());

    QJsonObject ret = validReturn(newUuid());
    ret.insert("kioskId"_L1, u"K-TEST-1"_s);
    auto reply = kiosk.postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ ret }));
    QCOMPARE(reply.status, 403L);
    QCOMPARE(reply.errorCode(), u"kiosk_mismatch"_s);
    ret.insert("kioskId"_L1, u"K-NEW"_s);
    reply = kiosk.postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ ret }));
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    QCOMPARE(kiosk.get(m_backend->url(u"/v1/admin/stats"_s)).status, 403L);
}

void TestReferenceBackend::enrolmentCodesExpire()
{
    const QString expired = u"ENROL-KIOS-KTES-TAAO"_s;
    const QString good = u"ENROL-K7QM-Z2BD-4XAJ"_s;
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QString pastText = past.toString(Qt::ISODate);
    // An expiry without its offset would depend on the backend's time zone: refused at start.
    QVERIFY(!m_backend->start({ u"--enrolment-code"_s, good + u"@2026-12-31T18:00:00"_s }));
    QVERIFY(!m_backend->stop()); // exited with its usage error
    QVERIFY(m_backend->output().contains("CODE@EXPIRY"));
    QVERIFY(startBackend({ u"--enrolment-code"_s, expired + u'@' + pastText, u"--enrolment-code"_s,
        good + u'@' + QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate) }));
    HttpsClient anonymous(BackendProcess::caFile(), QString());
    auto enrol = [&](const QString &code, const QString &kioskId) {
        return anonymous.postJson(
            m_backend->url(u"/v1/enrol"_s), QJsonObject { { "code"_L1, code }, { "kioskId"_L1, kioskId } });
    };
    // Past its expiry a code is refused, and says so (a new sheet is needed, not another try).
    auto reply = enrol(expired, u"K-LATE"_s);
    QCOMPARE(reply.status, 403L);
    QCOMPARE(reply.errorCode(), u"enrolment_expired"_s);
    QVERIFY2(reply.body.contains(pastText.toLatin1()), reply.body.constData());
    // Unknown and used codes are still not told apart; a code before its expiry enrols once.
    QCOMPARE(enrol(u"ENROL-AAAA-AAAA-AAAA"_s, u"K-X"_s).errorCode(), u"enrolment_refused"_s);
    QCOMPARE(enrol(good, u"K-ON-TIME"_s).status, 200L);
    QCOMPARE(enrol(good, u"K-AGAIN"_s).errorCode(), u"enrolment_refused"_s);
    QCOMPARE(enrol(expired, u"K-LATE"_s).errorCode(), u"enrolment_expired"_s); // nothing was used up
}

void TestReferenceBackend::adminRoutesNeedTheAdminCredential()
{
    QVERIFY(startBackend({ u"--device-token"_s, u"K-A=token-a"_s }));
    const QList<std::pair<QString, QJsonObject>> routes {
        { u"/v1/admin/stats"_s, {} }, { u"/v1/admin/kiosks"_s, {} }, { u"/v1/admin/faults"_s, {} },
        { u"/v1/admin/faults"_s, QJsonObject { { "status"_L1, 503 } } },
        { u"/v1/admin/commands"_s, QJsonObject { { "kioskId"_L1, u"K-B"_s }, { "type"_L1, u"sync_now"_s } } }
    };
    // Device credentials, given on the command line or by the test harness, are refused.
    for (const QString &token : { u"token-a"_s, BackendProcess::tokenOf(KioskId) }) {
        HttpsClient device(BackendProcess::caFile(), token);
        for (const auto &[path, body] : routes) {
            const auto reply = body.isEmpty() ? device.get(m_backend->url(path))
                                              : device.postJson(m_backend->url(path), body);
            QCOMPARE(reply.status, 403L);
            QCOMPARE(reply.errorCode(), u"forbidden"_s);
        }
    }
    QCOMPARE(m_admin->get(m_backend->url(u"/v1/admin/faults"_s)).json().value("status"_L1).toInt(), 0);
    // And the admin credential is no device credential.
    const auto reply
        = m_admin->postJson(m_backend->url(u"/v1/heartbeat"_s), QJsonObject { { "kioskId"_L1, u"K-A"_s } });
    QCOMPARE(reply.status, 403L);
    QCOMPARE(m_admin->get(m_backend->url(u"/v1/orders/changes"_s)).status, 403L);
    QCOMPARE(stats().value("kiosksSeen"_L1).toInteger(), 0);

    // Without --admin-token the admin routes are shut.
    QVERIFY(m_backend->stop());
    m_backend->output();
    QProcess bare;
    bare.start(QString::fromUtf8(KIOSK_BACKEND_BIN),
        { u"--cert"_s, BackendProcess::certDir() + u"/server.pem"_s, u"--key"_s,
            BackendProcess::certDir() + u"/server.key"_s, u"--db"_s, m_dir->filePath(u"bare.db"_s),
            u"--admin-token"_s, u"token-a"_s, u"--device-token"_s, u"K-A=token-a"_s });
    QVERIFY(bare.waitForFinished(10000));
    QCOMPARE(bare.exitCode(), 2); // the admin token may not equal a device token
    QVERIFY(startBackend());
}

void TestReferenceBackend::commandsReachOnlyTheirKiosk()
{
    QVERIFY(startBackend({ u"--device-token"_s, u"K-A=token-a"_s, u"--device-token"_s, u"K-B=token-b"_s }));
    HttpsClient kioskA(BackendProcess::caFile(), u"token-a"_s);
    HttpsClient kioskB(BackendProcess::caFile(), u"token-b"_s);
    const auto queued = m_admin->postJson(m_backend->url(u"/v1/admin/commands"_s),
        QJsonObject { { "kioskId"_L1, u"K-B"_s }, { "type"_L1, u"reload_policy"_s } });
    QCOMPARE(queued.status, 200L);
    const auto beat = [this](HttpsClient &client, const QString &kioskId) {
        return client.postJson(m_backend->url(u"/v1/heartbeat"_s), QJsonObject { { "kioskId"_L1, kioskId } });
    };

    // A asks as itself: nothing. A asks as B: refused, and B's command stays queued.
    QCOMPARE(beat(kioskA, u"K-A"_s).json().value("commands"_L1).toArray().size(), 0);
    QCOMPARE(beat(kioskA, u"K-B"_s).status, 403L);
    const auto reply = beat(kioskB, u"K-B"_s);
    QCOMPARE(reply.status, 200L);
    const QJsonArray commands = reply.json().value("commands"_L1).toArray();
    QCOMPARE(commands.size(), 1);
    QCOMPARE(commands.at(0).toObject().value("id"_L1), queued.json().value("id"_L1));
    QCOMPARE(beat(kioskB, u"K-B"_s).json().value("commands"_L1).toArray().size(), 0); // delivered once
}

void TestReferenceBackend::fleetKeepsEachKioskLastHeartbeat()
{
    QVERIFY(startBackend({ u"--device-token"_s, u"K-A=token-a"_s, u"--device-token"_s, u"K-B=token-b"_s }));
    HttpsClient kioskA(BackendProcess::caFile(), u"token-a"_s);
    HttpsClient kioskB(BackendProcess::caFile(), u"token-b"_s);
    const auto beat = [this](HttpsClient &client, const QString &kioskId, int queueDepth) {
        return client
            .postJson(m_backend->url(u"/v1/heartbeat"_s),
                QJsonObject { { "kioskId"_L1, kioskId }, { "queueDepth"_L1, queueDepth },
                    { "softwareVersion"_L1, u"1.2.3"_s } })
            .status;
    };
    QCOMPARE(beat(kioskA, u"K-A"_s, 5), 200L);
    QCOMPARE(beat(kioskB, u"K-B"_s, 1), 200L);
    QCOMPARE(beat(kioskA, u"K-A"_s, 0), 200L);

    const auto reply = m_admin->get(m_backend->url(u"/v1/admin/kiosks"_s));
    QCOMPARE(reply.status, 200L);
    const QJsonArray fleet = reply.json().value("kiosks"_L1).toArray();
    QCOMPARE(fleet.size(), 2);
    QCOMPARE(fleet[0][u"kioskId"_s].toString(), u"K-A"_s);
    QCOMPARE(fleet[0][u"heartbeat"_s][u"queueDepth"_s].toInt(), 0); // the last one only
    QCOMPARE(fleet[0][u"heartbeat"_s][u"softwareVersion"_s].toString(), u"1.2.3"_s);
    QCOMPARE(fleet[1][u"kioskId"_s].toString(), u"K-B"_s);
    QCOMPARE(fleet[1][u"heartbeat"_s][u"queueDepth"_s].toInt(), 1);
    // A kiosk sees no fleet.
    const auto refused = kioskA.get(m_backend->url(u"/v1/admin/kiosks"_s));
    QCOMPARE(refused.status, 403L);
    QCOMPARE(refused.errorCode(), u"forbidden"_s);
}

void TestReferenceBackend::returnCodeIsSingleUseAcrossTheFleet()
{
    QVERIFY(startBackend({ u"--device-token"_s, u"K-A=token-a"_s, u"--device-token"_s, u"K-B=token-b"_s }));
    HttpsClient kioskA(BackendProcess::caFile(), u"token-a"_s);
    HttpsClient kioskB(BackendProcess::caFile(), u"token-b"_s);
    const auto withCode = [](const QString &kioskId, const QString &tokenId) {
        QJsonObject ret = validReturn(newUuid());
        ret.insert("kioskId"_L1, kioskId);
        ret.insert("tokenId"_L1, tokenId);
        return ret;
    };
    const auto post = [this](HttpsClient &client, const QJsonArray &returns) {
        return client.postJson(m_backend->url(u"/v1/returns:batch"_s), batch(returns));
    };
    const auto reasonOf = [](const HttpsClient::Reply &reply, int index) {
        return reply.json().value("results"_L1).toArray().at(index).toObject().value("reason"_L1).toString();
    };

    const QJsonObject first = withCode(u"K-A"_s, u"T42"_s);
    auto reply = post(kioskA, { first });
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    // The same code at another kiosk, and again at the first one: rejected, naming the return that used it.
    for (HttpsClient *client : { &kioskB, &kioskA }) {
        const QString kioskId = client == &kioskB ? u"K-B"_s : u"K-A"_s;
        reply = post(*client, { withCode(kioskId, u"T42"_s) });
        QCOMPARE(statusOf(reply, 0), u"rejected"_s);
        QVERIFY2(
            reasonOf(reply, 0).startsWith(u"code_used: return code T42 was already used by return %1"_s.arg(
                first.value("id"_L1).toString())),
            qPrintable(reasonOf(reply, 0)));
    }
    // Two returns with one new code in one batch: the first takes it. A resend of the first stays a
    // duplicate, not a second use; other codes are untouched.
    reply = post(kioskB, { withCode(u"K-B"_s, u"T43"_s), withCode(u"K-B"_s, u"T43"_s) });
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
    QCOMPARE(statusOf(reply, 1), u"rejected"_s);
    QVERIFY(reasonOf(reply, 1).startsWith(u"code_used:"_s));
    QCOMPARE(statusOf(post(kioskA, { first }), 0), u"duplicate"_s);
    QCOMPARE(statusOf(post(kioskA, { withCode(u"K-A"_s, u"T44"_s) }), 0), u"accepted"_s);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 3);

    // The use survives a restart.
    QVERIFY(m_backend->stop());
    QVERIFY(startBackend({ u"--device-token"_s, u"K-A=token-a"_s, u"--device-token"_s, u"K-B=token-b"_s }));
    QCOMPARE(statusOf(post(kioskB, { withCode(u"K-B"_s, u"T44"_s) }), 0), u"rejected"_s);
}

void TestReferenceBackend::refundIsBoundedByWhatTheLineSold()
{
    // RK-100001 line 1 sold one unit (kiosk-config/demo/orders.json).
    QVERIFY(
        startBackend({ u"--orders"_s, QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config/demo/orders.json") }));
    const QJsonObject line = m_client->get(m_backend->url(u"/v1/orders/RK-100001"_s))
                                 .json()
                                 .value("lines"_L1)
                                 .toArray()
                                 .at(0)
                                 .toObject();
    const qint64 price = line.value("unitPrice"_L1).toInteger();
    QVERIFY(price > 0);
    const auto returnOf = [&](qint64 refund, qint64 bonus, int quantity) {
        QJsonObject item { { "lineNo"_L1, 1 }, { "sku"_L1, line.value("sku"_L1) },
            { "quantity"_L1, quantity }, { "reason"_L1, u"too_small"_s }, { "refund"_L1, refund } };
        if (bonus >= 0)
            item.insert("bonus"_L1, bonus);
        QJsonObject ret = validReturn(newUuid(), refund);
        ret.insert("items"_L1, QJsonArray { item });
        return ret;
    };
    const auto submit = [this](const QJsonObject &ret) {
        return m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ ret }));
    };
    const auto reasonOf = [](const HttpsClient::Reply &reply) {
        return reply.json().value("results"_L1).toArray().at(0).toObject().value("reason"_L1).toString();
    };

    // The case: $999,999.00 for the 1-unit line, and 50 units of it.
    auto reply = submit(returnOf(99999900, -1, 1));
    QCOMPARE(statusOf(reply, 0), u"rejected"_s);
    QVERIFY2(reasonOf(reply).startsWith(u"refund_exceeds: "_s), qPrintable(reasonOf(reply)));
    reply = submit(returnOf(99999900, -1, 50));
    QCOMPARE(statusOf(reply, 0), u"rejected"_s);
    // One cent over; a bonus larger than the refund; a bonus beyond the 100 % the policy allows.
    QVERIFY(reasonOf(submit(returnOf(price + 1, -1, 1))).startsWith(u"refund_exceeds: "_s));
    QVERIFY(reasonOf(submit(returnOf(price, price + 1, 1))).startsWith(u"refund_exceeds: "_s));
    QVERIFY(reasonOf(submit(returnOf(3 * price, 2 * price, 1))).startsWith(u"refund_exceeds: "_s));
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 0);
    // The price with a 10 % store-credit bonus on top is fine.
    reply = submit(returnOf(price + price / 10, price / 10, 1));
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);
}

void TestReferenceBackend::amountsAreRecomputedUnderTheNamedPolicy()
{
    const QString configDir = QStringLiteral(KIOSK_SOURCE_DIR "/kiosk-config");
    const QString published = m_dir->filePath(u"published.policy.json"_s);
    QVERIFY(QFile::copy(configDir + u"/policies/apparel.policy.json"_s, published));
    const QStringList args { u"--orders"_s, configDir + u"/demo/orders.json"_s, u"--policy"_s, published };
    QVERIFY(startBackend(args));

    // What the kiosk's engine offers for a unit of each of lines 1 and 2 of RK-100001, as store credit
    // (the policy adds a 10 % bonus), tags attached, on the demo's day.
    QFile bundleFile(published);
    QVERIFY(bundleFile.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(bundleFile.readAll()).object();
    const auto policy = kiosk::PolicyLoader::fromJson(bundle.value("policy"_L1).toObject()).policy;
    QVERIFY(policy);
    const auto order
        = kiosk::OrderJson::fromJson(m_client->get(m_backend->url(u"/v1/orders/RK-100001"_s)).json()).order;
    QVERIFY(order);
    kiosk::ReturnOffer::Context context;
    context.order = &*order;
    context.policy = policy.get();
    context.now = QDateTime::fromString(u"2026-11-20T15:00:00Z"_s, Qt::ISODate);
    const auto figuresOf = [&](int lineNo) {
        kiosk::ReturnSelection selection;
        selection.lines.push_back({ lineNo, 1, u"wrong_size"_s, { { u"question.tags_attached"_s, true } } });
        selection.resolution = kiosk::Resolution::StoreCredit;
        const kiosk::ReturnOffer offer = kiosk::ReturnOffer::make(context, selection);
        return offer.isValid() ? offer.line(lineNo)->figures() : kiosk::ReturnOffer::Figures {};
    };
    const auto returnOf = [&](int lineNo, qint64 refund, qint64 bonus, const QJsonValue &named) {
        const QJsonObject line
            = order->line(lineNo) ? QJsonObject { { "sku"_L1, order->line(lineNo)->sku } } : QJsonObject {};
        QJsonObject ret = validReturn(newUuid(), refund);
        ret.insert("resolution"_L1, u"store_credit"_s);
        ret.insert("items"_L1,
            QJsonArray { QJsonObject { { "lineNo"_L1, lineNo }, { "sku"_L1, line.value("sku"_L1) },
                { "quantity"_L1, 1 }, { "reason"_L1, u"wrong_size"_s }, { "refund"_L1, refund },
                { "restockingFee"_L1, qint64(figuresOf(lineNo).fee) }, { "bonus"_L1, bonus } } });
        if (!named.isUndefined())
            ret.insert("policy"_L1, named);
        return ret;
    };
    const QJsonObject shipped { { "id"_L1, policy->policyId }, { "version"_L1, policy->version } };
    QCOMPARE(shipped.value("version"_L1).toInt(), 5);
    const kiosk::ReturnOffer::Figures line1 = figuresOf(1);
    QVERIFY(line1.value == 2499 && line1.bonus > 0);
    const qint64 credit = line1.amount(kiosk::Resolution::StoreCredit);

    const auto submit = [this](const QJsonObject &ret) {
        const auto reply = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ ret }));
        const QJsonObject result = reply.json().value("results"_L1).toArray().at(0).toObject();
        return std::pair { result.value("status"_L1).toString(), result.value("reason"_L1).toString() };
    };
    // A kiosk that adds a dollar to what the policy gives, or calls the whole credit refund and no bonus:
    // rejected, the reason saying what the policy gives, nothing stored.
    auto [status, reason] = submit(returnOf(1, credit + 100, line1.bonus, shipped));
    QCOMPARE(status, u"rejected"_s);
    QVERIFY2(reason.startsWith(u"amount_mismatch: items[0] of order RK-100001 under policy northwind-apparel "
                               "version 5:"_s),
        qPrintable(reason));
    QVERIFY2(reason.contains(u"recorded as refund %1"_s.arg(credit + 100))
            && reason.contains(u"the policy gives refund %1"_s.arg(credit)),
        qPrintable(reason));
    std::tie(status, reason) = submit(returnOf(1, credit, 0, shipped));
    QVERIFY2(status == u"rejected"_s && reason.startsWith(u"amount_mismatch: "_s), qPrintable(reason));
    // A version this backend never published, and no policy at all: rejected with a reason.
    std::tie(status, reason) = submit(returnOf(
        1, credit, line1.bonus, QJsonObject { { "id"_L1, policy->policyId }, { "version"_L1, 99 } }));
    QCOMPARE(status, u"rejected"_s);
    QVERIFY2(reason.startsWith(u"policy_unknown: policy northwind-apparel version 99 was never published"_s)
            && reason.contains(u"northwind-apparel v5"_s),
        qPrintable(reason));
    std::tie(status, reason) = submit(returnOf(1, credit, line1.bonus, QJsonValue::Undefined));
    QVERIFY2(status == u"rejected"_s && reason.startsWith(u"policy_missing: "_s), qPrintable(reason));
    // The final-sale line 3 is not the engine's to refund at any price.
    std::tie(status, reason) = submit(returnOf(3, 0, 0, shipped));
    QVERIFY2(status == u"rejected"_s && reason.contains(u"line_ineligible"_s), qPrintable(reason));
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 0);

    // The kiosk's own figures are accepted.
    std::tie(status, reason) = submit(returnOf(1, credit, line1.bonus, shipped));
    QVERIFY2(status == u"accepted"_s, qPrintable(reason));
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 1);

    // The retailer publishes version 6; a kiosk still on the shipped version 5 (it recorded the return
    // offline) is judged by version 5, also after a restart: every version served is kept.
    QJsonObject nextPolicy = bundle.value("policy"_L1).toObject();
    nextPolicy.insert("version"_L1, 6);
    const QByteArray key = QByteArray::fromBase64([&] {
        QFile keyFile(configDir + u"/demo/keys/demo-policy-2026.key"_s);
        return keyFile.open(QIODevice::ReadOnly) ? keyFile.readAll().trimmed() : QByteArray();
    }());
    QFile::remove(published);
    QFile nextFile(published);
    QVERIFY(nextFile.open(QIODevice::WriteOnly));
    nextFile.write(
        QJsonDocument(kiosk::PolicyLoader::signBundle(nextPolicy, u"demo-policy-2026"_s, key)).toJson());
    nextFile.close();
    QCOMPARE(
        m_client->get(m_backend->url(u"/v1/policy"_s)).json().value("policy"_L1)["version"_L1].toInt(), 6);
    QVERIFY(m_backend->stop());
    QVERIFY(startBackend(args));
    const kiosk::ReturnOffer::Figures line2 = figuresOf(2);
    std::tie(status, reason)
        = submit(returnOf(2, line2.amount(kiosk::Resolution::StoreCredit), line2.bonus, shipped));
    QVERIFY2(status == u"accepted"_s, qPrintable(reason));
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 2);
}

void TestReferenceBackend::faultStatusWithRetryAfter()
{
    QVERIFY(startBackend());
    QCOMPARE(setFaults(QJsonObject { { "status"_L1, 503 }, { "retryAfter"_L1, 7 }, { "count"_L1, 1 },
                           { "endpoints"_L1, QJsonArray { u"returns:batch"_s } } })
                 .status,
        200L);
    // Other endpoints are untouched by a fault aimed at returns:batch.
    QCOMPARE(m_client->get(m_backend->url(u"/v1/health"_s)).status, 200L);

    const QJsonObject body = batch({ validReturn(newUuid()) });
    auto reply = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), body);
    QCOMPARE(reply.status, 503L);
    QCOMPARE(reply.retryAfter, "7");
    QCOMPARE(reply.errorCode(), u"unavailable"_s);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 0);

    // count 1: the next request goes through.
    reply = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), body);
    QCOMPARE(reply.status, 200L);
    QCOMPARE(statusOf(reply, 0), u"accepted"_s);

    QCOMPARE(setFaults(QJsonObject { { "status"_L1, 500 } }).status, 200L);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/changes"_s)).status, 500L);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/changes"_s)).status, 500L);
    QCOMPARE(setFaults(QJsonObject()).status, 200L);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/orders/changes"_s)).status, 200L);
    QCOMPARE(stats().value("faultsInjected"_L1).toInteger(), 3);
}

void TestReferenceBackend::faultDelay()
{
    QVERIFY(startBackend());
    QCOMPARE(setFaults(QJsonObject { { "delayMs"_L1, 400 }, { "count"_L1, 1 } }).status, 200L);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(m_backend->url(u"/v1/health"_s)).status, 200L);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
}

void TestReferenceBackend::faultDropAfterCommit()
{
    QVERIFY(startBackend());
    QCOMPARE(setFaults(QJsonObject { { "dropAfterCommit"_L1, true }, { "count"_L1, 1 } }).status, 200L);
    const QJsonObject body = batch({ validReturn(newUuid()) });
    // A fresh connection: on a reused one libcurl would itself resend the request once.
    HttpsClient fresh(BackendProcess::caFile(), BackendProcess::tokenOf(KioskId));
    auto reply = fresh.postJson(m_backend->url(u"/v1/returns:batch"_s), body);
    QVERIFY2(reply.curlCode == CURLE_GOT_NOTHING || reply.curlCode == CURLE_RECV_ERROR,
        curl_easy_strerror(reply.curlCode));
    QVERIFY(reply.body.isEmpty());
    // The backend committed before dropping: the retry is a duplicate, never a second copy.
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 1);
    reply = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), body);
    QCOMPARE(reply.curlCode, CURLE_OK);
    QCOMPARE(statusOf(reply, 0), u"duplicate"_s);
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 1);
}

void TestReferenceBackend::faultTruncatedBody()
{
    QVERIFY(startBackend());
    QCOMPARE(setFaults(QJsonObject { { "truncateBody"_L1, true }, { "count"_L1, 1 } }).status, 200L);
    const auto reply
        = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ validReturn(newUuid()) }));
    QCOMPARE(reply.curlCode, CURLE_PARTIAL_FILE);
    QVERIFY(!reply.body.isEmpty());
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
    QCOMPARE(m_client->get(m_backend->url(u"/v1/health"_s)).curlCode, CURLE_OK);
}

void TestReferenceBackend::faultWrongContentType()
{
    QVERIFY(startBackend());
    QCOMPARE(setFaults(QJsonObject { { "wrongContentType"_L1, true }, { "count"_L1, 1 } }).status, 200L);
    const auto reply = m_client->get(m_backend->url(u"/v1/orders/changes"_s));
    QCOMPARE(reply.curlCode, CURLE_OK);
    QCOMPARE(reply.status, 200L);
    QVERIFY(reply.contentType.startsWith("text/html"));
    QVERIFY(QJsonDocument::fromJson(reply.body).isNull());
}

void TestReferenceBackend::faultFromCommandLine()
{
    QVERIFY(startBackend({ u"--fault-status"_s, u"503"_s, u"--fault-retry-after"_s, u"3"_s }));
    const auto reply = m_client->get(m_backend->url(u"/v1/health"_s));
    QCOMPARE(reply.status, 503L);
    QCOMPARE(reply.retryAfter, "3");
    // Admin endpoints are never faulted, so a test can always switch faults off.
    QCOMPARE(setFaults(QJsonObject()).status, 200L);
    QCOMPARE(m_client->get(m_backend->url(u"/v1/health"_s)).status, 200L);
}

void TestReferenceBackend::faultSwitchRejectsNonsense()
{
    QVERIFY(startBackend());
    for (const QJsonObject &faults :
        { QJsonObject { { "explode"_L1, true } }, QJsonObject { { "status"_L1, 200 } },
            QJsonObject { { "delayMs"_L1, -1 } }, QJsonObject { { "truncateBody"_L1, u"yes"_s } } }) {
        const auto reply = setFaults(faults);
        QCOMPARE(reply.status, 400L);
        QCOMPARE(reply.errorCode(), u"invalid_faults"_s);
    }
    QCOMPARE(m_admin->get(m_backend->url(u"/v1/admin/faults"_s)).json().value("status"_L1).toInt(), 0);
}

void TestReferenceBackend::untrustedServerIsRefused_data()
{
    QTest::addColumn<QString>("cert");
    QTest::newRow("self-signed") << u"selfsigned"_s;
    QTest::newRow("expired") << u"expired"_s;
    QTest::newRow("wrong host") << u"wronghost"_s;
}

void TestReferenceBackend::untrustedServerIsRefused()
{
    QFETCH(QString, cert);
    QVERIFY(startBackend({}, cert));
    const auto reply
        = m_client->postJson(m_backend->url(u"/v1/returns:batch"_s), batch({ validReturn(newUuid()) }));
    QCOMPARE(reply.curlCode, CURLE_PEER_FAILED_VERIFICATION);
    QCOMPARE(reply.requestBodyBytesSent, 0);
    // Probe without verification: the request never reached the backend.
    QVERIFY(!stats().value("requests"_L1).toObject().contains("returns:batch"_L1));
    QCOMPARE(stats().value("returnsStored"_L1).toInteger(), 0);
}

QTEST_GUILESS_MAIN(TestReferenceBackend)
#include "tst_referencebackend.moc"
