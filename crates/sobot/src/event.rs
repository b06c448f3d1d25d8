//! Agent events (L38-186) and the network-quality subscription (L1233-1246).
//!
//! Agent events carry their name in `messageID` (the `EventAgentAll` handler switches on
//! `msg.messageID`, L104-131), which is what [`SobotEvent`] dispatches on. Only
//! `EventAgentRegainStatus` has a payload table (Tables 2-4); `EventAgentConnectionChanged`,
//! `EventAgentReady`, `EventAgentNotReady`, `EventTokenInvalid`, `EventDialing` and
//! `EventRinging` are named with no payload, so their types model `messageID` only and keep
//! every other member in `extra`. For "the complete events" the document refers to a "Call
//! Capability Message Format File" (L132) that it does not include; those events are not
//! modelled here, and arrive as [`SobotEvent::Unknown`], kept whole.
//!
//! `EventJanusLatency` is documented as a payload of four members without `messageID`; it has
//! no discriminator and is decoded by name (`sobot.event.EventJanusLatency`).

use crate::{AgentStateInfo, NetworkQuality, Number, WorkStatusInfo};
use ccwire_wire::{Extra, Wire, tagged_union};

/// The agent reconnected (Table 2, L55-59): sent after `initAgent` when the agent was not
/// offline, with the state to restore the page from.
///
/// ```
/// use ccwire_sobot::EventAgentRegainStatus;
/// let e: EventAgentRegainStatus = serde_json::from_str(r#"{"messageID":"EventAgentRegainStatus",
///   "agentStateInfo":{"agent":"1005","agentType":"0","companyId":"c","phoneType":"sip","thisDN":"1000",
///   "agentState":"1","agentStateTimestamp":1,"reasonCode":"2","reasonCodeTimestamp":1,"workStatus":"1",
///   "workStatusTimestamp":1}}"#).unwrap();
/// assert!(e.work_status_info.is_none());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "EventAgentRegainStatus", tag_key = "messageID")]
pub struct EventAgentRegainStatus {
    /// The agent's login status (sobot-call-sdk.txt L58).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub agent_state_info: Option<AgentStateInfo>,
    /// The call the agent is on; absent when the agent is not on a call.
    pub work_status_info: Option<WorkStatusInfo>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares an agent event whose payload the document does not give.
macro_rules! undocumented_event {
    ($(#[$meta:meta])* $name:ident = $wire:literal) => {
        $(#[$meta])*
        ///
        /// The document names this event without a payload table: only `messageID` is
        /// modelled, every other member is kept in `extra`.
        #[derive(Wire, Debug, Clone, PartialEq)]
        #[wire(tag = $wire, tag_key = "messageID")]
        pub struct $name {
            /// The event's members (not documented).
            #[wire(extra)]
            pub extra: Extra,
        }
    };
}

undocumented_event! {
    /// The agent was forced offline (L107, L139).
    EventAgentConnectionChanged = "EventAgentConnectionChanged"
}
undocumented_event! {
    /// The agent became ready (L111, L143).
    EventAgentReady = "EventAgentReady"
}
undocumented_event! {
    /// The agent became occupied (L115, L147).
    EventAgentNotReady = "EventAgentNotReady"
}
undocumented_event! {
    /// The agent token is invalid (L119-126): fetch a new token and call
    /// `handleRefreshToken`; the event fires again after 10 seconds without one.
    EventTokenInvalid = "EventTokenInvalid"
}
undocumented_event! {
    /// A call is dialing (L151).
    EventDialing = "EventDialing"
}
undocumented_event! {
    /// A call is ringing (L155).
    EventRinging = "EventRinging"
}

tagged_union! {
    /// An agent event, by `messageID`.
    ///
    /// A known `messageID` with a malformed body is an error; any other `messageID` (the events
    /// of the external message-format file) is kept whole in [`SobotEvent::Unknown`].
    ///
    /// ```
    /// use ccwire_sobot::SobotEvent;
    /// let e: SobotEvent = serde_json::from_str(r#"{"messageID":"EventReleased","callID":"c1"}"#).unwrap();
    /// assert_eq!(e.kind(), Some("EventReleased"));
    /// assert!(!e.is_known());
    /// let r: SobotEvent = serde_json::from_str(r#"{"messageID":"EventRinging","callID":"c1"}"#).unwrap();
    /// assert!(r.is_known());
    /// assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"messageID":"EventRinging","callID":"c1"}"#);
    /// ```
    pub enum SobotEvent (tag = "messageID", unknown = Unknown, kinds = "sobot.event") {
        /// `EventAgentRegainStatus`.
        AgentRegainStatus(EventAgentRegainStatus) = "EventAgentRegainStatus",
        /// `EventAgentConnectionChanged`.
        AgentConnectionChanged(EventAgentConnectionChanged) = "EventAgentConnectionChanged",
        /// `EventAgentReady`.
        AgentReady(EventAgentReady) = "EventAgentReady",
        /// `EventAgentNotReady`.
        AgentNotReady(EventAgentNotReady) = "EventAgentNotReady",
        /// `EventTokenInvalid`.
        TokenInvalid(EventTokenInvalid) = "EventTokenInvalid",
        /// `EventDialing`.
        Dialing(EventDialing) = "EventDialing",
        /// `EventRinging`.
        Ringing(EventRinging) = "EventRinging",
    }
}

/// Voice network quality (`agent.on('EventJanusLatency', …)`, L1233-1246; the table is titled
/// "Return value of success callback function"). Only for the web phone and SIP phone
/// answering methods.
///
/// ```
/// use ccwire_sobot::EventJanusLatency;
/// use ccwire_sobot::NetworkQuality;
/// let e: EventJanusLatency = serde_json::from_str(r#"{"ping":40,"jitter":2.5,"loss":"0%","quality":"e"}"#).unwrap();
/// assert_eq!(e.quality, Some(NetworkQuality::Good));
/// assert_eq!(e.jitter.as_ref().unwrap().as_f64(), Some(2.5));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct EventJanusLatency {
    /// Delay in milliseconds (sobot-call-sdk.txt L1243).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub ping: Option<Number>,
    /// Network jitter in milliseconds (sobot-call-sdk.txt L1244).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub jitter: Option<Number>,
    /// Packet loss rate (a string; its format is not documented; sobot-call-sdk.txt L1245).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub loss: Option<String>,
    /// Voice quality, `e` good to `a` disconnected (sobot-call-sdk.txt L1246).
    ///
    /// *Expected*: the event table lists it and has no Required column; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub quality: Option<NetworkQuality>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
