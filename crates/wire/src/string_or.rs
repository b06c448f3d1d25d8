//! Members documented as text whose samples send a structure.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::inspect::{Findings, Inspect, Pointer};

/// A member a reference types as a string while its samples send an array or an object: the
/// string form, or the structured form `T`, each re-encoded as received.
///
/// ```
/// use ccwire_wire::StringOr;
/// let one: StringOr<Vec<String>> = serde_json::from_str(r#""my-ns""#).unwrap();
/// assert_eq!(one, StringOr::String("my-ns".to_owned()));
/// let many: StringOr<Vec<String>> = serde_json::from_str(r#"["a","b"]"#).unwrap();
/// assert_eq!(many, StringOr::Value(vec!["a".to_owned(), "b".to_owned()]));
/// assert_eq!(serde_json::to_string(&one).unwrap(), r#""my-ns""#);
/// assert!(serde_json::from_str::<StringOr<Vec<String>>>("5").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum StringOr<T> {
    /// The string form.
    String(String),
    /// The structured form.
    Value(T),
}

impl<T: Serialize> Serialize for StringOr<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::String(s) => serializer.serialize_str(s),
            Self::Value(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for StringOr<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = StringOr<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string, an array or an object")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(StringOr::String(v.to_owned()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
                crate::budget::charged_seq(seq).map(StringOr::Value)
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(StringOr::Value)
            }
        }
        deserializer.deserialize_any(V(PhantomData))
    }
}

impl<T: Inspect> Inspect for StringOr<T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if let Self::Value(v) = self {
            v.inspect(pointer, out);
        }
    }
}

impl<T: JsonSchema> JsonSchema for StringOr<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("StringOr_{}", T::schema_name()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [{ "type": "string" }, value] })
    }
}
