//! Sobot call SDK kinds, and how Sobot payloads are told apart.
//!
//! | kinds | what | found by |
//! |---|---|---|
//! | `sobot.event.<messageID>` for the 7 agent events | [`SobotEvent`] variants | [`crate::decode`] / [`crate::detect`]: a top-level string `messageID` starting with `Event` |
//! | `sobot.event.EventJanusLatency` | network quality (no `messageID`) | [`crate::decode_as`] |
//! | `sobot.call.<Type>` (14) | call parameter objects ([`Method::params_type`]) | [`crate::decode_as`], [`decode_params`] |
//! | `sobot.result.<Type>` (17) | callback payloads ([`Method::success_type`], [`Method::failure_type`]) | [`crate::decode_as`] |
//!
//! Only agent events carry a discriminator. Parameter objects and callback payloads do not
//! (`{"status":"success"}` answers eight different calls, `{"targetAgentID":…}` three), so they
//! are decoded by kind name. An agent event whose `messageID` is not modelled (the events of the
//! external "Call Capability Message Format File") is still a Sobot message: it decodes to
//! [`SobotEvent::Unknown`], kept whole.

use ccwire_events::sobot::{
    AgentCanJoinedInfoSuccess, AgentLoginInfoSuccess, CodedFailure, CountsInQueueSuccess, DelayAcwRequest, EventAgentConnectionChanged,
    EventAgentNotReady, EventAgentReady, EventAgentRegainStatus, EventDialing, EventJanusLatency, EventRinging, EventTokenInvalid,
    Failure, InitAgentRequest, InitiateConsultRequest, JoinedQueuesSuccess, LegacyFailure, LoginRequest, LoginSuccess,
    MakeCallRequest, MessageFailure, Method, NoParams, NotReadyRequest, QueryAgentsRequest, QueryAgentsSuccess,
    QueryPhoneTypeSuccess, QueryQueuesRequest, QueryQueuesSuccess, QueryRoutesResult, QueryStatesSuccess, QueryUnusedExtsRequest,
    QueryUnusedExtsSuccess, SendDtmfRequest, SetRouteRequest, SetRouteResult, SingleTransferRequest, SobotEvent, Success,
    TargetAgentRequest,
};

use crate::registry::{KindSpec, Payload};
use crate::{DecodeError, Detected, Vendor};

/// The discriminator member of agent events.
pub const DISCRIMINATOR: &str = "messageID";

/// Registers kinds of one family under `sobot.<family>.<Type>`.
macro_rules! sobot_kinds {
    ($family:literal, $detectable:literal: $($name:ident),* $(,)?) => {
        vec![$( KindSpec::of::<$name>(concat!("sobot.", $family, ".", stringify!($name)), Vendor::Sobot, $detectable), )*]
    };
}

pub(crate) fn kinds() -> Vec<KindSpec> {
    let mut all = sobot_kinds!("event", true:
        EventAgentRegainStatus, EventAgentConnectionChanged, EventAgentReady, EventAgentNotReady, EventTokenInvalid,
        EventDialing, EventRinging,
    );
    all.extend(sobot_kinds!("event", false: EventJanusLatency));
    all.extend(sobot_kinds!("call", false:
        InitAgentRequest, LoginRequest, NoParams, NotReadyRequest, QueryUnusedExtsRequest, MakeCallRequest,
        SingleTransferRequest, InitiateConsultRequest, DelayAcwRequest, SendDtmfRequest, SetRouteRequest,
        QueryQueuesRequest, QueryAgentsRequest, TargetAgentRequest,
    ));
    all.extend(sobot_kinds!("result", false:
        Success, LoginSuccess, QueryStatesSuccess, QueryPhoneTypeSuccess, QueryUnusedExtsSuccess, JoinedQueuesSuccess,
        AgentLoginInfoSuccess, AgentCanJoinedInfoSuccess, QueryRoutesResult, SetRouteResult, QueryQueuesSuccess,
        QueryAgentsSuccess, CountsInQueueSuccess, Failure, CodedFailure, MessageFailure, LegacyFailure,
    ));
    all
}

/// The `messageID` of a Sobot agent event, if `text` is one: a JSON object whose top-level
/// `messageID` is a string starting with `Event`. `None` for anything else (including text that
/// is not a JSON object, which the other vendors' decoders then report).
pub(crate) fn message_id(text: &str) -> Option<String> {
    ccwire_model::dispatch::peek_tag(text, DISCRIMINATOR)
        .ok()
        .flatten()
        .filter(|id| id.starts_with("Event"))
}

/// What a Sobot agent event with this `messageID` is.
pub(crate) fn detected(message_id: String) -> Detected {
    let known = SobotEvent::KNOWN.contains(&message_id.as_str());
    Detected { vendor: Vendor::Sobot, family: "event".to_owned(), kind: Some(message_id), known }
}

/// Decodes a Sobot agent event (the caller has checked [`message_id`]).
pub(crate) fn decode_event(text: &str) -> Result<SobotEvent, DecodeError> {
    SobotEvent::from_json_str::<serde_json::Error>(text).map_err(|err| {
        let kind = message_id(text).map(detected).filter(|d| d.known).map(|d| d.to_string());
        DecodeError::syntax_first(text, DecodeError::from_json(&err, kind))
    })
}

/// The kind name of a Sobot agent event: `sobot.event.<messageID>`.
#[must_use]
pub fn event_kind(event: &SobotEvent) -> Detected {
    Detected {
        vendor: Vendor::Sobot,
        family: "event".to_owned(),
        kind: event.kind().map(str::to_owned),
        known: event.is_known(),
    }
}

/// Decodes the parameter object of an SDK call (the callbacks left out).
///
/// # Errors
/// The object does not match the call's parameter type.
///
/// ```
/// use ccwire_codec::sobot::decode_params;
/// use ccwire_events::sobot::{Method, SetRouteRequest, Validate};
/// let p = decode_params(Method::SetRoute, r#"{"explicitRule":"2"}"#).unwrap();
/// let req = p.as_any().downcast_ref::<SetRouteRequest>().unwrap();
/// assert!(req.validate().is_err());
/// assert!(decode_params(Method::DelayAcw, r#"{"delayTime":1000}"#).is_err());
/// ```
pub fn decode_params(method: Method, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
    crate::decode_as(&format!("sobot.call.{}", method.params_type()), text)
}
