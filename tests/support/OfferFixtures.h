// License-server offers and stored licenses built from the fixtures, for tests that script a peer
// through an activation (the CLI's and the reliability tests).
#pragma once

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace LicenseDesk::Testing {

using namespace Qt::StringLiterals;

/// The fixture's offer made activatable: ten-sales keeps its 21 seats, so nothing falls below use.
inline QJsonObject allowedOffer() {
    QJsonObject offer =
        QJsonDocument::fromJson(TestFixtures::bytes("license-from-license-server.json")).object();
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

/// What GET License/{owner} answers once the offer was stored (activated) or before (not activated).
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

} // namespace LicenseDesk::Testing
