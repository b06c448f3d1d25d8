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
        Trial::test(
            "forms::send_dtmf_takes_one_or_more_tones",
            send_dtmf_takes_one_or_more_tones,
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

/// `sendDtmf(dtmfData)`: a string of tones `0`-`9`, `*`, `#` (webex-desktop-js-sdk.txt L1729),
/// as the examples send them (L1719-1726); nothing else.
fn send_dtmf_takes_one_or_more_tones() -> Result<(), Failed> {
    let mut cases: Vec<(Value, bool)> = ["5", "1234", "*", "#", "2*9876#"]
        .into_iter()
        .map(|tones| (json!(tones), true))
        .collect();
    cases.extend(
        [
            json!(""),
            json!("12a"),
            json!("5 "),
            json!(5),
            json!(["5"]),
            json!(null),
        ]
        .into_iter()
        .map(|v| (v, false)),
    );
    decided_alike("webex.agentContact.SendDtmfRequest", &cases)
}

/// Each value accepted (or refused) by both the decoder and the schema of `kind`, in both modes.
fn decided_alike(kind: &str, cases: &[(Value, bool)]) -> Result<(), Failed> {
    let cases: Vec<(Value, [bool; 2])> = cases
        .iter()
        .map(|(value, accepted)| (value.clone(), [*accepted; 2]))
        .collect();
    decided_per_mode(kind, &cases)
}

/// Each value accepted (`[lenient, strict]`) or refused by the decoder and the schema of `kind`
/// alike.
pub(crate) fn decided_per_mode(kind: &str, cases: &[(Value, [bool; 2])]) -> Result<(), Failed> {
    let schema_path = ccwire_codec::kind(kind)
        .ok_or_else(|| fail(format!("{kind} not registered")))?
        .schema_path();
    for (value, [lenient, strict]) in cases {
        for (mode, schema, accepted) in [
            (ccwire_codec::Mode::Lenient, schema_path.clone(), *lenient),
            (
                ccwire_codec::Mode::Strict,
                format!("strict/{schema_path}"),
                *strict,
            ),
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
