// The demo server's endpoints: REST reads, agent calls, activation and license files.
#include "DemoRouter.h"

#include "DemoJson.h"
#include "LicenseJson.h"
#include "DemoLicenseStore.h"
#include "LicenseParser.h"

#include <QJsonArray>
#include <QUrl>

namespace LicenseDesk {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kErrorSource = "SuperOffice.Services.Implementation"_L1;

bool is(const QString &segment, QLatin1StringView literal) {
    return segment.compare(literal, Qt::CaseInsensitive) == 0;
}

/// A JSON request body as an object: an empty body is an empty object; anything else is an error reply.
std::optional<QJsonObject> bodyObject(const QByteArray &body, DemoReply *failure) {
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *failure = DemoRouter::error(400, u"JsonReaderException"_s,
                                     DemoRouter::tr("The request body is not valid JSON (byte %1: %2).")
                                         .arg(parseError.offset)
                                         .arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!document.isObject()) {
        *failure = DemoRouter::error(400, u"ArgumentException"_s,
                                     DemoRouter::tr("The request body must be a JSON object."));
        return std::nullopt;
    }
    return document.object();
}

/// A required string parameter of an agent call; nullopt with a 400 reply when missing.
std::optional<QString> requiredString(const QJsonObject &body, QLatin1StringView name, DemoReply *failure) {
    const QJsonValue value = body.value(name);
    if (!value.isString() || value.toString().isEmpty()) {
        *failure = DemoRouter::error(400, u"ArgumentNullException"_s,
                                     DemoRouter::tr("The parameter %1 is required.").arg(name));
        return std::nullopt;
    }
    return value.toString();
}

} // namespace

DemoRouter::DemoRouter(DemoLicenseStore &store)
    : m_store(store) {}

DemoReply DemoRouter::error(int status, const QString &type, const QString &message) {
    return DemoReply::json(DemoJson::error(type, message, kErrorSource), status);
}

DemoReply DemoRouter::ownerNotFound(const QString &owner) {
    return error(404, u"SoNotFoundException"_s, tr("License owner %1 not found").arg(owner));
}

DemoReply DemoRouter::methodNotAllowed(const QByteArray &allowed) {
    DemoReply reply = error(405, u"HttpMethodNotAllowedException"_s,
                            tr("This resource only accepts %1.").arg(QString::fromLatin1(allowed)));
    reply.headers.append({"Allow"_ba, allowed});
    return reply;
}

DemoReply DemoRouter::route(const DemoRequest &request) {
    const QStringList &p = request.path;
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (p.isEmpty())
        return get ? versionBlock() : methodNotAllowed("GET"_ba);

    if (p.size() >= 2 && is(p.at(0), "v1"_L1) && is(p.at(1), "License"_L1)) {
        if (p.size() == 2) {
            if (get)
                return allOwners(request.language);
            if (post) {
                // REST AddLicenseFromFile: the file as a JSON string literal, or raw text.
                QString content = QString::fromUtf8(request.body);
                if (request.body.trimmed().startsWith('"')) {
                    const auto parsed = parseJsonString(request.body);
                    if (!parsed.ok())
                        return error(400, u"JsonReaderException"_s, parsed.error.toString());
                    content = *parsed.value;
                }
                return licenseFile(content, true, request.language);
            }
            return methodNotAllowed("GET, POST"_ba);
        }
        if (!get)
            return methodNotAllowed("GET"_ba);
        if (p.size() == 3)
            return ownerLicense(p.at(2), request.language);
        if (p.size() == 4 && is(p.at(3), "ShopUrl"_L1))
            return shopUrl(p.at(2));
        if (p.size() == 4)
            return moduleLicense(p.at(2), p.at(3), request.language);
    }
    if (p.size() == 4 && is(p.at(0), "v1"_L1) && is(p.at(1), "Agents"_L1) && is(p.at(2), "License"_L1)) {
        if (!post)
            return methodNotAllowed("POST"_ba);
        return agent(p.at(3), request);
    }
    return error(404, u"SoNotFoundException"_s, tr("No such endpoint: /api/%1").arg(p.join(u'/')));
}

DemoReply DemoRouter::agent(const QString &method, const DemoRequest &request) {
    DemoReply failure;
    const std::optional<QJsonObject> body = bodyObject(request.body, &failure);
    if (!body)
        return failure;
    const QString &language = request.language;

    if (is(method, "GetLicenseForAllOwnersFromDB"_L1))
        return allOwners(language);
    if (is(method, "ActivateLicenseInfo"_L1))
        return activate(*body);
    if (is(method, "ValidateLicenseInfo"_L1))
        return validate(*body);
    if (is(method, "GetLicenseFromFile"_L1) || is(method, "AddLicenseFromFile"_L1)) {
        const auto content = requiredString(*body, "FileContent"_L1, &failure);
        return content ? licenseFile(*content, is(method, "AddLicenseFromFile"_L1), language) : failure;
    }

    const auto ownerName = requiredString(*body, "OwnerName"_L1, &failure);
    const bool knownMethod = is(method, "GetLicenseFromDB"_L1) || is(method, "GetModuleLicenseFromDB"_L1) ||
                             is(method, "GetLicenseStatusFromLicenseServer"_L1) ||
                             is(method, "GetLicenseFromLicenseServer"_L1) || is(method, "GetShopUrl"_L1);
    if (!knownMethod)
        return error(404, u"SoNotFoundException"_s, tr("The License agent has no method %1.").arg(method));
    if (!ownerName)
        return failure;
    if (is(method, "GetLicenseFromDB"_L1))
        return ownerLicense(*ownerName, language);
    if (is(method, "GetModuleLicenseFromDB"_L1)) {
        const auto moduleName = requiredString(*body, "ModuleName"_L1, &failure);
        return moduleName ? moduleLicense(*ownerName, *moduleName, language) : failure;
    }
    if (is(method, "GetLicenseStatusFromLicenseServer"_L1))
        return status(*ownerName);
    if (is(method, "GetShopUrl"_L1))
        return shopUrl(*ownerName);
    return licenseFromLicenseServer(*ownerName, language);
}

DemoReply DemoRouter::versionBlock() const {
    return DemoReply::json(QJsonObject{
        {"Version"_L1, u"v1"_s},
        {"NetServerVersion"_L1, u"10.4.1.0"_s},
        {"NetServer"_L1, QString(u"LicenseDesk demo server "_s + QStringLiteral(LICENSEDESK_VERSION))},
        {"Copyright"_L1, u"Demo data; not a SuperOffice product"_s}});
}

DemoReply DemoRouter::allOwners(const QString &language) const {
    QList<QByteArray> owners;
    for (const DemoOwner &owner : m_store.owners())
        owners.append(DemoJson::extendedLicenseInfo(owner, nullptr, false, QString(), language));
    return DemoReply::json(LicenseJson::array(owners));
}

DemoReply DemoRouter::ownerLicense(const QString &ownerName, const QString &language) const {
    const DemoOwner *owner = m_store.owner(ownerName);
    if (!owner)
        return ownerNotFound(ownerName);
    return DemoReply::json(DemoJson::extendedLicenseInfo(*owner, nullptr, false, QString(), language));
}

DemoReply DemoRouter::moduleLicense(const QString &ownerName, const QString &module,
                                    const QString &language) const {
    const DemoOwner *owner = m_store.owner(ownerName);
    if (!owner)
        return ownerNotFound(ownerName);
    const ModuleLicense *row = findDemoModule(owner->current, module);
    if (!row) {
        return error(404, u"SoNotFoundException"_s,
                     tr("Module license %1 of owner %2 not found").arg(module, owner->current.ownerName));
    }
    return DemoReply::json(DemoJson::moduleLicense(*row, language));
}

DemoReply DemoRouter::shopUrl(const QString &ownerName) const {
    const DemoOwner *owner = m_store.owner(ownerName);
    if (!owner)
        return ownerNotFound(ownerName);
    QUrl url(u"https://shop.superoffice.example/licences"_s);
    url.setQuery(u"owner=%1&serial=%2"_s.arg(owner->current.ownerName, owner->current.serialNr));
    // A bare JSON string, as GetShopUrl returns it.
    DemoReply reply;
    reply.body = QJsonDocument(QJsonArray{url.toString()}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return reply;
}

DemoReply DemoRouter::status(const QString &ownerName) const {
    const DemoOwner *owner = m_store.owner(ownerName);
    if (!owner)
        return ownerNotFound(ownerName);
    const QString status =
        licenseStatusName(owner->offer ? LicenseStatus::NewLicenseAvailable : LicenseStatus::Ok);
    return DemoReply::json(
        QJsonObject{{"LicenseStatus"_L1, status}, {"Message"_L1, QString()}, {"Url"_L1, QString()}});
}

DemoReply DemoRouter::licenseFromLicenseServer(const QString &ownerName, const QString &language) const {
    const DemoOwner *owner = m_store.owner(ownerName);
    if (!owner)
        return ownerNotFound(ownerName);
    if (!owner->offer)
        return DemoReply::json(DemoJson::extendedLicenseInfo(*owner, nullptr, false, QString(), language));
    const QString reason = m_store.refusal(*owner->offer);
    return DemoReply::json(
        DemoJson::extendedLicenseInfo(*owner, &*owner->offer, reason.isEmpty(), reason, language));
}

namespace {
/// The New part of an ExtendedLicenseInfo object, read with the client's own parser.
std::optional<LicenseInfo> candidateOf(const QJsonValue &value, QLatin1StringView parameter,
                                       DemoReply *failure) {
    if (!value.isObject()) {
        *failure = DemoRouter::error(
            400, u"ArgumentNullException"_s,
            DemoRouter::tr("The parameter %1 must be an ExtendedLicenseInfo object.").arg(parameter));
        return std::nullopt;
    }
    const auto parsed =
        parseExtendedLicenseInfo(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (!parsed.ok()) {
        *failure = DemoRouter::error(
            400, u"ArgumentException"_s,
            DemoRouter::tr("%1 is not a valid licence: %2").arg(parameter, parsed.error.toString()));
        return std::nullopt;
    }
    if (!parsed.value->newLicense) {
        *failure = DemoReply::json(
            DemoJson::licenseResult(false, DemoRouter::tr("The licence has no New part to activate.")));
        return std::nullopt;
    }
    return parsed.value->newLicense;
}
} // namespace

DemoReply DemoRouter::activate(const QJsonObject &body) {
    DemoReply failure;
    const auto candidate = candidateOf(body.value("NewLicense"_L1), "NewLicense"_L1, &failure);
    if (!candidate)
        return failure;
    const LicenseResult result = m_store.activate(*candidate);
    return DemoReply::json(DemoJson::licenseResult(result.succeeded, result.reason));
}

DemoReply DemoRouter::validate(const QJsonObject &body) const {
    DemoReply failure;
    const auto candidate = candidateOf(body.value("LicenseInfo"_L1), "LicenseInfo"_L1, &failure);
    if (!candidate)
        return failure;
    const QString problem = m_store.refusal(*candidate);
    return DemoReply::json(DemoJson::licenseResult(problem.isEmpty(), problem));
}

DemoReply DemoRouter::licenseFile(const QString &fileContent, bool install, const QString &language) {
    // The demo's license file is the JSON of one LicenseInfo, exactly as "New" of
    // GetLicenseFromLicenseServer.
    QJsonParseError parseError;
    const QJsonDocument file = QJsonDocument::fromJson(fileContent.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !file.isObject()) {
        return error(400, u"LicenseFileException"_s,
                     tr("The licence file is not a licence: expected the JSON of a LicenseInfo."));
    }
    DemoReply failure;
    const auto license = candidateOf(QJsonObject{{"New"_L1, file.object()}}, "FileContent"_L1, &failure);
    if (!license)
        return failure.status == 200 ? error(400, u"LicenseFileException"_s, tr("The licence file is empty."))
                                     : failure;

    if (install) {
        const LicenseResult result = m_store.install(*license);
        if (result.succeeded)
            return DemoReply::json(DemoJson::extendedLicenseInfo(*m_store.owner(license->ownerName), nullptr,
                                                                 false, QString(), language));
        const DemoOwner *owner = m_store.owner(license->ownerName);
        return DemoReply::json(DemoJson::extendedLicenseInfo(owner ? *owner : DemoOwner(), &*license, false,
                                                             result.reason, language));
    }
    const QString problem = m_store.refusal(*license);
    const DemoOwner *owner = m_store.owner(license->ownerName);
    return DemoReply::json(DemoJson::extendedLicenseInfo(owner ? *owner : DemoOwner(), &*license,
                                                         problem.isEmpty(), problem, language));
}

} // namespace LicenseDesk
