//! The agent's login state and the call it is on, as `EventAgentRegainStatus` restores them
//! (Tables 3 and 4, L60-83).

use crate::{
    AgentRef, AgentState, AgentType, CallId, CallType, Code, CompanyId, Dn, DnRole, PhoneType,
    ReasonCode, Timestamp,
};
use ccwire_wire::{Extra, Wire};

/// The agent's login status (`agentStateInfo`, Table 3, L60-72).
///
/// The table has no Required column. `agent` (with `agentType`, which says what it holds) and
/// `companyId` identify the agent and are required; every other member is expected.
///
/// ```
/// use ccwire_sobot::{AgentStateInfo, AgentState, ReasonCode};
/// let info: AgentStateInfo = serde_json::from_str(r#"{"agent":"1005","agentType":"0","companyId":"c",
///   "phoneType":"webrtc","thisDN":"1000","agentState":"2","agentStateTimestamp":1700000000000,
///   "reasonCode":"11","reasonCodeTimestamp":1700000000000,"workStatus":"1",
///   "workStatusTimestamp":1700000000000}"#).unwrap();
/// assert_eq!(info.agent_state.as_ref().unwrap().value(), &AgentState::Dnd);
/// assert_eq!(info.reason_code.as_ref().unwrap().value(), &ReasonCode::Break);
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
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub phone_type: Option<PhoneType>,
    /// The extension designated at login (sobot-call-sdk.txt L66).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "thisDN")]
    pub this_dn: Option<Dn>,
    /// Login status (`1` online, `2` DND), a string (sobot-call-sdk.txt L67).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub agent_state: Option<Code<AgentState>>,
    /// When the agent logged in (sobot-call-sdk.txt L68).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub agent_state_timestamp: Option<Timestamp>,
    /// Occupied reason; typed `String` here (a number in the `login` result;
    /// sobot-call-sdk.txt L69).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub reason_code: Option<Code<ReasonCode>>,
    /// When the agent became occupied (sobot-call-sdk.txt L70).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub reason_code_timestamp: Option<Timestamp>,
    /// The agent's traffic (work) status. The document types it `string` and lists no values
    /// here; the only work-status code it gives anywhere is `1: Ready` (`queryAgents`, see
    /// [`WorkStatus`](crate::WorkStatus)), so the text is kept as is
    /// (sobot-call-sdk.txt L71).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub work_status: Option<String>,
    /// When the work status last changed (sobot-call-sdk.txt L72).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub work_status_timestamp: Option<Timestamp>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The call the agent is on (`workStatusInfo`, Table 4, L73-83). Absent from the event when the
/// agent is not on a call.
///
/// ```
/// use ccwire_sobot::{WorkStatusInfo, CallType, DnRole};
/// let call: WorkStatusInfo = serde_json::from_str(r#"{"callID":"c1","callType":"Inbound","companyId":"c",
///   "otherDN":"13333333333","otherDNRole":"1","thisDN":"1000","thisDNRole":"2","thirdDN":"",
///   "thirdDNRole":"0"}"#).unwrap();
/// assert_eq!(call.call_type, Some(CallType::Inbound));
/// assert_eq!(call.other_dn_role.as_ref().unwrap().value(), &DnRole::Origination);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WorkStatusInfo {
    /// The call (talk) id (sobot-call-sdk.txt L75).
    #[wire(rename = "callID")]
    pub call_id: CallId,
    /// Direction (sobot-call-sdk.txt L76).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub call_type: Option<CallType>,
    /// The enterprise (sobot-call-sdk.txt L77).
    pub company_id: CompanyId,
    /// The customer's number (sobot-call-sdk.txt L78).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "otherDN")]
    pub other_dn: Option<Dn>,
    /// The customer's role (sobot-call-sdk.txt L79).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "otherDNRole")]
    pub other_dn_role: Option<Code<DnRole>>,
    /// The agent's extension (sobot-call-sdk.txt L80).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "thisDN")]
    pub this_dn: Option<Dn>,
    /// The agent's role (sobot-call-sdk.txt L81).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "thisDNRole")]
    pub this_dn_role: Option<Code<DnRole>>,
    /// A third party's number (sobot-call-sdk.txt L82).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "thirdDN")]
    pub third_dn: Option<Dn>,
    /// The third party's role (sobot-call-sdk.txt L83).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    #[wire(rename = "thirdDNRole")]
    pub third_dn_role: Option<Code<DnRole>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
