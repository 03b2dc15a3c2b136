// parse_model: JSON bytes -> data model -> table models, divided by QJsonDocument::fromJson alone.
// Usage: bench_parse_model FILE [RUNS] [REPEATS]   FILE holds a GET /api/v1/License body.
#include "BenchStats.h"
#include "LicenseFacts.h"
#include "LicenseParser.h"
#include "ModuleUsageModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <cstdio>
#include <cstdlib>

using namespace LicenseDesk;
using namespace LicenseDesk::Bench;

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_parse_model FILE [RUNS] [REPEATS]\n");
        return 1;
    }
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 7;
    const int repeats = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 5;

    qsizetype modules = 0;
    const auto check = parseExtendedLicenseInfoList(bytes);
    if (!check.ok()) {
        std::fprintf(stderr, "the data set does not parse: %s\n", qPrintable(check.error.toString()));
        return 1;
    }
    for (const ExtendedLicenseInfo &owner : *check.value)
        modules += owner.extendedModuleLicenses.size();

    QList<double> baseline, full, ratios;
    for (int run = 0; run < runs; ++run) {
        const double base = sampleMs(repeats, [&] {
            const QJsonDocument document = QJsonDocument::fromJson(bytes);
            if (document.isNull())
                std::abort();
        });
        const double ours = sampleMs(repeats, [&] {
            const auto parsed = parseExtendedLicenseInfoList(bytes);
            if (!parsed.ok())
                std::abort();
            // One table model per owner, as the window holds the selected owner's rows.
            for (const ExtendedLicenseInfo &owner : *parsed.value) {
                ModuleUsageModel model;
                model.setModules(moduleFacts(owner));
            }
        });
        baseline.append(base);
        full.append(ours);
        ratios.append(ours / base);
    }
    std::printf("parse_model: %lld owners, %lld modules, %lld bytes; QJsonDocument::fromJson %.2f ms, "
                "parse + facts + table models %.2f ms (medians of %d runs x %d)\n",
                qlonglong(check.value->size()), qlonglong(modules), qlonglong(bytes.size()), median(baseline),
                median(full), runs, repeats);
    std::printf("parse_model ratio=%.2f\n", median(ratios));
    return 0;
}
