// libFuzzer target: every license parser, then the derived facts of whatever parsed.
#include "LicenseFacts.h"
#include "LicenseParser.h"

#include <cstddef>
#include <cstdint>

using namespace LicenseDesk;

namespace {

// Parsed data must never crash the facts layer, and a parse never succeeds with an error set.
void exerciseFacts(const ExtendedLicenseInfo &license) {
    const ActivationPreview preview = activationPreview(license);
    if (preview.blocking.size() > preview.modules.size())
        __builtin_trap();
    const QDate today(2026, 11, 23);
    if (license.current)
        (void)expiryState(*license.current, today);
    (void)ownerHealth(license, today, true);
    (void)LicenseTexts::verdict(preview);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto single = parseExtendedLicenseInfo(bytes);
    if (single.ok() != single.error.isNull())
        __builtin_trap();
    if (single.ok()) {
        if (single.value->rawJson != bytes)
            __builtin_trap();
        exerciseFacts(*single.value);
    }
    const auto list = parseExtendedLicenseInfoList(bytes);
    if (list.ok()) {
        for (const ExtendedLicenseInfo &owner : *list.value)
            exerciseFacts(owner);
    }
    (void)parseModuleLicense(bytes);
    return 0;
}
