// libFuzzer target: normaliseApiRoot() on any text; what it accepts is a stable ".../api" root.
#include "ConnectionSettings.h"

#include <cstddef>
#include <cstdint>

using namespace LicenseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QUrl> root = ConnectionSettings::normaliseApiRoot(text, &error);
    if (!root) {
        if (error.isEmpty())
            __builtin_trap(); // every refusal says why
        return 0;
    }
    if (!root->path().endsWith(QLatin1StringView("/api")))
        __builtin_trap();
    const std::optional<QUrl> again = ConnectionSettings::normaliseApiRoot(root->toString());
    if (!again || *again != *root)
        __builtin_trap(); // normalising twice changes nothing
    return 0;
}
