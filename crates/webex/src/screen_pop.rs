//! Screen pop (`eScreenPop`): a `RoutingMessage` envelope whose `data.type` is `ScreenPop`
//! and whose `data` has none of the routing members (`eventType`, `orgId`, `interaction`, …).

use crate::{AgentId, InteractionId, ScreenPopTarget};
use ccwire_wire::{Extra, Nullable, Wire, WireMap};

/// A screen pop to show for a task.
///
/// ```
/// use ccwire_webex::WebexMessage;
/// let msg: WebexMessage = serde_json::from_str(r#"{"type":"RoutingMessage","data":{"type":"ScreenPop",
///   "agentId":"a","interactionId":"i","queryParameters":null,"screenPopUrl":"https://example.com",
///   "target":"insideDesktop"}}"#).unwrap();
/// assert_eq!(msg.kind().to_string(), "webex.screenPop.ScreenPop");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "ScreenPop")]
pub struct ScreenPop {
    /// The agent.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `agentId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// The task: the identity of every contact event (the generic routing shape declares it,
    /// webex-desktop-js-sdk.txt L2194; the screen-pop sample carries it, L9725).
    pub interaction_id: InteractionId,
    /// The page to open.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `screenPopUrl` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub screen_pop_url: Option<String>,
    /// Query parameters to add (`null` for none; a string map in the SDK typings).
    pub query_parameters: Nullable<WireMap<String>>,
    /// Where to open it.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `target` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub target: Option<ScreenPopTarget>,
    /// Tab label (SDK typings).
    pub screen_pop_desktop_label: Option<String>,
    /// Screen pop name (SDK typings).
    pub screen_pop_name: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
