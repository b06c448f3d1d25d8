//! Configuration options: sections, option values and option patterns.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use ccwire_wire::inspect::{Findings, Inspect, Pointer};
use ccwire_wire::{Extra, Wire};

/// A value given either as one item or as an array of items (`string or array of strings`).
///
/// ```
/// use ccwire_genesys::OneOrMany;
/// let one: OneOrMany<String> = serde_json::from_str(r#""a""#).unwrap();
/// let many: OneOrMany<String> = serde_json::from_str(r#"["a","b"]"#).unwrap();
/// assert_eq!(one.as_slice(), ["a"]);
/// assert_eq!(many.as_slice().len(), 2);
/// assert_eq!(serde_json::to_string(&one).unwrap(), r#""a""#);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum OneOrMany<T> {
    /// A single item.
    One(T),
    /// An array of items.
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    /// The items, whichever form they arrived in.
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        match self {
            Self::One(v) => std::slice::from_ref(v),
            Self::Many(v) => v,
        }
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::One(v) => v.serialize(serializer),
            Self::Many(v) => v.serialize(serializer),
        }
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: DeserializeOwned> Visitor<'de> for V<T> {
            type Value = OneOrMany<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an array of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                T::deserialize(de::value::StrDeserializer::<E>::new(v)).map(OneOrMany::One)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<T>()? {
                    items.push(item);
                }
                Ok(OneOrMany::Many(items))
            }
        }
        deserializer.deserialize_any(V(std::marker::PhantomData))
    }
}

impl<T: Inspect> Inspect for OneOrMany<T> {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        match self {
            Self::One(v) => v.inspect(pointer, out),
            Self::Many(v) => v.inspect(pointer, out),
        }
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("OneOrMany_{}", T::schema_name()))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("{}::OneOrMany<{}>", module_path!(), T::schema_id()))
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [ item, { "type": "array", "items": item } ] })
    }
}

/// A configuration section or option name for `configuration.getOption`, optionally in a
/// custom section (`CustomSection/option`) and optionally ending in the `*` wildcard
/// (`voice.*`, `voice.auto*`, `CustomAPI/test.*`).
///
/// The document allows the asterisk "only at the end of each word" and says "you cannot use an
/// asterisk at the start of an option or section", showing `*.markdone` and `*.auto` as not
/// allowed (genesys-service-client-api.txt L473, L477). Words are separated by `.` (and a
/// custom section from its option by `/`): a `*` may end any word, and may be a whole word
/// except the first of an option or section.
///
/// ```
/// use ccwire_genesys::OptionPattern;
/// assert!(OptionPattern::new("voice.auto*").is_some());
/// assert!(OptionPattern::new("voice*.auto").is_some()); // the end of a word
/// assert!(OptionPattern::new("CustomAPI/test.*").is_some());
/// assert!(OptionPattern::new("*.markdone").is_none());
/// assert!(OptionPattern::new("CustomAPI/*").is_none()); // the start of the option
/// assert!(OptionPattern::new("voice.a*b").is_none());
/// assert!(serde_json::from_str::<OptionPattern>(r#""sipendpoint.*""#).is_ok());
/// assert!(serde_json::from_str::<OptionPattern>(r#""*.auto""#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OptionPattern(String);

impl OptionPattern {
    /// The pattern, if every `*` ends a word and none starts an option or section.
    #[must_use]
    pub fn new(text: &str) -> Option<Self> {
        let valid = text.split('/').all(|section| {
            section.split('.').enumerate().all(|(i, word)| {
                let body = word.strip_suffix('*').unwrap_or(word);
                let starts_option = i == 0 && word.starts_with('*');
                !(body.contains('*') || starts_option)
            })
        });
        valid.then(|| Self(text.to_owned()))
    }

    /// The pattern text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether the pattern ends with the `*` wildcard.
    #[must_use]
    pub fn is_wildcard(&self) -> bool {
        self.0.ends_with('*')
    }
}

impl Serialize for OptionPattern {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for OptionPattern {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: ccwire_wire::wire::KeyStr<'de> = Deserialize::deserialize(deserializer)?;
        Self::new(text.as_str()).ok_or_else(|| {
            de::Error::invalid_value(
                de::Unexpected::Str(text.as_str()),
                &"an option name with `*` only at the end of a word, not at its start",
            )
        })
    }
}

ccwire_wire::nothing_to_inspect!(OptionPattern);

impl JsonSchema for OptionPattern {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("OptionPattern")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::OptionPattern"))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An option or section name; `*` may end a word (words are separated by `.`, a custom section by `/`), and may not start an option or section.",
            "type": "string",
            "pattern": "^(?:[^*./]+\\*?)?(?:\\.[^*./]*\\*?)*(?:/(?:[^*./]+\\*?)?(?:\\.[^*./]*\\*?)*)*$",
        })
    }
}

/// A configuration option and its value (`configuration.Section`, listed by
/// `configuration.getOption`).
///
/// ```
/// use ccwire_genesys::Section;
/// let s: Section = serde_json::from_str(r#"{"name":"voice.auto-answer","value":"true"}"#).unwrap();
/// assert_eq!(s.value.as_ref().map(|v| v.as_slice()), Some(&["true".to_owned()][..]));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Section {
    /// The name of the configuration option (genesys-service-client-api.txt L491).
    pub name: String,
    /// The value: a string or an array of strings (genesys-service-client-api.txt L496).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub value: Option<OneOrMany<String>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
