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
    /// The agent's work number or id (sobot-call-sdk.txt L62).
    pub agent: AgentRef,
    /// What `agent` holds (sobot-call-sdk.txt L63).
    pub agent_type: Code<AgentType>,
    /// The enterprise (sobot-call-sdk.txt L64).
    pub company_id: CompanyId,
    /// The answering method (sobot-call-sdk.txt L65).
    pub phone_type: PhoneType,
    /// The extension designated at login (sobot-call-sdk.txt L66).
    #[wire(rename = "thisDN")]
    pub this_dn: Dn,
    /// Login status (`1` online, `2` DND), a string (sobot-call-sdk.txt L67).
    pub agent_state: Code<AgentState>,
    /// When the agent logged in (sobot-call-sdk.txt L68).
    pub agent_state_timestamp: Timestamp,
    /// Occupied reason; typed `String` here (a number in the `login` result;
    /// sobot-call-sdk.txt L69).
    pub reason_code: Code<ReasonCode>,
    /// When the agent became occupied (sobot-call-sdk.txt L70).
    pub reason_code_timestamp: Timestamp,
    /// The agent's traffic (work) status. The document types it `string` and lists no values
    /// here; the only work-status code it gives anywhere is `1: Ready` (`queryAgents`, see
    /// [`WorkStatus`](crate::sobot::WorkStatus)), so the text is kept as is
    /// (sobot-call-sdk.txt L71).
    pub work_status: String,
    /// When the work status last changed (sobot-call-sdk.txt L72).
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
    /// The call (talk) id (sobot-call-sdk.txt L75).
    #[wire(rename = "callID")]
    pub call_id: CallId,
    /// Direction (sobot-call-sdk.txt L76).
    pub call_type: CallType,
    /// The enterprise (sobot-call-sdk.txt L77).
    pub company_id: CompanyId,
    /// The customer's number (sobot-call-sdk.txt L78).
    #[wire(rename = "otherDN")]
    pub other_dn: Dn,
    /// The customer's role (sobot-call-sdk.txt L79).
    #[wire(rename = "otherDNRole")]
    pub other_dn_role: Code<DnRole>,
    /// The agent's extension (sobot-call-sdk.txt L80).
    #[wire(rename = "thisDN")]
    pub this_dn: Dn,
    /// The agent's role (sobot-call-sdk.txt L81).
    #[wire(rename = "thisDNRole")]
    pub this_dn_role: Code<DnRole>,
    /// A third party's number (sobot-call-sdk.txt L82).
    #[wire(rename = "thirdDN")]
    pub third_dn: Dn,
    /// The third party's role (sobot-call-sdk.txt L83).
    #[wire(rename = "thirdDNRole")]
    pub third_dn_role: Code<DnRole>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
