//! Webex Contact Center Desktop kinds.

use ccwire_webex::agent_contact::{
    BuddyAgentsRequest, CancelCtqRequest, ConsultEndRequest, ConsultEndV2Request, ConsultRequest,
    ConsultRequestV2, DeclineRequest, DestinationRequest, DestinationRequestV2, EndV2Request,
    HoldRequest, InteractionRequest, Method, ResumeRecordingRequest, SendDtmfRequest,
    VteamListRequest, VteamTransferRequest, WrapupRequest,
};
use ccwire_webex::{
    actions, agent_state, dialer, js_method, layout, monitoring, routing, screen_pop, session,
    shortcut_key, store, widget,
};

use crate::registry::{KindSpec, Payload};
use crate::{DecodeError, Vendor};

/// Collects a family's kinds into registry entries (see `ccwire_wire::kind`).
struct Register {
    detectable: bool,
    out: Vec<KindSpec>,
}

impl ccwire_wire::kind::KindVisitor for Register {
    fn kind<T: ccwire_wire::kind::KindType>(&mut self, name: &'static str) {
        self.out
            .push(KindSpec::of::<T>(name, Vendor::Webex, self.detectable));
    }
}

/// Registers `Desktop.agentContact` request payload types (decoded by name).
macro_rules! request_kinds {
    ($($name:ident),* $(,)?) => {
        vec![$( KindSpec::of::<$name>(concat!("webex.agentContact.", stringify!($name)), Vendor::Webex, false), )*]
    };
}

pub(crate) fn kinds() -> Vec<KindSpec> {
    // Routing kinds are detectable: they carry `data.type`.
    let mut routing_kinds = Register {
        detectable: true,
        out: Vec::new(),
    };
    routing::for_each_kind(&mut routing_kinds);
    let mut all = routing_kinds.out;
    all.extend(request_kinds!(
        InteractionRequest,
        EndV2Request,
        BuddyAgentsRequest,
        ConsultRequest,
        DestinationRequest,
        ConsultEndRequest,
        ConsultEndV2Request,
        DeclineRequest,
        CancelCtqRequest,
        WrapupRequest,
        VteamListRequest,
        VteamTransferRequest,
        HoldRequest,
        ResumeRecordingRequest,
        DestinationRequestV2,
        ConsultRequestV2,
        SendDtmfRequest,
    ));
    all.extend(family_kinds());
    all
}

/// Registers `T` as a detectable kind.
fn detectable<T>(kind: &'static str) -> KindSpec
where
    T: serde::de::DeserializeOwned + schemars::JsonSchema + Payload,
{
    KindSpec::of::<T>(kind, Vendor::Webex, true)
}

/// Registers `T` as a kind decoded by name (requests and return values).
fn by_name<T>(kind: &'static str) -> KindSpec
where
    T: serde::de::DeserializeOwned + schemars::JsonSchema + Payload,
{
    KindSpec::of::<T>(kind, Vendor::Webex, false)
}

/// The agent-desktop, monitoring, screen pop, `jsMethod`, shortcut key, session, dialer,
/// actions/config/i18n, widget and desktop-layout kinds.
fn family_kinds() -> Vec<KindSpec> {
    use agent_state as a;
    use monitoring as m;
    vec![
        // Agent state and session (`data.type`).
        detectable::<a::AgentStateChangeSuccess>("webex.agentDesktop.AgentStateChangeSuccess"),
        detectable::<a::AgentStateChangeFailed>("webex.agentDesktop.AgentStateChangeFailed"),
        detectable::<a::BuddyAgents>("webex.agentDesktop.BuddyAgents"),
        detectable::<a::BuddyAgentsRetrieveFailed>("webex.agentDesktop.BuddyAgentsRetrieveFailed"),
        detectable::<a::AgentStationLoginSuccess>("webex.agentDesktop.AgentStationLoginSuccess"),
        detectable::<a::AgentStationLoginFailed>("webex.agentDesktop.AgentStationLoginFailed"),
        detectable::<a::AgentLogoutSuccess>("webex.agentDesktop.AgentLogoutSuccess"),
        detectable::<a::AgentLogoutFailed>("webex.agentDesktop.AgentLogoutFailed"),
        detectable::<a::AgentReloginSuccess>("webex.agentDesktop.AgentReloginSuccess"),
        detectable::<a::AgentReloginFailed>("webex.agentDesktop.AgentReloginFailed"),
        detectable::<a::AgentChannelReloginSuccess>(
            "webex.agentDesktop.AgentChannelReloginSuccess",
        ),
        detectable::<a::AgentChannelStateChanged>("webex.agentDesktop.AgentChannelStateChanged"),
        detectable::<a::AgentDnRegistered>("webex.agentDesktop.AgentDNRegistered"),
        detectable::<a::AgentMultiLoginCloseSession>(
            "webex.agentDesktop.AgentMultiLoginCloseSession",
        ),
        // Connection frames.
        detectable::<session::Welcome>("webex.session.Welcome"),
        detectable::<session::Keepalive>("webex.session.Keepalive"),
        // `Desktop.agentStateInfo` values and requests.
        by_name::<a::LatestData>("webex.agentStateInfo.LatestData"),
        by_name::<a::StateChangeRequest>("webex.agentStateInfo.StateChangeRequest"),
        by_name::<a::AddressBooks>("webex.agentStateInfo.AddressBooks"),
        by_name::<a::AgentInfoChanges>("webex.agentStateInfo.Updated"),
        // `jsMethod` notifications (envelope `type`).
        detectable::<js_method::VteamList>("webex.jsMethod.VteamList"),
        detectable::<js_method::MockOutdialAniList>("webex.jsMethod.mockOutdialAniList"),
        detectable::<js_method::VteamListFailed>("webex.jsMethod.VteamListFailed"),
        // Supervisor monitoring (`data.type`) and requests.
        detectable::<m::MonitoringOffered>("webex.monitoring.MonitoringOffered"),
        detectable::<m::MonitoringRequestCreateFailed>(
            "webex.monitoring.MonitoringRequestCreateFailed",
        ),
        detectable::<m::MonitoringFailed>("webex.monitoring.MonitoringFailed"),
        detectable::<m::MonitoringHold>("webex.monitoring.MonitoringHold"),
        detectable::<m::MonitoringHoldFailed>("webex.monitoring.MonitoringHoldFailed"),
        detectable::<m::MonitoringEnded>("webex.monitoring.MonitoringEnded"),
        detectable::<m::MonitoringEndFailed>("webex.monitoring.MonitoringEndFailed"),
        detectable::<m::AgentMonitorStateChanged>("webex.monitoring.AgentMonitorStateChanged"),
        detectable::<m::AgentMonitorStateChangeFailed>(
            "webex.monitoring.AgentMonitorStateChangeFailed",
        ),
        by_name::<m::StartMonitoringRequest>("webex.monitoring.StartMonitoringRequest"),
        by_name::<InteractionRequest>("webex.monitoring.InteractionRequest"),
        // Screen pop.
        detectable::<screen_pop::ScreenPop>("webex.screenPop.ScreenPop"),
        // Shortcut keys.
        detectable::<shortcut_key::ShortcutExecute>("webex.shortcutKey.execute"),
        detectable::<shortcut_key::ShortcutConflict>("webex.shortcutKey.conflict"),
        by_name::<shortcut_key::RegisterRequest>("webex.shortcutKey.RegisterRequest"),
        by_name::<shortcut_key::KeyInfoList>("webex.shortcutKey.KeyInfoList"),
        by_name::<shortcut_key::UnregisterKeysRequest>("webex.shortcutKey.UnregisterKeysRequest"),
        by_name::<Vec<shortcut_key::RegisteredKeyEntry>>("webex.shortcutKey.RegisteredKeyEntries"),
        by_name::<shortcut_key::DefaultShortcutKeys>("webex.shortcutKey.DefaultShortcutKeys"),
        by_name::<shortcut_key::Modifiers>("webex.shortcutKey.Modifiers"),
        by_name::<shortcut_key::RegisteredKeys>("webex.shortcutKey.RegisteredKeys"),
        // Dialer requests.
        by_name::<dialer::StartOutdialRequest>("webex.dialer.StartOutdialRequest"),
        by_name::<dialer::UpdateCadVariablesRequest>("webex.dialer.UpdateCadVariablesRequest"),
        by_name::<dialer::PreviewContactRequest>("webex.dialer.PreviewContactRequest"),
        // Actions, agent configuration, config and i18n.
        by_name::<actions::FetchPaginatedAuxCodesRequest>(
            "webex.actions.FetchPaginatedAuxCodesRequest",
        ),
        by_name::<actions::PaginatedAuxCodes>("webex.actions.PaginatedAuxCodes"),
        by_name::<actions::AuxCodeList>("webex.actions.AuxCodeList"),
        by_name::<actions::MediaTypeQueueEntry>("webex.actions.MediaTypeQueueEntry"),
        by_name::<actions::AccessToken>("webex.actions.AccessToken"),
        by_name::<actions::ClientLocale>("webex.config.ClientLocale"),
        by_name::<actions::RegisterCrmConnectorRequest>("webex.config.RegisterCrmConnectorRequest"),
        by_name::<actions::I18nInitOptions>("webex.i18n.InitOptions"),
        by_name::<actions::ConfigInitArguments>("webex.config.InitArguments"),
        by_name::<actions::GeneralNotification>("webex.actions.GeneralNotification"),
        by_name::<actions::NotificationResult>("webex.actions.NotificationResult"),
        // Widget-to-Desktop messages.
        by_name::<widget::TitleUpdateEventInit>("webex.widget.TitleUpdateEventInit"),
        by_name::<widget::IframeActivity>("webex.widget.IframeActivity"),
        by_name::<widget::BehavioralEventOptions>(
            "webex.webexMetricsInternal.BehavioralEventOptions",
        ),
        // The widget data provider (`STORE`).
        by_name::<store::StoreAgent>("webex.store.Agent"),
        by_name::<store::StoreAgentContact>("webex.store.AgentContact"),
        by_name::<store::StoreApp>("webex.store.App"),
        by_name::<store::StoreAuth>("webex.store.Auth"),
        by_name::<store::StoreGeneralNotifications>("webex.store.GeneralNotifications"),
        by_name::<store::StoreDynamic>("webex.store.Dynamic"),
        // Desktop layout JSON.
        by_name::<layout::LayoutWidgets>("webex.layout.Widgets"),
        by_name::<layout::IframeWidget>("webex.layout.IframeWidget"),
    ]
}

/// Decodes the payload of a `Desktop.agentContact` method.
///
/// # Errors
/// The payload does not match the method's payload type.
///
/// ```
/// use ccwire_codec::webex::decode_request;
/// use ccwire_webex::agent_contact::{HoldRequest, Method};
/// let r = decode_request(Method::Hold, r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#).unwrap();
/// assert!(r.as_any().downcast_ref::<HoldRequest>().is_some());
/// assert!(decode_request(Method::Hold, r#"{"interactionId":"i"}"#).is_err());
/// ```
pub fn decode_request(method: Method, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
    crate::decode_as(
        &format!("webex.agentContact.{}", method.payload_type()),
        text,
    )
}
