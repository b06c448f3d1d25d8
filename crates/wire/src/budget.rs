//! A memory budget for one decode: how large the typed form of a message may grow.
//!
//! Typed decoding builds more than it reads. An object member `{}` (two bytes of text) becomes a
//! struct of tens or hundreds of bytes; an entry of a typed map adds its name and its value
//! inline. Real messages stay in kilobytes, but a hostile one can be built to multiply its size:
//! a 64 MiB line of `{"pType":"Agent","id":"","type":""}` participants, or a CAD order whose
//! `pop-over` is twenty million `{}`, would take more than a gibibyte typed.
//!
//! So the decoding entry points (`ccwire_codec::decode` and its kin) run inside a [`scope`] with
//! [`DEFAULT_LIMIT`] bytes (a caller lowers it by running them in a scope of its own), and what a
//! message can repeat charges its size as it decodes: every entry of a
//! [`WireMap`](crate::WireMap) (its name slot and value), every element of an array member (its
//! slot and one small heap block), every tagged-union variant (its boxed struct), every id (its
//! slot and text) and every kept JSON value ([`RawJson`](crate::RawJson) and unknown members:
//! slot and text). An object that a message holds once is not counted: its size does not grow
//! with the input. When the budget runs out the decode fails at the member that crossed it, with
//! the message [`EXCEEDED`] (every later charge in the scope fails too). Outside a scope (a plain
//! `serde_json::from_str` of a ccwire type) nothing is counted.
//!
//! ```
//! use ccwire_wire::budget;
//! use ccwire_wire::WireMap;
//! let text = r#"{"a":"x","b":"y","c":"z"}"#;
//! // Enough for the map:
//! let map = budget::scope(1 << 20, || serde_json::from_str::<WireMap<String>>(text)).unwrap();
//! assert_eq!(map.len(), 3);
//! // Too little: the entry that crosses the limit fails, and its error says why.
//! let result = budget::scope(64, || serde_json::from_str::<WireMap<String>>(text));
//! assert!(result.unwrap_err().to_string().starts_with(budget::EXCEEDED));
//! ```

use std::cell::Cell;

use serde::de;

/// The budget of one message's typed form at the decoding entry points: 256 MiB. A message
/// from real traffic uses kilobytes; a line of the command's 64 MiB cap stays within it unless
/// it was built to multiply its size.
pub const DEFAULT_LIMIT: usize = 256 << 20;

/// The message of the error raised when the budget runs out.
pub const EXCEEDED: &str = "the decoded message would exceed its memory budget";

thread_local! {
    /// Bytes left in the current scope (`usize::MAX` outside any).
    static LEFT: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Runs `f` (a decode) with `limit` bytes of budget, or what is left of the enclosing scope's if
/// that is less: a scope can lower the budget, never raise it. The enclosing budget is restored
/// afterwards, as it was: the decoding entry points open a scope of their own, so a caller's
/// scope sets the budget of each decode run in it.
///
/// ```
/// use ccwire_wire::{budget, WireMap};
/// // A caller's budget lower than the default applies to each decode run in it.
/// let text = r#"{"a":"x","b":"y","c":"z"}"#;
/// let decoded = budget::scope(64, || {
///     budget::scope(budget::DEFAULT_LIMIT, || serde_json::from_str::<WireMap<String>>(text))
/// });
/// assert!(decoded.is_err());
/// ```
pub fn scope<R>(limit: usize, f: impl FnOnce() -> R) -> R {
    struct Restore(usize);
    impl Drop for Restore {
        fn drop(&mut self) {
            restore(self.0);
        }
    }
    let _restore = Restore(LEFT.with(|l| l.replace(limit.min(l.get()))));
    f()
}

/// The budget left in the current scope, to be [`restore`]d before a decode is run again.
#[must_use]
pub(crate) fn left() -> usize {
    LEFT.with(Cell::get)
}

/// Gives back what was spent since [`left`] said `left`: a decode that failed is run again (with
/// path tracking, say) on the budget it started with.
pub(crate) fn restore(left: usize) {
    LEFT.with(|l| l.set(left));
}

/// Charges `bytes` to the current scope.
///
/// # Errors
/// [`EXCEEDED`] when the budget is spent (and every later charge in the scope fails too).
#[doc(hidden)]
#[inline]
pub fn charge<E: de::Error>(bytes: usize) -> Result<(), E> {
    LEFT.with(|left| {
        let now = left.get();
        if now == usize::MAX {
            return Ok(());
        }
        match now.checked_sub(bytes) {
            Some(rest) => {
                left.set(rest);
                Ok(())
            }
            None => {
                left.set(0);
                Err(E::custom(EXCEEDED))
            }
        }
    })
}

/// Charges the size of `T`.
///
/// # Errors
/// As [`charge`].
#[inline]
pub(crate) fn charge_for<T, E: de::Error>() -> Result<(), E> {
    charge::<E>(size_of::<T>())
}

/// What an element of an array costs besides its slot: one small heap block (the text of a
/// string, say), the least an allocation takes.
const ELEMENT_HEAP: usize = 32;

/// An array's elements, each charged as it is read (its slot and one small heap block).
struct ChargedSeq<A>(A);

impl<'de, A: de::SeqAccess<'de>> de::SeqAccess<'de> for ChargedSeq<A> {
    type Error = A::Error;

    fn next_element_seed<T: de::DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        charge::<A::Error>(size_of::<T::Value>() + ELEMENT_HEAP)?;
        self.0.next_element_seed(seed)
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

/// Decodes `T` (a `Vec`, or another type read from an array) from the array `seq`, charging
/// each element.
///
/// # Errors
/// `T`'s decode error, or [`EXCEEDED`].
pub(crate) fn charged_seq<'de, T: de::Deserialize<'de>, A: de::SeqAccess<'de>>(
    seq: A,
) -> Result<T, A::Error> {
    T::deserialize(de::value::SeqAccessDeserializer::new(ChargedSeq(seq)))
}

/// Decodes `T` from an array, charging each element: `T`'s own decode sees the array's elements
/// through [`charged_seq`]; anything but an array is refused as `T` would refuse it
/// (`invalid type: …, expected a sequence`).
pub(crate) struct Seq<T>(pub(crate) std::marker::PhantomData<T>);

impl<'de, T: de::Deserialize<'de>> de::DeserializeSeed<'de> for Seq<T> {
    type Value = T;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<T, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: de::Deserialize<'de>> de::Visitor<'de> for V<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, seq: A) -> Result<T, A::Error> {
                charged_seq(seq)
            }
        }
        deserializer.deserialize_seq(V(std::marker::PhantomData))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_counted_outside_a_scope() {
        assert!(charge::<serde_json::Error>(usize::MAX - 1).is_ok());
        assert!(charge::<serde_json::Error>(usize::MAX - 1).is_ok());
    }

    #[test]
    fn a_scope_restores_the_enclosing_budget() {
        scope(100, || {
            assert!(charge::<serde_json::Error>(60).is_ok());
            scope(10, || assert!(charge::<serde_json::Error>(20).is_err()));
            assert!(charge::<serde_json::Error>(40).is_ok());
            assert!(charge::<serde_json::Error>(1).is_err());
        });
        assert!(charge::<serde_json::Error>(usize::MAX - 1).is_ok());
    }

    #[test]
    fn an_inner_scope_never_raises_the_budget() {
        scope(100, || {
            assert!(charge::<serde_json::Error>(90).is_ok());
            scope(1000, || assert!(charge::<serde_json::Error>(20).is_err()));
        });
    }
}
