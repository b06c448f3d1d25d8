//! Kind detection from the content alone, without decoding the body.

use std::borrow::Cow;
use std::fmt;

use crate::DecodeError;

/// Vendors whose messages ccwire models.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::EnumIter,
)]
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
    /// The family (Webex: `routing`, `agentDesktop`, `monitoring`, …, or the envelope type of a
    /// family not modelled; Genesys: `interactions` or `serviceClient`; Sobot: `event`).
    pub family: String,
    /// The kind (`data.type`), when present.
    pub kind: Option<String>,
    /// Whether that kind is modelled with its own type.
    pub known: bool,
}

impl Detected {
    /// The three parts of the name: vendor, family and kind, each written as
    /// [`kind_segment`](ccwire_wire::dispatch::kind_segment) writes it.
    fn parts(&self) -> [Cow<'_, str>; 3] {
        use ccwire_wire::dispatch::kind_segment;
        // An unknown discriminator never passes for a modelled kind it does not select.
        let kind = self.kind.as_deref().map_or("?".into(), |k| {
            let reserved = !self.known
                && crate::registry::kind(&format!("{}.{}.{k}", self.vendor, self.family)).is_some();
            kind_segment(k, reserved)
        });
        let vendor: &'static str = self.vendor.into();
        [vendor.into(), kind_segment(&self.family, false), kind]
    }

    /// The name, as `Display` writes it, in one allocation of its exact size (a name is made
    /// for every message validated).
    pub(crate) fn name(&self) -> String {
        let parts = self.parts();
        let mut name = String::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                name.push('.');
            }
            name.push_str(part);
        }
        name
    }
}

impl fmt::Display for Detected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [vendor, family, kind] = self.parts();
        // Piece by piece, without padding.
        for piece in [vendor.as_ref(), ".", family.as_ref(), ".", kind.as_ref()] {
            f.write_str(piece)?;
        }
        Ok(())
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
    if let Ok(top) = ccwire_wire::dispatch::peek_members(text, &crate::TOP_MEMBERS) {
        match crate::vendors::other_vendor(&top) {
            #[cfg(feature = "sobot")]
            Some(crate::vendors::OtherVendor::Sobot) => {
                let id = crate::vendors::message_id(&top).map(str::to_owned);
                return Ok(crate::sobot::detected(id));
            }
            #[cfg(not(feature = "sobot"))]
            Some(crate::vendors::OtherVendor::Sobot) => {
                return Ok(crate::vendors::not_compiled_detected(text, Vendor::Sobot));
            }
            #[cfg(feature = "genesys")]
            Some(crate::vendors::OtherVendor::Genesys(_)) => {
                if let Some(found) = crate::genesys::detect_top(&top) {
                    return Ok(found);
                }
            }
            #[cfg(not(feature = "genesys"))]
            Some(crate::vendors::OtherVendor::Genesys(_)) => {
                return Ok(crate::vendors::not_compiled_detected(text, Vendor::Genesys));
            }
            None => {}
        }
    }
    detect_webex(text)
}

/// [`detect`] for a message that names no other vendor.
#[cfg(feature = "webex")]
fn detect_webex(text: &str) -> Result<Detected, DecodeError> {
    let kind = ccwire_webex::WebexMessage::peek_kind::<serde_json::Error>(text)
        .map_err(|e| DecodeError::syntax_first(text, DecodeError::from_json(&e, None)))?;
    Ok(Detected {
        vendor: Vendor::Webex,
        family: kind.family.into_owned(),
        kind: kind.kind,
        known: kind.known,
    })
}

/// [`detect`] for a message that names no other vendor, Webex not compiled in.
#[cfg(not(feature = "webex"))]
fn detect_webex(text: &str) -> Result<Detected, DecodeError> {
    if let Err(e) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text) {
        return Err(DecodeError::syntax_first(
            text,
            DecodeError::from_json(&e, None),
        ));
    }
    Ok(crate::vendors::not_compiled_detected(text, Vendor::Webex))
}
