//! Kinds as lists: a family declares its kinds once and hands each one, with its type, to a
//! [`KindVisitor`]; registries, schema exports and tests are built from that one list.

use std::any::Any;
use std::fmt::Debug;

use schemars::JsonSchema;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::inspect::Inspect;

/// What a kind's type can do: decode, encode, describe itself as a schema, report its drift.
/// Every `#[derive(Wire)]` struct and tagged union qualifies.
pub trait KindType:
    DeserializeOwned + Serialize + JsonSchema + Inspect + Debug + Send + Sync + 'static
{
}

impl<T> KindType for T where
    T: DeserializeOwned + Serialize + JsonSchema + Inspect + Debug + Send + Sync + 'static
{
}

/// Receives the kinds of a family, each with its full kind name (`vendor.family.Name`), from
/// the family's one declaration (e.g. `ccwire_webex::routing::for_each_kind`).
///
/// ```
/// use ccwire_wire::kind::{KindType, KindVisitor};
/// struct Names(Vec<&'static str>);
/// impl KindVisitor for Names {
///     fn kind<T: KindType>(&mut self, name: &'static str) {
///         self.0.push(name);
///     }
/// }
/// let mut names = Names(Vec::new());
/// names.kind::<ccwire_wire::RawJson>("example.family.Anything");
/// assert_eq!(names.0, ["example.family.Anything"]);
/// ```
pub trait KindVisitor {
    /// One kind: its full name and, as `T`, its type.
    fn kind<T: KindType>(&mut self, name: &'static str);
}

/// A kind that a decoded message can hold: its full name (`vendor.family.Name`), and typed
/// access by it. `ccwire_codec::Message::get::<K>()` lends a message's value when it is of kind
/// `K`, `Message::into_kind::<K>()` takes it out. Implemented by every kind a family declares
/// with [`tagged_union!`](crate::tagged_union) and `kinds`.
pub trait EventKind: Any {
    /// The kind's full name (`vendor.family.Name`), as `ccwire_codec::Detected` displays it.
    const KIND: &'static str;
}
