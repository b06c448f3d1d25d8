//! Genesys Web Services CometD notifications: how the Interactions API delivers results and
//! state changes.
//!
//! The seed's Interactions API page says that "in most cases, the true response arrives on the
//! CometD topic (channel) `/v2/me/interactions/`" (genesys-interactions-api.txt L43) and that
//! `GET /me/interactions` answers in the "same message format as CometD notifications" (L17),
//! but shows no notification. The Web Services reference pages describe the format (Genesys
//! Web Services API, "CometD notifications", `AsynchronousEvents`, and the per-topic pages such
//! as `CallsMessageType`, `IMSessionMessageType`, `OpenMediaAPIMessageType`):
//!
//! * a message published on a topic is `{"channel": <topic>, "data": {…}}`; `channel` is "the
//!   topic to which the message was published";
//! * `data` "is present in all CometD notifications and is the root JSON element"; its
//!   `messageType` identifies the notification ("You can use data.messageType to identify the
//!   message and determine what other properties should be present"), and most types add a
//!   `notificationType` (`StatusChange`, `PropertiesUpdated`, `Error`, …) and, for results of a
//!   request, a `referenceId`.
//!
//! ccwire recognises both the whole message ([`CometdMessage`]) and a bare `data` object
//! ([`CometdData`]) as Genesys, named `genesys.cometd.<messageType>`. The message types the Web
//! Services message-type pages document are modelled (each page lists the `data` members of its
//! types and prints an example; none marks a member required):
//!
//! | `messageType` | topic | resource member | page |
//! |---|---|---|---|
//! | [`DeviceStateChangeMessage`] | `/v2/me/devices` | `devices` | `CallsMessageType` |
//! | [`CallStateChangeMessage`] | `/v2/me/calls` | `call` | `CallsMessageType`, `CallsAnswer`, `CallResource` |
//! | [`ImSessionStateChangeMessage`] | `/v2/me/im-sessions` | `imSession` | `IMSessionMessageType` |
//! | [`ChatStateChangeMessage`] | `/v2/me/chats` | `chat` | `ChatMessageType` |
//! | [`EmailStateChangeMessage`] | `/v2/me/emails` | `email` | `EmailMessageType` |
//! | [`OpenmediaStateChangeMessage`] | `/v2/me/openmedia` | `openmedia` | `OpenMediaAPIMessageType` |
//! | [`WorkitemStateChangeMessage`] | `/v2/me/workitems` | `workitem` | `WorkitemMessageType` |
//!
//! (Pages of the Genesys Web Services API reference, docs.genesys.com
//! `Documentation/HTCC/latest/API/<page>`.) In each, `messageType` is the discriminator; the
//! resource member and `notificationType`, which every table lists and every example carries,
//! are *expected*; `referenceId` ("used to link the notification to the original request") is
//! optional, as are the resource's own members, which the pages describe but do not promise.
//! The message types whose pages could not be read whole (`IMLogUpdateMessage`,
//! `MessageLogUpdated`, workbin subscriptions) and any other are kept exactly as unknown kinds
//! (`known: false`).

use crate::NotificationType;
use ccwire_wire::{Extra, RawJson, Wire, WireMap, tagged_union};

/// A CometD message as published on a Web Services topic: `{"channel": …, "data": {…}}`.
///
/// ```
/// use ccwire_genesys::cometd::CometdMessage;
/// let m: CometdMessage = serde_json::from_str(
///     r#"{"channel":"/v2/me/devices","data":{"messageType":"DeviceStateChangeMessage","devices":[]}}"#,
/// ).unwrap();
/// assert_eq!(m.channel, "/v2/me/devices");
/// assert_eq!(m.data.kind(), Some("DeviceStateChangeMessage"));
/// assert!(m.data.is_known());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CometdMessage {
    /// The topic the message was published to (`/v2/me/devices`, `/v2/me/calls`,
    /// `/v2/me/interactions`, …). Required: the CometD envelope always names its channel, and
    /// every message table of the Web Services reference lists it (reference page
    /// `CallsMessageType`, and each other `…MessageType` page).
    pub channel: String,
    /// The notification: the object every message-type table describes (reference page
    /// `CallsMessageType`, and each other `…MessageType` page).
    pub data: CometdData,
    /// Other members of the CometD envelope (`id`, `clientId`, … in the Bayeux protocol).
    #[wire(extra)]
    pub extra: Extra,
}

tagged_union! {
    /// The `data` of a CometD notification, by `messageType`: a modelled message type, or any
    /// other kept whole ([`CometdData::Unknown`]).
    ///
    /// ```
    /// use ccwire_genesys::cometd::CometdData;
    /// let d: CometdData = serde_json::from_str(
    ///     r#"{"messageType":"CallStateChangeMessage","notificationType":"StatusChange","call":{"id":"c1","state":"Dialing"}}"#,
    /// ).unwrap();
    /// assert_eq!(d.kind(), Some("CallStateChangeMessage"));
    /// let CometdData::CallStateChange(m) = &d else { panic!() };
    /// assert_eq!(m.call.as_ref().and_then(|c| c.resource.state.as_deref()), Some("Dialing"));
    /// let other: CometdData = serde_json::from_str(r#"{"messageType":"OutboundRecordMessage","record":{}}"#).unwrap();
    /// assert!(!other.is_known());
    /// assert!(serde_json::from_str::<CometdData>(r#"{"messageType":"CallStateChangeMessage","call":5}"#).is_err());
    /// ```
    pub enum CometdData (tag = "messageType", unknown = Unknown, kinds = "genesys.cometd") {
        /// `DeviceStateChangeMessage` (`/v2/me/devices`).
        DeviceStateChange(DeviceStateChangeMessage) = "DeviceStateChangeMessage",
        /// `CallStateChangeMessage` (`/v2/me/calls`).
        CallStateChange(CallStateChangeMessage) = "CallStateChangeMessage",
        /// `IMSessionStateChangeMessage` (`/v2/me/im-sessions`).
        ImSessionStateChange(ImSessionStateChangeMessage) = "IMSessionStateChangeMessage",
        /// `ChatStateChangeMessage` (`/v2/me/chats`).
        ChatStateChange(ChatStateChangeMessage) = "ChatStateChangeMessage",
        /// `EmailStateChangeMessage` (`/v2/me/emails`).
        EmailStateChange(EmailStateChangeMessage) = "EmailStateChangeMessage",
        /// `OpenmediaStateChangeMessage` (`/v2/me/openmedia`; lower-case `m` on the wire).
        OpenmediaStateChange(OpenmediaStateChangeMessage) = "OpenmediaStateChangeMessage",
        /// `WorkitemStateChangeMessage` (`/v2/me/workitems`).
        WorkitemStateChange(WorkitemStateChangeMessage) = "WorkitemStateChangeMessage",
    }
}

/// Members every resource of a state-change message may carry: those the examples of the
/// message-type pages print for each resource (`id`, `state`, `capabilities`, `uri`, plus `path`
/// and `userData` for calls and IM sessions). None is promised.
#[derive(Wire, Debug, Clone, PartialEq, Default)]
pub struct ResourceHeader {
    /// The resource id.
    pub id: Option<String>,
    /// Its state (`Dialing`, `Established`, `Held`, `Chatting`, `Processing`, …; the pages give
    /// examples, not a list).
    pub state: Option<String>,
    /// The operations it allows now (`Answer`, `Transfer`, `SendMessage`, …).
    pub capabilities: Option<Vec<String>>,
    /// Its address in the API.
    pub uri: Option<String>,
    /// Its path in the API.
    pub path: Option<String>,
    /// The attached data, as received.
    pub user_data: Option<WireMap<RawJson>>,
}

/// `DeviceStateChangeMessage`: changes to agent state, do-not-disturb, call forwarding and
/// supervisor monitoring on the agent's devices (`CallsMessageType`: "`data.devices`: An array
/// of device resources"; no `notificationType`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "DeviceStateChangeMessage", tag_key = "messageType")]
pub struct DeviceStateChangeMessage {
    /// The devices, as they are now.
    ///
    /// *Expected*: the page's table lists it and its example carries it, without a promise.
    #[wire(expected)]
    pub devices: Option<Vec<DeviceResource>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A device resource ("identical" to a device of `GET /api/v2/me/devices`; members from the
/// `CallsDeviceResource` and `DevicesAttribs` pages).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DeviceResource {
    /// The device id.
    pub id: Option<String>,
    /// `Active` or `Inactive`.
    pub device_state: Option<String>,
    /// The agent's state on the device.
    pub user_state: Option<UserState>,
    /// The device's phone number.
    pub phone_number: Option<String>,
    /// The number in E.164 form.
    pub e164_number: Option<String>,
    /// `Private`, `Public`.
    pub telephony_network: Option<String>,
    /// `On` or `Off`.
    pub do_not_disturb: Option<String>,
    /// The voice environment.
    pub voice_environment_uri: Option<String>,
    /// The operations allowed (`DoNotDisturbOn`, `ForwardCallsOn`, `ListenIn`, `BargeIn`, …).
    pub capabilities: Option<Vec<String>>,
    /// Where calls are forwarded.
    pub forward_to: Option<String>,
    /// Supervisor monitoring on the device ("absent" when monitoring is not active), as
    /// received.
    pub supervisor_monitoring_state: Option<RawJson>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An agent state on a device (`userState`).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct UserState {
    /// The state's id.
    pub id: Option<String>,
    /// Its display name.
    pub display_name: Option<String>,
    /// The state (`Ready`, `NotReady`, …).
    pub state: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `CallStateChangeMessage`: changes to call state, participants and call data
/// (`CallsMessageType`; the examples of `CallsAnswer` and `CallsDial` print `StatusChange`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "CallStateChangeMessage", tag_key = "messageType")]
pub struct CallStateChangeMessage {
    /// What happened.
    ///
    /// *Expected*: the page's table lists it and the examples carry it, without a promise.
    #[wire(expected)]
    pub notification_type: Option<NotificationType>,
    /// The call, as it is now.
    ///
    /// *Expected*: the examples carry it, without a promise.
    #[wire(expected)]
    pub call: Option<CallResource>,
    /// The device's phone number (in the `CallsAnswer` example).
    pub phone_number: Option<String>,
    /// Extension data (in the `CallsAnswer` example), as received.
    pub extensions: Option<WireMap<RawJson>>,
    /// Links the notification to the request that caused it.
    pub reference_id: Option<RawJson>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A call resource (`CallResource` page).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CallResource {
    /// `id`, `state`, `capabilities`, `uri`, `path`, `userData`.
    #[wire(flatten)]
    pub resource: ResourceHeader,
    /// The T-Server connection id ("comes from the Tlib event").
    pub conn_id: Option<String>,
    /// The call's UUID.
    pub call_uuid: Option<String>,
    /// The device the call is on.
    pub device_uri: Option<String>,
    /// The participants, as received: the pages show an array of numbers (with
    /// `participantsInfo`) in one revision and an array of objects in a later one.
    pub participants: Option<RawJson>,
    /// Details of the participants (older revision), as received.
    pub participants_info: Option<RawJson>,
    /// The dialed number, "as sent by T-Server".
    pub dnis: Option<String>,
    /// `Internal`, `Inbound`, `Outbound`, `Consult`, ….
    pub call_type: Option<String>,
    /// Seconds since the call started, as text (`"22"`).
    pub duration: Option<String>,
    /// `On` or `Off`.
    pub mute: Option<String>,
    /// The recording state (`Stopped`, …).
    pub recording_state: Option<String>,
    /// Whether a supervisor is listening in.
    pub supervisor_listening_in: Option<bool>,
    /// Whether the monitored user is muted.
    pub monitored_user_muted: Option<bool>,
    /// Whether the call is monitored.
    pub monitoring: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A participant as the later pages print it (`digits`, `e164Number`, `formattedPhoneNumber`,
/// `phoneNumber`).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PhoneParticipant {
    /// The digits dialed.
    pub digits: Option<String>,
    /// The number in E.164 form.
    pub e164_number: Option<String>,
    /// The number formatted for display.
    pub formatted_phone_number: Option<String>,
    /// The number.
    pub phone_number: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `IMSessionStateChangeMessage`: changes to an IM session's state and data
/// (`IMSessionMessageType`: `StatusChange`, `AttachedDataChanged`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "IMSessionStateChangeMessage", tag_key = "messageType")]
pub struct ImSessionStateChangeMessage {
    /// What happened.
    ///
    /// *Expected*: the page's table lists it and its example carries it, without a promise.
    #[wire(expected)]
    pub notification_type: Option<NotificationType>,
    /// The IM session, "with the updated state and capabilities".
    ///
    /// *Expected*: the page's table lists it and its example carries it, without a promise.
    #[wire(expected)]
    pub im_session: Option<ImSessionResource>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An IM session resource.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ImSessionResource {
    /// `id`, `state`, `capabilities`, `uri`, `path`, `userData`.
    #[wire(flatten)]
    pub resource: ResourceHeader,
    /// The participants.
    pub participants: Option<Vec<PhoneParticipant>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `ChatStateChangeMessage`: changes to a chat's state, participants, data and transcript
/// (`ChatMessageType`; its example prints `PropertiesUpdated`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "ChatStateChangeMessage", tag_key = "messageType")]
pub struct ChatStateChangeMessage {
    /// What happened.
    ///
    /// *Expected*: the page's table lists it and its example carries it, without a promise.
    #[wire(expected)]
    pub notification_type: Option<NotificationType>,
    /// The chat, "with the updated state and capabilities".
    ///
    /// *Expected*: the page's table lists it and its example carries it, without a promise.
    #[wire(expected)]
    pub chat: Option<ChatResource>,
    /// Links the notification to the request that caused it.
    pub reference_id: Option<RawJson>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A chat resource.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ChatResource {
    /// `id`, `state`, `capabilities`, `uri`, `path`, `userData`.
    #[wire(flatten)]
    pub resource: ResourceHeader,
    /// The participants.
    pub participants: Option<Vec<ChatParticipant>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A chat participant (`nickname`, `type`, `participantId` in the page's example).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ChatParticipant {
    /// The name shown in the chat.
    pub nickname: Option<String>,
    /// `Customer` or `Agent`.
    #[wire(rename = "type")]
    pub participant_type: Option<String>,
    /// The participant's id.
    pub participant_id: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares a state-change message whose resource has only the common members.
macro_rules! state_change_message {
    ($(#[$m:meta])* $name:ident = $wire:literal, $member:ident: $resource:ident, $what:literal) => {
        $(#[$m])*
        #[derive(Wire, Debug, Clone, PartialEq)]
        #[wire(tag = $wire, tag_key = "messageType")]
        pub struct $name {
            /// What happened.
            ///
            /// *Expected*: the page's table lists it and its example carries it, without a
            /// promise.
            #[wire(expected)]
            pub notification_type: Option<NotificationType>,
            #[doc = concat!("The ", $what, ", \"with the updated state and capabilities\".")]
            ///
            /// *Expected*: the page's table lists it and its example carries it, without a
            /// promise.
            #[wire(expected)]
            pub $member: Option<$resource>,
            /// Links the notification to the request that caused it.
            pub reference_id: Option<RawJson>,
            /// Members not modelled.
            #[wire(extra)]
            pub extra: Extra,
        }
    };
}

state_change_message! {
    /// `EmailStateChangeMessage`: changes to an e-mail's state and data (`EmailMessageType`:
    /// `StatusChange`, `PropertiesUpdated`, `EmailSaved`, `AttachmentAdded`,
    /// `AttachmentRemoved`, `Error`).
    EmailStateChangeMessage = "EmailStateChangeMessage", email: EmailResource, "e-mail"
}

state_change_message! {
    /// `OpenmediaStateChangeMessage`: changes to an open media interaction's state and data
    /// (`OpenMediaAPIMessageType`: `StatusChange`, `PropertiesUpdated`, `Error`).
    OpenmediaStateChangeMessage = "OpenmediaStateChangeMessage", openmedia: OpenmediaResource, "open media interaction"
}

state_change_message! {
    /// `WorkitemStateChangeMessage`: changes to a workitem's state and data
    /// (`WorkitemMessageType`: `StatusChange`, `PropertiesUpdated`, `Error`).
    WorkitemStateChangeMessage = "WorkitemStateChangeMessage", workitem: WorkitemResource, "workitem"
}

/// An e-mail resource: the common members (the page's example is cut short after `userData`;
/// the rest is kept as received).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct EmailResource {
    /// `id`, `state`, `capabilities`, `uri`, `path`, `userData`.
    #[wire(flatten)]
    pub resource: ResourceHeader,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// An open media resource.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct OpenmediaResource {
    /// `id`, `state`, `capabilities`, `uri`, `path`, `userData`.
    #[wire(flatten)]
    pub resource: ResourceHeader,
    /// The media type (`promotion` in the example).
    pub media_type: Option<String>,
    /// `Outbound`, ….
    pub openmedia_type: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A workitem resource.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WorkitemResource {
    /// `id`, `state`, `capabilities`, `uri`, `path`, `userData`.
    #[wire(flatten)]
    pub resource: ResourceHeader,
    /// `Inbound`, ….
    pub workitem_type: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
