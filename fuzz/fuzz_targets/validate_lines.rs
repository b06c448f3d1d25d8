//! Any bytes fed to the command's line validator (as `ccwire validate -` reads them): no panic,
//! and every input yields a count of messages with at most that many invalid.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (messages, invalid) = ccwire_cli::validate_bytes(data, ccwire_codec::Mode::Strict);
    assert!(invalid <= messages);
});
