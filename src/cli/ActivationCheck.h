// After an activation: does what the server now stores match what the preview promised?
#pragma once

#include "LicenseFacts.h"

#include <QCoreApplication>
#include <QStringList>

namespace LicenseDesk::Cli {

class ActivationCheck final {
    Q_DECLARE_TR_FUNCTIONS(LicenseDesk::Cli::ActivationCheck)
public:
    /// One translated line per module whose stored total differs from the preview's new total
    /// (or that should have been dropped or added); empty when everything matches.
    static QStringList mismatches(const ActivationPreview &preview, const QList<ModuleFacts> &stored);
};

} // namespace LicenseDesk::Cli
