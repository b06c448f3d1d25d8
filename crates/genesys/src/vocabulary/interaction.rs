//! The Service Client interaction and its parties.

use crate::{
    CallDirection, CallType, CallUuid, CaseId, InteractionState, InteractionUuid,
    LocalInteractionId, RecordingState, UserData,
};
use ccwire_wire::{Extra, Wire};

/// A party of an interaction (`interaction.Party`).
///
/// ```
/// use ccwire_genesys::Party;
/// let p: Party = serde_json::from_str(r#"{"name":"5001"}"#).unwrap();
/// assert_eq!(p.name, "5001");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Party {
    /// The name of the party (genesys-service-client-api.txt L731).
    pub name: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An interaction as the Service Client API shows it (`interaction.Interaction`): returned by
/// `interaction.getByInteractionId` / `getInteractions` and carried by interaction
/// notifications.
///
/// The document never says which members are optional (genesys-service-client-api.txt
/// L660-724 lists them without a required column). `interactionId`, the interaction's identity,
/// is required. The members the notification sample carries (L242-269) are *expected*: decoding
/// accepts their absence and drift inspection reports it (`missing-member`, an error in strict
/// mode), since one sample is not a promise. The voice-only ones (`callUuid`, `direction`,
/// `callType`, `ani`, `dnis`, `recordingState`: "only on voice interactions") and those absent
/// from the sample (`parentInteractionId`, `isCaseSelected`, `isCaseExpanded`,
/// `interactionUUID`) are optional.
///
/// ```
/// use ccwire_genesys::{CallType, Interaction, InteractionState};
/// let i: Interaction = serde_json::from_str(r#"{"interactionId":"1","caseId":"c","userData":{},
///   "state":"DIALING","previousState":"UNKNOWN","parties":[{"name":"5001"}],
///   "isConsultation":false,"isMainCaseInteraction":true,"callType":"Internal"}"#).unwrap();
/// assert_eq!(i.state, Some(InteractionState::Dialing));
/// assert_eq!(i.call_type.map(|t| t.canonical()), Some(CallType::Internal));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Interaction {
    /// The interaction id (client-side: lost on the next session or refresh;
    /// genesys-service-client-api.txt L664).
    pub interaction_id: LocalInteractionId,
    /// The parent interaction (client-side id).
    pub parent_interaction_id: Option<LocalInteractionId>,
    /// The case this interaction is part of. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub case_id: Option<CaseId>,
    /// The attached user data, updated with each interaction event. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub user_data: Option<UserData>,
    /// The current state. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub state: Option<InteractionState>,
    /// The previous state. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub previous_state: Option<InteractionState>,
    /// Every party involved in the interaction. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub parties: Option<Vec<Party>>,
    /// Whether the interaction is a consultation. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub is_consultation: Option<bool>,
    /// Whether the interaction is the main interaction of the customer case. Expected: the sample carries it (L242-269).
    #[wire(expected)]
    pub is_main_case_interaction: Option<bool>,
    /// The call UUID (voice only).
    pub call_uuid: Option<CallUuid>,
    /// The call direction (voice only).
    pub direction: Option<CallDirection>,
    /// The call type (voice only).
    pub call_type: Option<CallType>,
    /// Automatic Number Identification (voice only).
    pub ani: Option<String>,
    /// Dialed Number Identification Service (voice only).
    pub dnis: Option<String>,
    /// The call recording state (voice only).
    pub recording_state: Option<RecordingState>,
    /// Whether the case containing this interaction is selected.
    pub is_case_selected: Option<bool>,
    /// Whether the case containing this interaction is expanded.
    pub is_case_expanded: Option<bool>,
    /// `attr_itx_id` of a multimedia interaction, the call UUID of a voice interaction.
    #[wire(rename = "interactionUUID")]
    pub interaction_uuid: Option<InteractionUuid>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
