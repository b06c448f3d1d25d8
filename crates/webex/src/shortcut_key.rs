//! Shortcut keys (`Desktop.shortcutKey`): key registrations, the `execute` and `conflict`
//! key events, and the constant tables (`DEFAULT_SHORTCUT_KEYS`, `MODIFIERS`,
//! `REGISTERED_KEYS`). These are local Desktop API values, not notifications: the key events
//! are `{type, data}` objects decoded as bare messages (`webex.shortcutKey.execute`,
//! `webex.shortcutKey.conflict`).

use crate::ModifierKeys;
use ccwire_wire::{Extra, Wire, tagged_union};

/// The members that identify a shortcut key action.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct KeyBinding {
    /// The web component that registered the key (`agentx-react-state-selector`, a custom
    /// element, …; the documents also print `wagentx-wc-menu-notification`). Samples only:
    /// webex-desktop-js-sdk.txt L9784, L10468.
    ///
    /// *Expected*: the samples carry it and the SDK typings declare it, and no reference promises
    /// it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub widget_element: Option<String>,
    /// The group shown in the shortcut list (`Agent State`, `Navigation`, a custom name, …;
    /// samples: webex-desktop-js-sdk.txt L9785, L10469).
    ///
    /// *Expected*: the samples carry it and the SDK typings declare it, and no reference promises
    /// it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub group: Option<String>,
    /// The action name (samples: webex-desktop-js-sdk.txt L9786, L10470).
    ///
    /// *Expected*: the samples carry it and the SDK typings declare it, and no reference promises
    /// it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub action: Option<String>,
    /// The modifier combination (samples: webex-desktop-js-sdk.txt L9787, L10471).
    ///
    /// *Expected*: the samples carry it and the SDK typings declare it, and no reference promises
    /// it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub modifier_keys: Option<ModifierKeys>,
    /// The main key (one character) (samples: webex-desktop-js-sdk.txt L9788, L10472).
    ///
    /// *Expected*: the samples carry it and the SDK typings declare it, and no reference promises
    /// it; its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub key: Option<String>,
}

/// A registered shortcut key (`KeyInfo`).
///
/// ```
/// use ccwire_webex::shortcut_key::KeyInfo;
/// use ccwire_webex::ModifierKeys;
/// let k: KeyInfo = serde_json::from_str(r#"{"widgetElement":"custom-element","group":"custom widget",
///   "action":"login","modifierKeys":"ctrlKey_altKey","key":"r"}"#).unwrap();
/// assert_eq!(k.binding.modifier_keys, Some(ModifierKeys::CtrlAlt));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct KeyInfo {
    /// The action and its keys.
    #[wire(flatten)]
    pub binding: KeyBinding,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A shortcut key registration (an element of the `register` argument, without the `callback`
/// function, which is not data).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct KeyRegistration {
    /// The component, feature or widget name (required, webex-desktop-js-sdk.txt L9774).
    pub component_name: String,
    /// The action name (required, webex-desktop-js-sdk.txt L9775).
    pub action_name: String,
    /// The modifier combination (required, webex-desktop-js-sdk.txt L9776).
    pub modifier_keys: ModifierKeys,
    /// The main key (required, webex-desktop-js-sdk.txt L9777).
    pub key: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The argument of `register` (its only example passes a callback function, so it has no
/// sample fixture).
pub type RegisterRequest = Vec<KeyRegistration>;

/// The answer of `register`, and the key-list form of `unregisterKeys`.
pub type KeyInfoList = Vec<KeyInfo>;

/// The argument of `unregisterKeys`: the widget element the keys were registered for
/// (`unregisterKeys('widget-one-example')`, "widgetElement used for register should be
/// provided", webex-desktop-js-sdk.txt L9757), or the list of keys (the method's own example,
/// L10437-10452).
///
/// ```
/// use ccwire_webex::shortcut_key::UnregisterKeysRequest;
/// let w: UnregisterKeysRequest = serde_json::from_str(r#""widget-one-example""#).unwrap();
/// assert_eq!(w, UnregisterKeysRequest::WidgetElement("widget-one-example".to_owned()));
/// let k: UnregisterKeysRequest = serde_json::from_str("[]").unwrap();
/// assert_eq!(k, UnregisterKeysRequest::Keys(vec![]));
/// assert!(serde_json::from_str::<UnregisterKeysRequest>("5").is_err());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum UnregisterKeysRequest {
    /// The widget element given to `register`.
    WidgetElement(String),
    /// The keys to unregister.
    Keys(KeyInfoList),
}

impl serde::Serialize for UnregisterKeysRequest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::WidgetElement(w) => serializer.serialize_str(w),
            Self::Keys(k) => k.serialize(serializer),
        }
    }
}

impl<'de> serde::Deserialize<'de> for UnregisterKeysRequest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = UnregisterKeysRequest;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a widget element name or a list of keys")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(UnregisterKeysRequest::WidgetElement(v.to_owned()))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<Self::Value, A::Error> {
                let keys = serde::Deserialize::deserialize(
                    serde::de::value::SeqAccessDeserializer::new(seq),
                )?;
                Ok(UnregisterKeysRequest::Keys(keys))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl ccwire_wire::inspect::Inspect for UnregisterKeysRequest {
    fn inspect(
        &self,
        pointer: &ccwire_wire::inspect::Pointer<'_>,
        out: &mut ccwire_wire::inspect::Findings,
    ) {
        if let Self::Keys(keys) = self {
            keys.inspect(pointer, out);
        }
    }
}

impl schemars::JsonSchema for UnregisterKeysRequest {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("UnregisterKeysRequest")
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(concat!(module_path!(), "::UnregisterKeysRequest"))
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let keys = generator.subschema_for::<KeyInfoList>();
        schemars::json_schema!({
            "description": "The widget element given to `register`, or the list of keys.",
            "anyOf": [{ "type": "string" }, keys]
        })
    }
}

/// An entry of `getRegisteredKeys()`: `[action + modifiers + key, KeyInfo]`
/// (e.g. `"Go to Available StatectrlKey_altKeyr"`).
pub type RegisteredKeyEntry = (String, KeyInfo);

/// The `data` of an `execute` key event: the pressed key and its printed combination.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ExecutedKey {
    /// The action and its keys.
    #[wire(flatten)]
    pub binding: KeyBinding,
    /// The combination as shown (`Ctrl + Alt + F`; one sample: webex-desktop-js-sdk.txt
    /// L10473).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub key_combination: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `data` of a `conflict` key event.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConflictingKey {
    /// The action and its keys.
    #[wire(flatten)]
    pub binding: KeyBinding,
    /// Whether the key conflicts with another registration (one sample:
    /// webex-desktop-js-sdk.txt L10499).
    ///
    /// *Expected*: the sample carries it, and the SDK typings declare it optional (`isConflict?:
    /// boolean`); its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub is_conflict: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The part of the browser keyboard event the Desktop passes on.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct KeyboardEventInfo {
    /// Whether the event came from the user (one sample: webex-desktop-js-sdk.txt L10476).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub is_trusted: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A registered shortcut key was pressed (`listenKeyPress`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "execute")]
pub struct ShortcutExecute {
    /// The key (one sample: webex-desktop-js-sdk.txt L10467).
    ///
    /// *Expected*: the sample carries it, and the SDK typings declare it optional (`data?:
    /// KeyInfo`); its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub data: Option<ExecutedKey>,
    /// The keyboard event.
    pub keyboard_event: Option<KeyboardEventInfo>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A registration conflicts with an existing key (`listenKeyConflict`).
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "conflict")]
pub struct ShortcutConflict {
    /// The key (one sample: webex-desktop-js-sdk.txt L10493).
    ///
    /// *Expected*: the sample carries it, and the SDK typings declare it optional (`data?:
    /// KeyInfo`); its absence is drift, an error only in strict mode.
    #[wire(expected)]
    pub data: Option<ConflictingKey>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

tagged_union! {
    /// A shortcut key event, by its `type`.
    ///
    /// ```
    /// use ccwire_webex::WebexMessage;
    /// let msg: WebexMessage = serde_json::from_str(r#"{"type":"conflict","data":{"widgetElement":"w",
    ///   "group":"g","action":"a","modifierKeys":"ctrlKey_altKey","key":"f","isConflict":true}}"#).unwrap();
    /// assert_eq!(msg.kind().to_string(), "webex.shortcutKey.conflict");
    /// ```
    pub enum ShortcutEvent (tag = "type", unknown = Unknown, kinds = "webex.shortcutKey") {
        /// A key was pressed.
        Execute(ShortcutExecute) = "execute",
        /// A key conflicts.
        Conflict(ShortcutConflict) = "conflict",
    }
}

/// `DEFAULT_SHORTCUT_KEYS`: the Desktop's own shortcut keys by feature (documented as an
/// array; it is an object).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DefaultShortcutKeys {
    /// Agent state shortcuts (`agentState`).
    pub agent_state: Option<Vec<KeyInfo>>,
    /// E-mail composer shortcuts (`emailComposer`).
    pub email_composer: Option<Vec<KeyInfo>>,
    /// Outdial shortcuts (`outDial`).
    pub out_dial: Option<Vec<KeyInfo>>,
    /// Notifications shortcuts (`notification`).
    pub notification: Option<Vec<KeyInfo>>,
    /// Interaction popover shortcuts (`interactionPopover`).
    pub interaction_popover: Option<Vec<KeyInfo>>,
    /// Interaction control shortcuts (`interactionControl`).
    pub interaction_control: Option<Vec<KeyInfo>>,
    /// User profile shortcuts (`userProfile`).
    pub user_profile: Option<Vec<KeyInfo>>,
    /// Task list shortcuts (`taskList`).
    pub task_list: Option<Vec<KeyInfo>>,
    /// Connector view shortcuts (`connectorView`).
    pub connector_view: Option<Vec<KeyInfo>>,
    /// Members not modelled (groups of newer Desktop versions).
    #[wire(extra)]
    pub extra: Extra,
}

/// `MODIFIERS`: the modifier combinations by name.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Modifiers {
    /// Ctrl + Shift (the example response, webex-desktop-js-sdk.txt L10389).
    ///
    /// *Expected*: the example response carries it and the SDK typings declare it, and no reference
    /// promises it; its absence is drift, an error only in strict mode.
    #[wire(rename = "CTRL_SHIFT")]
    #[wire(expected)]
    pub ctrl_shift: Option<ModifierKeys>,
    /// Alt + Shift (the example response, webex-desktop-js-sdk.txt L10390).
    ///
    /// *Expected*: the example response carries it and the SDK typings declare it, and no reference
    /// promises it; its absence is drift, an error only in strict mode.
    #[wire(rename = "ALT_SHIFT")]
    #[wire(expected)]
    pub alt_shift: Option<ModifierKeys>,
    /// Ctrl + Alt (the example response, webex-desktop-js-sdk.txt L10391).
    ///
    /// *Expected*: the example response carries it and the SDK typings declare it, and no reference
    /// promises it; its absence is drift, an error only in strict mode.
    #[wire(rename = "CTRL_ALT")]
    #[wire(expected)]
    pub ctrl_alt: Option<ModifierKeys>,
    /// Shift (the example response, webex-desktop-js-sdk.txt L10392).
    ///
    /// *Expected*: the example response carries it and the SDK typings declare it, and no reference
    /// promises it; its absence is drift, an error only in strict mode.
    #[wire(rename = "SHIFT")]
    #[wire(expected)]
    pub shift: Option<ModifierKeys>,
    /// Ctrl (the example response, webex-desktop-js-sdk.txt L10393).
    ///
    /// *Expected*: the example response carries it and the SDK typings declare it, and no reference
    /// promises it; its absence is drift, an error only in strict mode.
    #[wire(rename = "CTRL")]
    #[wire(expected)]
    pub ctrl: Option<ModifierKeys>,
    /// Alt (the example response, webex-desktop-js-sdk.txt L10394).
    ///
    /// *Expected*: the example response carries it and the SDK typings declare it, and no reference
    /// promises it; its absence is drift, an error only in strict mode.
    #[wire(rename = "ALT")]
    #[wire(expected)]
    pub alt: Option<ModifierKeys>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `REGISTERED_KEYS`: the main key of each Desktop shortcut, without modifiers. The set
/// changes between Desktop versions (the SDK typings list 34), so every key is optional; the
/// documents give `z` to two actions.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct RegisteredKeys {
    /// `EXPAND_COLLAPSE_INTERACTION_PANEL_KEY`.
    #[wire(rename = "EXPAND_COLLAPSE_INTERACTION_PANEL_KEY")]
    pub expand_collapse_interaction_panel_key: Option<String>,
    /// `SAVE_EDITED_CAD_KEY`.
    #[wire(rename = "SAVE_EDITED_CAD_KEY")]
    pub save_edited_cad_key: Option<String>,
    /// `REVERT_EDITED_CAD_KEY`.
    #[wire(rename = "REVERT_EDITED_CAD_KEY")]
    pub revert_edited_cad_key: Option<String>,
    /// `HOLD_RESUME_CALL_KEY`.
    #[wire(rename = "HOLD_RESUME_CALL_KEY")]
    pub hold_resume_call_key: Option<String>,
    /// `TRANSFER_KEY`.
    #[wire(rename = "TRANSFER_KEY")]
    pub transfer_key: Option<String>,
    /// `CONSULT_KEY`.
    #[wire(rename = "CONSULT_KEY")]
    pub consult_key: Option<String>,
    /// `END_KEY`.
    #[wire(rename = "END_KEY")]
    pub end_key: Option<String>,
    /// `CONFERENCE_KEY`.
    #[wire(rename = "CONFERENCE_KEY")]
    pub conference_key: Option<String>,
    /// `PAUSE_RESUME_RECORDING_KEY`.
    #[wire(rename = "PAUSE_RESUME_RECORDING_KEY")]
    pub pause_resume_recording_key: Option<String>,
    /// `GO_TO_AVAILABLE_KEY`.
    #[wire(rename = "GO_TO_AVAILABLE_KEY")]
    pub go_to_available_key: Option<String>,
    /// `OPEN_STATE_SELECTOR_KEY`.
    #[wire(rename = "OPEN_STATE_SELECTOR_KEY")]
    pub open_state_selector_key: Option<String>,
    /// `SEND_EMAIL_KEY`.
    #[wire(rename = "SEND_EMAIL_KEY")]
    pub send_email_key: Option<String>,
    /// `REPLY_EMAIL_KEY`.
    #[wire(rename = "REPLY_EMAIL_KEY")]
    pub reply_email_key: Option<String>,
    /// `REPLY_ALL_EMAIL_KEY`.
    #[wire(rename = "REPLY_ALL_EMAIL_KEY")]
    pub reply_all_email_key: Option<String>,
    /// `OPEN_USER_PROFILE_KEY`.
    #[wire(rename = "OPEN_USER_PROFILE_KEY")]
    pub open_user_profile_key: Option<String>,
    /// `ENABLE_SILENT_NOTIFICATION_KEY`.
    #[wire(rename = "ENABLE_SILENT_NOTIFICATION_KEY")]
    pub enable_silent_notification_key: Option<String>,
    /// `OPEN_SHORTCUT_KEY_MODAL_KEY`.
    #[wire(rename = "OPEN_SHORTCUT_KEY_MODAL_KEY")]
    pub open_shortcut_key_modal_key: Option<String>,
    /// `DOWNLOAD_ERROR_REPORT_KEY`.
    #[wire(rename = "DOWNLOAD_ERROR_REPORT_KEY")]
    pub download_error_report_key: Option<String>,
    /// `SIGNOUT_KEY`.
    #[wire(rename = "SIGNOUT_KEY")]
    pub signout_key: Option<String>,
    /// `ACCEPT_TASK_KEY`.
    #[wire(rename = "ACCEPT_TASK_KEY")]
    pub accept_task_key: Option<String>,
    /// `SWITCH_POPOVER_KEY`.
    #[wire(rename = "SWITCH_POPOVER_KEY")]
    pub switch_popover_key: Option<String>,
    /// `EXPAND_COLLAPSE_POPOVER_KEY`.
    #[wire(rename = "EXPAND_COLLAPSE_POPOVER_KEY")]
    pub expand_collapse_popover_key: Option<String>,
    /// `OPEN_OUTDIAL_KEY`.
    #[wire(rename = "OPEN_OUTDIAL_KEY")]
    pub open_outdial_key: Option<String>,
    /// `OPEN_WRAP_UP_KEY`.
    #[wire(rename = "OPEN_WRAP_UP_KEY")]
    pub open_wrap_up_key: Option<String>,
    /// `EXPAND_COLLAPSE_TASK_LIST_PANEL_KEY`.
    #[wire(rename = "EXPAND_COLLAPSE_TASK_LIST_PANEL_KEY")]
    pub expand_collapse_task_list_panel_key: Option<String>,
    /// `OPEN_NOTIFICATION_CENTER_KEY`.
    #[wire(rename = "OPEN_NOTIFICATION_CENTER_KEY")]
    pub open_notification_center_key: Option<String>,
    /// `OPEN_NAVIGATION_TAB_KEY`.
    #[wire(rename = "OPEN_NAVIGATION_TAB_KEY")]
    pub open_navigation_tab_key: Option<String>,
    /// `REFRESH_KEY`.
    #[wire(rename = "REFRESH_KEY")]
    pub refresh_key: Option<String>,
    /// `SWITCH_TASK_KEY`.
    #[wire(rename = "SWITCH_TASK_KEY")]
    pub switch_task_key: Option<String>,
    /// `ACCEPT_ALL_TASK_KEY`.
    #[wire(rename = "ACCEPT_ALL_TASK_KEY")]
    pub accept_all_task_key: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
