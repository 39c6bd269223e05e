// libFuzzer target for what `kioskctl cache import` does with each NDJSON line: JSON, then the order
// (OrderJson::fromJson, the core parser the importer and the sync engine share).
#include "cache/OrderJson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace kiosk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const QByteArray &line : bytes.split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const OrderJson::Result read = OrderJson::fromJson(object);
        if (bool(read.order) == !read.error.isEmpty())
            __builtin_trap();
        // What the cache writes back is read again as the same order.
        if (read.order) {
            const OrderJson::Result again
                = OrderJson::fromJson(OrderJson::toJson(*read.order, read.countedReturns));
            if (!again.order || again.order->lines.size() != read.order->lines.size()
                || again.countedReturns != read.countedReturns)
                __builtin_trap();
        }
    }
    return 0;
}
