#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

#include <curl/curl.h>

namespace kiosk::test {

/// A blocking libcurl client for tests: one easy handle (so one reused connection), HTTPS verified against
/// exactly one CA file, or not verified at all for probing a server whose certificate is meant to be bad.
class HttpsClient
{
public:
    enum class Verify { AgainstCaFile, Nothing };

    /// What came back; curlCode is CURLE_OK when a complete HTTP response arrived.
    struct Reply
    {
        CURLcode curlCode = CURLE_OK;
        long status = 0;
        QByteArray body;
        QByteArray contentType;
        QByteArray retryAfter;
        qint64 requestBodyBytesSent = 0; ///< bytes of the request body libcurl pulled from us
        QList<std::pair<QByteArray, QByteArray>> headers; ///< of the final response, names lower-case

        QJsonObject json() const;
        /// The value of the response header @p name (lower-case), empty when absent.
        QByteArray header(const QByteArray &name) const;
        /// error.code of a protocol error body, empty when there is none.
        QString errorCode() const;
    };

    HttpsClient(const QString &caFile, QString token, Verify verify = Verify::AgainstCaFile);
    ~HttpsClient();
    HttpsClient(const HttpsClient &) = delete;
    HttpsClient &operator=(const HttpsClient &) = delete;

    void setToken(const QString &token) { m_token = token; }
    /// Also requires the server's public key to match @p pin ("sha256//BASE64", ';'-separated for a
    /// backup), as libcurl's CURLOPT_PINNEDPUBLICKEY; empty switches pinning off.
    void setPinnedPublicKey(const QString &pin);
    /// Presents the client certificate @p certFile with its key @p keyFile (PEM) for mutual TLS; empty
    /// paths present none.
    void setClientCertificate(const QString &certFile, const QString &keyFile);
    /// Sends Accept-Encoding (gzip, deflate) and decodes the reply; off by default.
    void setAcceptEncoding(bool on);
    /// Extra request headers ("If-None-Match: \"x\"") sent with every following request.
    void setExtraHeaders(const QList<QByteArray> &headers) { m_extraHeaders = headers; }

    Reply get(const QString &url);
    Reply post(
        const QString &url, const QByteArray &body, const QByteArray &contentType = "application/json");
    Reply postJson(const QString &url, const QJsonObject &body);

private:
    Reply perform(const QString &url, const QByteArray *body, const QByteArray &contentType);

    CURL *m_curl = nullptr;
    QString m_token;
    QList<QByteArray> m_extraHeaders;
};

} // namespace kiosk::test
