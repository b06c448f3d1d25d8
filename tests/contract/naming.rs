//! Kind names of messages whose discriminator is not a modelled one: explicit, stable, never
//! a modelled kind's name, and never another vendor's.

use libtest_mimic::{Failed, Trial};

use crate::fail;

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "naming::an_empty_discriminator_has_an_explicit_name",
            an_empty_discriminator_has_an_explicit_name,
        ),
        Trial::test(
            "naming::an_unmodelled_discriminator_never_passes_for_a_modelled_kind",
            an_unmodelled_discriminator_never_passes_for_a_modelled_kind,
        ),
        Trial::test(
            "naming::another_vendors_discriminator_is_never_read_as_webex",
            another_vendors_discriminator_is_never_read_as_webex,
        ),
        Trial::test(
            "naming::genesys_cometd_notifications_whole_or_bare_are_genesys_and_kept_exactly",
            genesys_cometd_notifications_whole_or_bare_are_genesys_and_kept_exactly,
        ),
        Trial::test(
            "naming::a_result_named_without_members_is_known_and_kept_exactly",
            a_result_named_without_members_is_known_and_kept_exactly,
        ),
    ]
}

/// `VteamListFailed`, the failure answer of `vteamList` that the seed names without a member
/// (webex-desktop-js-sdk.txt L3862): a known kind; its members are kept exactly and reported as
/// unknown (an error in strict mode only).
fn a_result_named_without_members_is_known_and_kept_exactly() -> Result<(), Failed> {
    let text =
        r#"{"type":"VteamListFailed","orgId":"o","trackingId":"t","data":{"reason":"x","n":1e2}}"#;
    let (name, known) = names(text)?;
    if name != "webex.jsMethod.VteamListFailed" || !known {
        return Err(fail(format!("named {name} (known: {known})")));
    }
    let decoded = ccwire_codec::decode(text).map_err(|e| fail(e.to_string()))?;
    let encoded = ccwire_codec::encode(&decoded).map_err(|e| fail(e.to_string()))?;
    if ccwire_wire::json::canonical(&encoded) != ccwire_wire::json::canonical(text) {
        return Err(fail(format!("re-encoded as {encoded}")));
    }
    for (mode, valid) in [
        (ccwire_codec::Mode::Lenient, true),
        (ccwire_codec::Mode::Strict, false),
    ] {
        let report = ccwire_codec::validate(text, mode);
        let codes: Vec<_> = report
            .problems
            .iter()
            .map(|p| (p.code, p.pointer.as_str()))
            .collect();
        if report.valid != valid
            || codes
                != [
                    ("unknown-member", "/data/n"),
                    ("unknown-member", "/data/reason"),
                ]
        {
            return Err(fail(format!("{mode:?}: valid {}, {codes:?}", report.valid)));
        }
    }
    Ok(())
}

/// The name `detect` gives, and the name of the decoded message (they must agree).
fn names(text: &str) -> Result<(String, bool), Failed> {
    let detected = ccwire_codec::detect(text).map_err(|e| fail(format!("{text}: {e}")))?;
    let decoded = ccwire_codec::decode(text).map_err(|e| fail(format!("{text}: {e}")))?;
    if decoded.kind().to_string() != detected.to_string() {
        return Err(fail(format!(
            "{text}: detect says {detected}, decode says {}",
            decoded.kind()
        )));
    }
    Ok((detected.to_string(), detected.known))
}

fn an_empty_discriminator_has_an_explicit_name() -> Result<(), Failed> {
    for (text, expected) in [
        (
            r#"{"type":"RoutingMessage","data":{"type":""}}"#,
            r#"webex.routing."""#,
        ),
        (r#"{"type":"","data":{"type":"X"}}"#, r#"webex."".X"#),
        (r#"{"type":"RoutingMessage","data":{}}"#, "webex.routing.?"),
        (r#"{"operationName":""}"#, r#"genesys.interactions."""#),
        (
            r#"{"event":"interaction","data":{"eventType":""}}"#,
            r#"genesys.serviceClient."""#,
        ),
        (r#"{"messageID":""}"#, r#"sobot.event."""#),
    ] {
        let (name, known) = names(text)?;
        if name != expected || known {
            return Err(fail(format!(
                "{text}: named {name} (known: {known}), expected {expected}"
            )));
        }
    }
    Ok(())
}

/// Every modelled kind's own name (and the same with a trailing space or a dot) placed in every
/// discriminator of every vendor: whatever is not known is named so that no modelled kind has
/// that name.
fn an_unmodelled_discriminator_never_passes_for_a_modelled_kind() -> Result<(), Failed> {
    let mut tried = 0usize;
    for spec in ccwire_codec::kinds() {
        let Some(short) = spec.kind.rsplit('.').next() else {
            continue;
        };
        for name in [short.to_owned(), format!("{short} "), format!("x.{short}")] {
            let quoted = serde_json::to_string(&name).map_err(|e| fail(e.to_string()))?;
            for text in [
                format!(r#"{{"type":"RoutingMessage","data":{{"type":{quoted}}}}}"#),
                format!(r#"{{"type":{quoted},"data":{{"type":"AgentContactHeld"}}}}"#),
                format!(r#"{{"operationName":{quoted}}}"#),
                format!(r#"{{"event":"interaction","data":{{"eventType":{quoted}}}}}"#),
                format!(r#"{{"event":"agent","data":{{"eventType":{quoted}}}}}"#),
                format!(r#"{{"messageID":{quoted}}}"#),
            ] {
                // A modelled kind with an empty body may be refused; its name is then known.
                let Ok(detected) = ccwire_codec::detect(&text) else {
                    continue;
                };
                tried += 1;
                let shown = detected.to_string();
                if !detected.known && ccwire_codec::kind(&shown).is_some() {
                    return Err(fail(format!(
                        "{text}: not modelled, but named as the modelled kind {shown}"
                    )));
                }
                if detected.known && ccwire_codec::kind(&shown).is_none() {
                    return Err(fail(format!("{text}: known, but named {shown}")));
                }
            }
        }
    }
    println!("{tried} discriminators tried");
    Ok(())
}

fn another_vendors_discriminator_is_never_read_as_webex() -> Result<(), Failed> {
    for (text, expected) in [
        (r#"{"messageID":5}"#, "sobot.event.?"),
        (
            r#"{"messageID":"Foo","data":{"type":"X"}}"#,
            "sobot.event.Foo",
        ),
        (r#"{"operationName":5}"#, "genesys.interactions.?"),
        (
            r#"{"operationName":["Transfer"],"data":{"type":"AgentContactHeld"}}"#,
            "genesys.interactions.?",
        ),
    ] {
        let detected = ccwire_codec::detect(text).map_err(|e| fail(format!("{text}: {e}")))?;
        if detected.to_string() != expected || detected.known {
            return Err(fail(format!(
                "{text}: detected as {detected}, expected {expected}"
            )));
        }
    }
    Ok(())
}

/// Web Services CometD notifications (written from the reference pages' description of the
/// format: `channel` and `data`, `data.messageType`, `data.notificationType`, the resource):
/// Genesys, named by `messageType`, whole or bare. The message types the pages document are
/// known kinds (drift only for what they do not model); any other is an unknown kind (a warning,
/// an error in strict mode); both are kept exactly, numbers included.
fn genesys_cometd_notifications_whole_or_bare_are_genesys_and_kept_exactly() -> Result<(), Failed> {
    use ccwire_codec::{Mode, Vendor};
    for (text, name, known, drift) in [
        (
            r#"{"channel":"/v2/me/calls","data":{"messageType":"CallStateChangeMessage","notificationType":"StatusChange","call":{"id":"c-1","state":"Dialing","n":1e2}}}"#,
            "genesys.cometd.CallStateChangeMessage",
            true,
            &[("/data/call/n", "unknown-member")][..],
        ),
        (
            r#"{"data":{"messageType":"DeviceStateChangeMessage","devices":[{"id":"d","deviceState":"Active","userState":{"state":"Ready"}}]},"channel":"/v2/me/devices"}"#,
            "genesys.cometd.DeviceStateChangeMessage",
            true,
            &[][..],
        ),
        (
            r#"{"messageType":"IMSessionStateChangeMessage","notificationType":"StatusChange","imSession":{"id":"s","participants":[{"digits":"5001"}]}}"#,
            "genesys.cometd.IMSessionStateChangeMessage",
            true,
            &[][..],
        ),
        (
            r#"{"messageType":"WorkitemStateChangeMessage","notificationType":"Recovered","referenceId":8,"workitem":{"id":"w","workitemType":"Inbound"}}"#,
            "genesys.cometd.WorkitemStateChangeMessage",
            true,
            &[("/notificationType", "unknown-value")][..],
        ),
        (
            r#"{"channel":"/v2/me/outbound","data":{"messageType":"OutboundRecordMessage","record":{"id":"r","n":1e400}}}"#,
            "genesys.cometd.OutboundRecordMessage",
            false,
            &[("/data", "unknown-kind")][..],
        ),
        (
            r#"{"channel":"/v2/me/calls","data":{"call":{}}}"#,
            "genesys.cometd.?",
            false,
            &[("/data", "unknown-kind")][..],
        ),
    ] {
        let detected = ccwire_codec::detect(text).map_err(|e| fail(format!("{text}: {e}")))?;
        if detected.vendor != Vendor::Genesys
            || detected.to_string() != name
            || detected.known != known
        {
            return Err(fail(format!("{text}: detected as {detected}")));
        }
        let (decoded, _) = names(text)?;
        if decoded != name {
            return Err(fail(format!("{text}: decoded as {decoded}")));
        }
        let message = ccwire_codec::decode(text).map_err(|e| fail(e.to_string()))?;
        let back = ccwire_codec::encode(&message).map_err(|e| fail(e.to_string()))?;
        let same = |t: &str| ccwire_wire::json::canonical(t).map_err(|e| fail(e.to_string()));
        if same(&back)? != same(text)? {
            return Err(fail(format!("{text}: re-encoded as {back}")));
        }
        let lenient = ccwire_codec::validate(text, Mode::Lenient);
        let codes: Vec<(&str, &str)> = lenient
            .problems
            .iter()
            .map(|p| (p.pointer.as_str(), p.code))
            .collect();
        if !lenient.valid || codes != drift {
            return Err(fail(format!("{text}: lenient report {codes:?}")));
        }
        if ccwire_codec::validate(text, Mode::Strict).valid != drift.is_empty() {
            return Err(fail(format!(
                "{text}: strict mode disagrees with {codes:?}"
            )));
        }
    }
    // A known message type with a malformed resource is refused, with the pointer.
    let malformed = r#"{"channel":"/v2/me/emails","data":{"messageType":"EmailStateChangeMessage","email":[]}}"#;
    let err = ccwire_codec::decode(malformed)
        .err()
        .ok_or_else(|| fail("a malformed e-mail notification was accepted"))?;
    if err.pointer() != "/data/email" {
        return Err(fail(format!("{malformed}: {err}")));
    }
    Ok(())
}
