//! [`Nullable`]: a member that may be absent, `null`, or a value — and re-encodes as received.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A member the vendor sometimes omits, sometimes sends as `null`, and sometimes fills.
///
/// `Option<T>` cannot tell "absent" from "null", so a decode → encode round trip would change
/// the JSON. `Nullable` keeps the difference.
///
/// ```
/// use ccwire_wire::Nullable;
/// let v: Nullable<i64> = serde_json::from_str("null").unwrap();
/// assert!(v.is_null());
/// assert_eq!(v.value(), None);
/// assert_eq!(Nullable::Value(3).value(), Some(&3));
/// assert!(Nullable::<i64>::default().is_absent());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// The member was not sent.
    #[default]
    Absent,
    /// The member was sent as `null`.
    Null,
    /// The member was sent with a value.
    Value(T),
}

impl<T> Nullable<T> {
    /// Whether the member was not sent.
    #[must_use]
    pub fn is_absent(&self) -> bool {
        matches!(self, Self::Absent)
    }

    /// Whether the member was sent as `null`.
    #[must_use]
    pub fn is_null(&self) -> bool {
        matches!(self, Self::Null)
    }

    /// The value, when one was sent.
    #[must_use]
    pub fn value(&self) -> Option<&T> {
        match self {
            Self::Value(v) => Some(v),
            _ => None,
        }
    }

    /// The value, when one was sent (consuming).
    #[must_use]
    pub fn into_option(self) -> Option<T> {
        match self {
            Self::Value(v) => Some(v),
            _ => None,
        }
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `None` becomes `Null` (an explicit null on the wire).
    fn from(value: Option<T>) -> Self {
        value.map_or(Self::Null, Self::Value)
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Value(v) => v.serialize(serializer),
            Self::Absent | Self::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<T>::deserialize(deserializer)?.map_or(Self::Null, Self::Value))
    }
}

impl<T: JsonSchema> JsonSchema for Nullable<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Nullable_{}", T::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let inner = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [inner, { "type": "null" }] })
    }
}
