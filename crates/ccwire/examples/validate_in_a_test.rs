//! Validates a payload in strict mode and prints the report; its tests show how an integration
//! asserts, in its own test suite, that the payloads it captured are valid and that a tampered
//! one is refused at the right place.
//!
//! ```sh
//! cargo run -p ccwire --example validate_in_a_test                 # the bundled offer
//! cargo run -p ccwire --example validate_in_a_test -- message.json # your own payload
//! cargo test -p ccwire --example validate_in_a_test                # the tests below
//! ```
//!
//! Strict mode ([`Mode::Strict`]) is for CI and drift monitors: besides a body that does not
//! decode, a member, enum value or kind the model does not know is an error, and so is the
//! absence of a member the vendor's references show. Integrations at run time use
//! [`Mode::Lenient`], where that drift is only a warning. A report also lists what does not make
//! a payload invalid: a number or boolean sent as text is `info` (code `text-form`). The exit
//! status is 1 when the payload is invalid.
//!
//! The bundled payload (`examples/data/offer.json`) is the fixture
//! `fixtures/webex/routing/AgentOfferContact/sdk-L9242.json`: a contact offered to an agent.

use std::error::Error;
use std::process::ExitCode;

use ccwire::{Mode, Report, validate};

/// The bundled payload, validated when no file is given.
const OFFER: &str = include_str!("data/offer.json");

fn main() -> Result<ExitCode, Box<dyn Error>> {
    let text = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e}", std::path::Path::new(&path).display()))?,
        None => OFFER.to_owned(),
    };
    let report = validate(&text, Mode::Strict);
    print_report(&report);
    Ok(if report.valid {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// One line for the verdict, then one per problem (pointer, message, code and severity).
fn print_report(report: &Report) {
    println!(
        "{}: {} in strict mode",
        report.kind.as_deref().unwrap_or("unknown kind"),
        if report.valid { "valid" } else { "invalid" }
    );
    for problem in &report.problems {
        println!("  {problem}");
    }
    if report.omitted > 0 {
        println!("  ... and {} more problem(s)", report.omitted);
    }
}

#[cfg(test)]
mod tests {
    // A failed assertion is how a test reports; the lints that keep panics out of library code
    // do not apply here.
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

    use ccwire::codec::Severity;
    use ccwire::{Mode, Report, decode, validate};
    use serde_json::{Value, json};

    use super::OFFER;

    /// The payload with one change made to its JSON value.
    fn tampered(change: impl FnOnce(&mut Value)) -> String {
        let mut value: Value = serde_json::from_str(OFFER).expect("the bundled payload is JSON");
        change(&mut value);
        value.to_string()
    }

    /// The errors of a report, as (pointer, code): what makes a payload invalid. Reports also
    /// list warnings (drift, in lenient mode) and information (a number or boolean sent as text,
    /// as this payload's `callProcessingDetails` are), which do not.
    fn errors(report: &Report) -> Vec<(&str, &str)> {
        report
            .problems
            .iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| (p.pointer.as_str(), p.code))
            .collect()
    }

    /// The captured payload is valid, even in strict mode.
    #[test]
    fn the_captured_offer_is_valid() {
        let report = validate(OFFER, Mode::Strict);
        assert!(report.valid, "{:#?}", report.problems);
        assert_eq!(errors(&report), []);
        assert_eq!(
            report.kind.as_deref(),
            Some("webex.routing.AgentOfferContact")
        );
    }

    /// A value of the wrong type is refused in every mode, with the pointer of that value.
    #[test]
    fn a_wrong_type_is_refused_with_its_pointer() {
        let text = tampered(|v| v["data"]["interaction"]["state"] = json!(7));
        for mode in [Mode::Lenient, Mode::Strict] {
            let report = validate(&text, mode);
            assert!(!report.valid);
            assert_eq!(errors(&report), [("/data/interaction/state", "decode")]);
        }
        // The decoder says the same.
        let err = decode(&text).unwrap_err();
        assert_eq!(err.pointer(), "/data/interaction/state");
        assert_eq!(err.kind(), Some("webex.routing.AgentOfferContact"));
    }

    /// A member the model does not know decodes (it is kept, and encoded back) and is a warning
    /// in lenient mode, an error in strict mode.
    #[test]
    fn an_unknown_member_is_refused_in_strict_mode() {
        let text = tampered(|v| v["data"]["interaction"]["priority"] = json!(1));
        assert!(decode(&text).is_ok());
        assert!(validate(&text, Mode::Lenient).valid);

        let report = validate(&text, Mode::Strict);
        assert!(!report.valid);
        assert_eq!(
            errors(&report),
            [("/data/interaction/priority", "unknown-member")]
        );
    }

    /// A member the references show but do not promise, removed: it decodes, and strict mode
    /// refuses its absence.
    #[test]
    fn a_missing_expected_member_is_refused_in_strict_mode() {
        let text = tampered(|v| {
            v["data"]["interaction"]
                .as_object_mut()
                .unwrap()
                .remove("state");
        });
        assert!(validate(&text, Mode::Lenient).valid);

        let report = validate(&text, Mode::Strict);
        assert!(!report.valid);
        assert_eq!(
            errors(&report),
            [("/data/interaction/state", "missing-member")]
        );
    }
}
