//! Messages a widget sends to the Desktop (not through the SDK's request modules): iframe
//! activity `postMessage` payloads, the dynamic-title `CustomEvent` init, and the options of
//! `Desktop.webexMetricsInternal.trackBehavioralEvent`.

use crate::{InteractionId, MediaType};
use ccwire_wire::{Extra, Wire};

/// The `detail` of a dynamic widget title event.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct TitleDetail {
    /// The new title (the example, webex-desktop-js-sdk.txt L9158).
    pub title: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The init object of the `CustomEvent` a widget dispatches to update its wrapper title (the
/// event name is the widget's unique id from the layout).
///
/// ```
/// use ccwire_webex::widget::TitleUpdateEventInit;
/// let e: TitleUpdateEventInit = serde_json::from_str(r#"{"bubbles":true,"detail":{"title":"new title"}}"#).unwrap();
/// assert_eq!(e.detail.title, "new title");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct TitleUpdateEventInit {
    /// Must be `true` so the event reaches the Desktop (the example, webex-desktop-js-sdk.txt
    /// L9156).
    pub bubbles: bool,
    /// The title (the example, webex-desktop-js-sdk.txt L9157).
    pub detail: TitleDetail,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `postMessage` payload an iframe widget sends on user activity, so that the Desktop's
/// inactivity timer restarts. The documents show it only as code (`type: userEvent.type`).
///
/// ```
/// use ccwire_webex::widget::IframeActivity;
/// let m: IframeActivity = serde_json::from_str(r#"{"key":"wxcc-desktop-iframe-widget-event","type":"click"}"#).unwrap();
/// assert_eq!(m.event_type, "click");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct IframeActivity {
    /// Always `wxcc-desktop-iframe-widget-event` (the sample code, webex-desktop-js-sdk.txt
    /// L434, L437).
    pub key: String,
    /// The DOM event type (`click`, `wheel`, `keydown`) (the sample code,
    /// webex-desktop-js-sdk.txt L438).
    #[wire(rename = "type")]
    pub event_type: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The options of `trackBehavioralEvent(name, options)` (free-form in the SDK; these are the
/// members the example sends, in its mixed casing).
///
/// ```
/// use ccwire_webex::widget::BehavioralEventOptions;
/// let o: BehavioralEventOptions = serde_json::from_str(r#"{"Status":"Success","media_type":"telephony"}"#).unwrap();
/// assert_eq!(o.status.as_deref(), Some("Success"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct BehavioralEventOptions {
    /// Outcome (`Success`).
    #[wire(rename = "Status")]
    pub status: Option<String>,
    /// The task.
    pub interaction_id: Option<InteractionId>,
    /// The task's media type.
    #[wire(rename = "media_type")]
    pub media_type: Option<MediaType>,
    /// Why (the event that followed, e.g. `AgentConsultEnded`).
    #[wire(rename = "Reason")]
    pub reason: Option<String>,
    /// Other options.
    #[wire(extra)]
    pub extra: Extra,
}
