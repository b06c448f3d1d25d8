//! Tagged unions: objects whose type is named by one of their members.

use serde::de::{self, MapAccess};

use crate::json::CapturedText;
use crate::wire::{Extra, KeyStr, WireObject, read_strict_members};

/// An object whose discriminator names no known variant, kept whole (discriminator included),
/// each member as its exact text ([`RawJson`](crate::RawJson)) in the order received.
///
/// ```
/// use ccwire_wire::UnknownObject;
/// let obj: UnknownObject = serde_json::from_str(r#"{"type":"Future","x":1e2}"#).unwrap();
/// assert_eq!(obj.tag("type"), Some("Future"));
/// assert_eq!(obj.fields().len(), 2);
/// assert_eq!(serde_json::to_string(&obj).unwrap(), r#"{"type":"Future","x":1e2}"#);
/// ```
#[derive(Clone, Default, PartialEq)]
pub struct UnknownObject(Extra, Vec<(Box<str>, String)>);

impl serde::Serialize for UnknownObject {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl std::fmt::Debug for UnknownObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> serde::Deserialize<'de> for UnknownObject {
    /// Any JSON object; duplicate keys (at any depth) are an error, not silently merged.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> de::Visitor<'de> for V {
            type Value = UnknownObject;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<UnknownObject, A::Error> {
                let mut fields = Extra::new();
                read_strict_members(&mut fields, &mut map)?;
                Ok(UnknownObject::new(fields))
            }
        }
        deserializer.deserialize_map(V)
    }
}

impl UnknownObject {
    /// Wraps the members of an object.
    #[must_use]
    pub fn new(fields: Extra) -> Self {
        // The decoded text of string members written with escapes (rare), so that `tag` can
        // lend every string member.
        let decoded = fields
            .iter()
            .filter(|(_, v)| v.get().starts_with('"') && v.get().contains('\\'))
            .filter_map(|(k, v)| Some((Box::from(k), v.as_str()?.into_owned())))
            .collect();
        Self(fields, decoded)
    }

    /// The string value of the discriminator member, when it is a string (escapes decoded).
    #[must_use]
    pub fn tag(&self, key: &str) -> Option<&str> {
        let raw = self.0.get(key)?.get();
        let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
        if !inner.contains('\\') {
            return Some(inner);
        }
        self.1
            .iter()
            .find(|(k, _)| &**k == key)
            .map(|(_, v)| v.as_str())
    }

    /// All members as received.
    #[must_use]
    pub fn fields(&self) -> &Extra {
        &self.0
    }

    /// All members, consuming.
    #[must_use]
    pub fn into_fields(self) -> Extra {
        self.0
    }
}

/// Members of a union's object read before its discriminator (as their exact text), decoded
/// once the kind is known.
///
/// Repeated keys inside a kept text are not looked for when it is read: decoding it as the
/// variant's member refuses them as every typed value does, and an object kept whole checks
/// each text as [`RawJson`](crate::RawJson)'s is checked.
#[doc(hidden)]
pub struct Pending<'de>(Vec<(KeyStr<'de>, CapturedText)>);

impl Default for Pending<'_> {
    fn default() -> Self {
        Self(Vec::with_capacity(16))
    }
}

impl<'de> Pending<'de> {
    /// Keeps a member read before the discriminator.
    pub fn push(&mut self, key: KeyStr<'de>, value: CapturedText) {
        self.0.push((key, value));
    }

    /// Decodes the object as `T`: the members kept so far and the discriminator (`tag_key`:
    /// `tag`) are replayed into `T`'s builder, the rest is read from `map` as it comes.
    ///
    /// # Errors
    /// `T`'s decode error; for a replayed member its pointer (`/member/inner`) is recorded
    /// beside the error ([`crate::located`]).
    pub fn decode<T: WireObject, A: MapAccess<'de>>(
        self,
        tag_key: &str,
        tag: &CapturedText,
        mut map: A,
    ) -> Result<T, A::Error> {
        crate::budget::charge_for::<T, A::Error>()?;
        let budget = crate::budget::left();
        let mut builder = T::Builder::default();
        crate::located::clear();
        // Replayed without path tracking; a member that fails is found again with it, from a
        // fresh builder and the same memory budget, to place the error.
        if self.replay::<T>(&mut builder, tag_key, tag, None).is_err() {
            crate::budget::restore(budget);
            crate::located::clear();
            builder = T::Builder::default();
            let mut track = serde_path_to_error::Track::new();
            if let Err((key, e)) = self.replay::<T>(&mut builder, tag_key, tag, Some(&mut track)) {
                let at = crate::dispatch::pointer(&track.path());
                let key = crate::inspect::child("", key);
                return Err(crate::located::nest(&format!("{key}{at}"), &e.to_string()));
            }
        }
        // The builder refuses a member read twice (replayed or not).
        T::accept_members(&mut builder, &mut map)?;
        T::finish(builder)
    }

    /// Replays the members kept so far and the discriminator into `builder`; the first that
    /// fails, with its name (its path inside the member is in `track`, when given).
    fn replay<'k, T: WireObject>(
        &'k self,
        builder: &mut T::Builder,
        tag_key: &'k str,
        tag: &CapturedText,
        mut track: Option<&mut serde_path_to_error::Track>,
    ) -> Result<(), (&'k str, serde_json::Error)> {
        for (key, value) in self
            .0
            .iter()
            .map(|(k, v)| (k.as_str(), v))
            .chain(std::iter::once((tag_key, tag)))
        {
            if let Some(track) = track.as_deref_mut() {
                *track = serde_path_to_error::Track::new();
            }
            let mut de = serde_json::Deserializer::from_str(value.get());
            T::accept_member(
                builder,
                key,
                &mut Replay {
                    de: Some(&mut de),
                    track: track.as_deref_mut(),
                },
            )
            .map_err(|e| (key, e))?;
        }
        Ok(())
    }

    /// Keeps the object whole: the members kept so far, the discriminator and the rest of `map`
    /// (duplicate members, and repeated keys inside a member's value, are an error).
    ///
    /// # Errors
    /// A duplicate member or a repeated key (with its pointer recorded beside the error,
    /// [`crate::located`]), or a value that is not JSON.
    pub fn unknown<A: MapAccess<'de>>(
        self,
        tag: Option<(&str, CapturedText)>,
        mut map: A,
    ) -> Result<UnknownObject, A::Error> {
        fn keep<E: de::Error>(fields: &mut Extra, key: &str, value: CapturedText) -> Result<(), E> {
            let value = value.checked().map_err(|p| {
                let at = crate::inspect::child("", key);
                crate::located::error(format!("{at}{}", p.pointer), p.message)
            })?;
            fields.push_checked(key, &value);
            Ok(())
        }
        let mut fields = Extra::new();
        for (key, value) in self.0 {
            keep(&mut fields, key.as_str(), value)?;
        }
        if let Some((key, value)) = tag {
            keep(&mut fields, key, value)?;
        }
        // Repeats among all of them are refused when the object ends.
        read_strict_members(&mut fields, &mut map)?;
        Ok(UnknownObject::new(fields))
    }
}

/// Decodes an object as `T` in one pass, from its first member (`key`, whose value is next in
/// `map`) on, when its discriminator was read ahead ([`crate::ahead`]).
///
/// # Errors
/// `T`'s decode error.
#[doc(hidden)]
pub fn decode_ahead<'de, T: WireObject, A: MapAccess<'de>>(
    key: &str,
    mut map: A,
) -> Result<T, A::Error> {
    crate::budget::charge_for::<T, A::Error>()?;
    let mut builder = T::Builder::default();
    T::accept_member(&mut builder, key, &mut map)?;
    T::accept_members(&mut builder, &mut map)?;
    T::finish(builder)
}

/// A map access over one member already read as text (its value is decoded again, with path
/// tracking when asked).
struct Replay<'d, 'v, 't> {
    de: Option<&'d mut serde_json::Deserializer<serde_json::de::StrRead<'v>>>,
    /// Path tracking, when an error is to be placed.
    track: Option<&'t mut serde_path_to_error::Track>,
}

impl<'v> MapAccess<'v> for Replay<'_, 'v, '_> {
    type Error = serde_json::Error;

    fn next_key_seed<K: de::DeserializeSeed<'v>>(
        &mut self,
        _seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        Ok(None)
    }

    fn next_value_seed<S: de::DeserializeSeed<'v>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        match self.de.take() {
            Some(de) => {
                let value = match self.track.as_deref_mut() {
                    Some(track) => {
                        seed.deserialize(serde_path_to_error::Deserializer::new(&mut *de, track))?
                    }
                    None => seed.deserialize(&mut *de)?,
                };
                de.end()?;
                Ok(value)
            }
            None => Err(de::Error::custom("value already read")),
        }
    }
}

/// Declares an enum of object types told apart by a string member (`"type"`, `"pType"`, …).
///
/// Decoding peeks the discriminator; a known value is decoded strictly with its type (a
/// malformed body is an error, never the unknown variant), anything else is kept whole in the
/// unknown variant. Encoding writes the variant's object, discriminator included. The schema is
/// `anyOf` the variants' schemas and an object whose discriminator is none of the known values.
///
/// Decoding reads the object once: members before the discriminator are kept as values and
/// replayed into the variant's decoder when it is known (so any serde deserializer works).
/// Inside a text decoded with [`decode_nested`](crate::dispatch::decode_nested) (as every
/// decode of the codec is), a discriminator after the first member is found first by a
/// structural scan of the text, and a known kind is decoded as its members come, without
/// keeping any: the same values either way; of a text with several faults, the one reported
/// may differ.
///
/// With `kinds = "vendor.family"`, the declaration is also the family's one list of kinds: each
/// variant's type gets its [`EventKind`](crate::kind::EventKind) impl, named
/// `vendor.family.<discriminator>` (or the name after `=>`: a string, or a type name), and the enum gets `for_each_kind`,
/// which hands every kind with its name to a [`KindVisitor`](crate::kind::KindVisitor) (the
/// codec's registry, and so the schema files, are built from it).
///
/// ```
/// use ccwire_wire::kind::{EventKind, KindType, KindVisitor};
/// use ccwire_wire::{Extra, Wire, tagged_union};
/// /// A held call.
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// #[wire(tag = "held")]
/// pub struct Held {
///     /// Members not modelled.
///     #[wire(extra)]
///     pub extra: Extra,
/// }
/// /// A resumed call.
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// #[wire(tag = "resumed")]
/// pub struct Resumed {
///     /// Members not modelled.
///     #[wire(extra)]
///     pub extra: Extra,
/// }
/// tagged_union! {
///     /// A call event, by `type`.
///     pub enum CallEvent (tag = "type", unknown = Unknown, kinds = "acme.call") {
///         /// Held.
///         Held(Held) = "held",
///         /// Resumed.
///         Resumed(Resumed) = "resumed" => "Resumed",
///     }
/// }
/// assert_eq!(Held::KIND, "acme.call.held");
/// assert_eq!(Resumed::KIND, "acme.call.Resumed");
/// let e: CallEvent = serde_json::from_str(r#"{"type":"held"}"#).unwrap();
/// assert!(e.as_any().is_some_and(|v| v.is::<Held>()));
/// // A key repeated inside a member read before the discriminator is an error at its
/// // pointer, whether the kind is known or not.
/// for (text, at) in [
///     (r#"{"x":{"a":1,"a":2},"type":"held"}"#, "/x/a"),
///     (r#"{"x":[{"a":1,"a":2}],"type":"new"}"#, "/x/0/a"),
/// ] {
///     let err = serde_json::from_str::<CallEvent>(text).unwrap_err().to_string();
///     assert!(err.starts_with("duplicate field `a`"), "{err}");
///     assert_eq!(ccwire_wire::located::take(&err).0, at);
/// }
/// struct Names(Vec<&'static str>);
/// impl KindVisitor for Names {
///     fn kind<T: KindType>(&mut self, name: &'static str) {
///         self.0.push(name);
///     }
/// }
/// let mut names = Names(Vec::new());
/// CallEvent::for_each_kind(&mut names);
/// assert_eq!(names.0, ["acme.call.held", "acme.call.Resumed"]);
/// ```
#[macro_export]
macro_rules! tagged_union {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident (tag = $tag:literal, unknown = $unknown:ident, kinds = $family:literal) {
            $( $(#[$vmeta:meta])* $variant:ident($ty:ty) = $wire:literal $(=> $kind:tt)?, )*
        }
    ) => {
        $crate::tagged_union! {
            $(#[$meta])*
            $vis enum $name (tag = $tag, unknown = $unknown) {
                $( $(#[$vmeta])* $variant($ty) = $wire, )*
            }
        }

        $(
            impl $crate::kind::EventKind for $ty {
                const KIND: &'static str = ::core::concat!($family, ".", $crate::__kind_name!($wire $(, $kind)?));
            }
        )*

        impl $name {
            /// Every kind of the family, in the order declared, with its full name (the one
            /// list the kind registry and the schema export are built from).
            pub fn for_each_kind(visitor: &mut impl $crate::kind::KindVisitor) {
                $( visitor.kind::<$ty>(<$ty as $crate::kind::EventKind>::KIND); )*
            }
        }
    };
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident (tag = $tag:literal, unknown = $unknown:ident) {
            $( $(#[$vmeta:meta])* $variant:ident($ty:ty) = $wire:literal, )*
        }
    ) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, PartialEq)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant(::std::boxed::Box<$ty>), )*
            /// An object whose discriminator is absent or names no known kind, kept whole.
            $unknown($crate::UnknownObject),
        }

        impl $name {
            /// The discriminator member's name.
            pub const TAG: &'static str = $tag;
            /// The discriminator values of the known variants.
            pub const KNOWN: &'static [&'static str] = &[$($wire),*];

            /// The discriminator value (for the unknown variant: as received, if a string).
            #[must_use]
            pub fn kind(&self) -> ::core::option::Option<&str> {
                match self {
                    $( Self::$variant(_) => ::core::option::Option::Some($wire), )*
                    Self::$unknown(obj) => obj.tag($tag),
                }
            }

            /// Whether the value is one of the known variants.
            #[must_use]
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::$unknown(_))
            }

            /// The known variant's value, for typed access by kind (`downcast_ref`); `None` for
            /// an unknown kind.
            #[must_use]
            pub fn as_any(&self) -> ::core::option::Option<&dyn ::core::any::Any> {
                match self {
                    $( Self::$variant(v) => ::core::option::Option::Some(&**v), )*
                    Self::$unknown(_) => ::core::option::Option::None,
                }
            }

            /// The known variant's value, taken out for typed access by kind (`downcast`); the
            /// enum back for an unknown kind.
            ///
            /// # Errors
            /// The value is of an unknown kind.
            pub fn into_any(self) -> ::core::result::Result<::std::boxed::Box<dyn ::core::any::Any>, Self> {
                match self {
                    $( Self::$variant(v) => ::core::result::Result::Ok(v), )*
                    other => ::core::result::Result::Err(other),
                }
            }

            /// Decodes the object in `raw` JSON text, dispatching on the discriminator.
            ///
            /// # Errors
            /// The text is not an object, or a known kind's body is malformed; the message starts
            /// with the JSON pointer of the failure (`@/pointer message`).
            pub fn from_json_str<E: $crate::__private::DeError>(raw: &str) -> ::core::result::Result<Self, E> {
                let tag = $crate::dispatch::peek_tag(raw, $tag).map_err(E::custom)?;
                Self::from_json_str_with_tag(raw, tag.as_deref())
            }

            /// Like `from_json_str`, when the caller has already read the discriminator (the
            /// string value of the first member named like the tag, `None` when absent or not a
            /// string), saving a scan of the text.
            ///
            /// # Errors
            /// As `from_json_str`.
            pub fn from_json_str_with_tag<E: $crate::__private::DeError>(
                raw: &str,
                tag: ::core::option::Option<&str>,
            ) -> ::core::result::Result<Self, E> {
                match tag {
                    $( ::core::option::Option::Some($wire) => ::core::result::Result::Ok(
                        Self::$variant(::std::boxed::Box::new($crate::dispatch::decode_nested(raw)?))), )*
                    _ => ::core::result::Result::Ok(Self::$unknown($crate::dispatch::decode_nested(raw)?)),
                }
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    $( Self::$variant(v) => ::core::fmt::Debug::fmt(v, f), )*
                    Self::$unknown(v) => f.debug_tuple(::core::stringify!($unknown)).field(v).finish(),
                }
            }
        }

        impl $crate::__private::Serialize for $name {
            fn serialize<S: $crate::__private::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => $crate::__private::Serialize::serialize(v, serializer), )*
                    Self::$unknown(v) => $crate::__private::Serialize::serialize(v, serializer),
                }
            }
        }

        impl<'de> $crate::__private::Deserialize<'de> for $name {
            /// One pass: members before the discriminator are kept as values and replayed into
            /// the variant's decoder once the discriminator is read.
            fn deserialize<D: $crate::__private::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                struct __Visitor;
                impl<'de> $crate::__private::Visitor<'de> for __Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str("a JSON object")
                    }
                    fn visit_map<A: $crate::__private::MapAccess<'de>>(self, mut map: A) -> ::core::result::Result<$name, A::Error> {
                        let mut pending = $crate::__private::Pending::default();
                        let mut first = true;
                        while let ::core::option::Option::Some(key) = $crate::__private::MapAccess::next_key::<$crate::__private::KeyStr<'de>>(&mut map)? {
                            // A discriminator that is not the first member: read ahead when it can
                            // be, for a known kind decoded in one pass.
                            if ::core::mem::take(&mut first) && key.as_str() != $tag {
                                match $crate::__private::known_tag(key.as_str(), $tag, $name::KNOWN) {
                                    $( ::core::option::Option::Some($wire) => return ::core::result::Result::Ok(
                                        $name::$variant(::std::boxed::Box::new($crate::__private::decode_ahead::<$ty, A>(key.as_str(), map)?))), )*
                                    _ => {}
                                }
                            }
                            let value: $crate::__private::CapturedText = $crate::__private::MapAccess::next_value(&mut map)?;
                            if key.as_str() != $tag {
                                pending.push(key, value);
                                continue;
                            }
                            return match value.as_str().as_deref() {
                                $( ::core::option::Option::Some($wire) => ::core::result::Result::Ok(
                                    $name::$variant(::std::boxed::Box::new(pending.decode::<$ty, A>($tag, &value, map)?))), )*
                                _ => ::core::result::Result::Ok($name::$unknown(pending.unknown(::core::option::Option::Some(($tag, value)), map)?)),
                            };
                        }
                        ::core::result::Result::Ok($name::$unknown(pending.unknown(::core::option::Option::None, map)?))
                    }
                }
                $crate::__private::Deserializer::deserialize_map(deserializer, __Visitor)
            }
        }

        impl $crate::__private::Inspect for $name {
            fn inspect(&self, pointer: &$crate::__private::Pointer<'_>, out: &mut $crate::__private::Findings) {
                match self {
                    $( Self::$variant(v) => $crate::__private::Inspect::inspect(v, pointer, out), )*
                    Self::$unknown(obj) => out.push($crate::__private::Finding {
                        pointer: pointer.to_text(),
                        kind: $crate::__private::FindingKind::UnknownKind,
                        detail: obj.tag($tag).map(::std::borrow::ToOwned::to_owned).unwrap_or_default(),
                    }),
                }
            }
        }

        impl $crate::__private::JsonSchema for $name {
            fn schema_name() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(::core::stringify!($name))
            }
            fn schema_id() -> ::std::borrow::Cow<'static, str> {
                ::std::borrow::Cow::Borrowed(::core::concat!(::core::module_path!(), "::", ::core::stringify!($name)))
            }
            fn json_schema(generator: &mut $crate::__private::SchemaGenerator) -> $crate::__private::Schema {
                let variants = ::std::vec![$( generator.subschema_for::<$ty>(), )*];
                $crate::__private::union_schema(variants, $tag, Self::KNOWN)
            }
        }
    };
}

/// The name of a kind in a `tagged_union!` with `kinds`: the discriminator, or the name given.
#[doc(hidden)]
#[macro_export]
macro_rules! __kind_name {
    ($wire:literal) => {
        $wire
    };
    ($wire:literal, $kind:literal) => {
        $kind
    };
    ($wire:literal, $kind:ident) => {
        ::core::stringify!($kind)
    };
}
