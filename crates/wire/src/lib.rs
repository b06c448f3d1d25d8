//! The wire machinery behind ccwire, shared by every vendor crate.
//!
//! `ccwire-wire` holds what every message is made of, and nothing vendor-specific:
//!
//! * wire primitives that keep the JSON exactly as received — [`Nullable`] (absent / `null` /
//!   value), [`Lenient`] (`true` or `"true"`, `32` or `"32"`), [`Extra`] (unknown members),
//!   [`EpochMillis`], [`EmptyOr`] (`{}` or a full value), [`StringOr`], [`BoundedText`];
//! * the declaration macros a vendor crate builds its vocabulary with: open enums
//!   ([`open_enum!`], [`OpenStr`]), opaque ids ([`string_id!`]) and tagged unions
//!   ([`tagged_union!`]);
//! * the [`Wire`] derive, which gives a struct strict decoding with JSON paths in errors,
//!   lossless re-encoding and a JSON Schema that accepts exactly what the decoder accepts;
//! * the structural scanner that finds discriminators without decoding ([`dispatch`]), drift
//!   inspection ([`inspect`]) and the redaction policy for secure values ([`secret`]).
//!
//! Each vendor's vocabulary and messages are built on it in their own crate (`ccwire-webex`,
//! `ccwire-genesys`, `ccwire-sobot`); decoding entry points, kind detection and schema export
//! are in `ccwire-codec`, and the `ccwire` crate puts them together.
//!
//! ```
//! use ccwire_wire::{Extra, Nullable, Wire};
//! ccwire_wire::open_enum! {
//!     /// How a contact reaches the agent.
//!     pub enum MediaType {
//!         /// A voice call.
//!         Telephony = "telephony",
//!     }
//! }
//! #[derive(Wire, Debug, Clone, PartialEq)]
//! struct MediaLeg {
//!     /// Required.
//!     #[wire(rename = "mediaResourceId")]
//!     media_resource_id: String,
//!     /// Expected.
//!     #[wire(rename = "mediaType", expected)]
//!     media_type: Option<MediaType>,
//!     /// Optional, may be `null`.
//!     #[wire(rename = "holdTimestamp")]
//!     hold_timestamp: Nullable<u64>,
//!     /// Members not modelled.
//!     #[wire(extra)]
//!     extra: Extra,
//! }
//! let leg: MediaLeg = serde_json::from_str(r#"{
//!     "mediaResourceId": "m1", "mediaType": "telephony", "holdTimestamp": null, "futureField": 1
//! }"#).unwrap();
//! assert_eq!(leg.media_type, Some(MediaType::Telephony));
//! assert!(leg.hold_timestamp.is_null());
//! assert_eq!(leg.extra.get("futureField").map(ccwire_wire::RawJsonRef::get), Some("1"));
//! ```

// The derive names `::ccwire_wire`; inside this crate (its tests) that is the crate itself.
#[allow(unused_extern_crates)]
extern crate self as ccwire_wire;

mod ahead;
mod bounded;
pub mod budget;
pub mod dispatch;
mod dtmf;
mod empty;
pub mod inspect;
pub mod json;
pub mod kind;
mod lenient;
pub mod located;
mod members;
mod nullable;
#[macro_use]
mod open_enum;
#[macro_use]
mod string_id;
pub mod secret;
mod short;
mod string_or;
mod timestamp;
mod union;
pub mod wire;

pub use bounded::{BoundedMap, BoundedText};
pub use ccwire_derive::Wire;
pub use dtmf::Dtmf;
pub use empty::EmptyOr;
pub use json::{RawJson, RawJsonRef};
pub use lenient::{InvalidText, Lenient, LenientScalar, OrText};
pub use nullable::Nullable;
pub use open_enum::{KnownValues, OpenStr};
pub use string_or::StringOr;
pub use timestamp::EpochMillis;
pub use union::UnknownObject;
pub use wire::{Extra, WireMap};

/// Items the macros expand to. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use crate::Extra;
    pub use crate::ahead::known_tag;
    pub use crate::budget::charge;
    pub use crate::inspect::{
        Finding, FindingKind, Findings, Inspect, Pointer, child, missing_member,
    };
    pub use crate::json::CapturedText;
    pub use crate::union::{Pending, decode_ahead};

    /// The unknown variant of an open enum, from a value its `From<&str>` did not match.
    #[must_use]
    pub fn unknown_value<E>(value: &str) -> crate::OpenStr<E> {
        crate::OpenStr::unknown(value)
    }
    pub use crate::wire::{
        KeyStr, WireObject, describe, duplicate, is_strict, object_schema, read_extra, read_member,
        read_member_seq,
    };
    pub use schemars::{self, JsonSchema, Schema, SchemaGenerator};
    pub use serde;
    pub use serde::de::{Error as DeError, MapAccess, Unexpected, Visitor};
    pub use serde::ser::SerializeMap;
    pub use serde::{Deserialize, Deserializer, Serialize, Serializer};
    pub use serde_json::{Map, Value, json};

    /// Schema of an open enum: one of the known values, or any other string.
    #[must_use]
    pub fn open_enum_schema(known: &[&str]) -> Schema {
        if is_strict() {
            return schemars::json_schema!({ "type": "string", "enum": known });
        }
        schemars::json_schema!({
            "anyOf": [
                { "type": "string", "enum": known },
                { "type": "string" }
            ]
        })
    }

    /// Schema of a tagged union: one of the variants, or an object whose tag is unknown.
    #[must_use]
    pub fn union_schema(variants: Vec<Schema>, tag: &str, known: &[&str]) -> Schema {
        let mut any_of: Vec<Value> = variants.into_iter().map(Schema::to_value).collect();
        if is_strict() {
            return schemars::json_schema!({ "anyOf": any_of });
        }
        let mut props = Map::new();
        props.insert(
            tag.to_owned(),
            json!({ "not": { "type": "string", "enum": known } }),
        );
        any_of.push(json!({ "type": "object", "properties": props }));
        schemars::json_schema!({ "anyOf": any_of })
    }
}
