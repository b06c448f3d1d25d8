//! Properties over generated inputs: open enums, two-form scalars, null/absent, and dispatch.

use ccwire_webex::routing::RoutingEvent;
use ccwire_webex::{InteractionState, MediaChannel, MediaType, ParticipantType};
use ccwire_wire::{Lenient, Nullable, Wire};
use libtest_mimic::{Failed, Trial};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::fail;

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "properties::open_enums_round_trip_any_string",
            open_enums_round_trip_any_string,
        ),
        Trial::test(
            "properties::known_values_never_decode_as_unknown",
            known_values_never_decode_as_unknown,
        ),
        Trial::test(
            "properties::lenient_integers_keep_their_form",
            lenient_integers_keep_their_form,
        ),
        Trial::test(
            "properties::nullable_keeps_absent_null_and_value_apart",
            nullable_keeps_absent_null_and_value_apart,
        ),
        Trial::test(
            "properties::dispatch_on_any_type_string_keeps_unknown_kinds",
            dispatch_on_any_type_string_keeps_unknown_kinds,
        ),
        Trial::test(
            "properties::dispatch_on_any_envelope_and_data_type_never_panics",
            dispatch_on_any_envelope_and_data_type_never_panics,
        ),
        Trial::test(
            "properties::sobot_codes_keep_their_form",
            sobot_codes_keep_their_form,
        ),
        Trial::test(
            "properties::genesys_operation_dispatch_keeps_unknown_operations",
            genesys_operation_dispatch_keeps_unknown_operations,
        ),
    ]
}

fn run<S: Strategy>(
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) -> Result<(), Failed> {
    let mut runner = TestRunner::new(Config {
        cases: 512,
        failure_persistence: None,
        ..Config::default()
    });
    runner.run(&strategy, test).map_err(|e| fail(e.to_string()))
}

fn round_trip<T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(
    text: &str,
) -> Result<T, TestCaseError> {
    let value: T =
        serde_json::from_str(text).map_err(|e| TestCaseError::fail(format!("{text}: {e}")))?;
    let again = serde_json::to_string(&value).map_err(|e| TestCaseError::fail(e.to_string()))?;
    prop_assert_eq!(&again, text);
    Ok(value)
}

fn open_enums_round_trip_any_string() -> Result<(), Failed> {
    run(any::<String>(), |s| {
        let text = serde_json::to_string(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let m: MediaType = round_trip(&text)?;
        prop_assert_eq!(m.as_str(), s.as_str());
        prop_assert_eq!(m.is_known(), MediaType::KNOWN.contains(&s.as_str()));
        let p: ParticipantType = round_trip(&text)?;
        prop_assert_eq!(p.as_str(), s.as_str());
        let c: MediaChannel = round_trip(&text)?;
        prop_assert_eq!(c.as_str(), s.as_str());
        Ok(())
    })
}

fn known_values_never_decode_as_unknown() -> Result<(), Failed> {
    for v in InteractionState::known() {
        let text = serde_json::to_string(&v).map_err(|e| fail(e.to_string()))?;
        let back: InteractionState =
            serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
        if !back.is_known() || back != v {
            return Err(fail(format!("{text} decoded as {back:?}")));
        }
    }
    Ok(())
}

fn lenient_integers_keep_their_form() -> Result<(), Failed> {
    run((any::<i64>(), "[+-]?[0-9]{1,18}"), |(n, text)| {
        let native: Lenient<i64> = round_trip(&n.to_string())?;
        prop_assert_eq!(native.get(), n);
        prop_assert!(!native.is_text());
        let quoted = format!("\"{text}\"");
        let from_text: Lenient<i64> = round_trip(&quoted)?;
        prop_assert_eq!(from_text.text(), Some(text.as_str()));
        prop_assert_eq!(Some(from_text.get()), text.parse::<i64>().ok());
        Ok(())
    })
}

/// A probe object with a nullable member.
#[derive(Wire, Debug, Clone, PartialEq)]
struct Probe {
    /// The member under test.
    n: Nullable<i64>,
    /// Members not modelled.
    #[wire(extra)]
    extra: ccwire_wire::Extra,
}

fn nullable_keeps_absent_null_and_value_apart() -> Result<(), Failed> {
    run(
        proptest::option::of(proptest::option::of(any::<i64>())),
        |case| {
            let text = match case {
                None => "{}".to_owned(),
                Some(None) => r#"{"n":null}"#.to_owned(),
                Some(Some(v)) => format!(r#"{{"n":{v}}}"#),
            };
            let probe: Probe = round_trip(&text)?;
            match case {
                None => prop_assert!(probe.n.is_absent()),
                Some(None) => prop_assert!(probe.n.is_null()),
                Some(Some(v)) => prop_assert_eq!(probe.n.value(), Some(&v)),
            }
            Ok(())
        },
    )
}

fn dispatch_on_any_type_string_keeps_unknown_kinds() -> Result<(), Failed> {
    run((any::<String>(), any::<i64>()), |(kind, payload)| {
        let mut obj = serde_json::Map::new();
        obj.insert("type".to_owned(), serde_json::Value::String(kind.clone()));
        obj.insert("payload".to_owned(), serde_json::Value::from(payload));
        let text = serde_json::to_string(&obj).map_err(|e| TestCaseError::fail(e.to_string()))?;
        match serde_json::from_str::<RoutingEvent>(&text) {
            Ok(event) => {
                prop_assert!(!event.is_known());
                prop_assert_eq!(event.kind(), Some(kind.as_str()));
                let back =
                    serde_json::to_value(&event).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back, serde_json::Value::Object(obj));
            }
            // A known kind without its members must be an error, never an unknown event.
            Err(_) => prop_assert!(RoutingEvent::KNOWN.contains(&kind.as_str())),
        }
        Ok(())
    })
}

/// Sobot code values: any integer or string decodes, re-encodes in the form received, and a
/// documented code (as a number, as text, or padded text) never decodes as unknown.
fn sobot_codes_keep_their_form() -> Result<(), Failed> {
    use ccwire_sobot::{Code, IntCode, ReasonCode};
    run(
        (
            any::<i64>(),
            any::<String>(),
            0..ReasonCode::KNOWN.len(),
            " {0,2}",
            " {0,2}",
        ),
        |(n, s, k, pad_l, pad_r)| {
            let number: Code<ReasonCode> = round_trip(&n.to_string())?;
            prop_assert_eq!(number.code(), Some(n));
            prop_assert_eq!(number.is_known(), ReasonCode::KNOWN.contains(&n));
            let text = serde_json::to_string(&s).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let from_text: Code<ReasonCode> = round_trip(&text)?;
            prop_assert_eq!(from_text.text(), Some(s.as_str()));
            let known = ReasonCode::KNOWN[k];
            let padded: Code<ReasonCode> = round_trip(&format!("\"{pad_l}{known}{pad_r}\""))?;
            prop_assert!(padded.is_known());
            prop_assert_eq!(padded.code(), Some(known));
            Ok(())
        },
    )
}

fn genesys_operation_dispatch_keeps_unknown_operations() -> Result<(), Failed> {
    use ccwire_genesys::interactions_api::Operation;
    run((any::<String>(), any::<i64>()), |(name, payload)| {
        let mut obj = serde_json::Map::new();
        obj.insert(
            "operationName".to_owned(),
            serde_json::Value::String(name.clone()),
        );
        obj.insert("payload".to_owned(), serde_json::Value::from(payload));
        let text = serde_json::to_string(&obj).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let detected =
            ccwire_codec::detect(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(detected.vendor, ccwire_codec::Vendor::Genesys);
        match serde_json::from_str::<Operation>(&text) {
            Ok(op) if !op.is_known() => {
                prop_assert!(!detected.known);
                prop_assert_eq!(op.kind(), Some(name.as_str()));
                let back =
                    serde_json::to_value(&op).map_err(|e| TestCaseError::fail(e.to_string()))?;
                prop_assert_eq!(back, serde_json::Value::Object(obj));
            }
            // Operations without parameters accept (and keep) any other member.
            Ok(op) => prop_assert!(detected.known && op.kind() == Some(name.as_str())),
            // A known operation without its parameters must be an error, never an unknown one.
            Err(_) => prop_assert!(Operation::KNOWN.contains(&name.as_str())),
        }
        Ok(())
    })
}

/// Whole messages with a random envelope `type` and a random `data.type`: decoding never panics,
/// and whatever decodes re-encodes to the same JSON value (unknown kinds keep their data).
fn dispatch_on_any_envelope_and_data_type_never_panics() -> Result<(), Failed> {
    let tags = prop_oneof![
        any::<String>(),
        proptest::sample::select(vec![
            "RoutingMessage",
            "MonitoringRequest",
            "AgentStateChange",
            "execute",
            "Welcome"
        ])
        .prop_map(str::to_owned),
    ];
    let kinds = prop_oneof![
        any::<String>(),
        proptest::sample::select(RoutingEvent::KNOWN.to_vec()).prop_map(str::to_owned),
    ];
    run((tags, kinds, any::<i64>()), |(envelope, kind, payload)| {
        let value = serde_json::json!({ "type": envelope, "orgId": "o", "data": { "type": kind, "payload": payload } });
        let text = value.to_string();
        let decoded = std::panic::catch_unwind(|| ccwire_codec::decode(&text));
        let Ok(decoded) = decoded else {
            return Err(TestCaseError::fail(format!("panicked on {text}")));
        };
        if let Ok(msg) = decoded {
            let back =
                ccwire_codec::to_value(&msg).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(back, value);
        }
        Ok(())
    })
}
