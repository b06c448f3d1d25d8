//! Payloads the documents show in more than one form: every form accepted by the decoder and
//! the schema alike, anything else refused by both.

use libtest_mimic::{Failed, Trial};
use serde_json::{Value, json};

use crate::{fail, schemas};

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "forms::unregister_keys_takes_the_widget_element_or_the_keys",
            unregister_keys_takes_the_widget_element_or_the_keys,
        ),
        Trial::test(
            "forms::idle_code_id_is_a_number_or_its_text",
            idle_code_id_is_a_number_or_its_text,
        ),
    ]
}

/// `unregisterKeys('widget-one-example')` (webex-desktop-js-sdk.txt L9757) and the key list of
/// the method's own example (L10437-10452).
fn unregister_keys_takes_the_widget_element_or_the_keys() -> Result<(), Failed> {
    const KIND: &str = "webex.shortcutKey.UnregisterKeysRequest";
    let key = json!({"widgetElement": "w", "group": "g", "action": "a",
        "modifierKeys": "ctrlKey_altKey", "key": "r"});
    decided_alike(
        KIND,
        &[
            (json!("widget-one-example"), true),
            (json!([key]), true),
            (json!([]), true),
            (json!(5), false),
            (json!(["widget-one-example"]), false),
        ],
    )
}

/// `latestData.idleCode.id`: typed Number (webex-desktop-js-sdk.txt L1853), sent as numeric
/// text for the same ids elsewhere (L1882): both forms, nothing else.
fn idle_code_id_is_a_number_or_its_text() -> Result<(), Failed> {
    let with = |id: Value| json!({"idleCode": {"id": id, "name": "Meeting"}});
    decided_alike(
        "webex.agentStateInfo.LatestData",
        &[
            (with(json!(1646)), true),
            (with(json!("1646")), true),
            (with(json!("AXUH3oN12eV")), false),
            (with(json!(true)), false),
            (with(json!(null)), false),
        ],
    )
}

/// Each value accepted (or refused) by both the decoder and the schema of `kind`, in both modes.
fn decided_alike(kind: &str, cases: &[(Value, bool)]) -> Result<(), Failed> {
    let schema_path = ccwire_codec::kind(kind)
        .ok_or_else(|| fail(format!("{kind} not registered")))?
        .schema_path();
    for (value, accepted) in cases {
        let accepted = *accepted;
        for (mode, schema) in [
            (ccwire_codec::Mode::Lenient, schema_path.clone()),
            (ccwire_codec::Mode::Strict, format!("strict/{schema_path}")),
        ] {
            let decoder = ccwire_codec::validate_as(kind, &value.to_string(), mode).valid;
            let schema_ok = schemas::accepts(&schema, value)?;
            if decoder != accepted || schema_ok != accepted {
                return Err(fail(format!(
                    "{kind} {value} {mode:?}: decoder {decoder}, schema {schema_ok}, expected {accepted}"
                )));
            }
        }
    }
    Ok(())
}
