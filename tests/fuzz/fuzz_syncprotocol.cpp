// libFuzzer target for the sync engine's reply parsers (SyncProtocol); without libFuzzer the same
// entry point is driven by fuzz_smoke_main.cpp over corpus-sync/.
#include "sync/SyncProtocol.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // Every parser either yields a value or says why not; never both, never neither.
    const auto results = SyncProtocol::parseItemResults(bytes);
    const auto page = SyncProtocol::parseChangesPage(bytes);
    const auto commands = SyncProtocol::parseHeartbeatReply(bytes);
    const auto enrolment = SyncProtocol::parseEnrolReply(bytes);
    const auto order = SyncProtocol::parseOrderReply(bytes, QStringLiteral("RK-1000001"));
    if (bool(results.value) == !results.error.isEmpty() || bool(page.value) == !page.error.isEmpty()
        || bool(commands.value) == !commands.error.isEmpty()
        || bool(enrolment.value) == !enrolment.error.isEmpty() || bool(order.value) == !order.error.isEmpty())
        __builtin_trap();
    // A token goes into a header: never a control character, space or non-ASCII.
    if (enrolment.value) {
        for (const QChar c : enrolment.value->deviceToken) {
            if (c <= u' ' || c > u'~')
                __builtin_trap();
        }
    }
    if (order.value && order.value->id != QStringLiteral("RK-1000001"))
        __builtin_trap();
    if (page.value && page.value->nextCursor.isEmpty())
        __builtin_trap();
    SyncProtocol::errorSummary(bytes);
    SyncProtocol::isJsonContentType(bytes);
    const auto wait = SyncProtocol::parseRetryAfter(bytes, QDateTime({ 2026, 11, 2 }, { 9, 0 }, Qt::UTC));
    if (wait && wait->count() < 0)
        __builtin_trap();
    return 0;
}
