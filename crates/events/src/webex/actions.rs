//! Return values and arguments of the `Desktop.actions`, `Desktop.agentConfigJsApi`,
//! `Desktop.config` and `Desktop.i18n` modules. None carries a discriminator: they are decoded
//! by kind name.

use std::fmt;

use ccwire_model::webex::{AuxCodeWorkType, InteractionId, OrgId};
use ccwire_model::{Extra, StringOr, Wire};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use crate::webex::agent_state::AuxCode;
use crate::webex::routing::RoutingEvent;

/// The argument of `Desktop.agentConfigJsApi.fetchPaginatedAuxCodes`.
///
/// ```
/// use ccwire_events::webex::actions::FetchPaginatedAuxCodesRequest;
/// use ccwire_model::webex::AuxCodeWorkType;
/// let r: FetchPaginatedAuxCodesRequest = serde_json::from_str(r#"{"workType":"IDLE_CODE","page":0}"#).unwrap();
/// assert_eq!(r.work_type, AuxCodeWorkType::IdleCode);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct FetchPaginatedAuxCodesRequest {
    /// Idle or wrap-up codes.
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
    /// The organization (spelled `orgid` here, `orgId` everywhere else).
    #[wire(rename = "orgid")]
    pub org_id: OrgId,
    /// This page (from 0).
    pub page: i64,
    /// Items per page.
    pub page_size: i64,
    /// Number of pages.
    pub total_pages: i64,
    /// Number of items.
    pub total_records: i64,
    /// Links to other pages.
    pub links: PageLinks,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A page of aux codes: the `fetchPaginatedAuxCodes` result.
///
/// ```
/// use ccwire_events::webex::actions::PaginatedAuxCodes;
/// let p: PaginatedAuxCodes = serde_json::from_str(r#"{"meta":{"orgid":"o","page":0,"pageSize":100,
///   "totalPages":1,"totalRecords":0,"links":{}},"data":[]}"#).unwrap();
/// assert_eq!(p.meta.page_size, 100);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PaginatedAuxCodes {
    /// Paging.
    pub meta: PageMeta,
    /// The codes on this page.
    pub data: Vec<AuxCode>,
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
    /// The interaction id.
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

        impl ccwire_model::inspect::Inspect for $name {
            fn inspect(&self, _: &str, _: &mut ccwire_model::inspect::Findings) {}
        }
    )*};
}

text_value! {
    /// `Desktop.config.clientLocale`: the client's locale (`en-US`).
    ///
    /// ```
    /// use ccwire_events::webex::actions::ClientLocale;
    /// let l: ClientLocale = serde_json::from_str(r#""en-US""#).unwrap();
    /// assert_eq!(format!("{l:?}"), r#""en-US""#);
    /// ```
    ClientLocale;
    /// `Desktop.actions.getToken()`: the agent's access token. Never shown by `Debug`.
    ///
    /// ```
    /// use ccwire_events::webex::actions::AccessToken;
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
/// use ccwire_events::webex::actions::RegisterCrmConnectorRequest;
/// let r: RegisterCrmConnectorRequest = serde_json::from_str(r#"{"crmConnectorProvider":"Cisco","crmPlatform":"SFDC"}"#).unwrap();
/// assert_eq!(r.crm_platform, "SFDC");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct RegisterCrmConnectorRequest {
    /// The connector's provider (`Cisco`, …).
    pub crm_connector_provider: String,
    /// The CRM platform (`SFDC`, `ServiceNow`, `ZenDesk`, …).
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
/// use ccwire_events::webex::actions::ConfigInitArguments;
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

/// Where an i18n backend loads translations from.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct I18nBackend {
    /// Path template with `{{lng}}` and `{{ns}}`.
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
/// use ccwire_events::webex::actions::I18nInitOptions;
/// let o: I18nInitOptions = serde_json::from_str(r#"{"defaultNS":"my-ns","ns":["my-ns"],"fallbackLng":"en",
///   "backend":{"loadPath":"/locales/{{lng}}/{{ns}}.json"}}"#).unwrap();
/// assert_eq!(o.ns, ccwire_model::StringOr::Value(vec!["my-ns".to_owned()]));
/// let s: I18nInitOptions = serde_json::from_str(r#"{"defaultNS":"my-ns","ns":"my-ns","fallbackLng":"en",
///   "backend":"/locales/{{lng}}/{{ns}}.json"}"#).unwrap();
/// assert_eq!(s.ns, ccwire_model::StringOr::String("my-ns".to_owned()));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct I18nInitOptions {
    /// The default namespace (translation file name).
    #[wire(rename = "defaultNS")]
    pub default_ns: String,
    /// Namespaces to load: a name, or a list of names. The table types it String
    /// (webex-desktop-js-sdk.txt L680), the example passes a list (L668); both are accepted.
    pub ns: StringOr<Vec<String>>,
    /// Fallback language.
    pub fallback_lng: String,
    /// Where translations are loaded from: the table types it String (L682) with a `loadPath`
    /// member (L683), the example passes that object (L670-672); both forms are accepted.
    pub backend: StringOr<I18nBackend>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
