#include "ConformanceSuite.h"

#include <cache/OrderJson.h>
#include <offer/ReturnOffer.h>
#include <policy/PolicyLoader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::contract {

namespace {

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString statusOf(const QJsonObject &itemResults, int index)
{
    return itemResults.value("results"_L1).toArray().at(index).toObject().value("status"_L1).toString();
}

QString reasonOf(const QJsonObject &itemResults, int index)
{
    return itemResults.value("results"_L1).toArray().at(index).toObject().value("reason"_L1).toString();
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

/// The line of @p order with the most units left to return, and that number in @p left (-1: no lines).
QJsonObject lineWithMostLeft(const QJsonObject &order, qint64 *left)
{
    QJsonObject line;
    *left = -1;
    for (const QJsonValue &value : order.value("lines"_L1).toArray()) {
        const QJsonObject l = value.toObject();
        const qint64 unitsLeft
            = l.value("quantity"_L1).toInteger() - l.value("quantityReturned"_L1).toInteger();
        if (unitsLeft > *left) {
            *left = unitsLeft;
            line = l;
        }
    }
    return line;
}

/// A return of @p quantity units of line @p lineNo (with @p line's sku) of @p order by @p kioskId.
QJsonObject returnOf(const QJsonObject &order, const QJsonObject &line, const QString &kioskId,
    qint64 quantity, qint64 refund, int lineNo)
{
    return QJsonObject { { "id"_L1, newUuid() }, { "kioskId"_L1, kioskId },
        { "orderId"_L1, order.value("id"_L1) }, { "createdAt"_L1, nowUtc() },
        { "resolution"_L1, u"refund"_s }, { "currency"_L1, order.value("currency"_L1) },
        { "refundTotal"_L1, refund },
        { "items"_L1,
            QJsonArray { QJsonObject { { "lineNo"_L1, lineNo }, { "sku"_L1, line.value("sku"_L1) },
                { "quantity"_L1, quantity }, { "reason"_L1, u"conformance_test"_s },
                { "refund"_L1, refund } } } } };
}

/// The body of POST /v1/returns:batch with the one return @p ret.
QJsonObject single(const QJsonObject &ret)
{
    return QJsonObject { { "returns"_L1, QJsonArray { ret } } };
}

} // namespace

ConformanceSuite::ConformanceSuite(const SchemaChecker &checker, Options options, QTextStream &out)
    : m_checker(checker)
    , m_options(std::move(options))
    , m_out(out)
{ }

std::unique_ptr<test::HttpsClient> ConformanceSuite::makeClient(const QString &token) const
{
    auto client = std::make_unique<test::HttpsClient>(m_options.caFile, token);
    client->setPinnedPublicKey(m_options.pin);
    return client;
}

std::unique_ptr<test::HttpsClient> ConformanceSuite::deviceClient() const
{
    auto client = makeClient(m_options.token);
    client->setClientCertificate(m_options.clientCert, m_options.clientKey);
    return client;
}

ConformanceSuite::Reply ConformanceSuite::get(test::HttpsClient &client, const QString &urlPath)
{
    return client.get(m_options.baseUrl + urlPath);
}

ConformanceSuite::Reply ConformanceSuite::post(
    test::HttpsClient &client, const QString &urlPath, const QJsonObject &body)
{
    return client.postJson(m_options.baseUrl + urlPath, body);
}

bool ConformanceSuite::verify(const QString &name, bool ok, const QString &detail)
{
    if (ok) {
        ++m_passes;
        m_out << "ok   " << name << '\n';
    } else {
        ++m_failures;
        m_out << "FAIL " << name << (detail.isEmpty() ? QString() : u": "_s + detail) << '\n';
    }
    m_out.flush();
    return ok;
}

bool ConformanceSuite::conforms(const QString &name, const Reply &reply, const QString &method,
    const QString &specPath, QList<long> expected, const QString &expectedErrorCode)
{
    m_exercised.insert(method + u' ' + specPath);
    if (reply.curlCode != CURLE_OK)
        return verify(
            name, false, u"transport: %1"_s.arg(QString::fromUtf8(curl_easy_strerror(reply.curlCode))));
    QStringList problems;
    if (!expected.contains(reply.status)) {
        QStringList wanted;
        for (const long status : expected)
            wanted.append(QString::number(status));
        problems.append(u"status %1, expected %2"_s.arg(reply.status).arg(wanted.join(u" or "_s)));
    }
    const auto schema = m_checker.responseSchema(specPath, method, int(reply.status));
    if (!schema) {
        problems.append(u"status %1 is not documented for %2 %3"_s.arg(reply.status).arg(method, specPath));
    } else if (!schema->isUndefined()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &error);
        if (!reply.contentType.startsWith("application/json"))
            problems.append(u"Content-Type is \"%1\", not application/json"_s.arg(
                QString::fromLatin1(reply.contentType)));
        if (doc.isNull())
            problems.append(u"body is not JSON: %1"_s.arg(error.errorString()));
        else
            problems += m_checker.check(
                doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), *schema);
    } else if (!reply.body.isEmpty() && reply.status == 304) {
        problems.append(u"a 304 carries no body"_s);
    }
    if (reply.status == 401 && reply.header("www-authenticate").isEmpty())
        problems.append(u"401 without WWW-Authenticate"_s);
    if (!expectedErrorCode.isEmpty() && reply.errorCode() != expectedErrorCode)
        problems.append(u"error code \"%1\", expected \"%2\""_s.arg(reply.errorCode(), expectedErrorCode));
    if (problems.size() > 5)
        problems = problems.mid(0, 5) << u"... %1 more"_s.arg(problems.size() - 5);
    return verify(name, problems.isEmpty(), problems.join(u"; "_s));
}

int ConformanceSuite::run()
{
    checkPublic();
    checkAuthentication();
    const QJsonObject order = checkOrders();
    checkStockAndPolicy(order);
    if (m_options.writes) {
        checkReturns(order);
        checkFeedUnderUpserts();
        checkEvents();
        checkHeartbeatAndCommands();
    }
    if (!m_options.adminToken.isEmpty())
        checkAdmin();
    checkEveryOperationWasExercised();
    m_out << m_passes << " passed, " << m_failures << " failed\n";
    return m_failures;
}

void ConformanceSuite::checkPublic()
{
    auto anonymous = makeClient({});
    conforms(u"health"_s, get(*anonymous, u"/v1/health"_s), u"GET"_s, u"/v1/health"_s, { 200 });

    const QString enrol = u"/v1/enrol"_s;
    conforms(u"enrol: an unknown code is refused"_s,
        post(*anonymous, enrol,
            { { "code"_L1, u"ENROL-AAAA-AAAA-AAAA"_s }, { "kioskId"_L1, u"conformance-never"_s } }),
        u"POST"_s, enrol, { 403 }, u"enrolment_refused"_s);
    conforms(u"enrol: a body without code is a bad request"_s,
        post(*anonymous, enrol, { { "kioskId"_L1, u"x"_s } }), u"POST"_s, enrol, { 400 });
    conforms(u"enrol: a body that is not JSON"_s,
        anonymous->post(m_options.baseUrl + enrol, "code=1", "application/x-www-form-urlencoded"), u"POST"_s,
        enrol, { 415 });
    if (m_options.enrolmentCode.isEmpty())
        return;
    const QString kiosk = u"conformance-enrolled-"_s + newUuid().left(8);
    const QJsonObject request { { "code"_L1, m_options.enrolmentCode }, { "kioskId"_L1, kiosk } };
    const Reply enrolled = post(*anonymous, enrol, request);
    if (!conforms(u"enrol: a fresh code issues a device token"_s, enrolled, u"POST"_s, enrol, { 200 }))
        return;
    conforms(u"enrol: the code works once"_s, post(*anonymous, enrol, request), u"POST"_s, enrol, { 403 },
        u"enrolment_refused"_s);
    auto device = makeClient(enrolled.json().value("deviceToken"_L1).toString());
    conforms(u"enrol: the issued token is accepted"_s, get(*device, u"/v1/orders/changes?limit=1"_s),
        u"GET"_s, u"/v1/orders/changes"_s, { 200 });
    if (m_options.writes)
        conforms(u"enrol: the issued token acts as its own kiosk only"_s,
            post(*device, u"/v1/heartbeat"_s, { { "kioskId"_L1, m_options.kioskId } }), u"POST"_s,
            u"/v1/heartbeat"_s, { 403 }, u"kiosk_mismatch"_s);
}

void ConformanceSuite::checkAuthentication()
{
    for (const QString &token : { QString(), u"conformance-not-a-token"_s }) {
        auto client = makeClient(token);
        const QString label = token.isEmpty() ? u"without a token"_s : u"with a wrong token"_s;
        conforms(u"orders/changes %1"_s.arg(label), get(*client, u"/v1/orders/changes"_s), u"GET"_s,
            u"/v1/orders/changes"_s, { 401 }, u"unauthorized"_s);
        conforms(u"orders/{id} %1"_s.arg(label), get(*client, u"/v1/orders/X-1"_s), u"GET"_s,
            u"/v1/orders/{orderId}"_s, { 401 }, u"unauthorized"_s);
        conforms(u"stock %1"_s.arg(label), get(*client, u"/v1/stock?sku=X"_s), u"GET"_s, u"/v1/stock"_s,
            { 401 }, u"unauthorized"_s);
        conforms(u"images %1"_s.arg(label), get(*client, u"/v1/images/X.png"_s), u"GET"_s,
            u"/v1/images/{name}"_s, { 401 }, u"unauthorized"_s);
        conforms(u"policy %1"_s.arg(label), get(*client, u"/v1/policy"_s), u"GET"_s, u"/v1/policy"_s, { 401 },
            u"unauthorized"_s);
        conforms(u"returns:batch %1"_s.arg(label),
            post(*client, u"/v1/returns:batch"_s, { { "returns"_L1, QJsonArray() } }), u"POST"_s,
            u"/v1/returns:batch"_s, { 401 }, u"unauthorized"_s);
        conforms(u"events %1"_s.arg(label), post(*client, u"/v1/events"_s, { { "events"_L1, QJsonArray() } }),
            u"POST"_s, u"/v1/events"_s, { 401 }, u"unauthorized"_s);
        conforms(u"heartbeat %1"_s.arg(label),
            post(*client, u"/v1/heartbeat"_s, { { "kioskId"_L1, m_options.kioskId } }), u"POST"_s,
            u"/v1/heartbeat"_s, { 401 }, u"unauthorized"_s);
    }
}

QJsonObject ConformanceSuite::checkOrders()
{
    auto client = deviceClient();
    const QString changes = u"/v1/orders/changes"_s;
    conforms(u"orders/changes: limit 0 is refused"_s, get(*client, changes + u"?limit=0"_s), u"GET"_s,
        changes, { 400 });
    conforms(u"orders/changes: a cursor the backend never issued is refused"_s,
        get(*client, changes + u"?cursor=not-a-cursor-%2F%2F"_s), u"GET"_s, changes, { 400 });

    // The first pages, then the same page gzipped.
    QJsonObject sample;
    QString cursor;
    for (int page = 0; page < 3; ++page) {
        const Reply reply = get(*client,
            changes + u"?limit=2"_s
                + (cursor.isEmpty() ? QString()
                                    : u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
        if (!conforms(u"orders/changes: page %1"_s.arg(page + 1), reply, u"GET"_s, changes, { 200 }))
            break;
        const QJsonObject body = reply.json();
        const QJsonArray orders = body.value("orders"_L1).toArray();
        verify(u"orders/changes: page %1 honours limit"_s.arg(page + 1), orders.size() <= 2,
            u"%1 orders"_s.arg(orders.size()));
        for (const QJsonValue &order : orders) {
            if (sample.isEmpty() && !order.toObject().value("lines"_L1).toArray().isEmpty())
                sample = order.toObject();
        }
        cursor = body.value("nextCursor"_L1).toString();
        if (!body.value("hasMore"_L1).toBool())
            break;
    }
    auto gzip = deviceClient();
    gzip->setAcceptEncoding(true);
    conforms(u"orders/changes: with Accept-Encoding"_s, get(*gzip, changes + u"?limit=5"_s), u"GET"_s,
        changes, { 200 });

    const QString byId = u"/v1/orders/{orderId}"_s;
    conforms(u"orders/{id}: an unknown order"_s, get(*client, u"/v1/orders/CONFORMANCE-NO-SUCH-ORDER"_s),
        u"GET"_s, byId, { 404 });
    if (!verify(u"orders/changes: the feed has an order with lines to work with"_s, !sample.isEmpty()))
        return sample;
    const QString id = sample.value("id"_L1).toString();
    const Reply one = get(*client, u"/v1/orders/"_s + id);
    if (conforms(u"orders/{id}: an order of the feed"_s, one, u"GET"_s, byId, { 200 }))
        verify(u"orders/{id}: serves the order asked for"_s, one.json().value("id"_L1).toString() == id);
    return one.status == 200 ? one.json() : sample;
}

void ConformanceSuite::checkStockAndPolicy(const QJsonObject &order)
{
    auto client = deviceClient();
    const QString sku = order.value("lines"_L1).toArray().at(0).toObject().value("sku"_L1).toString();
    conforms(u"stock: one sku"_s,
        get(*client,
            u"/v1/stock?sku="_s + QString::fromLatin1(QUrl::toPercentEncoding(sku.isEmpty() ? u"X"_s : sku))),
        u"GET"_s, u"/v1/stock"_s, { 200 });
    conforms(u"stock: without sku"_s, get(*client, u"/v1/stock"_s), u"GET"_s, u"/v1/stock"_s, { 400 });

    // A product picture: the one the order's first line names, else a name the backend may not know.
    const QString image = order.value("lines"_L1).toArray().at(0).toObject().value("imageUrl"_L1).toString();
    const Reply picture
        = get(*client, image.startsWith(u"/v1/images/"_s) ? image : u"/v1/images/conformance-unknown.png"_s);
    if (conforms(u"images"_s, picture, u"GET"_s, u"/v1/images/{name}"_s, { 200, 404 })
        && picture.status == 200)
        verify(u"images: a PNG or JPEG"_s,
            picture.body.startsWith("\x89PNG") || picture.body.startsWith("\xff\xd8\xff"),
            u"the body is neither"_s);

    const Reply policy = get(*client, u"/v1/policy"_s);
    if (!conforms(u"policy"_s, policy, u"GET"_s, u"/v1/policy"_s, { 200, 404 }) || policy.status != 200)
        return;
    m_policy = PolicyLoader::fromJson(policy.json().value("policy"_L1).toObject()).policy;
    verify(u"policy: the bundle's policy reads"_s, m_policy != nullptr);
    const QByteArray etag = policy.header("etag");
    if (!verify(u"policy: carries an ETag"_s, !etag.isEmpty()))
        return;
    client->setExtraHeaders({ "If-None-Match: " + etag });
    conforms(u"policy: If-None-Match with the same ETag"_s, get(*client, u"/v1/policy"_s), u"GET"_s,
        u"/v1/policy"_s, { 304 });
}

void ConformanceSuite::checkReturns(const QJsonObject &order)
{
    auto client = deviceClient();
    const QString path = u"/v1/returns:batch"_s;
    const QJsonArray lines = order.value("lines"_L1).toArray();
    if (lines.isEmpty())
        return;
    // The line with the most units left, so a conforming backend can accept one.
    qint64 mostLeft = -1;
    const QJsonObject line = lineWithMostLeft(order, &mostLeft);
    const qint64 price = line.value("unitPrice"_L1).toInteger();
    const int lineNo = line.value("lineNo"_L1).toInt();
    const auto returnOf = [&](const QString &kioskId, qint64 quantity, qint64 refund, int lineNo) {
        return asRecorded(contract::returnOf(order, line, kioskId, quantity, refund, lineNo), order);
    };
    // What the kiosk records for one unit: the policy's amounts, or the price without a policy.
    const qint64 owed = returnOf(m_options.kioskId, 1, price, lineNo).value("refundTotal"_L1).toInteger();

    conforms(u"returns:batch: malformed JSON"_s, client->post(m_options.baseUrl + path, "{\"returns\": ["),
        u"POST"_s, path, { 400 });
    conforms(u"returns:batch: not JSON"_s, client->post(m_options.baseUrl + path, "x", "text/plain"),
        u"POST"_s, path, { 415 });

    // A credential posting as another kiosk, for far more than the order sold.
    Reply reply = post(*client, path, single(returnOf(u"conformance-other-kiosk"_s, 50, 99999900, lineNo)));
    conforms(u"returns:batch: a return naming another kiosk is refused"_s, reply, u"POST"_s, path, { 403 },
        u"kiosk_mismatch"_s);

    const auto rejectedWith = [&](const QString &name, const QJsonObject &ret, const QString &code) {
        const Reply r = post(*client, path, single(ret));
        if (conforms(name, r, u"POST"_s, path, { 200 }))
            verify(name + u" (rejected, " + code + u')',
                statusOf(r.json(), 0) == u"rejected" && reasonOf(r.json(), 0).startsWith(code + u':'),
                u"%1 %2"_s.arg(statusOf(r.json(), 0), reasonOf(r.json(), 0)));
    };
    QJsonObject badTotal = returnOf(m_options.kioskId, 1, price, lineNo);
    badTotal.insert("refundTotal"_L1, price + 1);
    {
        const Reply r = post(*client, path, single(badTotal));
        if (conforms(u"returns:batch: refundTotal not the items' sum"_s, r, u"POST"_s, path, { 200 }))
            verify(u"returns:batch: refundTotal not the items' sum is rejected"_s,
                statusOf(r.json(), 0) == u"rejected");
    }
    rejectedWith(u"returns:batch: more units than the line has left"_s,
        returnOf(m_options.kioskId, mostLeft + 1, 0, lineNo), u"quantity_exceeds"_s);
    rejectedWith(u"returns:batch: a line the order lacks"_s, returnOf(m_options.kioskId, 1, 0, 9999),
        u"line_unknown"_s);
    if (mostLeft >= 1 && !m_policy)
        rejectedWith(u"returns:batch: a refund above unit price x quantity"_s,
            returnOf(m_options.kioskId, 1, price + 1, lineNo), u"refund_exceeds"_s);
    if (mostLeft >= 1 && m_policy) {
        QJsonObject more = returnOf(m_options.kioskId, 1, price, lineNo);
        QJsonArray items = more.value("items"_L1).toArray();
        QJsonObject item = items.at(0).toObject();
        item.insert("refund"_L1, owed + 1);
        items.replace(0, item);
        more.insert("items"_L1, items);
        more.insert("refundTotal"_L1, owed + 1);
        rejectedWith(
            u"returns:batch: a cent more than the published policy gives"_s, more, u"amount_mismatch"_s);
        QJsonObject unpublished = returnOf(m_options.kioskId, 1, price, lineNo);
        unpublished.insert("policy"_L1,
            QJsonObject { { "id"_L1, m_policy->policyId }, { "version"_L1, m_policy->version + 1000 } });
        rejectedWith(u"returns:batch: a policy version the backend never published"_s, unpublished,
            u"policy_unknown"_s);
    }

    if (mostLeft < 1) {
        verify(u"returns:batch: the sample order has a unit left to return"_s, false,
            u"order %1 is fully returned"_s.arg(order.value("id"_L1).toString()));
        return;
    }
    const QJsonObject good = returnOf(m_options.kioskId, 1, price, lineNo);
    reply = post(*client, path, single(good));
    if (conforms(u"returns:batch: a valid return"_s, reply, u"POST"_s, path, { 200 }))
        verify(u"returns:batch: a valid return is accepted"_s, statusOf(reply.json(), 0) == u"accepted",
            reasonOf(reply.json(), 0));
    reply = post(*client, path, single(good));
    if (conforms(u"returns:batch: the same return again"_s, reply, u"POST"_s, path, { 200 }))
        verify(u"returns:batch: the same return again is a duplicate"_s,
            statusOf(reply.json(), 0) == u"duplicate");

    const Reply after = get(*client, u"/v1/orders/"_s + order.value("id"_L1).toString());
    if (conforms(u"orders/{id}: after the return"_s, after, u"GET"_s, u"/v1/orders/{orderId}"_s, { 200 })) {
        const QJsonArray ids = after.json().value("returnIds"_L1).toArray();
        verify(u"orders/{id}: lists the accepted return in returnIds"_s, ids.contains(good.value("id"_L1)));
    }
}

QJsonObject ConformanceSuite::asRecorded(QJsonObject ret, const QJsonObject &order) const
{
    if (!m_policy)
        return ret;
    const QDateTime sold = QDateTime::fromString(
        order.value(order.contains("deliveredAt"_L1) ? "deliveredAt"_L1 : "placedAt"_L1).toString(),
        Qt::ISODate);
    const QDateTime at = sold.isValid() ? sold.addDays(1) : QDateTime::currentDateTimeUtc();
    ret.insert("createdAt"_L1, at.toUTC().toString(Qt::ISODate));
    ret.insert(
        "policy"_L1, QJsonObject { { "id"_L1, m_policy->policyId }, { "version"_L1, m_policy->version } });
    QJsonArray items = ret.value("items"_L1).toArray();
    QJsonObject item = items.at(0).toObject();
    item.insert("reason"_L1, m_policy->defaultReason);
    const int lineNo = item.value("lineNo"_L1).toInt();
    const OrderJson::Result parsed = OrderJson::fromJson(order);
    if (parsed.order) {
        ReturnOffer::Context context;
        context.order = &*parsed.order;
        context.policy = m_policy.get();
        context.now = at;
        ReturnSelection selection;
        selection.lines.push_back({ lineNo, item.value("quantity"_L1).toInt(), m_policy->defaultReason, {} });
        selection.resolution = Resolution::RefundToOriginal;
        selection.staffApproved = { lineNo };
        const ReturnOffer offer = ReturnOffer::make(context, selection);
        if (offer.isValid() && offer.line(lineNo)->goesBack()) {
            const ReturnOffer::Figures figures = offer.line(lineNo)->figures();
            item.insert("refund"_L1, qint64(figures.refund));
            item.insert("restockingFee"_L1, qint64(figures.fee));
            ret.insert("refundTotal"_L1, qint64(figures.refund));
        }
    }
    items.replace(0, item);
    ret.insert("items"_L1, items);
    return ret;
}

QList<QJsonObject> ConformanceSuite::walkFeed(test::HttpsClient &client, const QString &name, QString *cursor,
    const std::function<void(int page, const QJsonArray &orders)> &afterPage)
{
    const QString changes = u"/v1/orders/changes"_s;
    QList<QJsonObject> served;
    for (int page = 0; page < MaxFeedPages; ++page) {
        // Small pages first, so even a small feed spans several; then pages a large feed can be walked in.
        const int limit = page < 10 ? 5 : 500;
        QString url = changes + u"?limit="_s + QString::number(limit);
        if (!cursor->isEmpty())
            url += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(*cursor));
        const Reply reply = get(client, url);
        m_exercised.insert(u"GET "_s + changes);
        if (reply.curlCode != CURLE_OK || reply.status != 200) {
            verify(
                name, false, u"page %1: HTTP %2 %3"_s.arg(page + 1).arg(reply.status).arg(reply.errorCode()));
            return {};
        }
        const QJsonObject body = reply.json();
        const QJsonArray orders = body.value("orders"_L1).toArray();
        for (const QJsonValue &order : orders)
            served.append(order.toObject());
        *cursor = body.value("nextCursor"_L1).toString();
        if (afterPage)
            afterPage(page, orders);
        if (!body.value("hasMore"_L1).toBool())
            return served;
    }
    verify(name, false, u"still more after %1 pages"_s.arg(MaxFeedPages));
    return {};
}

void ConformanceSuite::checkFeedUnderUpserts()
{
    const QString name = u"orders/changes: paging under concurrent upserts"_s;
    auto client = deviceClient();
    const QString path = u"/v1/returns:batch"_s;
    // Walk the feed from the start; right after the first page, an accepted return changes an order
    // that page served (an upsert behind the cursor). Every order must come exactly once, and the
    // changed one once more, later, with the return counted.
    QString returnId;
    QString changedId;
    QString cursor;
    const QList<QJsonObject> walk = walkFeed(*client, name, &cursor, [&](int page, const QJsonArray &orders) {
        for (qsizetype i = 0; page == 0 && i < orders.size() && changedId.isEmpty(); ++i) {
            const QJsonObject order = orders.at(i).toObject();
            qint64 left = 0;
            const QJsonObject line = lineWithMostLeft(order, &left);
            if (left < 1)
                continue;
            const QJsonObject ret
                = asRecorded(returnOf(order, line, m_options.kioskId, 1,
                                 line.value("unitPrice"_L1).toInteger(), line.value("lineNo"_L1).toInt()),
                    order);
            const Reply reply = post(*client, path, single(ret));
            if (conforms(u"returns:batch: while the feed is walked"_s, reply, u"POST"_s, path, { 200 })
                && statusOf(reply.json(), 0) == u"accepted") {
                changedId = order.value("id"_L1).toString();
                returnId = ret.value("id"_L1).toString();
            }
        }
    });
    if (walk.isEmpty()
        || !verify(name + u": an order of the first page took a return"_s, !changedId.isEmpty()))
        return;
    QHash<QString, int> times;
    QStringList repeated;
    bool changeServed = false;
    for (const QJsonObject &order : walk) {
        const QString id = order.value("id"_L1).toString();
        if (++times[id] == 2 && id != changedId)
            repeated.append(id);
        if (id == changedId && times[id] == 2)
            changeServed = order.value("returnIds"_L1).toArray().contains(returnId);
    }
    verify(name + u": no order repeated"_s, repeated.isEmpty(), repeated.mid(0, 5).join(u", "_s));
    verify(name + u": the changed order served again with the return counted"_s,
        changeServed && times.value(changedId) == 2, u"served %1 time(s)"_s.arg(times.value(changedId)));

    // No order lost: a walk from the start now serves the same orders.
    QString fresh;
    QSet<QString> walked;
    for (auto it = times.cbegin(); it != times.cend(); ++it)
        walked.insert(it.key());
    QSet<QString> now;
    for (const QJsonObject &order : walkFeed(*client, name, &fresh, {}))
        now.insert(order.value("id"_L1).toString());
    QSet<QString> lost = now;
    lost.subtract(walked);
    verify(name + u": no order lost"_s, lost.isEmpty() && !now.isEmpty(),
        QStringList(lost.cbegin(), lost.cend()).mid(0, 5).join(u", "_s));

    // A change after the walk ended comes with the next poll from its last cursor, and nothing else does.
    for (const QJsonObject &order : walk) {
        qint64 left = 0;
        const QJsonObject line = lineWithMostLeft(order, &left);
        // The changed order's first serving predates its return: it needs a unit more.
        if (left < (order.value("id"_L1).toString() == changedId ? 2 : 1))
            continue;
        const QJsonObject ret
            = asRecorded(returnOf(order, line, m_options.kioskId, 1, line.value("unitPrice"_L1).toInteger(),
                             line.value("lineNo"_L1).toInt()),
                order);
        if (statusOf(post(*client, path, single(ret)).json(), 0) != u"accepted")
            continue;
        const QList<QJsonObject> delta = walkFeed(*client, name, &cursor, {});
        QStringList ids;
        for (const QJsonObject &changed : delta)
            ids.append(changed.value("id"_L1).toString());
        verify(name + u": a change after the last page comes with the next poll, alone"_s,
            ids == QStringList { order.value("id"_L1).toString() }, u"served: "_s + ids.join(u", "_s));
        return;
    }
    verify(name + u": an order with a unit left for the poll after the walk"_s, false);
}

void ConformanceSuite::checkEvents()
{
    auto client = deviceClient();
    const QString path = u"/v1/events"_s;
    const QJsonObject event { { "id"_L1, newUuid() }, { "type"_L1, u"fault"_s },
        { "payload"_L1,
            QJsonObject { { "device"_L1, u"printer"_s }, { "code"_L1, u"conformance"_s },
                { "message"_L1, u"test"_s }, { "at"_L1, nowUtc() }, { "cleared"_L1, true } } } };
    Reply reply = post(*client, path, { { "events"_L1, QJsonArray { event } } });
    if (conforms(u"events: a valid event"_s, reply, u"POST"_s, path, { 200 }))
        verify(u"events: a valid event is accepted"_s, statusOf(reply.json(), 0) == u"accepted");
    reply = post(*client, path, { { "events"_L1, QJsonArray { event } } });
    if (conforms(u"events: the same event again"_s, reply, u"POST"_s, path, { 200 }))
        verify(u"events: the same event again is a duplicate"_s, statusOf(reply.json(), 0) == u"duplicate");
    QJsonObject foreign = event;
    foreign.insert("id"_L1, newUuid());
    foreign.insert("type"_L1, u"staff.override"_s);
    foreign.insert("payload"_L1, QJsonObject { { "kioskId"_L1, u"conformance-other-kiosk"_s } });
    conforms(u"events: an event naming another kiosk is refused"_s,
        post(*client, path, { { "events"_L1, QJsonArray { foreign } } }), u"POST"_s, path, { 403 },
        u"kiosk_mismatch"_s);
    conforms(
        u"events: not an array"_s, post(*client, path, { { "events"_L1, 1 } }), u"POST"_s, path, { 400 });
}

void ConformanceSuite::checkHeartbeatAndCommands()
{
    auto client = deviceClient();
    const QString path = u"/v1/heartbeat"_s;
    const QJsonObject beat { { "kioskId"_L1, m_options.kioskId }, { "sentAt"_L1, nowUtc() },
        { "appVersion"_L1, u"conformance"_s }, { "queueDepth"_L1, 0 }, { "deadLetters"_L1, 0 },
        { "softwareVersion"_L1, u"conformance"_s }, { "hardwareProfile"_L1, u"sim"_s },
        { "policy"_L1, QJsonObject { { "id"_L1, u"conformance"_s }, { "version"_L1, 1 } } },
        { "cacheAgeSeconds"_L1, 60 },
        { "devices"_L1,
            QJsonObject { { "printer"_L1,
                QJsonObject { { "state"_L1, u"fault"_s }, { "code"_L1, u"paper_out"_s },
                    { "message"_L1, u"out of paper"_s }, { "since"_L1, nowUtc() } } } } },
        { "diskFreeBytes"_L1, 1 << 30 }, { "uptimeSeconds"_L1, 3600 } };
    conforms(u"heartbeat: as its own kiosk"_s, post(*client, path, beat), u"POST"_s, path, { 200 });
    conforms(u"heartbeat: as another kiosk is refused"_s,
        post(*client, path, { { "kioskId"_L1, u"conformance-other-kiosk"_s } }), u"POST"_s, path, { 403 },
        u"kiosk_mismatch"_s);
    conforms(u"heartbeat: without kioskId"_s, post(*client, path, QJsonObject {}), u"POST"_s, path, { 400 });
}

void ConformanceSuite::checkAdmin()
{
    auto admin = makeClient(m_options.adminToken);
    auto device = deviceClient();
    conforms(u"admin/stats"_s, get(*admin, u"/v1/admin/stats"_s), u"GET"_s, u"/v1/admin/stats"_s, { 200 });
    conforms(u"admin/faults"_s, get(*admin, u"/v1/admin/faults"_s), u"GET"_s, u"/v1/admin/faults"_s, { 200 });
    conforms(u"admin/faults: switch all off"_s, post(*admin, u"/v1/admin/faults"_s, {}), u"POST"_s,
        u"/v1/admin/faults"_s, { 200 });
    conforms(u"admin/faults: nonsense"_s, post(*admin, u"/v1/admin/faults"_s, { { "explode"_L1, true } }),
        u"POST"_s, u"/v1/admin/faults"_s, { 400 });
    conforms(u"admin/kiosks"_s, get(*admin, u"/v1/admin/kiosks"_s), u"GET"_s, u"/v1/admin/kiosks"_s, { 200 });
    conforms(u"admin/kiosks with a device token"_s, get(*device, u"/v1/admin/kiosks"_s), u"GET"_s,
        u"/v1/admin/kiosks"_s, { 403 }, u"forbidden"_s);
    const QString import = u"/v1/admin/returns/import"_s;
    conforms(u"admin/returns/import: not an export"_s, post(*admin, import, { { "format"_L1, u"other"_s } }),
        u"POST"_s, import, { 400 }, u"export_invalid"_s);
    conforms(u"admin/returns/import with a device token"_s, post(*device, import, {}), u"POST"_s, import,
        { 403 }, u"forbidden"_s);
    conforms(u"admin/stats with a device token"_s, get(*device, u"/v1/admin/stats"_s), u"GET"_s,
        u"/v1/admin/stats"_s, { 403 }, u"forbidden"_s);
    conforms(u"admin/faults with a device token"_s,
        post(*device, u"/v1/admin/faults"_s, { { "status"_L1, 503 } }), u"POST"_s, u"/v1/admin/faults"_s,
        { 403 }, u"forbidden"_s);
    conforms(u"admin/commands with a device token"_s,
        post(*device, u"/v1/admin/commands"_s,
            { { "kioskId"_L1, m_options.kioskId }, { "type"_L1, u"sync_now"_s } }),
        u"POST"_s, u"/v1/admin/commands"_s, { 403 }, u"forbidden"_s);

    checkRetryAfter(*admin, *device);

    // A command for another kiosk never reaches this one.
    const QString other
        = m_options.otherKioskId.isEmpty() ? u"conformance-other-kiosk"_s : m_options.otherKioskId;
    const Reply queued = post(*admin, u"/v1/admin/commands"_s,
        { { "kioskId"_L1, other }, { "type"_L1, u"reload_policy"_s }, { "args"_L1, QJsonObject {} } });
    if (!conforms(u"admin/commands: queue for another kiosk"_s, queued, u"POST"_s, u"/v1/admin/commands"_s,
            { 200 }))
        return;
    const QJsonValue commandId = queued.json().value("id"_L1);
    const Reply mine = post(*device, u"/v1/heartbeat"_s, { { "kioskId"_L1, m_options.kioskId } });
    if (conforms(
            u"heartbeat: after a command for another kiosk"_s, mine, u"POST"_s, u"/v1/heartbeat"_s, { 200 }))
        verify(u"heartbeat: another kiosk's command is not handed to this one"_s,
            !QJsonDocument(mine.json()).toJson().contains(commandId.toString().toUtf8()));
    if (m_options.otherToken.isEmpty())
        return;
    auto otherClient = makeClient(m_options.otherToken);
    const Reply theirs = post(*otherClient, u"/v1/heartbeat"_s, { { "kioskId"_L1, other } });
    if (conforms(u"heartbeat: the kiosk the command was queued for"_s, theirs, u"POST"_s, u"/v1/heartbeat"_s,
            { 200 })) {
        const QJsonArray commands = theirs.json().value("commands"_L1).toArray();
        verify(u"heartbeat: hands the command to its kiosk"_s,
            commands.size() == 1 && commands.at(0).toObject().value("id"_L1) == commandId);
    }
}

void ConformanceSuite::checkRetryAfter(test::HttpsClient &admin, test::HttpsClient &device)
{
    const QString faults = u"/v1/admin/faults"_s;
    const QString changes = u"/v1/orders/changes"_s;
    for (const int status : { 503, 429 }) {
        const QString name = u"orders/changes: %1 with Retry-After"_s.arg(status);
        const Reply armed = post(admin, faults,
            { { "status"_L1, status }, { "retryAfter"_L1, 7 }, { "count"_L1, 1 },
                { "endpoints"_L1, QJsonArray { u"orders/changes"_s } } });
        if (!conforms(
                u"admin/faults: one %1 for orders/changes"_s.arg(status), armed, u"POST"_s, faults, { 200 }))
            continue;
        const Reply refused = get(device, changes + u"?limit=1"_s);
        if (conforms(name, refused, u"GET"_s, changes, { status }))
            verify(name + u": says when to come back"_s, refused.header("retry-after") == "7",
                u"Retry-After: \"%1\""_s.arg(QString::fromLatin1(refused.header("retry-after"))));
        conforms(u"orders/changes: served again after the %1"_s.arg(status),
            get(device, changes + u"?limit=1"_s), u"GET"_s, changes, { 200 });
    }
}

void ConformanceSuite::checkEveryOperationWasExercised()
{
    for (const QString &operation : m_checker.operations()) {
        const qsizetype space = operation.indexOf(u' ');
        const bool referenceOnly = m_checker.isReferenceOnly(operation.mid(space + 1), operation.left(space));
        if (referenceOnly && m_options.adminToken.isEmpty())
            continue;
        verify(u"exercised: "_s + operation, m_exercised.contains(operation));
    }
}

} // namespace kiosk::contract
