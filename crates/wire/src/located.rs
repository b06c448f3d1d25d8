//! Where a decode error happened, carried as data beside serde's error.
//!
//! serde's error types hold a message only, and a generic `Deserialize` impl can make one from a
//! message and nothing else. ccwire decodes some values from their own text, with a deserializer
//! of their own: a member read ahead of its object's discriminator and replayed
//! ([`Pending`](crate::__private::Pending)), the body of a message whose framing was scanned
//! first ([`decode_nested`](crate::dispatch::decode_nested)). The path of a failure inside such
//! a value is known only where it happens, and cannot travel in the error type.
//!
//! So the layer that knows a failure's pointer records it here, beside the error, and gives
//! serde an error whose text is the plain message ([`error`]). Each enclosing layer that decoded
//! the value from its own text takes the record back when the error passes through it and
//! records it again under its own position ([`nest`]). Whoever turns the error into a report
//! takes the record last ([`take`]): `ccwire_codec::DecodeError` carries the pointer as a field.
//!
//! The record is per thread and is handed on only to the error it was made for: a layer
//! [`clear`]s it before the decode whose failure it will nest, and [`nest`] and [`take`] compare
//! its message with the error's text (serde_json's ` at line L column C` suffix aside), so a
//! record left by an error that a decoder recovered from is not attached to another error. A plain `serde_json::from_str` of a ccwire type gives the message alone, as
//! any serde type's error does.
//!
//! ```
//! use ccwire_wire::located;
//! let err: serde_json::Error = located::error("/a/0", "bad value");
//! assert_eq!(err.to_string(), "bad value");
//! // A layer that decoded the value found at `/outer` from its own text:
//! let err: serde_json::Error = located::nest("/outer", &err.to_string());
//! assert_eq!(located::take(&err.to_string()), ("/outer/a/0".to_owned(), "bad value"));
//! // Taken: nothing is left for the next error.
//! assert_eq!(located::take("bad value"), (String::new(), "bad value"));
//! ```

use std::cell::RefCell;
use std::fmt::Display;

use serde::de;

/// The pointer of the last failure, and its message.
struct Record {
    pointer: String,
    message: String,
}

thread_local! {
    static LAST: RefCell<Option<Record>> = const { RefCell::new(None) };
}

/// An error whose message is `message`, recorded as having happened at `pointer` (relative to
/// the value being decoded).
#[must_use]
pub fn error<E: de::Error>(pointer: impl Into<String>, message: impl Display) -> E {
    let message = message.to_string();
    let err = E::custom(&message);
    record(pointer.into(), message);
    err
}

/// The error of a value decoded from its own text, found at `prefix` in the enclosing value:
/// `inner` is that decode's error text; the pointer recorded with it (if any) is put under
/// `prefix`.
#[must_use]
pub fn nest<E: de::Error>(prefix: &str, inner: &str) -> E {
    let (pointer, message) = take(inner);
    let err = E::custom(message);
    record(format!("{prefix}{pointer}"), message.to_owned());
    err
}

/// The pointer recorded for the error whose text is `text`, and its message (`text` without
/// serde_json's position suffix). The pointer is `""` when nothing was recorded for this error.
/// The record is cleared.
#[must_use]
pub fn take(text: &str) -> (String, &str) {
    let message = strip_location(text);
    let pointer = LAST
        .with(|last| last.borrow_mut().take())
        .filter(|r| r.message == message)
        .map(|r| r.pointer)
        .unwrap_or_default();
    (pointer, message)
}

/// Forgets the record. A layer calls it before decoding a value whose failure it will [`nest`],
/// so that a record left by an error already recovered from (a fast path that gave way to a
/// slower one, say) is never taken for this value's.
pub fn clear() {
    LAST.with(|last| {
        if let Ok(mut last) = last.try_borrow_mut() {
            *last = None;
        }
    });
}

fn record(pointer: String, message: String) {
    LAST.with(|last| *last.borrow_mut() = Some(Record { pointer, message }));
}

/// `message` without serde_json's ` at line L column C` suffix.
pub(crate) fn strip_location(message: &str) -> &str {
    if let Some(idx) = message.rfind(" at line ") {
        let tail = &message[idx + " at line ".len()..];
        let mut parts = tail.splitn(3, ' ');
        let line_ok = parts
            .next()
            .is_some_and(|p| p.bytes().all(|b| b.is_ascii_digit()));
        let word_ok = parts.next() == Some("column");
        let col_ok = parts
            .next()
            .is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if line_ok && word_ok && col_ok {
            return &message[..idx];
        }
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_goes_only_to_the_error_it_was_made_for() {
        let _: serde_json::Error = error("/x", "first");
        // Another error passes: the stale record is not its pointer, and is dropped.
        assert_eq!(take("second at line 1 column 2"), (String::new(), "second"));
        assert_eq!(take("first"), (String::new(), "first"));
    }

    #[test]
    fn a_cleared_record_is_not_taken_even_for_the_same_message() {
        let _: serde_json::Error = error("/stale", "same");
        clear();
        let _: serde_json::Error = nest("/fresh", "same");
        assert_eq!(take("same"), ("/fresh".to_owned(), "same"));
    }

    #[test]
    fn nesting_without_a_record_gives_the_prefix() {
        let err: serde_json::Error = nest("/data", "missing field `x` at line 1 column 9");
        assert_eq!(err.to_string(), "missing field `x`");
        assert_eq!(
            take("missing field `x` at line 3 column 1"),
            ("/data".to_owned(), "missing field `x`")
        );
    }
}
