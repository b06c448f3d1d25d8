//! Drift inspection: everything a decoded value holds that the model does not know.
//!
//! Decoding is lenient by design (unknown members, unknown enum values and unknown kinds are
//! kept, text forms of numbers and booleans are accepted). [`Inspect`] walks a decoded value and
//! lists each of those with its JSON pointer, so strict users (CI, drift monitors) can treat
//! them as failures.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::{EpochMillis, Lenient, Nullable};

/// What kind of drift a [`Finding`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[repr(u8)]
pub enum FindingKind {
    /// An object member the model does not know (kept in `extra`).
    UnknownMember,
    /// A value of an open enum the model does not know.
    UnknownValue,
    /// A message or object kind (discriminator value) the model does not know.
    UnknownKind,
    /// A number or boolean sent as text (`"32"`, `"true"`).
    TextForm,
    /// A member every known message carries, but that no reference promises, is absent (the
    /// model keeps decoding; strict users treat it as drift).
    MissingMember,
}

impl FindingKind {
    /// How many kinds there are (their `u8` values are `0..COUNT`).
    const COUNT: usize = Self::MissingMember as usize + 1;

    /// A stable machine code: `unknown-member`, `unknown-value`, `unknown-kind`, `text-form`,
    /// `missing-member`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::UnknownMember => "unknown-member",
            Self::UnknownValue => "unknown-value",
            Self::UnknownKind => "unknown-kind",
            Self::TextForm => "text-form",
            Self::MissingMember => "missing-member",
        }
    }
}

/// One thing the model does not know, at a JSON pointer.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// JSON pointer (RFC 6901) of the member or value.
    pub pointer: String,
    /// What it is.
    pub kind: FindingKind,
    /// A short description (the unknown name or value).
    pub detail: String,
}

/// Findings collected up to a limit; past it only a count per kind is kept, so that a message
/// with millions of unknown members costs memory for the first few only.
///
/// ```
/// use ccwire_wire::inspect::{Finding, FindingKind, Findings};
/// let mut out = Findings::with_limit(1);
/// for i in 0..3 {
///     out.push(Finding { pointer: format!("/{i}"), kind: FindingKind::UnknownMember, detail: i.to_string() });
/// }
/// assert_eq!(out.len(), 1);
/// assert_eq!(out.omitted(), 2);
/// assert_eq!(out.omitted_of(FindingKind::UnknownMember), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Findings {
    items: Vec<Finding>,
    limit: Option<usize>,
    omitted: [usize; FindingKind::COUNT],
}

impl Findings {
    /// No limit.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the first `limit` findings and counts the rest.
    #[must_use]
    pub fn with_limit(limit: usize) -> Self {
        Self {
            limit: Some(limit),
            ..Self::default()
        }
    }

    /// Whether the limit is reached (further findings are only counted).
    #[must_use]
    pub fn is_full(&self) -> bool {
        self.limit.is_some_and(|l| self.items.len() >= l)
    }

    /// Adds a finding (or counts it, past the limit).
    pub fn push(&mut self, finding: Finding) {
        if self.is_full() {
            self.omit(finding.kind, 1);
        } else {
            self.items.push(finding);
        }
    }

    /// Counts `n` findings of `kind` that are not kept.
    pub fn omit(&mut self, kind: FindingKind, n: usize) {
        self.omitted[kind as usize] += n;
    }

    /// The findings kept, in the order found.
    #[must_use]
    pub fn items(&self) -> &[Finding] {
        &self.items
    }

    /// The findings kept, consuming.
    #[must_use]
    pub fn into_items(self) -> Vec<Finding> {
        self.items
    }

    /// How many findings are kept.
    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether nothing was found (kept or counted).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.omitted() == 0
    }

    /// How many findings were counted past the limit.
    #[must_use]
    pub fn omitted(&self) -> usize {
        self.omitted.iter().sum()
    }

    /// How many findings of `kind` were counted past the limit.
    #[must_use]
    pub fn omitted_of(&self, kind: FindingKind) -> usize {
        self.omitted[kind as usize]
    }
}

/// Where a value sits in the document, written out as a JSON pointer (RFC 6901) only when a
/// finding needs it.
///
/// Inspection visits every member that may hold drift, and most hold none: each level adds
/// its member name or index to its parent's `Pointer` (on the stack, no allocation), and the
/// text is built by [`Finding`]'s creator with [`to_text`](Pointer::to_text).
///
/// ```
/// use ccwire_wire::inspect::Pointer;
/// let data = Pointer::ROOT.member("data");
/// let cad = data.member("a/b");
/// assert_eq!(cad.index(2).to_string(), "/data/a~1b/2");
/// assert_eq!(Pointer::new("/x").member("~").to_string(), "/x/~0");
/// assert_eq!(Pointer::ROOT.index(10).member("").to_text(), "/10/");
/// ```
#[derive(Clone, Copy)]
pub struct Pointer<'a>(PointerRepr<'a>);

#[derive(Clone, Copy)]
enum PointerRepr<'a> {
    /// A pointer already written (escaped).
    Text(&'a str),
    /// Member `key` (not escaped) of the value at the parent.
    Member(&'a Pointer<'a>, &'a str),
    /// Element `index` of the array at the parent.
    Index(&'a Pointer<'a>, usize),
}

impl<'a> Pointer<'a> {
    /// The document root (`""`).
    pub const ROOT: Pointer<'static> = Pointer(PointerRepr::Text(""));

    /// A pointer already written out (escaped), such as `/data`.
    #[must_use]
    pub const fn new(text: &'a str) -> Self {
        Self(PointerRepr::Text(text))
    }

    /// Member `key` of the value here (`key` as received: escaped when written).
    #[must_use]
    pub const fn member(&'a self, key: &'a str) -> Self {
        Self(PointerRepr::Member(self, key))
    }

    /// Element `index` of the array here.
    #[must_use]
    pub const fn index(&'a self, index: usize) -> Self {
        Self(PointerRepr::Index(self, index))
    }
}

impl Pointer<'_> {
    /// The pointer's text (what `to_string` gives, written in one allocation of the right
    /// size: findings are many in some messages).
    #[must_use]
    pub fn to_text(&self) -> String {
        let mut out = String::with_capacity(self.text_len());
        self.write_text(&mut out);
        out
    }

    fn text_len(&self) -> usize {
        match self.0 {
            PointerRepr::Text(text) => text.len(),
            PointerRepr::Member(parent, key) => {
                parent.text_len() + 1 + crate::json::escaped_segment_len(key)
            }
            PointerRepr::Index(parent, index) => {
                parent.text_len() + 1 + index.checked_ilog10().map_or(1, |d| d as usize + 1)
            }
        }
    }

    fn write_text(&self, out: &mut String) {
        match self.0 {
            PointerRepr::Text(text) => out.push_str(text),
            PointerRepr::Member(parent, key) => {
                parent.write_text(out);
                out.push('/');
                crate::json::push_escaped_segment(out, key);
            }
            PointerRepr::Index(parent, index) => {
                parent.write_text(out);
                out.push('/');
                // Writing to a `String` cannot fail.
                let _ = std::fmt::Write::write_fmt(out, format_args!("{index}"));
            }
        }
    }
}

impl std::fmt::Display for Pointer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl std::fmt::Debug for Pointer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.to_text())
    }
}

/// Records that the expected member `key` of the object at `pointer` is absent (a
/// [`FindingKind::MissingMember`] at the member's pointer, detailed by its name).
///
/// ```
/// use ccwire_wire::inspect::{FindingKind, Findings, Pointer, missing_member};
/// let mut out = Findings::new();
/// missing_member(&Pointer::new("/data"), "queueId", &mut out);
/// assert_eq!(out.items()[0].pointer, "/data/queueId");
/// assert_eq!(out.items()[0].kind, FindingKind::MissingMember);
/// ```
pub fn missing_member(pointer: &Pointer<'_>, key: &str, out: &mut Findings) {
    out.push(Finding {
        pointer: pointer.member(key).to_text(),
        kind: FindingKind::MissingMember,
        detail: key.to_owned(),
    });
}

/// Appends `key` to a JSON pointer, escaping `~` and `/`.
///
/// ```
/// assert_eq!(ccwire_wire::inspect::child("/a", "b/c"), "/a/b~1c");
/// ```
#[must_use]
pub fn child(pointer: &str, key: &str) -> String {
    let mut out = String::with_capacity(pointer.len() + key.len() + 1);
    out.push_str(pointer);
    out.push('/');
    crate::json::push_escaped_segment(&mut out, key);
    out
}

/// Lists what a decoded value holds that the model does not know.
///
/// ```
/// use ccwire_wire::inspect::{Inspect, FindingKind};
/// use ccwire_wire::{Extra, Wire};
/// ccwire_wire::open_enum! {
///     /// How a contact reaches the agent.
///     pub enum MediaType {
///         /// A voice call.
///         Telephony = "telephony",
///     }
/// }
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// struct MediaLeg {
///     /// Required.
///     #[wire(rename = "mediaResourceId")]
///     media_resource_id: String,
///     /// Optional.
///     #[wire(rename = "mediaType")]
///     media_type: Option<MediaType>,
///     /// Members not modelled.
///     #[wire(extra)]
///     extra: Extra,
/// }
/// let leg: MediaLeg = serde_json::from_str(r#"{"mediaResourceId":"m","mediaType":"fax","newThing":1}"#).unwrap();
/// let findings = leg.findings();
/// assert_eq!(findings.len(), 2);
/// assert_eq!(findings[0].pointer, "/mediaType");
/// assert_eq!(findings[0].kind, FindingKind::UnknownValue);
/// assert_eq!(findings[1].pointer, "/newThing");
/// ```
pub trait Inspect {
    /// Whether a value of this type can hold findings at all (`false` for plain scalars and
    /// ids); lets callers skip building pointers for values that cannot hold any.
    fn may_find() -> bool
    where
        Self: Sized,
    {
        true
    }

    /// Appends the findings inside `self`, which sits at `pointer`.
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings);

    /// Appends the findings inside `self`, which is member `key` of the value at `parent`.
    fn inspect_member(&self, parent: &Pointer<'_>, key: &str, out: &mut Findings)
    where
        Self: Sized,
    {
        if Self::may_find() {
            self.inspect(&parent.member(key), out);
        }
    }

    /// The findings of a value at the document root.
    fn findings(&self) -> Vec<Finding> {
        let mut out = Findings::new();
        self.inspect(&Pointer::ROOT, &mut out);
        out.into_items()
    }

    /// The first `limit` findings of a value at the document root, and a count of the rest.
    fn findings_capped(&self, limit: usize) -> Findings {
        let mut out = Findings::with_limit(limit);
        self.inspect(&Pointer::ROOT, &mut out);
        out
    }
}

/// Implements [`Inspect`] for types that can hold no drift: scalars whose every accepted value
/// is modelled (and values kept whole on purpose).
///
/// ```
/// #[derive(Debug)]
/// struct Seconds(u16);
/// ccwire_wire::nothing_to_inspect!(Seconds);
/// use ccwire_wire::inspect::Inspect;
/// assert!(Seconds(5).findings().is_empty());
/// ```
#[macro_export]
macro_rules! nothing_to_inspect {
    ($($t:ty),* $(,)?) => {$(
        impl $crate::inspect::Inspect for $t {
            fn may_find() -> bool {
                false
            }
            fn inspect(&self, _: &$crate::inspect::Pointer<'_>, _: &mut $crate::inspect::Findings) {}
        }
    )*};
}

nothing_to_inspect!(String, bool, i64, u64, f64, Value, EpochMillis);

impl<T: Inspect> Inspect for crate::WireMap<T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if !T::may_find() {
            return;
        }
        for (k, v) in self.iter() {
            v.inspect(&pointer.member(k), out);
        }
    }
}

impl<T: Inspect> Inspect for Option<T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect_member(&self, parent: &Pointer<'_>, key: &str, out: &mut Findings) {
        if let Some(v) = self {
            v.inspect_member(parent, key, out);
        }
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if let Some(v) = self {
            v.inspect(pointer, out);
        }
    }
}

impl<T: Inspect> Inspect for Nullable<T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect_member(&self, parent: &Pointer<'_>, key: &str, out: &mut Findings) {
        if let Nullable::Value(v) = self {
            v.inspect_member(parent, key, out);
        }
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if let Nullable::Value(v) = self {
            v.inspect(pointer, out);
        }
    }
}

impl<T: Inspect> Inspect for Box<T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        (**self).inspect(pointer, out);
    }
}

impl<T: Inspect> Inspect for Vec<T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if !T::may_find() {
            return;
        }
        for (i, v) in self.iter().enumerate() {
            v.inspect(&pointer.index(i), out);
        }
    }
}

impl<T: Inspect> Inspect for BTreeMap<String, T> {
    fn may_find() -> bool {
        T::may_find()
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if !T::may_find() {
            return;
        }
        for (k, v) in self {
            v.inspect(&pointer.member(k), out);
        }
    }
}

impl<A: Inspect, B: Inspect> Inspect for (A, B) {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        self.0.inspect(&pointer.index(0), out);
        self.1.inspect(&pointer.index(1), out);
    }
}

impl<T> Inspect for Lenient<T> {
    fn inspect_member(&self, parent: &Pointer<'_>, key: &str, out: &mut Findings) {
        if self.is_text() {
            self.inspect(&parent.member(key), out);
        }
    }
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if let Some(text) = self.text() {
            out.push(Finding {
                pointer: pointer.to_text(),
                kind: FindingKind::TextForm,
                detail: text.to_owned(),
            });
        }
    }
}

impl Inspect for crate::Extra {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        for (i, key) in self.keys().enumerate() {
            if out.is_full() {
                out.omit(FindingKind::UnknownMember, self.len() - i);
                return;
            }
            out.push(Finding {
                pointer: pointer.member(key).to_text(),
                kind: FindingKind::UnknownMember,
                detail: key.to_owned(),
            });
        }
    }
}

impl<T> Inspect for crate::OrText<T> {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        match self {
            Self::Typed(v) => v.inspect(pointer, out),
            Self::Text(text) => out.push(Finding {
                pointer: pointer.to_text(),
                kind: FindingKind::UnknownValue,
                detail: text.clone(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{Pointer, child};

    #[test]
    fn a_pointer_is_written_as_child_writes_it_member_by_member() {
        let keys = ["", "a", "~", "/", "a~/b", "~1", "é/€~😀", "data"];
        for parent in ["", "/data", "/a~1b/0"] {
            let root = Pointer::new(parent);
            for key in keys {
                let member = root.member(key);
                assert_eq!(member.to_text(), child(parent, key));
                // Written in one allocation of exactly its length.
                assert_eq!(member.to_text().capacity(), member.to_text().len());
                assert_eq!(member.to_string(), member.to_text());
                for index in [0, 9, 10, 99, 100, 123_456, usize::MAX] {
                    let expected = child(&child(parent, key), &index.to_string());
                    let text = member.index(index).to_text();
                    assert_eq!(text, expected);
                    assert_eq!(text.capacity(), text.len());
                }
            }
        }
    }
}
