//! Dispatch on a discriminator member without losing error paths.
//!
//! When the JSON text of an object whose shape depends on a member (`data.type`, an envelope
//! `type`) is at hand, a structural scan ([`peek_members`], [`object_members_peeking`], or
//! [`members_from_ends`] for discriminators at the end) finds the discriminator without decoding
//! anything, and the text is then decoded once with the precise type ([`decode_nested`]).
//! (Inside a decode, tagged unions such as participants read their object in one pass instead;
//! see [`tagged_union!`](crate::tagged_union).) A nested decode error's JSON pointer is recorded
//! beside the error ([`crate::located`]), so that callers (the codec) can report the full path.

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
/// that name (`None` when absent). Nothing else is decoded.
///
/// This is a dispatch aid, not a validator: the text must still be decoded (which checks its
/// syntax) before it is trusted.
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// use ccwire_wire::dispatch::{Peeked, peek_members};
/// let found = peek_members(r#"{"a":{"type":"inner"},"type":"Kind","n":[1,"}"],"e":"x\"y"}"#, &["type", "n", "e", "zz"]).unwrap();
/// assert_eq!(found[0].as_ref().and_then(Peeked::as_str), Some("Kind"));
/// assert_eq!(found[1], Some(Peeked::Other(r#"[1,"}"]"#)));
/// assert_eq!(found[2].as_ref().and_then(Peeked::as_str), Some("x\"y"));
/// assert_eq!(found[3], None);
/// assert!(peek_members("[1]", &["type"]).is_err());
/// ```
pub fn peek_members<'a>(
    raw: &'a str,
    keys: &[&str],
) -> Result<Vec<Option<Peeked<'a>>>, NotAnObject> {
    let start = skip_ws(raw.as_bytes(), 0);
    scan_object_at(raw, start, keys).map(|(found, _)| found)
}

/// Walks the members of the object starting at byte `start` of `raw`: `member` gets each key and
/// the index where its value starts, and returns the index just after the value. Returns the
/// index just after the object's closing brace.
fn walk_object<'a>(
    raw: &'a str,
    start: usize,
    member: impl FnMut(Cow<'a, str>, usize) -> Result<usize, NotAnObject>,
) -> Result<usize, NotAnObject> {
    let b = raw.as_bytes();
    if b.get(start) != Some(&b'{') {
        return Err(NotAnObject);
    }
    let i = skip_ws(b, start + 1);
    if b.get(i) == Some(&b'}') {
        return Ok(i + 1);
    }
    walk_members(raw, i, member)
}

/// [`walk_object`] from byte `i` of `raw`, the opening quote of one of the object's keys: walks
/// that member and those after it.
fn walk_members<'a>(
    raw: &'a str,
    mut i: usize,
    mut member: impl FnMut(Cow<'a, str>, usize) -> Result<usize, NotAnObject>,
) -> Result<usize, NotAnObject> {
    let b = raw.as_bytes();
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
fn scan_object_at<'a>(
    raw: &'a str,
    start: usize,
    keys: &[&str],
) -> Result<(Vec<Option<Peeked<'a>>>, usize), NotAnObject> {
    let b = raw.as_bytes();
    let mut found: Vec<Option<Peeked<'a>>> = vec![None; keys.len()];
    let end = walk_object(raw, start, |key, value_start| {
        let value_end = skip_value(b, value_start).ok_or(NotAnObject)?;
        if let Some(slot) = keys
            .iter()
            .position(|k| *k == key)
            .and_then(|n| found.get_mut(n))
            .filter(|s| s.is_none())
        {
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
}

/// The members of an object, as [`object_members_peeking`] and [`members_from_ends`] find them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scanned<'a> {
    /// The members, in order.
    pub members: Vec<Member<'a>>,
    /// The keys asked for, peeked inside the first member named in the call, when its value is
    /// an object (`None` otherwise).
    pub peeked: Option<Vec<Option<Peeked<'a>>>>,
}

impl<'a> Member<'a> {
    /// The value as a [`Peeked`]: the string (unescaped) when it is one, else the raw text.
    /// `None` for a value that starts with a quote but is not exactly one JSON string (invalid
    /// escapes, raw control characters, or text after its closing quote, which a guess such
    /// as [`members_from_ends`] can take for a value).
    ///
    /// ```
    /// use ccwire_wire::dispatch::{Member, Peeked, object_members_peeking};
    /// let m = object_members_peeking(r#"{"a":"x\u0041","b":[1]}"#, "", &[]).unwrap().members;
    /// assert_eq!(m[0].peek(), Some(Peeked::Str("xA".into())));
    /// assert_eq!(m[1].peek(), Some(Peeked::Other("[1]")));
    /// let guessed = Member { key: "a".into(), value: r#""x"2"# };
    /// assert_eq!(guessed.peek(), None);
    /// ```
    #[must_use]
    pub fn peek(&self) -> Option<Peeked<'a>> {
        let value = self.value;
        if !value.starts_with('"') {
            return Some(Peeked::Other(value));
        }
        let (end, escaped) = scan_string(value.as_bytes(), 0)?;
        if end != value.len() {
            return None;
        }
        string_at(value, 0, end, escaped).map(Peeked::Str)
    }
}

/// For each of `keys`, the first of `members` with that name, as [`Member::peek`] gives it:
/// the same answer as [`peek_members`] on the text the members were scanned from.
///
/// ```
/// use ccwire_wire::dispatch::{Peeked, find_members, object_members_peeking};
/// let m = object_members_peeking(r#"{"type":"K","type":"L","n":1}"#, "", &[]).unwrap().members;
/// let found = find_members(&m, &["type", "zz"]);
/// assert_eq!(found, vec![Some(Peeked::Str("K".into())), None]);
/// ```
#[must_use]
pub fn find_members<'a>(members: &[Member<'a>], keys: &[&str]) -> Vec<Option<Peeked<'a>>> {
    // One pass over the members (not one per key): a large object is read once, in order.
    let mut first: Vec<Option<&Member<'a>>> = vec![None; keys.len()];
    let mut missing = keys.len();
    for member in members {
        if missing == 0 {
            break;
        }
        for (slot, key) in first.iter_mut().zip(keys) {
            if slot.is_none() && member.key == *key {
                *slot = Some(member);
                missing -= 1;
            }
        }
    }
    first
        .into_iter()
        .map(|m| m.and_then(Member::peek))
        .collect()
}

/// [`object_members`], also peeking `keys` inside the object value of the member `inner` in the
/// same scan (the scan that finds where that value ends).
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// use ccwire_wire::dispatch::{Peeked, object_members_peeking};
/// let m = object_members_peeking(r#"{"data":{"x":[1],"type":"K"},"type":"E"}"#, "data", &["type"]).unwrap();
/// assert_eq!(m.members[0].value, r#"{"x":[1],"type":"K"}"#);
/// assert_eq!(m.peeked.unwrap()[0].as_ref().and_then(Peeked::as_str), Some("K"));
/// ```
pub fn object_members_peeking<'a>(
    raw: &'a str,
    inner: &str,
    keys: &[&str],
) -> Result<Scanned<'a>, NotAnObject> {
    members(raw, Some((inner, keys)))
}

/// A guess at the members of an object shaped `{"<first>":{…}, "k":scalar, …}` that reads only
/// its two ends: the first member's key from the front, and the members after it from the back,
/// as long as their values are strings, numbers or literals. The first member's value is taken
/// to be everything in between; inside it, `keys` are peeked from its own scalar tail (or, for
/// a key not found there, by a forward scan that stops at that key).
///
/// This is a **guess**, returned as a [`Scanned`] shaped like [`object_members_peeking`]'s:
/// it is right exactly when the first member's value text decodes as one JSON value with
/// nothing after it. A caller must decode that text strictly (trailing characters are an error)
/// and fall back to [`object_members_peeking`] when it does not. `None` when the text does not
/// have that shape at all.
///
/// Messages that put the discriminators at the end (`…,"type":"Kind"}`) are dispatched this
/// way without scanning their body twice.
///
/// ```
/// use ccwire_wire::dispatch::{Peeked, members_from_ends};
/// let text = r#"{"data":{"a":{"b":[1]},"type":"K"},"orgId":"o","type":"E"}"#;
/// let scanned = members_from_ends(text, "data", &["type", "a"]).unwrap();
/// let m = &scanned.members;
/// assert_eq!(m[0].value, r#"{"a":{"b":[1]},"type":"K"}"#);
/// let peeked = scanned.peeked.as_ref().unwrap();
/// assert_eq!(peeked[0], Some(Peeked::Str("K".into())));
/// assert_eq!(peeked[1], Some(Peeked::Other(r#"{"b":[1]}"#)));
/// assert_eq!((m[1].key.as_ref(), m[1].value), ("orgId", r#""o""#));
/// assert_eq!((m[2].key.as_ref(), m[2].value), ("type", r#""E""#));
/// // A wrong guess: the "first value" is not one JSON value.
/// let m = members_from_ends(r#"{"data":{"x":1},"more":{"y":2},"type":"E"}"#, "data", &[]).unwrap().members;
/// assert!(serde_json::from_str::<serde_json::Value>(m[0].value).is_err());
/// assert!(members_from_ends(r#"{"type":"E","data":{}}"#, "data", &[]).is_none());
/// ```
#[must_use]
pub fn members_from_ends<'a>(raw: &'a str, first: &str, keys: &[&str]) -> Option<Scanned<'a>> {
    let b = raw.as_bytes();
    // Front: `{ "first" : {`.
    let open = skip_ws(b, 0);
    if b.get(open) != Some(&b'{') {
        return None;
    }
    let key_start = skip_ws(b, open + 1);
    if b.get(key_start) != Some(&b'"') {
        return None;
    }
    let (key_end, key_escaped) = scan_string(b, key_start)?;
    let key = raw.get(key_start + 1..key_end - 1)?;
    if key_escaped || key != first {
        return None;
    }
    let colon = skip_ws(b, key_end);
    if b.get(colon) != Some(&b':') {
        return None;
    }
    let value_start = skip_ws(b, colon + 1);
    if b.get(value_start) != Some(&b'{') {
        return None;
    }
    // Back: the closing brace, then scalar members until a non-scalar value ends.
    let close = back_ws(b, b.len()).checked_sub(1)?;
    if b.get(close) != Some(&b'}') || close <= value_start {
        return None;
    }
    let (mut tail, value_end) = scalar_tail(raw, close)?;
    let value_end = value_end?;
    if value_end <= value_start || b.get(value_end - 1) != Some(&b'}') {
        return None;
    }
    let value = raw.get(value_start..value_end)?;
    // Inside the first value: its own scalar tail, then a forward scan for what is missing.
    let (inner_tail, _) = scalar_tail(raw, value_end - 1)?;
    let peeked = keys
        .iter()
        .map(|k| match inner_tail.iter().rev().find(|m| m.key == *k) {
            Some(m) => m.peek(),
            None => first_member(value, k).ok().flatten(),
        })
        .collect();
    tail.push(Member {
        key: Cow::Borrowed(key),
        value,
    });
    tail.reverse();
    Some(Scanned {
        members: tail,
        peeked: Some(peeked),
    })
}

/// The first member named `key` of the object `raw`, by a forward scan that stops there:
/// `Ok(None)` when there is none, an error when the text is not an object up to that member (or
/// the member is a string with invalid escapes).
fn first_member<'a>(raw: &'a str, key: &str) -> Result<Option<Peeked<'a>>, NotAnObject> {
    first_member_from(raw, skip_ws(raw.as_bytes(), 0), key, false)
}

/// [`first_member`] among the members of an object from byte `key_start` of `raw`, the opening
/// quote of one of its keys (an error when the text is not shaped like members).
pub(crate) fn first_member_after<'a>(
    raw: &'a str,
    key_start: usize,
    key: &str,
) -> Result<Option<Peeked<'a>>, NotAnObject> {
    first_member_from(raw, key_start, key, true)
}

/// [`first_member`] from byte `start` of `raw`: an object's opening brace, or with `inside`
/// one of its keys' opening quote.
fn first_member_from<'a>(
    raw: &'a str,
    start: usize,
    key: &str,
    inside: bool,
) -> Result<Option<Peeked<'a>>, NotAnObject> {
    let b = raw.as_bytes();
    let mut found = None;
    let member = |k: Cow<'a, str>, value_start| {
        let value_end = skip_value(b, value_start).ok_or(NotAnObject)?;
        if k != key {
            return Ok(value_end);
        }
        let member = Member {
            key: k,
            value: raw.get(value_start..value_end).ok_or(NotAnObject)?,
        };
        found = Some(member.peek().ok_or(NotAnObject)?);
        // The first member of that name decides; the scan stops here.
        Err(NotAnObject)
    };
    let walked = if inside {
        walk_members(raw, start, member)
    } else {
        walk_object(raw, start, member)
    };
    match (found, walked) {
        (Some(peeked), _) => Ok(Some(peeked)),
        (None, Ok(_)) => Ok(None),
        (None, Err(e)) => Err(e),
    }
}

/// Reads, backwards, the members of the object whose closing brace is at `close` while their
/// values are scalars. Returns them last first, and the end (exclusive) of the first non-scalar
/// value met, or `None` when the object's opening brace was reached. `None` overall when the
/// text is not shaped like members.
fn scalar_tail(raw: &str, close: usize) -> Option<(Vec<Member<'_>>, Option<usize>)> {
    let b = raw.as_bytes();
    // A message's scalar tail has a few members: one allocation for the usual ones.
    let mut members = Vec::with_capacity(8);
    let mut end = close;
    loop {
        let value_end = back_ws(b, end);
        let value_start = match *b.get(value_end.checked_sub(1)?)? {
            b'}' | b']' => return Some((members, Some(value_end))),
            b'{' if members.is_empty() => return Some((members, None)),
            b'"' => string_open(b, value_end - 1)?,
            _ => {
                let mut i = value_end;
                while let Some(&c) = i.checked_sub(1).and_then(|j| b.get(j)) {
                    if matches!(c, b':' | b',' | b'{' | b'[' | b' ' | b'\t' | b'\n' | b'\r') {
                        break;
                    }
                    i -= 1;
                }
                i
            }
        };
        if value_start == value_end {
            return None;
        }
        let colon = back_ws(b, value_start).checked_sub(1)?;
        if b.get(colon) != Some(&b':') {
            return None;
        }
        let key_end = back_ws(b, colon);
        if b.get(key_end.checked_sub(1)?) != Some(&b'"') {
            return None;
        }
        let (key_start, special) = string_start(b, key_end - 1)?;
        let key = if special {
            string_at(raw, key_start, key_end, true)?
        } else {
            Cow::Borrowed(raw.get(key_start + 1..key_end - 1)?)
        };
        members.push(Member {
            key,
            value: raw.get(value_start..value_end)?,
        });
        let before = back_ws(b, key_start).checked_sub(1)?;
        match b.get(before)? {
            b',' => end = before,
            b'{' => return Some((members, None)),
            _ => return None,
        }
    }
}

/// Whether the quote at `b[q]` is escaped: preceded by an odd number of backslashes.
fn escaped_at(b: &[u8], q: usize) -> Option<bool> {
    let backslashes = b
        .get(..q)?
        .iter()
        .rev()
        .take_while(|&&c| c == b'\\')
        .count();
    Some(backslashes % 2 == 1)
}

/// `b[close]` is the closing quote of a string: the index of its opening quote (as
/// [`string_start`] finds it, by a vectorised search: for values, which can be long).
fn string_open(b: &[u8], close: usize) -> Option<usize> {
    let mut end = close;
    loop {
        let q = memchr::memrchr(b'"', b.get(..end)?)?;
        if !escaped_at(b, q)? {
            return Some(q);
        }
        end = q;
    }
}

/// `b[close]` is the closing quote of a string: the index of its opening quote, and whether the
/// string holds a backslash or a control character (so that its text is not the string's value,
/// or not JSON: [`string_at`] must read it). A quote preceded by an odd number of backslashes is
/// part of the string; outside strings JSON has no backslashes, so the first unescaped quote
/// going back opens the string.
///
/// Reads eight bytes at a time, backwards (for keys, which are short: a vectorised search costs
/// more to set up than it saves, and this one finds the special bytes on the way).
fn string_start(b: &[u8], close: usize) -> Option<(usize, bool)> {
    const LOWS: u64 = u64::from_le_bytes([0x7f; 8]);
    const QUOTES: u64 = u64::from_le_bytes([b'"'; 8]);
    const BACKSLASHES: u64 = u64::from_le_bytes([b'\\'; 8]);
    const CONTROL: u64 = u64::from_le_bytes([0xe0; 8]);
    // High bit set in exactly the bytes of `w` that are zero.
    let zero_bytes = |w: u64| !(((w & LOWS).wrapping_add(LOWS)) | w | LOWS);
    let mut special = false;
    // Bytes `..end` are still to be read.
    let mut end = close;
    loop {
        let q = loop {
            if let Some(chunk) = end
                .checked_sub(8)
                .and_then(|from| b.get(from..end))
                .and_then(|c| <[u8; 8]>::try_from(c).ok())
            {
                let w = u64::from_le_bytes(chunk);
                let quotes = zero_bytes(w ^ QUOTES);
                let others = zero_bytes(w ^ BACKSLASHES) | zero_bytes(w & CONTROL);
                if quotes == 0 {
                    special |= others != 0;
                    end -= 8;
                    continue;
                }
                // The last quote of the chunk, and what lies after it.
                let at = (63 - quotes.leading_zeros()) / 8;
                special |= others.checked_shr((at + 1) * 8).unwrap_or(0) != 0;
                break end - 8 + at as usize;
            }
            end = end.checked_sub(1)?;
            match *b.get(end)? {
                b'"' => break end,
                b'\\' | 0..0x20 => special = true,
                _ => {}
            }
        };
        if !escaped_at(b, q)? {
            return Some((q, special));
        }
        special = true;
        end = q;
    }
}

/// The index just after the last non-whitespace byte before `i`.
fn back_ws(b: &[u8], mut i: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = i.checked_sub(1).and_then(|j| b.get(j)) {
        i -= 1;
    }
    i
}

/// Every member of a JSON object, in order: the key (unescaped) and the raw text of the value.
/// Only the structure is checked (quotes, colons, commas, braces, nothing after the object);
/// each value must still be decoded, which checks it.
///
/// # Errors
/// The text is not a JSON object.
///
/// ```
/// let members = ccwire_wire::dispatch::object_members(r#" {"a":1, "b\u0041":{"c":[2]}} "#).unwrap();
/// assert_eq!(members[1].0, "bA");
/// assert_eq!(members[1].1, r#"{"c":[2]}"#);
/// assert!(ccwire_wire::dispatch::object_members(r#"{"a":1} x"#).is_err());
/// ```
pub fn object_members(raw: &str) -> Result<Vec<(Cow<'_, str>, &str)>, NotAnObject> {
    Ok(members(raw, None)?
        .members
        .into_iter()
        .map(|m| (m.key, m.value))
        .collect())
}

/// The elements of the array that is the whole of `raw` (leading and trailing whitespace
/// allowed), each as its text; the same fast scan as [`object_members`].
pub(crate) fn array_elements(raw: &str) -> Result<Vec<&str>, NotAnObject> {
    let b = raw.as_bytes();
    let mut i = skip_ws(b, 0);
    if b.get(i) != Some(&b'[') {
        return Err(NotAnObject);
    }
    let mut elements = Vec::new();
    i = skip_ws(b, i + 1);
    if b.get(i) == Some(&b']') {
        i += 1;
    } else {
        loop {
            let end = skip_value(b, i).ok_or(NotAnObject)?;
            elements.push(raw.get(i..end).ok_or(NotAnObject)?);
            i = skip_ws(b, end);
            match b.get(i) {
                Some(b',') => i = skip_ws(b, i + 1),
                Some(b']') => {
                    i += 1;
                    break;
                }
                _ => return Err(NotAnObject),
            }
        }
    }
    if skip_ws(b, i) == b.len() {
        Ok(elements)
    } else {
        Err(NotAnObject)
    }
}

/// The members of the object that is the whole of `raw`, peeking inside the first member named
/// `inner` if asked.
fn members<'a>(raw: &'a str, peek: Option<(&str, &[&str])>) -> Result<Scanned<'a>, NotAnObject> {
    let b = raw.as_bytes();
    let mut members = Vec::with_capacity(8);
    let mut peeked = None;
    let mut inner_seen = false;
    let end = walk_object(raw, skip_ws(b, 0), |key, value_start| {
        let value_end = match peek {
            Some((inner, keys)) if !inner_seen && key == inner => {
                inner_seen = true;
                if b.get(value_start) == Some(&b'{') {
                    let (found, end) = scan_object_at(raw, value_start, keys)?;
                    peeked = Some(found);
                    end
                } else {
                    skip_value(b, value_start).ok_or(NotAnObject)?
                }
            }
            _ => skip_value(b, value_start).ok_or(NotAnObject)?,
        };
        members.push(Member {
            key,
            value: raw.get(value_start..value_end).ok_or(NotAnObject)?,
        });
        Ok(value_end)
    })?;
    if skip_ws(b, end) == b.len() {
        Ok(Scanned { members, peeked })
    } else {
        Err(NotAnObject)
    }
}

pub(crate) fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while matches!(b.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// `b[start]` is `"`: the index after the closing quote, and whether the string has escapes.
///
/// Reads eight bytes at a time (most strings in these messages are short, where a vectorised
/// search costs more to set up than it saves).
pub(crate) fn scan_string(b: &[u8], start: usize) -> Option<(usize, bool)> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    const QUOTES: u64 = u64::from_le_bytes([b'"'; 8]);
    const BACKSLASHES: u64 = u64::from_le_bytes([b'\\'; 8]);
    // High bit set in the lowest byte of `w` that is zero (bytes above it may be marked too).
    let zero_bytes = |w: u64| w.wrapping_sub(ONES) & !w & HIGHS;
    let mut j = start + 1;
    let mut escaped = false;
    loop {
        while let Some(chunk) = b.get(j..j + 8).and_then(|c| <[u8; 8]>::try_from(c).ok()) {
            let w = u64::from_le_bytes(chunk);
            let hits = zero_bytes(w ^ QUOTES) | zero_bytes(w ^ BACKSLASHES);
            if hits != 0 {
                j += (hits.trailing_zeros() / 8) as usize;
                break;
            }
            j += 8;
        }
        match *b.get(j)? {
            b'"' => return Some((j + 1, escaped)),
            b'\\' => {
                escaped = true;
                j += 2;
            }
            _ => j += 1,
        }
    }
}

/// The text of the string token `raw[start..end]` (quotes included), unescaped if needed.
#[inline]
pub(crate) fn string_at(
    raw: &str,
    start: usize,
    end: usize,
    escaped: bool,
) -> Option<Cow<'_, str>> {
    if escaped {
        return unescaped(raw.get(start..end)?);
    }
    // JSON strings cannot hold control characters raw (serde_json checks escaped ones).
    raw.get(start.checked_add(1)?..end.checked_sub(1)?)
        .filter(|s| !s.bytes().any(|b| b < 0x20))
        .map(Cow::Borrowed)
}

/// The value of the string token `token`, which has escapes.
#[cold]
#[inline(never)]
fn unescaped(token: &str) -> Option<Cow<'static, str>> {
    serde_json::from_str::<String>(token).ok().map(Cow::Owned)
}

/// Bytes that matter when skipping the inside of an array or object.
const STRUCTURAL: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'{' as usize] = true;
    t[b'[' as usize] = true;
    t[b'}' as usize] = true;
    t[b']' as usize] = true;
    t
};

/// The index just after the JSON value starting at `start`.
pub(crate) fn skip_value(b: &[u8], start: usize) -> Option<usize> {
    match b.get(start)? {
        b'"' => scan_string(b, start).map(|(end, _)| end),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut j = start;
            loop {
                while !STRUCTURAL[usize::from(*b.get(j)?)] {
                    j += 1;
                }
                match b.get(j)? {
                    b'"' => {
                        j = scan_string(b, j)?.0;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    _ => {
                        depth = depth.checked_sub(1)?;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                }
                j += 1;
            }
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
/// Returns `Ok(None)` when the member is absent or not a string. The scan stops at the first
/// member of that name: what follows it is not looked at (the text must still be decoded).
///
/// # Errors
/// The text is not a JSON object (up to the member, when it is found).
///
/// ```
/// use ccwire_wire::dispatch::peek_tag;
/// assert_eq!(peek_tag(r#"{"a":[1,{"type":"x"}],"type":"Kind"}"#, "type").unwrap().as_deref(), Some("Kind"));
/// assert_eq!(peek_tag(r#"{"type":5}"#, "type").unwrap(), None);
/// assert!(peek_tag("[1]", "type").is_err());
/// ```
pub fn peek_tag(raw: &str, tag: &str) -> Result<Option<String>, NotAnObject> {
    Ok(first_member(raw, tag)?.and_then(|p| p.as_str().map(str::to_owned)))
}

/// Renders a path as a JSON pointer (RFC 6901).
///
/// ```
/// let mut de = serde_json::Deserializer::from_str(r#"{"a/b":[true]}"#);
/// let err = serde_path_to_error::deserialize::<_, std::collections::BTreeMap<String, Vec<u8>>>(&mut de).unwrap_err();
/// assert_eq!(ccwire_wire::dispatch::pointer(err.path()), "/a~1b/0");
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
            Segment::Map { key } => out = crate::inspect::child(&out, key),
            Segment::Enum { .. } | Segment::Unknown => {}
        }
    }
    out
}

/// One segment (family or kind) of a kind name `vendor.family.kind`, made from a discriminator
/// as received.
///
/// A plain name (ASCII letters, digits, `_`, `-`) is written as is. Anything else is written as
/// a JSON string: an empty discriminator, one with spaces, dots, quotes or control characters,
/// and one that is `reserved` — the name of a modelled kind that this discriminator does not
/// select (a Genesys `operationName` of `"SingleStepTransfer"` is not the operation named
/// `Transfer` on the wire). So no two discriminators share a name, none passes for a modelled
/// kind, and an absent discriminator (written `?` by the callers) is told from an empty one.
///
/// ```
/// use ccwire_wire::dispatch::kind_segment;
/// assert_eq!(kind_segment("AgentContactHeld", false), "AgentContactHeld");
/// assert_eq!(kind_segment("", false), r#""""#);
/// assert_eq!(kind_segment("AgentContactHeld ", false), r#""AgentContactHeld ""#);
/// assert_eq!(kind_segment("SingleStepTransfer", true), r#""SingleStepTransfer""#);
/// ```
#[must_use]
pub fn kind_segment(name: &str, reserved: bool) -> Cow<'_, str> {
    /// Bytes a plain segment is made of: ASCII letters and digits, `_` and `-`.
    const PLAIN: [bool; 256] = {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = c.is_ascii_alphanumeric() || c == b'_' || c == b'-';
            b += 1;
        }
        t
    };
    let plain = !name.is_empty() && name.bytes().all(|b| PLAIN[usize::from(b)]);
    if plain && !reserved {
        Cow::Borrowed(name)
    } else {
        Cow::Owned(serde_json::to_string(name).unwrap_or_else(|_| "\"\"".to_owned()))
    }
}

/// Decodes `raw` JSON text as `T`; the JSON pointer of a failure inside `raw` is recorded beside
/// the error ([`crate::located`]).
///
/// # Errors
/// `T`'s decode error, annotated with its pointer.
pub fn decode_nested<T: DeserializeOwned, E: de::Error>(raw: &str) -> Result<T, E> {
    // Unions inside read their discriminators ahead in the text.
    let _registered = crate::ahead::register(raw);
    // Fast path without path tracking; the path is worked out only when decoding fails (on
    // the memory budget the fast path started with).
    let budget = crate::budget::left();
    if let Ok(value) = serde_json::from_str::<T>(raw) {
        return Ok(value);
    }
    crate::budget::restore(budget);
    crate::located::clear();
    let mut de = serde_json::Deserializer::from_str(raw);
    let value = serde_path_to_error::deserialize::<_, T>(&mut de).map_err(|err| {
        let outer = pointer(err.path());
        crate::located::nest(&outer, &err.into_inner().to_string())
    })?;
    // Only trailing characters can make the fast path fail where this one succeeds.
    de.end().map_err(|err| {
        let text = err.to_string();
        crate::located::error("", crate::located::strip_location(&text))
    })?;
    Ok(value)
}

/// Captures the next value of a deserializer as raw JSON text.
///
/// # Errors
/// The deserializer is not serde_json's (raw capture needs JSON text), or the input is not JSON.
pub fn capture_raw<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Box<serde_json::value::RawValue>, D::Error> {
    de::Deserialize::deserialize(deserializer)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`string_start`] one byte at a time.
    fn string_start_bytewise(b: &[u8], close: usize) -> Option<(usize, bool)> {
        let mut special = false;
        let mut i = close;
        loop {
            i = i.checked_sub(1)?;
            match b[i] {
                b'"' => {
                    let backslashes = b[..i].iter().rev().take_while(|&&c| c == b'\\').count();
                    if backslashes % 2 == 0 {
                        return Some((i, special));
                    }
                    special = true;
                }
                b'\\' | 0..0x20 => special = true,
                _ => {}
            }
        }
    }

    #[test]
    fn a_string_read_backwards_opens_and_is_special_as_read_bytewise() {
        const ALPHABET: [u8; 6] = [b'a', b'"', b'\\', 0x01, b' ', 0xc3];
        let mut contents: Vec<Vec<u8>> = vec![Vec::new()];
        // Every content of up to five bytes over the alphabet…
        let mut last = vec![Vec::new()];
        for _ in 0..5 {
            last = last
                .iter()
                .flat_map(|c| {
                    ALPHABET.iter().map(move |&x| {
                        let mut c = c.clone();
                        c.push(x);
                        c
                    })
                })
                .collect();
            contents.extend(last.iter().cloned());
        }
        // …and longer ones, mostly plain, spanning several eight-byte chunks.
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let len = (seed % 40) as usize;
            let content = (0..len)
                .map(|k| {
                    let pick = (seed >> (k % 56)) as usize;
                    if pick.is_multiple_of(7) {
                        ALPHABET[pick % ALPHABET.len()]
                    } else {
                        b'a'
                    }
                })
                .collect();
            contents.push(content);
        }
        let mut checked = 0;
        for content in &contents {
            for prefix in 0..9 {
                let mut text = vec![b'x'; prefix];
                text.push(b'"');
                text.extend_from_slice(content);
                text.push(b'"');
                let close = text.len() - 1;
                let bytewise = string_start_bytewise(&text, close);
                assert_eq!(
                    (string_start(&text, close), string_open(&text, close)),
                    (bytewise, bytewise.map(|(q, _)| q)),
                    "{:?}",
                    String::from_utf8_lossy(&text)
                );
                checked += 1;
            }
        }
        assert!(checked > 200_000, "{checked}");
    }

    #[test]
    fn a_tail_key_with_escapes_or_control_characters_is_read_as_json() {
        let text = r#"{"data":{"k":[1],"t\u0079pe":"A"},"o\"k":1,"type":"E"}"#;
        let scanned = members_from_ends(text, "data", &["type"]).unwrap();
        let keys: Vec<&str> = scanned.members.iter().map(|m| m.key.as_ref()).collect();
        assert_eq!(keys, ["data", "o\"k", "type"]);
        assert_eq!(scanned.peeked.unwrap()[0], Some(Peeked::Str("A".into())));
        // A raw control character in a key is not JSON: no guess.
        assert!(members_from_ends("{\"data\":{},\"a\u{1}\":1}", "data", &[]).is_none());
    }
}
