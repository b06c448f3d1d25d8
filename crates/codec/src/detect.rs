//! Kind detection from the content alone, without decoding the body.

use std::fmt;

use ccwire_events::webex::routing::RoutingEvent;
use serde::de::{self, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::DecodeError;

/// Vendors whose messages ccwire models.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::EnumIter)]
#[strum(serialize_all = "lowercase")]
#[non_exhaustive]
pub enum Vendor {
    /// Webex Contact Center Desktop.
    Webex,
    /// Sobot call SDK.
    Sobot,
    /// Genesys (Interactions API, Service Client API).
    Genesys,
}

/// What a message is, read from its framing and discriminators only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detected {
    /// The vendor.
    pub vendor: Vendor,
    /// The family (Webex: `routing`, or the envelope type of a family not modelled; Genesys:
    /// `interactions` or `serviceClient`; Sobot: `event`).
    pub family: String,
    /// The kind (`data.type`), when present.
    pub kind: Option<String>,
    /// Whether that kind is modelled with its own type.
    pub known: bool,
}

impl fmt::Display for Detected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.vendor, self.family, self.kind.as_deref().unwrap_or("?"))
    }
}

struct Top<'a> {
    envelope_type: Option<Option<&'a str>>,
    data: Option<&'a RawValue>,
    tag: Option<&'a str>,
}

struct TopVisitor;

impl<'de> Visitor<'de> for TopVisitor {
    type Value = Top<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut top = Top { envelope_type: None, data: None, tag: None };
        while let Some(key) = map.next_key::<&'de str>()? {
            match key {
                "type" if top.envelope_type.is_none() => {
                    let raw: &'de RawValue = map.next_value()?;
                    let text = raw.get();
                    let s = (text.starts_with('"') && !text.contains('\\')).then(|| text.trim_matches('"'));
                    top.envelope_type = Some(s);
                    top.tag = s;
                }
                "data" if top.data.is_none() => top.data = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(top)
    }
}

/// Detects the vendor, family and kind of a message, reading only its framing and
/// discriminators (the body is scanned, not decoded).
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// let d = ccwire_codec::detect(r#"{"type":"RoutingMessage","data":{"type":"AgentContactHeld"}}"#).unwrap();
/// assert_eq!(d.to_string(), "webex.routing.AgentContactHeld");
/// assert!(d.known);
/// ```
pub fn detect(text: &str) -> Result<Detected, DecodeError> {
    let text = crate::strip_bom(text);
    if let Some(id) = crate::sobot::message_id(text) {
        return Ok(crate::sobot::detected(id));
    }
    if let Some(found) = crate::genesys::detect(text) {
        return Ok(found);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let top = de::Deserializer::deserialize_map(&mut de, TopVisitor)
        .and_then(|top| de.end().map(|()| top))
        .map_err(|e| DecodeError::from_json(&e, None))?;
    let routing = |tag: Option<String>| {
        let known = tag.as_deref().is_some_and(|t| RoutingEvent::KNOWN.contains(&t));
        Detected { vendor: Vendor::Webex, family: "routing".to_owned(), kind: tag, known }
    };
    let data_tag = |data: &RawValue| {
        ccwire_model::dispatch::peek_tag(data.get(), "type").map_err(|e| DecodeError::from_json(&e, None))
    };
    match (top.envelope_type, top.data) {
        (Some(Some("RoutingMessage")), Some(data)) | (None, Some(data)) => Ok(routing(data_tag(data)?)),
        (Some(Some(other)), Some(data)) => Ok(Detected {
            vendor: Vendor::Webex,
            family: other.to_owned(),
            kind: data_tag(data)?,
            known: false,
        }),
        (Some(None), Some(_)) => Ok(Detected { vendor: Vendor::Webex, family: "unknown".to_owned(), kind: None, known: false }),
        (_, None) => Ok(routing(top.tag.map(str::to_owned))),
    }
}
