//! Legacy `jsMethod` notifications: list answers whose `data` carries no `type` or
//! `eventType`, only `jsMethod` and a nested `data`. The envelope `type` names the kind
//! (`VteamList`, `mockOutdialAniList`, and the `VteamListFailed` failure answer).

use crate::{AgentSessionId, JsMethod, MediaType, QueueId, VteamType};
use ccwire_wire::{Extra, Nullable, Wire};

/// Members of every `jsMethod` notification's `data`.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct JsMethodHeader {
    /// The agent's session (`""` in the outdial ANI sample; samples: webex-desktop-js-sdk.txt
    /// L1980, L3866).
    pub agent_session_id: AgentSessionId,
    /// Call data (always `""` in the documents).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `callData` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub call_data: Option<String>,
    /// The legacy method answered (samples: webex-desktop-js-sdk.txt L2002, L3917).
    pub js_method: JsMethod,
}

/// A virtual team (queue or entry point) an agent can transfer or consult to.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Vteam {
    /// Analyzer (reporting) id.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `analyzerId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub analyzer_id: Option<String>,
    /// Call distribution groups (always `[]` in the documents; element shape unknown).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `callDistributionGroups`
    /// (counts in `reference/members.tsv`), and no reference promises it: its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub call_distribution_groups: Option<Vec<ccwire_wire::RawJson>>,
    /// Channel of the team.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `channelType` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub channel_type: Option<MediaType>,
    /// The team id (samples: webex-desktop-js-sdk.txt L3875, L3886).
    pub id: QueueId,
    /// Longest time a contact may wait, in seconds.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `maxTimeInQueue` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub max_time_in_queue: Option<i64>,
    /// Name.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `name` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Routing type (always `null` in the documents; type unknown).
    pub routing_type: Nullable<ccwire_wire::RawJson>,
    /// Skill-based routing type (always `null` in the documents; type unknown).
    pub skill_based_routing_type: Nullable<ccwire_wire::RawJson>,
    /// Queue or entry point.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `type` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(rename = "type")]
    #[wire(expected)]
    pub vteam_type: Option<VteamType>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The nested `data` of a `VteamList` notification.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamListBody {
    /// Whether consult to queue is allowed.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `allowConsultToQueue` (counts
    /// in `reference/members.tsv`), and no reference promises it: its absence is drift, an error
    /// only in strict mode.
    #[wire(expected)]
    pub allow_consult_to_queue: Option<bool>,
    /// The teams.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `vteamList` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub vteam_list: Option<Vec<Vteam>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `data` of a `VteamList` notification (`vteamList` answer).
///
/// ```
/// use ccwire_webex::WebexMessage;
/// let msg: WebexMessage = serde_json::from_str(r#"{"type":"VteamList","orgId":"o","trackingId":"notifs_1",
///   "data":{"agentSessionId":"s","callData":"","jsMethod":"vteamListChanged",
///           "data":{"allowConsultToQueue":true,"vteamList":[]}}}"#).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.jsMethod.VteamList");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamList {
    /// `agentSessionId`, `callData`, `jsMethod`.
    #[wire(flatten)]
    pub header: JsMethodHeader,
    /// The list (a sample: webex-desktop-js-sdk.txt L3868).
    ///
    /// *Expected*: the sample carries it and the SDK typings declare it, and no reference promises
    /// it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub data: Option<VteamListBody>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `data` of a `VteamListFailed` notification: the failure answer of `vteamList`.
///
/// The seed names this result only ("If the method is successful, the value is VteamList; else,
/// VteamListFailed", webex-desktop-js-sdk.txt L3862) and prints no member of it, so none is
/// modelled: every member is kept exactly, as an unknown member (drift in strict mode). The name
/// is the envelope `type`, as for `VteamList`, the success answer the same sentence names.
///
/// ```
/// use ccwire_webex::WebexMessage;
/// let msg: WebexMessage = serde_json::from_str(
///     r#"{"type":"VteamListFailed","orgId":"o","trackingId":"t","data":{"reason":"x"}}"#).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.jsMethod.VteamListFailed");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VteamListFailed {
    /// Members not modelled (the seed documents none).
    #[wire(extra)]
    pub extra: Extra,
}

/// An outdial ANI (caller id an agent may present).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct OutdialAni {
    /// The number (`+1-3364112001`): the `-->id` row of STORE.agent.outdialAniList
    /// (webex-desktop-js-sdk.txt L132; sample L1985).
    pub id: String,
    /// Label.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `name` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The nested `data` of a `mockOutdialAniList` notification.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct OutdialAniListBody {
    /// The ANIs.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `mockOutdialAniList` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub mock_outdial_ani_list: Option<Vec<OutdialAni>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `data` of a `mockOutdialAniList` notification (`agentStateInfo.mockOutdialAniList`
/// answer).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MockOutdialAniList {
    /// `agentSessionId`, `callData`, `jsMethod`.
    #[wire(flatten)]
    pub header: JsMethodHeader,
    /// The list (a sample: webex-desktop-js-sdk.txt L1982).
    ///
    /// *Expected*: the sample carries it, and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub data: Option<OutdialAniListBody>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A `jsMethod` notification, by envelope `type`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum JsMethodEvent {
    /// Envelope `VteamList`.
    VteamList(Box<VteamList>),
    /// Envelope `mockOutdialAniList`.
    MockOutdialAniList(Box<MockOutdialAniList>),
    /// Envelope `VteamListFailed`.
    VteamListFailed(Box<VteamListFailed>),
}

impl JsMethodEvent {
    /// The envelope types of the known kinds.
    pub const KNOWN: &'static [&'static str] =
        &["VteamList", "mockOutdialAniList", "VteamListFailed"];

    /// The kind: the envelope `type`.
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::VteamList(_) => "VteamList",
            Self::MockOutdialAniList(_) => "mockOutdialAniList",
            Self::VteamListFailed(_) => "VteamListFailed",
        }
    }
}

impl serde::Serialize for JsMethodEvent {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::VteamList(v) => v.serialize(serializer),
            Self::MockOutdialAniList(v) => v.serialize(serializer),
            Self::VteamListFailed(v) => v.serialize(serializer),
        }
    }
}

impl ccwire_wire::inspect::Inspect for JsMethodEvent {
    fn inspect(
        &self,
        pointer: &ccwire_wire::inspect::Pointer<'_>,
        out: &mut ccwire_wire::inspect::Findings,
    ) {
        match self {
            Self::VteamList(v) => v.inspect(pointer, out),
            Self::MockOutdialAniList(v) => v.inspect(pointer, out),
            Self::VteamListFailed(v) => v.inspect(pointer, out),
        }
    }
}
