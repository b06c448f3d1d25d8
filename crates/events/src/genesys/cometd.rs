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
//! ([`CometdData`]) as Genesys, named `genesys.cometd.<messageType>`. The header is typed; the
//! members each message type adds (devices, calls, interactions, …) are kept exactly as received
//! and no type is modelled yet, so every notification is an unknown kind (`known: false`).

use ccwire_model::{Extra, Wire};

/// A CometD message as published on a Web Services topic: `{"channel": …, "data": {…}}`.
///
/// ```
/// use ccwire_events::genesys::cometd::CometdMessage;
/// let m: CometdMessage = serde_json::from_str(
///     r#"{"channel":"/v2/me/devices","data":{"messageType":"DeviceStateChangeMessage","devices":[]}}"#,
/// ).unwrap();
/// assert_eq!(m.channel, "/v2/me/devices");
/// assert_eq!(m.data.message_type, "DeviceStateChangeMessage");
/// assert!(m.data.extra.contains_key("devices"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CometdMessage {
    /// The topic the message was published to (`/v2/me/devices`, `/v2/me/calls`,
    /// `/v2/me/interactions`, …). Required: the CometD envelope always names its channel, and
    /// every message table of the Web Services reference lists it.
    pub channel: String,
    /// The notification.
    pub data: CometdData,
    /// Other members of the CometD envelope (`id`, `clientId`, … in the Bayeux protocol).
    #[wire(extra)]
    pub extra: Extra,
}

/// The `data` of a CometD notification: its type and the members that type adds.
///
/// ```
/// use ccwire_events::genesys::cometd::CometdData;
/// let d: CometdData = serde_json::from_str(
///     r#"{"messageType":"CallStateChangeMessage","notificationType":"StatusChange","call":{}}"#,
/// ).unwrap();
/// assert_eq!(d.notification_type.as_deref(), Some("StatusChange"));
/// assert!(serde_json::from_str::<CometdData>(r#"{"call":{}}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CometdData {
    /// Which notification this is (`DeviceStateChangeMessage`, `CallStateChangeMessage`,
    /// `IMSessionStateChangeMessage`, …). Required: the reference calls it the property that
    /// identifies the message, present in every notification.
    pub message_type: String,
    /// What happened, within the message type (`StatusChange`, `PropertiesUpdated`, `Error`,
    /// …). Optional: `DeviceStateChangeMessage` has none.
    pub notification_type: Option<String>,
    /// The members the message type adds, as received.
    #[wire(extra)]
    pub extra: Extra,
}
