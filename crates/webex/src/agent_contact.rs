//! Request payloads of the `Desktop.agentContact` methods (V1 and V2).
//!
//! Each method takes one argument, an object except for `sendDtmf` (a string of tones).
//! Methods that take the same members share a type
//! (`accept`, `end`, `pauseRecording`, … all take [`InteractionRequest`]); [`Method`] maps every
//! method to the name of its payload type. Requests carry no discriminator, so they are decoded
//! by their method, not detected.

pub use crate::ConsultUrl;
use crate::{
    AgentId, AgentSessionId, DestinationType, InteractionId, MediaResourceId, MediaType, QueueId,
    SiteId, TeamId, TrackingId,
};
use ccwire_wire::{BoundedText, Extra, Lenient, Wire};

/// `{interactionId}`: the payload of `accept`, `consultAccept`, `end`, `pauseRecording`,
/// `acceptV2`, `cancelTaskV2`, `pauseRecordingV2` and `exitConference`.
///
/// ```
/// use ccwire_webex::agent_contact::InteractionRequest;
/// let r: InteractionRequest = serde_json::from_str(r#"{"interactionId":"c837e6f7 - 699 a"}"#).unwrap();
/// assert_eq!(r.interaction_id, "c837e6f7 - 699 a");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct InteractionRequest {
    /// The task to act on (required in each method's table, e.g. webex-desktop-js-sdk.txt
    /// L2217, L2644, L5216, L7177).
    pub interaction_id: InteractionId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `endV2`.
///
/// ```
/// use ccwire_webex::agent_contact::EndV2Request;
/// let r: EndV2Request = serde_json::from_str(r#"{"interactionId":"i","isEndingFromNonPrimary":true}"#).unwrap();
/// assert!(r.is_ending_from_non_primary);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct EndV2Request {
    /// The task to end (required, webex-desktop-js-sdk.txt L5705).
    pub interaction_id: InteractionId,
    /// Whether the end comes from a non-primary agent (required, webex-desktop-js-sdk.txt
    /// L5706).
    pub is_ending_from_non_primary: bool,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The filter of `buddyAgents` / `buddyAgentsV2`.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct BuddyAgentsQuery {
    /// The agent profile to list buddies for (required, webex-desktop-js-sdk.txt L2839,
    /// L8161).
    pub agent_profile_id: String,
    /// Channel (`chat`, `telephony`, …) (required, webex-desktop-js-sdk.txt L2840, L8162).
    pub channel_name: MediaType,
    /// Agent state to filter on (`Available`, …) (required, webex-desktop-js-sdk.txt L2841,
    /// L8163).
    pub state: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `buddyAgents` / `buddyAgentsV2`.
///
/// ```
/// use ccwire_webex::agent_contact::BuddyAgentsRequest;
/// let r: BuddyAgentsRequest = serde_json::from_str(
///     r#"{"data":{"agentProfileId":"p","channelName":"chat","state":"Available"}}"#).unwrap();
/// assert_eq!(r.data.state, "Available");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct BuddyAgentsRequest {
    /// The filter (required, webex-desktop-js-sdk.txt L2838, L8160).
    pub data: BuddyAgentsQuery,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The destination of a V1 consult, conference or transfer (`data` of `consult`,
/// `consultConference`, `blindTransfer`, `consultTransfer`).
///
/// The documents give four TypeScript variants (agent, DN, queue, generic) that carry no
/// discriminator, so they are one type whose members are all optional.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Destination {
    /// The requesting agent.
    pub agent_id: Option<AgentId>,
    /// The destination agent id or dial number.
    ///
    /// *Expected*: every table of these requests marks it Yes and the samples carry it, while the
    /// type block's variants make it optional; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub dest_agent_id: Option<String>,
    /// Kind of destination.
    pub destination_type: Option<DestinationType>,
    /// Media type of the task.
    ///
    /// *Expected*: every table of these requests marks it Yes and the samples carry it, while the
    /// type block's variants make it optional; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub media_type: Option<MediaType>,
    /// The media leg (consult transfer).
    pub media_resource_id: Option<MediaResourceId>,
    /// The destination agent's dial number.
    #[wire(rename = "destAgentDN")]
    pub dest_agent_dn: Option<String>,
    /// The destination agent's team.
    pub dest_agent_team_id: Option<TeamId>,
    /// The destination agent's site.
    pub dest_site_id: Option<SiteId>,
    /// The destination queue (consult to queue).
    pub queue_id: Option<QueueId>,
    /// Correlation id.
    pub tracking_id: Option<TrackingId>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{interactionId, data: Destination, url?}`: the payload of `consultConference`,
/// `blindTransfer` and `consultTransfer` (`consult`, which requires `url`, has its own
/// [`ConsultRequest`]).
///
/// ```
/// use ccwire_webex::agent_contact::DestinationRequest;
/// use ccwire_webex::ConsultUrl;
/// let r: DestinationRequest = serde_json::from_str(r#"{"interactionId":"i",
///   "data":{"agentId":"a","destAgentId":"b","mediaType":"chat"},"url":"consult"}"#).unwrap();
/// assert_eq!(r.url, Some(ConsultUrl::Consult));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DestinationRequest {
    /// The task (required, webex-desktop-js-sdk.txt L3186, L4164, L4366, L4698).
    pub interaction_id: InteractionId,
    /// Where to consult, conference or transfer (required, webex-desktop-js-sdk.txt L3187,
    /// L4165, L4367, L4699).
    pub data: Destination,
    /// Consult route (`consult` only).
    pub url: Option<ConsultUrl>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{interactionId, data: Destination, url}`: the payload of `consult`.
///
/// ```
/// use ccwire_webex::agent_contact::ConsultRequest;
/// use ccwire_webex::ConsultUrl;
/// let r: ConsultRequest = serde_json::from_str(r#"{"interactionId":"i",
///   "data":{"agentId":"a","destAgentId":"b","mediaType":"chat"},"url":"ctq"}"#).unwrap();
/// assert_eq!(r.url, ConsultUrl::ConsultToQueue);
/// assert!(serde_json::from_str::<ConsultRequest>(r#"{"interactionId":"i","data":{}}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultRequest {
    /// The task (required, webex-desktop-js-sdk.txt L2907).
    pub interaction_id: InteractionId,
    /// Whom to consult (required, webex-desktop-js-sdk.txt L2908).
    pub data: Destination,
    /// Consult route: `consult` or `ctq`. Required: the payload type declares `url: string`
    /// (webex-desktop-js-sdk.txt L2877) and the table says "Yes" (L2918); the other methods
    /// sharing the destination payload do not document it.
    pub url: ConsultUrl,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
/// Payload of `consultConference`.
pub type ConsultConferenceRequest = DestinationRequest;
/// Payload of `blindTransfer` (to an agent or to a DN).
pub type BlindTransferRequest = DestinationRequest;
/// Payload of `consultTransfer`.
pub type ConsultTransferRequest = DestinationRequest;

/// `{interactionId, isConsult}`: the payload of `consultEnd` (webex-desktop-js-sdk.txt
/// L3392-3400: the type block and the table name these two members only; `consultEndV2` has its
/// own [`ConsultEndV2Request`]).
///
/// ```
/// use ccwire_webex::agent_contact::ConsultEndRequest;
/// let r: ConsultEndRequest = serde_json::from_str(r#"{"interactionId":"i","isConsult":true}"#).unwrap();
/// assert!(r.is_consult);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultEndRequest {
    /// The task (required, webex-desktop-js-sdk.txt L3399).
    pub interaction_id: InteractionId,
    /// Whether a consult (rather than a consult to queue) is ended (required,
    /// webex-desktop-js-sdk.txt L3400).
    pub is_consult: bool,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{interactionId, isConsult, isSecondaryEpDnAgent, queueId}`: the payload of `consultEndV2`
/// (webex-desktop-js-sdk.txt L6806-6820).
///
/// The seed contradicts itself on the two V2 members: its type block makes them optional
/// (`isSecondaryEpDnAgent?: boolean; queueId?: string;`, L6812) while its table marks them
/// required (L6819-6820). Neither is a promise the other confirms, so they are *expected*:
/// decoding accepts their absence and drift inspection reports it (`missing-member`, an error in
/// strict mode).
///
/// ```
/// use ccwire_webex::agent_contact::ConsultEndV2Request;
/// use ccwire_wire::inspect::{FindingKind, Inspect};
/// let r: ConsultEndV2Request = serde_json::from_str(r#"{"interactionId":"i","isConsult":true}"#).unwrap();
/// let missing: Vec<_> = r.findings().into_iter().map(|f| (f.kind, f.pointer)).collect();
/// assert_eq!(missing, [
///     (FindingKind::MissingMember, "/isSecondaryEpDnAgent".to_owned()),
///     (FindingKind::MissingMember, "/queueId".to_owned()),
/// ]);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultEndV2Request {
    /// The task (required, webex-desktop-js-sdk.txt L6817).
    pub interaction_id: InteractionId,
    /// Whether a consult (rather than a consult to queue) is ended (required,
    /// webex-desktop-js-sdk.txt L6818).
    pub is_consult: bool,
    /// Whether the requesting agent is a secondary entry-point DN agent. Expected: optional in
    /// the type block (L6812), required in the table (L6819), sent in the example (L6808).
    #[wire(expected)]
    pub is_secondary_ep_dn_agent: Option<bool>,
    /// The queue of a consult to queue being cancelled. Expected: optional in the type block
    /// (L6812), required in the table (L6820), sent in the example (L6809).
    #[wire(expected)]
    pub queue_id: Option<QueueId>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{mediaResourceId}`: the media leg a `hold`, `unHold` or `decline` acts on.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MediaLegRef {
    /// The media leg (required, webex-desktop-js-sdk.txt L4926, L5075; `mediaResourceId:
    /// string;` in the decline payload type, L3547).
    pub media_resource_id: MediaResourceId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `decline`.
///
/// ```
/// use ccwire_webex::agent_contact::DeclineRequest;
/// let r: DeclineRequest = serde_json::from_str(
///     r#"{"interactionId":"i","data":{"mediaResourceId":"m"},"isConsult":true}"#).unwrap();
/// assert!(r.is_consult);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DeclineRequest {
    /// The task (required, webex-desktop-js-sdk.txt L3552).
    pub interaction_id: InteractionId,
    /// The media leg declined (in the example and typings, not in the parameter table).
    ///
    /// *Expected*: the payload type block declares it non-optional and the example sends it, while
    /// the table omits it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub data: Option<MediaLegRef>,
    /// Whether a consult is declined (required, webex-desktop-js-sdk.txt L3553).
    pub is_consult: bool,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `hold` and `unHold`.
///
/// ```
/// use ccwire_webex::agent_contact::HoldRequest;
/// let r: HoldRequest = serde_json::from_str(r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#).unwrap();
/// assert_eq!(r.data.media_resource_id, "m");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct HoldRequest {
    /// The task (required, webex-desktop-js-sdk.txt L4924, L5073).
    pub interaction_id: InteractionId,
    /// The media leg (required, webex-desktop-js-sdk.txt L4925, L5074).
    pub data: MediaLegRef,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{agentId, queueId}`: the consult to queue being cancelled.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CtqRef {
    /// The agent (required, webex-desktop-js-sdk.txt L3617).
    pub agent_id: AgentId,
    /// The queue (required, webex-desktop-js-sdk.txt L3618).
    pub queue_id: QueueId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `cancelCtq`.
///
/// ```
/// use ccwire_webex::agent_contact::CancelCtqRequest;
/// let r: CancelCtqRequest = serde_json::from_str(r#"{"interactionId":"i","data":{"agentId":"a","queueId":"q"}}"#).unwrap();
/// assert_eq!(r.data.queue_id, "q");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CancelCtqRequest {
    /// The task (required, webex-desktop-js-sdk.txt L3615).
    pub interaction_id: InteractionId,
    /// The consult to queue (required, webex-desktop-js-sdk.txt L3616).
    pub data: CtqRef,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The wrap-up chosen by the agent.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WrapUp {
    /// Wrap-up reason: "maximum length 128 characters" (webex-desktop-js-sdk.txt L3680,
    /// L6381), counted as code points like the schema's `maxLength`.
    pub wrap_up_reason: BoundedText<128>,
    /// Wrap-up code id: "maximum length 36 characters" (L3681, L6382).
    pub aux_code_id: BoundedText<36>,
    /// Whether the wrap-up is automatic; the examples send the text `"false"` (required,
    /// webex-desktop-js-sdk.txt L3682, L6383).
    pub is_auto_wrapup: Lenient<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `wrapup` and `wrapupV2`.
///
/// ```
/// use ccwire_webex::agent_contact::WrapupRequest;
/// let r: WrapupRequest = serde_json::from_str(r#"{"interactionId":"i",
///   "data":{"wrapUpReason":"Sale","auxCodeId":"0","isAutoWrapup":"false"}}"#).unwrap();
/// assert!(!r.data.is_auto_wrapup.get());
/// assert_eq!(r.data.is_auto_wrapup.text(), Some("false"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WrapupRequest {
    /// The task (required, webex-desktop-js-sdk.txt L3678, L6379).
    pub interaction_id: InteractionId,
    /// The wrap-up (required, webex-desktop-js-sdk.txt L3679, L6380).
    pub data: WrapUp,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The filter of `vteamList`.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamListQuery {
    /// The agent profile (required, webex-desktop-js-sdk.txt L3856).
    pub agent_profile_id: String,
    /// The agent session (required, webex-desktop-js-sdk.txt L3857).
    pub agent_session_id: AgentSessionId,
    /// Channel (`chat`, `telephony`, …) (required, webex-desktop-js-sdk.txt L3858).
    pub channel_type: MediaType,
    /// Virtual team type (`inboundqueue`, `inboundentrypoint`) (required,
    /// webex-desktop-js-sdk.txt L3859).
    #[wire(rename = "type")]
    pub vteam_type: String,
    /// Correlation id (required, webex-desktop-js-sdk.txt L3860).
    pub tracking_id: TrackingId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `vteamList`.
///
/// ```
/// use ccwire_webex::agent_contact::VteamListRequest;
/// let r: VteamListRequest = serde_json::from_str(r#"{"data":{"agentProfileId":"p","agentSessionId":"s",
///   "channelType":"chat","type":"inboundqueue","trackingId":"t"}}"#).unwrap();
/// assert_eq!(r.data.vteam_type, "inboundqueue");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamListRequest {
    /// The filter (required, webex-desktop-js-sdk.txt L3855).
    pub data: VteamListQuery,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The queue or entry point of a `vteamTransfer`.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamTarget {
    /// Queue or entry point id (required, webex-desktop-js-sdk.txt L3948).
    pub vteam_id: QueueId,
    /// `inboundqueue` or `inboundentrypoint` (required, webex-desktop-js-sdk.txt L3949).
    pub vteam_type: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `vteamTransfer`.
///
/// ```
/// use ccwire_webex::agent_contact::VteamTransferRequest;
/// let r: VteamTransferRequest = serde_json::from_str(
///     r#"{"interactionId":"i","data":{"vteamId":"q","vteamType":"inboundqueue"}}"#).unwrap();
/// assert_eq!(r.data.vteam_type, "inboundqueue");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamTransferRequest {
    /// The task (required, webex-desktop-js-sdk.txt L3946).
    pub interaction_id: InteractionId,
    /// Where to transfer (required, webex-desktop-js-sdk.txt L3947).
    pub data: VteamTarget,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{autoResumed}`.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ResumeRecording {
    /// Whether the recording resumes by itself (required, webex-desktop-js-sdk.txt L5364,
    /// L6234).
    pub auto_resumed: bool,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The payload of `resumeRecording` and `resumeRecordingV2`.
///
/// ```
/// use ccwire_webex::agent_contact::ResumeRecordingRequest;
/// let r: ResumeRecordingRequest = serde_json::from_str(r#"{"interactionId":"i","data":{"autoResumed":true}}"#).unwrap();
/// assert!(r.data.auto_resumed);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ResumeRecordingRequest {
    /// The task (required, webex-desktop-js-sdk.txt L5362, L6232).
    pub interaction_id: InteractionId,
    /// Resume options (required, webex-desktop-js-sdk.txt L5363, L6233).
    pub data: ResumeRecording,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The destination of a V2 consult, conference or transfer.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DestinationV2 {
    /// Destination id (agent, queue, entry point) or number (Required "Yes" in the tables,
    /// webex-desktop-js-sdk.txt L6970, L7532, L7767, L7964).
    ///
    /// *Expected*: the table marks it Yes while the type block types it `string | undefined` (which
    /// JSON drops), so the seed does not promise it; its absence is drift, an error only in strict
    /// mode.
    #[wire(expected)]
    pub to: Option<String>,
    /// Kind of destination (`agent`, `queue`, `dialNumber`, `entryPoint`; the examples also
    /// put ids here). Required: webex-desktop-js-sdk.txt L6971, L7533, L7768, L7965.
    pub destination_type: DestinationType,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The destination of a `consultV2`: a [`DestinationV2`] plus `holdParticipants`
/// (webex-desktop-js-sdk.txt L6550-6562; only `consultV2` declares it).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultDestinationV2 {
    /// Destination id (agent, queue, entry point) or number (Required "Yes" in the table,
    /// webex-desktop-js-sdk.txt L6560; `to: string | undefined;` in the type block, L6551).
    ///
    /// *Expected*: the table marks it Yes while the type block types it `string | undefined` (which
    /// JSON drops), so the seed does not promise it; its absence is drift, an error only in strict
    /// mode.
    #[wire(expected)]
    pub to: Option<String>,
    /// Kind of destination (`agent`, `queue`, `dialNumber`, `entryPoint`; the example puts an
    /// id here, L6545).
    pub destination_type: DestinationType,
    /// Whether the other participants are held during the consult. Expected: optional in the
    /// type block (`holdParticipants?: boolean`, L6553), required in the table (L6562), sent in
    /// the example (L6546).
    #[wire(expected)]
    pub hold_participants: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{interactionId, data: {to, destinationType, holdParticipants}}`: the payload of `consultV2`.
///
/// ```
/// use ccwire_webex::agent_contact::ConsultRequestV2;
/// let r: ConsultRequestV2 = serde_json::from_str(
///     r#"{"interactionId":"i","data":{"to":"q","destinationType":"queue","holdParticipants":true}}"#).unwrap();
/// assert_eq!(r.data.hold_participants, Some(true));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultRequestV2 {
    /// The task (required, webex-desktop-js-sdk.txt L6558).
    pub interaction_id: InteractionId,
    /// The destination (required, webex-desktop-js-sdk.txt L6559).
    pub data: ConsultDestinationV2,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{interactionId, data: {to, destinationType}}`: the payload of `consultV2`,
/// `consultConferenceV2`, `consultTransferV2`, `blindTransferV2` and `vteamTransferV2`.
///
/// ```
/// use ccwire_webex::agent_contact::DestinationRequestV2;
/// use ccwire_webex::DestinationType;
/// let r: DestinationRequestV2 = serde_json::from_str(
///     r#"{"interactionId":"i","data":{"to":"+1555","destinationType":"dialNumber"}}"#).unwrap();
/// assert_eq!(r.data.destination_type, DestinationType::DialNumber);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DestinationRequestV2 {
    /// The task (required, webex-desktop-js-sdk.txt L6968, L7530, L7765, L7962).
    pub interaction_id: InteractionId,
    /// The destination (required, webex-desktop-js-sdk.txt L6969, L7531, L7766, L7963).
    pub data: DestinationV2,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The argument of `sendDtmf(dtmfData)`: one or more DTMF tones, each `0`-`9`, `*` or `#`
/// (webex-desktop-js-sdk.txt L1715-1730: "Valid characters: 0-9, *, #. Can be a single character
/// or a sequence", required, no limit stated). The examples send `"5"`, `"1234"`, `"*"`, `"#"`
/// and `"2*9876#"` (L1719-1726).
///
/// ```
/// use ccwire_webex::agent_contact::SendDtmfRequest;
/// let r: SendDtmfRequest = serde_json::from_str(r#""2*9876#""#).unwrap();
/// assert_eq!(r.as_str(), "2*9876#");
/// assert!(SendDtmfRequest::new("").is_none());
/// assert!(serde_json::from_str::<SendDtmfRequest>(r#""12a""#).is_err());
/// assert!(serde_json::from_str::<SendDtmfRequest>("5").is_err());
/// ```
pub type SendDtmfRequest = ccwire_wire::Dtmf;

/// Every `Desktop.agentContact` method that takes a payload, with the name of its payload type.
///
/// ```
/// use ccwire_webex::agent_contact::Method;
/// use strum::IntoEnumIterator;
/// assert_eq!(Method::ConsultV2.payload_type(), "ConsultRequestV2");
/// assert_eq!(Method::ConsultV2.name(), "consultV2");
/// assert_eq!(Method::iter().count(), 33);
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
    /// `accept`.
    Accept,
    /// `consultAccept`.
    ConsultAccept,
    /// `buddyAgents`.
    BuddyAgents,
    /// `end`.
    End,
    /// `consult`.
    Consult,
    /// `consultConference`.
    ConsultConference,
    /// `consultEnd`.
    ConsultEnd,
    /// `decline`.
    Decline,
    /// `cancelCtq`.
    CancelCtq,
    /// `wrapup`.
    Wrapup,
    /// `vteamList`.
    VteamList,
    /// `vteamTransfer`.
    VteamTransfer,
    /// `blindTransfer`.
    BlindTransfer,
    /// `consultTransfer`.
    ConsultTransfer,
    /// `hold`.
    Hold,
    /// `unHold`.
    #[strum(serialize = "unHold")]
    UnHold,
    /// `pauseRecording`.
    PauseRecording,
    /// `resumeRecording`.
    ResumeRecording,
    /// `acceptV2`.
    #[strum(serialize = "acceptV2")]
    AcceptV2,
    /// `endV2`.
    #[strum(serialize = "endV2")]
    EndV2,
    /// `cancelTaskV2`.
    #[strum(serialize = "cancelTaskV2")]
    CancelTaskV2,
    /// `pauseRecordingV2`.
    #[strum(serialize = "pauseRecordingV2")]
    PauseRecordingV2,
    /// `resumeRecordingV2`.
    #[strum(serialize = "resumeRecordingV2")]
    ResumeRecordingV2,
    /// `wrapupV2`.
    #[strum(serialize = "wrapupV2")]
    WrapupV2,
    /// `consultV2`.
    #[strum(serialize = "consultV2")]
    ConsultV2,
    /// `consultEndV2`.
    #[strum(serialize = "consultEndV2")]
    ConsultEndV2,
    /// `consultConferenceV2`.
    #[strum(serialize = "consultConferenceV2")]
    ConsultConferenceV2,
    /// `exitConference`.
    ExitConference,
    /// `consultTransferV2`.
    #[strum(serialize = "consultTransferV2")]
    ConsultTransferV2,
    /// `blindTransferV2`.
    #[strum(serialize = "blindTransferV2")]
    BlindTransferV2,
    /// `vteamTransferV2`.
    #[strum(serialize = "vteamTransferV2")]
    VteamTransferV2,
    /// `buddyAgentsV2`.
    #[strum(serialize = "buddyAgentsV2")]
    BuddyAgentsV2,
    /// `sendDtmf` (documented under the Actions module, called on `Desktop.agentContact`:
    /// webex-desktop-js-sdk.txt L1715-1730).
    #[strum(serialize = "sendDtmf")]
    SendDtmf,
}

impl Method {
    /// The method name as called on `Desktop.agentContact`.
    #[must_use]
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The name of the payload type this method takes.
    #[must_use]
    pub fn payload_type(self) -> &'static str {
        match self {
            Self::Accept
            | Self::ConsultAccept
            | Self::End
            | Self::PauseRecording
            | Self::AcceptV2
            | Self::CancelTaskV2
            | Self::PauseRecordingV2
            | Self::ExitConference => "InteractionRequest",
            Self::EndV2 => "EndV2Request",
            Self::BuddyAgents | Self::BuddyAgentsV2 => "BuddyAgentsRequest",
            Self::Consult => "ConsultRequest",
            Self::ConsultConference | Self::BlindTransfer | Self::ConsultTransfer => {
                "DestinationRequest"
            }
            Self::ConsultEnd => "ConsultEndRequest",
            Self::ConsultEndV2 => "ConsultEndV2Request",
            Self::Decline => "DeclineRequest",
            Self::CancelCtq => "CancelCtqRequest",
            Self::Wrapup | Self::WrapupV2 => "WrapupRequest",
            Self::VteamList => "VteamListRequest",
            Self::VteamTransfer => "VteamTransferRequest",
            Self::Hold | Self::UnHold => "HoldRequest",
            Self::ResumeRecording | Self::ResumeRecordingV2 => "ResumeRecordingRequest",
            Self::ConsultV2 => "ConsultRequestV2",
            Self::SendDtmf => "SendDtmfRequest",
            Self::ConsultConferenceV2
            | Self::ConsultTransferV2
            | Self::BlindTransferV2
            | Self::VteamTransferV2 => "DestinationRequestV2",
        }
    }
}
