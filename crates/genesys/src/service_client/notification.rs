//! Service Client notifications: `{"event": topic, "data": {"eventType": …, …}}`, with
//! `userAgent` and `protocolVersion` in some samples.
//!
//! Every documented `eventType` is a kind with its own type (`data` level), dispatched first on
//! the topic (`event`), then on `data.eventType`:
//!
//! * `agent`: `STATE_CHANGED` ([`AgentStateChanged`], two samples).
//! * `interaction`: the 35 event types of the reference table, the three the outbound-preview
//!   table adds (`PREVIEWING`, `MARKDONE_APPLIED`, `STATE_CHANGE`) and the three case events of
//!   `selectCaseByCaseId` (`CASE_COLLAPSED`, `CASE_EXPANDED`, `CASE_SELECTED`, which carry
//!   `selectedCaseId`). The document shows an interaction payload only for
//!   `ATTACHED_DATA_CHANGED` (`media` and the [`Interaction`]); the table documents the other
//!   values of the same `eventType` member, so they are read with the same body
//!   ([`InteractionUpdate`]).
//! * `system`: `CUSTOM_TOAST_BUTTON_CLICK` (`customToastId`, `buttonIndex`).
//!
//! The `markdone` topic is named but has no documented payload: its notifications, like unknown
//! topics and unknown event types, are kept whole.

use crate::{CaseId, Interaction, MediaName, MediaStateType, ToastId};
use ccwire_wire::{Extra, Wire, tagged_union};

/// Members of the notification envelope besides `event` and `data`, seen in the case-event
/// samples only.
#[derive(Wire, Debug, Clone, PartialEq, Default)]
pub struct NotificationHeader {
    /// The sender (`"WWE Server"`).
    pub user_agent: Option<String>,
    /// The protocol version (`2`).
    pub protocol_version: Option<i64>,
}

/// The body of an interaction notification: the media and the interaction.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct InteractionUpdate {
    /// The media name (`voice`).
    ///
    /// *Expected*: the one interaction payload the document prints (`ATTACHED_DATA_CHANGED`,
    /// genesys-service-client-api.txt L237-271) sends it, and the reference promises no member of
    /// the other event types: its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub media: Option<MediaName>,
    /// The interaction, as it is after the event.
    ///
    /// *Expected*: the one interaction payload the document prints (`ATTACHED_DATA_CHANGED`,
    /// genesys-service-client-api.txt L237-271) sends it, and the reference promises no member of
    /// the other event types: its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub interaction: Option<Interaction>,
}

/// `agent` / `STATE_CHANGED`: the agent's media state changed.
///
/// ```
/// use ccwire_genesys::service_client::AgentStateChanged;
/// use ccwire_genesys::MediaStateType;
/// let e: AgentStateChanged = serde_json::from_str(r#"{"eventType":"STATE_CHANGED",
///   "mediaState":"NOT_READY_ACTION_CODE","reason":"Break","reasonCode":"1511"}"#).unwrap();
/// assert_eq!(e.media_state, Some(MediaStateType::NotReadyActionCode));
/// assert_eq!(e.reason_code.as_deref(), Some("1511"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "STATE_CHANGED", tag_key = "eventType")]
pub struct AgentStateChanged {
    /// The new state.
    ///
    /// *Expected*: both samples send it (genesys-service-client-api.txt L201-231), and no reference
    /// promises it: its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub media_state: Option<MediaStateType>,
    /// The not-ready reason (with `NOT_READY_ACTION_CODE`).
    pub reason: Option<String>,
    /// The not-ready reason code, a numeric string (`"1511"`).
    pub reason_code: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `system` / `CUSTOM_TOAST_BUTTON_CLICK`: a button of a custom toast was clicked.
///
/// ```
/// use ccwire_genesys::service_client::CustomToastButtonClick;
/// let e: CustomToastButtonClick = serde_json::from_str(
///     r#"{"eventType":"CUSTOM_TOAST_BUTTON_CLICK","customToastId":"t1","buttonIndex":0}"#).unwrap();
/// assert_eq!(e.button_index, 0);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "CUSTOM_TOAST_BUTTON_CLICK", tag_key = "eventType")]
pub struct CustomToastButtonClick {
    /// The toast (as returned by `popupToast`; genesys-service-client-api.txt L279).
    pub custom_toast_id: ToastId,
    /// The index of the clicked button, from 0 (genesys-service-client-api.txt L282).
    pub button_index: u64,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares the interaction event kinds, the interaction event union and the kind table.
macro_rules! interaction_events {
    (
        update { $( $(#[$um:meta])* $uvar:ident($uname:ident) = $uwire:literal; )* }
        case { $( $(#[$cm:meta])* $cvar:ident($cname:ident) = $cwire:literal; )* }
    ) => {
        $(
            $(#[$um])*
            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(tag = $uwire, tag_key = "eventType")]
            pub struct $uname {
                /// The media and the interaction.
                #[wire(flatten)]
                pub update: InteractionUpdate,
                /// Members not modelled.
                #[wire(extra)]
                pub extra: Extra,
            }
        )*
        $(
            $(#[$cm])*
            #[derive(Wire, Debug, Clone, PartialEq)]
            #[wire(tag = $cwire, tag_key = "eventType")]
            pub struct $cname {
                /// The case (the samples of genesys-service-client-api.txt L587, L590).
                pub selected_case_id: CaseId,
                /// Members not modelled.
                #[wire(extra)]
                pub extra: Extra,
            }
        )*

        tagged_union! {
            /// The `data` of an `interaction` notification, by `eventType`.
            ///
            /// ```
            /// use ccwire_genesys::service_client::InteractionEvent;
            /// let e: InteractionEvent = serde_json::from_str(
            ///     r#"{"eventType":"CASE_SELECTED","selectedCaseId":"c1"}"#).unwrap();
            /// assert_eq!(e.type_name(), Some("InteractionCaseSelected"));
            /// // `media` and `interaction` are expected: without them the event still decodes
            /// // (and inspection reports the two missing members).
            /// let bare: InteractionEvent = serde_json::from_str(r#"{"eventType":"ADDED"}"#).unwrap();
            /// assert!(bare.update().is_some_and(|u| u.interaction.is_none()));
            /// assert!(serde_json::from_str::<InteractionEvent>(r#"{"eventType":"ADDED","media":5}"#).is_err());
            /// ```
            pub enum InteractionEvent (tag = "eventType", unknown = Unknown, kinds = "genesys.serviceClient") {
                $( $(#[$um])* $uvar($uname) = $uwire => $uname, )*
                $( $(#[$cm])* $cvar($cname) = $cwire => $cname, )*
            }
        }

        impl InteractionEvent {
            /// The kind's type name (`InteractionAttachedDataChanged`), for a known event.
            #[must_use]
            pub fn type_name(&self) -> Option<&'static str> {
                match self {
                    $( Self::$uvar(_) => Some(stringify!($uname)), )*
                    $( Self::$cvar(_) => Some(stringify!($cname)), )*
                    Self::Unknown(_) => None,
                }
            }

            /// The media and interaction the event carries, if any.
            #[must_use]
            pub fn update(&self) -> Option<&InteractionUpdate> {
                match self {
                    $( Self::$uvar(e) => Some(&e.update), )*
                    _ => None,
                }
            }

            /// The selected case, for a case event.
            #[must_use]
            pub fn selected_case_id(&self) -> Option<&CaseId> {
                match self {
                    $( Self::$cvar(e) => Some(&e.selected_case_id), )*
                    _ => None,
                }
            }
        }

        /// Every documented notification kind: `(topic, eventType, type name)`.
        ///
        /// ```
        /// use ccwire_genesys::service_client::NOTIFICATION_KINDS;
        /// assert_eq!(NOTIFICATION_KINDS.len(), 43);
        /// ```
        pub const NOTIFICATION_KINDS: &[(&str, &str, &str)] = &[
            ("agent", "STATE_CHANGED", "AgentStateChanged"),
            $( ("interaction", $uwire, stringify!($uname)), )*
            $( ("interaction", $cwire, stringify!($cname)), )*
            ("system", "CUSTOM_TOAST_BUTTON_CLICK", "CustomToastButtonClick"),
        ];
    };
}

interaction_events! {
    update {
        /// `UNKNOWN`: an unknown event occurs.
        UnknownEvent(InteractionUnknownEvent) = "UNKNOWN";
        /// `ADDED`: the interaction was added to the list of interactions.
        Added(InteractionAdded) = "ADDED";
        /// `REMOVED`: the interaction was removed from the list of interactions.
        Removed(InteractionRemoved) = "REMOVED";
        /// `ATTACHED_DATA_CHANGED`: the attached data changed.
        AttachedDataChanged(InteractionAttachedDataChanged) = "ATTACHED_DATA_CHANGED";
        /// `CASE_OR_BUNDLE_ID_CHANGED`: the case or bundle id of the interaction changed.
        CaseOrBundleIdChanged(InteractionCaseOrBundleIdChanged) = "CASE_OR_BUNDLE_ID_CHANGED";
        /// `NEW_MESSAGE`: a new message.
        NewMessage(InteractionNewMessage) = "NEW_MESSAGE";
        /// `ERROR`: an error occurred in the interaction.
        Error(InteractionError) = "ERROR";
        /// `CALL_RECORDING_STATE_CHANGED` (voice): the call recording state changed.
        CallRecordingStateChanged(InteractionCallRecordingStateChanged) = "CALL_RECORDING_STATE_CHANGED";
        /// `DIALING` (voice): the outbound call starts ringing.
        Dialing(InteractionDialing) = "DIALING";
        /// `ESTABLISHED` (voice): the call was established.
        Established(InteractionEstablished) = "ESTABLISHED";
        /// `HELD` (voice): the call was held.
        Held(InteractionHeld) = "HELD";
        /// `PARTY_CHANGED` (voice): the list of parties changed.
        PartyChanged(InteractionPartyChanged) = "PARTY_CHANGED";
        /// `RELEASED` (voice): the call was released.
        Released(InteractionReleased) = "RELEASED";
        /// `RINGING` (voice): the inbound call starts ringing.
        Ringing(InteractionRinging) = "RINGING";
        /// `ACCEPTED` (open media): the interaction was accepted.
        Accepted(InteractionAccepted) = "ACCEPTED";
        /// `COMPLETED` (open media): the interaction was completed (mark as done).
        Completed(InteractionCompleted) = "COMPLETED";
        /// `COMPOSING` (open media): the interaction is in composing mode.
        Composing(InteractionComposing) = "COMPOSING";
        /// `CREATED` (open media): the interaction was created.
        Created(InteractionCreated) = "CREATED";
        /// `INSERT_STANDARD_RESPONSE` (open media): a standard response was inserted.
        InsertStandardResponse(InteractionInsertStandardResponse) = "INSERT_STANDARD_RESPONSE";
        /// `INVITED` (open media): the interaction is an invitation.
        Invited(InteractionInvited) = "INVITED";
        /// `INVITED_CONFERENCE` (open media): a conference invitation was received.
        InvitedConference(InteractionInvitedConference) = "INVITED_CONFERENCE";
        /// `IN_QUEUE_FAILED` (open media): placing in queue failed.
        InQueueFailed(InteractionInQueueFailed) = "IN_QUEUE_FAILED";
        /// `IN_WORKBIN` (open media): the interaction was placed in a workbin.
        InWorkbin(InteractionInWorkbin) = "IN_WORKBIN";
        /// `IN_WORKBIN_FAILED` (open media): placing in a workbin failed.
        InWorkbinFailed(InteractionInWorkbinFailed) = "IN_WORKBIN_FAILED";
        /// `LEFT_CONFERENCE` (open media): the interaction left the conference.
        LeftConference(InteractionLeftConference) = "LEFT_CONFERENCE";
        /// `PULLED` (open media): the interaction was pulled from a workbin.
        Pulled(InteractionPulled) = "PULLED";
        /// `PULL_FAILED` (open media): the pull from the queue failed.
        PullFailed(InteractionPullFailed) = "PULL_FAILED";
        /// `PULL_WORKBIN_FAILED` (open media): the pull from the workbin failed.
        PullWorkbinFailed(InteractionPullWorkbinFailed) = "PULL_WORKBIN_FAILED";
        /// `REVOKED` (open media): the interaction was revoked.
        Revoked(InteractionRevoked) = "REVOKED";
        /// `TRANSFER_COMPLETED` (open media): the interaction was transferred.
        TransferCompleted(InteractionTransferCompleted) = "TRANSFER_COMPLETED";
        /// `ENDED` (chat): the chat ended.
        Ended(InteractionEnded) = "ENDED";
        /// `JOIN_FAILED` (chat): the connection with the chat server failed.
        JoinFailed(InteractionJoinFailed) = "JOIN_FAILED";
        /// `JOIN_PENDING` (chat): trying to join the chat session.
        JoinPending(InteractionJoinPending) = "JOIN_PENDING";
        /// `CANCELLED` (outbound email): the e-mail was cancelled.
        Cancelled(InteractionCancelled) = "CANCELLED";
        /// `SENT` (outbound email): the e-mail was sent.
        Sent(InteractionSent) = "SENT";
        /// `PREVIEWING` (outbound preview table): the preview record was accepted.
        Previewing(InteractionPreviewing) = "PREVIEWING";
        /// `MARKDONE_APPLIED` (outbound preview table): mark done was applied.
        MarkdoneApplied(InteractionMarkdoneApplied) = "MARKDONE_APPLIED";
        /// `STATE_CHANGE` (outbound preview table): the record was rejected or cancelled.
        StateChange(InteractionStateChange) = "STATE_CHANGE";
    }
    case {
        /// `CASE_COLLAPSED`: the case was collapsed (after `selectCaseByCaseId`).
        CaseCollapsed(InteractionCaseCollapsed) = "CASE_COLLAPSED";
        /// `CASE_EXPANDED`: the case was expanded (after `selectCaseByCaseId`).
        CaseExpanded(InteractionCaseExpanded) = "CASE_EXPANDED";
        /// `CASE_SELECTED`: the case was selected (after `selectCaseByCaseId`).
        CaseSelected(InteractionCaseSelected) = "CASE_SELECTED";
    }
}

tagged_union! {
    /// The `data` of an `agent` notification, by `eventType`.
    pub enum AgentEvent (tag = "eventType", unknown = Unknown, kinds = "genesys.serviceClient") {
        /// `STATE_CHANGED`.
        StateChanged(AgentStateChanged) = "STATE_CHANGED" => AgentStateChanged,
    }
}

tagged_union! {
    /// The `data` of a `system` notification, by `eventType`.
    pub enum SystemEvent (tag = "eventType", unknown = Unknown, kinds = "genesys.serviceClient") {
        /// `CUSTOM_TOAST_BUTTON_CLICK`.
        CustomToastButtonClick(CustomToastButtonClick) = "CUSTOM_TOAST_BUTTON_CLICK" => CustomToastButtonClick,
    }
}

/// An `agent` notification.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "agent", tag_key = "event")]
pub struct AgentNotification {
    /// The event (both samples carry it: genesys-service-client-api.txt L206, L218).
    pub data: AgentEvent,
    /// `userAgent`, `protocolVersion`.
    #[wire(flatten)]
    pub header: NotificationHeader,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An `interaction` notification.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "interaction", tag_key = "event")]
pub struct InteractionNotification {
    /// The event (the samples carry it: genesys-service-client-api.txt L239, L587).
    pub data: InteractionEvent,
    /// `userAgent`, `protocolVersion`.
    #[wire(flatten)]
    pub header: NotificationHeader,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A `system` notification.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "system", tag_key = "event")]
pub struct SystemNotification {
    /// The event, whose `eventType` the system event table lists
    /// (genesys-service-client-api.txt L276-282; the `agent` and `interaction` samples carry
    /// `data` the same way, L206, L239).
    pub data: SystemEvent,
    /// `userAgent`, `protocolVersion`.
    #[wire(flatten)]
    pub header: NotificationHeader,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

tagged_union! {
    /// A Service Client notification, by topic (`event`), then by `data.eventType`.
    ///
    /// ```
    /// use ccwire_genesys::service_client::Notification;
    /// let n: Notification = serde_json::from_str(
    ///     r#"{"event":"agent","data":{"eventType":"STATE_CHANGED","mediaState":"READY"}}"#).unwrap();
    /// assert_eq!(n.type_name(), Some("AgentStateChanged"));
    /// let m: Notification = serde_json::from_str(r#"{"event":"markdone","data":{}}"#).unwrap();
    /// assert!(!m.is_known());
    /// ```
    pub enum Notification (tag = "event", unknown = Unknown) {
        /// Topic `agent`.
        Agent(AgentNotification) = "agent",
        /// Topic `interaction`.
        Interaction(InteractionNotification) = "interaction",
        /// Topic `system`.
        System(SystemNotification) = "system",
    }
}

impl Notification {
    /// The kind's type name (`AgentStateChanged`), when topic and event type are known.
    #[must_use]
    pub fn type_name(&self) -> Option<&'static str> {
        match self {
            Self::Agent(n) => match &n.data {
                AgentEvent::StateChanged(_) => Some("AgentStateChanged"),
                _ => None,
            },
            Self::Interaction(n) => n.data.type_name(),
            Self::System(n) => match &n.data {
                SystemEvent::CustomToastButtonClick(_) => Some("CustomToastButtonClick"),
                _ => None,
            },
            Self::Unknown(_) => None,
        }
    }

    /// The `data.eventType` as received (for unknown kinds too, when it is a string).
    #[must_use]
    pub fn event_type(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Self::Agent(n) => n.data.kind().map(std::borrow::Cow::Borrowed),
            Self::Interaction(n) => n.data.kind().map(std::borrow::Cow::Borrowed),
            Self::System(n) => n.data.kind().map(std::borrow::Cow::Borrowed),
            Self::Unknown(obj) => {
                let data = obj.fields().get("data")?;
                ccwire_wire::dispatch::peek_tag(data.get(), "eventType")
                    .ok()
                    .flatten()
                    .map(std::borrow::Cow::Owned)
            }
        }
    }

    /// The type name of the kind with this topic and event type, if documented.
    ///
    /// ```
    /// use ccwire_genesys::service_client::Notification;
    /// assert_eq!(Notification::type_name_of("interaction", "ADDED"), Some("InteractionAdded"));
    /// assert_eq!(Notification::type_name_of("agent", "ADDED"), None);
    /// ```
    #[must_use]
    pub fn type_name_of(topic: &str, event_type: &str) -> Option<&'static str> {
        NOTIFICATION_KINDS
            .iter()
            .find(|(t, e, _)| *t == topic && *e == event_type)
            .map(|(_, _, n)| *n)
    }
}
