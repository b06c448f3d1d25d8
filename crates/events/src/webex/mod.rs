//! Webex Contact Center Desktop messages.

pub mod agent_contact;
mod message;
pub mod routing;

pub use ccwire_model::webex::EnvelopeType;
pub use message::{Framing, MessageKind, WebexEvent, WebexMessage};
