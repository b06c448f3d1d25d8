//! Messages and event enums of contact-center agent-desktop protocols.
//!
//! * [`webex::WebexMessage`]: a Webex Contact Center Desktop message as it arrives — a
//!   `{data, orgId, trackingId, type}` envelope, a `{data}` wrapper, or a bare event — with its
//!   event decoded by kind.
//! * [`webex::routing::RoutingEvent`]: the contact routing events, one type per `data.type`.
//! * [`webex::agent_contact`]: the request payloads of the `Desktop.agentContact` methods.
//! * [`sobot`]: the Sobot call SDK's call parameters, callback results and agent events.
//! * [`genesys::interactions_api`] and [`genesys::service_client`]: the Genesys Interactions API
//!   (operation requests, results, endpoints) and Service Client API (method arguments, method
//!   table, notifications).
//! * [`webex::agent_state`], [`webex::monitoring`], [`webex::js_method`], [`webex::screen_pop`],
//!   [`webex::shortcut_key`], [`webex::session`]: the other Desktop message families;
//!   [`webex::dialer`], [`webex::actions`], [`webex::widget`]: requests and return values.
//!
//! ```
//! use ccwire_events::webex::{Framing, WebexMessage, WebexEvent};
//! let msg: WebexMessage = serde_json::from_str(r#"{"data":{"type":"SomethingNew","eventType":"RoutingMessage"}}"#).unwrap();
//! assert!(matches!(msg.framing, Framing::DataOnly { .. }));
//! assert_eq!(msg.kind().to_string(), "webex.routing.SomethingNew");
//! assert!(matches!(msg.event, WebexEvent::Routing(_)));
//! ```

pub mod genesys;
mod kind;
pub mod sobot;
pub mod webex;

pub use kind::EventKind;
