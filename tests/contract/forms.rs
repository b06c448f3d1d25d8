//! Payloads the documents show in more than one form: every form accepted by the decoder and
//! the schema alike, anything else refused by both.

use libtest_mimic::{Failed, Trial};
use serde_json::{Value, json};

use crate::{fail, schemas};

pub(crate) fn trials() -> Vec<Trial> {
    vec![Trial::test(
        "forms::unregister_keys_takes_the_widget_element_or_the_keys",
        unregister_keys_takes_the_widget_element_or_the_keys,
    )]
}

/// `unregisterKeys('widget-one-example')` (webex-desktop-js-sdk.txt L9757) and the key list of
/// the method's own example (L10437-10452).
fn unregister_keys_takes_the_widget_element_or_the_keys() -> Result<(), Failed> {
    const KIND: &str = "webex.shortcutKey.UnregisterKeysRequest";
    let schema_path = ccwire_codec::kind(KIND)
        .ok_or_else(|| fail(format!("{KIND} not registered")))?
        .schema_path();
    let key = json!({"widgetElement": "w", "group": "g", "action": "a",
        "modifierKeys": "ctrlKey_altKey", "key": "r"});
    let cases: [(Value, bool); 5] = [
        (json!("widget-one-example"), true),
        (json!([key]), true),
        (json!([]), true),
        (json!(5), false),
        (json!(["widget-one-example"]), false),
    ];
    for (value, accepted) in cases {
        for (mode, schema) in [
            (ccwire_codec::Mode::Lenient, schema_path.clone()),
            (ccwire_codec::Mode::Strict, format!("strict/{schema_path}")),
        ] {
            let decoder = ccwire_codec::validate_as(KIND, &value.to_string(), mode).valid;
            let schema_ok = schemas::accepts(&schema, &value)?;
            if decoder != accepted || schema_ok != accepted {
                return Err(fail(format!(
                    "{value} {mode:?}: decoder {decoder}, schema {schema_ok}, expected {accepted}"
                )));
            }
        }
    }
    Ok(())
}
