//! Genesys value sets. Every set is open: unknown values are kept and re-emitted as received.
//!
//! Where the Service Client document spells one value two ways (`INTERNAL` / `Internal`,
//! `CANCELLED` / `CANCELED`, `PREVIEW` / `PREVIEWING`), both spellings are known variants, so
//! each re-encodes as received, and `canonical()` maps the alias to its main spelling.

use ccwire_wire::open_enum;

open_enum! {
    /// The state of a Service Client interaction (`state`, `previousState`).
    ///
    /// The values of the Interaction type definition, plus `PREVIEWING`, which the
    /// outbound-preview event table uses for the state the type definition calls `PREVIEW`.
    ///
    /// ```
    /// use ccwire_genesys::InteractionState;
    /// assert_eq!(InteractionState::from("DIALING"), InteractionState::Dialing);
    /// assert_eq!(InteractionState::from("CANCELED").canonical(), InteractionState::Cancelled);
    /// assert_eq!(InteractionState::from("CANCELED").as_str(), "CANCELED");
    /// ```
    pub enum InteractionState {
        /// An unknown state.
        UnknownState = "UNKNOWN",
        /// A non-active interaction which could be closed.
        Idle = "IDLE",
        /// The inbound call is ringing.
        Ringing = "RINGING",
        /// The outbound call is ringing.
        Dialing = "DIALING",
        /// The call is established.
        Talking = "TALKING",
        /// The call is on hold.
        Held = "HELD",
        /// The interaction is a call preview.
        Preview = "PREVIEW",
        /// The call preview is being previewed (outbound-preview table spelling of `PREVIEW`).
        Previewing = "PREVIEWING",
        /// The open media interaction is inviting.
        Invited = "INVITED",
        /// The open media interaction is accepted.
        Accepted = "ACCEPTED",
        /// The open media interaction has been created.
        Created = "CREATED",
        /// The open media interaction has been pulled from a workbin.
        Pulled = "PULLED",
        /// The open media interaction has been revoked.
        Revoked = "REVOKED",
        /// The open media interaction has been completed (mark as done).
        Completed = "COMPLETED",
        /// The open media interaction has an error.
        Error = "ERROR",
        /// The open media interaction has been saved.
        Saved = "SAVED",
        /// The open media interaction is being transferred.
        Transferring = "TRANSFERRING",
        /// The open media interaction has been transferred and the transfer completed.
        TransferCompleted = "TRANSFER_COMPLETED",
        /// The open media interaction receives a conference invitation.
        InvitedConference = "INVITED_CONFERENCE",
        /// The open media interaction has left the conference.
        LeftConference = "LEFT_CONFERENCE",
        /// Data has been attached to the interaction.
        UserDataAttached = "USER_DATA_ATTACHED",
        /// The attached data has changed in the interaction.
        UserDataUpdated = "USER_DATA_UPDATED",
        /// Trying to join the chat session.
        JoinPending = "JOIN_PENDING",
        /// The connection with the chat server failed.
        JoinFailed = "JOIN_FAILED",
        /// Loading the content of the chat interaction.
        HistoryInProgress = "HISTORY_IN_PROGRESS",
        /// The content of the chat interaction has been loaded.
        HistoryDone = "HISTORY_DONE",
        /// The outbound email is cancelled.
        Cancelled = "CANCELLED",
        /// The outbound email is sent.
        Sent = "SENT",
        /// The call preview is ready.
        Ready = "READY",
        /// The call preview is cancelled (the preview spelling of `CANCELLED`).
        Canceled = "CANCELED",
        /// The call preview is rejected.
        Rejected = "REJECTED",
    }
}

impl InteractionState {
    /// The main spelling of a value the document spells two ways (`CANCELED` → `CANCELLED`,
    /// `PREVIEWING` → `PREVIEW`); any other value unchanged.
    #[must_use]
    pub fn canonical(&self) -> Self {
        match self {
            Self::Canceled => Self::Cancelled,
            Self::Previewing => Self::Preview,
            other => other.clone(),
        }
    }
}

open_enum! {
    /// The direction of a voice call (`direction`).
    ///
    /// ```
    /// use ccwire_genesys::CallDirection;
    /// assert_eq!(CallDirection::from("OUT"), CallDirection::Out);
    /// ```
    pub enum CallDirection {
        /// Inbound.
        In = "IN",
        /// Outbound.
        Out = "OUT",
        /// Unknown direction.
        UnknownDirection = "UNKNOWN",
    }
}

open_enum! {
    /// The type of a voice call (`callType`).
    ///
    /// The Interaction type lists `INTERNAL, INBOUND, OUTBOUND, CONSULT, UNKNOWN`; the
    /// outbound-preview table adds `OUTBOUND_PREVIEW` and `OUTBOUND_PUSH_PREVIEW`; the
    /// notification sample sends `Internal`.
    ///
    /// ```
    /// use ccwire_genesys::CallType;
    /// let t = CallType::from("Internal");
    /// assert_eq!(t, CallType::InternalTitleCase);
    /// assert_eq!(t.canonical(), CallType::Internal);
    /// assert_eq!(t.as_str(), "Internal");
    /// ```
    pub enum CallType {
        /// An internal call.
        Internal = "INTERNAL",
        /// An internal call, spelled as in the notification sample.
        InternalTitleCase = "Internal",
        /// An inbound call.
        Inbound = "INBOUND",
        /// An outbound call.
        Outbound = "OUTBOUND",
        /// A consultation call.
        Consult = "CONSULT",
        /// Unknown call type.
        UnknownCallType = "UNKNOWN",
        /// A pull or direct-push outbound preview record.
        OutboundPreview = "OUTBOUND_PREVIEW",
        /// A regular push outbound preview record.
        OutboundPushPreview = "OUTBOUND_PUSH_PREVIEW",
    }
}

impl CallType {
    /// The main spelling (`Internal` → `INTERNAL`); any other value unchanged.
    #[must_use]
    pub fn canonical(&self) -> Self {
        match self {
            Self::InternalTitleCase => Self::Internal,
            other => other.clone(),
        }
    }
}

open_enum! {
    /// What an agent may do with an outbound-preview interaction at a given step: the
    /// "Capabilities" column of the Service Client's outbound-preview table
    /// (genesys-service-client-api.txt L334-372).
    ///
    /// Vocabulary only: the table names no wire member that carries these values, so none is
    /// modelled; an integration that reads them from its own source can parse them with this
    /// type (unknown values are kept).
    ///
    /// ```
    /// use ccwire_genesys::OutboundPreviewCapability;
    /// let caps: Vec<_> = "CALL, REJECT_RECORD, CANCEL_RECORD"
    ///     .split(", ")
    ///     .map(OutboundPreviewCapability::from)
    ///     .collect();
    /// assert_eq!(caps[1], OutboundPreviewCapability::RejectRecord);
    /// assert!(!OutboundPreviewCapability::from("TRANSFER").is_known());
    /// ```
    pub enum OutboundPreviewCapability {
        /// Place the call of the previewed record (L335).
        Call = "CALL",
        /// Reject the previewed record (L335).
        RejectRecord = "REJECT_RECORD",
        /// Cancel the previewed record (L335).
        CancelRecord = "CANCEL_RECORD",
        /// Hang up the call (L337).
        Hangup = "HANGUP",
        /// Mark the record done (L340).
        MarkDone = "MARK_DONE",
        /// Accept a pushed record (L345).
        Accept = "ACCEPT",
        /// Reject a pushed record (L345).
        Reject = "REJECT",
        /// Hold the established call (L353).
        Hold = "HOLD",
    }
}

open_enum! {
    /// The call recording state (`recordingState`).
    ///
    /// ```
    /// use ccwire_genesys::RecordingState;
    /// assert_eq!(RecordingState::from("PAUSED"), RecordingState::Paused);
    /// ```
    pub enum RecordingState {
        /// Not recording.
        Stopped = "STOPPED",
        /// Recording.
        Recording = "RECORDING",
        /// Recording paused.
        Paused = "PAUSED",
    }
}

open_enum! {
    /// The type of a media (agent) state (`State.type`, `mediaState` of an agent
    /// `STATE_CHANGED` notification).
    ///
    /// The document lists `NOT_READY_AFTER_CALLWO` twice, cut off by the page
    /// (genesys-service-client-api.txt L810). The two entries follow `NOT_READY` and
    /// `NOT_READY_ACTION_CODE`, and public integrations of the Service Client API send the
    /// matching pair `NOT_READY_AFTER_CALLWORK` and `NOT_READY_AFTER_CALLWORK_ACTION_CODE` (no
    /// vendor page in reach spells them out), so those two are known values; the truncated text
    /// stays a known value too, as printed, since it could stand for either. Values marked `*`
    /// in the document are "limited to an event and can't be applied by code"
    /// ([`MediaStateType::is_event_only`]).
    ///
    /// ```
    /// use ccwire_genesys::MediaStateType;
    /// assert_eq!(MediaStateType::from("NOT_READY_ACTION_CODE"), MediaStateType::NotReadyActionCode);
    /// assert_eq!(MediaStateType::from("NOT_READY_AFTER_CALLWORK"), MediaStateType::NotReadyAfterCallWork);
    /// assert!(MediaStateType::from("NOT_READY_AFTER_CALLWO").is_known());
    /// assert!(MediaStateType::OutOfService.is_event_only());
    /// ```
    pub enum MediaStateType {
        /// Logged out.
        Logout = "LOGOUT",
        /// Ready.
        Ready = "READY",
        /// Ready on some media only (event only).
        PartialReady = "PARTIAL_READY",
        /// Not ready.
        NotReady = "NOT_READY",
        /// Not ready with a reason (action) code.
        NotReadyActionCode = "NOT_READY_ACTION_CODE",
        /// Not ready after call work.
        NotReadyAfterCallWork = "NOT_READY_AFTER_CALLWORK",
        /// Not ready after call work, with a reason (action) code.
        NotReadyAfterCallWorkActionCode = "NOT_READY_AFTER_CALLWORK_ACTION_CODE",
        /// Either of the two above, as the document prints them (cut off by the page).
        NotReadyAfterCallWo = "NOT_READY_AFTER_CALLWO",
        /// Do not disturb.
        DndOn = "DND_ON",
        /// Out of service (event only).
        OutOfService = "OUT_OF_SERVICE",
        /// Logged out with do not disturb (event only).
        LogoutDndOn = "LOGOUT_DND_ON",
        /// Unknown state (event only).
        UnknownMediaState = "UNKNOWN",
    }
}

impl MediaStateType {
    /// Whether the document marks the state as reported by events only (it cannot be set).
    #[must_use]
    pub fn is_event_only(&self) -> bool {
        matches!(
            self,
            Self::PartialReady | Self::OutOfService | Self::LogoutDndOn | Self::UnknownMediaState
        )
    }
}

open_enum! {
    /// A Service Client notification topic (`event` of a notification, `topics` of
    /// `subscribe`).
    ///
    /// ```
    /// use ccwire_genesys::Topic;
    /// assert_eq!(Topic::from("interaction"), Topic::Interaction);
    /// ```
    pub enum Topic {
        /// Agent notifications.
        Agent = "agent",
        /// Interaction notifications.
        Interaction = "interaction",
        /// System notifications (custom toast buttons).
        System = "system",
        /// Mark-done notifications (named only; no payload is documented).
        Markdone = "markdone",
    }
}

open_enum! {
    /// What happened to the resource of a Web Services CometD notification (`notificationType`
    /// of `CallStateChangeMessage`, `IMSessionStateChangeMessage`, `ChatStateChangeMessage`,
    /// `EmailStateChangeMessage`, `OpenmediaStateChangeMessage`, `WorkitemStateChangeMessage`).
    ///
    /// One set for all message types: the values are those the Web Services message-type
    /// pages list (Genesys Web Services API reference, `EmailMessageType`,
    /// `OpenMediaAPIMessageType`, `WorkitemMessageType`, `IMSessionMessageType`) or print in
    /// their examples (`CallsAnswer`, `ChatMessageType`); a value a page does not list for a
    /// message type is still accepted for it. Other values are kept and reported as drift.
    ///
    /// ```
    /// use ccwire_genesys::NotificationType;
    /// assert_eq!(NotificationType::from("StatusChange"), NotificationType::StatusChange);
    /// assert!(!NotificationType::from("Recovered").is_known());
    /// ```
    pub enum NotificationType {
        /// The resource's status changed (every message type with a `notificationType`).
        StatusChange = "StatusChange",
        /// The resource's data changed (chat, e-mail, open media, workitem).
        PropertiesUpdated = "PropertiesUpdated",
        /// An operation on the resource failed (e-mail, open media, workitem).
        Error = "Error",
        /// The attached data of an IM session changed.
        AttachedDataChanged = "AttachedDataChanged",
        /// The e-mail was saved.
        EmailSaved = "EmailSaved",
        /// An attachment was added to the e-mail.
        AttachmentAdded = "AttachmentAdded",
        /// An attachment was removed from the e-mail.
        AttachmentRemoved = "AttachmentRemoved",
    }
}
