//! Arguments of the interaction, email and voice namespace methods.

use crate::{CaseId, LocalInteractionId, UserData};
use ccwire_wire::{Extra, Wire};

/// `(interactionId)`: the arguments of `interaction.getByInteractionId`, `markdone`,
/// `unblockMarkdone`, `accept`, `reject` and `voice.pauseCallRecording`,
/// `resumeCallRecording`, `startCallRecording`, `stopCallRecording`.
///
/// `accept` and `reject` also take `succeeded` / `failed` callbacks (typed `string` in the
/// table); callbacks are functions, not data, and are not modelled.
///
/// ```
/// use ccwire_genesys::service_client::InteractionIdRequest;
/// let r: InteractionIdRequest = serde_json::from_str(r#"{"interactionId":"1"}"#).unwrap();
/// assert_eq!(r.interaction_id, "1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct InteractionIdRequest {
    /// The interaction (genesys-service-client-api.txt L575, L610, L627, L635, L647, L1015, L1020,
    /// L1025, L1030).
    pub interaction_id: LocalInteractionId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `interaction.deleteUserData(interactionId, key)`: delete one key of the user data.
///
/// ```
/// use ccwire_genesys::service_client::DeleteUserDataRequest;
/// let r: DeleteUserDataRequest = serde_json::from_str(r#"{"interactionId":"1","key":"MyKEY1"}"#).unwrap();
/// assert_eq!(r.key, "MyKEY1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DeleteUserDataRequest {
    /// The interaction (genesys-service-client-api.txt L564).
    pub interaction_id: LocalInteractionId,
    /// The key to delete from the attached data (genesys-service-client-api.txt L565).
    pub key: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `interaction.setUserData(interactionId, keyValues)`: set (overwrite) user data keys on a
/// live interaction.
///
/// ```
/// use ccwire_genesys::service_client::SetUserDataRequest;
/// let r: SetUserDataRequest = serde_json::from_str(
///     r#"{"interactionId":"1","keyValues":{"MyKEY1":"MyValue1","MyKEY2":"MyValue2"}}"#).unwrap();
/// assert_eq!(r.key_values.len(), 2);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SetUserDataRequest {
    /// The interaction (genesys-service-client-api.txt L601).
    pub interaction_id: LocalInteractionId,
    /// The key/value pairs to set (genesys-service-client-api.txt L602).
    pub key_values: UserData,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `interaction.selectCaseByCaseId(caseId)`: select a case in the UI (answered by
/// `CASE_COLLAPSED` / `CASE_EXPANDED` / `CASE_SELECTED` interaction notifications).
///
/// ```
/// use ccwire_genesys::service_client::SelectCaseRequest;
/// let r: SelectCaseRequest = serde_json::from_str(r#"{"caseId":"c1"}"#).unwrap();
/// assert_eq!(r.case_id, "c1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SelectCaseRequest {
    /// The case (genesys-service-client-api.txt L593).
    pub case_id: CaseId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `interaction.blockMarkdone(interactionId, warningMessage)`.
///
/// ```
/// use ccwire_genesys::service_client::BlockMarkdoneRequest;
/// let r: BlockMarkdoneRequest = serde_json::from_str(r#"{"interactionId":"1","warningMessage":"Save first"}"#).unwrap();
/// assert_eq!(r.warning_message, "Save first");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct BlockMarkdoneRequest {
    /// The interaction whose mark done is blocked (genesys-service-client-api.txt L618).
    pub interaction_id: LocalInteractionId,
    /// The warning message (genesys-service-client-api.txt L619).
    pub warning_message: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `(destination, userData)`: the arguments of `email.create` (an address) and `voice.dial` (a
/// number).
///
/// ```
/// use ccwire_genesys::service_client::DestinationRequest;
/// let r: DestinationRequest = serde_json::from_str(r#"{"destination":"5001","userData":{"k":"v"}}"#).unwrap();
/// assert_eq!(r.destination, "5001");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DestinationRequest {
    /// The e-mail address or the number to call (genesys-service-client-api.txt L519, L985).
    pub destination: String,
    /// User data to attach (genesys-service-client-api.txt L520, L986).
    pub user_data: UserData,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `(interaction)`: the arguments of `voice.answer`, `hangUp`, `hold` and `resume`.
///
/// Their signatures write the argument `'interactionId'`, but their parameter tables name it
/// `interaction`; the tables are followed.
///
/// ```
/// use ccwire_genesys::service_client::VoiceCallRequest;
/// let r: VoiceCallRequest = serde_json::from_str(r#"{"interaction":"1"}"#).unwrap();
/// assert_eq!(r.interaction, "1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VoiceCallRequest {
    /// The interaction (call; genesys-service-client-api.txt L980, L994, L1002, L1010).
    pub interaction: LocalInteractionId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
