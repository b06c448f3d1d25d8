//! ccwire: strict, lossless Rust types for contact-center agent-desktop protocols (Webex
//! Contact Center Desktop, the Genesys Interactions and Service Client APIs, the Sobot call
//! SDK), with JSON Schemas that accept exactly what the decoder accepts.
//!
//! This crate is the one to depend on: it re-exports the decoding entry points and the
//! [`prelude`], and the underlying crates whole ([`codec`], [`events`], [`model`]).
//!
//! ```
//! use ccwire::prelude::*;
//! use ccwire::events::webex::routing::AgentOfferContact;
//!
//! let text = r#"{"type":"RoutingMessage","orgId":"o","data":{"type":"AgentOfferContact",
//!   "eventType":"RoutingMessage","interactionId":"i1","orgId":"o",
//!   "interaction":{"interactionId":"i1","orgId":"o","ani":"+15550100",
//!     "callAssociatedData":{"account":{"value":"42"}}}}}"#;
//! let msg = decode(text).unwrap();
//! let interaction = msg.get::<AgentOfferContact>().and_then(|o| o.contact.interaction.as_ref());
//! assert_eq!(interaction.and_then(|i| i.ani()), Some("+15550100"));
//! assert_eq!(interaction.and_then(|i| i.cad_text("account")), Some("42"));
//! assert_eq!(msg.kind().to_string(), AgentOfferContact::KIND);
//! ```
//!
//! The vendors are not yet behind cargo features: every vendor is compiled in.

pub use ccwire_codec as codec;
pub use ccwire_events as events;
pub use ccwire_model as model;

pub use ccwire_codec::{
    DecodeError, Detected, Message, Mode, Report, Vendor, decode, decode_as, decode_kind,
    decode_slice, detect, encode, kinds, validate, validate_as,
};
pub use ccwire_events::EventKind;

/// What most integrations use: decoding, validation, the message type and typed access.
pub mod prelude {
    pub use ccwire_codec::{
        DecodeError, Message, Mode, Report, Vendor, decode, decode_kind, encode, validate,
    };
    pub use ccwire_events::EventKind;
}
