//! The Service Client interaction and its parties.

use crate::genesys::{
    CallDirection, CallType, CallUuid, CaseId, InteractionState, InteractionUuid,
    LocalInteractionId, RecordingState, UserData,
};
use crate::{Extra, Wire};

/// A party of an interaction (`interaction.Party`).
///
/// ```
/// use ccwire_model::genesys::Party;
/// let p: Party = serde_json::from_str(r#"{"name":"5001"}"#).unwrap();
/// assert_eq!(p.name, "5001");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Party {
    /// The name of the party.
    pub name: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An interaction as the Service Client API shows it (`interaction.Interaction`): returned by
/// `interaction.getByInteractionId` / `getInteractions` and carried by interaction
/// notifications.
///
/// The document never says which members are optional. Those the notification sample carries
/// are required here, except the voice-only ones (`callUuid`, `direction`, `callType`, `ani`,
/// `dnis`, `recordingState`: "only on voice interactions"); `parentInteractionId`,
/// `isCaseSelected`, `isCaseExpanded` and `interactionUUID` are absent from the sample, so they
/// are optional.
///
/// ```
/// use ccwire_model::genesys::{CallType, Interaction, InteractionState};
/// let i: Interaction = serde_json::from_str(r#"{"interactionId":"1","caseId":"c","userData":{},
///   "state":"DIALING","previousState":"UNKNOWN","parties":[{"name":"5001"}],
///   "isConsultation":false,"isMainCaseInteraction":true,"callType":"Internal"}"#).unwrap();
/// assert_eq!(i.state, InteractionState::Dialing);
/// assert_eq!(i.call_type.map(|t| t.canonical()), Some(CallType::Internal));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Interaction {
    /// The interaction id (client-side: lost on the next session or refresh).
    pub interaction_id: LocalInteractionId,
    /// The parent interaction (client-side id).
    pub parent_interaction_id: Option<LocalInteractionId>,
    /// The case this interaction is part of.
    pub case_id: CaseId,
    /// The attached user data, updated with each interaction event.
    pub user_data: UserData,
    /// The current state.
    pub state: InteractionState,
    /// The previous state.
    pub previous_state: InteractionState,
    /// Every party involved in the interaction.
    pub parties: Vec<Party>,
    /// Whether the interaction is a consultation.
    pub is_consultation: bool,
    /// Whether the interaction is the main interaction of the customer case.
    pub is_main_case_interaction: bool,
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
