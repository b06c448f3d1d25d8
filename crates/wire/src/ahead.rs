//! Reading ahead for a tagged union's discriminator.
//!
//! A [`tagged_union!`](crate::tagged_union) object whose discriminator is not its first member
//! has to keep the members before it ([`Pending`](crate::__private::Pending)): serde_json reads
//! each of them as text (checking it), copies it, and the variant's decoder reads it again once
//! the discriminator is known. In captured messages the discriminator often comes late (keys
//! sorted by name put `type` after most members), so for a nested union that is most of its
//! object read twice.
//!
//! When the text being decoded is at hand, that is avoidable: [`decode_nested`] registers its
//! text here (per thread, for the duration of the decode; a decode inside it registers nothing,
//! since a part of the same text is covered already), and a union whose first key is a
//! slice of that text (serde_json lends keys without escapes from its input) finds its
//! discriminator by a structural scan from that key ([`dispatch`](crate::dispatch)'s, which
//! checks nothing). A known kind is then decoded in one pass, member by member as they come,
//! like any object; anything else (an unknown or absent discriminator, a key that is not a slice
//! of the registered text, a text the scan cannot follow) takes the path that keeps members.
//!
//! The scan is a dispatch aid, not a validator: every byte of the object is still read by
//! serde_json, so a text that is not JSON is refused either way. Both paths accept the same
//! texts and decode them to the same values; when a text has several faults, which one is
//! reported can differ (read ahead, the first member that fails is reported, as for any
//! object; kept, a syntax error anywhere in the kept members is found before the value of an
//! earlier one is checked).
//!
//! The text is registered as a copy (borrowed text cannot be kept per thread without unsafe
//! code, which this crate forbids), with its address, so that a key is placed by its address
//! and checked against the copy. Texts over [`LIMIT`] are not registered: their memory stays
//! what it was, at the cost of the second read.
//!
//! [`decode_nested`]: crate::dispatch::decode_nested

use std::cell::{Cell, RefCell};

/// The largest text registered, in bytes.
pub(crate) const LIMIT: usize = 1 << 20;

/// The text being decoded on this thread: its address (0 when none), and a copy of it (the
/// buffer is kept for the next text: at most twice the limit).
struct Input {
    base: Cell<usize>,
    text: RefCell<String>,
}

thread_local! {
    static INPUT: Input = const {
        Input {
            base: Cell::new(0),
            text: RefCell::new(String::new()),
        }
    };
}

/// Registers `raw` for the life of the value returned, unless a text is registered already (a
/// part of it, such as a message's body, is covered by it; another text is not registered).
pub(crate) fn register(raw: &str) -> Registered {
    // A scalar holds no union: nothing to read ahead in it.
    let b = raw.as_bytes();
    let container = matches!(b.get(crate::dispatch::skip_ws(b, 0)), Some(b'{' | b'['));
    if !container || raw.len() > LIMIT {
        return Registered(false);
    }
    INPUT.with(|input| {
        if input.base.get() != 0 {
            return Registered(false);
        }
        let mut text = input.text.borrow_mut();
        text.clear();
        text.push_str(raw);
        input.base.set(raw.as_ptr() as usize);
        Registered(true)
    })
}

/// Ends the registration it made (if any) when dropped.
pub(crate) struct Registered(bool);

impl Drop for Registered {
    fn drop(&mut self) {
        if self.0 {
            INPUT.with(|input| input.base.set(0));
        }
    }
}

/// The value of the first member named `tag` in the object whose key `key` is, when `key` is a
/// slice of the registered text and the value is one of `known` (returned as `known` holds it).
///
/// `None` whenever that cannot be told: the caller then reads the object keeping its members.
#[doc(hidden)]
#[must_use]
pub fn known_tag(key: &str, tag: &str, known: &[&'static str]) -> Option<&'static str> {
    INPUT.with(|input| {
        if input.base.get() == 0 {
            return None;
        }
        let start = (key.as_ptr() as usize).checked_sub(input.base.get())?;
        let end = start.checked_add(key.len())?;
        let text = input.text.borrow();
        let text = text.as_str();
        // The key, between its quotes, where its address says (a key of the text itself).
        let b = text.as_bytes();
        let quoted = start > 0 && b.get(start - 1) == Some(&b'"') && b.get(end) == Some(&b'"');
        if !quoted || text.get(start..end)? != key {
            return None;
        }
        let found = crate::dispatch::first_member_after(text, start - 1, tag).ok()??;
        let found = found.as_str()?;
        known.iter().copied().find(|k| *k == found)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_of_the_registered_text_finds_its_objects_tag() {
        let text = r#"{"a":{"type":"x"},"b":[1,"}"],"t\u0079pe":"Held","type":"Other"}"#;
        let _registered = register(text);
        let key = &text[2..3];
        assert_eq!(key, "a");
        assert_eq!(known_tag(key, "type", &["Held", "Other"]), Some("Held"));
        assert_eq!(known_tag(key, "type", &["Other"]), None);
        // A copy of the key is not placed.
        assert_eq!(known_tag(&String::from("a"), "type", &["Held"]), None);
    }

    #[test]
    fn a_scalar_is_not_registered() {
        for scalar in [r#""a""#, " 1", "null", ""] {
            assert!(!register(scalar).0, "{scalar:?}");
        }
        assert!(register(" {}").0);
    }

    #[test]
    fn nothing_is_found_once_the_registration_ends() {
        let text = String::from(r#"{"a":[1],"type":"Held"}"#);
        {
            let _registered = register(&text);
            assert_eq!(known_tag(&text[2..3], "type", &["Held"]), Some("Held"));
            let inner = register(&text[5..8]);
            assert_eq!(&text[5..8], "[1]");
            assert!(!inner.0, "a part of the text is covered");
        }
        assert_eq!(known_tag(&text[2..3], "type", &["Held"]), None);
    }
}
