//! Custom toasts: the parameters of `system.popupToast` and `system.updateToast`.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use ccwire_wire::wire::KeyStr;
use ccwire_wire::{Extra, Wire};

/// The key/value list shown in a toast (`keyValues`).
///
/// The `updateToast` table types it `Object` and both examples are objects of strings
/// (`{"key1" : "value one", …}`); the `popupToast` table types it `string`. Both forms are
/// accepted and re-encoded as received: an object of strings, or a string (taken to be the
/// object as JSON text, which the document does not say).
///
/// ```
/// use ccwire_genesys::ToastKeyValues;
/// let kv: ToastKeyValues = serde_json::from_str(r#"{"key1":"value one"}"#).unwrap();
/// assert!(matches!(&kv, ToastKeyValues::Map(m) if m["key1"] == "value one"));
/// let text: ToastKeyValues = serde_json::from_str(r#""{\"key1\":\"value one\"}""#).unwrap();
/// assert!(matches!(text, ToastKeyValues::Text(_)));
/// assert!(serde_json::from_str::<ToastKeyValues>(r#"{"key1":1}"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ToastKeyValues {
    /// An object of string values.
    Map(BTreeMap<String, String>),
    /// A string (the `popupToast` table's type).
    Text(String),
}

impl Serialize for ToastKeyValues {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Map(m) => m.serialize(serializer),
            Self::Text(t) => serializer.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for ToastKeyValues {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = ToastKeyValues;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of strings, or a string")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(ToastKeyValues::Text(v.to_owned()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<KeyStr<'de>>()? {
                    let key = key.as_str().to_owned();
                    if out.contains_key(&key) {
                        return Err(ccwire_wire::wire::duplicate(&mut map, &key));
                    }
                    let value: String = map.next_value()?;
                    out.insert(key, value);
                }
                Ok(ToastKeyValues::Map(out))
            }
        }
        deserializer.deserialize_any(V)
    }
}

ccwire_wire::nothing_to_inspect!(ToastKeyValues);

impl JsonSchema for ToastKeyValues {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("ToastKeyValues")
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Borrowed(concat!(module_path!(), "::ToastKeyValues"))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The key/value list of a toast: an object of strings, or a string.",
            "anyOf": [
                { "type": "object", "additionalProperties": { "type": "string" } },
                { "type": "string" }
            ]
        })
    }
}

/// The `parameters` of `system.popupToast`.
///
/// `title` and `iconUrl` are not marked optional; every other member is. The table types
/// `autoCloseTimeout` and `sendToMyMessage` as `object`, but describes a number of milliseconds
/// ("greater than 0") and a flag ("if set to `true`"): they are modelled as described.
///
/// ```
/// use ccwire_genesys::ToastParameters;
/// let p: ToastParameters = serde_json::from_str(r#"{"title":"Callback","iconUrl":"https://x/i.png",
///   "buttons":["Accept","Later"],"autoCloseTimeout":5000}"#).unwrap();
/// assert_eq!(p.auto_close_timeout, Some(5000));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ToastParameters {
    /// The title (genesys-service-client-api.txt L872).
    pub title: String,
    /// The URL of the icon shown in the title bar (genesys-service-client-api.txt L876).
    pub icon_url: String,
    /// The subject.
    pub subject: Option<String>,
    /// The message.
    pub message: Option<String>,
    /// The key/value list.
    pub key_values: Option<ToastKeyValues>,
    /// Button labels, displayed in the order [Button 2] [Button 3] … [Button N] [Button 1].
    pub buttons: Option<Vec<String>>,
    /// Whether to show the Show and Dismiss buttons (otherwise OK or the custom buttons).
    pub button_show_dismiss: Option<bool>,
    /// Close the toast automatically after this many milliseconds (when greater than 0).
    pub auto_close_timeout: Option<u64>,
    /// Whether to also send the subject, icon, title, key/values and message to My Message.
    pub send_to_my_message: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `parameters` of `system.updateToast`: the members of [`ToastParameters`] without
/// `autoCloseTimeout` and `sendToMyMessage`.
///
/// The table's last row has no name; its description is that of `buttonShowDismiss`.
/// `buttons` is not prefixed "Optional." here, but its description is cut off by the page and
/// it is optional in `popupToast`, so it is optional.
///
/// ```
/// use ccwire_genesys::ToastUpdate;
/// let u: ToastUpdate = serde_json::from_str(r#"{"title":"Callback","iconUrl":"https://x/i.png",
///   "keyValues":{"key1":"value one"}}"#).unwrap();
/// assert!(u.key_values.is_some());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ToastUpdate {
    /// The title (genesys-service-client-api.txt L898).
    pub title: String,
    /// The URL of the icon shown in the title bar (genesys-service-client-api.txt L899).
    pub icon_url: String,
    /// The subject.
    pub subject: Option<String>,
    /// The message.
    pub message: Option<String>,
    /// The key/value list.
    pub key_values: Option<ToastKeyValues>,
    /// Button labels.
    pub buttons: Option<Vec<String>>,
    /// Whether to show the Show and Dismiss buttons.
    pub button_show_dismiss: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
