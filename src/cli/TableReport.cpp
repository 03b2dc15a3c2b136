// Builds the aligned text tables and key/value blocks people read in a terminal.
#include "TableReport.h"

#include "Countdown.h"
#include "OwnerTotals.h"
#include "TerminalText.h"
#include "TextTable.h"

#include <QStringList>
#include <algorithm>
#include <utility>

namespace LicenseDesk::Cli {

namespace {

using Align = TextTable::Align;
using Pairs = QList<std::pair<QString, QString>>;

QString keyValueBlock(const Pairs &pairs) {
    int labelWidth = 0;
    for (const auto &[label, value] : pairs)
        labelWidth = std::max(labelWidth, TextTable::displayWidth(label));
    QString out;
    for (const auto &[label, value] : pairs) {
        const int fill = labelWidth - TextTable::displayWidth(label);
        out += label + QString(fill + 2, u' ') + TerminalText::printable(value) + u'\n';
    }
    return out;
}

QString signedNumber(SeatCount value) {
    return value > 0 ? u'+' + QString::number(value) : QString::number(value);
}

} // namespace

TableReport::TableReport(int width, QDate today)
    : m_width(width)
    , m_today(today) {}

QString TableReport::statusText(const EnumValue<LicenseStatus> &status) {
    if (!status.value)
        return tr("Unknown status \"%1\"").arg(status.raw);
    switch (*status.value) {
    case LicenseStatus::Ok:
        return tr("The license is up to date.");
    case LicenseStatus::NewLicenseAvailable:
        return tr("A new license is available: run \"preview\", then \"activate\".");
    case LicenseStatus::NewCompanyNameAvailable:
        return tr("A new company name is available.");
    case LicenseStatus::NewSerialAvailable:
        return tr("A new serial number is available.");
    case LicenseStatus::UseCustomMessage:
    case LicenseStatus::UseCustomMessageAndUrl:
        return tr("The license server has a message.");
    case LicenseStatus::NewLicenseActivated:
        return tr("A new license was activated.");
    case LicenseStatus::ProblemWithLicense:
        return tr("The license server could not provide the license.");
    case LicenseStatus::UnknownError:
        return tr("The license server reported an unknown error.");
    }
    return status.raw;
}

QString TableReport::expiryText(const LicenseInfo &license) const {
    const QString state = LicenseTexts::expiryState(expiryState(license, m_today));
    if (!license.expiryDate)
        return state;
    return tr("%1 (%2, %3)")
        .arg(Countdown::isoDate(license.expiryDate), state,
             Countdown::days(daysUntil(license.expiryDate, m_today)));
}

QString TableReport::licenseHeader(const ExtendedLicenseInfo &info, bool withCandidate) const {
    Pairs pairs;
    pairs.append({tr("Owner:"), tr("%1 (%2)").arg(info.ownerName(), info.ownerDescription())});
    const LicenseInfo *license =
        info.current ? &*info.current : (info.newLicense ? &*info.newLicense : nullptr);
    if (license) {
        pairs.append({tr("Company:"), license->companyName});
        pairs.append({tr("Serial number:"), license->serialNr});
        pairs.append({tr("Expires:"), expiryText(*license)});
        pairs.append({tr("Grace period ends:"), Countdown::isoDate(license->graceDate)});
        pairs.append({tr("Maintenance ends:"), Countdown::isoDate(license->maintenanceDate)});
        pairs.append({tr("Next license check:"), Countdown::isoDate(info.nextCheckDate())});
    }
    if (withCandidate && info.newLicense)
        pairs.append({tr("New license expires:"), expiryText(*info.newLicense)});
    return keyValueBlock(pairs);
}

QString TableReport::owners(const QList<ExtendedLicenseInfo> &owners) const {
    TextTable table({{tr("Owner")},
                     {tr("Description"), Align::Left, true},
                     {tr("Expires")},
                     {tr("State")},
                     {tr("Modules"), Align::Right},
                     {tr("Total"), Align::Right},
                     {tr("In use"), Align::Right},
                     {tr("Free"), Align::Right}});
    for (const ExtendedLicenseInfo &info : owners) {
        const OwnerTotals totals = OwnerTotals::of(moduleFacts(info));
        const LicenseInfo *license = info.current ? &*info.current : nullptr;
        // Company and serial belong to the installation, the same on every row: show and JSON carry them.
        table.addRow(
            {info.ownerName(), info.ownerDescription(), license ? Countdown::isoDate(license->expiryDate) : QString(),
             LicenseTexts::ownerHealth(ownerHealth(info, m_today)), QString::number(totals.modules),
             QString::number(totals.total), QString::number(totals.inUse), QString::number(totals.free)});
    }
    if (table.rowCount() == 0)
        return tr("No license owners.") + u'\n';
    return table.render(m_width);
}

QString TableReport::license(const ExtendedLicenseInfo &info) const {
    TextTable table({{tr("Module")},
                     {tr("Description"), Align::Left, true},
                     {tr("Type")},
                     {tr("Total"), Align::Right},
                     {tr("In use"), Align::Right},
                     {tr("Free"), Align::Right},
                     {tr("Notes"), Align::Left, true}});
    const QList<ModuleFacts> modules = moduleFacts(info);
    for (const ModuleFacts &m : modules) {
        QStringList notes;
        if (m.userPlan)
            notes.append(tr("user plan"));
        if (m.unrestricted)
            notes.append(tr("unrestricted"));
        if (m.hidden)
            notes.append(tr("hidden"));
        if (m.overUsed)
            notes.append(tr("over-used"));
        table.addRow({m.name, m.description, LicenseTexts::licenseType(m.licenseType),
                      QString::number(m.total), QString::number(m.inUse),
                      m.unrestricted ? QString() : QString::number(m.free),
                      notes.join(QStringLiteral(", "))});
    }
    return licenseHeader(info, false) + u'\n' + table.render(m_width);
}

QString TableReport::preview(const ExtendedLicenseInfo &info, const ActivationPreview &preview) const {
    QString out = licenseHeader(info, true);
    TextTable table({{tr("Module")},
                     {tr("Description"), Align::Left, true},
                     {tr("Total"), Align::Right},
                     {tr("New total"), Align::Right},
                     {tr("Change"), Align::Right},
                     {tr("In use"), Align::Right},
                     {tr("New free"), Align::Right},
                     {tr("Notes"), Align::Left, true}});
    for (const ModuleFacts &m : preview.modules) {
        QString note = m.change == ModuleChange::None ? QString() : LicenseTexts::moduleChange(m.change);
        if (m.seatsToFree > 0)
            note = tr("blocked: remove %n assignment(s)", nullptr, m.seatsToFree);
        table.addRow({m.name, m.description, QString::number(m.total), QString::number(m.newTotal),
                      m.added != 0 ? signedNumber(m.added) : QString(), QString::number(m.inUse),
                      m.unrestricted ? QString() : QString::number(m.newFree), note});
    }
    out += u'\n' + table.render(m_width) + u'\n' + TerminalText::printable(LicenseTexts::verdict(preview)) +
           u'\n';
    if (!preview.reason.isEmpty())
        out += tr("The server says: %1").arg(TerminalText::printable(preview.reason)) + u'\n';
    return out;
}

QString TableReport::moduleLicense(const ModuleLicense &module) const {
    ExtendedModuleLicense wrapped;
    wrapped.current = module;
    const ModuleFacts facts = moduleFacts(wrapped, false);
    const QString yes = tr("yes");
    const QString no = tr("no");
    Pairs pairs{{tr("Owner:"), module.ownerName},
                {tr("Module:"), facts.name},
                {tr("Description:"), facts.description},
                {tr("Version:"), module.moduleVersion},
                {tr("Type:"), LicenseTexts::licenseType(facts.licenseType)},
                {tr("Allowed user type:"), module.allowedUserType.raw},
                {tr("Licenses:"), QString::number(facts.total)},
                {tr("Unrestricted:"), facts.unrestricted ? yes : no},
                {tr("Hidden:"), facts.hidden ? yes : no},
                {tr("User plan:"), facts.userPlan ? yes : no}};
    if (facts.userPlan)
        pairs.append({tr("Grants:"), facts.grantedModules.join(QStringLiteral(", "))});
    if (!module.prerequisiteModuleName.isEmpty())
        pairs.append({tr("Requires:"), module.prerequisiteModuleName});
    if (!facts.tooltip.isEmpty())
        pairs.append({tr("Details:"), facts.tooltip});
    return keyValueBlock(pairs);
}

QString TableReport::status(const QString &owner, const CheckLicenseStatusResult &status) const {
    Pairs pairs{{tr("Owner:"), owner},
                {tr("Status:"), status.licenseStatus.raw},
                {tr("Meaning:"), statusText(status.licenseStatus)}};
    if (!status.message.isEmpty())
        pairs.append({tr("Message:"), status.message});
    if (!status.url.isEmpty())
        pairs.append({tr("URL:"), status.url});
    return keyValueBlock(pairs);
}

} // namespace LicenseDesk::Cli
