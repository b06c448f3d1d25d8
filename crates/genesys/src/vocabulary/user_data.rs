//! User data (attached data): the key/value map Genesys attaches to an interaction.
//!
//! Both Genesys documents carry it: the Interactions API `userData` of `UpdateUserData`,
//! `AttachUserData` and `DeleteUserData`, and the Service Client `userData` of an interaction,
//! `keyValues` of `interaction.setUserData` and `userData` of `email.create` / `voice.dial`.
//! It plays the role Webex call-associated data plays, but it is a plain nested map (no
//! declared types, no secure flag), so it is its own type.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

use ccwire_wire::wire::KeyStr;

/// A user data map: string keys (dots, hyphens and spaces allowed) to scalars or nested maps.
///
/// The documents show string values and nested maps (`"field3": {"fieldA": …}`,
/// `IWAttachedDataInformation`); numbers and booleans are accepted as the other JSON scalars.
/// `null` and arrays are not user data values in either document and are rejected, as is a key
/// given twice. Keys are kept in sorted order.
///
/// ```
/// use ccwire_genesys::{UserData, UserDataValue};
/// let d: UserData = serde_json::from_str(r#"{"field1":"value1","field3":{"fieldA":1}}"#).unwrap();
/// assert_eq!(d.get("field1").and_then(UserDataValue::as_str), Some("value1"));
/// let nested = d.get("field3").and_then(UserDataValue::as_map).unwrap();
/// assert!(matches!(nested.get("fieldA"), Some(UserDataValue::Number(_))));
/// assert!(serde_json::from_str::<UserData>(r#"{"a":null}"#).is_err());
/// assert!(serde_json::from_str::<UserData>(r#"{"a":"x","a":"y"}"#).is_err());
/// ```
#[derive(Clone, Default, PartialEq)]
pub struct UserData(BTreeMap<String, UserDataValue>);

/// One user data value.
#[derive(Clone, PartialEq)]
#[non_exhaustive]
pub enum UserDataValue {
    /// A string.
    String(String),
    /// A number, as received (integer or decimal).
    Number(serde_json::Number),
    /// A boolean.
    Boolean(bool),
    /// A nested map.
    Map(UserData),
}

impl UserData {
    /// An empty map.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The value of `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&UserDataValue> {
        self.0.get(key)
    }

    /// Sets `key`; returns the previous value.
    pub fn insert(
        &mut self,
        key: impl Into<String>,
        value: UserDataValue,
    ) -> Option<UserDataValue> {
        self.0.insert(key.into(), value)
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &str) -> Option<UserDataValue> {
        self.0.remove(key)
    }

    /// The entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &UserDataValue)> {
        self.0.iter()
    }

    /// How many keys the map has.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the map is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl UserDataValue {
    /// The string, for a string value.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::String(s) => Some(s),
            _ => None,
        }
    }

    /// The nested map, for a map value.
    #[must_use]
    pub fn as_map(&self) -> Option<&UserData> {
        match self {
            Self::Map(m) => Some(m),
            _ => None,
        }
    }
}

impl From<&str> for UserDataValue {
    fn from(s: &str) -> Self {
        Self::String(s.to_owned())
    }
}

impl From<String> for UserDataValue {
    fn from(s: String) -> Self {
        Self::String(s)
    }
}

impl From<UserData> for UserDataValue {
    fn from(m: UserData) -> Self {
        Self::Map(m)
    }
}

impl FromIterator<(String, UserDataValue)> for UserData {
    fn from_iter<I: IntoIterator<Item = (String, UserDataValue)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

impl fmt::Debug for UserData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

impl fmt::Debug for UserDataValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::String(s) => fmt::Debug::fmt(s, f),
            Self::Number(n) => fmt::Display::fmt(n, f),
            Self::Boolean(b) => fmt::Debug::fmt(b, f),
            Self::Map(m) => fmt::Debug::fmt(m, f),
        }
    }
}

impl Serialize for UserData {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl Serialize for UserDataValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(s) => serializer.serialize_str(s),
            Self::Number(n) => n.serialize(serializer),
            Self::Boolean(b) => serializer.serialize_bool(*b),
            Self::Map(m) => m.serialize(serializer),
        }
    }
}

struct MapVisitor;

impl<'de> Visitor<'de> for MapVisitor {
    type Value = UserData;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a user data object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UserData, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<KeyStr<'de>>()? {
            let key = key.as_str().to_owned();
            if out.contains_key(&key) {
                return Err(ccwire_wire::wire::duplicate(&mut map, &key));
            }
            let value: UserDataValue = map.next_value()?;
            out.insert(key, value);
        }
        Ok(UserData(out))
    }
}

impl<'de> Deserialize<'de> for UserData {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(MapVisitor)
    }
}

struct ValueVisitor;

const VALUE_EXPECTED: &str = "a user data value (a string, number, boolean or object)";

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = UserDataValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(VALUE_EXPECTED)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<UserDataValue, E> {
        Ok(UserDataValue::String(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<UserDataValue, E> {
        Ok(UserDataValue::String(v))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<UserDataValue, E> {
        Ok(UserDataValue::Boolean(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<UserDataValue, E> {
        Ok(UserDataValue::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<UserDataValue, E> {
        Ok(UserDataValue::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<UserDataValue, E> {
        serde_json::Number::from_f64(v)
            .map(UserDataValue::Number)
            .ok_or_else(|| E::invalid_value(de::Unexpected::Float(v), &"a finite number"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<UserDataValue, E> {
        Err(E::invalid_type(de::Unexpected::Unit, &VALUE_EXPECTED))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<UserDataValue, A::Error> {
        Err(de::Error::invalid_type(
            de::Unexpected::Seq,
            &VALUE_EXPECTED,
        ))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<UserDataValue, A::Error> {
        MapVisitor.visit_map(map).map(UserDataValue::Map)
    }
}

impl<'de> Deserialize<'de> for UserDataValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueVisitor)
    }
}

ccwire_wire::nothing_to_inspect!(UserData);

ccwire_wire::nothing_to_inspect!(UserDataValue);

impl JsonSchema for UserData {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("UserData")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::UserData"))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<UserDataValue>();
        json_schema!({
            "description": "Genesys user data: string keys to strings, numbers, booleans or nested user data.",
            "type": "object",
            "additionalProperties": value,
        })
    }
}

impl JsonSchema for UserDataValue {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("UserDataValue")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::UserDataValue"))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let map = generator.subschema_for::<UserData>();
        json_schema!({
            "anyOf": [
                { "type": "string" },
                { "type": "number" },
                { "type": "boolean" },
                map,
            ]
        })
    }
}
