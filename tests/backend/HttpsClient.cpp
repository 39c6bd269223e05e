#include "HttpsClient.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace kiosk::test {

namespace {

struct Upload
{
    const QByteArray *body = nullptr;
    qint64 offset = 0;
};

size_t readBody(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const qint64 n = std::min<qint64>(qint64(size * count), upload->body->size() - upload->offset);
    std::memcpy(buffer, upload->body->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// libcurl rewinds the body when it resends a request on a new connection after a reused one died.
int seekBody(void *userdata, curl_off_t offset, int origin)
{
    auto *upload = static_cast<Upload *>(userdata);
    if (origin != SEEK_SET || offset < 0 || offset > upload->body->size())
        return CURL_SEEKFUNC_CANTSEEK;
    upload->offset = qint64(offset);
    return CURL_SEEKFUNC_OK;
}

size_t appendBody(char *data, size_t size, size_t count, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(data, qsizetype(size * count));
    return size * count;
}

size_t readHeader(char *data, size_t size, size_t count, void *userdata)
{
    auto *reply = static_cast<HttpsClient::Reply *>(userdata);
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    if (line.startsWith("HTTP/")) // a new response (after a 100 Continue or a redirect)
        reply->headers.clear();
    if (line.toLower().startsWith("retry-after:"))
        reply->retryAfter = line.mid(12).trimmed();
    if (const qsizetype colon = line.indexOf(':'); colon > 0)
        reply->headers.append({ line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed() });
    return size * count;
}

} // namespace

QJsonObject HttpsClient::Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpsClient::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

void HttpsClient::setPinnedPublicKey(const QString &pin)
{
    curl_easy_setopt(m_curl, CURLOPT_PINNEDPUBLICKEY, pin.isEmpty() ? nullptr : pin.toLatin1().constData());
}

void HttpsClient::setClientCertificate(const QString &certFile, const QString &keyFile)
{
    // libcurl copies the strings.
    curl_easy_setopt(
        m_curl, CURLOPT_SSLCERT, certFile.isEmpty() ? nullptr : certFile.toLocal8Bit().constData());
    curl_easy_setopt(m_curl, CURLOPT_SSLKEY, keyFile.isEmpty() ? nullptr : keyFile.toLocal8Bit().constData());
}

void HttpsClient::setAcceptEncoding(bool on)
{
    curl_easy_setopt(m_curl, CURLOPT_ACCEPT_ENCODING, on ? "" : nullptr);
}

QString HttpsClient::Reply::errorCode() const
{
    return json().value("error"_L1).toObject().value("code"_L1).toString();
}

HttpsClient::HttpsClient(const QString &caFile, QString token, Verify verify)
    : m_curl(curl_easy_init())
    , m_token(std::move(token))
{
    if (verify == Verify::AgainstCaFile) {
        curl_easy_setopt(m_curl, CURLOPT_CAINFO, caFile.toLocal8Bit().constData());
        curl_easy_setopt(m_curl, CURLOPT_CAPATH, nullptr);
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 2L);
    } else {
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYPEER, 0L);
        curl_easy_setopt(m_curl, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    curl_easy_setopt(m_curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(m_curl, CURLOPT_CONNECTTIMEOUT_MS, 5000L);
    curl_easy_setopt(m_curl, CURLOPT_TIMEOUT_MS, 30000L);
}

HttpsClient::~HttpsClient()
{
    curl_easy_cleanup(m_curl);
}

HttpsClient::Reply HttpsClient::get(const QString &url)
{
    return perform(url, nullptr, {});
}

HttpsClient::Reply HttpsClient::post(
    const QString &url, const QByteArray &body, const QByteArray &contentType)
{
    return perform(url, &body, contentType);
}

HttpsClient::Reply HttpsClient::postJson(const QString &url, const QJsonObject &body)
{
    return post(url, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpsClient::Reply HttpsClient::perform(
    const QString &url, const QByteArray *body, const QByteArray &contentType)
{
    Reply reply;
    Upload upload { body, 0 };
    curl_slist *headers = nullptr;
    if (!m_token.isEmpty())
        headers
            = curl_slist_append(headers, QByteArray("Authorization: Bearer " + m_token.toUtf8()).constData());
    for (const QByteArray &header : std::as_const(m_extraHeaders))
        headers = curl_slist_append(headers, header.constData());
    if (body) {
        headers = curl_slist_append(headers, QByteArray("Content-Type: " + contentType).constData());
        // No "Expect: 100-continue" round trip: the body follows the headers at once.
        headers = curl_slist_append(headers, "Expect:");
        curl_easy_setopt(m_curl, CURLOPT_POST, 1L);
        curl_easy_setopt(m_curl, CURLOPT_READFUNCTION, readBody);
        curl_easy_setopt(m_curl, CURLOPT_READDATA, &upload);
        curl_easy_setopt(m_curl, CURLOPT_SEEKFUNCTION, seekBody);
        curl_easy_setopt(m_curl, CURLOPT_SEEKDATA, &upload);
        curl_easy_setopt(m_curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body->size()));
    } else {
        curl_easy_setopt(m_curl, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(m_curl, CURLOPT_URL, url.toUtf8().constData());
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, headers);
    curl_easy_setopt(m_curl, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(m_curl, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(m_curl, CURLOPT_HEADERFUNCTION, readHeader);
    curl_easy_setopt(m_curl, CURLOPT_HEADERDATA, &reply);

    reply.curlCode = curl_easy_perform(m_curl);
    curl_easy_getinfo(m_curl, CURLINFO_RESPONSE_CODE, &reply.status);
    const char *type = nullptr;
    if (curl_easy_getinfo(m_curl, CURLINFO_CONTENT_TYPE, &type) == CURLE_OK && type)
        reply.contentType = type;
    reply.requestBodyBytesSent = upload.offset;
    curl_easy_setopt(m_curl, CURLOPT_HTTPHEADER, nullptr);
    curl_slist_free_all(headers);
    return reply;
}

} // namespace kiosk::test
