//! Return values and arguments of the `Desktop.actions`, `Desktop.agentConfigJsApi`,
//! `Desktop.config` and `Desktop.i18n` modules. None carries a discriminator: they are decoded
//! by kind name.

use std::fmt;

use crate::{AuxCodeWorkType, InteractionId, OrgId};
use ccwire_wire::{Extra, StringOr, Wire};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::agent_state::AuxCode;
use crate::routing::RoutingEvent;

/// The argument of `Desktop.agentConfigJsApi.fetchPaginatedAuxCodes`.
///
/// ```
/// use ccwire_webex::actions::FetchPaginatedAuxCodesRequest;
/// use ccwire_webex::AuxCodeWorkType;
/// let r: FetchPaginatedAuxCodesRequest = serde_json::from_str(r#"{"workType":"IDLE_CODE","page":0}"#).unwrap();
/// assert_eq!(r.work_type, AuxCodeWorkType::IdleCode);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct FetchPaginatedAuxCodesRequest {
    /// Idle or wrap-up codes (required, webex-desktop-js-sdk.txt L719).
    pub work_type: AuxCodeWorkType,
    /// Page number (from 0).
    pub page: Option<i64>,
    /// Items per page.
    pub page_size: Option<i64>,
    /// Search text.
    pub search: Option<String>,
    /// RSQL filter.
    pub custom_filter: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Links to other pages (server-relative URLs, encoded differently: `self` is not
/// percent-encoded in the documents).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PageLinks {
    /// Next page.
    pub next: Option<String>,
    /// Last page.
    pub last: Option<String>,
    /// This page.
    #[wire(rename = "self")]
    pub this: Option<String>,
    /// First page.
    pub first: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Paging information of a configuration list.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PageMeta {
    /// The organization (spelled `orgid` here, `orgId` everywhere else; samples:
    /// webex-desktop-js-sdk.txt L727, L768).
    #[wire(rename = "orgid")]
    pub org_id: OrgId,
    /// This page (from 0) (samples: webex-desktop-js-sdk.txt L728, L769).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub page: Option<i64>,
    /// Items per page (samples: webex-desktop-js-sdk.txt L729, L770).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub page_size: Option<i64>,
    /// Number of pages (samples: webex-desktop-js-sdk.txt L730, L771).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub total_pages: Option<i64>,
    /// Number of items (samples: webex-desktop-js-sdk.txt L731, L772).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub total_records: Option<i64>,
    /// Links to other pages (samples: webex-desktop-js-sdk.txt L732, L773).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub links: Option<PageLinks>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A page of aux codes: the `fetchPaginatedAuxCodes` result.
///
/// ```
/// use ccwire_webex::actions::PaginatedAuxCodes;
/// let p: PaginatedAuxCodes = serde_json::from_str(r#"{"meta":{"orgid":"o","page":0,"pageSize":100,
///   "totalPages":1,"totalRecords":0,"links":{}},"data":[]}"#).unwrap();
/// assert_eq!(p.meta.and_then(|m| m.page_size), Some(100));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PaginatedAuxCodes {
    /// Paging (samples: webex-desktop-js-sdk.txt L726, L767).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub meta: Option<PageMeta>,
    /// The codes on this page (samples: webex-desktop-js-sdk.txt L739, L780).
    ///
    /// *Expected*: the samples carry it and no reference promises it; its absence is drift, an
    /// error only in strict mode.
    #[wire(expected)]
    pub data: Option<Vec<AuxCode>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The result of `getIdleCodes` / `getWrapUpCodes` (deprecated): the codes.
pub type AuxCodeList = Vec<AuxCode>;

/// The result of `Desktop.actions.getMediaTypeQueue`: one entry of the task map, the
/// interaction id and the task.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MediaTypeQueueEntry {
    /// The interaction id (one sample: webex-desktop-js-sdk.txt L852).
    pub key: InteractionId,
    /// The task: any routing task kind, chosen by its `type`. The `getMediaTypeQueue` sample
    /// sends an `AgentContact` (webex-desktop-js-sdk.txt L851), the task-map dump an
    /// `AgentContactAssigned` (L1506-1528), and the task map holds whatever task the agent has
    /// (L181-204); a kind not modelled is kept whole.
    pub value: RoutingEvent,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// Declares a text return value.
macro_rules! text_value {
    ($( $(#[$m:meta])* $name:ident; )*) => {$(
        $(#[$m])*
        #[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
        #[serde(transparent)]
        #[schemars(transparent)]
        pub struct $name(pub String);

        impl ccwire_wire::inspect::Inspect for $name {
            fn inspect(&self, _: &ccwire_wire::inspect::Pointer<'_>, _: &mut ccwire_wire::inspect::Findings) {}
        }
    )*};
}

text_value! {
    /// `Desktop.config.clientLocale`: the client's locale (`en-US`).
    ///
    /// ```
    /// use ccwire_webex::actions::ClientLocale;
    /// let l: ClientLocale = serde_json::from_str(r#""en-US""#).unwrap();
    /// assert_eq!(format!("{l:?}"), r#""en-US""#);
    /// ```
    ClientLocale;
    /// `Desktop.actions.getToken()`: the agent's access token. Never shown by `Debug`.
    ///
    /// ```
    /// use ccwire_webex::actions::AccessToken;
    /// let t: AccessToken = serde_json::from_str(r#""eyJhbGciOi.secret""#).unwrap();
    /// assert!(!format!("{t:?}").contains("secret"));
    /// ```
    AccessToken;
}

impl fmt::Debug for ClientLocale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Debug for AccessToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "AccessToken(<{} characters redacted>)",
            self.0.chars().count()
        )
    }
}

/// The argument of `Desktop.config.registerCrmConnector`.
///
/// ```
/// use ccwire_webex::actions::RegisterCrmConnectorRequest;
/// let r: RegisterCrmConnectorRequest = serde_json::from_str(r#"{"crmConnectorProvider":"Cisco","crmPlatform":"SFDC"}"#).unwrap();
/// assert_eq!(r.crm_platform, "SFDC");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct RegisterCrmConnectorRequest {
    /// The connector's provider (`Cisco`, …) (required, webex-desktop-js-sdk.txt L572).
    pub crm_connector_provider: String,
    /// The CRM platform (`SFDC`, `ServiceNow`, `ZenDesk`, …) (required,
    /// webex-desktop-js-sdk.txt L573).
    pub crm_platform: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The arguments of `Desktop.config.init(widgetName, widgetProvider)`, keyed by parameter name
/// (webex-desktop-js-sdk.txt L539-559). Both are required from version 2.0 of the SDK ("you
/// have to provide two mandatory parameters", L545-547; the table marks both "Yes",
/// L558-559); before 2.0 `init` took none, which this type does not describe.
///
/// ```
/// use ccwire_webex::actions::ConfigInitArguments;
/// let a: ConfigInitArguments = serde_json::from_str(
///     r#"{"widgetName":"my-widget","widgetProvider":"cisco"}"#).unwrap();
/// assert_eq!(a.widget_provider, "cisco");
/// assert!(serde_json::from_str::<ConfigInitArguments>(r#"{"widgetName":"my-widget"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ConfigInitArguments {
    /// The name of the widget to initialize (required, L558; `'my-widget'` in the example,
    /// L549).
    pub widget_name: String,
    /// The provider of the widget (required, L559; `'cisco'` in the example, L549).
    pub widget_provider: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The `raw` argument of `Desktop.actions.fireGeneralSilentNotification`,
/// `fireGeneralAutoDismissNotification` and `fireGeneralAcknowledgeNotification`
/// (webex-desktop-js-sdk.txt L1167-1326; members from the parameter table, L1216-1251).
///
/// Function members (`linkHandler`, `dismissHandler`, an action's `handler`) are not JSON and
/// are not modelled; an integration that serializes them sends nothing for them.
///
/// ```
/// use ccwire_webex::actions::GeneralNotification;
/// let n: GeneralNotification = serde_json::from_str(r#"{"data":{"type":"Info","mode":"Silent",
///   "title":"Info - Silent","data":{"text":"Explore New Horizons",
///   "iconDetail":{"iconName":"icon-alert-active_16","color":"blue"},
///   "actions":[{"label":"Yes","variant":"primary"}]}}}"#).unwrap();
/// assert_eq!(n.data.title, "Info - Silent");
/// assert!(serde_json::from_str::<GeneralNotification>(r#"{"data":{"type":"Info","mode":"Silent",
///   "title":"t","data":{}}}"#).is_err()); // `text` is required
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct GeneralNotification {
    /// The notification (required, L1220).
    pub data: NotificationItem,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The notification of a [`GeneralNotification`].
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NotificationItem {
    /// The type of notification: one of "Info, Warn, Error, Success, Chat, Default" (required,
    /// L1221). The example passes the SDK's enum constant (`Notifications.ItemMeta.Type.Info`,
    /// L1180), whose wire spelling the document does not print, so any text is kept.
    #[wire(rename = "type")]
    pub notification_type: String,
    /// The mode: one of "Silent, AutoDismiss, Acknowledge", matching the method (required,
    /// L1222; the same caveat on the wire spelling, L1181).
    pub mode: String,
    /// The title (required, L1223).
    pub title: String,
    /// The content (required, L1224).
    pub data: NotificationContent,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The content of a notification (`data.data`, L1224-1245).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NotificationContent {
    /// The media channel type, such as chat or social (optional, L1225).
    #[wire(rename = "type")]
    pub content_type: Option<String>,
    /// The subheading (required, L1226).
    pub text: String,
    /// A link (optional, L1227).
    pub link: Option<String>,
    /// The link's text (optional, L1228).
    pub link_name: Option<String>,
    /// The link's tooltip, may hold HTML (optional, L1229).
    pub link_tooltip: Option<String>,
    /// A custom icon (optional, L1230).
    pub icon_detail: Option<NotificationIcon>,
    /// Error details (optional, L1236).
    pub error_detail: Option<NotificationError>,
    /// The task (optional, L1242).
    pub task_id: Option<String>,
    /// Buttons (optional, L1244).
    pub actions: Option<Vec<NotificationAction>>,
    /// Most lines of the message shown before truncation (optional, L1245).
    pub line_clamp: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The icon of a notification (`iconDetail`, L1230-1234).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NotificationIcon {
    /// The icon's name (required, L1231).
    pub icon_name: String,
    /// Background circle colour, following light or dark mode (optional, L1232).
    pub color: Option<String>,
    /// Background circle colour, fixed (optional, L1233).
    pub bg_color: Option<String>,
    /// The icon's colour (optional, L1234).
    pub icon_color: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The error details of a notification (`errorDetail`, L1236-1241).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NotificationError {
    /// The error's title (optional, L1237).
    pub header: Option<String>,
    /// The message of the error dialog (required, L1238).
    pub message: String,
    /// Correlation id (optional, L1239).
    pub tracking_id: Option<String>,
    /// Options for the i18n module (required, L1240; an object the document does not detail,
    /// kept exactly).
    pub localization: ccwire_wire::RawJson,
    /// When the error happened, ISO 8601 text (optional, L1241).
    pub timestamp: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A button of a notification (L1246-1251). The table has no "Required" column; the example
/// gives both members (L1195-1206), so both are expected.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NotificationAction {
    /// The button's text.
    #[wire(expected)]
    pub label: Option<String>,
    /// The button's look (a Momentum UI button variant, `primary`, `secondary`).
    #[wire(expected)]
    pub variant: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// What `fireGeneralAutoDismissNotification` and `fireGeneralAcknowledgeNotification` resolve
/// to: `[status, reason, mode]` (L1284, L1321). The document names the SDK types
/// (`Notifications.ItemMeta.Status`, `StatusChangeEventReason`, `Mode`) but prints none of
/// their values, so they are kept as text.
///
/// ```
/// use ccwire_webex::actions::NotificationResult;
/// let r: NotificationResult = serde_json::from_str(r#"["resolved","user_action","Silent"]"#).unwrap();
/// assert_eq!(r.2, "Silent");
/// assert!(serde_json::from_str::<NotificationResult>(r#"["resolved","user_action"]"#).is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct NotificationResult(pub String, pub String, pub String);

ccwire_wire::nothing_to_inspect!(NotificationResult);

/// Where an i18n backend loads translations from.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct I18nBackend {
    /// Path template with `{{lng}}` and `{{ns}}` (required, webex-desktop-js-sdk.txt L683).
    pub load_path: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The widget's i18next options merged by `Desktop.i18n.getMergedInitOptions` (its second
/// argument; the first is the Desktop's `DEFAULT_INIT_OPTIONS`). The table lists
/// `DEFAULT_INIT_OPTIONS` among the members (webex-desktop-js-sdk.txt L679), but the example
/// passes it as the first argument (L666), so it is not a member here.
///
/// ```
/// use ccwire_webex::actions::I18nInitOptions;
/// let o: I18nInitOptions = serde_json::from_str(r#"{"defaultNS":"my-ns","ns":["my-ns"],"fallbackLng":"en",
///   "backend":{"loadPath":"/locales/{{lng}}/{{ns}}.json"}}"#).unwrap();
/// assert_eq!(o.ns, ccwire_wire::StringOr::Value(vec!["my-ns".to_owned()]));
/// let s: I18nInitOptions = serde_json::from_str(r#"{"defaultNS":"my-ns","ns":"my-ns","fallbackLng":"en",
///   "backend":"/locales/{{lng}}/{{ns}}.json"}"#).unwrap();
/// assert_eq!(s.ns, ccwire_wire::StringOr::String("my-ns".to_owned()));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct I18nInitOptions {
    /// The default namespace (translation file name) (required, webex-desktop-js-sdk.txt
    /// L679).
    #[wire(rename = "defaultNS")]
    pub default_ns: String,
    /// Namespaces to load: a name, or a list of names. The table types it String
    /// (webex-desktop-js-sdk.txt L680), the example passes a list (L668); both are accepted.
    pub ns: StringOr<Vec<String>>,
    /// Fallback language (required, webex-desktop-js-sdk.txt L681).
    pub fallback_lng: String,
    /// Where translations are loaded from: the table types it String (L682) with a `loadPath`
    /// member (L683), the example passes that object (L670-672); both forms are accepted.
    pub backend: StringOr<I18nBackend>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
