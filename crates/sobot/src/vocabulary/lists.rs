//! The entries of the lists that query results carry. The document types every list `object`;
//! the entries are given in the sub-tables ("Table 1 …") under each result.

use crate::{
    AgentState, AgentUuid, Checkin, Code, ExplicitRuleCode, Extension, Number, PhoneNumber,
    PhoneType, QueueId, ReasonCode, SchemeCode, WorkNo, WorkStatus,
};
use ccwire_wire::{Extra, Nullable, Wire};

/// A break status the agent may use (`states` of `queryStates`, L371-374).
///
/// ```
/// use ccwire_sobot::{StateOption, ReasonCode};
/// let s: StateOption = serde_json::from_str(r#"{"code":"11","name":"Break"}"#).unwrap();
/// assert_eq!(s.code.value(), &ReasonCode::Break);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StateOption {
    /// `11` break, `12`-`18` custom breaks (a string; sobot-call-sdk.txt L373).
    pub code: Code<ReasonCode>,
    /// Status name (sobot-call-sdk.txt L374).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A login status option (`loginStatus` of `queryAgentCanJoinedInfo`, L581-584). The document
/// gives no values for `code`, so it is kept as text.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct LoginStatusOption {
    /// Code (sobot-call-sdk.txt L583).
    pub code: String,
    /// Name (sobot-call-sdk.txt L584).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An answering method the agent may use (`phoneTypes` of `queryPhoneType` and
/// `queryAgentLoginInfo`, L409-413, L521-525).
///
/// `default` and `defaultPhoneType` are documented together with the same description; both
/// are modelled, each expected, since a payload may send either.
///
/// ```
/// use ccwire_sobot::{PhoneTypeOption, PhoneType};
/// let o: PhoneTypeOption = serde_json::from_str(r#"{"phoneType":"sip","default":true,"defaultPhoneType":true}"#).unwrap();
/// assert!(o.default == Some(true) && o.phone_type == PhoneType::Sip);
/// assert_eq!(o.default_phone_type, Some(true));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PhoneTypeOption {
    /// The answering method (sobot-call-sdk.txt L411, L523).
    pub phone_type: PhoneType,
    /// Whether this is the default method (exactly one entry is; sobot-call-sdk.txt L412, L524).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode. The seed gives `default` and `defaultPhoneType` the same
    /// description (L412-413, L524-525), so a payload may send either.
    #[wire(expected)]
    pub default: Option<bool>,
    /// Whether this is the default method (same description as `default`;
    /// sobot-call-sdk.txt L413, L525).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode. The seed gives `default` and `defaultPhoneType` the same
    /// description (L412-413, L524-525), so a payload may send either.
    #[wire(expected)]
    pub default_phone_type: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An answering method, without default flags (`phoneTypes` of `queryAgentCanJoinedInfo`,
/// L572-574).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PhoneTypeRef {
    /// The answering method (sobot-call-sdk.txt L574).
    pub phone_type: PhoneType,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An enterprise extension (`exts` of `queryUnusedExts`, L450-453).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ExtOption {
    /// The extension account (sobot-call-sdk.txt L452).
    pub ext: Extension,
    /// Whether this is the default entry (exactly one entry is; sobot-call-sdk.txt L453).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub default: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A skill group the agent can log in to or receives calls from (`queues` of
/// `queryAgentJoinedQueues`, `receptionQueues` of `queryAgentLoginInfo`, `checkableQueues` of
/// `queryAgentCanJoinedInfo`; L482-487, L526-531, L575-580).
///
/// ```
/// use ccwire_sobot::{SkillGroup, Checkin};
/// let g: SkillGroup = serde_json::from_str(r#"{"queueID":"q1","queueName":"Sales","queueWeight":5,"checkin":0}"#).unwrap();
/// assert_eq!(g.checkin.value().map(|c| c.value()), Some(&Checkin::Default));
/// let off: SkillGroup = serde_json::from_str(r#"{"queueID":"q1","queueName":"Sales","queueWeight":5}"#).unwrap();
/// assert!(off.checkin.is_absent());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SkillGroup {
    /// Skill group number (sobot-call-sdk.txt L484, L528, L577).
    #[wire(rename = "queueID")]
    pub queue_id: QueueId,
    /// Skill group name (sobot-call-sdk.txt L485, L529, L578).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub queue_name: Option<String>,
    /// Skill group weight (sobot-call-sdk.txt L486, L530, L579).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub queue_weight: Option<Number>,
    /// `0` default log-in group, `1` optional; blank (absent or `null`) when manual skill-group
    /// login is not enabled.
    pub checkin: Nullable<Code<Checkin>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A display-number rule (`explicitRule` of `queryRoutes` / `setRoute`, L959-963).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ExplicitRuleOption {
    /// `1`, `2` or `3` (a string; sobot-call-sdk.txt L961, L1012).
    pub code: Code<ExplicitRuleCode>,
    /// Name (sobot-call-sdk.txt L962, L1013).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Whether this is the default rule (exactly one entry is; sobot-call-sdk.txt L963, L1014).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub has_set: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A dynamic display-number scheme (`explicitSchema` of `queryRoutes` / `setRoute`, L964-968).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ExplicitSchemaOption {
    /// Scheme id (sobot-call-sdk.txt L966, L1017).
    pub code: SchemeCode,
    /// Scheme name (sobot-call-sdk.txt L967, L1018).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub plan_name: Option<String>,
    /// Whether this is the default scheme (sobot-call-sdk.txt L968, L1019).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub has_set: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A display (relay) number (`explicitNumbers` of `queryRoutes` / `setRoute`, L969-973).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ExplicitNumberOption {
    /// The relay number (sobot-call-sdk.txt L971, L1022).
    pub number: PhoneNumber,
    /// Its alias (sobot-call-sdk.txt L972, L1023).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub nick_name: Option<String>,
    /// Whether this is the default number (sobot-call-sdk.txt L973, L1024).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub has_set: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An enterprise skill group (`queues` of `queryQueues`, L1054-1058).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct QueueSummary {
    /// Skill group number (`queueCode` here, `queueID` elsewhere; sobot-call-sdk.txt L1056).
    pub queue_code: QueueId,
    /// Skill group name (sobot-call-sdk.txt L1057).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub queue_name: Option<String>,
    /// Number of agents whose work status is ready (sobot-call-sdk.txt L1058).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub ready_members: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An enterprise agent (`agents` of `queryAgents`, L1092-1099; the sub-table is titled
/// "queues").
///
/// ```
/// use ccwire_sobot::{AgentSummary, AgentState, WorkStatus};
/// let a: AgentSummary = serde_json::from_str(r#"{"agentUUID":"u","agentID":"1001","agentName":"A",
///   "ext":"1000","agentState":1,"workStatus":1}"#).unwrap();
/// assert_eq!(a.agent_state.as_ref().unwrap().value(), &AgentState::Online);
/// assert_eq!(a.work_status.as_ref().unwrap().value(), &WorkStatus::Ready);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AgentSummary {
    /// Agent id (sobot-call-sdk.txt L1094).
    #[wire(rename = "agentUUID")]
    pub agent_uuid: AgentUuid,
    /// Agent work number (sobot-call-sdk.txt L1095).
    #[wire(rename = "agentID")]
    pub agent_id: WorkNo,
    /// Agent name (sobot-call-sdk.txt L1096).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub agent_name: Option<String>,
    /// The extension bound to the agent (sobot-call-sdk.txt L1097).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub ext: Option<Extension>,
    /// `0` offline, `1` available, `2` DND (a number; sobot-call-sdk.txt L1098).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub agent_state: Option<Code<AgentState>>,
    /// Work status, `1` ready (a number; sobot-call-sdk.txt L1099).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub work_status: Option<Code<WorkStatus>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Customers queuing in a skill group (`queues` of `queryCountsInQueue`, L1222-1226).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct QueueCount {
    /// Skill group number (sobot-call-sdk.txt L1224).
    #[wire(rename = "queueID")]
    pub queue_id: QueueId,
    /// Skill group name (sobot-call-sdk.txt L1225).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub queue_name: Option<String>,
    /// Customers queuing (sobot-call-sdk.txt L1226).
    ///
    /// *Expected*: the list's sub-table lists it and has no Required column; its absence is drift,
    /// an error only in strict mode.
    #[wire(expected)]
    pub count: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
