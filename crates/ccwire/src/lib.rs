//! ccwire: strict, lossless Rust types for contact-center agent-desktop protocols (Webex
//! Contact Center Desktop, the Genesys Interactions and Service Client APIs, the Sobot call
//! SDK), with JSON Schemas that accept exactly what the decoder accepts.
//!
//! This crate is the one to depend on: it re-exports the decoding entry points, a [`prelude`],
//! each vendor's messages and vocabulary ([`webex`], [`genesys`], [`sobot`]), the codec
//! ([`codec`]: detection, reports, schema export) and the wire machinery ([`wire`]).
//!
//! ```
//! # #[cfg(feature = "webex")] {
//! use ccwire::prelude::*;
//! use ccwire::webex::routing::AgentOfferContact;
//!
//! let text = r#"{"type":"RoutingMessage","orgId":"o","data":{"type":"AgentOfferContact",
//!   "eventType":"RoutingMessage","interactionId":"i1","orgId":"o",
//!   "interaction":{"interactionId":"i1","orgId":"o","ani":"+15550100",
//!     "callAssociatedData":{"account":{"value":"42"}}}}}"#;
//! let msg = decode(text).unwrap();
//! assert_eq!(msg.interaction().and_then(|i| i.ani()), Some("+15550100"));
//! assert_eq!(msg.interaction().and_then(|i| i.cad_text("account")), Some("42"));
//! assert_eq!(msg.interaction_id(), Some("i1"));
//! let offer = msg.get::<AgentOfferContact>().unwrap(); // the kind's own type, in one step
//! assert_eq!(offer.contact.interaction_id.as_str(), "i1");
//! assert_eq!(msg.kind().to_string(), AgentOfferContact::KIND);
//! # }
//! ```
//!
//! # Cargo features
//!
//! | feature | default | what it adds |
//! |---|---|---|
//! | `webex` | yes | [`webex`] (crate `ccwire-webex`): Webex Contact Center Desktop messages, `Message::Webex` |
//! | `genesys` | yes | [`genesys`] (crate `ccwire-genesys`): the Genesys Interactions API and Service Client API, `Message::Genesys` |
//! | `sobot` | yes | [`sobot`] (crate `ccwire-sobot`): the Sobot call SDK, `Message::Sobot` |
//! | `lifecycle` | yes | [`lifecycle`] (crate `ccwire-lifecycle`): a tracker that follows contacts and agents through a stream of messages, for the vendors compiled in |
//!
//! Every kind a message can carry, of every vendor, implements [`EventKind`]: its `KIND` name,
//! and typed access in one step with `Message::get::<K>()` (lends the value) and
//! `Message::into_kind::<K>()` (takes it out).
//!
//! The features are additive. A build without a vendor compiles none of its types, yet still
//! tells its messages apart by their discriminators: [`decode`] reports them as a vendor not
//! compiled in ([`codec::ErrorCategory::NotCompiled`]) and [`detect`] names the vendor, never
//! another vendor's guess.

pub use ccwire_codec as codec;
#[cfg(feature = "genesys")]
pub use ccwire_genesys as genesys;
#[cfg(feature = "lifecycle")]
pub use ccwire_lifecycle as lifecycle;
#[cfg(feature = "sobot")]
pub use ccwire_sobot as sobot;
#[cfg(feature = "webex")]
pub use ccwire_webex as webex;
pub use ccwire_wire as wire;

pub use ccwire_codec::{
    DecodeError, Detected, Message, Mode, Report, Vendor, decode, decode_as, decode_kind,
    decode_slice, detect, encode, kinds, validate, validate_as,
};
pub use ccwire_wire::kind::EventKind;

/// What most integrations use: decoding, validation, the message type and typed access.
pub mod prelude {
    pub use ccwire_codec::{
        DecodeError, Message, Mode, Report, Vendor, decode, decode_kind, encode, validate,
    };
    pub use ccwire_wire::kind::EventKind;
}
