//! Interaction participants (`interaction.participants`, keyed by participant id).

use crate::{
    AgentId, AgentSessionId, ConsultState, ParticipantType, QueueId, QueueManager, SiteId,
    SkillType, TeamId,
};
use ccwire_wire::{EpochMillis, Extra, Nullable, Wire, tagged_union};

tagged_union! {
    /// A participant, by its `pType`.
    ///
    /// ```
    /// use ccwire_webex::Participant;
    /// let p: Participant = serde_json::from_str(
    ///     r#"{"id":"+19997770096","pType":"Customer","type":"Customer","hasJoined":true}"#).unwrap();
    /// assert!(matches!(p, Participant::Customer(_)));
    /// let bot: Participant = serde_json::from_str(r#"{"id":"b","pType":"Bot","type":"Bot"}"#).unwrap();
    /// assert_eq!(bot.kind(), Some("Bot"));
    /// assert!(!bot.is_known());
    /// // A known pType with a malformed body is an error, not an unknown participant.
    /// assert!(serde_json::from_str::<Participant>(r#"{"pType":"Customer","type":"Customer"}"#).is_err());
    /// ```
    pub enum Participant (tag = "pType", unknown = Unknown) {
        /// A contact-center agent.
        Agent(AgentParticipant) = "Agent",
        /// The customer.
        Customer(CustomerParticipant) = "Customer",
        /// A dial number (external party) added by a transfer or consult.
        Dn(DnParticipant) = "DN",
    }
}

/// Members every participant kind carries.
///
/// ```
/// use ccwire_webex::ParticipantBase;
/// let base: ParticipantBase = serde_json::from_str(r#"{"id":"x","type":"Customer","callerId":null}"#).unwrap();
/// assert!(base.caller_id.is_null());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ParticipantBase {
    /// Participant id: an agent id, a phone number, an e-mail address, a masked number, or `""`
    /// (samples: webex-desktop-js-sdk.txt L1346, L1362, L4607).
    pub id: String,
    /// Participant kind as sent in `type` (equal to `pType` in every sample; samples:
    /// webex-desktop-js-sdk.txt L1348, L1367, L4610).
    #[wire(rename = "type")]
    pub participant_type: ParticipantType,
    /// Caller id (always `null` in the samples).
    pub caller_id: Nullable<String>,
    /// Whether the participant has joined.
    pub has_joined: Option<bool>,
    /// Whether the participant has left.
    pub has_left: Option<bool>,
    /// Whether the participant is in pre-dial (outbound campaigns).
    pub is_in_predial: Option<bool>,
}

/// The customer participant (`pType: "Customer"`).
///
/// ```
/// use ccwire_webex::CustomerParticipant;
/// let c: CustomerParticipant = serde_json::from_str(
///     r#"{"id":"janedoe@gmail.com","pType":"Customer","type":"Customer"}"#).unwrap();
/// assert_eq!(c.base.id, "janedoe@gmail.com");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Customer", tag_key = "pType")]
pub struct CustomerParticipant {
    /// Common participant members.
    #[wire(flatten)]
    pub base: ParticipantBase,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A dial-number participant (`pType: "DN"`), e.g. the target of a blind transfer to a DN.
///
/// ```
/// use ccwire_webex::DnParticipant;
/// let d: DnParticipant = serde_json::from_str(
///     r#"{"id":"5xxxxxxxx8","pType":"DN","type":"DN","hasLeft":false,"isInPredial":false,"callerId":null}"#).unwrap();
/// assert_eq!(d.base.has_left, Some(false));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "DN", tag_key = "pType")]
pub struct DnParticipant {
    /// Common participant members.
    #[wire(flatten)]
    pub base: ParticipantBase,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An agent participant (`pType: "Agent"`).
///
/// ```
/// use ccwire_webex::AgentParticipant;
/// let a: AgentParticipant = serde_json::from_str(r#"{
///   "id":"a1","pType":"Agent","type":"Agent","name":"Bob","channelId":"c","dn":"*****",
///   "sessionId":"s","siteId":"472","teamId":"960","teamName":"T","queueId":"3268","queueMgrId":"aqm",
///   "hasJoined":true,"isConsulted":false,"isWrapUp":false,"lastUpdated":1624379263354,
///   "joinTimestamp":null}"#).unwrap();
/// assert!(a.join_timestamp.is_null());
/// assert_eq!(a.dn.as_deref(), Some("*****"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "Agent", tag_key = "pType")]
pub struct AgentParticipant {
    /// Common participant members.
    #[wire(flatten)]
    pub base: ParticipantBase,
    /// Agent display name (may be `""`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `name` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Channel id of the agent's session.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `channelId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub channel_id: Option<String>,
    /// The agent's dial number (`webrtc-<agent id>` for browser agents; may be masked).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `dn` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub dn: Option<String>,
    /// Agent login session.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `sessionId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub session_id: Option<AgentSessionId>,
    /// Agent's site.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `siteId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub site_id: Option<SiteId>,
    /// Agent's team.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `teamId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub team_id: Option<TeamId>,
    /// Agent's team name.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `teamName` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub team_name: Option<String>,
    /// Queue the contact came from.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `queueId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub queue_id: Option<QueueId>,
    /// Queue manager.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `queueMgrId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub queue_mgr_id: Option<QueueManager>,
    /// Whether the agent was consulted.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `isConsulted` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub is_consulted: Option<bool>,
    /// Whether the agent is in wrap-up.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `isWrapUp` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub is_wrap_up: Option<bool>,
    /// Last update of this participant.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `lastUpdated` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub last_updated: Option<EpochMillis>,
    /// When the agent joined (`null` until joined).
    pub join_timestamp: Nullable<EpochMillis>,
    /// Consult state.
    pub consult_state: Nullable<ConsultState>,
    /// When the consult started.
    pub consult_timestamp: Nullable<EpochMillis>,
    /// When wrap-up started.
    pub wrap_up_timestamp: Nullable<EpochMillis>,
    /// Skill the contact was routed on.
    pub skill_id: Nullable<String>,
    /// Name of that skill.
    pub skill_name: Nullable<String>,
    /// The agent's skills.
    pub skills: Option<Vec<Skill>>,
    /// Whether auto-answer is on.
    pub auto_answer_enabled: Option<bool>,
    /// Whether the contact was offered to the agent.
    pub is_offered: Option<bool>,
    /// Whether wrap-up is done.
    pub is_wrapped_up: Option<bool>,
    /// Barge-in / recording details; always `null` in the documents, so its shape is unknown.
    pub bnr_details: Nullable<ccwire_wire::RawJson>,
    /// Device call id.
    pub device_call_id: Nullable<String>,
    /// Device id.
    pub device_id: Nullable<String>,
    /// Device type (`AGENT_DN`, `EXTENSION`, `BROWSER`).
    pub device_type: Nullable<String>,
    /// Current agent state on this contact.
    pub current_state: Nullable<String>,
    /// When the current state was entered.
    pub current_state_timestamp: Nullable<EpochMillis>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A skill of an agent participant.
///
/// ```
/// use ccwire_webex::{Skill, SkillType};
/// let s: Skill = serde_json::from_str(r#"{"agentId":"o","skillId":"s","skillName":"Demo",
///   "skillType":"proficiency","skillValue":"5"}"#).unwrap();
/// assert_eq!(s.skill_type, Some(SkillType::Proficiency));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Skill {
    /// Owner id as sent (equal to the org id in the samples).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `agentId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// Skill id (samples: webex-desktop-agentcontact-samples.txt L263, L269).
    pub skill_id: String,
    /// Skill name.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `skillName` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub skill_name: Option<String>,
    /// Skill type.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `skillType` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub skill_type: Option<SkillType>,
    /// Skill value as text (a proficiency such as `"5"`, or text/enum/boolean values).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `skillValue` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub skill_value: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
