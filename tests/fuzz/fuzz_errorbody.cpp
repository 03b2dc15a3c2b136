// libFuzzer target: the error-body parser and the small result parsers.
#include "LicenseParser.h"

#include <cstddef>
#include <cstdint>

using namespace LicenseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto error = parseWebApiError(bytes)) {
        if (error->errorMessage.isEmpty() && error->errorType.isEmpty())
            __builtin_trap(); // an error body without message or type must not be reported as one
    }
    (void)parseLicenseResult(bytes);
    (void)parseCheckLicenseStatusResult(bytes);
    (void)parseJsonString(bytes);
    return 0;
}
