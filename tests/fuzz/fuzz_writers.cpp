// libFuzzer target: every CLI answer in table, CSV and JSON from fuzzed license values.
#include "FuzzedLicense.h"
#include "LicenseFacts.h"
#include "ReportWriter.h"

#include <QJsonDocument>
#include <cstddef>
#include <cstdint>

using namespace LicenseDesk;
using namespace LicenseDesk::Cli;

namespace {

void writeAll(const ReportWriter &writer, const ExtendedLicenseInfo &license, const ModuleLicense &module,
              const CheckLicenseStatusResult &status, QStringList &out) {
    out << writer.owners({license, license}) << writer.license(license)
        << writer.preview(license, activationPreview(license)) << writer.moduleLicense(module)
        << writer.status(license.ownerName(), status);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzedDataProvider in(data, size);
    const int width = in.ConsumeIntegralInRange(0, 300);
    const ExtendedLicenseInfo license = Fuzzing::license(in);
    const ModuleLicense module = Fuzzing::module(in);
    CheckLicenseStatusResult status;
    status.licenseStatus.raw = Fuzzing::text(in);
    status.message = Fuzzing::text(in);
    const QDate today(2026, 11, 23);

    QStringList table, csv, json;
    writeAll(ReportWriter(OutputFormat::Table, width, today), license, module, status, table);
    writeAll(ReportWriter(OutputFormat::Csv, width, today), license, module, status, csv);
    writeAll(ReportWriter(OutputFormat::Json, width, today), license, module, status, json);
    for (const QString &answer : std::as_const(json)) {
        QJsonParseError error;
        (void)QJsonDocument::fromJson(answer.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            __builtin_trap(); // JSON output must always be JSON
    }
    for (const QString &answer : std::as_const(csv)) {
        if (!answer.endsWith(QLatin1StringView("\r\n")))
            __builtin_trap();
    }
    return 0;
}
