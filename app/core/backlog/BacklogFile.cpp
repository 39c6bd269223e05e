#include "BacklogFile.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace kiosk {

namespace {

BacklogFile::Read refused(const QString &error)
{
    BacklogFile::Read read;
    read.error = error;
    return read;
}

} // namespace

QByteArray BacklogFile::write(const Content &content, const BacklogSigner &signer)
{
    const QByteArray signedBytes
        = QJsonDocument(QJsonObject {
                            { u"kioskId"_s, content.kioskId },
                            { u"exportedAt"_s, content.exportedAt.toString(Qt::ISODateWithMs) },
                            { u"returns"_s, content.returns },
                            { u"events"_s, content.events },
                        })
              .toJson(QJsonDocument::Compact);
    return QJsonDocument(
        QJsonObject {
            { u"format"_s, QString::fromLatin1(Format) },
            { u"content"_s, QString::fromUtf8(signedBytes) },
            { u"signature"_s,
                QJsonObject { { u"algorithm"_s, signer.algorithm() },
                    { u"value"_s, QString::fromLatin1(signer.sign(signedBytes).toBase64()) } } },
        })
        .toJson(QJsonDocument::Indented);
}

BacklogFile::Read BacklogFile::read(const QByteArray &file)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file, &parseError);
    if (document.isNull())
        return refused(u"the export file is not complete JSON (truncated or damaged at byte %1: %2)"_s
                           .arg(parseError.offset)
                           .arg(parseError.errorString()));
    const QJsonObject outer = document.object();
    if (outer.value("format"_L1).toString() != QLatin1StringView(Format))
        return refused(u"not a returns kiosk export: format is not %1"_s.arg(QLatin1StringView(Format)));
    const QJsonObject signature = outer.value("signature"_L1).toObject();
    const QByteArray value = signature.value("value"_L1).toString().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
    if (!outer.value("content"_L1).isString() || signature.value("algorithm"_L1).toString().isEmpty()
        || !decoded || decoded.decoded.isEmpty())
        return refused(u"the export file lacks its content or its signature"_s);

    Read read;
    read.signedBytes = outer.value("content"_L1).toString().toUtf8();
    read.algorithm = signature.value("algorithm"_L1).toString();
    read.signature = decoded.decoded;
    const QJsonObject inner = QJsonDocument::fromJson(read.signedBytes).object();
    Content content { inner.value("kioskId"_L1).toString(),
        QDateTime::fromString(inner.value("exportedAt"_L1).toString(), Qt::ISODateWithMs),
        inner.value("returns"_L1).toArray(), inner.value("events"_L1).toArray() };
    if (content.kioskId.isEmpty() || !inner.value("returns"_L1).isArray()
        || !inner.value("events"_L1).isArray()) {
        read.error = u"the export's content names no kiosk or lacks its returns or events"_s;
        return read;
    }
    read.content = std::move(content);
    return read;
}

} // namespace kiosk
