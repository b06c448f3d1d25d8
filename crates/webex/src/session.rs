//! Connection frames of the notification socket: the `Welcome` frame and keepalives.
//!
//! Neither is documented with a sample in the Desktop documents; the shapes are the vendor
//! SDKs' (`{type: "Welcome", data: {agentId}}`, `{keepalive: "true"}`).

use crate::AgentId;
use ccwire_wire::{Extra, Lenient, Wire};

/// The `data` of the `Welcome` frame sent when the notification socket opens.
///
/// ```
/// use ccwire_webex::WebexMessage;
/// let msg: WebexMessage = serde_json::from_str(r#"{"type":"Welcome","data":{"agentId":"a1"}}"#).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.session.Welcome");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Welcome {
    /// The agent the socket belongs to.
    ///
    /// *Expected*: the contact-center SDK's `WelcomeEvent` type declares `agentId`, and no
    /// reference promises it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A keepalive frame: `{"keepalive": "true"}` (text, as the vendor SDK sends and checks it).
///
/// ```
/// use ccwire_webex::WebexMessage;
/// let msg: WebexMessage = serde_json::from_str(r#"{"keepalive":"true"}"#).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.session.Keepalive");
/// assert_eq!(serde_json::to_string(&msg).unwrap(), r#"{"keepalive":"true"}"#);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Keepalive {
    /// Discriminator: the member whose presence makes a frame a keepalive. Always `"true"` on
    /// the wire.
    pub keepalive: Lenient<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
