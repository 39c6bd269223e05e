// libFuzzer target for the serial scanner's line decoder (SerialLineDecoder): the bytes fed whole and in
// chunks must give the same scans, none empty, over-long or holding a line end.
#include "scanner/SerialLineDecoder.h"

#include <cstddef>
#include <cstdint>

using namespace kiosk::scanner;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    SerialLineDecoder whole;
    const QStringList scans = whole.feed(bytes).scans;
    for (const QString &scan : scans) {
        if (scan.isEmpty() || scan.size() > SerialLineDecoder::MaxLineLength || scan.contains(u'\r')
            || scan.contains(u'\n'))
            __builtin_trap();
    }
    // Chunks as the port might deliver them: their sizes come from the bytes themselves.
    SerialLineDecoder chunked;
    QStringList pieces;
    for (qsizetype at = 0; at < bytes.size();) {
        const qsizetype n = std::min<qsizetype>(1 + uint8_t(bytes[at]) % 7, bytes.size() - at);
        pieces += chunked.feed(bytes.sliced(at, n)).scans;
        at += n;
    }
    if (pieces != scans)
        __builtin_trap();
    return 0;
}
