//! Contact routing events: the `data` of `RoutingMessage` envelopes (`data.eventType =
//! "RoutingMessage"`), one type per `data.type`.
//!
//! Every kind is a small struct composed from shared parts: the [`RoutingHeader`] every event
//! carries, the [`ContactRef`] (interaction id and interaction) of contact events or the
//! [`FailureDetails`] of failures, and a part with the kind's own members ([`ContactOffer`],
//! [`ConsultLeg`], [`HoldDetails`], …). Kinds that carry the same members share the part.
//!
//! Which SDK event each kind answers: `eAgentOfferContact` → [`AgentOfferContact`],
//! `eAgentContactAssigned` → [`AgentContactAssigned`], `eAgentContactHeld` /
//! `eAgentContactUnHeld` → [`AgentContactHeld`] / [`AgentContactUnheld`], `eCallRecordingStarted`
//! → [`ContactRecordingStarted`], `eOutdialFailed` → [`AgentOutboundFailed`], and so on: the
//! kind name is the wire `data.type`.

use crate::{
    AgentId, AgentSessionId, ContactAssignmentType, DestinationType, EventType, Interaction,
    InteractionId, MediaResourceId, MediaType, OrgId, QueueId, QueueManager, TrackingId,
};
use ccwire_wire::{EpochMillis, Extra, Lenient, Nullable, Wire, tagged_union};

/// Members every routing event carries.
///
/// ```
/// use ccwire_webex::routing::RoutingHeader;
/// let h: RoutingHeader = serde_json::from_str(r#"{"eventType":"RoutingMessage","orgId":"o"}"#).unwrap();
/// assert!(h.tracking_id.is_none());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct RoutingHeader {
    /// Always `RoutingMessage` for these events (`eventType: string;` in the SDK's generic
    /// routing `data` shape, webex-desktop-js-sdk.txt L2178).
    pub event_type: EventType,
    /// The organization (`orgId: string;` in the SDK's generic routing `data` shape,
    /// webex-desktop-js-sdk.txt L2195).
    pub org_id: OrgId,
    /// Correlation id (a UUID; the envelope's is `notifs_<uuid>`).
    pub tracking_id: Option<TrackingId>,
    /// Queue manager (`aqm`).
    ///
    /// Optional: the SDK's generic routing `data` shape declares it non-optional
    /// (webex-desktop-js-sdk.txt L2176-2204), but some samples of the kinds carrying it omit it
    /// (counts in `reference/members.tsv`), and the samples win.
    pub queue_mgr: Option<QueueManager>,
    /// When the event happened.
    pub event_time: Option<EpochMillis>,
}

/// The interaction a contact event is about.
///
/// `interactionId` may differ from `interaction.interactionId` in the vendor's samples; both
/// are kept as sent.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ContactRef {
    /// The interaction id (`interactionId: string;` in the SDK's generic routing `data` shape,
    /// webex-desktop-js-sdk.txt L2194).
    pub interaction_id: InteractionId,
    /// The interaction.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `interaction` non-optional
    /// (webex-desktop-js-sdk.txt L2183), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub interaction: Option<Interaction>,
}

/// Members of a contact offer (`AgentOfferContact`, `AgentOfferContactRona`, campaign offers).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ContactOffer {
    /// The agent offered the contact.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The offered media leg.
    pub media_resource_id: Option<MediaResourceId>,
    /// Seconds the agent has to answer: a number here (`ronaTimeout ? : number`,
    /// webex-desktop-js-sdk.txt L2199); text inside `callProcessingDetails`.
    pub rona_timeout: Option<Lenient<i64>>,
    /// The agent's e-mail address (may be an obfuscated placeholder).
    pub agent_email_id: Option<String>,
    /// How the contact was assigned.
    pub contact_assignment_type: Option<ContactAssignmentType>,
}

/// Members of a consult offer (`AgentOfferConsult`).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultOffer {
    /// The agent offered the consult.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The consult media leg.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `consultMediaResourceId`
    /// non-optional (webex-desktop-js-sdk.txt L2182), which is no promise that it is sent, and the
    /// samples of the kinds carrying this type send it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub consult_media_resource_id: Option<MediaResourceId>,
    /// The agent asking for the consult.
    pub consulting_agent_id: Option<AgentId>,
    /// Seconds the agent has to answer.
    pub rona_timeout: Option<Lenient<i64>>,
}

/// Members of an assigned contact (`AgentContact`, `AgentContactAssigned`, reservations).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AssignedContact {
    /// The assigned agent.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The assigned media leg.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `mediaResourceId` non-optional
    /// (webex-desktop-js-sdk.txt L2177), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub media_resource_id: Option<MediaResourceId>,
    /// The agent's e-mail address.
    pub agent_email_id: Option<String>,
    /// Whether the agent was consulted.
    pub is_consulted: Option<bool>,
    /// Whether the agent is conferencing.
    ///
    /// Optional: the SDK's generic routing `data` shape declares it non-optional
    /// (webex-desktop-js-sdk.txt L2176-2204), but some samples of the kinds carrying it omit it
    /// (counts in `reference/members.tsv`), and the samples win.
    pub is_conferencing: Option<bool>,
    /// Consult media leg (`null` or `""` without a consult).
    pub consult_media_resource_id: Nullable<MediaResourceId>,
    /// Destination agent of a conference request.
    ///
    /// Optional: the SDK's generic routing `data` shape declares it non-optional
    /// (webex-desktop-js-sdk.txt L2176-2204), but some samples of the kinds carrying it omit it
    /// (counts in `reference/members.tsv`), and the samples win.
    pub dest_agent_id: Option<AgentId>,
    /// Owning agent (may be `""`).
    ///
    /// Optional: the SDK's generic routing `data` shape declares it non-optional
    /// (webex-desktop-js-sdk.txt L2176-2204), but some samples of the kinds carrying it omit it
    /// (counts in `reference/members.tsv`), and the samples win.
    pub owner: Option<String>,
    /// Campaign reservation key.
    pub campaign_reservation_key: Nullable<String>,
    /// Interaction id of the campaign reservation.
    pub reservation_interaction_id: Nullable<InteractionId>,
}

/// Members of a consult, conference or consult-transfer event.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConsultLeg {
    /// The agent the event is for.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The consult media leg.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `consultMediaResourceId`
    /// non-optional (webex-desktop-js-sdk.txt L2182), which is no promise that it is sent, and the
    /// samples of the kinds carrying this type send it (counts in `reference/members.tsv`): its
    /// absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub consult_media_resource_id: Option<MediaResourceId>,
    /// The consulted party (agent id, DN or queue).
    pub dest_agent_id: Option<String>,
    /// Kind of the consulted party.
    pub destination_type: Option<DestinationType>,
    /// The main media leg.
    pub media_resource_id: Option<MediaResourceId>,
    /// The media leg handed over by a consult transfer.
    pub transferred_media_resource_id: Option<MediaResourceId>,
    /// Whether the conference was ended by force.
    pub force: Option<bool>,
}

/// Members of a blind, queue or conference transfer.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct TransferDetails {
    /// The transferring agent.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The destination (agent id, or a possibly masked DN).
    pub dest_agent_id: Option<String>,
    /// Kind of destination.
    pub destination_type: Option<DestinationType>,
    /// The transferred media leg.
    pub media_resource_id: Option<MediaResourceId>,
}

/// Members of a hold or resume.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct HoldDetails {
    /// The agent holding the contact.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The held media leg.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `mediaResourceId` non-optional
    /// (webex-desktop-js-sdk.txt L2177), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub media_resource_id: Option<MediaResourceId>,
    /// Destination agent (`null` for a plain hold).
    pub dest_agent_id: Nullable<AgentId>,
}

/// Members of a cancelled consult-to-queue.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CtqCancel {
    /// The agent who cancelled.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The queue of the cancelled consult.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `queueId` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub queue_id: Option<QueueId>,
}

/// Members of an ended or merged contact.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ContactEnd {
    /// Agents that still have to wrap up.
    pub agents_pending_wrap_up: Option<Vec<AgentId>>,
    /// The ended media leg.
    pub media_resource_id: Option<MediaResourceId>,
    /// The agent the event is for.
    pub agent_id: Option<AgentId>,
}

/// Members of a wrap-up.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WrapUpDetails {
    /// The agent wrapping up.
    ///
    /// *Expected*: the SDK's generic routing `data` shape declares `agentId` non-optional
    /// (webex-desktop-js-sdk.txt L2179), which is no promise that it is sent, and the samples of
    /// the kinds carrying this type send it (counts in `reference/members.tsv`): its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The wrap-up code chosen (`"0"` for none).
    pub wrap_up_aux_code_id: Option<String>,
}

/// Members of a recording event.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct RecordingDetails {
    /// The agent the event is for.
    pub agent_id: Option<AgentId>,
    /// Whether the recording resumed by itself after the pause duration.
    pub auto_resumed: Option<bool>,
}

/// Members of an ANI update.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AniUpdate {
    /// The new customer number.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `ani` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub ani: Option<String>,
}

/// Members of a contact update (CAD variables changed, owner changed, campaign update).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ContactUpdate {
    /// The agent the event is for (`null` when sent by the system).
    pub agent_id: Nullable<AgentId>,
    /// Who made the update.
    pub updated_by: Option<String>,
}

/// Members of a conference participant change.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ParticipantChange {
    /// The agent the event is for.
    pub agent_id: Option<AgentId>,
    /// The kind of participant that joined or left.
    pub participant_type: Option<String>,
}

/// Members of a failure event (`…Failed`, `AgentOutboundFailed`, …).
///
/// Failures may come without an interaction; the vendor's failure payload is
/// `{agentId, trackingId, reasonCode, orgId, reason, type}` plus whatever context applies.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct FailureDetails {
    /// Why it failed (`USER_DECLINED`, `CUSTOMER_UNAVAILABLE`, …).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `reason` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub reason: Option<String>,
    /// Numeric failure code (an integer on the wire; documented as text, so text is accepted).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `reasonCode` (counts in
    /// `reference/members.tsv`), and no reference describes it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub reason_code: Option<Lenient<i64>>,
    /// The agent the failure is for.
    pub agent_id: Option<AgentId>,
    /// The agent's session.
    pub agent_session_id: Option<AgentSessionId>,
    /// The interaction, when the failure is about one.
    ///
    /// *Expected*: the generic routing shape declares it and both failure samples carry it, and no
    /// reference promises it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub interaction_id: Option<InteractionId>,
    /// The interaction, when sent.
    pub interaction: Option<Interaction>,
    /// The media leg concerned.
    pub media_resource_id: Option<MediaResourceId>,
    /// The destination of a failed consult or transfer.
    pub dest_agent_id: Option<String>,
    /// Kind of that destination.
    pub destination_type: Option<DestinationType>,
    /// Media type of a failed outdial.
    pub media_type: Option<MediaType>,
    /// Queue of a failed outdial or consult to queue.
    pub queue_id: Option<QueueId>,
}

/// Optional members the SDK's published typings declare for every contact event
/// (`@wxcc-desktop/sdk-types` 1.0.32, `agentx-services/src/services/aqm/aqm-service-contact-types.d.ts`,
/// `Service.Aqm.Contact.AgentContact`, each declared `name?: type`) that no seed sample carries.
/// Typed, so that strict mode reports only members no reference declares.
///
/// ```
/// use ccwire_webex::routing::{RoutingEvent, DeclaredMembers};
/// let e: RoutingEvent = serde_json::from_str(r#"{"type":"AgentContactHeld","eventType":"RoutingMessage",
///   "orgId":"o","interactionId":"i","terminatingParty":"customer","callLegType":{"type":"main"}}"#).unwrap();
/// let RoutingEvent::AgentContactHeld(held) = e else { panic!() };
/// assert_eq!(held.declared.terminating_party.as_deref(), Some("customer"));
/// assert!(held.extra.is_empty());
/// ```
#[derive(Wire, Debug, Clone, PartialEq, Default)]
pub struct DeclaredMembers {
    /// A participant (`participantId?: string`).
    pub participant_id: Option<String>,
    /// The previous owner of an ownership change (`fromOwner?: string`).
    pub from_owner: Option<String>,
    /// The new owner of an ownership change (`toOwner?: string`).
    pub to_owner: Option<String>,
    /// A child interaction (`childInteractionId?: string`).
    pub child_interaction_id: Option<InteractionId>,
    /// The outbound campaign (`campaignId?: string`).
    pub campaign_id: Option<String>,
    /// The queue's name (`queueName?: string`).
    pub queue_name: Option<String>,
    /// A task (`taskId?: string`).
    pub task_id: Option<InteractionId>,
    /// That task (`task?: Interaction`).
    pub task: Option<Box<Interaction>>,
    /// A monitoring supervisor (`supervisorId?: string`).
    pub supervisor_id: Option<AgentId>,
    /// The kind of monitoring (`monitorType?: string`).
    pub monitor_type: Option<String>,
    /// The supervisor's dial number (`supervisorDN?: string`).
    #[wire(rename = "supervisorDN")]
    pub supervisor_dn: Option<String>,
    /// A request id (`id?: string`).
    pub id: Option<String>,
    /// Whether the web call is muted (`isWebCallMute?: boolean`).
    pub is_web_call_mute: Option<bool>,
    /// The agent channel a reservation holds (`reservedAgentChannelId?: string`).
    pub reserved_agent_channel_id: Option<String>,
    /// How the supervisor takes part (`monitoringState?: {type: string}`).
    pub monitoring_state: Option<crate::monitoring::MonitoringState>,
    /// The supervisor's name (`supervisorName?: string`).
    pub supervisor_name: Option<String>,
    /// The kind of call leg (`callLegType?: {type: string}`).
    pub call_leg_type: Option<CallLegType>,
    /// Which party ended the call (`terminatingParty?: string`).
    pub terminating_party: Option<String>,
    /// Who dropped a conference participant (`droppedById?: string`).
    pub dropped_by_id: Option<String>,
    /// Their name (`droppedByName?: string`).
    pub dropped_by_name: Option<String>,
    /// Their role (`droppedByRole?: string`).
    pub dropped_by_role: Option<String>,
}

/// `callLegType`: `{type: string}` (SDK typings, `Service.Aqm.Contact.AgentContact`).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CallLegType {
    /// The kind of leg (no seed line; @wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service-contact-types.d.ts,
    /// `Service.Aqm.Contact.AgentContact.callLegType`: `{type: string}`).
    #[wire(rename = "type")]
    pub leg_type: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent a kind's own members name (most kinds' parts carry `agentId`).
trait PartAgent {
    fn agent_id(&self) -> Option<&AgentId>;
}

macro_rules! part_agent {
    ($($part:ty),* $(,)?) => {
        $(
            impl PartAgent for $part {
                fn agent_id(&self) -> Option<&AgentId> {
                    self.agent_id.as_ref()
                }
            }
        )*
    };
}

part_agent!(
    ContactOffer,
    ConsultOffer,
    AssignedContact,
    ConsultLeg,
    TransferDetails,
    HoldDetails,
    CtqCancel,
    ContactEnd,
    WrapUpDetails,
    RecordingDetails,
    ParticipantChange,
);

impl PartAgent for ContactUpdate {
    fn agent_id(&self) -> Option<&AgentId> {
        self.agent_id.value()
    }
}

impl PartAgent for AniUpdate {
    fn agent_id(&self) -> Option<&AgentId> {
        None
    }
}

/// Each routing kind's `KIND` as an associated constant of its own (the same as its
/// [`EventKind`](ccwire_wire::kind::EventKind) name), so `AgentOfferContact::KIND` needs no import.
macro_rules! routing_kind_items {
    ($($name:ident)*) => {
        $(
            impl $name {
                /// The kind's full name.
                pub const KIND: &'static str = <Self as ccwire_wire::kind::EventKind>::KIND;
            }
        )*
    };
}

/// Declares the routing kinds, their event enum and its accessors.
macro_rules! routing_events {
    (
        contact {
            $( $(#[$cm:meta])* $cname:ident = $ctag:tt => $cpart:ident; )*
        }
        failure {
            $( $(#[$fm:meta])* $fname:ident = $ftag:tt; )*
        }
    ) => {
        $(
            $(#[$cm])*
            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(tag = $ctag)]
            pub struct $cname {
                /// Members every routing event carries.
                #[wire(flatten)]
                pub header: RoutingHeader,
                /// The interaction the event is about.
                #[wire(flatten)]
                pub contact: ContactRef,
                /// Members specific to this kind.
                #[wire(flatten)]
                pub details: $cpart,
                /// Optional members the SDK's typings declare for every contact event.
                #[wire(flatten)]
                pub declared: DeclaredMembers,
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
                /// Members every routing event carries.
                #[wire(flatten)]
                pub header: RoutingHeader,
                /// Why it failed, and its context.
                #[wire(flatten)]
                pub failure: FailureDetails,
                /// Optional members the SDK's typings declare for every contact event.
                #[wire(flatten)]
                pub declared: DeclaredMembers,
                /// Members not modelled.
                #[wire(extra)]
                pub extra: Extra,
            }
        )*

        tagged_union! {
            /// A contact routing event (the `data` of a `RoutingMessage`), by `data.type`.
            ///
            /// A known `data.type` with a malformed body is an error; an unknown `data.type` is
            /// kept whole in [`RoutingEvent::Unknown`] and re-encodes unchanged.
            ///
            /// ```
            /// use ccwire_webex::routing::RoutingEvent;
            /// let e: RoutingEvent = serde_json::from_str(r#"{"type":"AgentFutureThing","x":1}"#).unwrap();
            /// assert_eq!(e.kind(), Some("AgentFutureThing"));
            /// assert!(!e.is_known());
            /// assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"type":"AgentFutureThing","x":1}"#);
            /// assert!(serde_json::from_str::<RoutingEvent>(r#"{"type":"AgentContactHeld"}"#).is_err());
            /// ```
            pub enum RoutingEvent (tag = "type", unknown = Unknown, kinds = "webex.routing") {
                $( $(#[$cm])* $cname($cname) = $ctag, )*
                $( $(#[$fm])* $fname($fname) = $ftag, )*
            }
        }

        impl RoutingEvent {
            /// The members every routing event carries (`None` for an unknown kind).
            #[must_use]
            pub fn header(&self) -> Option<&RoutingHeader> {
                match self {
                    $( Self::$cname(e) => Some(&e.header), )*
                    $( Self::$fname(e) => Some(&e.header), )*
                    Self::Unknown(_) => None,
                }
            }

            /// The interaction the event carries, if any.
            #[must_use]
            pub fn interaction(&self) -> Option<&Interaction> {
                match self {
                    $( Self::$cname(e) => e.contact.interaction.as_ref(), )*
                    $( Self::$fname(e) => e.failure.interaction.as_ref(), )*
                    Self::Unknown(_) => None,
                }
            }

            /// The interaction the event is about: `data.interactionId` (a failure's, when it
            /// names one). `None` for an unknown kind.
            #[must_use]
            pub fn interaction_id(&self) -> Option<&InteractionId> {
                match self {
                    $( Self::$cname(e) => Some(&e.contact.interaction_id), )*
                    $( Self::$fname(e) => e.failure.interaction_id.as_ref(), )*
                    Self::Unknown(_) => None,
                }
            }

            /// The agent the event names (`data.agentId`), when its kind carries one and it
            /// was sent.
            #[must_use]
            pub fn agent_id(&self) -> Option<&AgentId> {
                match self {
                    $( Self::$cname(e) => e.details.agent_id(), )*
                    $( Self::$fname(e) => e.failure.agent_id.as_ref(), )*
                    Self::Unknown(_) => None,
                }
            }

            /// The failure details, for a failure kind.
            #[must_use]
            pub fn failure(&self) -> Option<&FailureDetails> {
                match self {
                    $( Self::$fname(e) => Some(&e.failure), )*
                    _ => None,
                }
            }
        }

        routing_kind_items!($($cname)* $($fname)*);

    };
}

routing_events! {
    contact {
        /// A contact is offered to the agent (`eAgentOfferContact`; also the `startOutdial` answer).
        AgentOfferContact = "AgentOfferContact" => ContactOffer;
        /// The offer timed out: redirect on no answer (`eAgentOfferContactRona`).
        AgentOfferContactRona = "AgentOfferContactRona" => ContactOffer;
        /// A campaign contact is reserved for the agent (`eAgentOfferCampaignReserved`).
        AgentOfferCampaignReservation = "AgentOfferCampaignReservation" => ContactOffer;
        /// A consult is offered to the agent (`eAgentOfferConsult`).
        AgentOfferConsult = "AgentOfferConsult" => ConsultOffer;
        /// The agent's current contact (`eAgentContact`; also `getMediaTypeQueue` values).
        AgentContact = "AgentContact" => AssignedContact;
        /// A contact is reserved for the agent.
        AgentContactReserved = "AgentContactReserved" => AssignedContact;
        /// The agent accepted the contact (`eAgentContactAssigned`).
        AgentContactAssigned = "AgentContactAssigned" => AssignedContact;
        /// The contact was taken away from the agent.
        AgentContactUnassigned = "AgentContactUnassigned" => AssignedContact;
        /// The contact was put on hold (`eAgentContactHeld`).
        AgentContactHeld = "AgentContactHeld" => HoldDetails;
        /// The contact was resumed (`eAgentContactUnHeld`).
        AgentContactUnheld = "AgentContactUnheld" => HoldDetails;
        /// A consult was created (`eAgentConsultCreated`).
        AgentConsultCreated = "AgentConsultCreated" => ConsultLeg;
        /// The consulted agent accepted (`eAgentConsulting`).
        AgentConsulting = "AgentConsulting" => ConsultLeg;
        /// The consult ended (`eAgentConsultEnded`).
        AgentConsultEnded = "AgentConsultEnded" => ConsultLeg;
        /// A conference is being set up.
        AgentConsultConferencing = "AgentConsultConferencing" => ConsultLeg;
        /// The consult became a conference (`eAgentConsultConferenced`).
        AgentConsultConferenced = "AgentConsultConferenced" => ConsultLeg;
        /// The agent left the conference (`eAgentConsultConferenceEnded`).
        AgentConsultConferenceEnded = "AgentConsultConferenceEnded" => ConsultLeg;
        /// A consult transfer is in progress.
        AgentConsultTransferring = "AgentConsultTransferring" => ConsultLeg;
        /// The contact was transferred to the consulted party (`eConsultTransfer`).
        AgentConsultTransferred = "AgentConsultTransferred" => ConsultLeg;
        /// The consult to queue was cancelled (`eAgentCtqCancelled`).
        AgentCtqCancelled = "AgentCtqCancelled" => CtqCancel;
        /// The contact was blind-transferred (`eAgentblindTransferred`).
        AgentBlindTransferred = "AgentBlindTransferred" => TransferDetails;
        /// The contact was transferred to a queue or entry point (`eAgentvteamTransfer`).
        AgentVteamTransferred = "AgentVteamTransferred" => TransferDetails;
        /// The conference was handed over to the remaining parties.
        AgentConferenceTransferred = "AgentConferenceTransferred" => TransferDetails;
        /// A participant joined the conference.
        ParticipantJoinedConference = "ParticipantJoinedConference" => ParticipantChange;
        /// A participant left the conference.
        ParticipantLeftConference = "ParticipantLeftConference" => ParticipantChange;
        /// A participant is in post-call activity.
        ParticipantPostCallActivity = "ParticipantPostCallActivity" => ParticipantChange;
        /// A consulted participant is moving to the main call.
        ConsultedParticipantMoving = "ConsultedParticipantMoving" => ParticipantChange;
        /// Recording started (`eCallRecordingStarted`).
        ContactRecordingStarted = "ContactRecordingStarted" => RecordingDetails;
        /// Recording paused (`ePauseRecording`).
        ContactRecordingPaused = "ContactRecordingPaused" => RecordingDetails;
        /// Recording resumed (`eResumeRecording`).
        ContactRecordingResumed = "ContactRecordingResumed" => RecordingDetails;
        /// The contact ended (`eAgentContactEnded`, `end`/`endV2`/`cancelTaskV2` answers).
        ContactEnded = "ContactEnded" => ContactEnd;
        /// The contact was merged into another.
        ContactMerged = "ContactMerged" => ContactEnd;
        /// The agent entered wrap-up (`eAgentWrapup`).
        AgentWrapup = "AgentWrapup" => WrapUpDetails;
        /// The agent finished wrap-up (`eAgentContactWrappedUp`).
        AgentWrappedUp = "AgentWrappedUp" => WrapUpDetails;
        /// The customer number changed (`eAgentContactAniUpdated`).
        ContactAniUpdated = "ContactAniUpdated" => AniUpdate;
        /// CAD variables were updated (`updateCadVariables` answer).
        ContactUpdated = "ContactUpdated" => ContactUpdate;
        /// The contact's owner changed.
        ContactOwnerChanged = "ContactOwnerChanged" => ContactUpdate;
        /// A campaign contact was updated.
        CampaignContactUpdated = "CampaignContactUpdated" => ContactUpdate;
    }
    failure {
        /// Accepting (or declining a WebRTC call) failed (`eAgentContactAssignFailed`).
        AgentContactAssignFailed = "AgentContactAssignFailed";
        /// Inviting the agent failed.
        AgentInviteFailed = "AgentInviteFailed";
        /// Hold failed.
        AgentContactHoldFailed = "AgentContactHoldFailed";
        /// Resume failed.
        AgentContactUnHoldFailed = "AgentContactUnHoldFailed";
        /// The consult failed, or a consult was declined (`eAgentConsultFailed`).
        AgentConsultFailed = "AgentConsultFailed";
        /// Ending the consult failed (`eAgentConsultEndFailed`).
        AgentConsultEndFailed = "AgentConsultEndFailed";
        /// The consult to queue failed (`eAgentCtqFailed`).
        AgentCtqFailed = "AgentCtqFailed";
        /// Cancelling the consult to queue failed (`eAgentCtqCancelFailed`).
        AgentCtqCancelFailed = "AgentCtqCancelFailed";
        /// The conference failed.
        AgentConsultConferenceFailed = "AgentConsultConferenceFailed";
        /// Leaving the conference failed (`eAgentConsultConferenceEndFailed`).
        AgentConsultConferenceEndFailed = "AgentConsultConferenceEndFailed";
        /// Leaving the conference failed for a participant.
        ParticipantLeftConferenceFailed = "ParticipantLeftConferenceFailed";
        /// Dropping a conference participant failed.
        ParticipantDropConferenceFailed = "ParticipantDropConferenceFailed";
        /// Handing over the conference failed.
        AgentConferenceTransferFailed = "AgentConferenceTransferFailed";
        /// The blind transfer failed.
        AgentBlindTransferFailed = "AgentBlindTransferFailed";
        /// The blind transfer failed (the name the Desktop documents use).
        AgentBlindTransferFailedEvent = "AgentBlindTransferFailedEvent";
        /// The transfer to a queue or entry point failed.
        AgentVteamTransferFailed = "AgentVteamTransferFailed";
        /// The consult transfer failed.
        AgentConsultTransferFailed = "AgentConsultTransferFailed";
        /// Pausing the recording failed.
        ContactRecordingPauseFailed = "ContactRecordingPauseFailed";
        /// Resuming the recording failed.
        ContactRecordingResumeFailed = "ContactRecordingResumeFailed";
        /// Ending the contact failed.
        AgentContactEndFailed = "AgentContactEndFailed";
        /// Ending the contact failed (the name the Desktop documents use).
        ContactEndFailed = "ContactEndFailed";
        /// Wrap-up failed.
        AgentWrapupFailed = "AgentWrapupFailed";
        /// The outdial failed (`eOutdialFailed`).
        AgentOutboundFailed = "AgentOutboundFailed";
        /// Accepting a campaign preview failed.
        CampaignPreviewAcceptFailed = "CampaignPreviewAcceptFailed";
        /// Skipping a campaign preview failed.
        CampaignPreviewSkipFailed = "CampaignPreviewSkipFailed";
        /// Removing a campaign preview failed.
        CampaignPreviewRemoveFailed = "CampaignPreviewRemoveFailed";
    }
}
