//! Scalars the Sobot SDK documents loosely: the agent token, untyped `number`s and `timestamp`s.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// The agent authorization token given to `initAgent` (`token`). A credential: `Debug` never
/// shows it.
///
/// ```
/// use ccwire_sobot::Token;
/// let t: Token = serde_json::from_str(r#""s3cr3t""#).unwrap();
/// assert_eq!(t.expose(), "s3cr3t");
/// assert_eq!(format!("{t:?}"), "Token(<6 chars>)");
/// assert_eq!(serde_json::to_string(&t).unwrap(), r#""s3cr3t""#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
#[schemars(transparent)]
pub struct Token(String);

impl Token {
    /// Wraps a token.
    #[must_use]
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The token text (handle with care).
    #[must_use]
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Token(<{} chars>)", self.0.chars().count())
    }
}

ccwire_wire::nothing_to_inspect!(Token);

/// A JSON number the document types only as `number` (a weight, a delay in ms), kept exactly
/// as received: `3` stays an integer, `2.5` a decimal.
///
/// ```
/// use ccwire_sobot::Number;
/// let n: Number = serde_json::from_str("2.5").unwrap();
/// assert_eq!(n.as_f64(), Some(2.5));
/// let i: Number = serde_json::from_str("40").unwrap();
/// assert_eq!(i.as_i64(), Some(40));
/// assert_eq!(serde_json::to_string(&i).unwrap(), "40");
/// let exact: Number = serde_json::from_str("2.50").unwrap();
/// assert_eq!(serde_json::to_string(&exact).unwrap(), "2.50");
/// assert!(serde_json::from_str::<Number>(r#""40""#).is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Number(ccwire_wire::RawJson);

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = ccwire_wire::RawJson::deserialize(deserializer)?;
        if raw
            .get()
            .starts_with(|c: char| c == '-' || c.is_ascii_digit())
        {
            Ok(Self(raw))
        } else {
            Err(de::Error::invalid_type(
                de::Unexpected::Other("a non-number"),
                &"a number",
            ))
        }
    }
}

impl Number {
    /// The number as an `i64`, when it is written as an integer in range.
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        self.0.get().parse().ok()
    }

    /// The number as an `f64` (may lose precision).
    #[must_use]
    pub fn as_f64(&self) -> Option<f64> {
        self.0.get().parse().ok()
    }

    /// The number's text, exactly as received (`2.50`, `1e2`).
    #[must_use]
    pub fn as_text(&self) -> &str {
        self.0.get()
    }
}

impl From<i64> for Number {
    fn from(value: i64) -> Self {
        Self(
            ccwire_wire::RawJson::from_text(&value.to_string())
                .unwrap_or_else(|_| ccwire_wire::RawJson::null()),
        )
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.get())
    }
}

ccwire_wire::nothing_to_inspect!(Number);

impl JsonSchema for Number {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SobotNumber")
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "number" })
    }
}

/// A `timestamp` (`agentStateTimestamp`, `reasonCodeTimestamp`, `workStatusTimestamp`).
///
/// The document gives neither a unit nor a format, so the value is kept as received: an
/// integer or a string. [`Timestamp::as_i64`] reads an integer (or integer text); whether it
/// counts seconds or milliseconds is not documented.
///
/// ```
/// use ccwire_sobot::Timestamp;
/// let n: Timestamp = serde_json::from_str("1700000000000").unwrap();
/// assert_eq!(n.as_i64(), Some(1_700_000_000_000));
/// let s: Timestamp = serde_json::from_str(r#""2024-01-01 10:00:00""#).unwrap();
/// assert_eq!(s.as_i64(), None);
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#""2024-01-01 10:00:00""#);
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub enum Timestamp {
    /// Sent as a JSON integer.
    Integer(i64),
    /// Sent as a JSON string.
    Text(String),
}

impl Timestamp {
    /// The integer value (also from integer text).
    #[must_use]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Self::Integer(i) => Some(*i),
            Self::Text(t) => super::parse_code_text(t),
        }
    }
}

impl fmt::Debug for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Integer(i) => write!(f, "Timestamp({i})"),
            Self::Text(t) => write!(f, "Timestamp({t:?})"),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Integer(i) => serializer.serialize_i64(*i),
            Self::Text(t) => serializer.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Timestamp;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a timestamp (an integer or a string)")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Timestamp::Integer(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                i64::try_from(v)
                    .map(Timestamp::Integer)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Timestamp::Text(v.to_owned()))
            }
        }
        deserializer.deserialize_any(V)
    }
}

ccwire_wire::nothing_to_inspect!(Timestamp);

impl JsonSchema for Timestamp {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SobotTimestamp")
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A timestamp of undocumented unit and format: an integer or a string.",
            "anyOf": [{ "type": "integer" }, { "type": "string" }]
        })
    }
}
