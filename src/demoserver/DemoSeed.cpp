// Builds the demo installations; usage numbers are chosen so that totals, free and in-use agree.
#include "DemoSeed.h"

#include "DemoTranslations.h"

namespace LicenseDesk::DemoSeed {
namespace {

using namespace Qt::StringLiterals;

constexpr auto kCompany = "Nordlys Rådgivning AS";
constexpr auto kSerial = "1010004711";

QDateTime day(QDate today, int offset) {
    return QDateTime(today.addDays(offset), QTime(0, 0));
}

struct Row {
    const char *name;
    const char *tooltip;
    LicenseType type;
    UserType userType;
    int count;
    int sortOrder;
    bool hidden;
    int extraFlags = 0;
    const char *extraInfo = "";
    const char *prerequisite = "";
    bool unrestricted = false;
};

ModuleLicense makeModule(const QString &owner, const QString &version, const Row &row) {
    ModuleLicense m;
    m.ownerName = owner;
    m.moduleName = QString::fromUtf8(row.name);
    m.moduleDescription = DemoTranslations::moduleDescription(owner, m.moduleName, u"en"_s, m.moduleName);
    m.moduleTooltip = QString::fromUtf8(row.tooltip);
    m.moduleVersion = version;
    m.licenseType = {licenseTypeName(row.type), row.type};
    m.unrestricted = row.unrestricted;
    m.allowedUserType = {userTypeName(row.userType), row.userType};
    m.numberOfLicenses = row.count;
    m.extraFlags = row.extraFlags;
    m.extraInfo = QString::fromUtf8(row.extraInfo);
    m.sortOrder = row.sortOrder;
    m.isHidden = row.hidden;
    m.prerequisiteModuleName = QString::fromUtf8(row.prerequisite);
    return m;
}

struct Dates {
    int nextCheck;
    std::optional<int> maintenance, adminWarning, expiry, grace; // nullopt: never
};

LicenseInfo makeLicense(const QString &owner, const QString &version, QDate today, const Dates &dates) {
    const auto date = [&](std::optional<int> offset) -> LicenseDate {
        if (!offset)
            return std::nullopt;
        return day(today, *offset);
    };
    LicenseInfo l;
    l.companyName = QString::fromUtf8(kCompany);
    l.serialNr = QString::fromUtf8(kSerial);
    l.ownerName = owner;
    l.ownerDescription = DemoTranslations::ownerDescription(owner, u"en"_s, owner);
    l.nextCheckDate = day(today, dates.nextCheck);
    l.maintenanceDate = date(dates.maintenance);
    l.adminWarningDate = date(dates.adminWarning);
    l.expiryDate = date(dates.expiry);
    l.graceDate = date(dates.grace);
    l.licenseVersion = version;
    l.deploymentType = 1;
    return l;
}

// SuperOffice's user plans and what each grants (ExtraInfo "set=").
struct Plan {
    const char *name;
    const char *tooltip;
    const char *grants;
    int sortOrder;
};
constexpr Plan kPlans[] = {
    {"ten-sales", "User Plan: Can edit Companies, Diary, Sales, Selections, Reports",
     "user,web,pocket-crm-cal,selection-cal,relation-cal,report-cal,sale-cal,t2,project-cal,quote-cal", 73},
    {"ten-service", "User Plan: Can edit Companies, Diary, Requests, Selections, Reports",
     "user,web,pocket-crm-cal,selection-cal,relation-cal,report-cal,ej-client,t2,project-cal", 74},
    {"ten-marketing", "User Plan: Can edit Companies, Diary, Selections, Mailings, Reports",
     "user,web,selection-cal,relation-cal,report-cal,t2", 75},
    {"ten-salesservice", "User Plan: Can edit Companies, Diary, Sales, Requests, Selections, Reports",
     "user,web,pocket-crm-cal,selection-cal,relation-cal,report-cal,sale-cal,ej-client,chat-cal,t2,project-"
     "cal,"
     "quote-cal",
     76},
};
constexpr int kPlanInUse[] = {18, 39, 4, 6};

// SUPEROFFICE's site licenses; "ai" only in the offer.
constexpr Row kSiteRows[] = {
    {"server", "Required to use SuperOffice CRM", LicenseType::SiteLicense, UserType::Unknown, 1, 0, true},
    {"expander-services", "Runs scripts, triggers and screen designs", LicenseType::SiteLicense,
     UserType::Unknown, 1, 1, true},
    {"online-webservices", "Lets integrations use the web services", LicenseType::SiteLicense,
     UserType::Unknown, 1, 2, true},
    {"ten", "Marks the installation as using user plans", LicenseType::SiteLicense, UserType::Unknown, 1, 3,
     true},
    {"sale", "Activates the Sales module", LicenseType::SiteLicense, UserType::Unknown, 1, 10, false},
    {"project", "Activates the Project module", LicenseType::SiteLicense, UserType::Unknown, 1, 11, false},
    {"quote", "Activates quotes on sales", LicenseType::SiteLicense, UserType::Unknown, 1, 12, false},
    {"selection", "Activates the Selection module", LicenseType::SiteLicense, UserType::Unknown, 1, 13,
     false},
    {"chat", "Activates the chat system", LicenseType::SiteLicense, UserType::Unknown, 1, 14, false},
    {"dash", "Activates dashboards", LicenseType::SiteLicense, UserType::Unknown, 1, 15, false},
    {"mktg-auto", "Activates flows and automated campaigns", LicenseType::SiteLicense, UserType::Unknown, 1,
     16, false},
    {"erp-sync", "Synchronises companies and contacts with an ERP system", LicenseType::SiteLicense,
     UserType::Unknown, 1, 17, false},
    {"ai", "Activates AI text suggestions and summaries", LicenseType::SiteLicense, UserType::Unknown, 1, 18,
     false},
};

// SUPEROFFICE's hidden user licenses: their totals follow from the plans that grant them.
constexpr Row kHiddenUserRows[] = {
    {"user", "Lets the user log in", LicenseType::UserLicense, UserType::InternalAssociate, 0, 40, true},
    {"web", "Lets the user use the web client", LicenseType::UserLicense, UserType::InternalAssociate, 0, 41,
     true, 0, "", "user"},
    {"pocket-crm-cal", "Lets the user use the mobile app", LicenseType::UserLicense,
     UserType::InternalAssociate, 0, 42, true, 0, "", "user"},
    {"sale-cal", "Can edit sales", LicenseType::UserLicense, UserType::InternalAssociate, 0, 43, true},
    {"project-cal", "Can edit projects", LicenseType::UserLicense, UserType::InternalAssociate, 0, 44, true},
    {"quote-cal", "Can edit quotes", LicenseType::UserLicense, UserType::InternalAssociate, 0, 45, true, 0,
     "", "sale-cal"},
    {"selection-cal", "Can edit selections", LicenseType::UserLicense, UserType::InternalAssociate, 0, 46,
     true},
    {"relation-cal", "Can edit relations", LicenseType::UserLicense, UserType::InternalAssociate, 0, 47,
     true},
    {"report-cal", "Can create and edit reports", LicenseType::UserLicense, UserType::InternalAssociate, 0,
     48, true},
    {"chat-cal", "Can answer chats", LicenseType::UserLicense, UserType::InternalAssociate, 0, 49, true},
    {"ej-client", "Can work with requests in Service", LicenseType::UserLicense, UserType::InternalAssociate,
     0, 50, true},
    {"t2", "Premium tier of the user's plan", LicenseType::UserLicense, UserType::InternalAssociate, 0, 51,
     true},
};

/// The SUPEROFFICE license with the given plan totals; hidden user licenses follow from the plans.
LicenseInfo superOffice(QDate today, const QString &version, const QList<int> &planTotals, bool withAi,
                        const Dates &dates) {
    const QString owner = u"SUPEROFFICE"_s;
    LicenseInfo l = makeLicense(owner, version, today, dates);
    for (const Row &row : kSiteRows) {
        if (withAi || qstrcmp(row.name, "ai") != 0)
            l.moduleLicenses.append(makeModule(owner, version, row));
    }
    for (const Row &row : kHiddenUserRows) {
        Row granted = row;
        for (std::size_t p = 0; p < std::size(kPlans); ++p) {
            if (QByteArray(kPlans[p].grants).split(',').contains(QByteArray(row.name)))
                granted.count += planTotals.at(p);
        }
        granted.count = std::max(granted.count, 1);
        l.moduleLicenses.append(makeModule(owner, version, granted));
    }
    l.moduleLicenses.append(
        makeModule(owner, version,
                   {"visible-for", "Can restrict who sees an item (no seat limit)", LicenseType::UserLicense,
                    UserType::InternalAssociate, 1, 60, true, 0, "", "", true}));
    for (std::size_t p = 0; p < std::size(kPlans); ++p) {
        const QByteArray set = "set=" + QByteArray(kPlans[p].grants);
        l.moduleLicenses.append(makeModule(owner, version,
                                           {kPlans[p].name, kPlans[p].tooltip, LicenseType::UserLicense,
                                            UserType::InternalAssociate, planTotals.at(p),
                                            kPlans[p].sortOrder, false, 1, set.constData()}));
    }
    l.moduleLicenses.append(
        makeModule(owner, version,
                   {"extern-user-cal", "Customer Service portal access for external users",
                    LicenseType::UserLicense, UserType::ExternalAssociate, 25, 80, false}));
    return l;
}

DemoOwner superOfficeOwner(QDate today, const DemoSigner &signer) {
    DemoOwner owner;
    owner.current = superOffice(today, u"11.11"_s, {21, 42, 5, 10}, false, {14, 300, 300, 330, 342});
    // Renewal with more Service and Marketing seats and the new AI module: can be activated.
    owner.offer = superOffice(today, u"11.12"_s, {21, 47, 8, 10}, true, {104, 665, 665, 695, 707});
    signer.sign(owner.current);
    signer.sign(*owner.offer);
    for (std::size_t p = 0; p < std::size(kPlans); ++p) {
        owner.inUse.insert(QString::fromLatin1(kPlans[p].name), kPlanInUse[p]);
        for (const QByteArray &grant : QByteArray(kPlans[p].grants).split(','))
            owner.inUse[QString::fromLatin1(grant)] += kPlanInUse[p];
    }
    owner.inUse.insert(u"visible-for"_s, owner.inUse.value(u"user"_s));
    owner.inUse.insert(u"extern-user-cal"_s, 11);
    return owner;
}

DemoOwner partner(QDate today, const DemoSigner &signer, const QString &name, const QString &version,
                  const QString &url, const QList<Row> &rows, const Dates &dates) {
    DemoOwner owner;
    owner.current = makeLicense(name, version, today, dates);
    owner.current.licenseUrl = url;
    for (const Row &row : rows)
        owner.current.moduleLicenses.append(makeModule(name, version, row));
    signer.sign(owner.current);
    return owner;
}

LicenseInfo renewed(const LicenseInfo &license, const QString &version, int days) {
    LicenseInfo l = license;
    l.licenseVersion = version;
    for (LicenseDate *date :
         {&l.nextCheckDate, &l.maintenanceDate, &l.adminWarningDate, &l.expiryDate, &l.graceDate}) {
        if (*date)
            *date = (*date)->addDays(days);
    }
    for (ModuleLicense &m : l.moduleLicenses)
        m.moduleVersion = version;
    return l;
}

void setCount(LicenseInfo &license, const QString &module, int count) {
    for (ModuleLicense &m : license.moduleLicenses) {
        if (m.moduleName == module)
            m.numberOfLicenses = count;
    }
}

} // namespace

QList<DemoOwner> realistic(QDate today, const DemoSigner &signer) {
    QList<DemoOwner> owners{superOfficeOwner(today, signer)};

    const auto site = LicenseType::SiteLicense;
    const auto user = LicenseType::UserLicense;
    DemoOwner acme =
        partner(today, signer, u"ACMEDOCS"_s, u"3.2"_s, u"https://licenses.acmedocs.example/superoffice"_s,
                {{"DOCARCHIVE", "Enables the Acme archive panel", site, UserType::Unknown, 1, 1, false},
                 {"DOCARCHIVEUSER", "Lets the user file e-mails and documents to the archive", user,
                  UserType::InternalAssociate, 10, 2, false, 0, "", "DOCARCHIVE"},
                 {"DOCARCHIVEADMIN", "Lets the user manage archive retention rules", user,
                  UserType::InternalAssociate, 2, 3, false, 0, "", "DOCARCHIVEUSER"}},
                {30, 200, 170, 200, 214});
    acme.inUse = {{u"docarchiveuser"_s, 7}, {u"docarchiveadmin"_s, 1}};
    // The renewal cuts archive users below the seven assigned: activation is blocked.
    acme.offer = renewed(acme.current, u"3.3"_s, 365);
    setCount(*acme.offer, u"DOCARCHIVEUSER"_s, 6);
    signer.sign(*acme.offer);
    owners.append(acme);

    DemoOwner sign =
        partner(today, signer, u"NORDICSIGN"_s, u"2.0"_s, u"https://license.nordicsign.example/api"_s,
                {{"ESIGN", "Send documents for electronic signature", site, UserType::Unknown, 1, 1, false},
                 {"ESIGNUSER", "Lets the user send documents for signing", user, UserType::InternalAssociate,
                  25, 2, false, 0, "", "ESIGN"},
                 {"ESIGNTEMPLATES", "Shared signature templates", site, UserType::Unknown, 1, 3, true}},
                {-1, 20, -10, 20, 34});
    sign.inUse = {{u"esignuser"_s, 19}};
    // Expires in 20 days (admins are already warned); the renewal can be activated.
    sign.offer = renewed(sign.current, u"2.1"_s, 365);
    setCount(*sign.offer, u"ESIGNUSER"_s, 30);
    signer.sign(*sign.offer);
    owners.append(sign);

    DemoOwner mail =
        partner(today, signer, u"MAILBRIDGE"_s, u"5.4"_s, u"https://licensing.mailbridge.example"_s,
                {{"MAILBRIDGE", "Files e-mails from Outlook and Gmail", site, UserType::Unknown, 1, 1, false},
                 {"MAILBRIDGEUSER", "Lets the user file e-mails", user, UserType::InternalAssociate, 50, 2,
                  false, 0, "", "MAILBRIDGE"}},
                {60, 90, std::nullopt, std::nullopt, std::nullopt});
    mail.inUse = {{u"mailbridgeuser"_s, 23}};
    // A permanent license; the offer adds calendar synchronisation.
    mail.offer = mail.current;
    mail.offer->licenseVersion = u"5.5"_s;
    mail.offer->moduleLicenses.append(makeModule(
        u"MAILBRIDGE"_s, u"5.5"_s,
        {"MAILBRIDGESYNC", "Synchronises calendars both ways", site, UserType::Unknown, 1, 3, false}));
    signer.sign(*mail.offer);
    owners.append(mail);
    return owners;
}

QList<DemoOwner> synthetic(int ownerCount, int moduleCount, QDate today, const DemoSigner &signer) {
    QList<DemoOwner> owners;
    owners.reserve(ownerCount);
    for (int o = 0; o < ownerCount; ++o) {
        const QString name = o == 0 ? u"SUPEROFFICE"_s : u"PARTNER%1"_s.arg(o, 3, 10, QChar(u'0'));
        DemoOwner owner;
        owner.current = makeLicense(name, u"1.0"_s, today,
                                    {30 + o, 100 + o * 10, 70 + o * 10, 100 + o * 10, 114 + o * 10});
        owner.current.ownerDescription = u"Synthetic owner %1"_s.arg(o + 1);
        int firstUserModule = -1;
        for (int m = 0; m < moduleCount; ++m) {
            const bool isSite = m % 5 == 0;
            const int count = isSite ? 1 : 10 + (m * 7) % 90;
            const QByteArray moduleName = u"module-%1"_s.arg(m + 1, 4, 10, QChar(u'0')).toLatin1();
            ModuleLicense row =
                makeModule(name, u"1.0"_s,
                           {moduleName.constData(), "Generated for load tests",
                            isSite ? LicenseType::SiteLicense : LicenseType::UserLicense,
                            isSite ? UserType::Unknown : UserType::InternalAssociate, count, m, false});
            row.moduleDescription = u"Synthetic module %1"_s.arg(m + 1);
            owner.current.moduleLicenses.append(row);
            if (!isSite) {
                owner.inUse.insert(row.moduleName, count * 3 / 4);
                if (firstUserModule < 0)
                    firstUserModule = m;
            }
        }
        signer.sign(owner.current);
        owner.offer = renewed(owner.current, u"1.1"_s, 365);
        if (firstUserModule >= 0) {
            ModuleLicense &row = owner.offer->moduleLicenses[firstUserModule];
            const SeatCount used = owner.seatsInUse(row.moduleName);
            // Every third owner's offer goes below the seats in use.
            row.numberOfLicenses = o % 3 == 2 ? std::max<SeatCount>(1, used - 2) : row.numberOfLicenses + 5;
        }
        signer.sign(*owner.offer);
        owners.append(owner);
    }
    return owners;
}

} // namespace LicenseDesk::DemoSeed
