//! Supervisor operations (L1105-1195): `forceLogout`, `forceBusy`, `forceReady`.
//!
//! The three take the same parameters and return [`Success`](super::Success) or
//! [`CodedFailure`](super::CodedFailure).

use crate::AgentRef;
use ccwire_wire::{Extra, Wire};

/// The parameters of `forceLogout`, `forceBusy` and `forceReady` (L1123-1127, L1153-1157,
/// L1183-1187).
///
/// ```
/// use ccwire_sobot::TargetAgentRequest;
/// let r: TargetAgentRequest = serde_json::from_str(r#"{"targetAgentID":" 1001 "}"#).unwrap();
/// assert_eq!(r.target_agent_id, " 1001 ");
/// assert!(serde_json::from_str::<TargetAgentRequest>("{}").is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct TargetAgentRequest {
    /// The agent to act on (work number or id; sobot-call-sdk.txt L1125, L1155, L1185).
    #[wire(rename = "targetAgentID")]
    pub target_agent_id: AgentRef,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
