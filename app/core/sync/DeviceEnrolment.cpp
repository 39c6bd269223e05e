#include "DeviceEnrolment.h"

#include "codes/CodeParser.h"
#include "sync/HttpClient.h"
#include "sync/SyncProtocol.h"

#include <QDateTime>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

DeviceEnrolment::Result failed(const QString &error)
{
    return { false, {}, error };
}

} // namespace

DeviceEnrolment::Result DeviceEnrolment::enrol(
    const SyncConfig &config, const QString &codeText, Existing existing)
{
    if (!config.baseUrl.startsWith(u"https://"_s) || config.caBundlePath.isEmpty() || config.kioskId.isEmpty()
        || config.deviceTokenPath.isEmpty())
        return failed(u"enrolment needs an https:// backend URL, a CA bundle, a kiosk id and a token file"_s);
    if (existing == Existing::Refuse && QFile::exists(config.deviceTokenPath))
        return failed(u"already enrolled: %1 exists (kioskctl enrol --again to enrol anew)"_s.arg(
            config.deviceTokenPath));
    using codes::ScannedCode;
    const ScannedCode code = codes::CodeParser({}).parse(codeText, QDateTime::currentDateTimeUtc());
    if (code.kind != ScannedCode::Kind::EnrolmentCode || !code.isValid())
        return failed(code.kind == ScannedCode::Kind::EnrolmentCode
                ? code.reason
                : u"not an enrolment code (ENROL-XXXX-XXXX-XXXX)"_s);

    SyncConfig anonymous = config;
    anonymous.deviceToken.clear();
    HttpClient http(anonymous);
    const HttpResponse response = http.perform(
        HttpRequest { "POST", "/v1/enrol", SyncProtocol::enrolBody(code.enrolmentCode, config.kioskId) });
    if (response.transportFailed())
        return failed(u"enrolment: "_s + response.error);
    if (response.status != 200)
        return failed(u"enrolment refused: "_s + SyncProtocol::statusError(response.status, response.body));
    if (!SyncProtocol::isJsonContentType(response.contentType))
        return failed(u"enrolment: the reply is not JSON"_s);
    const auto reply = SyncProtocol::parseEnrolReply(response.body);
    if (!reply.value)
        return failed(u"enrolment: "_s + reply.error);
    if (reply.value->deviceToken.isEmpty())
        return failed(u"enrolment: the backend issued a certificate, not a device token"_s);

    QSaveFile file(config.deviceTokenPath);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(reply.value->deviceToken.toLatin1() + '\n') < 0 || !file.commit())
        return failed(
            u"cannot store the device token in %1: %2"_s.arg(config.deviceTokenPath, file.errorString()));
    return { true, reply.value->kioskId, {} };
}

} // namespace kiosk
