//! Payloads the documents show in more than one form: every form accepted by the decoder and
//! the schema alike, anything else refused by both.

use libtest_mimic::{Failed, Trial};
use serde_json::{Value, json};

use crate::{fail, schemas};

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "forms::a_cad_value_is_text_or_the_variable_order",
            a_cad_value_is_text_or_the_variable_order,
        ),
        Trial::test(
            "forms::unregister_keys_takes_the_widget_element_or_the_keys",
            unregister_keys_takes_the_widget_element_or_the_keys,
        ),
        Trial::test(
            "forms::genesys_accept_and_complete_take_the_per_media_members",
            genesys_accept_and_complete_take_the_per_media_members,
        ),
        Trial::test(
            "forms::idle_code_id_is_a_number_or_its_text",
            idle_code_id_is_a_number_or_its_text,
        ),
        Trial::test(
            "forms::send_dtmf_takes_one_or_more_tones",
            send_dtmf_takes_one_or_more_tones,
        ),
        Trial::test(
            "forms::call_processing_text_that_is_no_value_is_kept_as_drift",
            call_processing_text_that_is_no_value_is_kept_as_drift,
        ),
        Trial::test(
            "forms::i18n_names_and_backend_are_text_or_the_example_forms",
            i18n_names_and_backend_are_text_or_the_example_forms,
        ),
        Trial::test(
            "forms::config_init_takes_the_widget_name_and_provider",
            config_init_takes_the_widget_name_and_provider,
        ),
        Trial::test(
            "forms::general_notifications_take_the_documented_raw_object",
            general_notifications_take_the_documented_raw_object,
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

/// `callProcessingDetails` members are typed String by the seed (webex-desktop-js-sdk.txt
/// L228-248): a flag or number as text or natively is typed in both modes; other text is kept and
/// is drift (valid in lenient mode, refused in strict mode, by the decoder and the schemas alike),
/// reported as an unknown value at its pointer; anything but text, a number or a flag is refused.
fn call_processing_text_that_is_no_value_is_kept_as_drift() -> Result<(), Failed> {
    const KIND: &str = "webex.routing.AgentOfferContact";
    let path = "webex/routing/AgentOfferContact/sdk-L9242.json";
    let offer: Value =
        ccwire_contract_tests::read_json(&ccwire_contract_tests::fixtures_dir().join(path))
            .map_err(fail)?;
    let data = offer
        .get("data")
        .cloned()
        .ok_or_else(|| fail(format!("{path}: no data")))?;
    let with = |member: &str, value: Value| -> Result<Value, Failed> {
        let mut v = data.clone();
        v.pointer_mut("/interaction/callProcessingDetails")
            .and_then(Value::as_object_mut)
            .ok_or_else(|| fail("no callProcessingDetails"))?
            .insert(member.to_owned(), value);
        Ok(v)
    };
    let odd = with("pauseDuration", json!("abc"))?;
    decided_per_mode(
        KIND,
        &[
            (with("pauseDuration", json!("30"))?, [true, true]),
            (with("pauseDuration", json!(30))?, [true, true]),
            (with("isPaused", json!(true))?, [true, true]),
            (odd.clone(), [true, false]),
            (with("isPaused", json!("maybe"))?, [true, false]),
            (with("pauseDuration", json!([30]))?, [false, false]),
            (with("isPaused", json!(1.5))?, [false, false]),
        ],
    )?;
    let report = ccwire_codec::validate_as(KIND, &odd.to_string(), ccwire_codec::Mode::Lenient);
    let drift = drift(&report);
    if drift
        != [(
            "unknown-value",
            "/interaction/callProcessingDetails/pauseDuration",
            ccwire_codec::Severity::Warning,
        )]
    {
        return Err(fail(format!("{drift:?}")));
    }
    Ok(())
}

/// `getMergedInitOptions`: the table types `ns` and `backend` String (webex-desktop-js-sdk.txt
/// L680, L682), the example passes a list and an object (L668, L670-672): both forms of each.
fn i18n_names_and_backend_are_text_or_the_example_forms() -> Result<(), Failed> {
    let with = |ns: Value, backend: Value| json!({"defaultNS": "my-ns", "ns": ns, "fallbackLng": "en", "backend": backend});
    let object = json!({"loadPath": "/locales/{{lng}}/{{ns}}.json"});
    let text = json!("/locales/{{lng}}/{{ns}}.json");
    decided_alike(
        "webex.i18n.InitOptions",
        &[
            (with(json!(["my-ns"]), object.clone()), true),
            (with(json!("my-ns"), object.clone()), true),
            (with(json!(["my-ns"]), text.clone()), true),
            (with(json!("my-ns"), text), true),
            (with(json!(5), object.clone()), false),
            (with(json!([5]), object), false),
            (with(json!("my-ns"), json!({})), false),
            (with(json!("my-ns"), json!(["x"])), false),
        ],
    )
}

/// `Desktop.config.init('my-widget', 'cisco')` (webex-desktop-js-sdk.txt L549), its arguments
/// keyed by parameter name: both required (L558-559), both strings.
fn config_init_takes_the_widget_name_and_provider() -> Result<(), Failed> {
    decided_alike(
        "webex.config.InitArguments",
        &[
            (
                json!({"widgetName": "my-widget", "widgetProvider": "cisco"}),
                true,
            ),
            (json!({"widgetName": "my-widget"}), false),
            (json!({"widgetProvider": "cisco"}), false),
            (json!({"widgetName": 1, "widgetProvider": "cisco"}), false),
            (json!(["my-widget", "cisco"]), false),
        ],
    )
}

/// The `raw` object of the general notifications (webex-desktop-js-sdk.txt L1178-1211, without
/// its functions) and their `[status, reason, mode]` result (L1284): required members refused
/// when absent, an action without `variant` only drift (the action table promises nothing).
fn general_notifications_take_the_documented_raw_object() -> Result<(), Failed> {
    let raw = |content: Value| json!({"data": {"type": "Info", "mode": "Silent", "title": "Info - Silent", "data": content}});
    let content = json!({
        "text": "Explore New Horizons",
        "link": "https://www.abc.com/file/Priority-To-do-list",
        "linkName": "Toaster Notification",
        "iconDetail": {"iconName": "icon-alert-active_16", "color": "blue", "iconColor": "#08599C"},
        "actions": [{"label": "Yes", "variant": "primary"}, {"label": "No", "variant": "secondary"}]
    });
    let mut no_text = content.clone();
    no_text.as_object_mut().map(|o| o.remove("text"));
    decided_per_mode(
        "webex.actions.GeneralNotification",
        &[
            (raw(content.clone()), [true, true]),
            (
                raw(json!({"text": "t", "errorDetail": {"message": "m", "localization": {}}})),
                [true, true],
            ),
            (
                raw(json!({"text": "t", "actions": [{"label": "Later"}]})),
                [true, false],
            ),
            (raw(no_text), [false, false]),
            (
                raw(json!({"text": "t", "iconDetail": {"color": "blue"}})),
                [false, false],
            ),
            (
                raw(json!({"text": "t", "errorDetail": {"message": "m"}})),
                [false, false],
            ),
            (
                json!({"data": {"mode": "Silent", "title": "t", "data": content}}),
                [false, false],
            ),
        ],
    )?;
    decided_alike(
        "webex.actions.NotificationResult",
        &[
            (json!(["resolved", "user_action", "Silent"]), true),
            (json!(["resolved", "user_action"]), false),
            (json!(["resolved", "user_action", "Silent", "x"]), false),
            (json!(["resolved", 1, "Silent"]), false),
        ],
    )
}

/// The drift problems of a report as (code, pointer, severity): text forms (`"30"` for 30) are
/// information, not drift, and are left out.
pub(crate) fn drift(report: &ccwire_codec::Report) -> Vec<(&str, &str, ccwire_codec::Severity)> {
    report
        .problems
        .iter()
        .filter(|p| p.code != "text-form")
        .map(|p| (p.code, p.pointer.as_str(), p.severity))
        .collect()
}

/// Each value accepted (or refused) by both the decoder and the schema of `kind`, in both modes.
fn decided_alike(kind: &str, cases: &[(Value, bool)]) -> Result<(), Failed> {
    let cases: Vec<(Value, [bool; 2])> = cases
        .iter()
        .map(|(value, accepted)| (value.clone(), [*accepted; 2]))
        .collect();
    decided_per_mode(kind, &cases)
}

/// The Interactions API's Accept and Complete as the per-media Web Services pages document
/// them (`EmailAccept`, `ChatAccept`, `OpenMediaAPIAccept`, `EmailComplete`, `ChatComplete`,
/// `WorkitemComplete`): the seed's bare form and each channel's optional members are valid in
/// both modes; a member of the wrong type is refused in both.
fn genesys_accept_and_complete_take_the_per_media_members() -> Result<(), Failed> {
    use serde_json::json;
    decided_per_mode(
        "genesys.interactions.Accept",
        &[
            (json!({"operationName": "Accept"}), [true, true]),
            (
                json!({"operationName": "Accept", "saveLAR": true}),
                [true, true],
            ),
            (
                json!({"operationName": "Accept", "saveLAR": "false"}),
                [true, true],
            ),
            (
                json!({"operationName": "Accept", "nickname": "Agent Smith"}),
                [true, true],
            ),
            (
                json!({"operationName": "Accept", "nickname": 5}),
                [false, false],
            ),
        ],
    )?;
    decided_per_mode(
        "genesys.interactions.Complete",
        &[
            (json!({"operationName": "Complete"}), [true, true]),
            (
                json!({"operationName": "Complete", "queueName": "Q1"}),
                [true, true],
            ),
            (
                json!({"operationName": "Complete", "queueName": "Q1", "saveLAR": true}),
                [true, true],
            ),
            (
                json!({"operationName": "Complete", "text": "Bye", "messageType": "Text", "treatAs": "System"}),
                [true, true],
            ),
            (
                json!({"operationName": "Complete", "queueName": ["Q1"]}),
                [false, false],
            ),
        ],
    )
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

/// A CAD variable's `value`: text (the callAssociatedData table, L272), or the display order of
/// the variables, which the SDK typings allow (`value: string | cadOrderData`). The order is
/// kept exactly; members it does not declare are drift; any other JSON type is refused.
fn a_cad_value_is_text_or_the_variable_order() -> Result<(), Failed> {
    const KIND: &str = "webex.routing.AgentOfferContact";
    let offer = ccwire_contract_tests::read_json::<Value>(
        &ccwire_contract_tests::fixtures_dir()
            .join("webex/routing/AgentOfferContact/sdk-L9242.json"),
    )
    .map_err(fail)?
    .get("data")
    .cloned()
    .ok_or_else(|| fail("AgentOfferContact fixture: no data"))?;
    let with = |value: Value| -> Result<Value, Failed> {
        let mut v = offer.clone();
        *v.pointer_mut("/interaction/callAssociatedData/dn/value")
            .ok_or_else(|| fail("no callAssociatedData.dn.value"))? = value;
        Ok(v)
    };
    let order = json!({
        "pop-over": [{"name": "dn", "variableSeq": "1"}],
        "interaction-panel": [{"name": "ronaTimeout", "variableSeq": "2"}]
    });
    let ordered = with(order.clone())?;
    let decoded =
        ccwire_codec::decode_as(KIND, &ordered.to_string()).map_err(|e| fail(e.to_string()))?;
    let back = decoded.to_json().map_err(|e| fail(e.to_string()))?;
    if back.pointer("/interaction/callAssociatedData/dn/value") != Some(&order) {
        return Err(fail(format!("the order came back as {back}")));
    }
    decided_per_mode(
        KIND,
        &[
            (ordered, [true, true]),
            (with(json!("5500"))?, [true, true]),
            (
                with(json!({"pop-over": [], "interaction-panel": [], "later": 1}))?,
                [true, false],
            ),
            (with(json!(5500))?, [false, false]),
            (with(json!(["dn"]))?, [false, false]),
        ],
    )
}
