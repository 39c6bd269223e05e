#include "ProductPicture.h"

#include <QCryptographicHash>
#include <QtEndian>

#include <zlib.h>

namespace ProductPicture {

namespace {
constexpr int Size = 96;

void chunk(QByteArray &png, const char *type, const QByteArray &data)
{
    QByteArray body = QByteArray(type, 4) + data;
    char length[4];
    qToBigEndian<quint32>(quint32(data.size()), length);
    char crc[4];
    qToBigEndian<quint32>(
        quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))), crc);
    png += QByteArray(length, 4) + body + QByteArray(crc, 4);
}

/// The garment: a T-shirt's body and sleeves, in the middle of the picture.
bool inShape(int x, int y)
{
    const bool body = x >= 30 && x < 66 && y >= 26 && y < 80;
    const bool sleeves = y >= 26 && y < 44 && x >= 14 && x < 82;
    return body || sleeves;
}
} // namespace

QByteArray png(const QString &name)
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    const auto channel = [&](int i, int low) { return char(low + quint8(hash.at(i)) % (256 - low)); };
    const char background[3] = { channel(0, 170), channel(1, 170), channel(2, 170) };
    const char garment[3]
        = { char(quint8(hash.at(3)) % 120), char(quint8(hash.at(4)) % 120), char(quint8(hash.at(5)) % 120) };
    QByteArray raw;
    raw.reserve(Size * (1 + 3 * Size));
    for (int y = 0; y < Size; ++y) {
        raw.append('\0'); // filter: none
        for (int x = 0; x < Size; ++x)
            raw.append(inShape(x, y) ? garment : background, 3);
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    QByteArray packed(int(packedSize), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(packed.data()), &packedSize,
        reinterpret_cast<const Bytef *>(raw.constData()), uLong(raw.size()), 9);
    packed.resize(int(packedSize));

    QByteArray header(13, '\0');
    qToBigEndian<quint32>(Size, header.data());
    qToBigEndian<quint32>(Size, header.data() + 4);
    header[8] = 8; // bits per channel
    header[9] = 2; // RGB
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", packed);
    chunk(png, "IEND", {});
    return png;
}

} // namespace ProductPicture
