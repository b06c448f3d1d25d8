//! Webex Contact Center Desktop kinds.

use ccwire_webex::agent_contact::{
    BuddyAgentsRequest, CancelCtqRequest, ConsultEndRequest, ConsultEndV2Request, ConsultRequest,
    ConsultRequestV2, DeclineRequest, DestinationRequest, DestinationRequestV2, EndV2Request,
    HoldRequest, InteractionRequest, Method, ResumeRecordingRequest, SendDtmfRequest,
    VteamListRequest, VteamTransferRequest, WrapupRequest,
};
use ccwire_webex::{actions, agent_state, dialer, layout, monitoring, shortcut_key, store, widget};

use crate::registry::{KindSpec, Payload, Register};
use crate::{DecodeError, Vendor};

/// Registers `Desktop.agentContact` request payload types (decoded by name).
macro_rules! request_kinds {
    ($($name:ident),* $(,)?) => {
        vec![$( KindSpec::of::<$name>(concat!("webex.agentContact.", stringify!($name)), Vendor::Webex, false), )*]
    };
}

pub(crate) fn kinds() -> Vec<KindSpec> {
    // The kinds a message carries are detectable (by `data.type`, the envelope `type`, …), each
    // family declared once in `ccwire_webex`.
    let mut detectable = Register::new(Vendor::Webex, true);
    ccwire_webex::WebexEvent::for_each_kind(&mut detectable);
    let mut all = detectable.out;
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

/// Registers `T` as a kind decoded by name (requests and return values).
fn by_name<T>(kind: &'static str) -> KindSpec
where
    T: serde::de::DeserializeOwned + schemars::JsonSchema + Payload,
{
    KindSpec::of::<T>(kind, Vendor::Webex, false)
}

/// The payloads decoded by name: `Desktop.agentStateInfo` values, monitoring and shortcut key
/// requests and tables, dialer requests, actions/config/i18n values, widget messages, the
/// widget data provider and desktop-layout JSON.
fn family_kinds() -> Vec<KindSpec> {
    use agent_state as a;
    use monitoring as m;
    vec![
        // `Desktop.agentStateInfo` values and requests.
        by_name::<a::LatestData>("webex.agentStateInfo.LatestData"),
        by_name::<a::StateChangeRequest>("webex.agentStateInfo.StateChangeRequest"),
        by_name::<a::AddressBooks>("webex.agentStateInfo.AddressBooks"),
        by_name::<a::AgentInfoChanges>("webex.agentStateInfo.Updated"),
        // Supervisor monitoring requests.
        by_name::<m::StartMonitoringRequest>("webex.monitoring.StartMonitoringRequest"),
        by_name::<InteractionRequest>("webex.monitoring.InteractionRequest"),
        // Shortcut key requests and tables.
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
