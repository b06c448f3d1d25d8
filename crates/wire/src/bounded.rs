//! Text with a documented maximum length.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A string of at most `MAX` characters, where a character is a Unicode code point — as JSON
/// Schema's `maxLength` counts, so the decoder and the schema (`"maxLength": MAX`) refuse the
/// same texts. A longer string is a decode error that gives the lengths, never the text (the
/// text may be a secure value).
///
/// ```
/// use ccwire_wire::BoundedText;
/// let ok: BoundedText<3> = serde_json::from_str(r#""été""#).unwrap(); // 3 characters, 5 bytes
/// assert_eq!(ok.as_str(), "été");
/// let err = serde_json::from_str::<BoundedText<3>>(r#""four""#).unwrap_err();
/// assert!(err.to_string().starts_with("a text of 4 characters, longer than the 3 allowed"));
/// assert!(BoundedText::<3>::new("four").is_none());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BoundedText<const MAX: usize>(String);

impl<const MAX: usize> BoundedText<MAX> {
    /// The text, when it has at most `MAX` characters.
    #[must_use]
    pub fn new(text: impl Into<String>) -> Option<Self> {
        let text = text.into();
        (text.chars().count() <= MAX).then_some(Self(text))
    }

    /// The text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The text, consuming.
    #[must_use]
    pub fn into_string(self) -> String {
        self.0
    }
}

impl<const MAX: usize> std::ops::Deref for BoundedText<MAX> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize> PartialEq<str> for BoundedText<MAX> {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl<const MAX: usize> PartialEq<&str> for BoundedText<MAX> {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

impl<const MAX: usize> fmt::Debug for BoundedText<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MAX: usize> Serialize for BoundedText<MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for BoundedText<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<const MAX: usize>;
        impl<const MAX: usize> Visitor<'_> for V<MAX> {
            type Value = BoundedText<MAX>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a string of at most {MAX} characters")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                let n = v.chars().count();
                if n > MAX {
                    return Err(E::custom(format_args!(
                        "a text of {n} characters, longer than the {MAX} allowed"
                    )));
                }
                Ok(BoundedText(v.to_owned()))
            }
        }
        deserializer.deserialize_str(V::<MAX>)
    }
}

impl<const MAX: usize> JsonSchema for BoundedText<MAX> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("BoundedText{MAX}"))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("{}::BoundedText<{MAX}>", module_path!()))
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "maxLength": MAX })
    }
}

impl<const MAX: usize> crate::inspect::Inspect for BoundedText<MAX> {
    fn inspect(&self, _: &crate::inspect::Pointer<'_>, _: &mut crate::inspect::Findings) {}
}

/// A [`WireMap`](crate::WireMap) of at most `MAX` entries (`"maxProperties": MAX` in the
/// schema); more is a decode error at the map's pointer that gives the counts.
///
/// ```
/// use ccwire_wire::BoundedMap;
/// let ok: BoundedMap<u8, 2> = serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap();
/// assert_eq!(ok.get("b"), Some(&2));
/// let err = serde_json::from_str::<BoundedMap<u8, 2>>(r#"{"a":1,"b":2,"c":3}"#).unwrap_err();
/// assert!(err.to_string().starts_with("3 entries, more than the 2 allowed"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct BoundedMap<T, const MAX: usize>(crate::WireMap<T>);

impl<T, const MAX: usize> Default for BoundedMap<T, MAX> {
    fn default() -> Self {
        Self(crate::WireMap::new())
    }
}

impl<T, const MAX: usize> BoundedMap<T, MAX> {
    /// The map, when it has at most `MAX` entries.
    #[must_use]
    pub fn new(map: crate::WireMap<T>) -> Option<Self> {
        (map.len() <= MAX).then_some(Self(map))
    }

    /// The map, consuming.
    #[must_use]
    pub fn into_inner(self) -> crate::WireMap<T> {
        self.0
    }
}

impl<T, const MAX: usize> std::ops::Deref for BoundedMap<T, MAX> {
    type Target = crate::WireMap<T>;
    fn deref(&self) -> &crate::WireMap<T> {
        &self.0
    }
}

impl<T: fmt::Debug, const MAX: usize> fmt::Debug for BoundedMap<T, MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<T: Serialize, const MAX: usize> Serialize for BoundedMap<T, MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de, T: Deserialize<'de>, const MAX: usize> Deserialize<'de> for BoundedMap<T, MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let map = crate::WireMap::<T>::deserialize(deserializer)?;
        if map.len() > MAX {
            return Err(de::Error::custom(format_args!(
                "{} entries, more than the {MAX} allowed",
                map.len()
            )));
        }
        Ok(Self(map))
    }
}

impl<T: JsonSchema, const MAX: usize> JsonSchema for BoundedMap<T, MAX> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("BoundedMap{MAX}_{}", T::schema_name()))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!(
            "{}::BoundedMap<{}, {MAX}>",
            module_path!(),
            T::schema_id()
        ))
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mut schema = <crate::WireMap<T> as JsonSchema>::json_schema(generator);
        schema.insert("maxProperties".to_owned(), MAX.into());
        schema
    }
}

impl<T: crate::inspect::Inspect, const MAX: usize> crate::inspect::Inspect for BoundedMap<T, MAX> {
    fn inspect(&self, pointer: &crate::inspect::Pointer<'_>, out: &mut crate::inspect::Findings) {
        self.0.inspect(pointer, out);
    }
}
