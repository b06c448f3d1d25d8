//! Sobot call SDK kinds, and how Sobot payloads are told apart.
//!
//! | kinds | what | found by |
//! |---|---|---|
//! | `sobot.event.<messageID>` for the 7 agent events | [`SobotEvent`] variants | [`crate::decode`] / [`crate::detect`]: a top-level `messageID` (any other value than a string gives an unnamed unknown kind, `sobot.event.?`) |
//! | `sobot.event.EventJanusLatency` | network quality (no `messageID`) | [`crate::decode_as`] |
//! | `sobot.call.<Type>` (15) | call parameter objects ([`Method::params_type`]) | [`crate::decode_as`], [`decode_params`] |
//! | `sobot.result.<Type>` (17) | callback payloads ([`Method::success_type`], [`Method::failure_type`]) | [`crate::decode_as`] |
//!
//! Only agent events carry a discriminator. Parameter objects and callback payloads do not
//! (`{"status":"success"}` answers eight different calls, `{"targetAgentID":…}` three), so they
//! are decoded by kind name. An agent event whose `messageID` is not modelled (the events of the
//! external "Call Capability Message Format File") is still a Sobot message: it decodes to
//! [`SobotEvent::Unknown`], kept whole.

use ccwire_sobot::{
    AgentCanJoinedInfoSuccess, AgentLoginInfoSuccess, CodedFailure, CountsInQueueSuccess,
    DelayAcwRequest, EventJanusLatency, Failure, InitAgentRequest, InitiateConsultRequest,
    JoinedQueuesSuccess, LegacyFailure, LoginRequest, LoginSuccess, MakeCallRequest,
    MessageFailure, Method, NoParams, NotReadyRequest, QueryAgentsRequest, QueryAgentsSuccess,
    QueryPhoneTypeSuccess, QueryQueuesRequest, QueryQueuesSuccess, QueryRoutesResult,
    QueryStatesSuccess, QueryUnusedExtsRequest, QueryUnusedExtsSuccess, RefreshTokenRequest,
    SendDtmfRequest, SetRouteRequest, SetRouteResult, SingleTransferRequest, SobotEvent, Success,
    TargetAgentRequest,
};

use crate::registry::{KindSpec, Payload, Register};
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
    // Agent events are detectable by their `messageID`, declared once with `SobotEvent`.
    let mut detectable = Register::new(Vendor::Sobot, true);
    SobotEvent::for_each_kind(&mut detectable);
    let mut all = detectable.out;
    all.extend(sobot_kinds!("event", false: EventJanusLatency));
    all.extend(sobot_kinds!("call", false:
        InitAgentRequest, LoginRequest, NoParams, NotReadyRequest, QueryUnusedExtsRequest, MakeCallRequest,
        SingleTransferRequest, InitiateConsultRequest, DelayAcwRequest, SendDtmfRequest, SetRouteRequest,
        QueryQueuesRequest, QueryAgentsRequest, TargetAgentRequest, RefreshTokenRequest,
    ));
    all.extend(sobot_kinds!("result", false:
        Success, LoginSuccess, QueryStatesSuccess, QueryPhoneTypeSuccess, QueryUnusedExtsSuccess, JoinedQueuesSuccess,
        AgentLoginInfoSuccess, AgentCanJoinedInfoSuccess, QueryRoutesResult, SetRouteResult, QueryQueuesSuccess,
        QueryAgentsSuccess, CountsInQueueSuccess, Failure, CodedFailure, MessageFailure, LegacyFailure,
    ));
    all
}

/// The `messageID` of a Sobot agent event, if `text` is a JSON object whose top-level
/// `messageID` is a string. `None` for anything else (including text that is not a JSON object,
/// which the other vendors' decoders then report).
pub(crate) fn message_id(text: &str) -> Option<String> {
    let found = ccwire_wire::dispatch::peek_members(text, &crate::TOP_MEMBERS).ok()?;
    crate::vendors::message_id(&found).map(str::to_owned)
}

/// What a Sobot agent event with this `messageID` is.
pub(crate) fn detected(message_id: Option<String>) -> Detected {
    let known = message_id
        .as_deref()
        .is_some_and(|id| SobotEvent::KNOWN.contains(&id));
    Detected {
        vendor: Vendor::Sobot,
        family: "event".to_owned(),
        kind: message_id,
        known,
    }
}

/// Decodes a Sobot agent event (the caller has checked that the top level has a `messageID`).
pub(crate) fn decode_event(text: &str) -> Result<SobotEvent, DecodeError> {
    SobotEvent::from_json_str::<serde_json::Error>(text).map_err(|err| {
        // The pointer first: reading the `messageID` scans again.
        let error = DecodeError::from_json(&err, None);
        let kind = Some(detected(message_id(text)))
            .filter(|d| d.known)
            .map(|d| d.to_string());
        DecodeError::syntax_first(text, DecodeError { kind, ..error })
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
/// use ccwire_sobot::{Method, SetRouteRequest, Validate};
/// let p = decode_params(Method::SetRoute, r#"{"explicitRule":"2"}"#).unwrap();
/// let req = p.as_any().downcast_ref::<SetRouteRequest>().unwrap();
/// assert!(req.validate().is_err());
/// assert!(decode_params(Method::DelayAcw, r#"{"delayTime":1000}"#).is_err());
/// ```
pub fn decode_params(method: Method, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
    crate::decode_as(&format!("sobot.call.{}", method.params_type()), text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ccwire_sobot::Validate;
    use ccwire_wire::inspect::Inspect;
    use serde_json::Value;
    use strum::IntoEnumIterator;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    /// An `EventAgentRegainStatus` built from Tables 2-4 (the document prints no sample).
    const REGAIN: &str = r#"{"messageID":"EventAgentRegainStatus",
        "agentStateInfo":{"agent":"1005","agentType":"0","companyId":"c1","phoneType":"webrtc","thisDN":"1000",
          "agentState":"2","agentStateTimestamp":1700000000000,"reasonCode":"11","reasonCodeTimestamp":1700000000000,
          "workStatus":"1","workStatusTimestamp":1700000000000},
        "workStatusInfo":{"callID":"call-1","callType":"Inbound","companyId":"c1","otherDN":"13333333333",
          "otherDNRole":"1","thisDN":"1000","thisDNRole":"2","thirdDN":"","thirdDNRole":"0"}}"#;

    fn same_json(a: &str, b: &str) -> Result<bool, serde_json::Error> {
        Ok(serde_json::from_str::<Value>(a)? == serde_json::from_str::<Value>(b)?)
    }

    #[test]
    fn agent_events_are_detected_and_decoded() -> TestResult {
        let detected = crate::detect(REGAIN)?;
        assert_eq!(detected.to_string(), "sobot.event.EventAgentRegainStatus");
        assert!(detected.known);
        let msg = crate::decode(REGAIN)?;
        assert_eq!(msg.vendor(), Vendor::Sobot);
        assert_eq!(msg.kind(), detected);
        assert!(
            msg.findings()
                .iter()
                .all(|f| f.kind == ccwire_wire::inspect::FindingKind::TextForm)
        );
        assert!(same_json(&crate::encode(&msg)?, REGAIN)?);
        let crate::Message::Sobot(SobotEvent::AgentRegainStatus(event)) = msg else {
            return Err("not an EventAgentRegainStatus".into());
        };
        let call = event.work_status_info.as_ref().ok_or("no workStatusInfo")?;
        assert_eq!(
            call.other_dn_role.as_ref().ok_or("no otherDNRole")?.value(),
            &ccwire_sobot::DnRole::Origination
        );
        Ok(())
    }

    #[test]
    fn events_without_a_payload_table_keep_their_members() -> TestResult {
        let text = r#"{"messageID":"EventRinging","callID":"c1","attachedData":{"k":"v"}}"#;
        let msg = crate::decode(text)?;
        assert_eq!(msg.kind().to_string(), "sobot.event.EventRinging");
        assert!(msg.kind().known);
        assert!(same_json(&crate::encode(&msg)?, text)?);
        Ok(())
    }

    #[test]
    fn events_of_the_external_format_file_are_kept_whole() -> TestResult {
        let text = r#"{"messageID":"EventEstablished","callID":"c1"}"#;
        let detected = crate::detect(text)?;
        assert_eq!(detected.to_string(), "sobot.event.EventEstablished");
        assert!(!detected.known);
        let msg = crate::decode(text)?;
        assert!(matches!(msg, crate::Message::Sobot(SobotEvent::Unknown(_))));
        assert!(same_json(&crate::encode(&msg)?, text)?);
        Ok(())
    }

    #[test]
    fn a_malformed_known_event_names_kind_and_pointer() -> TestResult {
        let text = REGAIN.replace(r#""callType":"Inbound""#, r#""callType":7"#);
        let err = crate::decode(&text)
            .err()
            .ok_or("decoded a callType that is a number")?;
        assert_eq!(err.kind(), Some("sobot.event.EventAgentRegainStatus"));
        assert_eq!(err.pointer(), "/workStatusInfo/callType");
        Ok(())
    }

    #[test]
    fn a_top_level_message_id_of_any_value_is_sobot_and_only_that() -> TestResult {
        for (text, name) in [
            (r#"{"messageID":"hello"}"#, "sobot.event.hello"),
            (
                r#"{"messageID":1,"type":"AgentContactHeld"}"#,
                "sobot.event.?",
            ),
        ] {
            let d = crate::detect(text)?;
            assert_eq!(
                (d.vendor, d.to_string().as_str()),
                (Vendor::Sobot, name),
                "{text}"
            );
        }
        let nested = r#"{"data":{"messageID":"EventX"}}"#;
        assert_eq!(crate::detect(nested)?.vendor, Vendor::Webex);
        Ok(())
    }

    #[test]
    fn every_method_names_registered_kinds() {
        let names: Vec<&str> = crate::kinds()
            .iter()
            .filter(|k| k.vendor == Vendor::Sobot)
            .map(|k| k.kind)
            .collect();
        assert_eq!(
            names.len(),
            8 + 15 + 17,
            "events, call parameter types, result types"
        );
        for method in Method::iter() {
            let params = format!("sobot.call.{}", method.params_type());
            assert!(names.contains(&params.as_str()), "{params}");
            for result in [method.success_type(), method.failure_type()]
                .into_iter()
                .flatten()
            {
                let kind = format!("sobot.result.{result}");
                assert!(names.contains(&kind.as_str()), "{kind}");
            }
        }
        for spec in crate::kinds().iter().filter(|k| k.vendor == Vendor::Sobot) {
            let name = spec.kind.rsplit('.').next().unwrap_or_default();
            assert_eq!(
                spec.detectable,
                SobotEvent::KNOWN.contains(&name),
                "{}",
                spec.kind
            );
        }
    }

    fn fixture(path: &str) -> Result<String, std::io::Error> {
        std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../fixtures/sobot")
                .join(path),
        )
    }

    /// The document's samples against the rules their types cannot carry.
    #[test]
    fn sample_calls_against_their_validation_rules() -> TestResult {
        use ccwire_sobot::{
            InitAgentRequest, InitiateConsultRequest, LoginRequest, MakeCallRequest,
            NotReadyRequest, QueryAgentsRequest, SetRouteRequest, SingleTransferRequest,
        };
        fn check<T: Validate + 'static>(
            method: Method,
            path: &str,
        ) -> Result<Result<(), Vec<ccwire_sobot::Violation>>, Box<dyn std::error::Error>> {
            let payload = decode_params(method, &fixture(path)?)?;
            let typed = payload.as_any().downcast_ref::<T>().ok_or("wrong type")?;
            Ok(typed.validate())
        }
        assert!(
            check::<InitAgentRequest>(Method::InitAgent, "call/InitAgentRequest/sdk-L23.json")?
                .is_ok()
        );
        assert!(check::<LoginRequest>(Method::Login, "call/LoginRequest/sdk-L197.json")?.is_ok());
        assert!(
            check::<NotReadyRequest>(Method::NotReady, "call/NotReadyRequest/sdk-L267.json")?
                .is_ok()
        );
        assert!(
            check::<SingleTransferRequest>(
                Method::SingleTransfer,
                "call/SingleTransferRequest/sdk-L739.json"
            )?
            .is_ok()
        );
        assert!(
            check::<InitiateConsultRequest>(
                Method::InitiateConsult,
                "call/InitiateConsultRequest/sdk-L762.json"
            )?
            .is_ok()
        );
        assert!(
            check::<SetRouteRequest>(Method::SetRoute, "call/SetRouteRequest/sdk-L984.json")?
                .is_ok()
        );
        assert!(
            check::<QueryAgentsRequest>(
                Method::QueryAgents,
                "call/QueryAgentsRequest/sdk-L1068.json"
            )?
            .is_ok()
        );
        // The makeCall sample sets both ANI and outboundPlanCode, which L618 says exclude each other.
        let violations =
            check::<MakeCallRequest>(Method::MakeCall, "call/MakeCallRequest/sdk-L596.json")?
                .err()
                .ok_or("makeCall sample passed")?;
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].pointer, "/outboundPlanCode");
        Ok(())
    }

    #[test]
    fn identical_objects_decode_as_each_calls_type() -> TestResult {
        // singleTransfer and initiateConsult print the same object; each call's type applies its table.
        let text = r#"{"targetType":"3","target":"g1"}"#;
        let transfer = decode_params(Method::SingleTransfer, text)?;
        let consult = decode_params(Method::InitiateConsult, text)?;
        assert!(
            transfer
                .findings()
                .iter()
                .all(|f| f.kind == ccwire_wire::inspect::FindingKind::TextForm)
        );
        assert!(
            consult
                .findings()
                .iter()
                .any(|f| f.kind == ccwire_wire::inspect::FindingKind::UnknownValue)
        );
        Ok(())
    }
}
