// Scripts a LoopbackPeer as a server with an activatable offer whose activation answer gets lost.
#pragma once

#include "FaultCases.h"
#include "LoopbackPeer.h"
#include "OfferFixtures.h"

namespace Reliability {

using LicenseDesk::Testing::allowedOffer;
using LicenseDesk::Testing::compact;
using LicenseDesk::Testing::storedLicense;

inline const QByteArray kOfferPath = "/api/v1/Agents/License/GetLicenseFromLicenseServer";
inline const QByteArray kActivatePath = "/api/v1/Agents/License/ActivateLicenseInfo";
inline const QByteArray kStoredPath = "/api/v1/License/SUPEROFFICE";

/// Routes the offer, an activation that is read whole and then closed unanswered (after delayMs),
/// and the stored license as the server holds it afterwards.
inline void scriptLostActivation(LicenseDesk::Testing::LoopbackPeer &peer, bool tookEffect, int delayMs = 0) {
    const QJsonObject offer = allowedOffer();
    peer.route(kOfferPath, PeerReply::json(compact(offer)));
    peer.route(kActivatePath, delayed(PeerReply::closeUnanswered(), delayMs));
    peer.route(kStoredPath, PeerReply::json(compact(storedLicense(offer, tookEffect))));
}

} // namespace Reliability
