//! Typed access to one kind: [`EventKind`] takes a kind's value out of a decoded message.

use crate::WebexMessage;

/// A kind of event that a decoded message may hold: its full name, and where to find it in a
/// message of its vendor. `ccwire_codec::Message::get` and `Message::into_kind` use it to give
/// a kind's value in one step.
///
/// ```
/// use ccwire_webex::EventKind;
/// use ccwire_webex::WebexMessage;
/// use ccwire_webex::routing::AgentContactHeld;
/// let msg: WebexMessage = serde_json::from_str(r#"{"type":"RoutingMessage","data":{
///   "type":"AgentContactHeld","eventType":"RoutingMessage","interactionId":"i1","orgId":"o"}}"#)
///     .unwrap();
/// let held = AgentContactHeld::in_webex(&msg).unwrap();
/// assert_eq!(held.contact.interaction_id.as_str(), "i1");
/// assert_eq!(<AgentContactHeld as EventKind>::KIND, "webex.routing.AgentContactHeld");
/// ```
pub trait EventKind: Sized {
    /// The kind's full name (`vendor.family.Name`).
    const KIND: &'static str;

    /// The value, when `message` is a Webex message of this kind.
    fn in_webex(message: &WebexMessage) -> Option<&Self> {
        let _ = message;
        None
    }

    /// The value, taken out of `message` when it is a Webex message of this kind (the message
    /// back otherwise).
    ///
    /// # Errors
    /// The message is of another kind; it is given back unchanged.
    fn from_webex(message: WebexMessage) -> Result<Self, WebexMessage> {
        Err(message)
    }
}
