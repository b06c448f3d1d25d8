//! Presence classes of members: a *required* member's absence is refused in every mode; an
//! *expected* member's absence is drift (`missing-member`: a warning, an error in strict mode);
//! the decoder and the schemas decide alike in both modes.

use libtest_mimic::{Failed, Trial};
use serde_json::Value;

use crate::fail;
use crate::forms::{decided_per_mode, drift};

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "presence::an_expected_member_may_be_absent_but_is_drift",
            an_expected_member_may_be_absent_but_is_drift,
        ),
        Trial::test(
            "presence::a_time_not_yet_reached_may_be_null",
            a_time_not_yet_reached_may_be_null,
        ),
        Trial::test(
            "presence::a_member_typed_or_undefined_may_be_absent_in_both_modes",
            a_member_typed_or_undefined_may_be_absent_in_both_modes,
        ),
        Trial::test(
            "presence::a_member_the_reference_allows_as_null_may_be_null",
            a_member_the_reference_allows_as_null_may_be_null,
        ),
        Trial::test(
            "presence::a_required_member_is_refused_when_absent_in_both_modes",
            a_required_member_is_refused_when_absent_in_both_modes,
        ),
    ]
}

const CONSULT_END_V2: &str = "webex.agentContact.ConsultEndV2Request";
const CONSULT_END_V2_FIXTURE: &str =
    "webex/agent-contact-requests/ConsultEndV2Request/sdk-L6804.json";

fn fixture(path: &str) -> Result<Value, Failed> {
    ccwire_contract_tests::read_json(&ccwire_contract_tests::fixtures_dir().join(path))
        .map_err(fail)
}

/// One expected member (`#[wire(expected)]`) and a fixture that carries it.
struct Expected {
    kind: &'static str,
    fixture: &'static str,
    /// Where the kind's body is in the fixture (`/data` for an event in its envelope).
    body: &'static str,
    /// The member, in the body.
    member: &'static str,
    /// The lines its class rests on.
    evidence: &'static str,
    /// Placeholder values of the example replaced by documented ones (pointer in the body,
    /// JSON text), so that the whole body is valid in strict mode.
    repairs: &'static [(&'static str, &'static str)],
}

const EXPECTED: &[Expected] = &[
    Expected {
        kind: CONSULT_END_V2,
        fixture: CONSULT_END_V2_FIXTURE,
        body: "",
        member: "/queueId",
        evidence: "type block L6812 optional, table L6820 required",
        repairs: &[],
    },
    Expected {
        kind: CONSULT_END_V2,
        fixture: CONSULT_END_V2_FIXTURE,
        body: "",
        member: "/isSecondaryEpDnAgent",
        evidence: "type block L6812 optional, table L6819 required",
        repairs: &[],
    },
    Expected {
        kind: "webex.agentContact.ConsultRequestV2",
        fixture: "webex/agent-contact-requests/ConsultRequestV2/sdk-L6541.json",
        body: "",
        member: "/data/holdParticipants",
        evidence: "type block L6553 optional, table L6562 required",
        // The example puts an id in `destinationType` (L6545).
        repairs: &[("/data/destinationType", "\"queue\"")],
    },
    Expected {
        kind: "webex.routing.AgentOfferContact",
        fixture: "webex/routing/AgentOfferContact/sdk-L9242.json",
        body: "/data",
        member: "/interaction/callProcessingDetails",
        evidence: "in every sample, not in the SDK's interaction shape L2183-2193",
        repairs: &[],
    },
    Expected {
        kind: "webex.routing.AgentOfferContact",
        fixture: "webex/routing/AgentOfferContact/sdk-L9242.json",
        body: "/data",
        member: "/interaction/callFlowParams/OutdialQueue/qualifier",
        evidence: "in every sample, not in the table L259-265",
        repairs: &[],
    },
    Expected {
        kind: "genesys.serviceClient.InteractionAttachedDataChanged",
        fixture: "genesys/service-client/InteractionAttachedDataChanged/service-client-L237.json",
        body: "/data",
        member: "/interaction/caseId",
        evidence: "in the one sample L242-269, no member marked required L660-724",
        repairs: &[],
    },
    Expected {
        kind: "genesys.serviceClient.InteractionAttachedDataChanged",
        fixture: "genesys/service-client/InteractionAttachedDataChanged/service-client-L237.json",
        body: "/data",
        member: "/interaction/parties",
        evidence: "in the one sample L242-269, no member marked required L660-724",
        repairs: &[],
    },
    Expected {
        kind: "webex.routing.AgentOfferContact",
        fixture: "webex/routing/AgentOfferContact/sdk-L9242.json",
        body: "/data",
        member: "/agentId",
        evidence: "generic routing data shape L2179 non-optional, no promise; in every sample",
        repairs: &[],
    },
    Expected {
        kind: "webex.screenPop.ScreenPop",
        fixture: "webex/screen-pop/ScreenPop/sdk-L9722.json",
        body: "/data",
        member: "/screenPopUrl",
        evidence: "in every sample, no reference promises it",
        repairs: &[],
    },
    Expected {
        kind: "webex.store.Agent",
        fixture: "webex/store/Agent/sdk-L103-synthetic.json",
        body: "",
        member: "/agentId",
        evidence: "STORE.agent table L106: no Required column, type not \"or Undefined\"",
        repairs: &[],
    },
    Expected {
        kind: "webex.store.Agent",
        fixture: "webex/store/Agent/sdk-L103-synthetic.json",
        body: "",
        member: "/wrapUpData/wrapUpProps/interactionId",
        evidence: "wrapUpProps table L156 String, beside members typed \"or Undefined\"",
        repairs: &[],
    },
    Expected {
        kind: "webex.shortcutKey.Modifiers",
        fixture: "webex/shortcut-key/Modifiers/sdk-L10388.json",
        body: "",
        member: "/CTRL",
        evidence: "the example response L10393 and the SDK typings; no reference promises it",
        repairs: &[],
    },
];

impl Expected {
    /// The kind's body in the fixture, repaired.
    fn whole(&self) -> Result<Value, Failed> {
        let mut body = fixture(self.fixture)?
            .pointer(self.body)
            .cloned()
            .ok_or_else(|| fail(format!("{}: nothing at {}", self.fixture, self.body)))?;
        for (pointer, text) in self.repairs {
            let slot = body
                .pointer_mut(pointer)
                .ok_or_else(|| fail(format!("{}: nothing at {pointer}", self.fixture)))?;
            *slot = serde_json::from_str(text).map_err(|e| fail(e.to_string()))?;
        }
        Ok(body)
    }
}

/// Removes the member at `pointer` (its last segment unescaped) from `value`.
fn remove(value: &mut Value, pointer: &str) -> Result<(), Failed> {
    let (parent, key) = pointer
        .rsplit_once('/')
        .ok_or_else(|| fail(format!("{pointer}: not a pointer")))?;
    let key = key.replace("~1", "/").replace("~0", "~");
    value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|o| o.remove(&key))
        .map(drop)
        .ok_or_else(|| fail(format!("{pointer}: no such member")))
}

/// Each expected member of [`EXPECTED`]: the fixture is valid in both modes; without the member
/// it decodes, with exactly one `missing-member` problem at the member's pointer (a warning; an
/// error with strict mode), and the lenient schema accepts it while the strict one refuses it.
fn an_expected_member_may_be_absent_but_is_drift() -> Result<(), Failed> {
    for e in EXPECTED {
        let whole = e.whole()?;
        let mut without = whole.clone();
        remove(&mut without, e.member)?;
        decided_per_mode(
            e.kind,
            &[(whole, [true, true]), (without.clone(), [true, false])],
        )
        .map_err(|err| fail(format!("{} ({}): {err:?}", e.member, e.evidence)))?;
        for (mode, severity) in [
            (ccwire_codec::Mode::Lenient, ccwire_codec::Severity::Warning),
            (ccwire_codec::Mode::Strict, ccwire_codec::Severity::Error),
        ] {
            let report = ccwire_codec::validate_as(e.kind, &without.to_string(), mode);
            let problems = drift(&report);
            if problems != [("missing-member", e.member, severity)] {
                return Err(fail(format!(
                    "{} without {}, {mode:?}: {problems:?}",
                    e.kind, e.member
                )));
            }
        }
    }
    Ok(())
}

/// The wrap-up properties type three members "Boolean or Undefined" / "Number or Undefined"
/// (webex-desktop-js-sdk.txt L153, L154, L157): without them the payload is valid in both modes
/// and drift-free.
fn a_member_typed_or_undefined_may_be_absent_in_both_modes() -> Result<(), Failed> {
    const KIND: &str = "webex.store.Agent";
    let whole = fixture("webex/store/Agent/sdk-L103-synthetic.json")?;
    for member in ["autoWrapup", "autoWrapupInterval", "allowCancelAutoWrapup"] {
        let mut without = whole.clone();
        remove(&mut without, &format!("/wrapUpData/wrapUpProps/{member}"))?;
        decided_per_mode(KIND, &[(without.clone(), [true, true])])
            .map_err(|err| fail(format!("{member}: {err:?}")))?;
        let report =
            ccwire_codec::validate_as(KIND, &without.to_string(), ccwire_codec::Mode::Strict);
        let problems = drift(&report);
        if !problems.is_empty() {
            return Err(fail(format!("without {member}: {problems:?}")));
        }
    }
    Ok(())
}

/// A time of something that has not happened yet: a media leg's `holdTimestamp` is "Number or
/// Null" (webex-desktop-js-sdk.txt L258). `null`, a number and absence are accepted in both
/// modes; text that is not a time is refused.
fn a_time_not_yet_reached_may_be_null() -> Result<(), Failed> {
    const KIND: &str = "webex.routing.AgentOfferContact";
    let offer = fixture("webex/routing/AgentOfferContact/sdk-L9242.json")?
        .get("data")
        .cloned()
        .ok_or_else(|| fail("AgentOfferContact fixture: no data"))?;
    let leg = "/interaction/media/8da312bb-5349-4d97-89d9-7bedd01b8782";
    let with = |time: Option<Value>| -> Result<Value, Failed> {
        let mut v = offer.clone();
        let leg = v
            .pointer_mut(leg)
            .and_then(Value::as_object_mut)
            .ok_or_else(|| fail(format!("{leg}: no media leg")))?;
        match time {
            Some(t) => leg.insert("holdTimestamp".to_owned(), t),
            None => leg.remove("holdTimestamp"),
        };
        Ok(v)
    };
    decided_per_mode(
        KIND,
        &[
            (with(Some(Value::Null))?, [true, true]),
            (
                with(Some(serde_json::json!(1_596_553_645_227_u64)))?,
                [true, true],
            ),
            (with(None)?, [true, true]),
            (with(Some(serde_json::json!("later")))?, [false, false]),
        ],
    )
}

/// `initAgent`'s `agentType` and `allowStorageListen`, whose rows say what happens "when it is
/// null" (sobot-call-sdk.txt L45, L46): `null` is accepted in both modes, and re-encoded as sent.
fn a_member_the_reference_allows_as_null_may_be_null() -> Result<(), Failed> {
    const KIND: &str = "sobot.call.InitAgentRequest";
    let request = fixture("sobot/call/InitAgentRequest/sdk-L23.json")?;
    let with = |member: &str, value: Option<Value>| -> Result<Value, Failed> {
        let mut v = request.clone();
        let o = v
            .as_object_mut()
            .ok_or_else(|| fail("InitAgentRequest fixture: not an object"))?;
        match value {
            Some(x) => o.insert(member.to_owned(), x),
            None => o.remove(member),
        };
        Ok(v)
    };
    let mut cases = Vec::new();
    for member in ["agentType", "allowStorageListen"] {
        cases.push((with(member, Some(Value::Null))?, [true, true]));
        cases.push((with(member, None)?, [true, true]));
        cases.push((with(member, Some(serde_json::json!([])))?, [false, false]));
    }
    let null_type = with("agentType", Some(Value::Null))?;
    let decoded =
        ccwire_codec::decode_as(KIND, &null_type.to_string()).map_err(|e| fail(e.to_string()))?;
    let back = decoded.to_json().map_err(|e| fail(e.to_string()))?;
    if back != null_type {
        return Err(fail(format!("null agentType re-encoded as {back}")));
    }
    decided_per_mode(KIND, &cases)
}

/// `consultEndV2`'s `interactionId`, which every method's table and type block require (L6811,
/// L6817): refused when absent, in both modes, by the decoder and the schemas.
fn a_required_member_is_refused_when_absent_in_both_modes() -> Result<(), Failed> {
    let mut without = fixture(CONSULT_END_V2_FIXTURE)?;
    without
        .as_object_mut()
        .and_then(|o| o.remove("interactionId"))
        .ok_or_else(|| fail("the fixture has no interactionId"))?;
    decided_per_mode(CONSULT_END_V2, &[(without, [false, false])])
}
