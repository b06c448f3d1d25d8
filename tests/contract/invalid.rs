//! `fixtures/invalid/`: inputs the decoder and the exported schema must both reject, each with
//! the reason, and the decoder's error must point at the offending member.

use ccwire_codec::DecodeError;
use ccwire_contract_tests::{InvalidCase, InvalidManifest, fixtures_dir};
use libtest_mimic::{Failed, Trial};
use serde_json::Value;

use crate::{fail, schemas};

pub(crate) fn trials() -> Vec<Trial> {
    let manifest: InvalidManifest =
        match ccwire_contract_tests::read_json(&fixtures_dir().join("invalid/manifest.json")) {
            Ok(m) => m,
            Err(e) => {
                return vec![Trial::test("invalid::manifest_is_readable", move || {
                    Err(fail(e.clone()))
                })];
            }
        };
    manifest
        .cases
        .into_iter()
        .map(|case| {
            let name = format!(
                "invalid::{}::rejected_by_decoder_and_schema",
                case.path.trim_end_matches(".json")
            );
            Trial::test(name, move || rejected(&case))
        })
        .collect()
}

fn rejected(case: &InvalidCase) -> Result<(), Failed> {
    let path = fixtures_dir().join("invalid").join(&case.path);
    let text =
        std::fs::read_to_string(&path).map_err(|e| fail(format!("{}: {e}", path.display())))?;
    let (schema, decoded): (String, Result<(), DecodeError>) = if case.target == "webex.message" {
        (
            "webex/message.json".to_owned(),
            ccwire_codec::decode(&text).map(drop),
        )
    } else {
        let spec = ccwire_codec::kind(&case.target)
            .ok_or_else(|| fail(format!("unknown target {}", case.target)))?;
        (spec.schema_path(), spec.decode(&text).map(drop))
    };
    let Err(err) = decoded else {
        return Err(fail(format!(
            "the decoder accepted it, but it must be rejected: {}",
            case.why
        )));
    };
    if let Some(pointer) = &case.pointer
        && err.pointer() != pointer
    {
        return Err(fail(format!(
            "decoder error points at {:?}, expected {pointer:?}: {err}",
            err.pointer()
        )));
    }
    match serde_json::from_str::<Value>(&text) {
        Err(_) if case.pointer.is_none() => Ok(()),
        Err(e) => Err(fail(format!(
            "not JSON, but the case expects a data error: {e}"
        ))),
        Ok(value) => {
            if schemas::accepts(&schema, &value)? {
                Err(fail(format!(
                    "schemas/{schema} accepted it, but it must be rejected: {}",
                    case.why
                )))
            } else {
                Ok(())
            }
        }
    }
}
