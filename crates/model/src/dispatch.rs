//! Dispatch on a discriminator member without losing error paths.
//!
//! Objects whose shape depends on a member (`data.type`, a participant's `pType`) are first
//! captured as raw JSON text, the discriminator is peeked, and the text is then decoded with
//! the precise type. A decode error inside carries its JSON pointer in the message as
//! `@/pointer message`, which [`split_nested`] takes apart again so that callers (the codec)
//! can report the full path.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeOwned, Deserializer};
use serde_path_to_error::{Path, Segment};


/// A top-level member found by [`peek_members`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Peeked<'a> {
    /// The member holds a string (unescaped when it had escapes).
    Str(Cow<'a, str>),
    /// The member holds something else; the raw JSON text of the value.
    Other(&'a str),
}

impl Peeked<'_> {
    /// The string, when the member holds one.
    #[must_use]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Self::Str(s) => Some(s),
            Self::Other(_) => None,
        }
    }
}

/// Not a JSON object (or not well-formed enough to find its members).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnObject;

impl fmt::Display for NotAnObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("invalid type: expected a JSON object")
    }
}

impl std::error::Error for NotAnObject {}

/// A fast structural scan of a JSON object's top level: for each of `keys`, the first member of
/// that name (`None` when absent). Nothing else is decoded; strings are skipped with `memchr`.
///
/// This is a dispatch aid, not a validator: the text must still be decoded (which checks its
/// syntax) before it is trusted.
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// use ccwire_model::dispatch::{Peeked, peek_members};
/// let found = peek_members(r#"{"a":{"type":"inner"},"type":"Kind","n":[1,"}"],"e":"x\"y"}"#, &["type", "n", "e", "zz"]).unwrap();
/// assert_eq!(found[0].as_ref().and_then(Peeked::as_str), Some("Kind"));
/// assert_eq!(found[1], Some(Peeked::Other(r#"[1,"}"]"#)));
/// assert_eq!(found[2].as_ref().and_then(Peeked::as_str), Some("x\"y"));
/// assert_eq!(found[3], None);
/// assert!(peek_members("[1]", &["type"]).is_err());
/// ```
pub fn peek_members<'a>(raw: &'a str, keys: &[&str]) -> Result<Vec<Option<Peeked<'a>>>, NotAnObject> {
    let start = skip_ws(raw.as_bytes(), 0);
    scan_object_at(raw, start, keys).map(|(found, _)| found)
}

/// Walks the members of the object starting at byte `start` of `raw`: `member` gets each key and
/// the index where its value starts, and returns the index just after the value. Returns the
/// index just after the object's closing brace.
fn walk_object<'a>(
    raw: &'a str,
    start: usize,
    mut member: impl FnMut(Cow<'a, str>, usize) -> Result<usize, NotAnObject>,
) -> Result<usize, NotAnObject> {
    let b = raw.as_bytes();
    if b.get(start) != Some(&b'{') {
        return Err(NotAnObject);
    }
    let mut i = skip_ws(b, start + 1);
    if b.get(i) == Some(&b'}') {
        return Ok(i + 1);
    }
    loop {
        if b.get(i) != Some(&b'"') {
            return Err(NotAnObject);
        }
        let (key_end, key_escaped) = scan_string(b, i).ok_or(NotAnObject)?;
        let key = string_at(raw, i, key_end, key_escaped).ok_or(NotAnObject)?;
        i = skip_ws(b, key_end);
        if b.get(i) != Some(&b':') {
            return Err(NotAnObject);
        }
        let value_end = member(key, skip_ws(b, i + 1))?;
        i = skip_ws(b, value_end);
        match b.get(i) {
            Some(b',') => i = skip_ws(b, i + 1),
            Some(b'}') => return Ok(i + 1),
            _ => return Err(NotAnObject),
        }
    }
}

/// [`peek_members`] on the object starting at byte `start` of `raw`; also returns the index just
/// after the object's closing brace.
fn scan_object_at<'a>(raw: &'a str, start: usize, keys: &[&str]) -> Result<(Vec<Option<Peeked<'a>>>, usize), NotAnObject> {
    let b = raw.as_bytes();
    let mut found: Vec<Option<Peeked<'a>>> = vec![None; keys.len()];
    let end = walk_object(raw, start, |key, value_start| {
        let value_end = skip_value(b, value_start).ok_or(NotAnObject)?;
        if let Some(slot) = keys.iter().position(|k| *k == key).and_then(|n| found.get_mut(n)).filter(|s| s.is_none()) {
            let value = raw.get(value_start..value_end).ok_or(NotAnObject)?;
            *slot = Some(if value.starts_with('"') {
                let (end, escaped) = scan_string(b, value_start).ok_or(NotAnObject)?;
                Peeked::Str(string_at(raw, value_start, end, escaped).ok_or(NotAnObject)?)
            } else {
                Peeked::Other(value)
            });
        }
        Ok(value_end)
    })?;
    Ok((found, end))
}

/// One member found by [`object_members_peeking`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member<'a> {
    /// The key, unescaped.
    pub key: Cow<'a, str>,
    /// The raw JSON text of the value.
    pub value: &'a str,
    /// For the member named in the call (when its value is an object): its peeked members.
    pub peeked: Option<Vec<Option<Peeked<'a>>>>,
}

/// [`object_members`], also peeking `keys` inside the object value of the member `inner` in the
/// same scan (the scan that finds where that value ends).
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// use ccwire_model::dispatch::{Peeked, object_members_peeking};
/// let m = object_members_peeking(r#"{"data":{"x":[1],"type":"K"},"type":"E"}"#, "data", &["type"]).unwrap();
/// assert_eq!(m[0].value, r#"{"x":[1],"type":"K"}"#);
/// assert_eq!(m[0].peeked.as_ref().unwrap()[0].as_ref().and_then(Peeked::as_str), Some("K"));
/// assert!(m[1].peeked.is_none());
/// ```
pub fn object_members_peeking<'a>(raw: &'a str, inner: &str, keys: &[&str]) -> Result<Vec<Member<'a>>, NotAnObject> {
    members(raw, Some((inner, keys)))
}

/// Every member of a JSON object, in order: the key (unescaped) and the raw text of the value.
/// Only the structure is checked (quotes, colons, commas, braces, nothing after the object);
/// each value must still be decoded, which checks it.
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// let members = ccwire_model::dispatch::object_members(r#" {"a":1, "b\u0041":{"c":[2]}} "#).unwrap();
/// assert_eq!(members[1].0, "bA");
/// assert_eq!(members[1].1, r#"{"c":[2]}"#);
/// assert!(ccwire_model::dispatch::object_members(r#"{"a":1} x"#).is_err());
/// ```
pub fn object_members(raw: &str) -> Result<Vec<(Cow<'_, str>, &str)>, NotAnObject> {
    Ok(members(raw, None)?.into_iter().map(|m| (m.key, m.value)).collect())
}

/// The members of the object that is the whole of `raw`, peeking inside one of them if asked.
fn members<'a>(raw: &'a str, peek: Option<(&str, &[&str])>) -> Result<Vec<Member<'a>>, NotAnObject> {
    let b = raw.as_bytes();
    let mut out = Vec::new();
    let end = walk_object(raw, skip_ws(b, 0), |key, value_start| {
        let (peeked, value_end) = match peek {
            Some((inner, keys)) if key == inner && b.get(value_start) == Some(&b'{') => {
                let (found, end) = scan_object_at(raw, value_start, keys)?;
                (Some(found), end)
            }
            _ => (None, skip_value(b, value_start).ok_or(NotAnObject)?),
        };
        out.push(Member { key, value: raw.get(value_start..value_end).ok_or(NotAnObject)?, peeked });
        Ok(value_end)
    })?;
    if skip_ws(b, end) == b.len() { Ok(out) } else { Err(NotAnObject) }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// `b[start]` is `"`: the index after the closing quote, and whether the string has escapes.
fn scan_string(b: &[u8], start: usize) -> Option<(usize, bool)> {
    let mut j = start + 1;
    let mut escaped = false;
    loop {
        let rest = b.get(j..)?;
        let at = memchr::memchr2(b'"', b'\\', rest)?;
        if rest.get(at) == Some(&b'"') {
            return Some((j + at + 1, escaped));
        }
        escaped = true;
        j += at + 2;
    }
}

/// The text of the string token `raw[start..end]` (quotes included), unescaped if needed.
fn string_at(raw: &str, start: usize, end: usize, escaped: bool) -> Option<Cow<'_, str>> {
    let token = raw.get(start..end)?;
    if escaped {
        serde_json::from_str::<String>(token).ok().map(Cow::Owned)
    } else {
        token.get(1..token.len().checked_sub(1)?).map(Cow::Borrowed)
    }
}

/// The index just after the JSON value starting at `start`.
fn skip_value(b: &[u8], start: usize) -> Option<usize> {
    match b.get(start)? {
        b'"' => scan_string(b, start).map(|(end, _)| end),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = start;
            while let Some(&c) = b.get(j) {
                match c {
                    b'"' => {
                        j = scan_string(b, j)?.0;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            None
        }
        _ => {
            let mut j = start;
            while let Some(&c) = b.get(j) {
                if matches!(c, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                    break;
                }
                j += 1;
            }
            (j > start).then_some(j)
        }
    }
}

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
pub fn peek_tag(raw: &str, tag: &str) -> Result<Option<String>, NotAnObject> {
    let found = peek_members(raw, &[tag])?;
    Ok(found.into_iter().next().flatten().and_then(|p| p.as_str().map(str::to_owned)))
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
