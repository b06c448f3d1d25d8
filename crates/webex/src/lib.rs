//! Webex Contact Center Desktop messages.
//!
//! | module | what |
//! |---|---|
//! | [`routing`] | contact routing events (`RoutingMessage`) |
//! | [`agent_contact`] | `Desktop.agentContact` request payloads |
//! | [`agent_state`] | agent state and session messages (`AgentDesktopMessage`), `Desktop.agentStateInfo` values |
//! | [`monitoring`] | supervisor call monitoring (`SupervisorDesktopMessage`) and its requests |
//! | [`js_method`] | legacy `jsMethod` list notifications (`VteamList`, `mockOutdialAniList`, `VteamListFailed`) |
//! | [`dialer`] | `Desktop.dialer` requests |
//! | [`screen_pop`] | screen pops |
//! | [`shortcut_key`] | shortcut key events, registrations and tables |
//! | [`actions`] | `Desktop.actions` / `agentConfigJsApi` / `config` / `i18n` values |
//! | [`widget`] | widget-to-Desktop messages and metrics options |
//! | [`layout`] | desktop layout JSON: the widget map and the `agentx-wc-iframe` widget |
//! | [`session`] | `Welcome` and keepalive frames |
//! | [`store`] | the widget data provider `STORE` (`agent`, `agentContact`, `app`, `auth`, `generalNotifications`, `dynamic`) |

// The vocabulary (ids, value sets, shared object types) sits at the crate root.
mod vocabulary;
pub use vocabulary::*;

pub mod actions;
pub mod agent_contact;
pub mod agent_state;
pub mod common;
pub mod dialer;
pub mod js_method;
pub mod layout;
mod message;
pub mod monitoring;
pub mod routing;
pub mod screen_pop;
pub mod session;
pub mod shortcut_key;
pub mod store;
pub mod widget;

pub use message::{Framing, MessageKind, WebexEvent, WebexMessage};
