// The installations the demo server starts from: a realistic one, or a synthetic one of any size.
#pragma once

#include "DemoOwner.h"
#include "DemoSigner.h"

#include <QDate>

namespace LicenseDesk::DemoSeed {

/// SUPEROFFICE (30 modules: site licenses, hidden user licenses, user plans, visible-for) and three
/// partners: ACMEDOCS (its offer is blocked), NORDICSIGN (inside its admin-warning window) and
/// MAILBRIDGE (permanent). Every owner has an offer; all dates are relative to today.
QList<DemoOwner> realistic(QDate today, const DemoSigner &signer);

/// owners x modules generated rows (SUPEROFFICE first, then PARTNER001…); every third owner's offer
/// is blocked, the others can be activated.
QList<DemoOwner> synthetic(int owners, int modules, QDate today, const DemoSigner &signer);

} // namespace LicenseDesk::DemoSeed
