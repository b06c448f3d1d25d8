//! Opaque string identifiers shared by every vendor's vocabulary.
//!
//! The vendors' ids are opaque strings: UUIDs (some not valid UUIDs), legacy numeric strings,
//! base64 ids, e-mail Message-IDs, phone numbers, masked numbers, even strings with spaces. Every
//! id type accepts any string and gives it back unchanged.

/// Declares opaque string identifier newtypes: each accepts any string and gives it back
/// unchanged (serde, `JsonSchema` as a string described by the type's rustdoc, `Display`,
/// `Debug` as the quoted text, comparison with `str`). The crate that calls it depends on
/// `ccwire-wire` under that name.
///
/// ```
/// ccwire_wire::string_id! {
///     /// A queue's id.
///     QueueId;
/// }
/// let id: QueueId = serde_json::from_str(r#"" q 1 ""#).unwrap();
/// assert_eq!(id, " q 1 ");
/// assert_eq!(serde_json::to_string(&id).unwrap(), r#"" q 1 ""#);
/// ```
#[macro_export]
macro_rules! string_id {
    ($( $(#[$meta:meta])* $name:ident; )*) => {$(
        $(#[$meta])*
        #[derive(
            Clone, PartialEq, Eq, Hash, PartialOrd, Ord,
            $crate::__private::serde::Serialize,
            $crate::__private::schemars::JsonSchema,
        )]
        #[serde(crate = "ccwire_wire::__private::serde", transparent)]
        #[schemars(crate = "ccwire_wire::__private::schemars", transparent)]
        pub struct $name(::std::string::String);

        impl<'de> $crate::__private::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                let id: ::std::string::String = $crate::__private::Deserialize::deserialize(deserializer)?;
                // Its slot and its text, charged to the memory budget.
                $crate::__private::charge::<D::Error>(::core::mem::size_of::<Self>() + id.len())?;
                ::core::result::Result::Ok(Self(id))
            }
        }

        impl $name {
            /// Wraps an id exactly as given.
            #[must_use]
            pub fn new(id: impl ::core::convert::Into<::std::string::String>) -> Self {
                Self(id.into())
            }

            /// The id text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id text, consuming.
            #[must_use]
            pub fn into_string(self) -> ::std::string::String {
                self.0
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::fmt::Debug::fmt(&self.0, f)
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl $crate::__private::Inspect for $name {
            fn may_find() -> bool {
                false
            }
            fn inspect(&self, _: &$crate::__private::Pointer<'_>, _: &mut $crate::__private::Findings) {}
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<::std::string::String> for $name {
            fn from(id: ::std::string::String) -> Self {
                Self(id)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl ::std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }
    )*};
}
