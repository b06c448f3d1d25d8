//! The framing of Webex messages and the top-level message type.

use std::borrow::Cow;
use std::fmt;

use ccwire_model::webex::{OrgId, TrackingId};
use ccwire_model::inspect::{Finding, FindingKind, Inspect, child};
use ccwire_model::webex::EnvelopeType;
use ccwire_model::{Extra, UnknownObject};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::webex::routing::RoutingEvent;

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
    /// The event object itself, with no wrapper (e.g. the outdial failure example).
    Bare,
}

/// The event a message carries, by family.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum WebexEvent {
    /// A contact routing event (known or unknown `data.type`).
    Routing(RoutingEvent),
    /// The data of an envelope type this version does not model, kept whole.
    Unknown(UnknownObject),
}

/// The kind of a message: vendor, family and the kind's wire name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MessageKind {
    /// Family: `routing`, or the envelope type of an unmodelled family.
    pub family: Cow<'static, str>,
    /// The kind (`data.type`), when there is one.
    pub kind: Option<String>,
    /// Whether the kind is modelled (decoded with its own type).
    pub known: bool,
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "webex.{}.{}", self.family, self.kind.as_deref().unwrap_or("?"))
    }
}

/// A Webex Contact Center Desktop message: its framing and its event.
///
/// Decoding looks at the framing first (envelope, `{data}` wrapper or bare event), then at the
/// envelope `type`, then at `data.type`. A known kind with a malformed body is an error; unknown
/// envelope types and unknown kinds are kept whole. Encoding gives back the same JSON value.
///
/// ```
/// use ccwire_events::webex::WebexMessage;
/// let text = r#"{"type":"FutureEnvelope","orgId":"o","trackingId":"notifs_1","data":{"a":1}}"#;
/// let msg: WebexMessage = serde_json::from_str(text).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.FutureEnvelope.?");
/// assert_eq!(serde_json::to_value(&msg).unwrap(), serde_json::from_str::<serde_json::Value>(text).unwrap());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct WebexMessage {
    /// How the message was framed.
    pub framing: Framing,
    /// The event.
    pub event: WebexEvent,
}

impl WebexMessage {
    /// The message's kind.
    #[must_use]
    pub fn kind(&self) -> MessageKind {
        match &self.event {
            WebexEvent::Routing(e) => MessageKind {
                family: Cow::Borrowed("routing"),
                kind: e.kind().map(str::to_owned),
                known: e.is_known(),
            },
            WebexEvent::Unknown(data) => MessageKind {
                family: match &self.framing {
                    Framing::Envelope { envelope_type, .. } => Cow::Owned(envelope_type.as_str().to_owned()),
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
            WebexEvent::Unknown(_) => None,
        }
    }

    /// Decodes a message from JSON text. Errors carry the JSON pointer of the failure at the start
    /// of their message (`@/data/interaction/state …`).
    ///
    /// # Errors
    /// Not a JSON object, a malformed envelope, or a known kind with a malformed body.
    pub fn from_json_str<E: de::Error>(text: &str) -> Result<Self, E> {
        let mut de = serde_json::Deserializer::from_str(text);
        let frame = Deserializer::deserialize_map(&mut de, FrameVisitor).map_err(E::custom)?;
        de.end().map_err(E::custom)?;
        frame.into_message(text)
    }
}

/// Prefixes a nested decode error with the pointer of the member it came from.
fn under<E: de::Error>(member: &str, e: E) -> E {
    let msg = e.to_string();
    let (ptr, rest) = ccwire_model::dispatch::split_nested(&msg);
    E::custom(format_args!("@/{member}{ptr} {rest}"))
}

/// The top level of a message: `type` and `data` captured, everything else kept as values.
struct RawFrame<'a> {
    envelope_type: Option<serde_json::Value>,
    data: Option<&'a RawValue>,
    extra: Extra,
}

impl RawFrame<'_> {
    fn into_message<E: de::Error>(self, whole: &str) -> Result<WebexMessage, E> {
        let Some(data) = self.data else {
            return Ok(WebexMessage { framing: Framing::Bare, event: WebexEvent::Routing(RoutingEvent::from_json_str(whole)?) });
        };
        let Some(envelope_type) = self.envelope_type else {
            let event = WebexEvent::Routing(RoutingEvent::from_json_str(data.get()).map_err(|e| under("data", e))?);
            return Ok(WebexMessage { framing: Framing::DataOnly { extra: self.extra }, event });
        };
        let serde_json::Value::String(envelope_type) = envelope_type else {
            return Err(E::custom("@/type invalid type: expected the envelope `type` to be a string"));
        };
        let mut extra = self.extra;
        let mut take_str = |key: &str| -> Result<Option<String>, E> {
            match extra.remove(key) {
                None => Ok(None),
                Some(serde_json::Value::String(s)) => Ok(Some(s)),
                Some(_) => Err(E::custom(format_args!("@/{key} invalid type: expected a string"))),
            }
        };
        let org_id = take_str("orgId")?.map(OrgId::from);
        let tracking_id = take_str("trackingId")?.map(TrackingId::from);
        let envelope_type = EnvelopeType::from(envelope_type);
        let event = match envelope_type {
            EnvelopeType::RoutingMessage => {
                WebexEvent::Routing(RoutingEvent::from_json_str(data.get()).map_err(|e| under("data", e))?)
            }
            _ => WebexEvent::Unknown(ccwire_model::dispatch::decode_nested(data.get()).map_err(|e| under("data", e))?),
        };
        Ok(WebexMessage { framing: Framing::Envelope { envelope_type, org_id, tracking_id, extra }, event })
    }
}

struct FrameVisitor;

impl<'de> Visitor<'de> for FrameVisitor {
    type Value = RawFrame<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut frame = RawFrame { envelope_type: None, data: None, extra: Extra::new() };
        while let Some(key) = map.next_key::<ccwire_model::__private::KeyStr<'de>>()? {
            let key = key.as_str();
            let duplicate = match key {
                "type" => {
                    let ccwire_model::__private::StrictValue(v) = map.next_value()?;
                    frame.envelope_type.replace(v).is_some()
                }
                "data" => frame.data.replace(map.next_value()?).is_some(),
                other => {
                    let ccwire_model::__private::StrictValue(v) = map.next_value()?;
                    frame.extra.insert(other.to_owned(), v).is_some()
                }
            };
            if duplicate {
                return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
            }
        }
        Ok(frame)
    }
}

impl Serialize for WebexEvent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Routing(e) => e.serialize(serializer),
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
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
            Framing::Envelope { envelope_type, org_id, tracking_id, extra } => {
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
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for WebexMessage {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = ccwire_model::dispatch::capture_raw(deserializer)?;
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
        let routing = generator.subschema_for::<RoutingEvent>();
        // Strict schemas (see `ccwire_model::wire::strict_schemas`) admit no unknown member and
        // no envelope type that is not modelled.
        let strict = ccwire_model::wire::is_strict();
        let mut branches = vec![json_schema!({
            "title": "RoutingMessage envelope",
            "required": ["type", "data"],
            "properties": {
                "type": { "const": "RoutingMessage" },
                "orgId": { "type": "string" },
                "trackingId": { "type": "string" },
                "data": routing
            },
            "additionalProperties": !strict
        })];
        if !strict {
            branches.push(json_schema!({
                "title": "Envelope of a family not modelled",
                "required": ["type", "data"],
                "properties": {
                    "type": { "type": "string", "not": { "const": "RoutingMessage" } },
                    "orgId": { "type": "string" },
                    "trackingId": { "type": "string" },
                    "data": { "type": "object" }
                }
            }));
        }
        branches.push(json_schema!({
            "title": "Data-only wrapper",
            "required": ["data"],
            "not": { "required": ["type"] },
            "properties": { "data": routing },
            "additionalProperties": !strict
        }));
        branches.push(json_schema!({
            "title": "Bare routing event",
            "not": { "required": ["data"] },
            "allOf": [routing]
        }));
        json_schema!({
            "description": "A Webex Contact Center Desktop message: a {data, orgId, trackingId, type} envelope, a {data} wrapper, or a bare routing event.",
            "type": "object",
            "anyOf": branches
        })
    }
}

impl Inspect for WebexEvent {
    fn inspect(&self, pointer: &str, out: &mut Vec<Finding>) {
        match self {
            Self::Routing(e) => e.inspect(pointer, out),
            Self::Unknown(data) => out.push(Finding {
                pointer: pointer.to_owned(),
                kind: FindingKind::UnknownKind,
                detail: data.tag("type").unwrap_or_default().to_owned(),
            }),
        }
    }
}

impl Inspect for WebexMessage {
    fn inspect(&self, pointer: &str, out: &mut Vec<Finding>) {
        match &self.framing {
            Framing::Bare => self.event.inspect(pointer, out),
            Framing::DataOnly { extra } => {
                self.event.inspect(&child(pointer, "data"), out);
                extra.inspect(pointer, out);
            }
            Framing::Envelope { envelope_type, extra, .. } => {
                if !envelope_type.is_known() {
                    out.push(Finding {
                        pointer: child(pointer, "type"),
                        kind: FindingKind::UnknownKind,
                        detail: envelope_type.as_str().to_owned(),
                    });
                } else {
                    self.event.inspect(&child(pointer, "data"), out);
                }
                extra.inspect(pointer, out);
            }
        }
    }
}
