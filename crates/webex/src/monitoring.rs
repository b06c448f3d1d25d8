//! Supervisor call monitoring: the `Desktop.monitoring` requests and the supervisor-desktop
//! messages (`data.eventType = "SupervisorDesktopMessage"`), one type per `data.type`.
//!
//! The wire carries fewer kinds than the SDK has events. Which SDK events share a kind:
//!
//! | `data.type` | SDK events |
//! |---|---|
//! | [`MonitoringOffered`] | `eMonitoringOffered` (`monitorType` `adhoc`), `eMonitoringStarted` (`midcall`) |
//! | [`MonitoringRequestCreateFailed`] | `eMonitoringRequestCreateFailed` |
//! | [`MonitoringFailed`] | `eMonitoringFailed` |
//! | [`MonitoringHold`] | `eMonitoringHeld`, `eMonitoringUnHeld` |
//! | [`MonitoringHoldFailed`] | `eMonitoringHoldFailed`, `eMonitoringUnHoldFailed` |
//! | [`MonitoringEnded`] | `eMonitoringEnded` |
//! | [`MonitoringEndFailed`] | `eMonitoringEndFailed` |
//! | [`AgentMonitorStateChanged`] | `eAgentMonitorStateChanged` (barge-in succeeded; envelope `AgentMonitorStateChanged`) |
//! | [`AgentMonitorStateChangeFailed`] | `eAgentMonitorStateChangeFailed` (envelope `MonitoringRequest`) |
//!
//! So a held and an un-held monitoring, or a started and an offered one, cannot be told apart
//! from the message alone; the request that preceded it (or `monitorType`) decides.

use crate::{
    AgentId, Interaction, InteractionId, MonitorType, MonitoringId, MonitoringStateType, QueueId,
    TrackingId,
};
use ccwire_wire::{EmptyOr, EpochMillis, Extra, Nullable, Wire, tagged_union};

use crate::common::{DesktopHeader, Failure};

pub use crate::agent_contact::InteractionRequest;

/// The monitoring request a supervisor message is about.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MonitoringSession {
    /// The monitoring request id (in every sample, samples only: webex-desktop-js-sdk.txt
    /// L10533, L10697, L10925).
    pub id: MonitoringId,
    /// The kind of monitoring.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `monitorType` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub monitor_type: Option<MonitorType>,
    /// The supervisor (a user id).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `supervisorId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub supervisor_id: Option<AgentId>,
}

/// The monitored queue and supervisor device of an offered or failed monitoring.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MonitoredCall {
    /// The monitored task (samples: webex-desktop-js-sdk.txt L10539, L10896).
    pub task_id: InteractionId,
    /// The queue of the monitored task.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `queueId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub queue_id: Option<QueueId>,
    /// The queue's name.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `queueName` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub queue_name: Option<String>,
    /// The supervisor's dial number.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `supervisorDN` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(rename = "supervisorDN")]
    #[wire(expected)]
    pub supervisor_dn: Option<String>,
}

/// The monitored task and agent of a hold, resume or end.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MonitoredAgent {
    /// The monitored task (samples: webex-desktop-js-sdk.txt L10928, L10951, L11040, L11063).
    pub task_id: InteractionId,
    /// The monitored agent.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `agentId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
}

/// Monitoring offered to (or started for) the supervisor: `eMonitoringOffered`,
/// `eMonitoringStarted`.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "MonitoringOffered")]
pub struct MonitoringOffered {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The monitoring request.
    #[wire(flatten)]
    pub session: MonitoringSession,
    /// The monitored call.
    #[wire(flatten)]
    pub call: MonitoredCall,
    /// The monitored task (a full interaction).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `task` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub task: Option<Interaction>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The monitoring request could not be created (`eMonitoringRequestCreateFailed`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "MonitoringRequestCreateFailed")]
pub struct MonitoringRequestCreateFailed {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The monitoring request.
    #[wire(flatten)]
    pub session: MonitoringSession,
    /// Queues the request covers (a list here, unlike every other `queueId`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `queueId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub queue_id: Option<Vec<QueueId>>,
    /// Teams the request covers (`All`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `teams` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub teams: Option<Vec<String>>,
    /// Sites the request covers (`All`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `sites` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub sites: Option<Vec<String>>,
    /// Agents the request covers (`All`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `agents` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub agents: Option<Vec<String>>,
    /// Whether the request is active.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `isActive` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub is_active: Option<bool>,
    /// The monitored task (`null`: none yet).
    pub task_id: Nullable<InteractionId>,
    /// Why it failed.
    #[wire(flatten)]
    pub failure: Failure,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Monitoring the call failed (`eMonitoringFailed`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "MonitoringFailed")]
pub struct MonitoringFailed {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// The monitoring request.
    #[wire(flatten)]
    pub session: MonitoringSession,
    /// The monitored call.
    #[wire(flatten)]
    pub call: MonitoredCall,
    /// Why it failed.
    #[wire(flatten)]
    pub failure: Failure,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares monitoring kinds about a monitored agent, with or without a failure.
macro_rules! monitored_agent_kinds {
    (
        ok { $( $(#[$om:meta])* $oname:ident = $otag:literal; )* }
        failed { $( $(#[$fm:meta])* $fname:ident = $ftag:literal; )* }
    ) => {
        $(
            $(#[$om])*
            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(tag = $otag)]
            pub struct $oname {
                /// `eventType`, `orgId`, `trackingId`.
                #[wire(flatten)]
                pub header: DesktopHeader,
                /// The monitoring request.
                #[wire(flatten)]
                pub session: MonitoringSession,
                /// The monitored task and agent.
                #[wire(flatten)]
                pub monitored: MonitoredAgent,
                /// Members not modelled.
                #[wire(extra)]
                pub extra: Extra,
            }
        )*
        $(
            $(#[$fm])*
            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(tag = $ftag)]
            pub struct $fname {
                /// `eventType`, `orgId`, `trackingId`.
                #[wire(flatten)]
                pub header: DesktopHeader,
                /// The monitoring request.
                #[wire(flatten)]
                pub session: MonitoringSession,
                /// The monitored task and agent.
                #[wire(flatten)]
                pub monitored: MonitoredAgent,
                /// Why it failed.
                #[wire(flatten)]
                pub failure: Failure,
                /// Members not modelled.
                #[wire(extra)]
                pub extra: Extra,
            }
        )*
    };
}

monitored_agent_kinds! {
    ok {
        /// Monitoring paused or resumed (`eMonitoringHeld`, `eMonitoringUnHeld`: both carry
        /// `MonitoringHold`).
        MonitoringHold = "MonitoringHold";
        /// Monitoring ended (`eMonitoringEnded`).
        MonitoringEnded = "MonitoringEnded";
    }
    failed {
        /// Pausing or resuming failed (`eMonitoringHoldFailed`, `eMonitoringUnHoldFailed`).
        MonitoringHoldFailed = "MonitoringHoldFailed";
        /// Ending failed (`eMonitoringEndFailed`).
        MonitoringEndFailed = "MonitoringEndFailed";
    }
}

/// `monitoringState`: how the supervisor takes part.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MonitoringState {
    /// `BargeIn` (samples: webex-desktop-js-sdk.txt L11098, L11124).
    #[wire(rename = "type")]
    pub state: MonitoringStateType,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Members of a monitoring state change (barge-in) and of its failure.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MonitorStateChange {
    /// The monitored agent.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `agentId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The monitored interaction (samples: webex-desktop-js-sdk.txt L11095, L11122).
    pub interaction_id: InteractionId,
    /// The supervisor.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `supervisorId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub supervisor_id: Option<AgentId>,
    /// The new monitoring state.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `monitoringState` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub monitoring_state: Option<MonitoringState>,
    /// When it happened.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `eventTime` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub event_time: Option<EpochMillis>,
}

/// The supervisor barged in (`eAgentMonitorStateChanged`).
///
/// `interaction` is `{}` in the sample: [`EmptyOr`] keeps that apart from a full interaction.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentMonitorStateChanged")]
pub struct AgentMonitorStateChanged {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// Who, which interaction, which state.
    #[wire(flatten)]
    pub change: MonitorStateChange,
    /// The supervisor's name.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `supervisorName` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub supervisor_name: Option<String>,
    /// The interaction (`{}` in the documents; one sample: webex-desktop-js-sdk.txt L11096).
    ///
    /// *Expected*: the sample carries it (as `{}`), and no reference promises it; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub interaction: Option<EmptyOr<Interaction>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Barging in failed (`eAgentMonitorStateChangeFailed`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "AgentMonitorStateChangeFailed")]
pub struct AgentMonitorStateChangeFailed {
    /// `eventType`, `orgId`, `trackingId`.
    #[wire(flatten)]
    pub header: DesktopHeader,
    /// Who, which interaction, which state.
    #[wire(flatten)]
    pub change: MonitorStateChange,
    /// Why it failed.
    #[wire(flatten)]
    pub failure: Failure,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

tagged_union! {
    /// A supervisor-desktop message (`data.eventType = "SupervisorDesktopMessage"`), by
    /// `data.type`. See the [module documentation](self) for the SDK events each kind answers.
    ///
    /// ```
    /// use ccwire_webex::monitoring::MonitoringEvent;
    /// let e: MonitoringEvent = serde_json::from_str(r#"{"type":"MonitoringUnHold"}"#).unwrap();
    /// assert!(!e.is_known());
    /// assert!(serde_json::from_str::<MonitoringEvent>(r#"{"type":"MonitoringHold"}"#).is_err());
    /// ```
    pub enum MonitoringEvent (tag = "type", unknown = Unknown, kinds = "webex.monitoring") {
        /// Offered or started.
        MonitoringOffered(MonitoringOffered) = "MonitoringOffered",
        /// The request could not be created.
        MonitoringRequestCreateFailed(MonitoringRequestCreateFailed) = "MonitoringRequestCreateFailed",
        /// Monitoring failed.
        MonitoringFailed(MonitoringFailed) = "MonitoringFailed",
        /// Paused or resumed.
        MonitoringHold(MonitoringHold) = "MonitoringHold",
        /// Pausing or resuming failed.
        MonitoringHoldFailed(MonitoringHoldFailed) = "MonitoringHoldFailed",
        /// Ended.
        MonitoringEnded(MonitoringEnded) = "MonitoringEnded",
        /// Ending failed.
        MonitoringEndFailed(MonitoringEndFailed) = "MonitoringEndFailed",
        /// Barged in.
        AgentMonitorStateChanged(AgentMonitorStateChanged) = "AgentMonitorStateChanged",
        /// Barging in failed.
        AgentMonitorStateChangeFailed(AgentMonitorStateChangeFailed) = "AgentMonitorStateChangeFailed",
    }
}

/// The argument of `Desktop.monitoring.startMonitoring` (its only example passes the `String`
/// constructor as `monitorType`, so there is no sample fixture).
///
/// ```
/// use ccwire_webex::monitoring::StartMonitoringRequest;
/// let r: StartMonitoringRequest = serde_json::from_str(
///     r#"{"id":"m","monitorType":"adhoc","taskId":"t","trackingId":"k"}"#).unwrap();
/// assert_eq!(r.monitor_type.as_str(), "adhoc");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StartMonitoringRequest {
    /// The new monitoring request's id (the table's `Id`, required,
    /// webex-desktop-js-sdk.txt L10520).
    pub id: MonitoringId,
    /// `adhoc`, `continuous` or `midcall` (required, webex-desktop-js-sdk.txt L10521-10522).
    pub monitor_type: MonitorType,
    /// The task to monitor (required, webex-desktop-js-sdk.txt L10522).
    pub task_id: InteractionId,
    /// Correlates the success and failure events (required, webex-desktop-js-sdk.txt L10522).
    pub tracking_id: TrackingId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Every `Desktop.monitoring` method, with the name of its payload type.
///
/// ```
/// use ccwire_webex::monitoring::Method;
/// assert_eq!(Method::BargeIn.name(), "bargeIn");
/// assert_eq!(Method::HoldMonitoring.payload_type(), "InteractionRequest");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "camelCase")]
#[non_exhaustive]
pub enum Method {
    /// `startMonitoring`.
    StartMonitoring,
    /// `holdMonitoring` (pause).
    HoldMonitoring,
    /// `unHoldMonitoring` (resume).
    #[strum(serialize = "unHoldMonitoring")]
    UnHoldMonitoring,
    /// `endMonitoring`.
    EndMonitoring,
    /// `bargeIn`.
    BargeIn,
}

impl Method {
    /// The method name as called on `Desktop.monitoring`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The name of the payload type this method takes.
    #[must_use]
    pub fn payload_type(self) -> &'static str {
        match self {
            Self::StartMonitoring => "StartMonitoringRequest",
            Self::HoldMonitoring | Self::UnHoldMonitoring | Self::EndMonitoring | Self::BargeIn => {
                "InteractionRequest"
            }
        }
    }
}
