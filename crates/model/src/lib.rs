//! Vocabulary types for contact-center agent-desktop protocols.
//!
//! `ccwire-model` holds what every message is made of:
//!
//! * wire primitives that keep the JSON exactly as received — [`Nullable`] (absent / `null` /
//!   value), [`Lenient`] (`true` or `"true"`, `32` or `"32"`), [`Extra`] (unknown members),
//!   [`EpochMillis`], [`EmptyOr`] (`{}` or a full value), open enums ([`OpenStr`]) and tagged
//!   unions ([`tagged_union!`]);
//! * the [`Wire`] derive, which gives a struct strict decoding with JSON paths in errors,
//!   lossless re-encoding and a JSON Schema that accepts exactly what the decoder accepts;
//! * the Webex Contact Center vocabulary in [`webex`]: ids, the interaction, call-associated
//!   data, participants, media legs and call-processing details;
//! * the Sobot call SDK vocabulary in [`sobot`]: ids, code tables and shared object types.
//! * the Genesys vocabulary in [`genesys`]: user data, the Service Client object types
//!   (interaction, party, agent, media, state, device, section, toasts), value sets and ids.
//!
//! Messages and event enums built from these live in `ccwire-events`; decoding entry points,
//! kind detection and schema export in `ccwire-codec`.
//!
//! ```
//! use ccwire_model::webex::{MediaType, MediaLeg};
//! let leg: MediaLeg = serde_json::from_str(r#"{
//!     "mediaResourceId": "m1", "mediaType": "telephony", "mediaMgr": "vmm", "mType": "mainCall",
//!     "isHold": false, "holdTimestamp": null, "participants": ["a1"], "futureField": 1
//! }"#).unwrap();
//! assert_eq!(leg.media_type, Some(MediaType::Telephony));
//! assert!(leg.hold_timestamp.is_null());
//! assert_eq!(leg.extra.get("futureField").map(ccwire_model::RawJsonRef::get), Some("1"));
//! ```

extern crate self as ccwire_model;

mod bounded;
pub mod dispatch;
mod dtmf;
mod empty;
pub mod inspect;
pub mod json;
pub mod kind;
mod lenient;
mod members;
mod nullable;
#[macro_use]
mod open_enum;
#[macro_use]
mod string_id;
pub mod genesys;
pub mod secret;
mod short;
pub mod sobot;
mod string_or;
mod timestamp;
mod union;
pub mod webex;
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
    pub use crate::inspect::{Finding, FindingKind, Findings, Inspect, child, missing_member};
    pub use crate::union::Pending;
    pub use crate::wire::{
        KeyStr, WireObject, describe, duplicate, is_strict, object_schema, read_extra, read_member,
    };
    pub use schemars::{JsonSchema, Schema, SchemaGenerator};
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
