#include "CertificateEnrolment.h"

#include "sync/HttpClient.h"
#include "sync/SyncProtocol.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

CertificateEnrolment::Result failed(const QString &error)
{
    return { std::nullopt, error };
}

/// True when @p certificate (PEM) certifies the public key of @p csr (PEM).
bool certifiesRequestKey(const QByteArray &certificate, const QByteArray &csr)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> certBio(
        BIO_new_mem_buf(certificate.constData(), int(certificate.size())), BIO_free);
    std::unique_ptr<BIO, decltype(&BIO_free)> csrBio(
        BIO_new_mem_buf(csr.constData(), int(csr.size())), BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), X509_free);
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)> request(
        PEM_read_bio_X509_REQ(csrBio.get(), nullptr, nullptr, nullptr), X509_REQ_free);
    if (!cert || !request)
        return false;
    return EVP_PKEY_eq(X509_get0_pubkey(cert.get()), X509_REQ_get0_pubkey(request.get())) == 1;
}

QString transportError(const QString &error)
{
    if (error.contains(u"pinned"_s, Qt::CaseInsensitive)
        || error.contains(u"public key"_s, Qt::CaseInsensitive))
        return u"the backend's key does not match the pin in the enrolment QR: this is not the retailer's "
               "backend, or the QR is old (%1)"_s.arg(error);
    return u"cannot reach the backend: %1. Check the network and scan again"_s.arg(error);
}

} // namespace

CertificateEnrolment::Result CertificateEnrolment::enrol(const Request &request, KeyStore &keys)
{
    if (EnrolmentRecord::exists(request.dataDir))
        return failed(u"this kiosk is already enrolled (%1): reset it before enrolling it again"_s.arg(
            EnrolmentRecord::recordFile(request.dataDir)));
    if (!request.backendUrl.startsWith(u"https://"_s) || request.pin.isEmpty() || request.code.isEmpty())
        return failed(u"enrolment needs an https:// backend, the backend's key pin and a code"_s);
    QString error;
    if (!keys.ensureKey(&error))
        return failed(error);
    const auto csr = keys.certificateRequest(
        request.proposedKioskId.isEmpty() ? u"returns-kiosk"_s : request.proposedKioskId, &error);
    if (!csr)
        return failed(error);

    SyncConfig link;
    link.baseUrl = request.backendUrl;
    link.caBundlePath = request.caBundle;
    link.pinnedPublicKeys = { request.pin };
    link.connectTimeout = std::min(link.connectTimeout, request.timeout);
    link.requestTimeout = request.timeout;
    HttpClient http(link);
    const HttpResponse response = http.perform(HttpRequest {
        "POST", "/v1/enrol", SyncProtocol::enrolBody(request.code, request.proposedKioskId, *csr) });
    if (response.transportFailed())
        return failed(transportError(response.error));
    if (response.status == 403) {
        const QString summary = SyncProtocol::errorSummary(response.body);
        if (summary.startsWith(u"enrolment_expired: "_s))
            return failed(u"this enrolment code has expired. Ask for a new enrolment QR (%1)"_s.arg(summary));
        return failed(u"the backend refused the enrolment code: it is unknown or already used. Ask for a new "
                      "enrolment QR (%1)"_s.arg(summary));
    }
    if (response.status != 200)
        return failed(u"enrolment refused: "_s + SyncProtocol::statusError(response.status, response.body));
    if (!SyncProtocol::isJsonContentType(response.contentType))
        return failed(u"enrolment: the reply is not JSON"_s);
    const auto reply = SyncProtocol::parseEnrolReply(response.body);
    if (!reply.value)
        return failed(u"enrolment: the backend's reply is not usable: "_s + reply.error);
    if (reply.value->certificate.isEmpty() || !certifiesRequestKey(reply.value->certificate, *csr))
        return failed(u"enrolment: the backend sent no certificate for this kiosk's key"_s);

    EnrolmentRecord record;
    record.kioskId = reply.value->kioskId;
    record.backendUrl = request.backendUrl;
    record.pins = { request.pin };
    record.store = *reply.value->store;
    if (!record.save(request.dataDir, reply.value->certificate, &error))
        return failed(error);
    return { record, {} };
}

} // namespace kiosk
