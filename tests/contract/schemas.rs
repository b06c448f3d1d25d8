//! Schema export: the committed `schemas/` are what the model exports, and validators for them.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use ccwire_contract_tests::schemas_dir;
use libtest_mimic::{Failed, Trial};
use serde_json::Value;

use crate::fail;

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "schemas::committed_schemas_match_the_model",
            committed_schemas_match_the_model,
        ),
        Trial::test("schemas::every_schema_compiles", every_schema_compiles),
        Trial::test(
            "schemas::message_schema_and_decoder_agree_on_dispatch",
            message_schema_and_decoder_agree_on_dispatch,
        ),
    ]
}

/// `cargo xtask schemas` output must equal what is committed: no stale, missing or extra file.
fn committed_schemas_match_the_model() -> Result<(), Failed> {
    let mut problems = Vec::new();
    let mut exported = ccwire_codec::schema::export();
    // And the lifecycle tracker's output.
    exported.extend(ccwire_lifecycle::schemas());
    let mut expected_paths = std::collections::BTreeSet::new();
    for file in &exported {
        expected_paths.insert(file.path.clone());
        let path = schemas_dir().join(&file.path);
        match std::fs::read_to_string(&path) {
            Err(_) => problems.push(format!("missing: schemas/{}", file.path)),
            Ok(text) => match serde_json::from_str::<Value>(&text) {
                Ok(v) if &v == file.schema.as_value() => {}
                _ => problems.push(format!("stale: schemas/{}", file.path)),
            },
        }
    }
    for path in walk(&schemas_dir()) {
        let rel = path
            .strip_prefix(schemas_dir())
            .map_err(|e| fail(e.to_string()))?
            .to_string_lossy()
            .replace('\\', "/");
        if !expected_paths.contains(&rel) {
            problems.push(format!("not exported any more: schemas/{rel}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(fail(format!(
            "{}\nrun `cargo xtask schemas` to regenerate",
            problems.join("\n")
        )))
    }
}

fn every_schema_compiles() -> Result<(), Failed> {
    for file in ccwire_codec::schema::export() {
        jsonschema::validator_for(file.schema.as_value())
            .map_err(|e| fail(format!("{}: {e}", file.path)))?;
    }
    Ok(())
}

/// Inputs at the edges of family dispatch (envelope type vs `data.type` vs `data.eventType`,
/// self-named envelopes, shortcut events, keepalives): the decoder and `webex/message.json`
/// accept or reject each alike.
fn message_schema_and_decoder_agree_on_dispatch() -> Result<(), Failed> {
    let cases = [
        r#"{"type":"RoutingMessage","data":{"type":"Future"}}"#,
        r#"{"type":"RoutingMessage","data":{"type":"ScreenPop"}}"#,
        r#"{"type":"RoutingMessage","data":{"type":"ScreenPop","agentId":"a","interactionId":"i","screenPopUrl":"u","queryParameters":null,"target":"insideDesktop"}}"#,
        r#"{"data":{"type":"ScreenPop"}}"#,
        r#"{"type":"MonitoringRequest","data":{"type":"MonitoringHold"}}"#,
        r#"{"type":"MonitoringRequest","data":{"type":"MonitoringUnHold"}}"#,
        r#"{"type":"FutureEnvelope","data":{"type":"BuddyAgents"}}"#,
        r#"{"type":"FutureEnvelope","data":{"type":"Future","eventType":"AgentDesktopMessage"}}"#,
        r#"{"type":"AGENT_MULTI_LOGIN","data":{"type":"AgentMultiLoginCloseSession","agentId":"a","agentSessionId":"s","reason":"r"}}"#,
        r#"{"type":"AGENT_MULTI_LOGIN","data":{"type":"AgentMultiLoginCloseSession","agentId":"a"}}"#,
        r#"{"type":"VteamList","data":{}}"#,
        r#"{"type":"Welcome","data":{"agentId":"a"}}"#,
        r#"{"type":"Welcome","data":{}}"#,
        r#"{"type":"conflict","data":{}}"#,
        r#"{"type":"execute","orgId":5}"#,
        r#"{"keepalive":"true"}"#,
        r#"{"keepalive":5}"#,
        r#"{"keepalive":"true","type":"Future"}"#,
        r#"{"eventType":"SupervisorDesktopMessage","type":"MonitoringEnded"}"#,
        r#"{"type":"Other","data":{"a":1}}"#,
        r#"{"type":"Other","data":[1]}"#,
    ];
    let mut problems = Vec::new();
    for text in cases {
        let value: Value = serde_json::from_str(text).map_err(|e| fail(e.to_string()))?;
        let decoded = ccwire_codec::decode(text).is_ok();
        let valid = accepts("webex/message.json", &value)?;
        if decoded != valid {
            problems.push(format!("{text}: decoder {decoded}, schema {valid}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(fail(problems.join("\n")))
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    out
}

/// A compiled validator for a committed schema (`schemas/<rel>`), compiled once.
pub(crate) fn validator(rel: &str) -> Result<Arc<jsonschema::Validator>, Failed> {
    static CACHE: OnceLock<Mutex<BTreeMap<String, Arc<jsonschema::Validator>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(v) = cache.lock().map_err(|e| fail(e.to_string()))?.get(rel) {
        return Ok(Arc::clone(v));
    }
    let schema: Value = ccwire_contract_tests::read_json(&schemas_dir().join(rel)).map_err(fail)?;
    let compiled =
        Arc::new(jsonschema::validator_for(&schema).map_err(|e| fail(format!("{rel}: {e}")))?);
    cache
        .lock()
        .map_err(|e| fail(e.to_string()))?
        .insert(rel.to_owned(), Arc::clone(&compiled));
    Ok(compiled)
}

/// Validates `instance` against `schemas/<rel>`; the error lists every violation with its path.
pub(crate) fn check(rel: &str, instance: &Value) -> Result<(), Failed> {
    let v = validator(rel)?;
    let errors: Vec<String> = v
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .take(10)
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(fail(format!(
            "schemas/{rel} rejects it:\n{}",
            errors.join("\n")
        )))
    }
}

/// Whether `schemas/<rel>` accepts `instance`.
pub(crate) fn accepts(rel: &str, instance: &Value) -> Result<bool, Failed> {
    Ok(validator(rel)?.is_valid(instance))
}
