//! The framing of Webex messages and the top-level message type.

use std::any::Any;
use std::borrow::Cow;
use std::fmt;

use crate::EnvelopeType;
use crate::{OrgId, TrackingId};
use ccwire_wire::inspect::{Finding, FindingKind, Findings, Inspect, Pointer, child};
use ccwire_wire::{Extra, UnknownObject};
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use crate::agent_state::AgentDesktopEvent;
use crate::js_method::{JsMethodEvent, MockOutdialAniList, VteamList, VteamListFailed};
use crate::monitoring::MonitoringEvent;
use crate::routing::RoutingEvent;
use crate::screen_pop::ScreenPop;
use crate::session::{Keepalive, Welcome};
use crate::shortcut_key::ShortcutEvent;

/// How a message was framed on the wire. Encoding writes the same framing back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum Framing {
    /// `{data, orgId, trackingId, type}`.
    Envelope {
        /// The envelope `type`.
        envelope_type: EnvelopeType,
        /// The organization.
        org_id: Option<OrgId>,
        /// The notification's tracking id (`notifs_<uuid>`).
        tracking_id: Option<TrackingId>,
        /// Envelope members not modelled.
        extra: Extra,
    },
    /// `{data}` with no envelope members (e.g. the ANI update and CAD update examples).
    DataOnly {
        /// Wrapper members other than `data`, if any.
        extra: Extra,
    },
    /// The event object itself, with no wrapper (e.g. the outdial failure example); also shortcut
    /// key events (`{type, data}` objects that are not envelopes) and keepalives.
    Bare,
}

/// The event a message carries, by family.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WebexEvent {
    /// A contact routing event (known or unknown `data.type`).
    Routing(RoutingEvent),
    /// An agent-desktop message: agent state and session (known or unknown `data.type`).
    AgentDesktop(AgentDesktopEvent),
    /// A supervisor monitoring message (known or unknown `data.type`).
    Monitoring(MonitoringEvent),
    /// A screen pop.
    ScreenPop(Box<ScreenPop>),
    /// A legacy `jsMethod` list notification.
    JsMethod(JsMethodEvent),
    /// A shortcut key event (`execute`, `conflict`).
    Shortcut(ShortcutEvent),
    /// The `Welcome` frame of the notification socket.
    Welcome(Box<Welcome>),
    /// A keepalive frame.
    Keepalive(Box<Keepalive>),
    /// The data of an envelope type this version does not model, kept whole.
    Unknown(UnknownObject),
}

/// The kinds a Webex message carries that are not in a tagged family (one kind per envelope
/// type or frame), each with its full name.
macro_rules! single_kinds {
    ($($ty:ty => $kind:literal;)*) => {
        $(
            impl ccwire_wire::kind::EventKind for $ty {
                const KIND: &'static str = $kind;
            }
        )*

        /// Hands the single kinds to `visitor`, in the order declared.
        fn for_each_single_kind(visitor: &mut impl ccwire_wire::kind::KindVisitor) {
            $( visitor.kind::<$ty>($kind); )*
        }
    };
}

single_kinds! {
    Welcome => "webex.session.Welcome";
    Keepalive => "webex.session.Keepalive";
    VteamList => "webex.jsMethod.VteamList";
    MockOutdialAniList => "webex.jsMethod.mockOutdialAniList";
    VteamListFailed => "webex.jsMethod.VteamListFailed";
    ScreenPop => "webex.screenPop.ScreenPop";
}

impl WebexEvent {
    /// Every kind a Webex message can carry, family by family, with its full name: the
    /// families' declarations (`tagged_union!` with `kinds`) and the single kinds. The kind
    /// registry (`ccwire_codec::kinds`) and the schema files are built from it.
    ///
    /// ```
    /// use ccwire_webex::WebexEvent;
    /// use ccwire_webex::routing::AgentOfferContact;
    /// use ccwire_wire::kind::{KindType, KindVisitor};
    /// struct Names(Vec<&'static str>);
    /// impl KindVisitor for Names {
    ///     fn kind<T: KindType>(&mut self, name: &'static str) {
    ///         self.0.push(name);
    ///     }
    /// }
    /// let mut names = Names(Vec::new());
    /// WebexEvent::for_each_kind(&mut names);
    /// assert_eq!(names.0[0], AgentOfferContact::KIND);
    /// assert!(names.0.contains(&"webex.screenPop.ScreenPop"));
    /// ```
    pub fn for_each_kind(visitor: &mut impl ccwire_wire::kind::KindVisitor) {
        RoutingEvent::for_each_kind(visitor);
        AgentDesktopEvent::for_each_kind(visitor);
        MonitoringEvent::for_each_kind(visitor);
        ShortcutEvent::for_each_kind(visitor);
        for_each_single_kind(visitor);
    }

    /// The event's value, for typed access by kind (`downcast_ref`); `None` for an unknown kind.
    #[must_use]
    pub fn as_any(&self) -> Option<&dyn Any> {
        match self {
            Self::Routing(e) => e.as_any(),
            Self::AgentDesktop(e) => e.as_any(),
            Self::Monitoring(e) => e.as_any(),
            Self::Shortcut(e) => e.as_any(),
            Self::ScreenPop(e) => Some(&**e),
            Self::Welcome(e) => Some(&**e),
            Self::Keepalive(e) => Some(&**e),
            Self::JsMethod(JsMethodEvent::VteamList(e)) => Some(&**e),
            Self::JsMethod(JsMethodEvent::MockOutdialAniList(e)) => Some(&**e),
            Self::JsMethod(JsMethodEvent::VteamListFailed(e)) => Some(&**e),
            Self::Unknown(_) => None,
        }
    }

    /// The event's value, taken out for typed access by kind (`downcast`).
    ///
    /// # Errors
    /// The event is of an unknown kind; it is given back.
    pub fn into_any(self) -> Result<Box<dyn Any>, Self> {
        match self {
            Self::Routing(e) => e.into_any().map_err(Self::Routing),
            Self::AgentDesktop(e) => e.into_any().map_err(Self::AgentDesktop),
            Self::Monitoring(e) => e.into_any().map_err(Self::Monitoring),
            Self::Shortcut(e) => e.into_any().map_err(Self::Shortcut),
            Self::ScreenPop(e) => Ok(e),
            Self::Welcome(e) => Ok(e),
            Self::Keepalive(e) => Ok(e),
            Self::JsMethod(JsMethodEvent::VteamList(e)) => Ok(e),
            Self::JsMethod(JsMethodEvent::MockOutdialAniList(e)) => Ok(e),
            Self::JsMethod(JsMethodEvent::VteamListFailed(e)) => Ok(e),
            Self::Unknown(e) => Err(Self::Unknown(e)),
        }
    }
}

/// The kind of a message: vendor, family and the kind's wire name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MessageKind {
    /// Family: `routing`, `agentDesktop`, `monitoring`, `screenPop`, `jsMethod`, `shortcutKey`,
    /// `session`, or the envelope type of an unmodelled family.
    pub family: Cow<'static, str>,
    /// The kind (`data.type`, the envelope `type` of `jsMethod` messages, the event `type` of
    /// shortcut events), when there is one.
    pub kind: Option<String>,
    /// Whether the kind is modelled (decoded with its own type).
    pub known: bool,
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ccwire_wire::dispatch::kind_segment;
        // Webex wire names are the type names: an unknown one cannot pass for a modelled one.
        write!(
            f,
            "webex.{}.{}",
            kind_segment(&self.family, false),
            self.kind
                .as_deref()
                .map_or("?".into(), |k| kind_segment(k, false))
        )
    }
}

/// A Webex Contact Center Desktop message: its framing and its event.
///
/// Decoding looks at the framing first (envelope, `{data}` wrapper or bare event), then at the
/// discriminators: `data.type` decides the family when it names a known kind of one (the
/// envelope `type` is not reliable: a barge-in succeeds in an `AgentMonitorStateChanged`
/// envelope and fails in a `MonitoringRequest` one), then `data.eventType`
/// (`AgentDesktopMessage`, `SupervisorDesktopMessage`), then the envelope `type`
/// (`RoutingMessage`, the agent and monitoring envelopes, and the `jsMethod` and `Welcome`
/// envelopes whose data has no `type`). Shortcut key events (`{type: "execute" | "conflict",
/// data}`) and keepalives (`{keepalive}`) are recognised at the top level. A known kind with a
/// malformed body is an error; unknown envelope types and unknown kinds are kept whole.
/// Encoding gives back the same JSON value.
///
/// ```
/// use ccwire_webex::WebexMessage;
/// let text = r#"{"type":"FutureEnvelope","orgId":"o","trackingId":"notifs_1","data":{"a":1}}"#;
/// let msg: WebexMessage = serde_json::from_str(text).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.FutureEnvelope.?");
/// assert_eq!(serde_json::to_value(&msg).unwrap(), serde_json::from_str::<serde_json::Value>(text).unwrap());
/// ```
#[derive(Clone, PartialEq)]
pub struct WebexMessage {
    /// How the message was framed.
    pub framing: Framing,
    /// The event.
    pub event: WebexEvent,
}

impl fmt::Debug for WebexMessage {
    /// The framing and the event; when the envelope says `secureCad` (anything but `false`),
    /// the `attributes` of the data are rendered as secret (see `ccwire_wire::secret`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secure = match &self.framing {
            Framing::Bare => false,
            Framing::DataOnly { extra } | Framing::Envelope { extra, .. } => extra
                .get("secureCad")
                .is_some_and(|v| ccwire_wire::secret::flag_is_secure(v.get())),
        };
        struct Event<'a>(&'a WebexEvent, bool);
        impl fmt::Debug for Event<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                if self.1 {
                    ccwire_wire::secret::with_secure_data(|| self.0.fmt(f))
                } else {
                    self.0.fmt(f)
                }
            }
        }
        f.debug_struct("WebexMessage")
            .field("framing", &self.framing)
            .field("event", &Event(&self.event, secure))
            .finish()
    }
}

/// Envelope types whose data belongs to the agent-desktop family even when `data.type` is not
/// a known kind.
const AGENT_DESKTOP_ENVELOPES: &[&str] = &[
    "AgentStateChange",
    "BuddyAgents",
    "StationLogin",
    "Logout",
    "AGENT_MULTI_LOGIN",
];
/// Envelope types whose data belongs to the monitoring family even when `data.type` is not a
/// known kind.
const MONITORING_ENVELOPES: &[&str] = &["MonitoringRequest", "AgentMonitorStateChanged"];
/// Envelope types that name their kind themselves (their `data` has no `type`).
const SELF_NAMED_ENVELOPES: &[&str] = &[
    "VteamList",
    "mockOutdialAniList",
    "VteamListFailed",
    "Welcome",
];

/// Which family a message's data belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Route {
    Routing,
    AgentDesktop,
    Monitoring,
    ScreenPop,
    VteamList,
    MockOutdialAniList,
    VteamListFailed,
    Welcome,
    Shortcut,
    Keepalive,
    Unknown,
}

/// Routes a data object by its envelope `type` (if any), `data.type` and `data.eventType`.
fn route(envelope: Option<&str>, data_type: Option<&str>, event_type: Option<&str>) -> Route {
    match envelope {
        Some("VteamList") => return Route::VteamList,
        Some("mockOutdialAniList") => return Route::MockOutdialAniList,
        Some("VteamListFailed") => return Route::VteamListFailed,
        Some("Welcome") => return Route::Welcome,
        _ => {}
    }
    let known_in = |known: &[&str]| data_type.is_some_and(|t| known.contains(&t));
    if data_type == Some("ScreenPop") {
        Route::ScreenPop
    } else if known_in(AgentDesktopEvent::KNOWN) || event_type == Some("AgentDesktopMessage") {
        Route::AgentDesktop
    } else if known_in(MonitoringEvent::KNOWN) || event_type == Some("SupervisorDesktopMessage") {
        Route::Monitoring
    } else {
        match envelope {
            None | Some("RoutingMessage") => Route::Routing,
            Some(t) if AGENT_DESKTOP_ENVELOPES.contains(&t) => Route::AgentDesktop,
            Some(t) if MONITORING_ENVELOPES.contains(&t) => Route::Monitoring,
            Some(_) => Route::Unknown,
        }
    }
}

/// A message's framing and route, read from its top level and discriminators only.
struct Classified<'a> {
    route: Route,
    /// The text of the routed object (`data`, or the whole message).
    body: &'a str,
    /// Member the body sits under (`data`), for error pointers.
    under: Option<&'static str>,
    /// `data.type` (or the top-level `type` of a bare or shortcut message).
    tag: Option<String>,
    envelope_type: Option<String>,
}

impl WebexMessage {
    /// The message's kind.
    #[must_use]
    pub fn kind(&self) -> MessageKind {
        let known = |family: &'static str, kind: Option<&str>, known: bool| MessageKind {
            family: Cow::Borrowed(family),
            kind: kind.map(str::to_owned),
            known,
        };
        match &self.event {
            WebexEvent::Routing(e) => known("routing", e.kind(), e.is_known()),
            WebexEvent::AgentDesktop(e) => known("agentDesktop", e.kind(), e.is_known()),
            WebexEvent::Monitoring(e) => known("monitoring", e.kind(), e.is_known()),
            WebexEvent::ScreenPop(_) => known("screenPop", Some("ScreenPop"), true),
            WebexEvent::JsMethod(e) => known("jsMethod", Some(e.kind()), true),
            WebexEvent::Shortcut(e) => known("shortcutKey", e.kind(), e.is_known()),
            WebexEvent::Welcome(_) => known("session", Some("Welcome"), true),
            WebexEvent::Keepalive(_) => known("session", Some("Keepalive"), true),
            WebexEvent::Unknown(data) => MessageKind {
                family: match &self.framing {
                    Framing::Envelope { envelope_type, .. } => {
                        Cow::Owned(envelope_type.as_str().to_owned())
                    }
                    _ => Cow::Borrowed("unknown"),
                },
                kind: data.tag("type").map(str::to_owned),
                known: false,
            },
        }
    }

    /// The routing event, if the message carries one.
    #[must_use]
    pub fn routing(&self) -> Option<&RoutingEvent> {
        match &self.event {
            WebexEvent::Routing(e) => Some(e),
            _ => None,
        }
    }

    /// Decodes a message from JSON text. Errors carry the JSON pointer of the failure at the start
    /// of their message (`@/data/interaction/state …`).
    ///
    /// # Errors
    /// Not a JSON object, a malformed envelope, or a known kind with a malformed body.
    pub fn from_json_str<E: de::Error>(text: &str) -> Result<Self, E> {
        if let Some(message) = Self::from_ends(text) {
            return Ok(message);
        }
        read_frame::<E>(text)?.into_message(text)
    }

    /// The fast path for the usual `{"data":{…,"type":"Kind"},…,"type":"Envelope"}` layout: the
    /// top level and the discriminators are read from the two ends of the text
    /// ([`members_from_ends`](ccwire_wire::dispatch::members_from_ends)), so the body is
    /// scanned only by its decoder. The guess is confirmed by that decoder (the body must be one
    /// JSON value, nothing after it); `None` when the text has another layout or the guess (or
    /// the decode) fails, and the caller takes the full path, which also gives the precise error.
    ///
    /// ```
    /// use ccwire_webex::WebexMessage;
    /// let text = r#"{"data":{"type":"AgentFuture","eventType":"RoutingMessage"},"type":"RoutingMessage"}"#;
    /// assert_eq!(WebexMessage::from_ends(text).unwrap().kind().to_string(), "webex.routing.AgentFuture");
    /// assert!(WebexMessage::from_ends(r#"{"type":"RoutingMessage","data":{}}"#).is_none());
    /// ```
    #[must_use]
    pub fn from_ends(text: &str) -> Option<Self> {
        let members = ccwire_wire::dispatch::members_from_ends(text, "data", &Self::DATA_TAGS)?;
        Self::from_members::<serde_json::Error>(text, members).ok()
    }

    /// The members of `data` that [`from_members`](Self::from_members) needs peeked.
    pub const DATA_TAGS: [&'static str; 2] = ["type", "eventType"];

    /// Like [`from_json_str`](Self::from_json_str), when the caller has already scanned the top
    /// level of `text` with
    /// [`object_members_peeking(text, "data", &DATA_TAGS)`](ccwire_wire::dispatch::object_members_peeking)
    /// (for instance to tell vendors apart), saving a second scan.
    ///
    /// # Errors
    /// As `from_json_str`.
    ///
    /// ```
    /// use ccwire_webex::WebexMessage;
    /// let text = r#"{"type":"RoutingMessage","data":{"type":"AgentFuture","eventType":"RoutingMessage"}}"#;
    /// let scanned = ccwire_wire::dispatch::object_members_peeking(text, "data", &WebexMessage::DATA_TAGS).unwrap();
    /// let msg = WebexMessage::from_members::<serde_json::Error>(text, scanned).unwrap();
    /// assert_eq!(msg.kind().to_string(), "webex.routing.AgentFuture");
    /// ```
    pub fn from_members<E: de::Error>(
        text: &str,
        scanned: ccwire_wire::dispatch::Scanned<'_>,
    ) -> Result<Self, E> {
        frame_from_members::<E>(scanned)?.into_message(text)
    }

    /// The kind of the message in `text`, read from its framing and discriminators without
    /// decoding its body.
    ///
    /// # Errors
    /// Not a JSON object, or an envelope `type` that is not a string.
    ///
    /// ```
    /// use ccwire_webex::WebexMessage;
    /// let k = WebexMessage::peek_kind::<serde_json::Error>(
    ///     r#"{"type":"MonitoringRequest","data":{"type":"MonitoringHold","bad":"body"}}"#).unwrap();
    /// assert_eq!(k.to_string(), "webex.monitoring.MonitoringHold");
    /// ```
    pub fn peek_kind<E: de::Error>(text: &str) -> Result<MessageKind, E> {
        let frame = read_frame::<E>(text)?;
        let c = frame.classify::<E>(text)?;
        let tag = c.tag;
        let in_family = |family: &'static str, known: &[&str]| MessageKind {
            family: Cow::Borrowed(family),
            known: tag.as_deref().is_some_and(|t| known.contains(&t)),
            kind: tag.clone(),
        };
        let named = |family: &'static str, kind: &str| MessageKind {
            family: Cow::Borrowed(family),
            kind: Some(kind.to_owned()),
            known: true,
        };
        Ok(match c.route {
            Route::Routing => in_family("routing", RoutingEvent::KNOWN),
            Route::AgentDesktop => in_family("agentDesktop", AgentDesktopEvent::KNOWN),
            Route::Monitoring => in_family("monitoring", MonitoringEvent::KNOWN),
            Route::Shortcut => in_family("shortcutKey", ShortcutEvent::KNOWN),
            Route::ScreenPop => named("screenPop", "ScreenPop"),
            Route::VteamList => named("jsMethod", "VteamList"),
            Route::MockOutdialAniList => named("jsMethod", "mockOutdialAniList"),
            Route::VteamListFailed => named("jsMethod", "VteamListFailed"),
            Route::Welcome => named("session", "Welcome"),
            Route::Keepalive => named("session", "Keepalive"),
            Route::Unknown => MessageKind {
                family: Cow::Owned(c.envelope_type.unwrap_or_else(|| "unknown".to_owned())),
                kind: tag,
                known: false,
            },
        })
    }
}

/// Reads the top level of a message.
///
/// A structural scan finds the members; each one is checked by the decode that reads it (`type`
/// here, `data` by its kind's decoder, the others when they are needed — for a bare event, by
/// the event's own decoder).
fn read_frame<E: de::Error>(text: &str) -> Result<RawFrame<'_>, E> {
    let scanned =
        ccwire_wire::dispatch::object_members_peeking(text, "data", &WebexMessage::DATA_TAGS)
            .map_err(E::custom)?;
    frame_from_members(scanned)
}

/// The top level of a message from its scanned members (`data` peeked for [`WebexMessage::DATA_TAGS`]).
fn frame_from_members<E: de::Error>(
    scanned: ccwire_wire::dispatch::Scanned<'_>,
) -> Result<RawFrame<'_>, E> {
    let ccwire_wire::dispatch::Scanned {
        mut members,
        peeked,
    } = scanned;
    // `data.type` and `data.eventType`, peeked inside the first `data` when it is an object.
    let data_tags = peeked.map(|found| {
        let mut strings = found
            .into_iter()
            .map(|p| p.and_then(|p| p.as_str().map(str::to_owned)));
        (strings.next().flatten(), strings.next().flatten())
    });
    let mut envelope_type = None;
    let mut data = None;
    let mut failed = None;
    // `type` and `data` are taken out; the others stay where they are (no second vector).
    members.retain(|member| {
        if failed.is_some() {
            return false;
        }
        let duplicate = match member.key.as_ref() {
            "type" => {
                // A string (the usual case) is read as it was scanned, without a decoder.
                let value = match member.peek() {
                    Some(ccwire_wire::dispatch::Peeked::Str(s)) => {
                        Ok(serde_json::Value::String(s.into_owned()))
                    }
                    _ => ccwire_wire::dispatch::decode_nested::<ccwire_wire::RawJson, E>(
                        member.value,
                    )
                    .map(|v| v.to_value()),
                };
                match value {
                    Ok(v) => envelope_type.replace(v).is_some(),
                    Err(e) => {
                        failed = Some(under("type", e));
                        return false;
                    }
                }
            }
            "data" => data.replace(member.value).is_some(),
            // A repeat is refused by whatever reads the members: the envelope's unknown
            // members (`envelope_members`), or the event's own decoder for a bare event.
            _ => return true,
        };
        if duplicate {
            failed = Some(ccwire_wire::wire::repeated(&member.key));
        }
        false
    });
    match failed {
        Some(e) => Err(e),
        None => Ok(RawFrame {
            envelope_type,
            data,
            data_tags,
            members,
        }),
    }
}

/// Puts a nested decode error under the pointer of the member it came from.
fn under<E: de::Error>(member: &str, e: E) -> E {
    ccwire_wire::located::nest(&format!("/{member}"), &e.to_string())
}

/// The top level of a message: `type` and `data` captured, everything else kept as values.
struct RawFrame<'a> {
    envelope_type: Option<serde_json::Value>,
    data: Option<&'a str>,
    /// `data.type` and `data.eventType`, read while finding the end of `data` (`None` when `data`
    /// is not an object).
    data_tags: Option<(Option<String>, Option<String>)>,
    /// Other top-level members, kept raw: they are decoded only for an envelope or a `{data}`
    /// wrapper (for a bare event they are the event's own members).
    members: Vec<ccwire_wire::dispatch::Member<'a>>,
}

impl<'a> RawFrame<'a> {
    /// The other top-level members as values (duplicate keys inside them are errors).
    fn extra<E: de::Error>(&self) -> Result<Extra, E> {
        self.envelope_members(&[]).map(|(_, extra)| extra)
    }

    /// The other top-level members: the string values of `named` ones (error when not a
    /// string), and the rest as values (duplicate keys inside them are errors).
    fn envelope_members<E: de::Error, const N: usize>(
        &self,
        named: &[&str; N],
    ) -> Result<([Option<String>; N], Extra), E> {
        let mut strings = [const { None }; N];
        let mut extra = Extra::with_capacity(self.members.len());
        for member in &self.members {
            let (key, raw) = (&member.key, member.value);
            let named_at = named.iter().position(|n| n == key);
            // A named member holding a string (the usual case) is read as it was scanned.
            if let Some(i) = named_at
                && let Some(ccwire_wire::dispatch::Peeked::Str(s)) = member.peek()
            {
                if strings[i].replace(s.into_owned()).is_some() {
                    return Err(ccwire_wire::wire::repeated(key));
                }
                continue;
            }
            let v: ccwire_wire::RawJson =
                ccwire_wire::dispatch::decode_nested(raw).map_err(|e: E| under(key, e))?;
            let repeated = match named_at {
                Some(i) => match v.as_str() {
                    Some(s) => strings[i].replace(s.into_owned()).is_some(),
                    None => {
                        let at = child("", key);
                        return Err(ccwire_wire::located::error(
                            at,
                            "invalid type: expected a string",
                        ));
                    }
                },
                None => {
                    // Repeats among these are looked for once, below.
                    extra.push(key, v);
                    false
                }
            };
            if repeated {
                return Err(ccwire_wire::wire::repeated(key));
            }
        }
        Ok((strings, extra.checked()?))
    }

    /// The envelope `type` as text (error when it is not a string).
    fn envelope_type<E: de::Error>(&self) -> Result<Option<&str>, E> {
        match &self.envelope_type {
            None => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s)),
            Some(_) => Err(ccwire_wire::located::error(
                "/type",
                "invalid type: expected the envelope `type` to be a string",
            )),
        }
    }

    /// Works out the framing and route without decoding the body.
    ///
    /// (Reads `data.type` and `data.eventType` in one scan.)
    fn classify<E: de::Error>(&self, whole: &'a str) -> Result<Classified<'a>, E> {
        let peek =
            |raw: &str, key: &str| ccwire_wire::dispatch::peek_tag(raw, key).map_err(E::custom);
        let Some(data) = self.data else {
            let top = self
                .envelope_type
                .as_ref()
                .and_then(serde_json::Value::as_str)
                .map(str::to_owned);
            if self.envelope_type.is_none() && self.members.iter().any(|m| m.key == "keepalive") {
                return Ok(Classified {
                    route: Route::Keepalive,
                    body: whole,
                    under: None,
                    tag: None,
                    envelope_type: None,
                });
            }
            let event_type = peek(whole, "eventType")?;
            let route = route(None, top.as_deref(), event_type.as_deref());
            return Ok(Classified {
                route,
                body: whole,
                under: None,
                tag: top,
                envelope_type: None,
            });
        };
        // The tags were read while finding the end of `data`; they are absent only when `data`
        // is not an object.
        let Some((data_tag, event_type)) = self.data_tags.clone() else {
            return Err(ccwire_wire::located::error(
                "/data",
                ccwire_wire::dispatch::NotAnObject,
            ));
        };
        let Some(envelope_type) = self.envelope_type::<E>()? else {
            let route = route(None, data_tag.as_deref(), event_type.as_deref());
            return Ok(Classified {
                route,
                body: data,
                under: Some("data"),
                tag: data_tag,
                envelope_type: None,
            });
        };
        if ShortcutEvent::KNOWN.contains(&envelope_type) {
            return Ok(Classified {
                route: Route::Shortcut,
                body: whole,
                under: None,
                tag: Some(envelope_type.to_owned()),
                envelope_type: None,
            });
        }
        let route = route(
            Some(envelope_type),
            data_tag.as_deref(),
            event_type.as_deref(),
        );
        Ok(Classified {
            route,
            body: data,
            under: Some("data"),
            tag: data_tag,
            envelope_type: Some(envelope_type.to_owned()),
        })
    }

    fn into_message<E: de::Error>(self, whole: &'a str) -> Result<WebexMessage, E> {
        let c = self.classify::<E>(whole)?;
        let body = c.body;
        let tag = c.tag.as_deref();
        let at = |e: E| match c.under {
            Some(member) => under(member, e),
            None => e,
        };
        fn boxed<T: de::DeserializeOwned, E: de::Error>(raw: &str) -> Result<Box<T>, E> {
            ccwire_wire::dispatch::decode_nested(raw).map(Box::new)
        }
        let event = match c.route {
            Route::Routing => {
                WebexEvent::Routing(RoutingEvent::from_json_str_with_tag(body, tag).map_err(at)?)
            }
            Route::AgentDesktop => WebexEvent::AgentDesktop(
                AgentDesktopEvent::from_json_str_with_tag(body, tag).map_err(at)?,
            ),
            Route::Monitoring => WebexEvent::Monitoring(
                MonitoringEvent::from_json_str_with_tag(body, tag).map_err(at)?,
            ),
            Route::ScreenPop => WebexEvent::ScreenPop(boxed(body).map_err(at)?),
            Route::VteamList => {
                WebexEvent::JsMethod(JsMethodEvent::VteamList(boxed(body).map_err(at)?))
            }
            Route::MockOutdialAniList => {
                WebexEvent::JsMethod(JsMethodEvent::MockOutdialAniList(boxed(body).map_err(at)?))
            }
            Route::VteamListFailed => {
                WebexEvent::JsMethod(JsMethodEvent::VteamListFailed(boxed(body).map_err(at)?))
            }
            Route::Welcome => WebexEvent::Welcome(boxed(body).map_err(at)?),
            Route::Shortcut => WebexEvent::Shortcut(ShortcutEvent::from_json_str(body)?),
            Route::Keepalive => WebexEvent::Keepalive(boxed(body)?),
            Route::Unknown => {
                WebexEvent::Unknown(ccwire_wire::dispatch::decode_nested(body).map_err(at)?)
            }
        };
        if matches!(c.route, Route::Shortcut | Route::Keepalive) || self.data.is_none() {
            return Ok(WebexMessage {
                framing: Framing::Bare,
                event,
            });
        }
        let Some(envelope_type) = c.envelope_type else {
            return Ok(WebexMessage {
                framing: Framing::DataOnly {
                    extra: self.extra()?,
                },
                event,
            });
        };
        let ([org_id, tracking_id], extra) = self.envelope_members(&["orgId", "trackingId"])?;
        let org_id = org_id.map(OrgId::from);
        let tracking_id = tracking_id.map(TrackingId::from);
        let envelope_type = EnvelopeType::from(envelope_type);
        Ok(WebexMessage {
            framing: Framing::Envelope {
                envelope_type,
                org_id,
                tracking_id,
                extra,
            },
            event,
        })
    }
}

impl Serialize for WebexEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Routing(e) => e.serialize(serializer),
            Self::AgentDesktop(e) => e.serialize(serializer),
            Self::Monitoring(e) => e.serialize(serializer),
            Self::ScreenPop(e) => e.serialize(serializer),
            Self::JsMethod(e) => e.serialize(serializer),
            Self::Shortcut(e) => e.serialize(serializer),
            Self::Welcome(e) => e.serialize(serializer),
            Self::Keepalive(e) => e.serialize(serializer),
            Self::Unknown(d) => d.serialize(serializer),
        }
    }
}

impl Serialize for WebexMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.framing {
            Framing::Bare => self.event.serialize(serializer),
            Framing::DataOnly { extra } => {
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry("data", &self.event)?;
                for (k, v) in extra.iter() {
                    map.serialize_entry(k, &v)?;
                }
                map.end()
            }
            Framing::Envelope {
                envelope_type,
                org_id,
                tracking_id,
                extra,
            } => {
                let mut map = serializer.serialize_map(None)?;
                map.serialize_entry("type", envelope_type)?;
                if let Some(org) = org_id {
                    map.serialize_entry("orgId", org)?;
                }
                if let Some(t) = tracking_id {
                    map.serialize_entry("trackingId", t)?;
                }
                map.serialize_entry("data", &self.event)?;
                for (k, v) in extra.iter() {
                    map.serialize_entry(k, &v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for WebexMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = ccwire_wire::dispatch::capture_raw(deserializer)?;
        Self::from_json_str(raw.get())
    }
}

impl JsonSchema for WebexMessage {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("WebexMessage")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::WebexMessage"))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let routing = generator.subschema_for::<RoutingEvent>().to_value();
        let agent = generator.subschema_for::<AgentDesktopEvent>().to_value();
        let monitoring = generator.subschema_for::<MonitoringEvent>().to_value();
        let screen_pop = generator.subschema_for::<ScreenPop>().to_value();
        let vteam_list = generator.subschema_for::<VteamList>().to_value();
        let ani_list = generator.subschema_for::<MockOutdialAniList>().to_value();
        let vteam_list_failed = generator.subschema_for::<VteamListFailed>().to_value();
        let welcome = generator.subschema_for::<Welcome>().to_value();
        let keepalive = generator.subschema_for::<Keepalive>().to_value();
        let shortcut = generator.subschema_for::<ShortcutEvent>().to_value();
        let tagged = |key: &str, value: serde_json::Value| serde_json::json!({ "required": [key], "properties": { key: value } });
        // The family of a data object, as `route` decides it; `rest` when no discriminator names one.
        let dispatch = |rest: serde_json::Value| {
            serde_json::json!({
                "if": tagged("type", serde_json::json!({ "const": "ScreenPop" })),
                "then": screen_pop,
                "else": {
                    "if": { "anyOf": [
                        tagged("type", serde_json::json!({ "enum": AgentDesktopEvent::KNOWN })),
                        tagged("eventType", serde_json::json!({ "const": "AgentDesktopMessage" }))
                    ] },
                    "then": agent,
                    "else": {
                        "if": { "anyOf": [
                            tagged("type", serde_json::json!({ "enum": MonitoringEvent::KNOWN })),
                            tagged("eventType", serde_json::json!({ "const": "SupervisorDesktopMessage" }))
                        ] },
                        "then": monitoring,
                        "else": rest
                    }
                }
            })
        };
        // Strict schemas (see `ccwire_wire::wire::strict_schemas`) accept what strict validation
        // accepts: no unknown member at the top level, no unknown envelope type, no unknown kind
        // (the family unions drop their unknown branch themselves).
        let strict = ccwire_wire::wire::is_strict();
        let mut special: Vec<&str> = ShortcutEvent::KNOWN.to_vec();
        special.extend(SELF_NAMED_ENVELOPES);
        let envelope_members = |data: serde_json::Value| {
            serde_json::json!({
                "type": true,
                "orgId": { "type": "string" },
                "trackingId": { "type": "string" },
                "data": data
            })
        };
        let self_named = |name: &str, data: serde_json::Value| {
            serde_json::json!({
                "title": format!("{name} envelope"),
                "required": ["type", "data"],
                "properties": envelope_members(data),
                "allOf": [{ "properties": { "type": { "const": name } } }],
                "additionalProperties": !strict
            })
        };
        let unknown_family = if strict {
            serde_json::json!(false)
        } else {
            serde_json::json!({ "type": "object" })
        };
        let envelope_type = if strict {
            let known: Vec<&str> = EnvelopeType::KNOWN
                .iter()
                .copied()
                .filter(|t| !special.contains(t))
                .collect();
            serde_json::json!({ "enum": known })
        } else {
            serde_json::json!({ "type": "string", "not": { "enum": special } })
        };
        let by_envelope = serde_json::json!({
            "if": tagged("type", serde_json::json!({ "const": "RoutingMessage" })),
            "then": { "properties": { "data": dispatch(routing.clone()) } },
            "else": {
                "if": tagged("type", serde_json::json!({ "enum": AGENT_DESKTOP_ENVELOPES })),
                "then": { "properties": { "data": dispatch(agent.clone()) } },
                "else": {
                    "if": tagged("type", serde_json::json!({ "enum": MONITORING_ENVELOPES })),
                    "then": { "properties": { "data": dispatch(monitoring.clone()) } },
                    "else": { "properties": { "data": dispatch(unknown_family) } }
                }
            }
        });
        let schema = serde_json::json!({
            "description": "A Webex Contact Center Desktop message: a {data, orgId, trackingId, type} envelope, a {data} wrapper, a bare event, a shortcut key event or a keepalive. data.type decides the family when it names a known kind, then data.eventType, then the envelope type.",
            "type": "object",
            "anyOf": [
                {
                    "title": "Shortcut key event",
                    "required": ["type", "data"],
                    "properties": { "type": { "enum": ShortcutEvent::KNOWN } },
                    "allOf": [shortcut]
                },
                self_named("VteamList", vteam_list),
                self_named("mockOutdialAniList", ani_list),
                self_named("VteamListFailed", vteam_list_failed),
                self_named("Welcome", welcome),
                {
                    "title": "Envelope",
                    "required": ["type", "data"],
                    "properties": envelope_members(serde_json::json!(true)),
                    "allOf": [{ "properties": { "type": envelope_type } }, by_envelope],
                    "additionalProperties": !strict
                },
                {
                    "title": "Data-only wrapper",
                    "required": ["data"],
                    "not": { "required": ["type"] },
                    "properties": { "data": dispatch(routing.clone()) },
                    "additionalProperties": !strict
                },
                {
                    "title": "Bare event or keepalive",
                    "not": { "required": ["data"] },
                    "if": { "required": ["keepalive"], "not": { "required": ["type"] } },
                    "then": keepalive,
                    "else": dispatch(routing)
                }
            ]
        });
        Schema::try_from(schema).unwrap_or_default()
    }
}

impl Inspect for WebexEvent {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        match self {
            Self::Routing(e) => e.inspect(pointer, out),
            Self::AgentDesktop(e) => e.inspect(pointer, out),
            Self::Monitoring(e) => e.inspect(pointer, out),
            Self::ScreenPop(e) => e.inspect(pointer, out),
            Self::JsMethod(e) => e.inspect(pointer, out),
            Self::Shortcut(e) => e.inspect(pointer, out),
            Self::Welcome(e) => e.inspect(pointer, out),
            Self::Keepalive(e) => e.inspect(pointer, out),
            Self::Unknown(data) => out.push(Finding {
                pointer: pointer.to_text(),
                kind: FindingKind::UnknownKind,
                detail: data.tag("type").unwrap_or_default().to_owned(),
            }),
        }
    }
}

impl Inspect for WebexMessage {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        match &self.framing {
            Framing::Bare => self.event.inspect(pointer, out),
            Framing::DataOnly { extra } => {
                self.event.inspect(&pointer.member("data"), out);
                extra.inspect(pointer, out);
            }
            Framing::Envelope {
                envelope_type,
                extra,
                ..
            } => {
                if !envelope_type.is_known() {
                    out.push(Finding {
                        pointer: pointer.member("type").to_text(),
                        kind: FindingKind::UnknownKind,
                        detail: envelope_type.as_str().to_owned(),
                    });
                }
                if !matches!(self.event, WebexEvent::Unknown(_)) {
                    self.event.inspect(&pointer.member("data"), out);
                }
                extra.inspect(pointer, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decoding and peeking agree on the kind, for every route.
    #[test]
    fn peek_and_decode_agree() -> Result<(), serde_json::Error> {
        let cases = [
            (
                r#"{"type":"RoutingMessage","data":{"type":"ScreenPop","agentId":"a","interactionId":"i","screenPopUrl":"u","queryParameters":null,"target":"insideDesktop"}}"#,
                "webex.screenPop.ScreenPop",
                true,
            ),
            (
                r#"{"type":"FutureEnvelope","data":{"type":"AgentDNRegistered","eventType":"RoutingMessage","orgId":"o","agentId":"a"}}"#,
                "webex.agentDesktop.AgentDNRegistered",
                true,
            ),
            (
                r#"{"type":"AgentStateChange","data":{"type":"AgentStateFuture"}}"#,
                "webex.agentDesktop.AgentStateFuture",
                false,
            ),
            (
                r#"{"type":"MonitoringRequest","data":{"type":"MonitoringUnHold"}}"#,
                "webex.monitoring.MonitoringUnHold",
                false,
            ),
            (
                r#"{"data":{"type":"Future","eventType":"SupervisorDesktopMessage"}}"#,
                "webex.monitoring.Future",
                false,
            ),
            (
                r#"{"type":"Welcome","data":{"agentId":"a"}}"#,
                "webex.session.Welcome",
                true,
            ),
            (r#"{"keepalive":"true"}"#, "webex.session.Keepalive", true),
            (r#"{"type":"execute"}"#, "webex.routing.execute", false),
            (r#"{"type":"Other","data":{"a":1}}"#, "webex.Other.?", false),
        ];
        for (text, kind, known) in cases {
            let peeked = WebexMessage::peek_kind::<serde_json::Error>(text)?;
            let msg = WebexMessage::from_json_str::<serde_json::Error>(text)?;
            assert_eq!(peeked, msg.kind(), "{text}");
            assert_eq!(peeked.to_string(), kind, "{text}");
            assert_eq!(peeked.known, known, "{text}");
            assert_eq!(
                serde_json::to_value(&msg)?,
                serde_json::from_str::<serde_json::Value>(text)?,
                "{text}"
            );
        }
        Ok(())
    }

    /// A known kind with a bad body is an error with the member's pointer, whatever the envelope.
    #[test]
    fn known_kind_bad_body_is_an_error() {
        let err = WebexMessage::from_json_str::<serde_json::Error>(
            r#"{"type":"MonitoringRequest","data":{"type":"AgentMonitorStateChangeFailed","eventTime":"x"}}"#,
        );
        let text = err.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(ccwire_wire::located::take(&text).0.starts_with("/data"));
        let err = WebexMessage::from_json_str::<serde_json::Error>(r#"{"keepalive":5}"#);
        assert!(err.is_err());
    }
}
