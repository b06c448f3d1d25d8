//! [`RawMessage`]: a message kept as its exact bytes, decoded on demand.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::{DecodeError, Detected, Message};

/// A message kept as the exact JSON text received, with its detected kind; the typed value is
/// decoded only when asked for. Forwarding a `RawMessage` sends the original bytes unchanged.
///
/// ```
/// use ccwire_codec::RawMessage;
/// let text = r#"{ "type":"RoutingMessage", "data":{"type":"AgentContactHeld"} }"#;
/// let raw = RawMessage::from_json(text).unwrap();
/// assert_eq!(raw.detected().to_string(), "webex.routing.AgentContactHeld");
/// assert_eq!(raw.get(), text);                 // exact bytes, whitespace included
/// assert!(raw.decode().is_err());              // the body is incomplete: decoding says so
/// assert_eq!(serde_json::to_string(&raw).unwrap(), text);
/// ```
#[derive(Clone)]
pub struct RawMessage {
    raw: Box<RawValue>,
    detected: Detected,
}

impl RawMessage {
    /// Checks that `text` is one JSON object and detects its kind (the body is not decoded).
    ///
    /// # Errors
    /// Not JSON, or not an object.
    pub fn from_json(text: &str) -> Result<Self, DecodeError> {
        let raw: Box<RawValue> =
            serde_json::from_str(text).map_err(|e| DecodeError::from_json(&e, None))?;
        let detected = crate::detect(raw.get())?;
        Ok(Self { raw, detected })
    }

    /// The exact text.
    #[must_use]
    pub fn get(&self) -> &str {
        self.raw.get()
    }

    /// What the message is.
    #[must_use]
    pub fn detected(&self) -> &Detected {
        &self.detected
    }

    /// Decodes the typed message.
    ///
    /// # Errors
    /// As [`crate::decode`].
    pub fn decode(&self) -> Result<Message, DecodeError> {
        crate::decode(self.raw.get())
    }
}

impl fmt::Debug for RawMessage {
    /// Shows the kind and the size only: the text may hold secure values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawMessage")
            .field("kind", &self.detected.to_string())
            .field("bytes", &self.raw.get().len())
            .finish()
    }
}

impl Serialize for RawMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.raw.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawMessage {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw: Box<RawValue> = Deserialize::deserialize(deserializer)?;
        let detected = crate::detect(raw.get()).map_err(serde::de::Error::custom)?;
        Ok(Self { raw, detected })
    }
}
