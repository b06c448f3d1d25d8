//! Webex Contact Center Desktop kinds.

use ccwire_events::webex::agent_contact::{
    BuddyAgentsRequest, CancelCtqRequest, ConsultEndRequest, DeclineRequest, DestinationRequest, DestinationRequestV2,
    EndV2Request, HoldRequest, InteractionRequest, Method, ResumeRecordingRequest, VteamListRequest,
    VteamTransferRequest, WrapupRequest,
};
use ccwire_events::webex::routing;

use crate::registry::{KindSpec, Payload};
use crate::{DecodeError, Vendor};

/// Registers routing kinds (detectable: they carry `data.type`).
macro_rules! routing_kinds {
    ($($name:ident),* $(,)?) => {
        vec![$( KindSpec::of::<routing::$name>(concat!("webex.routing.", stringify!($name)), Vendor::Webex, true), )*]
    };
}

/// Registers `Desktop.agentContact` request payload types (decoded by name).
macro_rules! request_kinds {
    ($($name:ident),* $(,)?) => {
        vec![$( KindSpec::of::<$name>(concat!("webex.agentContact.", stringify!($name)), Vendor::Webex, false), )*]
    };
}

pub(crate) fn kinds() -> Vec<KindSpec> {
    let mut all = routing_kinds!(
        AgentOfferContact, AgentOfferContactRona, AgentOfferCampaignReservation, AgentOfferConsult, AgentContact,
        AgentContactReserved, AgentContactAssigned, AgentContactUnassigned, AgentContactHeld, AgentContactUnheld,
        AgentConsultCreated, AgentConsulting, AgentConsultEnded, AgentConsultConferencing, AgentConsultConferenced,
        AgentConsultConferenceEnded, AgentConsultTransferring, AgentConsultTransferred, AgentCtqCancelled,
        AgentBlindTransferred, AgentVteamTransferred, AgentConferenceTransferred, ParticipantJoinedConference,
        ParticipantLeftConference, ParticipantPostCallActivity, ConsultedParticipantMoving, ContactRecordingStarted,
        ContactRecordingPaused, ContactRecordingResumed, ContactEnded, ContactMerged, AgentWrapup, AgentWrappedUp,
        ContactAniUpdated, ContactUpdated, ContactOwnerChanged, CampaignContactUpdated, AgentContactAssignFailed,
        AgentInviteFailed, AgentContactHoldFailed, AgentContactUnHoldFailed, AgentConsultFailed,
        AgentConsultEndFailed, AgentCtqFailed, AgentCtqCancelFailed, AgentConsultConferenceFailed,
        AgentConsultConferenceEndFailed, ParticipantLeftConferenceFailed, ParticipantDropConferenceFailed,
        AgentConferenceTransferFailed, AgentBlindTransferFailed, AgentBlindTransferFailedEvent,
        AgentVteamTransferFailed, AgentConsultTransferFailed, ContactRecordingPauseFailed,
        ContactRecordingResumeFailed, AgentContactEndFailed, ContactEndFailed, AgentWrapupFailed,
        AgentOutboundFailed, CampaignPreviewAcceptFailed, CampaignPreviewSkipFailed, CampaignPreviewRemoveFailed,
    );
    all.extend(request_kinds!(
        InteractionRequest,
        EndV2Request,
        BuddyAgentsRequest,
        DestinationRequest,
        ConsultEndRequest,
        DeclineRequest,
        CancelCtqRequest,
        WrapupRequest,
        VteamListRequest,
        VteamTransferRequest,
        HoldRequest,
        ResumeRecordingRequest,
        DestinationRequestV2,
    ));
    all
}

/// Decodes the payload of a `Desktop.agentContact` method.
///
/// # Errors
/// The payload does not match the method's payload type.
///
/// ```
/// use ccwire_codec::webex::decode_request;
/// use ccwire_events::webex::agent_contact::{HoldRequest, Method};
/// let r = decode_request(Method::Hold, r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#).unwrap();
/// assert!(r.as_any().downcast_ref::<HoldRequest>().is_some());
/// assert!(decode_request(Method::Hold, r#"{"interactionId":"i"}"#).is_err());
/// ```
pub fn decode_request(method: Method, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
    crate::decode_as(&format!("webex.agentContact.{}", method.payload_type()), text)
}
