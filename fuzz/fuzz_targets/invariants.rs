//! Invariants, not only "no panic", on any bytes:
//!
//! * lossless: a message that decodes re-encodes to the same JSON, compared by canonical text
//!   (`ccwire_wire::json::canonical`), so every number must come back as written (`1e2` is not
//!   `100.0`) and every other value equal;
//! * secrecy: a marker placed structurally in a secure CAD value of the input (and in every
//!   malformed form of the leak corpus, `ccwire_contract_tests::leak`) never appears in `Debug`,
//!   error or report output.
#![no_main]

use ccwire_contract_tests::leak::{self, Marker};
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(msg) = ccwire_codec::decode(text) {
        let encoded = ccwire_codec::encode(&msg).expect("encodes");
        let original = ccwire_wire::json::canonical(text.trim_start_matches('\u{feff}'))
            .expect("decoded text is JSON");
        let back = ccwire_wire::json::canonical(&encoded).expect("encoding is JSON");
        assert_eq!(
            original, back,
            "re-encoding changed a number's text or a value"
        );
    }
    let Ok(mut value) = serde_json::from_str::<Value>(text) else {
        return;
    };
    // A CAD variable where Webex messages carry them, so that every input has one.
    if let Value::Object(top) = &mut value {
        let data = top.entry("data").or_insert_with(|| json!({}));
        if let Value::Object(data) = data {
            let interaction = data.entry("interaction").or_insert_with(|| json!({}));
            if let Value::Object(interaction) = interaction {
                let cad = interaction
                    .entry("callAssociatedData")
                    .or_insert_with(|| json!({}));
                if let Value::Object(cad) = cad {
                    cad.insert("fuzzVar".into(), json!({ "name": "fuzzVar", "value": "x" }));
                }
            }
        }
    }
    let marker = Marker::absent_from(text, data.len() as u64);
    for v in leak::variants(&value, None, &marker).into_iter().take(48) {
        for (what, out) in leak::renderings(&v.text, None) {
            assert!(
                !marker.found_in(&out),
                "{}: {what} shows the marker: {out}",
                v.name
            );
        }
    }
});
