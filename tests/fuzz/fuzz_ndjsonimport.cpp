// libFuzzer target for the file reader of `kioskctl cache import` and `kioskctl simulate`
// (NdjsonOrderReader): the input is written to a file and read the way the importer reads a data set,
// header line, blank lines, over-long lines (with a 4 KiB line limit) and a cut-off last line included.
#include "cache/NdjsonOrderReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace kiosk;

namespace {

constexpr qint64 MaxLineBytes = 4096;

/// Lines the reader must account for: every line that is not blank, and every over-long one.
qsizetype linesToAccountFor(const QByteArray &bytes)
{
    qsizetype count = 0;
    for (const QByteArray &line : bytes.split('\n'))
        if (line.size() > MaxLineBytes || !line.trimmed().isEmpty())
            ++count;
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // In memory when the system has a tmpfs there: a file written per input, not a disk's metadata.
    static QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
            ? QStringLiteral("/dev/shm/fuzz_ndjsonimport-XXXXXX")
            : QDir::tempPath() + QStringLiteral("/fuzz_ndjsonimport-XXXXXX"));
    static const QString path = dir.filePath(QStringLiteral("orders.ndjson"));
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            __builtin_trap();
    }
    NdjsonOrderReader reader(path, MaxLineBytes);
    if (!reader.open())
        __builtin_trap();
    OrderJson::Result order;
    qsizetype orders = 0;
    qint64 lastLine = 0;
    while (reader.next(&order)) {
        // An order handed over is an order, on a later line than the one before.
        if (!order.order || !order.error.isEmpty() || reader.line() <= lastLine)
            __builtin_trap();
        lastLine = reader.line();
        ++orders;
    }
    // Every line is the header, an order or a rejection, and nothing is read twice or left unread.
    const qsizetype header = reader.generatedAt().isNull() ? 0 : 1;
    if (header + orders + reader.rejected() != linesToAccountFor(bytes) || reader.bytesRead() != qint64(size)
        || reader.errors().size() != std::min(reader.rejected(), ImportLimits::MaxReportedErrors))
        __builtin_trap();
    return 0;
}
