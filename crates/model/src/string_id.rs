//! Opaque string identifiers shared by every vendor's vocabulary.
//!
//! The vendors' ids are opaque strings: UUIDs (some not valid UUIDs), legacy numeric strings,
//! base64 ids, e-mail Message-IDs, phone numbers, masked numbers, even strings with spaces. Every
//! id type accepts any string and gives it back unchanged.

/// Declares an opaque string identifier newtype.
macro_rules! string_id {
    ($( $(#[$meta:meta])* $name:ident; )*) => {$(
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        #[serde(transparent)]
        #[schemars(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps an id exactly as given.
            #[must_use]
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// The id text, consuming.
            #[must_use]
            pub fn into_string(self) -> String {
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

        impl crate::inspect::Inspect for $name {
            fn may_find() -> bool {
                false
            }
            fn inspect(&self, _: &str, _: &mut crate::inspect::Findings) {}
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
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
