// libFuzzer target: the derived facts on any counts and dates, with undefined behaviour fatal.
#include "FuzzedLicense.h"
#include "LicenseFacts.h"

#include <cstddef>
#include <cstdint>

using namespace LicenseDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider in(data, size);
    const ExtendedLicenseInfo license = Fuzzing::license(in);
    const QDate today(2026, 11, 23);
    const ActivationPreview preview = activationPreview(license);
    if (preview.blocking.size() > preview.modules.size() || preview.changed.size() > preview.modules.size())
        __builtin_trap();
    for (const ModuleFacts &module : preview.modules) {
        if (module.seatsToFree < 0)
            __builtin_trap();
    }
    if (license.current)
        (void)expiryState(*license.current, today);
    (void)ownerHealth(license, today, in.ConsumeBool());
    (void)nextCheckState(license.accumulatedNextCheckDate, QDateTime(today, QTime(12, 0)));
    (void)LicenseTexts::verdict(preview);
    return 0;
}
