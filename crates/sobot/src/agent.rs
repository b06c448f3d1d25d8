//! Initialization and login operations (L16-101, L188-588): `initAgent`, `login`, `logout`,
//! `notReady`, `ready`, `resetLogout` and the agent's own queries.

use crate::{
    AgentRef, AgentState, AgentType, AgentUuid, Code, CompanyId, ExtOption, Extension,
    LoginStatusOption, PhoneNumber, PhoneType, PhoneTypeOption, PhoneTypeRef, ReasonCode,
    SkillGroup, StateOption, Token, WorkNo,
};
use ccwire_wire::{Extra, Nullable, Wire};

use super::validate::{Report, Validate, Violation};

/// The parameters of a call that takes only the `success` / `error` callbacks: `{}` once the
/// functions are left out. Shared by the 24 such calls (see [`Method`](super::Method)).
///
/// ```
/// use ccwire_sobot::NoParams;
/// let p: NoParams = serde_json::from_str("{}").unwrap();
/// assert_eq!(serde_json::to_string(&p).unwrap(), "{}");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NoParams {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The parameters of `initAgent` (Table 1, L39-48).
///
/// ```
/// use ccwire_sobot::{InitAgentRequest, Validate};
/// use ccwire_sobot::AgentType;
/// let r: InitAgentRequest = serde_json::from_str(
///     r#"{"token":"t","companyId":"c","agent":"1005","agentType":"1"}"#).unwrap();
/// assert_eq!(r.agent_type.value().map(|t| t.value()), Some(&AgentType::AgentId));
/// assert!(r.validate().is_ok());
/// assert!(!format!("{r:?}").contains("\"t\""));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct InitAgentRequest {
    /// Agent login authentication token (from the Sobot agent-token API; sobot-call-sdk.txt L42).
    pub token: Token,
    /// The enterprise's company code (sobot-call-sdk.txt L43).
    pub company_id: CompanyId,
    /// The agent's work number or id, as `agentType` says (sobot-call-sdk.txt L44).
    pub agent: AgentRef,
    /// `0` work number (the default), `1` agent id; a string (the seed allows `null`, L45).
    pub agent_type: Nullable<Code<AgentType>>,
    /// Allow outbound calls from several browser tabs (default `false`; the seed allows `null`,
    /// L46).
    pub allow_storage_listen: Nullable<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for InitAgentRequest {
    /// `agentType`, when given, is `0` or `1`.
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        if let Some(t) = self.agent_type.value() {
            report.known("/agentType", t);
        }
        report.finish()
    }
}

/// The parameters of `login` (L212-220).
///
/// ```
/// use ccwire_sobot::{LoginRequest, Validate};
/// let r: LoginRequest = serde_json::from_str(r#"{"phoneType":"webrtc","bindExt":"1000","agentState":"1"}"#).unwrap();
/// assert!(r.validate().is_ok());
/// let offline: LoginRequest = serde_json::from_str(r#"{"phoneType":"sip","bindExt":"1000","agentState":"0"}"#).unwrap();
/// assert_eq!(offline.validate().unwrap_err()[0].pointer, "/agentState");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct LoginRequest {
    /// Status after login: `1` online, `2` DND (the default); a string.
    pub agent_state: Option<Code<AgentState>>,
    /// Answering method; required, though blank (`""`) selects the agent's default
    /// (sobot-call-sdk.txt L215).
    pub phone_type: PhoneType,
    /// The extension to bind (not bound to another agent; sobot-call-sdk.txt L216).
    pub bind_ext: Extension,
    /// The phone number to bind (blank: the number in the agent's settings).
    pub bind_mobile: Option<PhoneNumber>,
    /// Unbind the extension when the agent goes offline.
    pub unbind_ext_on_logout: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for LoginRequest {
    /// `agentState`, when given, is `1` or `2`; `phoneType` is `sip`, `pstn`, `webrtc` or blank.
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        if let Some(state) = &self.agent_state
            && !matches!(state.value(), AgentState::Online | AgentState::Dnd)
        {
            report.push(
                "/agentState",
                format!("{state:?} is not a login status (1 online, 2 DND)"),
            );
        }
        let phone = self.phone_type.as_str();
        report.listed(
            "/phoneType",
            self.phone_type.is_known() || phone.trim().is_empty(),
            phone,
            "answering method",
        );
        report.finish()
    }
}

/// The success payload of `login` (L221-228).
///
/// ```
/// use ccwire_sobot::LoginSuccess;
/// use ccwire_sobot::ReasonCode;
/// let ok: LoginSuccess = serde_json::from_str(r#"{"status":"success","agentState":"2","phoneType":"sip",
///   "bindExt":"1000","bindMobile":"","reasonCode":2}"#).unwrap();
/// assert_eq!(ok.reason_code.as_ref().unwrap().value(), &ReasonCode::Dnd);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct LoginSuccess {
    /// Login status (`1` online, `2` DND); a string (sobot-call-sdk.txt L224).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_state: Option<Code<AgentState>>,
    /// Answering method (sobot-call-sdk.txt L225).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone_type: Option<PhoneType>,
    /// Bound extension (sobot-call-sdk.txt L226).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub bind_ext: Option<Extension>,
    /// Bound phone number (sobot-call-sdk.txt L227).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub bind_mobile: Option<PhoneNumber>,
    /// Occupied reason; a number here (a string in `agentStateInfo`; sobot-call-sdk.txt L228).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub reason_code: Option<Code<ReasonCode>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The parameters of `notReady` ("Occupied", L278-282).
///
/// ```
/// use ccwire_sobot::{NotReadyRequest, Validate};
/// let r: NotReadyRequest = serde_json::from_str(r#"{"reasonCode":11}"#).unwrap();
/// assert!(r.validate().is_ok());
/// let odd: NotReadyRequest = serde_json::from_str(r#"{"reasonCode":7}"#).unwrap();
/// assert!(odd.validate().is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NotReadyRequest {
    /// The occupied reason (`2` DND, `11`-`18` breaks); a number (sobot-call-sdk.txt L280).
    pub reason_code: Code<ReasonCode>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for NotReadyRequest {
    /// `reasonCode` is one of the documented reasons.
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        report.known("/reasonCode", &self.reason_code);
        report.finish()
    }
}

/// The success payload of `queryStates` (L367-374).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct QueryStatesSuccess {
    /// The break statuses available to the agent (sobot-call-sdk.txt L370).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub states: Option<Vec<StateOption>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The success payload of `queryPhoneType` (L399-413).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct QueryPhoneTypeSuccess {
    /// Agent id (`id` here, `agentUUID` in `queryAgentLoginInfo`; sobot-call-sdk.txt L402).
    pub id: AgentUuid,
    /// Agent work number (sobot-call-sdk.txt L403).
    #[wire(rename = "agentID")]
    pub agent_id: WorkNo,
    /// Agent name (sobot-call-sdk.txt L404).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_name: Option<String>,
    /// Current answering method (sobot-call-sdk.txt L405).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub current_phone_type: Option<PhoneType>,
    /// Bound extension (sobot-call-sdk.txt L406).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub ext: Option<Extension>,
    /// Bound phone number (sobot-call-sdk.txt L407).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone: Option<PhoneNumber>,
    /// Answering methods the agent may use (sobot-call-sdk.txt L408).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone_types: Option<Vec<PhoneTypeOption>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The parameters of `queryUnusedExts` (L436-442).
///
/// ```
/// use ccwire_sobot::QueryUnusedExtsRequest;
/// let r: QueryUnusedExtsRequest = serde_json::from_str(r#"{"ext":"00"}"#).unwrap();
/// assert_eq!((r.current_page(), r.page_size()), (1, 50));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct QueryUnusedExtsRequest {
    /// Extension text for a fuzzy search (default: empty).
    pub ext: Option<String>,
    /// Page number (default 1).
    pub curr_page: Option<i64>,
    /// Page size (default 50).
    pub page_size: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl QueryUnusedExtsRequest {
    /// The page number, with the documented default of 1.
    #[must_use]
    pub fn current_page(&self) -> i64 {
        self.curr_page.unwrap_or(1)
    }

    /// The page size, with the documented default of 50.
    #[must_use]
    pub fn page_size(&self) -> i64 {
        self.page_size.unwrap_or(50)
    }
}

/// The success payload of `queryUnusedExts` (L443-453).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct QueryUnusedExtsSuccess {
    /// Page number (sobot-call-sdk.txt L446).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub curr_page: Option<i64>,
    /// Page size (sobot-call-sdk.txt L447).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub page_size: Option<i64>,
    /// Total number of extensions (sobot-call-sdk.txt L448).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub total: Option<i64>,
    /// The extensions on this page (sobot-call-sdk.txt L449).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub exts: Option<Vec<ExtOption>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The success payload of `queryAgentJoinedQueues` (L478-487).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct JoinedQueuesSuccess {
    /// Skill groups the agent can log in to (empty when manual skill-group login is off;
    /// sobot-call-sdk.txt L481).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub queues: Option<Vec<SkillGroup>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The success payload of `queryAgentLoginInfo` (L511-531).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct AgentLoginInfoSuccess {
    /// Agent id (sobot-call-sdk.txt L514).
    #[wire(rename = "agentUUID")]
    pub agent_uuid: AgentUuid,
    /// Agent work number (sobot-call-sdk.txt L515).
    #[wire(rename = "agentID")]
    pub agent_id: WorkNo,
    /// Agent name (sobot-call-sdk.txt L516).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_name: Option<String>,
    /// Extension (sobot-call-sdk.txt L517).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub ext: Option<Extension>,
    /// Bound phone number (sobot-call-sdk.txt L518).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone: Option<PhoneNumber>,
    /// Answering methods (sobot-call-sdk.txt L519).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone_types: Option<Vec<PhoneTypeOption>>,
    /// Skill groups the agent receives calls from now (sobot-call-sdk.txt L520).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub reception_queues: Option<Vec<SkillGroup>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent's login data (`info` of `queryAgentCanJoinedInfo`, L559-584).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CanJoinedInfo {
    /// Agent id (sobot-call-sdk.txt L561).
    pub id: AgentUuid,
    /// Agent work number (sobot-call-sdk.txt L562).
    #[wire(rename = "agentID")]
    pub agent_id: WorkNo,
    /// Agent name (sobot-call-sdk.txt L563).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_name: Option<String>,
    /// Most recent login status code ("can be blank": absent, `null` or empty).
    pub login_status_code: Nullable<String>,
    /// Most recent login status name ("can be blank").
    pub login_status_name: Nullable<String>,
    /// Most recent answering method ("can be blank").
    pub current_phone_type: Nullable<PhoneType>,
    /// Extension (sobot-call-sdk.txt L567).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub ext: Option<Extension>,
    /// Bound phone number (sobot-call-sdk.txt L568).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone: Option<PhoneNumber>,
    /// Answering methods (sobot-call-sdk.txt L569).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub phone_types: Option<Vec<PhoneTypeRef>>,
    /// Skill groups the agent can check in to (sobot-call-sdk.txt L570).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub checkable_queues: Option<Vec<SkillGroup>>,
    /// Login statuses (sobot-call-sdk.txt L571).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub login_status: Option<Vec<LoginStatusOption>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The success payload of `queryAgentCanJoinedInfo` (L555-558).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct AgentCanJoinedInfoSuccess {
    /// The agent's login data (sobot-call-sdk.txt L558).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub info: Option<CanJoinedInfo>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
