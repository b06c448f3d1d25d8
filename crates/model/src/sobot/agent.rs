//! The agent's login state and the call it is on, as `EventAgentRegainStatus` restores them
//! (Tables 3 and 4, L60-83).

use crate::sobot::{
    AgentRef, AgentState, AgentType, CallId, CallType, Code, CompanyId, Dn, DnRole, PhoneType,
    ReasonCode, Timestamp,
};
use crate::{Extra, Wire};

/// The agent's login status (`agentStateInfo`, Table 3, L60-72).
///
/// The document marks no member optional here (it says so where a member may be absent, e.g.
/// `workStatusInfo`), so every member is required.
///
/// ```
/// use ccwire_model::sobot::{AgentStateInfo, AgentState, ReasonCode};
/// let info: AgentStateInfo = serde_json::from_str(r#"{"agent":"1005","agentType":"0","companyId":"c",
///   "phoneType":"webrtc","thisDN":"1000","agentState":"2","agentStateTimestamp":1700000000000,
///   "reasonCode":"11","reasonCodeTimestamp":1700000000000,"workStatus":"1",
///   "workStatusTimestamp":1700000000000}"#).unwrap();
/// assert_eq!(info.agent_state.value(), &AgentState::Dnd);
/// assert_eq!(info.reason_code.value(), &ReasonCode::Break);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AgentStateInfo {
    /// The agent's work number or id.
    pub agent: AgentRef,
    /// What `agent` holds.
    pub agent_type: Code<AgentType>,
    /// The enterprise.
    pub company_id: CompanyId,
    /// The answering method.
    pub phone_type: PhoneType,
    /// The extension designated at login.
    #[wire(rename = "thisDN")]
    pub this_dn: Dn,
    /// Login status (`1` online, `2` DND), a string.
    pub agent_state: Code<AgentState>,
    /// When the agent logged in.
    pub agent_state_timestamp: Timestamp,
    /// Occupied reason; typed `String` here (a number in the `login` result).
    pub reason_code: Code<ReasonCode>,
    /// When the agent became occupied.
    pub reason_code_timestamp: Timestamp,
    /// The agent's traffic (work) status. The document types it `string` and lists no values
    /// here; the only work-status code it gives anywhere is `1: Ready` (`queryAgents`, see
    /// [`WorkStatus`](crate::sobot::WorkStatus)), so the text is kept as is.
    pub work_status: String,
    /// When the work status last changed.
    pub work_status_timestamp: Timestamp,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The call the agent is on (`workStatusInfo`, Table 4, L73-83). Absent from the event when the
/// agent is not on a call.
///
/// ```
/// use ccwire_model::sobot::{WorkStatusInfo, CallType, DnRole};
/// let call: WorkStatusInfo = serde_json::from_str(r#"{"callID":"c1","callType":"Inbound","companyId":"c",
///   "otherDN":"13333333333","otherDNRole":"1","thisDN":"1000","thisDNRole":"2","thirdDN":"",
///   "thirdDNRole":"0"}"#).unwrap();
/// assert_eq!(call.call_type, CallType::Inbound);
/// assert_eq!(call.other_dn_role.value(), &DnRole::Origination);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WorkStatusInfo {
    /// The call (talk) id.
    #[wire(rename = "callID")]
    pub call_id: CallId,
    /// Direction.
    pub call_type: CallType,
    /// The enterprise.
    pub company_id: CompanyId,
    /// The customer's number.
    #[wire(rename = "otherDN")]
    pub other_dn: Dn,
    /// The customer's role.
    #[wire(rename = "otherDNRole")]
    pub other_dn_role: Code<DnRole>,
    /// The agent's extension.
    #[wire(rename = "thisDN")]
    pub this_dn: Dn,
    /// The agent's role.
    #[wire(rename = "thisDNRole")]
    pub this_dn_role: Code<DnRole>,
    /// A third party's number.
    #[wire(rename = "thirdDN")]
    pub third_dn: Dn,
    /// The third party's role.
    #[wire(rename = "thirdDNRole")]
    pub third_dn_role: Code<DnRole>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
