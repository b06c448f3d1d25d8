//! Any bytes: decoding never panics, and whatever decodes re-encodes to the same JSON (compared
//! by canonical text, so numbers must come back as written) and decodes again to an equal
//! message.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ccwire_codec::detect(std::str::from_utf8(data).unwrap_or_default());
    if let Ok(msg) = ccwire_codec::decode_slice(data) {
        let Ok(text) = std::str::from_utf8(data) else {
            panic!("decoded invalid UTF-8")
        };
        let encoded = ccwire_codec::encode(&msg).expect("encodes");
        let original = ccwire_wire::json::canonical(text.trim_start_matches('\u{feff}'))
            .expect("decoded text is JSON");
        let back = ccwire_wire::json::canonical(&encoded).expect("encoding is JSON");
        assert_eq!(original, back, "re-encoding changed the JSON");
        let again = ccwire_codec::decode(&encoded).expect("re-encoded message decodes");
        assert_eq!(again, msg, "decode(encode(x)) != x");
        let _ = ccwire_codec::validate(text, ccwire_codec::Mode::Strict);
    }
});
