//! A tagged union decodes to the same value whether its discriminator is read ahead in the text
//! (`ccwire_wire::dispatch::decode_nested`, which every decode of the codec goes through) or its
//! object's members are kept until the discriminator comes (a plain `serde_json::from_str`, or
//! any deserializer that does not lend from a registered text): every detectable kind's
//! fixtures and the schema-agreement variants of them (a member dropped, a value of another
//! type, an unknown member, kind or value, `null`), with their keys sorted (discriminators late)
//! and in reverse order (discriminators early), accepted by both or refused by both. (Which of
//! several faults is reported may differ; see `ccwire_wire`'s `ahead` module.)

use std::collections::BTreeMap;
use std::fmt::Write as _;

use ccwire_contract_tests::{Manifest, fixtures_dir};
use ccwire_wire::kind::{KindType, KindVisitor};
use libtest_mimic::{Failed, Trial};
use serde_json::Value;

use crate::fail;

pub(crate) fn trials() -> Vec<Trial> {
    vec![Trial::test(
        "ahead::read_ahead_and_kept_members_decode_alike",
        read_ahead_and_kept_members_decode_alike,
    )]
}

/// Per kind, the payloads of its fixtures' variants; collects what differs.
struct Compare {
    payloads: BTreeMap<String, Vec<(String, Value)>>,
    texts: usize,
    accepted: usize,
    differences: Vec<String>,
}

impl KindVisitor for Compare {
    fn kind<T: KindType>(&mut self, name: &'static str) {
        for (what, payload) in self.payloads.get(name).into_iter().flatten() {
            for (order, text) in [
                ("sorted", payload.to_string()),
                ("reversed", reversed(payload)),
            ] {
                self.texts += 1;
                let kept = serde_json::from_str::<T>(&text).map(|v| serde_json::to_string(&v));
                let ahead = ccwire_wire::dispatch::decode_nested::<T, serde_json::Error>(&text)
                    .map(|v| serde_json::to_string(&v));
                let outcome = match (kept, ahead) {
                    (Ok(Ok(a)), Ok(Ok(b))) if a == b => {
                        self.accepted += 1;
                        continue;
                    }
                    (Err(_), Err(_)) => continue,
                    (Ok(Ok(_)), Ok(Ok(_))) => "both decode, to different values".to_owned(),
                    (a, b) => format!("kept: {}; read ahead: {}", outcome(a), outcome(b)),
                };
                self.differences
                    .push(format!("{name} {what} ({order} keys): {outcome}"));
            }
        }
    }
}

fn read_ahead_and_kept_members_decode_alike() -> Result<(), Failed> {
    let manifest: Manifest =
        ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    let mut payloads: BTreeMap<String, Vec<(String, Value)>> = BTreeMap::new();
    for entry in &manifest.fixtures {
        let value: Value =
            ccwire_contract_tests::read_json(&fixtures_dir().join(&entry.path)).map_err(fail)?;
        let payload = crate::fixtures::payload(entry, &value)?.clone();
        let mut all = vec![(entry.path.clone(), payload.clone())];
        all.extend(
            crate::agreement::variants(&payload)
                .into_iter()
                .map(|(what, v)| (format!("{} {what}", entry.path), v)),
        );
        payloads.entry(entry.kind.clone()).or_default().extend(all);
    }
    let mut compare = Compare {
        payloads,
        texts: 0,
        accepted: 0,
        differences: Vec::new(),
    };
    ccwire_webex::WebexEvent::for_each_kind(&mut compare);
    ccwire_genesys::GenesysMessage::for_each_kind(&mut compare);
    ccwire_sobot::SobotEvent::for_each_kind(&mut compare);
    // Kinds decoded by name that hold unions (the task map holds routing events).
    compare.kind::<ccwire_webex::store::StoreAgentContact>("webex.store.AgentContact");
    if compare.differences.is_empty() {
        if compare.texts < 10_000 || compare.accepted < 4_000 {
            return Err(fail(format!(
                "too few texts compared ({} in all, {} accepted): the kinds were not visited",
                compare.texts, compare.accepted
            )));
        }
        return Ok(());
    }
    let mut msg = format!(
        "{} of {} texts decode differently:\n",
        compare.differences.len(),
        compare.texts
    );
    for d in compare.differences.iter().take(20) {
        let _ = writeln!(msg, "  {d}");
    }
    Err(fail(msg))
}

/// A decode's outcome, in a few words.
fn outcome(result: Result<Result<String, serde_json::Error>, serde_json::Error>) -> String {
    match result {
        Ok(Ok(_)) => "a value".to_owned(),
        Ok(Err(e)) | Err(e) => e.to_string(),
    }
}

/// The JSON text of `value` with every object's members in reverse order of their keys.
fn reversed(value: &Value) -> String {
    match value {
        Value::Object(map) => {
            let members: Vec<String> = map
                .iter()
                .rev()
                .map(|(k, v)| format!("{}:{}", Value::String(k.clone()), reversed(v)))
                .collect();
            format!("{{{}}}", members.join(","))
        }
        Value::Array(items) => {
            let items: Vec<String> = items.iter().map(reversed).collect();
            format!("[{}]", items.join(","))
        }
        other => other.to_string(),
    }
}
