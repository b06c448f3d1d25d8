//! Desktop layout JSON: the widget map that places custom web components on the Desktop and
//! passes them values, and the `agentx-wc-iframe` widget that embeds a web application.
//!
//! The JS SDK documents only these parts of a layout (the full layout format is in the Setup
//! and Administration Guide, which the SDK refers to). Both are configuration values, not
//! Desktop messages: they carry no discriminator and are decoded by kind name
//! (`webex.layout.Widgets`, `webex.layout.IframeWidget`).

use crate::PropertyValue;
use ccwire_wire::{Extra, Wire, WireMap};

/// The `widgets` member of a desktop layout: custom widgets by key.
///
/// ```
/// use ccwire_webex::layout::LayoutWidgets;
/// let w: LayoutWidgets = serde_json::from_str(r#"{"widgets": {"my-component": {
///     "comp": "my-custom-component",
///     "properties": {"teamId": "$STORE.agent.teamId", "compact": true}}}}"#).unwrap();
/// let widget = w.widgets.get("my-component").unwrap();
/// assert_eq!(widget.comp, "my-custom-component");
/// let props = widget.properties.as_ref().unwrap();
/// assert_eq!(props.get("teamId").unwrap().store_ref().map(|r| r.path()), Some("agent.teamId"));
/// assert_eq!(props.get("compact").unwrap().literal().map(ccwire_wire::RawJson::get), Some("true"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct LayoutWidgets {
    /// Widgets by key (the key is the layout's name for the widget, e.g. `my-component`;
    /// webex-desktop-js-sdk.txt L299, L311).
    pub widgets: WireMap<Widget>,
    /// Other layout members.
    #[wire(extra)]
    pub extra: Extra,
}

/// One widget of a desktop layout: a custom element and what the Desktop passes to it.
///
/// ```
/// use ccwire_webex::layout::Widget;
/// let w: Widget = serde_json::from_str(r#"{"comp": "my-custom-component"}"#).unwrap();
/// assert!(w.properties.is_none());
/// assert!(serde_json::from_str::<Widget>(r#"{"properties": {}}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Widget {
    /// The custom HTML element (web component) tag name, e.g. `my-custom-component`
    /// (webex-desktop-js-sdk.txt L313; example L301).
    pub comp: String,
    /// Properties passed to the web component: literals or `$STORE.<path>` data-provider
    /// references, by property name.
    pub properties: Option<WireMap<PropertyValue>>,
    /// Native HTML attributes of the element, by name (e.g. an iframe's `src`).
    pub attributes: Option<WireMap<String>>,
    /// The Desktop frame around the widget.
    pub wrapper: Option<WidgetWrapper>,
    /// CSS properties of the element, by CSS property name (`align-items`, `height`, …).
    pub style: Option<WireMap<String>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The Desktop frame (wrapper) around a widget.
///
/// ```
/// use ccwire_webex::layout::WidgetWrapper;
/// let w: WidgetWrapper = serde_json::from_str(
///     r#"{"title": "AgentX iFrame", "maximizeAreaName": "app-maximize-area"}"#).unwrap();
/// assert_eq!(w.maximize_area_name, "app-maximize-area");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WidgetWrapper {
    /// Title shown on the frame (step 4 of the iframe procedure, webex-desktop-js-sdk.txt
    /// L11190, L11197).
    pub title: String,
    /// The layout area the widget fills when maximized (`app-maximize-area`;
    /// webex-desktop-js-sdk.txt L11190, L11198).
    pub maximize_area_name: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `agentx-wc-iframe` widget: embeds a web application in an iframe.
///
/// `comp` must be `agentx-wc-iframe`. The document builds the object up step by step (comp,
/// then attributes, wrapper and style), so every part except `comp` may be absent.
///
/// ```
/// use ccwire_webex::layout::IframeWidget;
/// let w: IframeWidget = serde_json::from_str(r#"{
///     "comp": "agentx-wc-iframe",
///     "attributes": {"src": "https://www.bing.com", "sandbox": "allow-scripts allow-popups"},
///     "style": {"display": "inline-block"}}"#).unwrap();
/// let attributes = w.attributes.as_ref().unwrap();
/// assert_eq!(attributes.src, "https://www.bing.com");
/// assert_eq!(attributes.sandbox_tokens().collect::<Vec<_>>(), ["allow-scripts", "allow-popups"]);
/// assert_eq!(w.style.as_ref().unwrap().get("display").map(String::as_str), Some("inline-block"));
/// assert!(serde_json::from_str::<IframeWidget>(r#"{"comp": "my-custom-component"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "agentx-wc-iframe", tag_key = "comp")]
pub struct IframeWidget {
    /// Native iframe attributes.
    pub attributes: Option<IframeAttributes>,
    /// The Desktop frame around the iframe.
    pub wrapper: Option<WidgetWrapper>,
    /// CSS properties of the iframe, by CSS property name (sizes, `display`, `align-items`, …).
    /// Values are kept as written.
    pub style: Option<WireMap<String>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The native attributes of an `agentx-wc-iframe` widget. `src` is required; other native
/// iframe attributes (`allow`, `referrerpolicy`, …) are kept in `extra`.
///
/// ```
/// use ccwire_webex::layout::IframeAttributes;
/// let a: IframeAttributes = serde_json::from_str(r#"{"src": "https://example.com", "allow": "camera"}"#).unwrap();
/// assert!(a.sandbox.is_none());
/// assert_eq!(a.extra.get("allow").map(ccwire_wire::RawJsonRef::get), Some("\"camera\""));
/// assert!(serde_json::from_str::<IframeAttributes>(r#"{"sandbox": "allow-scripts"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct IframeAttributes {
    /// URL of the embedded web application (step 3 of the iframe procedure,
    /// webex-desktop-js-sdk.txt L11184, L11188).
    pub src: String,
    /// The iframe `sandbox` restrictions: space-separated tokens, kept as written.
    pub sandbox: Option<String>,
    /// Other native iframe attributes.
    #[wire(extra)]
    pub extra: Extra,
}

impl IframeAttributes {
    /// The `sandbox` tokens (none when the attribute is absent).
    pub fn sandbox_tokens(&self) -> impl Iterator<Item = &str> {
        self.sandbox
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
    }
}
