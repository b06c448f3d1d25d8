//! Limits the documents state, enforced by the decoder and the schemas alike.

use libtest_mimic::{Failed, Trial};
use serde_json::Value;

use ccwire_contract_tests::fixtures_dir;

use crate::{fail, schemas};

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "limits::documented_lengths_and_counts_are_refused_by_decoder_and_schema_alike",
            documented_lengths_and_counts_are_refused_by_decoder_and_schema_alike,
        ),
        Trial::test(
            "limits::option_patterns_wildcard_ends_a_word_in_decoder_and_schema_alike",
            option_patterns_wildcard_ends_a_word_in_decoder_and_schema_alike,
        ),
    ]
}

/// `wrapUpReason` ≤ 128 and `auxCodeId` ≤ 36 characters (webex-desktop-js-sdk.txt L3680-3681,
/// L6381-6382); `updateCadVariables` at most 30 variables with values ≤ 256 characters
/// (L9380-9381). Characters are code points, as JSON Schema's `maxLength` counts them: at the
/// limit with two-byte characters is accepted, one more is refused, in both modes, with the
/// pointer of the member.
fn documented_lengths_and_counts_are_refused_by_decoder_and_schema_alike() -> Result<(), Failed> {
    let wrapup = "webex/agent-contact-requests/WrapupRequest/sdk-L3663.json";
    let cad = "webex/dialer/UpdateCadVariablesRequest/sdk-L9362.json";
    let text = |n: usize| Value::String("é".repeat(n));
    let variables = |n: usize| {
        Value::Object(
            (0..n)
                .map(|i| (format!("v{i}"), Value::String("x".to_owned())))
                .collect(),
        )
    };
    let cases: [(&str, &str, &str, Value, Option<&str>); 8] = [
        (
            wrapup,
            "webex.agentContact.WrapupRequest",
            "/data/wrapUpReason",
            text(128),
            None,
        ),
        (
            wrapup,
            "webex.agentContact.WrapupRequest",
            "/data/wrapUpReason",
            text(129),
            Some("/data/wrapUpReason"),
        ),
        (
            wrapup,
            "webex.agentContact.WrapupRequest",
            "/data/auxCodeId",
            text(36),
            None,
        ),
        (
            wrapup,
            "webex.agentContact.WrapupRequest",
            "/data/auxCodeId",
            text(37),
            Some("/data/auxCodeId"),
        ),
        (
            cad,
            "webex.dialer.UpdateCadVariablesRequest",
            "/data/attributes",
            variables(30),
            None,
        ),
        (
            cad,
            "webex.dialer.UpdateCadVariablesRequest",
            "/data/attributes",
            variables(31),
            Some("/data/attributes"),
        ),
        (
            cad,
            "webex.dialer.UpdateCadVariablesRequest",
            "/data/attributes/Global_FeedbackSurveyOptIn",
            text(256),
            None,
        ),
        (
            cad,
            "webex.dialer.UpdateCadVariablesRequest",
            "/data/attributes/Global_FeedbackSurveyOptIn",
            text(257),
            Some("/data/attributes/Global_FeedbackSurveyOptIn"),
        ),
    ];
    for (path, kind, at, value, refused_at) in cases {
        let mut doc: Value =
            ccwire_contract_tests::read_json(&fixtures_dir().join(path)).map_err(fail)?;
        *doc.pointer_mut(at)
            .ok_or_else(|| fail(format!("{path}: no {at}")))? = value;
        let text = doc.to_string();
        let schema_path = ccwire_codec::kind(kind)
            .ok_or_else(|| fail(format!("{kind} not registered")))?
            .schema_path();
        for (mode, schema) in [
            (ccwire_codec::Mode::Lenient, schema_path.clone()),
            (ccwire_codec::Mode::Strict, format!("strict/{schema_path}")),
        ] {
            let report = ccwire_codec::validate_as(kind, &text, mode);
            let schema_ok = schemas::accepts(&schema, &doc)?;
            let pointers: Vec<&str> = report.problems.iter().map(|p| p.pointer.as_str()).collect();
            match refused_at {
                None if report.valid && schema_ok => {}
                Some(pointer) if !report.valid && !schema_ok && pointers == [pointer] => {}
                _ => {
                    return Err(fail(format!(
                        "{kind} {at} {mode:?}: decoder valid {} {pointers:?}, schema valid {schema_ok}, expected refusal at {refused_at:?}",
                        report.valid
                    )));
                }
            }
        }
    }
    Ok(())
}

/// `getOption` patterns: `*` "only at the end of each word", never at the start of an option or
/// section (genesys-service-client-api.txt L473, L477). Every text of up to 6 characters over
/// `a`, `*`, `.` and `/` is decided the same way by the decoder and the schema, and the
/// document's examples come out as it says.
fn option_patterns_wildcard_ends_a_word_in_decoder_and_schema_alike() -> Result<(), Failed> {
    const KIND: &str = "genesys.serviceClient.GetOptionRequest";
    let schema_path = ccwire_codec::kind(KIND)
        .ok_or_else(|| fail(format!("{KIND} not registered")))?
        .schema_path();
    let decides = |pattern: &str| -> Result<bool, Failed> {
        let doc = serde_json::json!({ "options": pattern });
        let decoder =
            ccwire_codec::validate_as(KIND, &doc.to_string(), ccwire_codec::Mode::Strict).valid;
        let schema = schemas::accepts(&format!("strict/{schema_path}"), &doc)?;
        if decoder != schema {
            return Err(fail(format!(
                "{pattern:?}: decoder {decoder}, schema {schema}"
            )));
        }
        Ok(decoder)
    };
    let mut texts = vec![String::new()];
    let mut frontier = vec![String::new()];
    for _ in 0..6 {
        frontier = frontier
            .iter()
            .flat_map(|t| ['a', '*', '.', '/'].map(|c| format!("{t}{c}")))
            .collect();
        texts.extend(frontier.iter().cloned());
    }
    for text in &texts {
        decides(text)?;
    }
    for (pattern, allowed) in [
        ("voice.*", true),
        ("voice.auto*", true),
        ("sipendpoint.*", true),
        ("CustomAPI/test.*", true),
        ("voice*.auto", true),
        ("*.markdone", false),
        ("*.auto", false),
        ("CustomAPI/*", false),
        ("voice.a*b", false),
    ] {
        if decides(pattern)? != allowed {
            return Err(fail(format!("{pattern:?}: expected allowed = {allowed}")));
        }
    }
    println!("{} patterns decided alike", texts.len());
    Ok(())
}
