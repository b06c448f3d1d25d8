//! Decode, encode, detect and describe contact-center agent-desktop messages.
//!
//! * [`decode`] / [`decode_slice`]: JSON text to a typed [`Message`], dispatching on the
//!   framing, the envelope `type` and `data.type` (Webex), or on `operationName` and
//!   `event`/`data.eventType` (Genesys, see [`genesys`]); errors are [`DecodeError`]s with the JSON
//!   pointer of the failure and the kind being decoded.
//! * [`detect`]: the vendor, family and kind of a message without decoding its body.
//! * [`encode`] / [`to_value`]: back to JSON; decode → encode gives back the same JSON value.
//! * [`decode_as`]: a payload by kind name (request arguments and other payloads that carry no
//!   discriminator); [`kinds`] lists every modelled kind with its schema.
//! * [`validate`] / [`validate_as`]: a [`Report`] of decode errors and drift (unknown members,
//!   values and kinds; numbers and booleans sent as text), each with pointer, code and severity;
//!   [`Mode::Strict`] makes drift an error.
//! * [`RawMessage`]: the exact bytes of a message with its detected kind, decoded on demand.
//! * [`schema`]: the JSON Schemas of every message, event kind and request type.
//! * [`sobot`]: Sobot call SDK kinds. `decode` / `detect` recognise a Sobot agent event by its
//!   top-level `messageID` (`Event…`) before trying Webex; call parameters and callback results
//!   are decoded by kind name.
//!
//! ```
//! use ccwire_codec::{Message, decode, encode};
//! let text = r#"{"type":"RoutingMessage","orgId":"o","trackingId":"notifs_1",
//!   "data":{"type":"AgentFutureEvent","eventType":"RoutingMessage","futureField":[1,2]}}"#;
//! let msg = decode(text).unwrap();
//! assert_eq!(msg.kind().to_string(), "webex.routing.AgentFutureEvent");
//! let back: serde_json::Value = serde_json::from_str(&encode(&msg).unwrap()).unwrap();
//! assert_eq!(back, serde_json::from_str::<serde_json::Value>(text).unwrap());
//! ```

mod detect;
mod error;
#[cfg(feature = "genesys")]
pub mod genesys;
mod raw;
mod registry;
mod report;
pub mod schema;
#[cfg(feature = "sobot")]
pub mod sobot;
mod vendors;
#[cfg(feature = "webex")]
pub mod webex;

#[cfg(feature = "genesys")]
use ccwire_genesys::GenesysMessage;
#[cfg(feature = "sobot")]
use ccwire_sobot::SobotEvent;
#[cfg(feature = "webex")]
use ccwire_webex::WebexMessage;
use ccwire_wire::kind::EventKind;
use serde::Serialize;
use vendors::{OtherVendor, TOP_MEMBERS, other_vendor};

pub use detect::{Detected, Vendor, detect};
pub use error::{DecodeError, ErrorCategory};
pub use raw::RawMessage;
pub use registry::{KindSpec, Payload, decode_as, decode_kind, kind, kinds};
pub use report::{
    MAX_PROBLEMS, Mode, Problem, Report, Severity, snippet, snippets, validate, validate_as,
};

/// A decoded message of any modelled vendor.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Message {
    /// A Webex Contact Center Desktop message.
    #[cfg(feature = "webex")]
    Webex(WebexMessage),
    /// A Sobot call SDK agent event (recognised by its `messageID`).
    #[cfg(feature = "sobot")]
    Sobot(SobotEvent),
    /// A Genesys Interactions API operation request or Service Client notification.
    #[cfg(feature = "genesys")]
    Genesys(GenesysMessage),
}

impl Message {
    /// The message's kind: vendor, family, kind name and whether it is modelled.
    #[must_use]
    pub fn kind(&self) -> Detected {
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(ref m) => {
                let k = m.kind();
                Detected {
                    vendor: Vendor::Webex,
                    family: k.family.into_owned(),
                    kind: k.kind,
                    known: k.known,
                }
            }
            #[cfg(feature = "sobot")]
            Self::Sobot(ref e) => sobot::event_kind(e),
            #[cfg(feature = "genesys")]
            Self::Genesys(ref m) => {
                let k = m.kind();
                Detected {
                    vendor: Vendor::Genesys,
                    family: k.family.to_owned(),
                    kind: k.kind,
                    known: k.known,
                }
            }
        }
    }

    /// The vendor.
    #[must_use]
    pub fn vendor(&self) -> Vendor {
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(_) => Vendor::Webex,
            #[cfg(feature = "sobot")]
            Self::Sobot(_) => Vendor::Sobot,
            #[cfg(feature = "genesys")]
            Self::Genesys(_) => Vendor::Genesys,
        }
    }

    /// The Webex interaction the message carries (a routing event's `interaction`): its ANI,
    /// DNIS and call-associated data (`Interaction::ani`, `dnis`, `cad_text`, and `cad(name)` with
    /// `CadVariable::typed_value` for a variable typed by its `type`).
    ///
    /// ```
    /// let msg = ccwire_codec::decode(r#"{"type":"RoutingMessage","orgId":"o","data":{
    ///   "type":"AgentOfferContact","eventType":"RoutingMessage","interactionId":"i1","orgId":"o",
    ///   "agentId":"a1","interaction":{"interactionId":"i1","orgId":"o","ani":"+15550100",
    ///     "callAssociatedData":{"account":{"value":"42"}}}}}"#).unwrap();
    /// let interaction = msg.interaction();
    /// assert_eq!(interaction.and_then(|i| i.ani()), Some("+15550100"));
    /// assert_eq!(interaction.and_then(|i| i.cad_text("account")), Some("42"));
    /// assert_eq!(msg.interaction_id(), Some("i1"));
    /// assert_eq!(msg.agent_id(), Some("a1"));
    /// ```
    #[cfg(feature = "webex")]
    #[must_use]
    pub fn interaction(&self) -> Option<&ccwire_webex::Interaction> {
        match self {
            Self::Webex(m) => match &m.event {
                ccwire_webex::WebexEvent::Routing(e) => e.interaction(),
                _ => None,
            },
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The id of the interaction the message is about: a Webex routing event's
    /// `data.interactionId`, or the `interaction.interactionId` of a Genesys Service Client
    /// interaction notification. `None` for other kinds.
    #[must_use]
    pub fn interaction_id(&self) -> Option<&str> {
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(ref m) => match &m.event {
                ccwire_webex::WebexEvent::Routing(e) => e.interaction_id().map(|id| id.as_str()),
                _ => None,
            },
            #[cfg(feature = "genesys")]
            Self::Genesys(GenesysMessage::Notification(
                ccwire_genesys::service_client::Notification::Interaction(ref n),
            )) => n
                .data
                .update()
                .and_then(|u| u.interaction.as_ref())
                .map(|i| i.interaction_id.as_str()),
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The agent the message names: a Webex routing event's `data.agentId`, when its kind
    /// carries one and it was sent. `None` for other kinds.
    #[must_use]
    pub fn agent_id(&self) -> Option<&str> {
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(ref m) => match &m.event {
                ccwire_webex::WebexEvent::Routing(e) => e.agent_id().map(|id| id.as_str()),
                _ => None,
            },
            #[allow(unreachable_patterns)]
            _ => None,
        }
    }

    /// The value of kind `K`, when the message is one.
    ///
    /// ```
    /// use ccwire_webex::routing::AgentOfferContact;
    /// let msg = ccwire_codec::decode(r#"{"type":"RoutingMessage","orgId":"o","data":{
    ///   "type":"AgentOfferContact","eventType":"RoutingMessage","interactionId":"i1","orgId":"o",
    ///   "interaction":{"interactionId":"i1","orgId":"o","ani":"+15550100",
    ///     "callAssociatedData":{"account":{"value":"42"}}}}}"#).unwrap();
    /// let offer = msg.get::<AgentOfferContact>().unwrap();
    /// let interaction = offer.contact.interaction.as_ref().unwrap();
    /// assert_eq!(interaction.ani(), Some("+15550100"));
    /// assert_eq!(interaction.cad_text("account"), Some("42"));
    /// ```
    #[must_use]
    pub fn get<K: EventKind>(&self) -> Option<&K> {
        self.as_any()?.downcast_ref::<K>()
    }

    /// The value of the message's kind, for typed access (`downcast_ref`); `None` for a kind
    /// that is not modelled.
    #[must_use]
    pub fn as_any(&self) -> Option<&dyn std::any::Any> {
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(ref m) => m.event.as_any(),
            #[cfg(feature = "sobot")]
            Self::Sobot(ref e) => e.as_any(),
            #[cfg(feature = "genesys")]
            Self::Genesys(ref m) => m.as_any(),
        }
    }

    /// The value of kind `K`, taken out of the message.
    ///
    /// # Errors
    /// The message is of another kind; it is given back unchanged.
    pub fn into_kind<K: EventKind>(self) -> Result<K, Self> {
        if !self.as_any().is_some_and(<dyn std::any::Any>::is::<K>) {
            return Err(self);
        }
        // The value is a `K` (checked above), so the downcast cannot fail; if it did, the
        // message would come back as an unknown kind of its vendor rather than a panic.
        match self {
            #[cfg(feature = "webex")]
            Self::Webex(m) => {
                let framing = m.framing;
                let shell = |framing| {
                    let event = ccwire_webex::WebexEvent::Unknown(Default::default());
                    Self::Webex(WebexMessage { framing, event })
                };
                match m.event.into_any() {
                    Ok(value) => value
                        .downcast::<K>()
                        .map(|k| *k)
                        .map_err(|_| shell(framing)),
                    Err(event) => Err(Self::Webex(WebexMessage { framing, event })),
                }
            }
            #[cfg(feature = "sobot")]
            Self::Sobot(e) => match e.into_any() {
                Ok(value) => value
                    .downcast::<K>()
                    .map(|k| *k)
                    .map_err(|_| Self::Sobot(SobotEvent::Unknown(Default::default()))),
                Err(e) => Err(Self::Sobot(e)),
            },
            #[cfg(feature = "genesys")]
            Self::Genesys(m) => match m.into_any() {
                Ok(value) => value.downcast::<K>().map(|k| *k).map_err(|_| {
                    let unknown =
                        ccwire_genesys::service_client::Notification::Unknown(Default::default());
                    Self::Genesys(GenesysMessage::Notification(unknown))
                }),
                Err(m) => Err(Self::Genesys(m)),
            },
        }
    }
}

impl ccwire_wire::inspect::Inspect for Message {
    fn inspect(
        &self,
        pointer: &ccwire_wire::inspect::Pointer<'_>,
        out: &mut ccwire_wire::inspect::Findings,
    ) {
        let _ = (pointer, &out);
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(ref m) => m.inspect(pointer, out),
            #[cfg(feature = "sobot")]
            Self::Sobot(ref e) => e.inspect(pointer, out),
            #[cfg(feature = "genesys")]
            Self::Genesys(ref m) => m.inspect(pointer, out),
        }
    }
}

impl Serialize for Message {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let _ = &serializer;
        match *self {
            #[cfg(feature = "webex")]
            Self::Webex(ref m) => m.serialize(serializer),
            #[cfg(feature = "sobot")]
            Self::Sobot(ref e) => e.serialize(serializer),
            #[cfg(feature = "genesys")]
            Self::Genesys(ref m) => m.serialize(serializer),
        }
    }
}

/// Decodes a message from JSON text.
///
/// # Errors
/// Invalid JSON, not an object, or a known kind whose body does not match its type. The error
/// names the JSON pointer and, when known, the kind.
///
/// ```
/// let err = ccwire_codec::decode("{\"type\": ").unwrap_err();
/// assert_eq!(err.category(), ccwire_codec::ErrorCategory::Eof);
/// ```
pub fn decode(text: &str) -> Result<Message, DecodeError> {
    budgeted(|| decode_unbudgeted(text))
}

/// Runs a decode within the memory budget of one message ([`ccwire_wire::budget`]); past it the
/// decode fails with [`ErrorCategory::TooLarge`].
pub(crate) fn budgeted<R>(f: impl FnOnce() -> R) -> R {
    ccwire_wire::budget::scope(ccwire_wire::budget::DEFAULT_LIMIT, f)
}

/// [`decode`] without a budget of its own.
fn decode_unbudgeted(text: &str) -> Result<Message, DecodeError> {
    let text = strip_bom(text);
    #[cfg(feature = "webex")]
    {
        decode_webex_first(text)
    }
    #[cfg(not(feature = "webex"))]
    {
        // Without Webex, only the other vendors' discriminators decide; a message that names
        // none of them is Webex's (or not a message at all).
        match ccwire_wire::dispatch::peek_members(text, &TOP_MEMBERS) {
            Ok(top) => match other_vendor(&top) {
                Some(vendor) => decode_other_vendor(text, vendor),
                None => Err(vendors::not_compiled(Vendor::Webex)),
            },
            Err(_) => Err(syntax_error(text)),
        }
    }
}

/// [`decode`] with Webex compiled in: the usual Webex layout first, then one scan of the top level.
#[cfg(feature = "webex")]
fn decode_webex_first(text: &str) -> Result<Message, DecodeError> {
    use ccwire_wire::dispatch;
    // The usual Webex layout is read from both ends of the text, confirmed by decoding its body
    // (with a budget of its own: what a failed guess spent is not charged to the full scan).
    if let Some(scanned) = dispatch::members_from_ends(text, "data", &WebexMessage::DATA_TAGS)
        && other_vendor(&dispatch::find_members(&scanned.members, &TOP_MEMBERS)).is_none()
        && let Ok(message) =
            budgeted(|| WebexMessage::from_members::<serde_json::Error>(text, scanned))
    {
        return Ok(Message::Webex(message));
    }
    // One scan of the top level tells the vendors apart and gives the Webex decoder its frame.
    let webex = match dispatch::object_members_peeking(text, "data", &WebexMessage::DATA_TAGS) {
        Ok(scanned) => {
            if let Some(vendor) =
                other_vendor(&dispatch::find_members(&scanned.members, &TOP_MEMBERS))
            {
                return decode_other_vendor(text, vendor);
            }
            WebexMessage::from_members::<serde_json::Error>(text, scanned)
        }
        Err(_) => {
            // Not a well-formed object at the top: the lenient peek still tells the vendors
            // apart (their decoders give the precise error).
            if let Ok(top) = dispatch::peek_members(text, &TOP_MEMBERS)
                && let Some(vendor) = other_vendor(&top)
            {
                return decode_other_vendor(text, vendor);
            }
            WebexMessage::from_json_str::<serde_json::Error>(text)
        }
    };
    webex.map(Message::Webex).map_err(|err| {
        // The pointer first: detecting the kind decodes again.
        let error = DecodeError::from_json(&err, None);
        let kind = detect(text).ok().filter(|d| d.known).map(|d| d.to_string());
        DecodeError::syntax_first(text, DecodeError { kind, ..error })
    })
}

/// The syntax error of text that is not a JSON object at the top.
#[cfg(not(feature = "webex"))]
fn syntax_error(text: &str) -> DecodeError {
    let err = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
        Err(err) => err,
        Ok(_) => <serde_json::Error as serde::de::Error>::custom("expected a JSON object"),
    };
    DecodeError::syntax_first(text, DecodeError::from_json(&err, None))
}

/// Decodes a Sobot or Genesys message (an error when that vendor is not compiled in).
fn decode_other_vendor(text: &str, vendor: OtherVendor) -> Result<Message, DecodeError> {
    let _ = text; // unread when neither Sobot nor Genesys is compiled in
    match vendor {
        #[cfg(feature = "sobot")]
        OtherVendor::Sobot => sobot::decode_event(text).map(Message::Sobot),
        #[cfg(not(feature = "sobot"))]
        OtherVendor::Sobot => Err(vendors::not_compiled(Vendor::Sobot)),
        #[cfg(feature = "genesys")]
        OtherVendor::Genesys(family) => genesys::decode(text, family).map(Message::Genesys),
        #[cfg(not(feature = "genesys"))]
        OtherVendor::Genesys(_) => Err(vendors::not_compiled(Vendor::Genesys)),
    }
}

/// A leading UTF-8 byte order mark is not part of the JSON text (RFC 8259 §8.1 lets parsers
/// ignore it); every entry point skips it.
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Decodes a message from bytes (UTF-8 JSON).
///
/// # Errors
/// As [`decode`], plus invalid UTF-8.
///
/// ```
/// assert!(ccwire_codec::decode_slice(b"{\"data\": 1, \xff}").is_err());
/// ```
pub fn decode_slice(bytes: &[u8]) -> Result<Message, DecodeError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => decode(text),
        Err(e) => Err(DecodeError {
            category: ErrorCategory::Syntax,
            pointer: String::new(),
            message: format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            kind: None,
            line: 0,
            column: 0,
        }),
    }
}

/// Encodes a message as compact JSON text.
///
/// # Errors
/// Only if the serializer fails (it does not for these types).
pub fn encode(message: &Message) -> Result<String, serde_json::Error> {
    serde_json::to_string(message)
}

/// Encodes a message as a JSON value.
///
/// # Errors
/// Only if the serializer fails (it does not for these types).
pub fn to_value(message: &Message) -> Result<serde_json::Value, serde_json::Error> {
    serde_json::to_value(message)
}
