//! Tagged unions: objects whose type is named by one of their members.

use serde_json::{Map, Value};

/// An object whose discriminator names no known variant, kept whole (discriminator included).
///
/// ```
/// use ccwire_model::UnknownObject;
/// let obj: UnknownObject = serde_json::from_str(r#"{"type":"Future","x":1}"#).unwrap();
/// assert_eq!(obj.tag("type"), Some("Future"));
/// assert_eq!(obj.fields().len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[serde(transparent)]
pub struct UnknownObject(Map<String, Value>);

impl<'de> serde::Deserialize<'de> for UnknownObject {
    /// Any JSON object; duplicate keys (at any depth) are an error, not silently merged.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match crate::wire::StrictValue::deserialize(deserializer)? {
            crate::wire::StrictValue(Value::Object(map)) => Ok(Self(map)),
            crate::wire::StrictValue(other) => Err(serde::de::Error::invalid_type(
                match other {
                    Value::Array(_) => serde::de::Unexpected::Seq,
                    Value::String(_) => serde::de::Unexpected::Other("a string"),
                    Value::Number(_) => serde::de::Unexpected::Other("a number"),
                    Value::Bool(b) => serde::de::Unexpected::Bool(b),
                    _ => serde::de::Unexpected::Unit,
                },
                &"a JSON object",
            )),
        }
    }
}

impl UnknownObject {
    /// Wraps the members of an object.
    #[must_use]
    pub fn new(fields: Map<String, Value>) -> Self {
        Self(fields)
    }

    /// The string value of the discriminator member, when it is a string.
    #[must_use]
    pub fn tag(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(Value::as_str)
    }

    /// All members as received.
    #[must_use]
    pub fn fields(&self) -> &Map<String, Value> {
        &self.0
    }

    /// All members, consuming.
    #[must_use]
    pub fn into_fields(self) -> Map<String, Value> {
        self.0
    }
}

/// Declares an enum of object types told apart by a string member (`"type"`, `"pType"`, …).
///
/// Decoding peeks the discriminator; a known value is decoded strictly with its type (a
/// malformed body is an error, never the unknown variant), anything else is kept whole in the
/// unknown variant. Encoding writes the variant's object, discriminator included. The schema is
/// `anyOf` the variants' schemas and an object whose discriminator is none of the known values.
///
/// Decoding needs JSON text (`serde_json::from_str`/`from_slice`/`from_reader`), because the
/// object is captured raw before the discriminator is known.
#[macro_export]
macro_rules! tagged_union {
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
            fn deserialize<D: $crate::__private::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let raw = $crate::dispatch::capture_raw(deserializer)?;
                Self::from_json_str(raw.get())
            }
        }

        impl $crate::__private::Inspect for $name {
            fn inspect(&self, pointer: &str, out: &mut ::std::vec::Vec<$crate::__private::Finding>) {
                match self {
                    $( Self::$variant(v) => $crate::__private::Inspect::inspect(v, pointer, out), )*
                    Self::$unknown(obj) => out.push($crate::__private::Finding {
                        pointer: pointer.to_owned(),
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
