//! The machinery behind lossless wire objects: [`WireObject`], [`Extra`] and the
//! [`Wire`](crate::Wire) derive's helpers.
//!
//! Every object type in ccwire keeps the members it does not model in an [`Extra`] map and
//! writes them back when encoded, so decode → encode gives back the same JSON value.
//!
//! # What the derive refuses
//!
//! A well-formed object: required, expected and optional members, one field for the members
//! not modelled.
//!
//! ```
//! use ccwire_wire::{Extra, Wire};
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct Call {
//!     /// Required.
//!     id: String,
//!     /// Expected: absence is drift.
//!     #[wire(expected)]
//!     state: Option<String>,
//!     /// Members not modelled.
//!     #[wire(extra)]
//!     extra: Extra,
//! }
//! # let c: Call = serde_json::from_str(r#"{"id":"1"}"#).unwrap();
//! # assert_eq!(c.state, None);
//! ```
//!
//! A member marked expected must be able to be absent (`Option` or `Nullable`):
//!
//! ```compile_fail
//! use ccwire_wire::{Extra, Wire};
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct Call {
//!     id: String,
//!     #[wire(expected)]
//!     state: String,
//!     #[wire(extra)]
//!     extra: Extra,
//! }
//! ```
//!
//! Only one field keeps the members not modelled:
//!
//! ```compile_fail
//! use ccwire_wire::{Extra, Wire};
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct Call {
//!     id: String,
//!     #[wire(expected)]
//!     state: Option<String>,
//!     #[wire(extra)]
//!     extra: Extra,
//!     #[wire(extra)]
//!     more: Extra,
//! }
//! ```
//!
//! Field attributes are `rename`, `flatten`, `extra` and `expected`; anything else is an error
//! rather than silently ignored:
//!
//! ```compile_fail
//! use ccwire_wire::{Extra, Wire};
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct Call {
//!     id: String,
//!     #[wire(optional)]
//!     state: Option<String>,
//!     #[wire(extra)]
//!     extra: Extra,
//! }
//! ```
//!
//! Wire objects are structs with named fields, without generic parameters:
//!
//! ```compile_fail
//! use ccwire_wire::Wire;
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! enum Call {
//!     Ringing,
//! }
//! ```
//!
//! ```compile_fail
//! use ccwire_wire::Wire;
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct Call(String);
//! ```
//!
//! ```compile_fail
//! use ccwire_wire::{Extra, Wire};
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct Call<T> {
//!     id: T,
//!     #[wire(extra)]
//!     extra: Extra,
//! }
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde_json::{Map, Value};

use crate::RawJson;
use crate::json::RawJsonRef;
pub use crate::members::{IntoIter, Iter};
use crate::members::{KeptMembers, Members};

/// A JSON object whose members are decoded one by one, composable with `#[wire(flatten)]`.
///
/// Implemented by `#[derive(Wire)]`; you rarely implement it by hand. The methods let a parent
/// object offer each member to its flattened parts in turn, without buffering the input.
///
/// ```
/// use ccwire_wire::{Extra, Wire, wire::WireObject};
///
/// /// A tiny object.
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// pub struct Point {
///     /// Horizontal.
///     pub x: i64,
///     /// Vertical, optional.
///     pub y: Option<i64>,
///     /// Members not modelled.
///     #[wire(extra)]
///     pub extra: Extra,
/// }
///
/// let mut names = Vec::new();
/// Point::field_names(&mut names);
/// assert_eq!(names, ["x", "y"]);
/// let p: Point = serde_json::from_str(r#"{"x":1,"z":true}"#).unwrap();
/// assert_eq!(p.y, None);
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"x":1,"z":true}"#);
/// ```
pub trait WireObject: Sized {
    /// Partial state while the object's members are read.
    type Builder: Default;

    /// Appends the wire names of every modelled member (including flattened parts).
    fn field_names(out: &mut Vec<&'static str>);

    /// Reads the value of `key` from `map` if this object (or one of its flattened parts) models
    /// it. Returns `Ok(false)` and leaves the value unread otherwise.
    ///
    /// # Errors
    /// The value's decode error, or a duplicate member.
    fn accept<'de, A: MapAccess<'de>>(
        builder: &mut Self::Builder,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;

    /// Reads the value of a member that `accept` declined: kept in the object's unknown members,
    /// or an unknown-field error for an object that keeps none.
    ///
    /// # Errors
    /// The value is not JSON, a duplicate member, or an unknown member of a closed object.
    fn accept_unknown<'de, A: MapAccess<'de>>(
        builder: &mut Self::Builder,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error>;

    /// Reads the value of member `key`, modelled or not ([`accept`](Self::accept), else
    /// [`accept_unknown`](Self::accept_unknown)).
    ///
    /// # Errors
    /// As `accept` and `accept_unknown`.
    fn accept_member<'de, A: MapAccess<'de>>(
        builder: &mut Self::Builder,
        key: &str,
        map: &mut A,
    ) -> Result<(), A::Error> {
        if Self::accept(builder, key, map)? {
            return Ok(());
        }
        Self::accept_unknown(builder, key, map)
    }

    /// Reads every remaining member of `map` ([`accept_member`](Self::accept_member)).
    ///
    /// # Errors
    /// As `accept_member`, or a key that is not a string.
    fn accept_members<'de, A: MapAccess<'de>>(
        builder: &mut Self::Builder,
        map: &mut A,
    ) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<KeyStr<'de>>()? {
            Self::accept_member(builder, key.as_str(), map)?;
        }
        Ok(())
    }

    /// Builds the object once every member was offered.
    ///
    /// # Errors
    /// A required member is missing.
    fn finish<E: de::Error>(builder: Self::Builder) -> Result<Self, E>;

    /// Writes the modelled members (not the unknown ones) into an open map.
    ///
    /// # Errors
    /// The serializer's error.
    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;

    /// Appends the drift findings of the modelled members (and flattened parts) at `pointer`.
    fn inspect_fields(
        &self,
        pointer: &crate::inspect::Pointer<'_>,
        out: &mut crate::inspect::Findings,
    );

    /// Adds the JSON Schema of every modelled member to `properties` / `required`.
    fn schema_fields(
        generator: &mut SchemaGenerator,
        properties: &mut Map<String, Value>,
        required: &mut Vec<String>,
    );
}

/// Reads the value of member `wire` into its empty `slot`; a second value is an error whose
/// pointer is the repeated member.
///
/// Generated `accept` code calls this (and [`read_extra`]) instead of reading inline: one copy
/// per member type is shared by every object, which keeps decoding code small enough to stay in
/// the instruction cache.
///
/// # Errors
/// The value's decode error, or a duplicate member.
#[inline(never)]
pub fn read_member<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    wire: &'static str,
) -> Result<bool, A::Error> {
    read_member_with(map, slot, wire, std::marker::PhantomData)
}

/// [`read_member`] for a member read from an array (`Vec<T>`): each element is charged to the
/// memory budget as it is read ([`crate::budget`]).
///
/// # Errors
/// The value's decode error, a duplicate member, or the budget spent.
#[inline(never)]
pub fn read_member_seq<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    wire: &'static str,
) -> Result<bool, A::Error> {
    read_member_with(
        map,
        slot,
        wire,
        crate::budget::Seq(std::marker::PhantomData),
    )
}

/// Reads the value of member `wire` with `seed` into its empty `slot`.
#[inline]
fn read_member_with<'de, S: de::DeserializeSeed<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<S::Value>,
    wire: &'static str,
    seed: S,
) -> Result<bool, A::Error> {
    if slot.is_some() {
        return Err(duplicate(map, wire));
    }
    *slot = Some(map.next_value_seed(seed)?);
    Ok(true)
}

/// The error for a repeated member `key`, raised while its value is being read so that path
/// tracking puts the member itself in the error's pointer.
pub fn duplicate<'de, A: MapAccess<'de>>(map: &mut A, key: &str) -> A::Error {
    struct Refuse<'k>(&'k str);
    impl<'de> de::DeserializeSeed<'de> for Refuse<'_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, _: D) -> Result<(), D::Error> {
            Err(de::Error::custom(format_args!(
                "duplicate field `{}`",
                self.0
            )))
        }
    }
    match map.next_value_seed(Refuse(key)) {
        Err(e) => e,
        Ok(()) => de::Error::custom(format_args!("duplicate field `{key}`")),
    }
}

/// The error for a repeated member `key` found outside a map access (members read ahead of
/// time): the member's pointer (`/key`) is recorded beside it ([`crate::located`]), and decoding
/// adds it to the pointer of the object.
///
/// ```
/// let e: serde_json::Error = ccwire_wire::wire::repeated("a/b");
/// assert_eq!(e.to_string(), "duplicate field `a/b`");
/// assert_eq!(ccwire_wire::located::take(&e.to_string()).0, "/a~1b");
/// ```
#[must_use]
pub fn repeated<E: de::Error>(key: &str) -> E {
    crate::located::error(
        crate::inspect::child("", key),
        format_args!("duplicate field `{key}`"),
    )
}

/// Reads the value of an unmodelled member `key` into `extra`.
///
/// A repeated name is not looked for here but when the object ends ([`Extra::checked`], called
/// by the generated `finish`), so that the cost per member does not grow with the object.
///
/// # Errors
/// The value is not JSON (or has duplicate keys).
#[inline(never)]
pub fn read_extra<'de, A: MapAccess<'de>>(
    map: &mut A,
    extra: &mut Extra,
    key: &str,
) -> Result<(), A::Error> {
    // The value's text goes straight into the kept text (no `RawJson` of its own).
    let raw: crate::json::CheckedText = map.next_value()?;
    extra.push_checked(key, &raw);
    Ok(())
}

/// Members of a JSON object that the model does not know, kept verbatim in the order received.
///
/// Each value is kept as its exact text, so numbers keep their form; look-ups lend it as a
/// [`RawJsonRef`]. The names and texts of all members share one buffer, so that a large object's
/// kept members take little more memory than their text. `Debug` redacts secure values (see
/// [`crate::secret`]).
///
/// ```
/// use ccwire_wire::{Extra, RawJson};
/// let mut extra = Extra::default();
/// extra.insert("futureField".to_owned(), RawJson::from_text("1e2").unwrap());
/// assert_eq!(extra.get("futureField").map(|v| v.get()), Some("1e2"));
/// assert_eq!(extra.len(), 1);
/// ```
// Boxed and absent when empty: every object type holds one, and most receive no unknown member.
#[derive(Clone, Default)]
pub struct Extra(Option<Box<KeptMembers>>);

impl PartialEq for Extra {
    /// The same members with the same texts, in any order.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl Eq for Extra {}

impl Extra {
    /// An empty set of unknown members.
    #[must_use]
    pub fn new() -> Self {
        Self(None)
    }

    /// An empty set with room for `n` members.
    #[must_use]
    pub fn with_capacity(n: usize) -> Self {
        if n == 0 {
            return Self(None);
        }
        Self(Some(Box::new(KeptMembers::with_capacity(n))))
    }

    /// The storage, created on first use.
    fn members(&mut self) -> &mut KeptMembers {
        self.0.get_or_insert_with(Box::default)
    }

    /// Whether no unknown member was received.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|m| m.is_empty())
    }

    /// How many unknown members were received.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.as_ref().map_or(0, |m| m.len())
    }

    /// The value of an unknown member.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<RawJsonRef<'_>> {
        self.0.as_ref()?.get(key).map(RawJsonRef::checked)
    }

    /// Whether an unknown member of that name was received.
    #[must_use]
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.as_ref().is_some_and(|m| m.contains_key(key))
    }

    /// Adds (or replaces) an unknown member; returns the previous value.
    ///
    /// Replacing a member rewrites the kept text after it (linear in the kept text).
    pub fn insert(&mut self, key: String, value: RawJson) -> Option<RawJson> {
        self.members()
            .insert(&key, value.get())
            .map(|old| RawJson::from_kept(&old))
    }

    /// Appends a member without looking for an earlier one of the same name: the way to load
    /// many members at once, checked afterwards with [`first_repeated`](Self::first_repeated)
    /// or [`checked`](Self::checked). Look-ups find the first member of a name.
    ///
    /// ```
    /// use ccwire_wire::{Extra, RawJson};
    /// let mut extra = Extra::new();
    /// extra.push("a", RawJson::from_text("1").unwrap());
    /// extra.push("a", RawJson::from_text("2").unwrap());
    /// assert_eq!(extra.first_repeated(), Some("a"));
    /// ```
    pub fn push(&mut self, key: &str, value: RawJson) {
        self.members().push(key, value.get());
    }

    /// Appends a member whose text was read and checked as a [`RawJson`]'s is.
    pub(crate) fn push_checked(&mut self, key: &str, value: &crate::json::CheckedText) {
        self.members().push(key, value.get());
    }

    /// The name of the first member, in the order received, that repeats an earlier one.
    ///
    /// Linear in the number of members (see [`push`](Self::push)).
    #[must_use]
    pub fn first_repeated(&self) -> Option<&str> {
        self.0.as_ref()?.first_repeated()
    }

    /// `self`, or the error for its first repeated member (with that member's pointer, as
    /// [`repeated`] makes it).
    ///
    /// # Errors
    /// A member name appears twice.
    pub fn checked<E: de::Error>(self) -> Result<Self, E> {
        match &self.0 {
            Some(members) => members.check_repeats().map(|()| self),
            None => Ok(self),
        }
    }

    /// Removes an unknown member (the others keep their order). Linear in the kept text.
    pub fn remove(&mut self, key: &str) -> Option<RawJson> {
        self.0
            .as_mut()?
            .remove(key)
            .map(|old| RawJson::from_kept(&old))
    }

    /// The unknown members in the order received.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&str, RawJsonRef<'_>)> + Clone {
        self.0
            .iter()
            .flat_map(|m| m.iter())
            .map(|(k, v)| (k, RawJsonRef::checked(v)))
    }

    /// The names of the unknown members in the order received.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.iter().map(|(k, _)| k)
    }
}

impl fmt::Debug for Extra {
    /// The members as a map of their JSON texts, with secure values redacted: the policy
    /// ([`crate::secret`]) is applied to the object as a whole, since a flag in one member
    /// (`isSecure`, `secureCad`, a secure `callAssociatedData`) makes another one secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // A flag among these members (names are decoded), or one inside a member's text (a
        // secure `callAssociatedData` beside `callAssociatedDetails` is caught by the latter).
        let keys_say = self.keys().any(|k| matches!(k, "isSecure" | "secureCad"));
        // Inside a message whose envelope says `secureCad` beside this data.
        let envelope_says = crate::secret::secure_data() && self.contains_key("attributes");
        let values_say = self
            .iter()
            .any(|(_, v)| crate::secret::may_hold_secrets(v.get()));
        if crate::secret::revealing() || !(keys_say || values_say || envelope_says) {
            return f.debug_map().entries(self.iter()).finish();
        }
        // The object's text, with where each member's value lies in it.
        let mut text = String::from("{");
        let mut spans = Vec::with_capacity(self.len());
        for (i, (k, v)) in self.iter().enumerate() {
            if i > 0 {
                text.push(',');
            }
            text.push_str(&serde_json::to_string(k).unwrap_or_default());
            text.push(':');
            let start = text.len();
            text.push_str(v.get());
            spans.push(start..text.len());
        }
        if envelope_says {
            // The envelope's flag, as if beside these members (not shown: no span of its own).
            text.push_str(if self.is_empty() { "" } else { "," });
            text.push_str("\"secureCad\":true");
        }
        text.push('}');
        let secrets = crate::secret::Secrets::scan(&text);
        let mut map = f.debug_map();
        // Secret values and members are both in text order: one sweep pairs them.
        let mut paths = secrets.paths().iter().peekable();
        for ((k, v), span) in self.iter().zip(spans) {
            let mut inside = Vec::new();
            while let Some(p) = paths.next_if(|p| p.span.start < span.end) {
                if p.span.start >= span.start && p.span.end <= span.end {
                    inside.push(p);
                }
            }
            if inside.is_empty() {
                map.entry(&k, &format_args!("{}", v.get()));
                continue;
            }
            let mut shown = String::new();
            let mut at = span.start;
            for p in inside {
                shown.push_str(&text[at..p.span.start]);
                shown.push_str("\"<redacted>\"");
                at = p.span.end;
            }
            shown.push_str(&text[at..span.end]);
            map.entry(&k, &format_args!("{shown}"));
        }
        map.finish()
    }
}

impl FromIterator<(String, RawJson)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, RawJson)>>(iter: I) -> Self {
        let mut extra = Self::new();
        for (k, v) in iter {
            extra.insert(k, v);
        }
        extra
    }
}

impl serde::Serialize for Extra {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serde::Serializer::serialize_map(serializer, Some(self.len()))?;
        for (k, v) in self.iter() {
            map.serialize_entry(k, &v)?;
        }
        map.end()
    }
}

/// Reads every remaining member of `map` into `obj`.
///
/// # Errors
/// A value that is not JSON, or a duplicate member (at any depth).
pub(crate) fn read_strict_members<'de, A: MapAccess<'de>>(
    obj: &mut Extra,
    map: &mut A,
) -> Result<(), A::Error> {
    while let Some(key) = map.next_key::<KeyStr<'de>>()? {
        read_extra(map, obj, key.as_str())?;
    }
    obj.0
        .as_ref()
        .map_or(Ok(()), |members| members.check_repeats())
}

/// A map key that borrows from the input when it can.
#[doc(hidden)]
#[derive(Debug)]
pub struct KeyStr<'de>(Cow<'de, str>);

impl KeyStr<'_> {
    /// The key text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> de::Deserialize<'de> for KeyStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(V)
    }
}

thread_local! {
    static STRICT_SCHEMAS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with strict schema generation: schemas generated inside describe what the strict
/// decoder accepts (no unknown members, no unknown enum values, no unknown kinds).
///
/// ```
/// ccwire_wire::open_enum! {
///     /// How a contact reaches the agent.
///     pub enum MediaType {
///         /// A voice call.
///         Telephony = "telephony",
///     }
/// }
/// let lenient = schemars::schema_for!(MediaType);
/// let strict = ccwire_wire::wire::strict_schemas(|| schemars::schema_for!(MediaType));
/// assert!(lenient.as_value().to_string().contains("anyOf"));
/// assert!(!strict.as_value().to_string().contains("anyOf"));
/// ```
pub fn strict_schemas<R>(f: impl FnOnce() -> R) -> R {
    with_flag(&STRICT_SCHEMAS, f)
}

/// Runs `f` with a thread-local flag set, restoring it afterwards (even if `f` panics).
pub(crate) fn with_flag<R>(
    flag: &'static std::thread::LocalKey<std::cell::Cell<bool>>,
    f: impl FnOnce() -> R,
) -> R {
    struct Reset(&'static std::thread::LocalKey<std::cell::Cell<bool>>, bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            self.0.with(|s| s.set(self.1));
        }
    }
    let _reset = Reset(flag, flag.with(|s| s.replace(true)));
    f()
}

/// Whether schemas are being generated in strict mode (see [`strict_schemas`]).
#[must_use]
pub fn is_strict() -> bool {
    STRICT_SCHEMAS.with(std::cell::Cell::get)
}

/// Adds the member's description to a member schema (when there is one to add): first, before
/// the description its type's schema brings (the member's says what it is and cites its
/// evidence; the type's, what form its values take). A schema that accepts anything (`true`)
/// becomes `{"description": …}`, which still does.
#[doc(hidden)]
#[must_use]
pub fn describe(schema: Schema, docs: &str) -> Value {
    let mut value = schema.to_value();
    if docs.is_empty() {
        return value;
    }
    if value == Value::Bool(true) {
        value = Value::Object(Map::new());
    }
    if let Value::Object(obj) = &mut value {
        let text = match obj.get("description").and_then(Value::as_str) {
            Some(own) if own != docs && !own.starts_with(docs) => format!("{docs}\n\n{own}"),
            Some(own) => own.to_owned(),
            None => docs.to_owned(),
        };
        obj.insert("description".to_owned(), Value::String(text));
    }
    value
}

/// The schema of a wire object.
#[doc(hidden)]
#[must_use]
pub fn object_schema(
    docs: &str,
    properties: Map<String, Value>,
    required: Vec<String>,
    open: bool,
) -> Schema {
    let mut obj = Map::new();
    obj.insert("type".to_owned(), Value::String("object".to_owned()));
    if !docs.is_empty() {
        obj.insert("description".to_owned(), Value::String(docs.to_owned()));
    }
    obj.insert("properties".to_owned(), Value::Object(properties));
    if !required.is_empty() {
        obj.insert(
            "required".to_owned(),
            Value::Array(required.into_iter().map(Value::String).collect()),
        );
    }
    if !open || is_strict() {
        obj.insert("additionalProperties".to_owned(), Value::Bool(false));
    }
    Schema::from(obj)
}

/// A JSON object used as a map (`name → T`), in the order received, in which a repeated key is
/// an error with the pointer of the repeated entry (serde's maps keep the last one silently).
///
/// Look-up by key and iteration in the order received; its schema is that of a
/// `BTreeMap<String, T>`. Entries are stored densely and decoded without a look-up per entry (a
/// repeated key is looked for once, when the object ends): a map of millions of entries costs
/// little more than the entries themselves, and the time per entry does not grow with the map.
///
/// ```
/// use ccwire_wire::WireMap;
/// let mut m: WireMap<u8> = serde_json::from_str(r#"{"b":2,"a":1}"#).unwrap();
/// assert_eq!(m.get("a"), Some(&1));
/// assert_eq!(m.keys().collect::<Vec<_>>(), ["b", "a"]);
/// m.insert("c".to_owned(), 3);
/// assert_eq!(m.len(), 3);
/// let err = serde_json::from_str::<WireMap<u8>>(r#"{"a":1,"a":2}"#).unwrap_err();
/// assert!(err.to_string().starts_with("duplicate field `a`"));
/// assert_eq!(ccwire_wire::located::take(&err.to_string()).0, "/a");
/// ```
#[derive(Clone)]
pub struct WireMap<T>(Members<T>);

impl<T> Default for WireMap<T> {
    fn default() -> Self {
        Self(Members::default())
    }
}

impl<T: PartialEq> PartialEq for WireMap<T> {
    /// The same entries, in any order.
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().all(|(k, v)| other.get(k) == Some(v))
    }
}

impl<T: Eq> Eq for WireMap<T> {}

impl<T> WireMap<T> {
    /// An empty map.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// How many entries.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is no entry.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value of entry `key`.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&T> {
        self.0.get(key)
    }

    /// The value of entry `key`, to change it.
    pub fn get_mut(&mut self, key: &str) -> Option<&mut T> {
        self.0.get_mut(key)
    }

    /// Whether there is an entry `key`.
    #[must_use]
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Adds (or replaces) entry `key`; returns the previous value.
    pub fn insert(&mut self, key: String, value: T) -> Option<T> {
        self.0.insert(&key, value)
    }

    /// Removes entry `key` (the others keep their order).
    pub fn remove(&mut self, key: &str) -> Option<T> {
        self.0.remove(key)
    }

    /// The entries in the order received.
    pub fn iter(&self) -> Iter<'_, T> {
        self.0.iter()
    }

    /// The entries in the order received, to change their values.
    pub fn iter_mut(
        &mut self,
    ) -> impl ExactSizeIterator<Item = (&str, &mut T)> + DoubleEndedIterator {
        self.0.iter_mut()
    }

    /// The keys in the order received.
    pub fn keys(&self) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator {
        self.0.iter().map(|(k, _)| k)
    }

    /// The values in the order received.
    pub fn values(&self) -> impl ExactSizeIterator<Item = &T> + DoubleEndedIterator {
        self.0.iter().map(|(_, v)| v)
    }

    /// The entries as a `BTreeMap` (sorted by key).
    #[must_use]
    pub fn into_sorted(self) -> BTreeMap<String, T> {
        self.into_iter().collect()
    }
}

impl<T> From<BTreeMap<String, T>> for WireMap<T> {
    fn from(map: BTreeMap<String, T>) -> Self {
        map.into_iter().collect()
    }
}

impl<T> FromIterator<(String, T)> for WireMap<T> {
    /// A repeated key keeps its first position and its last value.
    fn from_iter<I: IntoIterator<Item = (String, T)>>(iter: I) -> Self {
        let mut map = Self::new();
        for (k, v) in iter {
            map.insert(k, v);
        }
        map
    }
}

impl<'a, T> IntoIterator for &'a WireMap<T> {
    type Item = (&'a str, &'a T);
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<T> IntoIterator for WireMap<T> {
    type Item = (String, T);
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_entries()
    }
}

impl<T: fmt::Debug> fmt::Debug for WireMap<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

impl<T: serde::Serialize> serde::Serialize for WireMap<T> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serde::Serializer::serialize_map(serializer, Some(self.len()))?;
        for (k, v) in self.0.iter() {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, T: de::Deserialize<'de>> de::Deserialize<'de> for WireMap<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: de::Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = WireMap<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<WireMap<T>, A::Error> {
                let mut out = Members::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(key) = map.next_key::<KeyStr<'de>>()? {
                    crate::budget::charge(Members::<T>::ENTRY_SIZE)?;
                    out.push(key.as_str(), map.next_value()?);
                }
                out.check_repeats().map(|()| WireMap(out))
            }
        }
        deserializer.deserialize_map(V(std::marker::PhantomData))
    }
}

impl<T: schemars::JsonSchema> schemars::JsonSchema for WireMap<T> {
    fn inline_schema() -> bool {
        <BTreeMap<String, T> as schemars::JsonSchema>::inline_schema()
    }
    fn schema_name() -> Cow<'static, str> {
        <BTreeMap<String, T> as schemars::JsonSchema>::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        <BTreeMap<String, T> as schemars::JsonSchema>::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        <BTreeMap<String, T> as schemars::JsonSchema>::json_schema(generator)
    }
}
