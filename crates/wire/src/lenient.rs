//! Two-form scalars: values the vendors send either natively (`true`, `32`) or as text
//! (`"true"`, `"32"`).

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

/// A scalar that arrives as a JSON native value or as its text form, decoded to `T` and
/// re-encoded in the form received.
///
/// The typed value is [`Lenient::get`]; [`Lenient::text`] is the original text when the wire
/// carried a string. Strings are accepted only when they are the exact text form of a value
/// (`"true"`/`"false"` for booleans; an optional sign and 1 to 18 digits for integers), which
/// is also what the exported JSON Schema allows.
///
/// ```
/// use ccwire_wire::Lenient;
/// let native: Lenient<bool> = serde_json::from_str("true").unwrap();
/// let text: Lenient<bool> = serde_json::from_str(r#""true""#).unwrap();
/// assert_eq!(native.get(), text.get());
/// assert!(text.is_text() && !native.is_text());
/// assert_eq!(serde_json::to_string(&text).unwrap(), r#""true""#);
///
/// let n: Lenient<i64> = serde_json::from_str(r#""032""#).unwrap();
/// assert_eq!(n.get(), 32);
/// assert_eq!(serde_json::to_string(&n).unwrap(), r#""032""#);
/// assert!(serde_json::from_str::<Lenient<i64>>(r#""32s""#).is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Lenient<T> {
    value: T,
    text: Option<Cow<'static, str>>,
}

impl<T: Copy> Lenient<T> {
    /// The typed value, whichever form it arrived in.
    #[must_use]
    pub fn get(&self) -> T {
        self.value
    }
}

impl<T> Lenient<T> {
    /// A value that encodes in the JSON native form.
    #[must_use]
    pub fn native(value: T) -> Self {
        Self { value, text: None }
    }

    /// The typed value by reference.
    #[must_use]
    pub fn value(&self) -> &T {
        &self.value
    }

    /// The original text, when the value arrived as a JSON string.
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// Whether the value arrived as a JSON string.
    #[must_use]
    pub fn is_text(&self) -> bool {
        self.text.is_some()
    }
}

impl<T: LenientScalar> Lenient<T> {
    /// A value that encodes as a JSON string, from its text form.
    ///
    /// # Errors
    /// The text is not an exact text form of `T`.
    pub fn from_text(text: &str) -> Result<Self, InvalidText> {
        let value = T::parse_text(text).ok_or(InvalidText)?;
        let text = T::static_text(text).map_or_else(|| Cow::Owned(text.to_owned()), Cow::Borrowed);
        Ok(Self {
            value,
            text: Some(text),
        })
    }
}

impl<T: fmt::Debug> fmt::Debug for Lenient<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.text {
            Some(text) => write!(f, "{:?} (from text {:?})", self.value, text),
            None => self.value.fmt(f),
        }
    }
}

/// Text that is not the exact text form of the expected scalar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidText;

impl fmt::Display for InvalidText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("text is not the exact text form of the expected value")
    }
}

impl std::error::Error for InvalidText {}

/// Scalars that have a native JSON form and an exact text form.
pub trait LenientScalar: Sized + Serialize {
    /// What the value is, for error messages.
    const EXPECTING: &'static str;
    /// Parses the exact text form.
    fn parse_text(text: &str) -> Option<Self>;
    /// The text as a static string, when every accepted text is one of a few (kept without
    /// allocating).
    fn static_text(_text: &str) -> Option<&'static str> {
        None
    }
    /// The schema of the native form.
    fn native_schema() -> Schema;
    /// The schema of the text form.
    fn text_schema() -> Schema;
}

impl LenientScalar for bool {
    const EXPECTING: &'static str = "a boolean or the string \"true\" or \"false\"";
    fn parse_text(text: &str) -> Option<Self> {
        match text {
            "true" => Some(true),
            "false" => Some(false),
            _ => None,
        }
    }
    fn static_text(text: &str) -> Option<&'static str> {
        match text {
            "true" => Some("true"),
            "false" => Some("false"),
            _ => None,
        }
    }
    fn native_schema() -> Schema {
        json_schema!({ "type": "boolean" })
    }
    fn text_schema() -> Schema {
        json_schema!({ "type": "string", "enum": ["true", "false"] })
    }
}

/// Integers as text: optional sign and 1 to 18 digits (always within `i64`).
const INT_TEXT_PATTERN: &str = "^[+-]?[0-9]{1,18}$";

impl LenientScalar for i64 {
    const EXPECTING: &'static str = "an integer or a string holding an integer (up to 18 digits)";
    fn parse_text(text: &str) -> Option<Self> {
        let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
        if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse().ok()
    }
    fn native_schema() -> Schema {
        json_schema!({ "type": "integer", "format": "int64" })
    }
    fn text_schema() -> Schema {
        // `not` a newline: Python's `re` lets `$` match before a final newline; the decoder,
        // ECMAScript and Rust regexes do not.
        json_schema!({ "type": "string", "pattern": INT_TEXT_PATTERN, "not": { "pattern": "\n" } })
    }
}

impl<T: Serialize> Serialize for Lenient<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.text {
            Some(text) => serializer.serialize_str(text),
            None => self.value.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for Lenient<bool> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Lenient<bool>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(bool::EXPECTING)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Ok(Lenient::native(v))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Lenient::from_text(v).map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Lenient<i64> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Lenient<i64>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(i64::EXPECTING)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Ok(Lenient::native(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                i64::try_from(v)
                    .map(Lenient::native)
                    .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Lenient::from_text(v).map_err(|_| E::invalid_value(de::Unexpected::Str(v), &self))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl<T: LenientScalar> JsonSchema for Lenient<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("Lenient_{}", std::any::type_name::<T>()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "anyOf": [T::native_schema(), T::text_schema()] })
    }
}

/// A member a reference types as text that the model reads as `T`: a [`Lenient`] value when
/// the text (or the native value) is one, else the text itself, kept exactly and reported as
/// drift (`unknown-value`: a warning, an error in strict mode). The strict schema accepts only
/// the [`Lenient`] forms; the lenient one accepts any string too.
///
/// ```
/// use ccwire_wire::{Lenient, OrText};
/// use ccwire_wire::inspect::{FindingKind, Inspect};
/// let n: OrText<i64> = serde_json::from_str(r#""32""#).unwrap();
/// assert_eq!(n.value(), Some(32));
/// let other: OrText<i64> = serde_json::from_str(r#""abc""#).unwrap();
/// assert_eq!(other.value(), None);
/// assert_eq!(other, OrText::Text("abc".to_owned()));
/// assert_eq!(serde_json::to_string(&other).unwrap(), r#""abc""#);
/// assert_eq!(other.findings()[0].kind, FindingKind::UnknownValue);
/// assert!(serde_json::from_str::<OrText<i64>>("[1]").is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum OrText<T> {
    /// A value, native or in its exact text form.
    Typed(Lenient<T>),
    /// Text that is not a form of a value.
    Text(String),
}

impl<T: Copy> OrText<T> {
    /// The typed value, if the member held one.
    #[must_use]
    pub fn value(&self) -> Option<T> {
        match self {
            Self::Typed(v) => Some(v.get()),
            Self::Text(_) => None,
        }
    }
}

impl<T: Serialize> Serialize for OrText<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Typed(v) => v.serialize(serializer),
            Self::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de, T> Deserialize<'de> for OrText<T>
where
    T: LenientScalar,
    Lenient<T>: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::IntoDeserializer;
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T> Visitor<'de> for V<T>
        where
            T: LenientScalar,
            Lenient<T>: Deserialize<'de>,
        {
            type Value = OrText<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}, or other text", T::EXPECTING)
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
                Lenient::deserialize(v.into_deserializer()).map(OrText::Typed)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
                Lenient::deserialize(v.into_deserializer()).map(OrText::Typed)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
                Lenient::deserialize(v.into_deserializer()).map(OrText::Typed)
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(
                    Lenient::from_text(v)
                        .map_or_else(|_| OrText::Text(v.to_owned()), OrText::Typed),
                )
            }
        }
        deserializer.deserialize_any(V(std::marker::PhantomData))
    }
}

impl<T: LenientScalar> JsonSchema for OrText<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("OrText_{}", std::any::type_name::<T>()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        // Strict: exactly the `Lenient` forms; lenient: any text besides.
        if crate::wire::is_strict() {
            return Lenient::<T>::json_schema(generator);
        }
        json_schema!({ "anyOf": [T::native_schema(), { "type": "string" }] })
    }
}
