//! Dispatch on a discriminator member without losing error paths.
//!
//! Objects whose shape depends on a member (`data.type`, a participant's `pType`) are first
//! captured as raw JSON text, the discriminator is peeked, and the text is then decoded with
//! the precise type. A decode error inside carries its JSON pointer in the message as
//! `@/pointer message`, which [`split_nested`] takes apart again so that callers (the codec)
//! can report the full path.

use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_path_to_error::{Path, Segment};

use crate::wire::KeyStr;

/// Reads the string value of member `tag` of a JSON object, without decoding anything else.
///
/// Returns `Ok(None)` when the member is absent or not a string.
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// use ccwire_model::dispatch::peek_tag;
/// assert_eq!(peek_tag(r#"{"a":[1,{"type":"x"}],"type":"Kind"}"#, "type").unwrap().as_deref(), Some("Kind"));
/// assert_eq!(peek_tag(r#"{"type":5}"#, "type").unwrap(), None);
/// assert!(peek_tag("[1]", "type").is_err());
/// ```
pub fn peek_tag(raw: &str, tag: &str) -> Result<Option<String>, serde_json::Error> {
    struct Peek<'t>(&'t str);
    impl<'de> Visitor<'de> for Peek<'_> {
        type Value = Option<String>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a JSON object")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut found = None;
            while let Some(key) = map.next_key::<KeyStr<'de>>()? {
                if key.as_str() == self.0 && found.is_none() {
                    let value: serde_json::Value = map.next_value()?;
                    found = Some(value.as_str().map(str::to_owned));
                } else {
                    map.next_value::<IgnoredAny>()?;
                }
            }
            Ok(found.flatten())
        }
    }
    let mut de = serde_json::Deserializer::from_str(raw);
    de.deserialize_map(Peek(tag))
}

/// Renders a path as a JSON pointer (RFC 6901).
///
/// ```
/// let mut de = serde_json::Deserializer::from_str(r#"{"a/b":[true]}"#);
/// let err = serde_path_to_error::deserialize::<_, std::collections::BTreeMap<String, Vec<u8>>>(&mut de).unwrap_err();
/// assert_eq!(ccwire_model::dispatch::pointer(err.path()), "/a~1b/0");
/// ```
#[must_use]
pub fn pointer(path: &Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => {
                out.push('/');
                out.push_str(&index.to_string());
            }
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&key.replace('~', "~0").replace('/', "~1"));
            }
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// Splits a decode message into the nested pointer it carries (if any) and the plain message,
/// with serde_json's " at line L column C" suffix removed.
///
/// ```
/// use ccwire_model::dispatch::split_nested;
/// assert_eq!(split_nested("@/a/0 bad value at line 1 column 9"), ("/a/0", "bad value"));
/// assert_eq!(split_nested("missing field `x`"), ("", "missing field `x`"));
/// ```
#[must_use]
pub fn split_nested(message: &str) -> (&str, &str) {
    let message = strip_location(message);
    if let Some(rest) = message.strip_prefix('@')
        && let Some((ptr, msg)) = rest.split_once(' ') {
            return (ptr, msg);
        }
    ("", message)
}

fn strip_location(message: &str) -> &str {
    if let Some(idx) = message.rfind(" at line ") {
        let tail = &message[idx + " at line ".len()..];
        let mut parts = tail.splitn(3, ' ');
        let line_ok = parts.next().is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
        let word_ok = parts.next() == Some("column");
        let col_ok = parts.next().is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if line_ok && word_ok && col_ok {
            return &message[..idx];
        }
    }
    message
}

/// Decodes `raw` JSON text as `T`; an error becomes a `D`-error whose message starts with the
/// JSON pointer of the failure inside `raw` (`@/pointer message`).
///
/// # Errors
/// `T`'s decode error, annotated with its pointer.
pub fn decode_nested<T: DeserializeOwned, E: de::Error>(raw: &str) -> Result<T, E> {
    // Fast path without path tracking; the path is worked out only when decoding fails.
    if let Ok(value) = serde_json::from_str::<T>(raw) {
        return Ok(value);
    }
    let mut de = serde_json::Deserializer::from_str(raw);
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|err| {
        let outer = pointer(err.path());
        let inner = err.into_inner().to_string();
        let (nested, message) = split_nested(&inner);
        E::custom(format_args!("@{outer}{nested} {message}"))
    })?;
    // Only trailing characters can make the fast path fail where this one succeeds.
    de.end().map_err(|err| {
        let text = err.to_string();
        E::custom(format_args!("@ {}", strip_location(&text)))
    })?;
    Ok(value)
}

/// Captures the next value of a deserializer as raw JSON text.
///
/// # Errors
/// The deserializer is not serde_json's (raw capture needs JSON text), or the input is not JSON.
pub fn capture_raw<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Box<serde_json::value::RawValue>, D::Error> {
    de::Deserialize::deserialize(deserializer)
}
