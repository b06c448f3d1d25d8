//! DTMF tones: the keys of a telephone keypad sent during a call.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

/// One to `MAX` DTMF tones, each `0`-`9`, `*` or `#` (`MAX` = `usize::MAX`: no documented
/// limit). Decoding refuses anything else, and the schema says the same (`pattern`, and
/// `maxLength` when there is a limit).
///
/// ```
/// use ccwire_wire::Dtmf;
/// assert!(Dtmf::<24>::new("801#").is_some());
/// assert!(Dtmf::<24>::new("12a").is_none());
/// assert!(Dtmf::<24>::new("").is_none());
/// assert!(Dtmf::<3>::new("1234").is_none());
/// assert_eq!(serde_json::from_str::<Dtmf>(r#""2*9876#""#).unwrap().as_str(), "2*9876#");
/// assert!(serde_json::from_str::<Dtmf>("5").is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Dtmf<const MAX: usize = { usize::MAX }>(String);

impl<const MAX: usize> Dtmf<MAX> {
    /// The tones, if `tones` is 1 to `MAX` of `0`-`9`, `*`, `#`.
    #[must_use]
    pub fn new(tones: &str) -> Option<Self> {
        let ok = !tones.is_empty()
            && tones.len() <= MAX
            && tones
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'*' || b == b'#');
        ok.then(|| Self(tones.to_owned()))
    }

    /// The tones.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// What a valid value is, for error messages.
    fn expected() -> String {
        if MAX == usize::MAX {
            "one or more DTMF tones from 0-9, * and #".to_owned()
        } else {
            format!("1 to {MAX} DTMF tones from 0-9, * and #")
        }
    }
}

impl<const MAX: usize> fmt::Debug for Dtmf<MAX> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl<const MAX: usize> Serialize for Dtmf<MAX> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de, const MAX: usize> Deserialize<'de> for Dtmf<MAX> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text: crate::wire::KeyStr<'de> = Deserialize::deserialize(deserializer)?;
        Self::new(text.as_str()).ok_or_else(|| {
            de::Error::invalid_value(
                de::Unexpected::Str(text.as_str()),
                &Self::expected().as_str(),
            )
        })
    }
}

impl<const MAX: usize> crate::inspect::Inspect for Dtmf<MAX> {
    fn may_find() -> bool {
        false
    }
    fn inspect(&self, _: &crate::inspect::Pointer<'_>, _: &mut crate::inspect::Findings) {}
}

impl<const MAX: usize> JsonSchema for Dtmf<MAX> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Dtmf")
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // `not` a newline: Python's `re` lets `$` match before a final newline; the decoder
        // does not.
        let mut schema = json_schema!({
            "type": "string",
            "pattern": "^[0-9*#]+$",
            "not": { "pattern": "\n" },
        });
        if MAX != usize::MAX {
            schema.insert("maxLength".to_owned(), MAX.into());
        }
        schema
    }
}
