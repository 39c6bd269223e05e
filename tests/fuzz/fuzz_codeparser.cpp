// libFuzzer target for CodeParser; without libFuzzer the same entry point is driven by fuzz_smoke_main.cpp.
#include "codes/CodeParser.h"
#include "crypto/Ed25519.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const kiosk::codes::CodeParser parser([] {
        kiosk::codes::CodeParser::Config config;
        config.retailerId = u"acme"_s;
        config.tokenKeys.insert(u"k1"_s, kiosk::crypto::Ed25519::publicKeyOf(QByteArray(32, '\x07')));
        return config;
    }());
    const QString text = QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto code = parser.parse(text, QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    if (code.isValid() != code.reason.isEmpty())
        __builtin_trap();
    return 0;
}
