//! Open enums: vendor-extensible string sets whose unknown values are kept and re-emitted.

use std::fmt;
use std::marker::PhantomData;

/// An open enum's known wire values.
pub trait KnownValues {
    /// The wire values of the known variants.
    const KNOWN: &'static [&'static str];
}

/// The text of a value the open enum `E` does not know.
///
/// It can only hold a value that is not one of `E`'s known values, so an unknown variant can
/// never look like a known one.
///
/// ```
/// use ccwire_wire::OpenStr;
/// ccwire_wire::open_enum! {
///     /// How a contact reaches the agent.
///     pub enum MediaType {
///         /// A voice call.
///         Telephony = "telephony",
///     }
/// }
/// assert!(OpenStr::<MediaType>::new("telephony").is_none());
/// let fax = OpenStr::<MediaType>::new("fax").unwrap();
/// assert_eq!(MediaType::Unknown(fax), MediaType::from("fax"));
/// ```
pub struct OpenStr<E>(Box<str>, PhantomData<fn() -> E>);

impl<E: KnownValues> OpenStr<E> {
    /// Wraps `s`, unless it is one of `E`'s known values.
    #[must_use]
    pub fn new(s: &str) -> Option<Self> {
        if E::KNOWN.contains(&s) {
            None
        } else {
            Some(Self(s.into(), PhantomData))
        }
    }
}

impl<E> OpenStr<E> {
    /// Wraps a value already checked against every known value (for `open_enum!`).
    pub(crate) fn unknown(s: &str) -> Self {
        Self(s.into(), PhantomData)
    }

    /// The value as received.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<E> Clone for OpenStr<E> {
    fn clone(&self) -> Self {
        Self(self.0.clone(), PhantomData)
    }
}

impl<E> PartialEq for OpenStr<E> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<E> Eq for OpenStr<E> {}

impl<E> PartialOrd for OpenStr<E> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for OpenStr<E> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl<E> std::hash::Hash for OpenStr<E> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<E> fmt::Debug for OpenStr<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Declares an open enum over wire strings.
///
/// Known values are unit variants; anything else decodes to `Unknown(OpenStr)` and encodes back
/// to the same text. The enum is `#[non_exhaustive]`, implements serde, `JsonSchema`
/// (`anyOf` the known values or any string), `Display`, `FromStr` (infallible) and `From<&str>`.
///
/// The unknown variant can only be made from a value that is not known (the macro's `From<&str>`
/// matches every known value first). Each vendor crate declares its own value sets with it:
///
/// ```
/// ccwire_wire::open_enum! {
///     /// How a contact reaches the agent.
///     pub enum MediaType {
///         /// A voice call.
///         Telephony = "telephony",
///         /// An e-mail.
///         Email = "email",
///     }
/// }
/// assert_eq!(MediaType::from("telephony"), MediaType::Telephony);
/// let fax = MediaType::from("fax");
/// assert!(!fax.is_known());
/// assert_eq!(fax.as_str(), "fax");
/// assert_eq!(serde_json::to_string(&fax).unwrap(), r#""fax""#);
/// ```
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A value this version does not know, kept exactly as received.
            Unknown($crate::OpenStr<$name>),
        }

        impl $crate::KnownValues for $name {
            const KNOWN: &'static [&'static str] = &[$($wire),*];
        }

        impl $name {
            /// The wire values of the known variants.
            pub const KNOWN: &'static [&'static str] = &[$($wire),*];

            /// The known variants, in declaration order.
            #[must_use]
            pub fn known() -> ::std::vec::Vec<Self> {
                ::std::vec![$(Self::$variant),*]
            }

            /// The wire text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                match self {
                    $( Self::$variant => $wire, )*
                    Self::Unknown(s) => s.as_str(),
                }
            }

            /// Whether the value is one of the known variants.
            #[must_use]
            pub fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                match s {
                    $( $wire => Self::$variant, )*
                    other => Self::Unknown($crate::__private::unknown_value(other)),
                }
            }
        }

        impl ::core::convert::From<::std::string::String> for $name {
            fn from(s: ::std::string::String) -> Self {
                Self::from(s.as_str())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl ::core::convert::AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    $( Self::$variant => f.write_str(::core::stringify!($variant)), )*
                    Self::Unknown(s) => write!(f, "Unknown({:?})", s.as_str()),
                }
            }
        }

        impl $crate::__private::Serialize for $name {
            fn serialize<S: $crate::__private::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let s: $crate::__private::KeyStr<'de> = $crate::__private::Deserialize::deserialize(deserializer)?;
                Ok(Self::from(s.as_str()))
            }
        }

        impl $crate::__private::Inspect for $name {
            fn inspect(&self, pointer: &$crate::__private::Pointer<'_>, out: &mut $crate::__private::Findings) {
                if let Self::Unknown(s) = self {
                    out.push($crate::__private::Finding {
                        pointer: pointer.to_text(),
                        kind: $crate::__private::FindingKind::UnknownValue,
                        detail: s.as_str().to_owned(),
                    });
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
            fn json_schema(_: &mut $crate::__private::SchemaGenerator) -> $crate::__private::Schema {
                $crate::__private::open_enum_schema(Self::KNOWN)
            }
        }
    };
}
