//! Typed access in one step: every message a fixture holds lends the value of its kind's Rust
//! type (the type the registry names for that kind), and `into_kind` takes a kind out of a
//! message of any vendor, or gives the message back.

use std::any::Any;
use std::collections::BTreeSet;

use ccwire_codec::Message;
use ccwire_contract_tests::{Manifest, fixtures_dir, read_json};
use ccwire_wire::kind::EventKind;
use libtest_mimic::{Failed, Trial};

use crate::fail;

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "access::every_message_fixture_lends_the_type_its_kind_names",
            every_message_fixture_lends_the_type_its_kind_names,
        ),
        Trial::test(
            "access::a_kind_is_taken_out_of_a_message_of_any_vendor_or_the_message_given_back",
            a_kind_is_taken_out_of_a_message_of_any_vendor_or_the_message_given_back,
        ),
    ]
}

fn decode(text: &str) -> Result<Message, Failed> {
    ccwire_codec::decode(text).map_err(|e| fail(e.to_string()))
}

/// Every fixture detected from its content (not decoded by name): `Message::as_any` lends a
/// value whose type is the one registered for the fixture's kind, so `Message::get::<K>()` finds
/// it for that kind's type and no other.
fn every_message_fixture_lends_the_type_its_kind_names() -> Result<(), Failed> {
    let manifest: Manifest = read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    let mut kinds = BTreeSet::new();
    for fixture in &manifest.fixtures {
        if matches!(fixture.framing.as_str(), "request" | "payload") {
            continue;
        }
        let text = std::fs::read_to_string(fixtures_dir().join(&fixture.path))
            .map_err(|e| fail(format!("{}: {e}", fixture.path)))?;
        let message = decode(&text)?;
        let spec = ccwire_codec::kind(&fixture.kind).ok_or_else(|| {
            fail(format!(
                "{}: kind {} not registered",
                fixture.path, fixture.kind
            ))
        })?;
        let lent = message.as_any().map(<dyn Any>::type_id);
        if lent != Some(spec.type_id()) {
            return Err(fail(format!(
                "{}: {} lends {lent:?}, its kind's type is {:?}",
                fixture.path,
                fixture.kind,
                spec.type_id()
            )));
        }
        kinds.insert(fixture.kind.as_str());
    }
    // Every family with message fixtures was checked (the documents give no Sobot event or
    // Webex session sample; the next case covers a Sobot event inline).
    let families: BTreeSet<&str> = kinds
        .iter()
        .filter_map(|k| k.rsplit_once('.').map(|(family, _)| family))
        .collect();
    let expected = [
        "genesys.cometd",
        "genesys.interactions",
        "genesys.serviceClient",
        "webex.agentDesktop",
        "webex.jsMethod",
        "webex.monitoring",
        "webex.routing",
        "webex.screenPop",
        "webex.shortcutKey",
    ];
    if families.iter().copied().ne(expected) {
        return Err(fail(format!("families checked: {families:?}")));
    }
    Ok(())
}

/// Takes `K` out of the message in `text`, expecting it to be there.
fn take<K: EventKind>(text: &str) -> Result<K, Failed> {
    let message = decode(text)?;
    if message.get::<K>().is_none() {
        return Err(fail(format!("{} not lent by {text}", K::KIND)));
    }
    message
        .into_kind::<K>()
        .map_err(|m| fail(format!("{} not taken out of {}", K::KIND, m.kind())))
}

fn a_kind_is_taken_out_of_a_message_of_any_vendor_or_the_message_given_back() -> Result<(), Failed>
{
    use ccwire_genesys::cometd::CallStateChangeMessage;
    use ccwire_genesys::interactions_api::SingleStepTransfer;
    use ccwire_genesys::service_client::InteractionAdded;
    use ccwire_sobot::EventRinging;
    use ccwire_webex::agent_state::AgentStateChangeSuccess;
    use ccwire_webex::routing::AgentContactHeld;

    let held = take::<AgentContactHeld>(
        r#"{"type":"RoutingMessage","orgId":"o","data":{"type":"AgentContactHeld",
            "eventType":"RoutingMessage","interactionId":"i1","orgId":"o"}}"#,
    )?;
    if held.contact.interaction_id.as_str() != "i1" {
        return Err(fail(format!("{held:?}")));
    }
    let webex = fixtures_dir().join("webex");
    take::<AgentStateChangeSuccess>(&fixture_of(&webex, "AgentStateChangeSuccess")?)?;
    take::<SingleStepTransfer>(r#"{"operationName":"Transfer","userId":"a1"}"#)?;
    take::<InteractionAdded>(r#"{"event":"interaction","data":{"eventType":"ADDED"}}"#)?;
    take::<CallStateChangeMessage>(
        r#"{"messageType":"CallStateChangeMessage","notificationType":"StatusChange",
            "call":{"id":"c1","state":"Dialing"}}"#,
    )?;
    // The document names `EventRinging` with no payload (no fixture): its `messageID` is all.
    take::<EventRinging>(r#"{"messageID":"EventRinging","callID":"c1"}"#)?;
    for (kind, name) in [
        (
            SingleStepTransfer::KIND,
            "genesys.interactions.SingleStepTransfer",
        ),
        (
            InteractionAdded::KIND,
            "genesys.serviceClient.InteractionAdded",
        ),
        (AgentContactHeld::KIND, "webex.routing.AgentContactHeld"),
        (EventRinging::KIND, "sobot.event.EventRinging"),
    ] {
        if kind != name {
            return Err(fail(format!("{kind} is not {name}")));
        }
    }
    // Asked for another kind, the message comes back whole.
    let text = r#"{"operationName":"Complete"}"#;
    let back = decode(text)?
        .into_kind::<SingleStepTransfer>()
        .err()
        .ok_or_else(|| fail("Complete taken as SingleStepTransfer"))?;
    let same = ccwire_codec::encode(&back).map_err(|e| fail(e.to_string()))?;
    if ccwire_wire::json::canonical(&same) != ccwire_wire::json::canonical(text) {
        return Err(fail(format!("given back as {same}")));
    }
    Ok(())
}

/// The text of the first fixture (in path order) under `dir` in a directory named `kind`.
fn fixture_of(dir: &std::path::Path, kind: &str) -> Result<String, Failed> {
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let mut entries: Vec<_> = std::fs::read_dir(&dir)
            .map_err(|e| fail(e.to_string()))?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                pending.push(path);
            } else if path.to_string_lossy().contains(&format!("/{kind}/")) {
                return std::fs::read_to_string(&path).map_err(|e| fail(e.to_string()));
            }
        }
    }
    Err(fail(format!(
        "no fixture of {kind} under {}",
        dir.display()
    )))
}
