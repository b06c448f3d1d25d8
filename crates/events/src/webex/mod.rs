//! Webex Contact Center Desktop messages.

pub mod agent_contact;
mod message;
pub mod routing;

pub use message::{EnvelopeType, Framing, MessageKind, WebexEvent, WebexMessage};
