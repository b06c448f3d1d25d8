//! [`EmptyOr`]: an object member that is either `{}` or a full value.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};

use crate::inspect::{Findings, Inspect, Pointer};

/// An object member that the vendor sends either as an empty object `{}` or as a full `T`.
///
/// The supervisor's barge-in answer (`AgentMonitorStateChanged`) carries `"interaction": {}`,
/// while monitoring offers carry the whole interaction. `{}` is not a valid `T` (it lacks `T`'s
/// required members), so it is its own case; any non-empty object is decoded strictly as `T`.
///
/// ```
/// use ccwire_wire::{EmptyOr, Extra, Wire};
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// struct Interaction {
///     /// Required.
///     #[wire(rename = "interactionId")]
///     interaction_id: String,
///     /// Required.
///     #[wire(rename = "orgId")]
///     org_id: String,
///     /// Members not modelled.
///     #[wire(extra)]
///     extra: Extra,
/// }
/// let e: EmptyOr<Interaction> = serde_json::from_str("{}").unwrap();
/// assert!(e.is_empty());
/// assert_eq!(serde_json::to_string(&e).unwrap(), "{}");
/// // A non-empty object must be a full interaction.
/// assert!(serde_json::from_str::<EmptyOr<Interaction>>(r#"{"interactionId":"i"}"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum EmptyOr<T> {
    /// `{}`.
    Empty,
    /// A full value.
    Value(T),
}

impl<T> EmptyOr<T> {
    /// Whether the member was `{}`.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        matches!(self, Self::Empty)
    }

    /// The value, unless the member was `{}`.
    #[must_use]
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(v) => Some(v),
            Self::Empty => None,
        }
    }
}

impl<T: Serialize> Serialize for EmptyOr<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Empty => serializer.serialize_map(Some(0))?.end(),
            Self::Value(v) => v.serialize(serializer),
        }
    }
}

/// Whether a JSON object text has no members (errors if it is not an object).
fn is_empty_object(raw: &str) -> Result<bool, serde_json::Error> {
    struct Count;
    impl<'de> Visitor<'de> for Count {
        type Value = bool;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
            let mut empty = true;
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                empty = false;
            }
            Ok(empty)
        }
    }
    let mut de = serde_json::Deserializer::from_str(raw);
    Deserializer::deserialize_map(&mut de, Count)
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for EmptyOr<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = crate::dispatch::capture_raw(deserializer)?;
        if is_empty_object(raw.get()).map_err(de::Error::custom)? {
            return Ok(Self::Empty);
        }
        crate::dispatch::decode_nested(raw.get()).map(Self::Value)
    }
}

impl<T: JsonSchema> JsonSchema for EmptyOr<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("EmptyOr_{}", T::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let inner = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [{ "type": "object", "maxProperties": 0 }, inner] })
    }
}

impl<T: Inspect> Inspect for EmptyOr<T> {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if let Self::Value(v) = self {
            v.inspect(pointer, out);
        }
    }
}
