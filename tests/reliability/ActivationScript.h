// Scripts a FaultPeer as a server with an activatable offer whose activation answer gets lost.
#pragma once

#include "FaultCases.h"
#include "FaultPeer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Reliability {

inline const QByteArray kOfferPath = "/api/v1/Agents/License/GetLicenseFromLicenseServer";
inline const QByteArray kActivatePath = "/api/v1/Agents/License/ActivateLicenseInfo";
inline const QByteArray kStoredPath = "/api/v1/License/SUPEROFFICE";

/// The fixture's offer made activatable: ten-sales keeps its 21 seats, so nothing falls below use.
inline QJsonObject allowedOffer() {
    QJsonObject offer = QJsonDocument::fromJson(fixture("license-from-license-server.json")).object();
    offer.insert(u"CanBeActivated"_s, true);
    offer.insert(u"Reason"_s, QString());
    QJsonArray modules = offer.value(u"ExtendedModuleLicenses"_s).toArray();
    for (qsizetype i = 0; i < modules.size(); ++i) {
        QJsonObject module = modules[i].toObject();
        QJsonObject newRow = module.value(u"New"_s).toObject();
        if (newRow.value(u"ModuleName"_s).toString() != u"ten-sales"_s)
            continue;
        newRow.insert(u"NumberOfLicenses"_s, 21);
        module.insert(u"New"_s, newRow);
        module.insert(u"NumberOfLicensesNewTotal"_s, 21);
        module.insert(u"NumberOfLicensesNewFree"_s, 3);
        module.insert(u"NumberOfLicensesAdded"_s, 0);
        modules[i] = module;
    }
    offer.insert(u"ExtendedModuleLicenses"_s, modules);
    return offer;
}

/// GET License/SUPEROFFICE once the offer was stored (activated) or before (not activated).
inline QJsonObject storedLicense(const QJsonObject &offer, bool activated) {
    const QString side = activated ? u"New"_s : u"Current"_s;
    QJsonArray modules;
    for (const QJsonValue &value : offer.value(u"ExtendedModuleLicenses"_s).toArray()) {
        const QJsonObject module = value.toObject();
        const QJsonValue row = module.value(side);
        if (row.isNull())
            continue;
        const int total = row.toObject().value(u"NumberOfLicenses"_s).toInt();
        const int inUse = module.value(u"NumberOfLicensesInUse"_s).toInt();
        modules.append(QJsonObject{{u"New"_s, QJsonValue()},
                                   {u"Current"_s, row},
                                   {u"NumberOfLicensesInUse"_s, inUse},
                                   {u"NumberOfLicensesFree"_s, total - inUse},
                                   {u"NumberOfLicensesAdded"_s, 0},
                                   {u"NumberOfLicensesNewTotal"_s, total},
                                   {u"NumberOfLicensesNewFree"_s, total - inUse},
                                   {u"NumberOfLicensesTotal"_s, total}});
    }
    return QJsonObject{{u"Reason"_s, QString()},
                       {u"CanBeActivated"_s, false},
                       {u"New"_s, QJsonValue()},
                       {u"Current"_s, offer.value(side)},
                       {u"ExtendedModuleLicenses"_s, modules}};
}

inline QByteArray compact(const QJsonObject &object) {
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Routes the offer, an activation that is read whole and then closed unanswered (after delayMs),
/// and the stored license as the server holds it afterwards.
inline void scriptLostActivation(LicenseDesk::Testing::FaultPeer &peer, bool tookEffect, int delayMs = 0) {
    const QJsonObject offer = allowedOffer();
    peer.route(kOfferPath, FaultReply::json(compact(offer)));
    peer.route(kActivatePath, delayed(FaultReply::closeUnanswered(), delayMs));
    peer.route(kStoredPath, FaultReply::json(compact(storedLicense(offer, tookEffect))));
}

} // namespace Reliability
