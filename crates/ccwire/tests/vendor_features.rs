//! A build with some vendors left out (cargo features) still tells their messages apart: `decode`
//! reports a vendor not compiled in, `detect` names the vendor and the discriminator, and no
//! message is ever guessed as another vendor's. CI runs this file once per single-vendor build
//! (`cargo test -p ccwire --no-default-features --features <vendor>`) and with every vendor.

use ccwire::codec::ErrorCategory;
use ccwire::{Vendor, decode, detect};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const WEBEX: &str = r#"{"type":"RoutingMessage","orgId":"o","data":{"type":"AgentContactHeld",
  "eventType":"RoutingMessage","interactionId":"i1","orgId":"o"}}"#;
const GENESYS: &str = r#"{"operationName":"Complete"}"#;
const GENESYS_SERVICE_CLIENT: &str = r#"{"event":"interaction","data":{"eventType":"ADDED"}}"#;
const SOBOT: &str = r#"{"messageID":"EventAgentReady","agentID":"1001"}"#;

/// Checks what `decode` and `detect` say of `text`, whose vendor is `vendor`, when that vendor
/// is compiled in (`compiled`) or not; `name` is the detected kind's full name.
fn check(text: &str, vendor: Vendor, compiled: bool, name: &str) -> TestResult {
    let detected = detect(text)?;
    assert_eq!(detected.vendor, vendor);
    assert_eq!(detected.to_string(), name);
    assert_eq!(detected.known, compiled);
    match decode(text) {
        Ok(message) => {
            assert!(compiled, "{name} decoded without its vendor compiled in");
            assert_eq!(message.vendor(), vendor);
            assert_eq!(message.kind().to_string(), name);
        }
        Err(err) => {
            assert!(!compiled, "{name} refused: {err}");
            assert_eq!(err.category(), ErrorCategory::NotCompiled);
            assert!(err.to_string().contains(&format!("`{vendor}`")), "{err}");
        }
    }
    Ok(())
}

#[test]
fn a_webex_message_decodes_only_with_webex_compiled_in() -> TestResult {
    let name = if cfg!(feature = "webex") {
        "webex.routing.AgentContactHeld"
    } else {
        // Without the Webex crate the envelope type is not mapped to a family.
        "webex.RoutingMessage.AgentContactHeld"
    };
    check(WEBEX, Vendor::Webex, cfg!(feature = "webex"), name)
}

#[test]
fn a_genesys_operation_decodes_only_with_genesys_compiled_in() -> TestResult {
    check(
        GENESYS,
        Vendor::Genesys,
        cfg!(feature = "genesys"),
        "genesys.interactions.Complete",
    )
}

#[test]
fn a_genesys_notification_decodes_only_with_genesys_compiled_in() -> TestResult {
    let name = if cfg!(feature = "genesys") {
        "genesys.serviceClient.InteractionAdded"
    } else {
        // Without the Genesys crate the `eventType` is not mapped to its kind name.
        "genesys.serviceClient.ADDED"
    };
    check(
        GENESYS_SERVICE_CLIENT,
        Vendor::Genesys,
        cfg!(feature = "genesys"),
        name,
    )
}

#[test]
fn a_sobot_event_decodes_only_with_sobot_compiled_in() -> TestResult {
    check(
        SOBOT,
        Vendor::Sobot,
        cfg!(feature = "sobot"),
        "sobot.event.EventAgentReady",
    )
}

#[test]
fn text_that_is_not_an_object_is_a_syntax_error_in_every_build() {
    for text in ["", "[1]", "{\"type\":"] {
        let err = decode(text).err();
        assert!(
            err.as_ref()
                .is_some_and(|e| e.category() != ErrorCategory::NotCompiled),
            "{text:?}: {err:?}"
        );
    }
}
