//! Agent state and session: the agent-desktop messages (`data.eventType =
//! "AgentDesktopMessage"`), one type per `data.type`, and the values of the
//! `Desktop.agentStateInfo` module (`latestData`, the `updated` change list, `stateChange`,
//! address books).
//!
//! The Desktop documents sample two kinds ([`AgentStateChangeSuccess`], the `stateChange`
//! answer, and [`BuddyAgents`]); the others are the vendor SDKs' agent messages (station login,
//! logout, relogin, channel relogin and channel state, DN registered, multi-login), modelled
//! from the SDK typings: identity members are required, members the typings mark optional or
//! that the typings and samples disagree on are optional, and everything else is kept in
//! `extra`.

use crate::{
    AgentId, AgentInfoField, AgentSessionId, AgentStatus, AgentSubStatus, AuxCodeId, ChannelId,
    DeviceType, EventType, InteractionId, MediaType, OrgId, SiteId, TeamId, TrackingId,
};
use ccwire_wire::{EpochMillis, Extra, Lenient, Nullable, Wire, WireMap, tagged_union};

use crate::common::{AgentSession, DesktopHeader, Failure};

/// The agent's state after a state change, login or relogin.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AgentStateDetails {
    /// The aux code of the state (`"0"` for Available, an idle code id otherwise).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `auxCodeId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub aux_code_id: Option<AuxCodeId>,
    /// Login status.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `status` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub status: Option<AgentStatus>,
    /// Availability.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `subStatus` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub sub_status: Option<AgentSubStatus>,
    /// When the state last changed.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `lastStateChangeTimestamp`
    /// (counts in `reference/members.tsv`), and no reference promises it: its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub last_state_change_timestamp: Option<EpochMillis>,
    /// When the idle code last changed (`null` when it never did).
    pub last_idle_code_change_timestamp: Nullable<EpochMillis>,
    /// Why the state last changed (may be `""`).
    pub last_state_change_reason: Option<String>,
}

/// Members of a failed agent request (`…Failed`): the vendor's failure payload.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AgentFailure {
    /// `AgentDesktopMessage` (the SDK typings do not list it on failures, so it may be absent).
    pub event_type: Option<EventType>,
    /// The organization (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service.d.ts, `Service.Aqm.Global.Failure.orgId`).
    pub org_id: OrgId,
    /// Correlation id of the failed request.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `trackingId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub tracking_id: Option<TrackingId>,
    /// The agent (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service.d.ts, `Service.Aqm.Global.Failure.agentId`).
    pub agent_id: AgentId,
    /// The agent's session.
    pub agent_session_id: Option<AgentSessionId>,
}

/// The station an agent is logged in at (login and relogin answers).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StationDetails {
    /// The agent's team.
    pub team_id: Option<TeamId>,
    /// The agent's site.
    pub site_id: Option<SiteId>,
    /// Interactions the agent holds.
    pub interaction_ids: Option<Vec<InteractionId>>,
    /// Agent profile type (`BLENDED`, …).
    pub profile_type: Option<String>,
    /// Channel ids by channel type.
    pub channels_map: Option<WireMap<Vec<ChannelId>>>,
    /// The dial number the agent logged in with.
    pub dial_number: Option<String>,
    /// The agent's dial number.
    pub dn: Option<String>,
    /// The agent's roles (`agent`, `supervisor`).
    pub roles: Option<Vec<String>>,
    /// How the station is connected.
    pub device_type: Option<DeviceType>,
    /// The device (`null` for none).
    pub device_id: Nullable<String>,
    /// Whether the dial number is an extension.
    pub is_extension: Option<bool>,
    /// The supervisor session, for supervisors.
    pub supervisor_session_id: Option<AgentSessionId>,
    /// Voice capacity.
    pub voice_count: Option<i64>,
    /// Chat capacity.
    pub chat_count: Option<i64>,
    /// E-mail capacity.
    pub email_count: Option<i64>,
    /// Social capacity.
    pub social_count: Option<i64>,
}

/// The state of one channel of a multi-channel agent.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ChannelStateDetail {
    /// The channel's agent state (`Available`, `Idle`, an idle code name, …).
    pub agent_state: Option<String>,
    /// Whether the channel goes idle once its contacts end.
    pub pending_idle: Option<bool>,
    /// The channel's aux code (`null` when none).
    pub aux_code_id: Nullable<AuxCodeId>,
    /// When the channel's state changed.
    pub state_change_timestamp: Option<EpochMillis>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A buddy agent (an entry of `agentList`; the list is empty in every sample, the members are the
/// SDK typings' `BuddyDetails`).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct BuddyAgent {
    /// The agent (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service-contact-types.d.ts,
    /// `Service.Aqm.Contact.BuddyDetails.agentId`).
    pub agent_id: AgentId,
    /// The agent's state (`Available`, `Idle`, …).
    pub state: Option<String>,
    /// The agent's team.
    pub team_id: Option<TeamId>,
    /// The agent's dial number.
    pub dn: Option<String>,
    /// The agent's name.
    pub agent_name: Option<String>,
    /// The agent's site.
    pub site_id: Option<SiteId>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `stateChange` answer: the agent's state changed (`eventType AgentDesktopMessage`, envelope
/// `AgentStateChange`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentStateChangeSuccess")]
pub struct AgentStateChangeSuccess {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The agent and session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// The new state.
    #[wire(flatten)]
    pub state: AgentStateDetails,
    /// Channels connected to the session.
    pub connected_channels: Option<Vec<ChannelId>>,
    /// Who changed the state, when not the agent (SDK typings; absent in the sample).
    pub changed_by: Nullable<String>,
    /// Id of who changed the state.
    pub changed_by_id: Nullable<AgentId>,
    /// Name of who changed the state.
    pub changed_by_name: Nullable<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `buddyAgents` answer: agents the agent can consult or transfer to.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "BuddyAgents")]
pub struct BuddyAgents {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The requesting agent and session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// The buddy agents.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `agentList` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub agent_list: Option<Vec<BuddyAgent>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent logged in at a station (envelope `StationLogin`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentStationLoginSuccess")]
pub struct AgentStationLoginSuccess {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The agent and its new session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// The initial state.
    #[wire(flatten)]
    pub state: AgentStateDetails,
    /// The station.
    #[wire(flatten)]
    pub station: StationDetails,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent's session was re-established (`/v1/agents/reload`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentReloginSuccess")]
pub struct AgentReloginSuccess {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The agent and session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// The state.
    #[wire(flatten)]
    pub state: AgentStateDetails,
    /// The station.
    #[wire(flatten)]
    pub station: StationDetails,
    /// Whether the emergency-notice dialog was already shown.
    pub is_emergency_modal_already_displayed: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A multi-channel agent's session was re-established (Desktop only).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentChannelReloginSuccess")]
pub struct AgentChannelReloginSuccess {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The agent and session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// The station.
    #[wire(flatten)]
    pub station: StationDetails,
    /// State of each channel, by channel type.
    pub agent_channel_state_detail_map: Option<WireMap<ChannelStateDetail>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The state of one channel of a multi-channel agent changed (Desktop only).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentChannelStateChanged")]
pub struct AgentChannelStateChanged {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The agent and session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// The channel that changed.
    pub channel_type: Option<MediaType>,
    /// The channel's new state.
    pub state: Option<String>,
    /// The channel's aux code.
    pub aux_code_id: Nullable<AuxCodeId>,
    /// Why the state changed.
    pub last_state_change_reason: Option<String>,
    /// Channels connected to the session.
    pub connected_channels: Option<Vec<ChannelId>>,
    /// The channel's state details.
    pub agent_channel_state_detail: Option<ChannelStateDetail>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent logged out (envelope `Logout`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentLogoutSuccess")]
pub struct AgentLogoutSuccess {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The agent and ended session.
    #[wire(flatten)]
    pub session: AgentSession,
    /// Login status (`LoggedOut`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `status` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub status: Option<AgentStatus>,
    /// Availability.
    pub sub_status: Option<AgentSubStatus>,
    /// Who logged the agent out, when not the agent.
    pub logged_out_by: Option<String>,
    /// The agent's roles.
    pub roles: Option<Vec<String>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent's dial number was registered (`eventType RoutingMessage` per the SDK typings).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentDNRegistered")]
pub struct AgentDnRegistered {
    /// `RoutingMessage` (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/routing-agent-service.d.ts,
    /// `Service.Aqm.Agent.DNRegistered.eventType`).
    pub event_type: EventType,
    /// The organization (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/routing-agent-service.d.ts,
    /// `Service.Aqm.Agent.DNRegistered.orgId`).
    pub org_id: OrgId,
    /// Correlation id.
    ///
    /// *Expected*: the SDK typings' `DNRegistered` declares it, and no reference promises it; its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub tracking_id: Option<TrackingId>,
    /// The agent (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/routing-agent-service.d.ts,
    /// `Service.Aqm.Agent.DNRegistered.agentId`).
    pub agent_id: AgentId,
    /// The agent's session.
    pub agent_session_id: Option<AgentSessionId>,
    /// The registered dial number.
    ///
    /// *Expected*: the SDK typings' `DNRegistered` declares it, and no reference promises it; its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub dn: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Another session of the agent logged in; this one is closed (envelope `AGENT_MULTI_LOGIN`).
/// The SDK typings give only `{agentId, reason, type, agentSessionId}`.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentMultiLoginCloseSession")]
pub struct AgentMultiLoginCloseSession {
    /// The agent (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/routing-agent-service.d.ts, the `eAgentMultiLogin`
    /// message's `agentId: string`).
    pub agent_id: AgentId,
    /// The session being closed (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/routing-agent-service.d.ts, the `eAgentMultiLogin`
    /// message's `agentSessionId: string`).
    pub agent_session_id: AgentSessionId,
    /// Why.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `reason` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub reason: Option<String>,
    /// The organization, when sent.
    pub org_id: Option<OrgId>,
    /// Correlation id, when sent.
    pub tracking_id: Option<TrackingId>,
    /// `AgentDesktopMessage`, when sent.
    pub event_type: Option<EventType>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares the failure kinds of the agent-desktop family.
macro_rules! agent_failures {
    ($( $(#[$m:meta])* $name:ident = $tag:literal; )*) => {$(
        $(#[$m])*
        #[derive(Wire, Debug, Clone, PartialEq)]
        #[wire(tag = $tag)]
        pub struct $name {
            /// Who and which request.
            #[wire(flatten)]
            pub header: AgentFailure,
            /// Why it failed.
            #[wire(flatten)]
            pub failure: Failure,
            /// Members not modelled.
            #[wire(extra)]
            pub extra: Extra,
        }
    )*};
}

agent_failures! {
    /// The state change failed.
    AgentStateChangeFailed = "AgentStateChangeFailed";
    /// The buddy agent list could not be retrieved.
    BuddyAgentsRetrieveFailed = "BuddyAgentsRetrieveFailed";
    /// Station login failed.
    AgentStationLoginFailed = "AgentStationLoginFailed";
    /// Logout failed.
    AgentLogoutFailed = "AgentLogoutFailed";
    /// Relogin failed.
    AgentReloginFailed = "AgentReloginFailed";
}

tagged_union! {
    /// An agent-desktop message (`data.eventType = "AgentDesktopMessage"`), by `data.type`.
    ///
    /// ```
    /// use ccwire_webex::agent_state::AgentDesktopEvent;
    /// let e: AgentDesktopEvent = serde_json::from_str(r#"{"type":"AgentFutureThing","eventType":"AgentDesktopMessage"}"#).unwrap();
    /// assert!(!e.is_known());
    /// assert!(serde_json::from_str::<AgentDesktopEvent>(r#"{"type":"BuddyAgents"}"#).is_err());
    /// ```
    pub enum AgentDesktopEvent (tag = "type", unknown = Unknown, kinds = "webex.agentDesktop") {
        /// `stateChange` succeeded.
        AgentStateChangeSuccess(AgentStateChangeSuccess) = "AgentStateChangeSuccess",
        /// `stateChange` failed.
        AgentStateChangeFailed(AgentStateChangeFailed) = "AgentStateChangeFailed",
        /// `buddyAgents` succeeded.
        BuddyAgents(BuddyAgents) = "BuddyAgents",
        /// `buddyAgents` failed.
        BuddyAgentsRetrieveFailed(BuddyAgentsRetrieveFailed) = "BuddyAgentsRetrieveFailed",
        /// Station login succeeded.
        AgentStationLoginSuccess(AgentStationLoginSuccess) = "AgentStationLoginSuccess",
        /// Station login failed.
        AgentStationLoginFailed(AgentStationLoginFailed) = "AgentStationLoginFailed",
        /// Logout succeeded.
        AgentLogoutSuccess(AgentLogoutSuccess) = "AgentLogoutSuccess",
        /// Logout failed.
        AgentLogoutFailed(AgentLogoutFailed) = "AgentLogoutFailed",
        /// Relogin succeeded.
        AgentReloginSuccess(AgentReloginSuccess) = "AgentReloginSuccess",
        /// Relogin failed.
        AgentReloginFailed(AgentReloginFailed) = "AgentReloginFailed",
        /// Multi-channel relogin succeeded.
        AgentChannelReloginSuccess(AgentChannelReloginSuccess) = "AgentChannelReloginSuccess",
        /// A channel's state changed.
        AgentChannelStateChanged(AgentChannelStateChanged) = "AgentChannelStateChanged",
        /// The dial number was registered.
        AgentDnRegistered(AgentDnRegistered) = "AgentDNRegistered",
        /// Another login closed this session.
        AgentMultiLoginCloseSession(AgentMultiLoginCloseSession) = "AgentMultiLoginCloseSession",
    }
}

/// An idle or wrap-up code (`idleCodes`, `wrapupCodes`, `getIdleCodes`, `fetchPaginatedAuxCodes`).
///
/// ```
/// use ccwire_webex::agent_state::AuxCode;
/// let c: AuxCode = serde_json::from_str(r#"{"id":"1643","isDefault":false,"isSystem":true,"name":"RONA"}"#).unwrap();
/// assert_eq!(c.is_system, Some(true));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AuxCode {
    /// The code id (legacy numeric text or a UUID): the `id` row of the STORE.agent.idleCodes
    /// table (webex-desktop-js-sdk.txt L147) and of the wrapUpReasonList table (L163).
    pub id: AuxCodeId,
    /// Whether it is the default code.
    ///
    /// *Expected*: the STORE.agent.idleCodes table types `isDefault` Boolean
    /// (webex-desktop-js-sdk.txt L148) and has no Required column, and the samples carry it (counts
    /// in `reference/members.tsv`): its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub is_default: Option<bool>,
    /// Whether it is a system code (e.g. `RONA`).
    ///
    /// *Expected*: the STORE.agent.idleCodes table types `isSystem` Boolean
    /// (webex-desktop-js-sdk.txt L145) and has no Required column, and the samples carry it (counts
    /// in `reference/members.tsv`): its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub is_system: Option<bool>,
    /// Display name.
    ///
    /// *Expected*: the STORE.agent.idleCodes table types `name` String (webex-desktop-js-sdk.txt
    /// L146) and has no Required column, and the samples carry it (counts in
    /// `reference/members.tsv`): its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The current idle code (`idleCode` of `latestData`; documented only).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CurrentIdleCode {
    /// Idle code id, a number or its text: the table types it Number
    /// (webex-desktop-js-sdk.txt L1853) while the samples send the same ids of `idleCodes` as
    /// numeric text (`"1646"`, L1882); it is never sampled itself. Re-encoded in the form
    /// received; any other text is refused, as the schema does.
    pub id: Lenient<i64>,
    /// Idle code name (required, webex-desktop-js-sdk.txt L1854).
    pub name: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `Desktop.agentStateInfo.latestData`: the agent's latest information (the SDK's
/// `LatestInfoData`; every member is optional there).
///
/// ```
/// use ccwire_webex::agent_state::LatestData;
/// use ccwire_webex::AgentSubStatus;
/// let d: LatestData = serde_json::from_str(r#"{"subStatus":"Idle","isEndCallEnabled":true}"#).unwrap();
/// assert_eq!(d.sub_status, Some(AgentSubStatus::Idle));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct LatestData {
    /// The agent's name.
    pub agent_name: Option<String>,
    /// The team's name.
    pub team_name: Option<String>,
    /// The team.
    pub team_id: Option<TeamId>,
    /// The agent's dial number.
    pub dn: Option<String>,
    /// Login status.
    pub status: Option<AgentStatus>,
    /// Availability.
    pub sub_status: Option<AgentSubStatus>,
    /// Configured idle codes.
    pub idle_codes: Option<Vec<AuxCode>>,
    /// The current idle code (undefined when Available).
    pub idle_code: Option<CurrentIdleCode>,
    /// Configured wrap-up codes.
    pub wrapup_codes: Option<Vec<AuxCode>>,
    /// Regular expression outdial numbers must match.
    pub out_dial_regex: Option<String>,
    /// Outbound enabled for the tenant.
    pub is_outbound_enabled_for_tenant: Option<bool>,
    /// Outbound enabled for the agent.
    pub is_outbound_enabled_for_agent: Option<bool>,
    /// Numbers outside the address book may be dialled.
    pub is_adhoc_dialing_enabled: Option<bool>,
    /// The agent becomes Available after an outdial.
    pub is_agent_available_after_outdial: Option<bool>,
    /// The agent may end voice calls.
    pub is_end_call_enabled: Option<bool>,
    /// The agent may end consult calls.
    pub is_end_consult_enabled: Option<bool>,
    /// Consult to queue allowed.
    pub allow_consult_to_queue: Option<bool>,
    /// Outbound campaigns enabled.
    pub is_campaign_management_enabled: Option<bool>,
    /// Agent performance statistics enabled.
    pub agent_personal_stats_enabled: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The argument of `Desktop.agentStateInfo.stateChange`.
///
/// ```
/// use ccwire_webex::agent_state::StateChangeRequest;
/// let r: StateChangeRequest = serde_json::from_str(r#"{"state":"Available","auxCodeIdArray":"0"}"#).unwrap();
/// assert_eq!(r.aux_code_id_array, "0");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StateChangeRequest {
    /// The new state: `Available`, or the name of an idle code (`Meeting`) (required,
    /// webex-desktop-js-sdk.txt L1920).
    pub state: String,
    /// The aux code of the new state (one id, despite the name) (required,
    /// webex-desktop-js-sdk.txt L1921).
    pub aux_code_id_array: AuxCodeId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// One speed-dial entry of an address book.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SpeedDial {
    /// Label (`desc: string;` in the `Address` type, webex-desktop-js-sdk.txt L1965).
    ///
    /// *Expected*: the `Address` type block declares it, and no reference promises it; its absence
    /// is drift, an error only in strict mode.
    #[wire(expected)]
    pub desc: Option<String>,
    /// The number (`dn: string;` in the `Address` type, webex-desktop-js-sdk.txt L1966).
    ///
    /// *Expected*: the `Address` type block declares it, and no reference promises it; its absence
    /// is drift, an error only in strict mode.
    #[wire(expected)]
    pub dn: Option<String>,
    /// The address book it comes from.
    pub phone_book_name: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `Desktop.agentStateInfo.fetchAddressBooks` result (documented as an array; it is an object).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AddressBooks {
    /// Speed-dial entries (the example response, a sample: webex-desktop-js-sdk.txt
    /// L1953-1954).
    ///
    /// *Expected*: the example response carries it, and no reference promises it; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub speed_dials: Option<Vec<SpeedDial>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// One change of the agent-state `updated` event (fired when `dn`, `status` or `subStatus`
/// change); the event carries a list of them.
///
/// ```
/// use ccwire_webex::agent_state::AgentInfoChange;
/// use ccwire_webex::AgentInfoField;
/// let c: AgentInfoChange = serde_json::from_str(r#"{"name":"status","value":"LoggedIn","oldValue":"DefaultState"}"#).unwrap();
/// assert_eq!(c.name, Some(AgentInfoField::Status));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AgentInfoChange {
    /// Which member changed (the example `updated` list, samples only:
    /// webex-desktop-js-sdk.txt L2015, L2019, L2023).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub name: Option<AgentInfoField>,
    /// The new value (samples: webex-desktop-js-sdk.txt L2016, L2020, L2024).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub value: Option<String>,
    /// The old value (`""` when unset) (samples: webex-desktop-js-sdk.txt L2017, L2021, L2025).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub old_value: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of the agent-state `updated` event.
pub type AgentInfoChanges = Vec<AgentInfoChange>;
