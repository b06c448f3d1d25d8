//! The Desktop's widget data provider, `STORE`: the objects a widget reads through
//! `$STORE.<scope>.<path>` references in the layout (webex-desktop-js-sdk.txt L95-297). None
//! carries a discriminator: they are decoded by kind name (`webex.store.Agent`, …).
//!
//! The document prints a member table for each scope and no sample, so the fixtures of these
//! kinds are *synthetic*: written from the tables, one value of the documented type per member,
//! and marked so in `fixtures/manifest.json`.
//!
//! **Presence.** The tables have no "Required" column, so no member is required. Where a table
//! means a member may be missing it says so in the type ("Boolean or Undefined", L153-157), as
//! it says "Number or Null" where a value may be null (L258): every member whose type says
//! neither is *expected* (its absence is drift, an error only in strict mode), and the three
//! "or Undefined" members of the wrap-up properties are optional.
//!
//! ```
//! use ccwire_webex::store::{StoreApp, StoreDynamic};
//! let app: StoreApp = serde_json::from_str(
//!     r#"{"logo":"https://example.com/logo.png","title":"Webex Contact Center","darkMode":false}"#,
//! ).unwrap();
//! assert_eq!(app.dark_mode, Some(false));
//! let view: StoreDynamic = serde_json::from_str(r#"{"isConnector":true}"#).unwrap();
//! assert_eq!(view.is_connector, Some(true));
//! assert!(serde_json::from_str::<StoreDynamic>(r#"{"isConnector":"yes"}"#).is_err());
//! ```

use crate::{AgentId, InteractionId, SiteId, TeamId};
use ccwire_wire::{Extra, Wire, WireMap};

use crate::actions::AccessToken;
use crate::agent_state::AuxCode;
use crate::js_method::OutdialAni;
use crate::routing::RoutingEvent;

/// `STORE.agent`: the agent's profile attributes (webex-desktop-js-sdk.txt L103-141).
///
/// Both timestamps are typed "Date" (L119, L136): a JavaScript `Date` written as JSON is its
/// ISO 8601 text (ECMAScript `Date.prototype.toJSON`), so they are kept as text.
///
/// ```
/// use ccwire_webex::store::StoreAgent;
/// let a: StoreAgent = serde_json::from_str(r#"{"agentId":"a1","channels":{"voiceCount":1},
///   "outdialAniList":[{"id":"+1-3364112001","name":"outdial ani"}],
///   "usesOtherDN":false,"idleCodes":[{"id":"1643","isDefault":false,"isSystem":true,"name":"RONA"}]}"#).unwrap();
/// assert_eq!(a.channels.and_then(|c| c.voice_count), Some(1));
/// assert_eq!(a.uses_other_dn, Some(false));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreAgent {
    /// Unique identifier of the agent (String, L106).
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// Name of the agent (String, L107).
    #[wire(expected)]
    pub agent_name: Option<String>,
    /// URL of the agent's picture (String, L108).
    #[wire(expected)]
    pub agent_photo: Option<String>,
    /// Whether the agent may consult an active call to a queue (Boolean, default false, L109).
    #[wire(expected)]
    pub allow_consult_to_queue: Option<bool>,
    /// The dial number the agent entered at sign-in (String, L110).
    #[wire(expected)]
    pub dn_number: Option<String>,
    /// Unique database identifier of the tenant (String, L111).
    #[wire(expected)]
    pub enterprise_id: Option<String>,
    /// E-mail address of the agent (String, L112).
    #[wire(expected)]
    pub agent_email_id: Option<String>,
    /// How many contacts the agent can handle per media channel (Object, L113-117).
    #[wire(expected)]
    pub channels: Option<StoreChannels>,
    /// The idle codes the agent may choose (Array, L118; entries: the `STORE.agent.idleCodes`
    /// table, L142-148, the members of an [`AuxCode`]).
    #[wire(expected)]
    pub idle_codes: Option<Vec<AuxCode>>,
    /// When the agent went idle (Date, L119): ISO 8601 text.
    #[wire(expected)]
    pub idle_status_timestamp: Option<String>,
    /// Whether the agent is available after an outdial call ends (Boolean, default false, L120;
    /// the table prints the name with a stray space after `STORE.agent.`).
    #[wire(expected)]
    pub is_agent_available_after_outdial: Option<bool>,
    /// Whether the agent may dial numbers not in the address book (Boolean, default false,
    /// L121).
    #[wire(expected)]
    pub is_adhoc_dialing_enabled: Option<bool>,
    /// Whether outbound campaign calls are enabled (Boolean, default false, L122).
    #[wire(expected)]
    pub is_campaign_management_enabled: Option<bool>,
    /// Whether the agent may end a voice call (Boolean, default false, L123).
    #[wire(expected)]
    pub is_end_call_enabled: Option<bool>,
    /// Whether the agent may end a consult call (Boolean, default true, L124).
    #[wire(expected)]
    pub is_end_consult_enabled: Option<bool>,
    /// Whether the agent may make outdial calls (Boolean, default false, L125).
    #[wire(expected)]
    pub is_outbound_enabled_for_agent: Option<bool>,
    /// Whether the tenant has the outdial feature (Boolean, default false, L126).
    #[wire(expected)]
    pub is_outbound_enabled_for_tenant: Option<bool>,
    /// Additional details of the campaign manager (String, L127).
    #[wire(expected)]
    pub campaign_manager_additional_info: Option<String>,
    /// Unique identifier of the site (String, L128).
    #[wire(expected)]
    pub site_id: Option<SiteId>,
    /// Whether dial numbers of any format are allowed, not only the US format (Boolean, L129).
    #[wire(expected, rename = "usesOtherDN")]
    pub uses_other_dn: Option<bool>,
    /// The outdial entry point (String, L130).
    #[wire(expected)]
    pub out_dial_ep: Option<String>,
    /// The outdial ANIs (L131-133). The table types it "Object" with `id` and `name`, while
    /// `mockOutdialAniList` "updates the store variable" `STORE.agent.outdialAniList` from its
    /// response (L1971-1973), whose sample sends an array of such objects (L1983-2000): the
    /// sample wins, and the table's members are those of each entry.
    #[wire(expected)]
    pub outdial_ani_list: Option<Vec<OutdialAni>>,
    /// The routing type of the agent's multimedia profile (String: Blended, Blended Real-time or
    /// Exclusive, L134).
    #[wire(expected)]
    pub profile_type: Option<String>,
    /// The agent's availability state (String: Available, an idle state or RONA, L135).
    #[wire(expected)]
    pub sub_status: Option<String>,
    /// When the availability state last changed (Date, L136): ISO 8601 text.
    #[wire(expected)]
    pub sub_status_change_timestamp: Option<String>,
    /// Unique identifier of the team (String, L137).
    #[wire(expected)]
    pub team_id: Option<TeamId>,
    /// Name of the team (String, L138).
    #[wire(expected)]
    pub team_name: Option<String>,
    /// The wrap-up options (Object, L139; the `STORE.agent.wrapUpData` table, L149-157).
    #[wire(expected)]
    pub wrap_up_data: Option<WrapUpData>,
    /// Whether the Desktop inactivity timeout is on: `Yes` or `No` as text (String, default No,
    /// L140).
    #[wire(expected)]
    pub is_timeout_desktop_inactivity_enabled: Option<String>,
    /// The inactivity timeout in minutes, 3 to 10000, as text (String, L141).
    #[wire(expected)]
    pub timeout_desktop_inactivity_mins: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.agent.channels`: how many contacts of each media channel the agent can handle at a
/// time (Number each, default 0, webex-desktop-js-sdk.txt L113-117).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreChannels {
    /// Voice calls (L114).
    #[wire(expected)]
    pub voice_count: Option<i64>,
    /// Chat requests (L115).
    #[wire(expected)]
    pub chat_count: Option<i64>,
    /// E-mail requests (L116).
    #[wire(expected)]
    pub email_count: Option<i64>,
    /// Social channel requests: Facebook Messenger and SMS (L117).
    #[wire(expected)]
    pub social_count: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.agent.wrapUpData` (webex-desktop-js-sdk.txt L149-157).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WrapUpData {
    /// The wrap-up properties (Object, L152).
    #[wire(expected)]
    pub wrap_up_props: Option<WrapUpProps>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.agent.wrapUpData.wrapUpProps` (webex-desktop-js-sdk.txt L152-157). The three members
/// typed "… or Undefined" are optional; the others are expected.
///
/// ```
/// use ccwire_webex::store::WrapUpProps;
/// let p: WrapUpProps = serde_json::from_str(r#"{"wrapUpReasonList":[],"interactionId":"i1"}"#).unwrap();
/// assert_eq!(p.auto_wrapup, None);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct WrapUpProps {
    /// Whether auto wrap-up is on (Boolean or Undefined, L153).
    pub auto_wrapup: Option<bool>,
    /// The countdown left before the interaction is wrapped up automatically (Number or
    /// Undefined, L154).
    pub auto_wrapup_interval: Option<i64>,
    /// The wrap-up reasons (Array, L155; entries: the `wrapUpReasonList` table, L158-164, the
    /// members of an [`AuxCode`]).
    #[wire(expected)]
    pub wrap_up_reason_list: Option<Vec<AuxCode>>,
    /// The interaction being wrapped up (String, L156).
    #[wire(expected)]
    pub interaction_id: Option<InteractionId>,
    /// Whether the agent may cancel the automatic wrap-up (Boolean or Undefined, L157).
    pub allow_cancel_auto_wrapup: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.agentContact`: the agent's tasks (webex-desktop-js-sdk.txt L165-173).
///
/// ```
/// use ccwire_webex::store::StoreAgentContact;
/// let c: StoreAgentContact = serde_json::from_str(r#"{"selectedTaskId":"t1","interactionIds":["t1"],
///   "taskMap":{}}"#).unwrap();
/// assert_eq!(c.interaction_ids.map(|ids| ids.len()), Some(1));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreAgentContact {
    /// The last task wrapped up (String, L168).
    #[wire(expected)]
    pub last_completed_task: Option<InteractionId>,
    /// The selected task (String, L169).
    #[wire(expected)]
    pub selected_task_id: Option<InteractionId>,
    /// The interactions the agent holds (Array, L170).
    #[wire(expected)]
    pub interaction_ids: Option<Vec<InteractionId>>,
    /// The chat conference options (Object, L171; the table at L174-180).
    #[wire(expected)]
    pub chat_conference_data: Option<ChatConferenceData>,
    /// Every task assigned to the agent, by task id (Map, L172; the `taskMap` table, L181-204).
    /// A task is a routing task object chosen by its `type` (the table's `-->type`, L196),
    /// as `Desktop.actions.getTaskMap` returns them (L1506-1528); a task kind not modelled is
    /// kept whole.
    #[wire(expected)]
    pub task_map: Option<WireMap<RoutingEvent>>,
    /// The selected task: "the user interaction details of the selected task" (Object, L173),
    /// the entry of `taskMap` that `selectedTaskId` names.
    #[wire(expected)]
    pub task_selected: Option<RoutingEvent>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.agentContact.chatConferenceData` (webex-desktop-js-sdk.txt L174-180).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ChatConferenceData {
    /// Whether the agent may start a chat conference (Boolean, L177).
    #[wire(expected)]
    pub initiate_conference_chat: Option<bool>,
    /// The interaction (String, L178).
    #[wire(expected)]
    pub interaction_id: Option<InteractionId>,
    /// The agent who joined the chat (String, L179).
    #[wire(expected)]
    pub dest_agent_id: Option<AgentId>,
    /// The agent (String, L180).
    #[wire(expected)]
    pub agent_id: Option<AgentId>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.app`: application-level values (webex-desktop-js-sdk.txt L274-280).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreApp {
    /// URL of the company logo shown on the Desktop (String, L277).
    #[wire(expected)]
    pub logo: Option<String>,
    /// Title on the Desktop's header (String, default "Webex Contact Center", L278).
    #[wire(expected)]
    pub title: Option<String>,
    /// Whether the dark theme is on (Boolean, L279).
    #[wire(expected)]
    pub dark_mode: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.auth`: single sign-on (webex-desktop-js-sdk.txt L281-284). `Debug` never shows the
/// token.
///
/// ```
/// use ccwire_webex::store::StoreAuth;
/// let a: StoreAuth = serde_json::from_str(r#"{"accessToken":"eyJhbGciOi.secret"}"#).unwrap();
/// assert!(!format!("{a:?}").contains("secret"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreAuth {
    /// The token used for SSO authentication (String, L284): the value
    /// `Desktop.actions.getToken()` returns.
    #[wire(expected)]
    pub access_token: Option<AccessToken>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.generalNotifications`: notification settings and counters (webex-desktop-js-sdk.txt
/// L285-293).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreGeneralNotifications {
    /// Whether notifications are shown (Boolean, L288).
    #[wire(expected)]
    pub is_notifications_enabled: Option<bool>,
    /// Whether visual notifications are shown (Boolean, L289).
    #[wire(expected)]
    pub is_silent_notifications_enabled: Option<bool>,
    /// Active notifications shown (Number, L290).
    #[wire(expected)]
    pub count_activated: Option<i64>,
    /// Notifications not active (Number, L291).
    #[wire(expected)]
    pub count_deactivated: Option<i64>,
    /// Active notifications shown before the pop-up closes (Number, L292).
    #[wire(expected)]
    pub count_pending: Option<i64>,
    /// All notifications shown (Number, L293).
    #[wire(expected)]
    pub count_added: Option<i64>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `STORE.dynamic`: whether the Desktop is in the connector view (webex-desktop-js-sdk.txt
/// L294-297).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct StoreDynamic {
    /// `true` in the connector view (the smaller viewing area), `false` in the desktop view
    /// (Boolean, L297).
    #[wire(expected)]
    pub is_connector: Option<bool>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
