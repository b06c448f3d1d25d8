//! Genesys kinds: the Interactions API, the Service Client API and Web Services CometD
//! notifications.
//!
//! Detection (see [`detect`]) reads only the top-level members, before the Webex fallback
//! (which treats any object as a possible bare routing event):
//!
//! * an object with an `operationName` is an Interactions API operation request
//!   (`genesys.interactions.<Name>`, e.g. `genesys.interactions.SingleStepTransfer` for
//!   `"operationName":"Transfer"`; `genesys.interactions.?` when it is not a string);
//! * an object with a string `event`, a `data` member and no `type` member is a Service Client
//!   notification (`genesys.serviceClient.<Name>` by topic and `data.eventType`, e.g.
//!   `genesys.serviceClient.AgentStateChanged`);
//! * an object with a string `channel` and a `data` member, or with a string `messageType`, and
//!   no `type` member, is a Web Services CometD notification, whole or its bare `data`
//!   (`genesys.cometd.<messageType>`, e.g. `genesys.cometd.DeviceStateChangeMessage`; the
//!   seven message types of the Web Services reference pages are known kinds, any other is an
//!   unknown kind, kept exactly).
//!
//! Everything else Genesys sends or takes carries no discriminator and is decoded by kind name
//! with [`crate::decode_as`]: the Interactions API results (`StatusOk`, `StatusError`,
//! `StatusCodeOk`, `StatusCodeError`, `NumericStatusOk`) and `GET` answers (`MyInteractions`,
//! `MyInteractionUris`), the Service Client method arguments (`…Request`, `NoArguments`; see
//! [`decode_arguments`]) and object types (`Agent`, `Interaction`, `State`, …), and the unions
//! `genesys.interactions.Operation` and `genesys.serviceClient.Notification`.

use ccwire_genesys::cometd::{CometdData, CometdMessage};
use ccwire_genesys::interactions_api::{
    self as ixn, MyInteractionUris, MyInteractions, NumericStatusOk, Operation, StatusCodeError,
    StatusCodeOk, StatusError, StatusOk,
};
use ccwire_genesys::service_client::{
    self as sc, BlockMarkdoneRequest, DeleteUserDataRequest, DestinationRequest, GetOptionRequest,
    InteractionIdRequest, MediaNameRequest, NoArguments, Notification, PopupToastRequest,
    SelectCaseRequest, SetAgentStateRequest, SetMediaStateRequest, SetUserDataRequest,
    SubscribeRequest, ToastIdRequest, UpdateToastRequest, VoiceCallRequest,
};
use ccwire_genesys::{
    Agent, Device, Interaction, Media, Party, Section, State, ToastKeyValues, ToastParameters,
    ToastUpdate, UserData,
};
use ccwire_genesys::{COMETD, GenesysMessage, INTERACTIONS, SERVICE_CLIENT};

use crate::registry::{KindSpec, Payload, Register};
use crate::{DecodeError, Detected, Vendor};
use ccwire_wire::dispatch::Peeked;

/// Registers kinds of one family: `kinds!(family, detectable; Type, Other = "WireName", …)`,
/// each named after its type unless a wire name is given.
macro_rules! kinds {
    ($family:literal, $detectable:expr; $($ty:ident $(= $wire:literal)?),* $(,)?) => {
        vec![$( KindSpec::of::<$ty>(kinds!(@name $family, $ty $(, $wire)?), Vendor::Genesys, $detectable), )*]
    };
    (@name $family:literal, $ty:ident) => {
        concat!("genesys.", $family, ".", stringify!($ty))
    };
    (@name $family:literal, $ty:ident, $wire:literal) => {
        concat!("genesys.", $family, ".", $wire)
    };
}

pub(crate) fn kinds() -> Vec<KindSpec> {
    // The kinds a message carries are detectable (by `operationName`, topic and `eventType`,
    // `messageType`), each family declared once in `ccwire_genesys`.
    let mut detectable = Register::new(Vendor::Genesys, true);
    GenesysMessage::for_each_kind(&mut detectable);
    let mut all = detectable.out;
    all.extend(kinds!("interactions", false;
        Operation, StatusOk, StatusError, StatusCodeOk, StatusCodeError, NumericStatusOk, MyInteractions, MyInteractionUris,
    ));
    all.extend(kinds!("cometd", false; CometdMessage, CometdData));
    all.extend(kinds!("serviceClient", false;
        Notification, NoArguments, SetAgentStateRequest, GetOptionRequest, DestinationRequest, DeleteUserDataRequest,
        InteractionIdRequest, SelectCaseRequest, SetUserDataRequest, BlockMarkdoneRequest, MediaNameRequest,
        SetMediaStateRequest, PopupToastRequest, UpdateToastRequest, ToastIdRequest, VoiceCallRequest, SubscribeRequest,
        Agent, State, Media, Device, Section, Interaction, Party, ToastParameters, ToastUpdate, ToastKeyValues, UserData,
    ));
    all
}

/// Recognises a Genesys message from its top-level members (see the module documentation).
/// `None` when the text is not a Genesys message (or not a JSON object).
///
/// ```
/// let d = ccwire_codec::genesys::detect(r#"{"operationName":"Transfer","userId":"a"}"#).unwrap();
/// assert_eq!(d.to_string(), "genesys.interactions.SingleStepTransfer");
/// let n = ccwire_codec::genesys::detect(r#"{"event":"interaction","data":{"eventType":"ADDED"}}"#).unwrap();
/// assert_eq!(n.to_string(), "genesys.serviceClient.InteractionAdded");
/// assert!(ccwire_codec::genesys::detect(r#"{"type":"RoutingMessage","data":{}}"#).is_none());
/// ```
#[must_use]
pub fn detect(text: &str) -> Option<Detected> {
    let found = ccwire_wire::dispatch::peek_members(text, &crate::TOP_MEMBERS).ok()?;
    detect_top(&found)
}

/// [`detect`] from the top-level members [`crate::TOP_MEMBERS`] already peeked.
pub(crate) fn detect_top(found: &[Option<Peeked<'_>>]) -> Option<Detected> {
    let family = crate::vendors::genesys_family(found)?;
    if family == COMETD {
        let kind = crate::vendors::cometd_message_type(found);
        let known = kind
            .as_deref()
            .is_some_and(|k| CometdData::KNOWN.contains(&k));
        return Some(Detected {
            vendor: Vendor::Genesys,
            family: COMETD.to_owned(),
            kind,
            known,
        });
    }
    let [_, operation_name, event, data, ..] = found else {
        return None;
    };
    if family == INTERACTIONS {
        let name = operation_name.as_ref().and_then(Peeked::as_str);
        let type_name = name.and_then(Operation::type_name_of);
        return Some(Detected {
            vendor: Vendor::Genesys,
            family: INTERACTIONS.to_owned(),
            kind: type_name.or(name).map(str::to_owned),
            known: type_name.is_some(),
        });
    }
    let topic = event.as_ref().and_then(Peeked::as_str)?;
    data.as_ref()?;
    let event_type = crate::vendors::service_client_event_type(found);
    let type_name = event_type
        .as_deref()
        .and_then(|e| Notification::type_name_of(topic, e));
    Some(Detected {
        vendor: Vendor::Genesys,
        family: SERVICE_CLIENT.to_owned(),
        kind: type_name.map(str::to_owned).or(event_type),
        known: type_name.is_some(),
    })
}

/// Decodes a Genesys message of `family` (as the top-level members say): the discriminator is peeked
/// and the text decoded with the kind's type directly.
pub(crate) fn decode(text: &str, family: &'static str) -> Result<GenesysMessage, DecodeError> {
    let result = if family == INTERACTIONS {
        Operation::from_json_str::<serde_json::Error>(text).map(GenesysMessage::Operation)
    } else if family == COMETD {
        let published = ccwire_wire::dispatch::peek_members(text, &["channel"])
            .is_ok_and(|found| found.first().is_some_and(Option::is_some));
        if published {
            ccwire_wire::dispatch::decode_nested(text).map(GenesysMessage::Cometd)
        } else {
            ccwire_wire::dispatch::decode_nested(text).map(GenesysMessage::CometdData)
        }
    } else {
        Notification::from_json_str::<serde_json::Error>(text).map(GenesysMessage::Notification)
    };
    result.map_err(|err| {
        // The pointer first: detecting the kind decodes again.
        let error = DecodeError::from_json(&err, None);
        let kind = detect(text).filter(|d| d.known).map(|d| d.to_string());
        DecodeError::syntax_first(text, DecodeError { kind, ..error })
    })
}

/// Decodes the arguments object of a Service Client method (`interaction.setUserData`,
/// `subscribe`, …) with the method's argument kind.
///
/// # Errors
/// An unknown method, or arguments that do not match the method's parameters.
///
/// ```
/// use ccwire_codec::genesys::decode_arguments;
/// let args = decode_arguments("interaction.setUserData", r#"{"interactionId":"1","keyValues":{"K":"V"}}"#).unwrap();
/// assert_eq!(args.to_json().unwrap()["keyValues"]["K"], "V");
/// assert!(decode_arguments("voice.answer", r#"{"interactionId":"1"}"#).is_err());
/// ```
pub fn decode_arguments(method: &str, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
    match Method::find(method) {
        Some(m) => crate::decode_as(m.arguments, text),
        None => crate::decode_as(&format!("genesys.serviceClient.{method}"), text),
    }
}

/// The Interactions API endpoint table (re-exported for clients and test doubles).
pub use ixn::{ENDPOINTS, Endpoint};
/// The Service Client method table.
pub use sc::{METHODS, Method};

#[cfg(test)]
mod tests {
    use super::*;

    fn registered(kind: &str) -> bool {
        crate::kind(kind).is_some()
    }

    #[test]
    fn every_kind_the_tables_name_is_registered() {
        for e in ENDPOINTS {
            for k in [e.request, e.success, e.failure].into_iter().flatten() {
                assert!(registered(k), "{k} ({} {})", e.method, e.path);
            }
        }
        for m in METHODS {
            assert!(registered(m.arguments), "{}", m.arguments);
            match m.returns {
                sc::Returns::Object(k) | sc::Returns::ObjectOrNull(k) | sc::Returns::ListOf(k) => {
                    assert!(registered(k), "{k}");
                }
                _ => {}
            }
        }
        for (_, _, name) in sc::NOTIFICATION_KINDS {
            let kind = format!("genesys.serviceClient.{name}");
            assert!(crate::kind(&kind).is_some_and(|k| k.detectable), "{kind}");
        }
        // Detection calls a CometD message type known when `CometdData` models it.
        for message_type in CometdData::KNOWN {
            let kind = format!("genesys.cometd.{message_type}");
            assert!(crate::kind(&kind).is_some_and(|k| k.detectable), "{kind}");
        }
    }

    #[test]
    fn counts_match_the_documents() {
        assert_eq!(ENDPOINTS.len(), 16);
        // The seed's eleven, and the voice calls API's SingleStepTransfer (a reference page).
        assert_eq!(Operation::KNOWN.len(), 12);
        assert_eq!(METHODS.len(), 40);
        assert_eq!(sc::NOTIFICATION_KINDS.len(), 43);
    }

    #[test]
    fn detection_is_by_distinctive_members() {
        // A Webex envelope (has `type`) and a Webex `{data}` wrapper are not Genesys.
        assert!(
            detect(r#"{"type":"RoutingMessage","data":{"type":"AgentContactHeld"}}"#).is_none()
        );
        assert!(detect(r#"{"data":{"type":"AgentContactHeld"}}"#).is_none());
        assert!(detect("[1]").is_none());
        // An unknown operation or event type is still Genesys, but not known.
        let op = detect(r#"{"operationName":"Redirect"}"#);
        assert_eq!(
            op.as_ref().map(|d| (d.to_string(), d.known)),
            Some(("genesys.interactions.Redirect".to_owned(), false))
        );
        let n = detect(r#"{"event":"markdone","data":{}}"#);
        assert_eq!(
            n.as_ref().map(|d| (d.to_string(), d.known)),
            Some(("genesys.serviceClient.?".to_owned(), false))
        );
        // The same eventType in another topic is not that kind.
        assert!(
            detect(r#"{"event":"agent","data":{"eventType":"ADDED"}}"#).is_some_and(|d| !d.known)
        );
    }

    #[test]
    fn decode_reports_kind_and_pointer() {
        let err = crate::decode(r#"{"operationName":"PlaceInQueue","queueName":5}"#).err();
        assert_eq!(err.as_ref().map(DecodeError::pointer), Some("/queueName"));
        assert_eq!(
            err.as_ref().and_then(DecodeError::kind),
            Some("genesys.interactions.PlaceInQueue")
        );
        let err = crate::decode(
            r#"{"event":"agent","data":{"eventType":"STATE_CHANGED","mediaState":1}}"#,
        )
        .err();
        assert_eq!(
            err.as_ref().map(DecodeError::pointer),
            Some("/data/mediaState")
        );
        let msg = crate::decode(
            r#"{"event":"system","data":{"eventType":"CUSTOM_TOAST_BUTTON_CLICK","customToastId":"t","buttonIndex":1}}"#,
        );
        assert_eq!(
            msg.map(|m| m.kind().to_string()).ok().as_deref(),
            Some("genesys.serviceClient.CustomToastButtonClick")
        );
    }
}
