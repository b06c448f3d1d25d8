//! Hostile input: truncation at every offset, byte corruption, deep nesting, huge values,
//! out-of-range numbers, invalid UTF-8, duplicate keys, a byte order mark. Each gives an error
//! (or a documented acceptance), never a panic, a hang or a stack overflow.

use std::panic::{AssertUnwindSafe, catch_unwind};

use ccwire_contract_tests::{Manifest, fixtures_dir};
use libtest_mimic::{Failed, Trial};

use crate::fail;

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "hostile::every_fixture_truncated_anywhere_is_an_error",
            every_fixture_truncated_anywhere_is_an_error,
        ),
        Trial::test(
            "hostile::single_byte_corruptions_never_panic",
            single_byte_corruptions_never_panic,
        ),
        Trial::test(
            "hostile::nesting_100000_deep_is_an_error",
            nesting_100000_deep_is_an_error,
        ),
        Trial::test(
            "hostile::a_100_mb_string_value_decodes_without_trouble",
            a_100_mb_string_value_decodes_without_trouble,
        ),
        Trial::test(
            "hostile::numbers_beyond_range_are_errors_where_typed",
            numbers_beyond_range_are_errors_where_typed,
        ),
        Trial::test(
            "hostile::invalid_utf8_is_an_error",
            invalid_utf8_is_an_error,
        ),
        Trial::test(
            "hostile::duplicate_keys_are_errors_at_any_depth",
            duplicate_keys_are_errors_at_any_depth,
        ),
        Trial::test(
            "hostile::in_large_objects_the_first_repeated_member_is_reported_at_its_pointer",
            in_large_objects_the_first_repeated_member_is_reported_at_its_pointer,
        ),
        Trial::test(
            "hostile::a_byte_order_mark_is_skipped",
            a_byte_order_mark_is_skipped,
        ),
        Trial::test(
            "hostile::trailing_bytes_after_a_message_are_an_error",
            trailing_bytes_after_a_message_are_an_error,
        ),
        Trial::test(
            "hostile::reading_from_both_ends_agrees_with_the_full_scan",
            reading_from_both_ends_agrees_with_the_full_scan,
        ),
        Trial::test(
            "hostile::raw_control_characters_in_member_names_are_errors",
            raw_control_characters_in_member_names_are_errors,
        ),
        Trial::test(
            "hostile::a_top_level_string_with_text_after_its_closing_quote_is_an_error",
            a_top_level_string_with_text_after_its_closing_quote_is_an_error,
        ),
        Trial::test(
            "hostile::a_repeated_member_of_any_object_of_any_fixture_is_an_error_at_its_pointer",
            a_repeated_member_of_any_object_is_an_error_at_its_pointer,
        ),
        Trial::test(
            "hostile::kept_numbers_come_back_as_written",
            kept_numbers_come_back_as_written,
        ),
        Trial::test(
            "hostile::a_data_member_that_is_not_an_object_is_reported_at_data",
            data_not_an_object_is_reported_at_data,
        ),
        Trial::test(
            "hostile::problems_past_the_cap_are_counted_not_listed",
            problems_past_the_cap_are_counted_not_listed,
        ),
        Trial::test(
            "hostile::a_message_built_to_multiply_its_size_is_too_large_at_the_member_that_grows",
            a_message_built_to_multiply_its_size_is_too_large,
        ),
        Trial::test(
            "hostile::every_fixture_decodes_within_a_budget_of_one_mebibyte",
            every_fixture_decodes_within_one_mebibyte,
        ),
    ]
}

/// The budget of the next two cases: far below the default (256 MiB), far above any real message.
const SMALL_BUDGET: usize = 1 << 20;

/// A message whose typed form is many times its text: the `AgentOfferContact` fixture with one
/// member replaced by `n` copies of `item`, as an object (`"0":item,"1":item,…`) or an array.
/// The ways a typed form multiplies: entries of a map of tagged-union structs (participants), of
/// a map of structs (CAD variables), empty objects in an array of structs (a CAD order's
/// `pop-over`), short strings in an array (a media leg's `participants`).
fn multiplied(n: usize) -> Result<Vec<(&'static str, String)>, Failed> {
    const PLACEHOLDER: &str = "@@grown@@";
    let path = "webex/routing/AgentOfferContact/sdk-L9242.json";
    let text =
        std::fs::read_to_string(fixtures_dir().join(path)).map_err(|e| fail(e.to_string()))?;
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
    let media_key = value
        .pointer("/data/interaction/media")
        .and_then(serde_json::Value::as_object)
        .and_then(|m| m.keys().next().cloned())
        .ok_or_else(|| fail(format!("{path}: no media leg")))?;
    let media = format!("/data/interaction/media/{media_key}/participants");
    let cad = "/data/interaction/callAssociatedData";
    let here = || serde_json::Value::from(PLACEHOLDER);
    // (name: where it grows, member replaced, its replacement, array or object, one item)
    let shapes: [(&'static str, &str, serde_json::Value, bool, &str); 4] = [
        (
            "/data/interaction/participants",
            "/data/interaction/participants",
            here(),
            false,
            r#"{"id":"","pType":"Agent","type":""}"#,
        ),
        (cad, cad, here(), false, r#"{"value":"x"}"#),
        (
            "/data/interaction/callAssociatedData/o/value/pop-over",
            cad,
            serde_json::json!({"o": {"value": {"pop-over": PLACEHOLDER}}}),
            true,
            "{}",
        ),
        (
            "/data/interaction/media/*/participants",
            &media,
            here(),
            true,
            r#""a""#,
        ),
    ];
    let mut out = Vec::new();
    for (name, at, replacement, array, item) in shapes {
        let mut changed = value.clone();
        *changed
            .pointer_mut(at)
            .ok_or_else(|| fail(format!("{path}: no {at}")))? = replacement;
        let grown = if array {
            format!("[{}]", vec![item; n].join(","))
        } else {
            let entries: Vec<String> = (0..n).map(|i| format!("\"{i}\":{item}")).collect();
            format!("{{{}}}", entries.join(","))
        };
        let text = serde_json::to_string(&changed)
            .map_err(|e| fail(e.to_string()))?
            .replace(&format!("\"{PLACEHOLDER}\""), &grown);
        out.push((name, text));
    }
    Ok(out)
}

/// Each decode has a memory budget (`ccwire_wire::budget`); a message whose typed form would
/// pass it is refused as `too-large` (`ErrorCategory::TooLarge`, and the same problem in a
/// validation report) at the member that grows, in every way a typed form multiplies its text.
/// The same message decodes with the default budget, and a small one decodes within the small
/// budget: the refusal is the budget's, not the shape's.
fn a_message_built_to_multiply_its_size_is_too_large() -> Result<(), Failed> {
    use ccwire_codec::{ErrorCategory, Mode};
    use ccwire_wire::budget;
    let mut failures = Vec::new();
    for ((name, large), (_, small)) in multiplied(50_000)?.into_iter().zip(multiplied(20)?) {
        let prefix = name.split('*').next().unwrap_or(name);
        match budget::scope(SMALL_BUDGET, || ccwire_codec::decode(&large)) {
            Ok(_) => failures.push(format!("{name}: 50 000 accepted within 1 MiB")),
            Err(e) if e.category() != ErrorCategory::TooLarge => {
                failures.push(format!("{name}: {:?} {e}", e.category()));
            }
            Err(e) if !e.pointer().starts_with(prefix) || e.message() != budget::EXCEEDED => {
                failures.push(format!("{name}: at {:?}: {}", e.pointer(), e.message()));
            }
            Err(_) => {}
        }
        let report = budget::scope(SMALL_BUDGET, || {
            ccwire_codec::validate(&large, Mode::Lenient)
        });
        if report.valid
            || !report
                .problems
                .iter()
                .any(|p| p.code == "too-large" && p.pointer.starts_with(prefix))
        {
            failures.push(format!(
                "{name}: validation did not report too-large at {prefix}"
            ));
        }
        if let Err(e) = ccwire_codec::decode(&large) {
            failures.push(format!("{name}: refused with the default budget: {e}"));
        }
        if let Err(e) = budget::scope(SMALL_BUDGET, || ccwire_codec::decode(&small)) {
            failures.push(format!("{name}: 20 refused within 1 MiB: {e}"));
        }
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(fail(failures.join("\n")))
    }
}

/// Every fixture decodes within a budget of 1 MiB, 256 times less than the default: the budget
/// never refuses a message of real traffic.
fn every_fixture_decodes_within_one_mebibyte() -> Result<(), Failed> {
    let manifest: Manifest =
        ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    let mut failures = Vec::new();
    let mut decoded = 0;
    for f in &manifest.fixtures {
        let text = std::fs::read_to_string(fixtures_dir().join(&f.path))
            .map_err(|e| fail(e.to_string()))?;
        let by_name = matches!(f.framing.as_str(), "request" | "payload");
        let decode = || {
            if by_name {
                ccwire_codec::decode_as(&f.kind, &text).err()
            } else {
                ccwire_codec::decode(&text).err()
            }
        };
        if decode().is_some() {
            continue; // an invalid fixture: its error is another case's business
        }
        decoded += 1;
        if let Some(e) = ccwire_wire::budget::scope(SMALL_BUDGET, decode) {
            failures.push(format!("{}: {e}", f.path));
        }
    }
    if decoded < 100 {
        return Err(fail(format!("only {decoded} fixtures decoded")));
    }
    if failures.is_empty() {
        Ok(())
    } else {
        Err(fail(failures.join("\n")))
    }
}

/// Runs `f`, turning a panic into a failure that names the input.
fn no_panic<R>(what: &str, f: impl FnOnce() -> R) -> Result<R, Failed> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|_| fail(format!("panicked on {what}")))
}

fn fixture_texts() -> Result<Vec<(String, String)>, Failed> {
    let manifest: Manifest =
        ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    manifest
        .fixtures
        .into_iter()
        .filter(|f| !matches!(f.framing.as_str(), "request" | "payload"))
        .map(|f| {
            let text = std::fs::read_to_string(fixtures_dir().join(&f.path))
                .map_err(|e| fail(e.to_string()))?;
            Ok((f.path, text))
        })
        .collect()
}

fn every_fixture_truncated_anywhere_is_an_error() -> Result<(), Failed> {
    let mut cuts = 0usize;
    for (path, text) in fixture_texts()? {
        // Every offset of the first KiB, then every 11th, up to the last non-blank byte: every
        // structure is cut somewhere.
        let end = text.trim_end().len();
        let offsets = (0..end)
            .filter(|&i| i < 1024 || i % 11 == 0)
            .filter(|&i| text.is_char_boundary(i));
        for at in offsets {
            let cut = &text[..at];
            cuts += 1;
            if no_panic(&format!("{path} cut at {at}"), || ccwire_codec::decode(cut))?.is_ok() {
                return Err(fail(format!("{path} cut at byte {at} decoded")));
            }
        }
    }
    println!("{cuts} truncations, all rejected");
    Ok(())
}

fn single_byte_corruptions_never_panic() -> Result<(), Failed> {
    let mut tried = 0usize;
    for (path, text) in fixture_texts()? {
        let bytes = text.as_bytes();
        for at in (0..bytes.len()).step_by(13) {
            for replacement in [b'"', b'{', b']', b'0', b'\\', b'x', 0xff] {
                let mut corrupt = bytes.to_vec();
                corrupt[at] = replacement;
                tried += 1;
                let _ = no_panic(&format!("{path} byte {at} = {replacement:#x}"), || {
                    ccwire_codec::decode_slice(&corrupt)
                })?;
            }
        }
    }
    println!("{tried} corruptions, no panic");
    Ok(())
}

fn nesting_100000_deep_is_an_error() -> Result<(), Failed> {
    let deep_array = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let deep_object = format!("{}1{}", r#"{"a":"#.repeat(100_000), "}".repeat(100_000));
    let in_data =
        format!(r#"{{"type":"RoutingMessage","data":{{"type":"X","deep":{deep_array}}}}}"#);
    let in_known =
        format!(r#"{{"data":{{"type":"AgentContactHeld","interaction":{deep_object}}}}}"#);
    for (what, text) in [
        ("array", &deep_array),
        ("object", &deep_object),
        ("unknown kind", &in_data),
        ("known kind", &in_known),
    ] {
        let result = no_panic(what, || ccwire_codec::decode(text))?;
        let err = result
            .err()
            .ok_or_else(|| fail(format!("{what}: 100 000 levels decoded")))?;
        // A top-level array is refused before any descent; everything else hits the limit.
        if what != "array" && !err.message().contains("recursion limit") {
            return Err(fail(format!("{what}: unexpected error {err}")));
        }
        no_panic(what, || {
            ccwire_codec::validate(text, ccwire_codec::Mode::Strict)
        })?;
    }
    Ok(())
}

fn a_100_mb_string_value_decodes_without_trouble() -> Result<(), Failed> {
    let big = "x".repeat(100 * 1024 * 1024);
    let text = format!(
        r#"{{"data":{{"type":"SomethingNew","eventType":"RoutingMessage","blob":"{big}"}}}}"#
    );
    let msg = no_panic("100 MB string", || ccwire_codec::decode(&text))?
        .map_err(|e| fail(e.to_string()))?;
    let back = ccwire_codec::encode(&msg).map_err(|e| fail(e.to_string()))?;
    if back.len() != text.len() {
        return Err(fail("the 100 MB string did not come back whole"));
    }
    let wrong = format!(r#"{{"data":{{"type":"AgentContactHeld","eventType":"{big}"}}}}"#);
    no_panic("100 MB in a typed member", || ccwire_codec::decode(&wrong))?
        .err()
        .ok_or_else(|| fail("accepted"))?;
    Ok(())
}

fn numbers_beyond_range_are_errors_where_typed() -> Result<(), Failed> {
    let (path, text) = fixture_texts()?
        .into_iter()
        .find(|(p, _)| p.contains("AgentContactHeld"))
        .ok_or_else(|| fail("no AgentContactHeld fixture"))?;
    let mut value: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
    let participants = value
        .pointer_mut("/data/interaction/participants")
        .and_then(serde_json::Value::as_object_mut)
        .ok_or_else(|| fail("no participants"))?;
    let (id, _) = participants
        .iter()
        .find(|(_, p)| p["pType"] == "Agent")
        .ok_or_else(|| fail("no agent"))?;
    let id = id.clone();
    let base = serde_json::to_string(&value).map_err(|e| fail(e.to_string()))?;
    for big in ["99999999999999999999", "-99999999999999999999", "1e400"] {
        let text = base.replacen(
            r#""lastUpdated":"#,
            &format!(r#""lastUpdated":{big},"x":"#),
            1,
        );
        let err = no_panic(big, || ccwire_codec::decode(&text))?
            .err()
            .ok_or_else(|| fail(format!("{path}: {big} accepted")))?;
        if big == "1e400" {
            if !err.message().contains("out of range") {
                return Err(fail(format!("{big}: {err}")));
            }
        } else if !err
            .pointer()
            .ends_with(&format!("/participants/{id}/lastUpdated"))
        {
            return Err(fail(format!("{big}: {err}")));
        }
    }
    Ok(())
}

fn invalid_utf8_is_an_error() -> Result<(), Failed> {
    let mut bytes = br#"{"data":{"type":"X","name":"ab"}}"#.to_vec();
    bytes[27] = 0xc3;
    let err = ccwire_codec::decode_slice(&bytes)
        .err()
        .ok_or_else(|| fail("invalid UTF-8 accepted"))?;
    if !err.message().contains("UTF-8") {
        return Err(fail(err.to_string()));
    }
    Ok(())
}

fn duplicate_keys_are_errors_at_any_depth() -> Result<(), Failed> {
    for text in [
        r#"{"type":"RoutingMessage","type":"RoutingMessage","data":{"type":"X"}}"#,
        r#"{"data":{"type":"X","a":1,"a":2}}"#,
        r#"{"data":{"type":"X","a":{"b":1,"b":1}}}"#,
        r#"{"data":{"type":"AgentContactHeld","eventType":"RoutingMessage","eventType":"RoutingMessage"}}"#,
        r#"{"data":{"type":"X"},"zz":{"q":[{"k":1,"k":1}]}}"#,
    ] {
        let err = no_panic(text, || ccwire_codec::decode(text))?
            .err()
            .ok_or_else(|| fail(format!("accepted: {text}")))?;
        if !err.message().contains("duplicate field") {
            return Err(fail(format!("{text}: {err}")));
        }
    }
    Ok(())
}

/// Repeated names are looked for when an object ends, by hash partition once the object is
/// large: wherever members accumulate (envelope, known kind, typed map, unknown kind, a nested
/// unknown object), 3 000 members with two names repeated far apart are refused, naming the
/// first repeat in the order received at its pointer; without the repeats the text decodes.
fn in_large_objects_the_first_repeated_member_is_reported_at_its_pointer() -> Result<(), Failed> {
    const N: usize = 3000;
    // Members `m0…m{N-1}`, then `m{N/2}` again, then `m7` again: `m{N/2}` repeats first.
    let members = |item: &dyn Fn(usize) -> String, repeats: bool| {
        let mut names: Vec<usize> = (0..N).collect();
        if repeats {
            names.extend([N / 2, 7]);
        }
        names.iter().map(|&i| item(i)).collect::<Vec<_>>().join(",")
    };
    let number = |i: usize| format!("\"m{i}\":{i}");
    let cad = |i: usize| format!("\"m{i}\":{{\"value\":\"x\"}}");
    // A fixture with `@@` in place of the members.
    let fixture = |path: &str, pointer: &str| -> Result<(String, String), Failed> {
        let text = std::fs::read_to_string(fixtures_dir().join(path))
            .map_err(|e| fail(format!("{path}: {e}")))?;
        let mut value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| fail(e.to_string()))?;
        let slot = value
            .pointer_mut(pointer)
            .ok_or_else(|| fail(format!("{path}: no {pointer}")))?;
        *slot = serde_json::Value::String("@@".to_owned());
        let text = serde_json::to_string(&value).map_err(|e| fail(e.to_string()))?;
        let (before, after) = text
            .split_once("\"@@\"")
            .ok_or_else(|| fail("no placeholder"))?;
        Ok((format!("{before}{{"), format!("}}{after}")))
    };
    let held = fixture(
        "webex/routing/AgentContactHeld/sdk-L4930.json",
        "/data/interaction/callAssociatedData",
    )?;
    let (held_prefix, held_suffix) = held;
    // The same members as unknown members of the interaction (a known object).
    let known = held_prefix.replace("\"callAssociatedData\":{", "\"callAssociatedData\":{},");
    let known_suffix = held_suffix.strip_prefix('}').unwrap_or(&held_suffix);
    // (text before the members, text after them, one member, pointer of their object)
    type Shape<'a> = (&'a str, &'a str, &'a dyn Fn(usize) -> String, &'a str);
    let shapes: [Shape<'_>; 5] = [
        (r#"{"type":"RoutingMessage","data":{},"#, "}", &number, ""),
        (&known, known_suffix, &number, "/data/interaction"),
        (
            &held_prefix,
            &held_suffix,
            &cad,
            "/data/interaction/callAssociatedData",
        ),
        (
            r#"{"type":"RoutingMessage","data":{"type":"AgentFutureEvent","#,
            "}}",
            &number,
            "/data",
        ),
        (
            r#"{"type":"RoutingMessage","data":{},"future":{"#,
            "}}",
            &number,
            "/future",
        ),
    ];
    for (prefix, suffix, item, at) in shapes {
        let clean = format!("{prefix}{}{suffix}", members(item, false));
        if let Err(e) = ccwire_codec::decode(&clean) {
            return Err(fail(format!("{at}: refused without repeats: {e}")));
        }
        let text = format!("{prefix}{}{suffix}", members(item, true));
        let err = no_panic(at, || ccwire_codec::decode(&text))?
            .err()
            .ok_or_else(|| fail(format!("{at}: repeats accepted")))?;
        let expected = format!("{at}/m{}", N / 2);
        if err.pointer() != expected || !err.message().contains("duplicate field") {
            return Err(fail(format!(
                "{at}: expected a duplicate at {expected}, got {} ({})",
                err.pointer(),
                err.message()
            )));
        }
    }
    Ok(())
}

fn a_byte_order_mark_is_skipped() -> Result<(), Failed> {
    let text = "\u{feff}{\"data\":{\"type\":\"X\"}}";
    let msg = ccwire_codec::decode(text).map_err(|e| fail(e.to_string()))?;
    let back = ccwire_codec::encode(&msg).map_err(|e| fail(e.to_string()))?;
    if back != "{\"data\":{\"type\":\"X\"}}" {
        return Err(fail(back));
    }
    Ok(())
}

/// Found by fuzzing (`fuzz/` decode target): a Genesys operation followed by stray bytes was
/// accepted because the error path's re-decode did not check for trailing characters.
fn trailing_bytes_after_a_message_are_an_error() -> Result<(), Failed> {
    let crash: &[u8] = b"{\n  \"operationName\": \"Transfer\",\n  \"userId\": \"a unique Agent identifier\"\n}\x03\x00\x00\x00\n";
    let others: [&[u8]; 3] = [
        b"{\"data\":{\"type\":\"X\"}} x",
        b"{\"messageID\":\"EventAgentRegainStatus\"} {}",
        b"{\"interactionId\":\"i\",\"data\":{\"mediaResourceId\":\"m\"}}]",
    ];
    for input in std::iter::once(crash).chain(others) {
        let err = no_panic("trailing bytes", || ccwire_codec::decode_slice(input))?
            .err()
            .ok_or_else(|| fail(format!("accepted {:?}", String::from_utf8_lossy(input))))?;
        if !err.message().contains("trailing characters") {
            return Err(fail(err.to_string()));
        }
    }
    let text = std::str::from_utf8(others[2]).map_err(|e| fail(e.to_string()))?;
    if ccwire_codec::decode_as("webex.agentContact.HoldRequest", text).is_ok() {
        return Err(fail("decode_as accepted trailing bytes"));
    }
    Ok(())
}

/// The Webex decoder, with the top level found by the full structural scan only.
fn webex_by_full_scan(text: &str) -> Result<ccwire_webex::WebexMessage, String> {
    use ccwire_webex::WebexMessage;
    let members =
        ccwire_wire::dispatch::object_members_peeking(text, "data", &WebexMessage::DATA_TAGS)
            .map_err(|e| e.to_string())?;
    WebexMessage::from_members::<serde_json::Error>(text, members).map_err(|e| e.to_string())
}

/// `decode` reads the usual `{"data":{…},…}` layout from both ends of the text and confirms the
/// guess by decoding `data`; on every Webex fixture, with decoys after `data` (an object member
/// holding a `type`, a string holding quotes, backslashes and a brace), with `data` moved last,
/// and with single-byte corruptions, it must give exactly what the full scan gives.
fn reading_from_both_ends_agrees_with_the_full_scan() -> Result<(), Failed> {
    let mut compared = 0usize;
    let mut both_ok = 0usize;
    for (path, text) in fixture_texts()? {
        let text = text.trim_end();
        if !matches!(
            ccwire_codec::decode(text),
            Ok(ccwire_codec::Message::Webex(_))
        ) {
            continue;
        }
        let Some(body) = text.strip_suffix('}') else {
            continue;
        };
        let mut variants = vec![
            text.to_owned(),
            format!(r#"{body},"zz":{{"type":"Decoy","eventType":"AgentDesktopMessage"}}}}"#),
            format!(r#"{body},"note":"x\",\"type\":\"Decoy\"}}\\"}}"#),
            format!(r#"{body},"a":[{{"type":"Decoy"}}],"type":"Decoy"}}"#),
        ];
        if let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(text)
            && let Some(data) = map.get("data")
        {
            let mut rest: Vec<String> = map
                .iter()
                .filter(|(k, _)| *k != "data")
                .map(|(k, v)| format!("{}:{v}", serde_json::Value::from(k.as_str())))
                .collect();
            rest.push(format!(r#""data":{data}"#));
            variants.push(format!("{{{}}}", rest.join(",")));
        }
        let bytes = text.as_bytes();
        // Anywhere, and at every byte of the tail, which is read backwards (a closing quote
        // turned into a letter makes a string look like a number).
        let tail = bytes.len().saturating_sub(200)..bytes.len();
        let corruptions = (0..bytes.len())
            .step_by(23)
            .flat_map(|at| [(at, b'}'), (at, b'"'), (at, b'\\')])
            .chain(tail.map(|at| (at, b'x')));
        for (at, replacement) in corruptions {
            let mut corrupt = bytes.to_vec();
            corrupt[at] = replacement;
            if let Ok(corrupt) = String::from_utf8(corrupt) {
                variants.push(corrupt);
            }
        }
        for variant in &variants {
            let decoded = no_panic(&format!("{path} variant"), || ccwire_codec::decode(variant))?;
            if ccwire_codec::detect(variant).is_ok_and(|d| d.vendor != ccwire_codec::Vendor::Webex)
            {
                continue;
            }
            let reference = no_panic(&format!("{path} variant"), || webex_by_full_scan(variant))?;
            compared += 1;
            match (decoded, reference) {
                (Ok(ccwire_codec::Message::Webex(got)), Ok(expected)) => {
                    both_ok += 1;
                    if got != expected {
                        return Err(fail(format!("{path}: different messages for {variant}")));
                    }
                }
                (Err(_), Err(_)) => {}
                (got, expected) => {
                    return Err(fail(format!(
                        "{path}: decode gave {:?}, the full scan {:?}, for {variant}",
                        got.map(|m| m.kind().to_string()),
                        expected.map(|m| m.kind().to_string())
                    )));
                }
            }
        }
    }
    println!("{compared} texts compared ({both_ok} decoded by both), no difference");
    Ok(())
}

/// A raw control character is not allowed in a JSON string, member names included: members the
/// decoder only scans (the top level of a message) must be refused like the ones it decodes.
/// (Found by fuzzing: `"tyk\u{0}": "VteamList"` at the top level was accepted.)
fn raw_control_characters_in_member_names_are_errors() -> Result<(), Failed> {
    let mut tried = 0usize;
    for (path, text) in fixture_texts()? {
        let text = text.trim_end();
        let Some(body) = text.strip_suffix('}') else {
            continue;
        };
        if ccwire_codec::decode(text).is_err() {
            continue;
        }
        for control in ['\u{0}', '\u{1}', '\n', '\u{1f}'] {
            for variant in [
                format!(r#"{body},"k{control}":"v"}}"#),
                format!(r#"{body},"k{control}":{{"a":1}}}}"#),
                text.replacen(r#"{"#, &format!(r#"{{"k{control}":1,"#), 1),
            ] {
                tried += 1;
                if serde_json::from_str::<serde_json::Value>(&variant).is_ok() {
                    return Err(fail(format!(
                        "{path}: the variant is valid JSON: {variant}"
                    )));
                }
                if no_panic(&format!("{path} variant"), || {
                    ccwire_codec::decode(&variant)
                })?
                .is_ok()
                {
                    return Err(fail(format!(
                        "{path}: decoded a member name with a raw control character: {variant}"
                    )));
                }
            }
        }
    }
    println!("{tried} texts with a raw control character in a member name, all rejected");
    Ok(())
}

/// A string member of a message's top level followed by text before the next comma
/// (`"orgId": "…b85"2a,`), or missing its closing quote, is not JSON and must be refused: the
/// members after `data` are read backwards, where such a value looks like a number that starts
/// with a quote. (Found by fuzzing: `"orgId"` with `2a` after its closing quote was decoded, as
/// the text between the first quote and the last character.)
fn a_top_level_string_with_text_after_its_closing_quote_is_an_error() -> Result<(), Failed> {
    let mut tried = 0usize;
    for (path, text) in fixture_texts()? {
        if !matches!(
            ccwire_codec::decode(&text),
            Ok(ccwire_codec::Message::Webex(_))
        ) {
            continue;
        }
        let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(&text)
        else {
            continue;
        };
        // Compact, `data` first (the layout read from both ends).
        let mut members: Vec<(String, String)> = map
            .iter()
            .map(|(k, v)| {
                (
                    serde_json::Value::from(k.as_str()).to_string(),
                    v.to_string(),
                )
            })
            .collect();
        members.sort_by_key(|(k, _)| k != "\"data\"");
        for (i, (_, value)) in members.iter().enumerate() {
            let Some(unclosed) = value.strip_suffix('"') else {
                continue;
            };
            for broken in [format!("{value}2a"), format!("{unclosed}x")] {
                let variant = members
                    .iter()
                    .enumerate()
                    .map(|(j, (k, v))| format!("{k}:{}", if i == j { &broken } else { v }))
                    .collect::<Vec<_>>()
                    .join(",");
                let variant = format!("{{{variant}}}");
                tried += 1;
                if serde_json::from_str::<serde_json::Value>(&variant).is_ok() {
                    return Err(fail(format!("{path}: the variant is JSON: {variant}")));
                }
                if let Ok(decoded) = no_panic(&format!("{path} variant"), || {
                    ccwire_codec::decode(&variant)
                })? {
                    return Err(fail(format!(
                        "{path}: decoded {} from {variant}",
                        decoded.kind()
                    )));
                }
            }
        }
    }
    if tried < 100 {
        return Err(fail(format!("only {tried} variants")));
    }
    println!("{tried} texts with a broken top-level string, all refused");
    Ok(())
}

/// Every object of every sample fixture (typed objects, typed maps such as `callAssociatedData`
/// or `participants`, unknown members, the envelope) with its first member repeated: an error
/// that names the repeated member's pointer (or the secure value that covers it), never a
/// silent loss of one of the two values.
fn a_repeated_member_of_any_object_is_an_error_at_its_pointer() -> Result<(), Failed> {
    use serde_json::Value;
    const PLACEHOLDER: &str = "__ccwire_repeat__";
    fn objects(v: &Value, at: &str, out: &mut Vec<(String, String)>) {
        match v {
            Value::Object(map) => {
                if let Some(first) = map.keys().next() {
                    out.push((at.to_owned(), first.clone()));
                }
                for (k, x) in map {
                    objects(x, &ccwire_wire::inspect::child(at, k), out);
                }
            }
            Value::Array(items) => items
                .iter()
                .enumerate()
                .for_each(|(i, x)| objects(x, &format!("{at}/{i}"), out)),
            _ => {}
        }
    }
    let manifest: Manifest =
        ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    let (mut cases, mut failures) = (0usize, Vec::new());
    for f in &manifest.fixtures {
        let text = std::fs::read_to_string(fixtures_dir().join(&f.path))
            .map_err(|e| fail(e.to_string()))?;
        let Ok(value) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        let by_name = matches!(f.framing.as_str(), "request" | "payload");
        let mut found = Vec::new();
        objects(&value, "", &mut found);
        for (at, key) in found {
            let mut changed = value.clone();
            let Some(Value::Object(obj)) = changed.pointer_mut(&at) else {
                continue;
            };
            let Some(first) = obj.get(&key).cloned() else {
                continue;
            };
            obj.insert(PLACEHOLDER.to_owned(), first);
            let quoted = serde_json::to_string(&key).map_err(|e| fail(e.to_string()))?;
            let input = serde_json::to_string(&changed)
                .map_err(|e| fail(e.to_string()))?
                .replace(&format!("\"{PLACEHOLDER}\""), &quoted);
            let result = no_panic(&f.path, || {
                if by_name {
                    ccwire_codec::decode_as(&f.kind, &input).err()
                } else {
                    ccwire_codec::decode(&input).err()
                }
            })?;
            cases += 1;
            let expected = ccwire_wire::inspect::child(&at, &key);
            match result {
                None => failures.push(format!("{}: repeated {expected} accepted", f.path)),
                Some(e) => {
                    let covered = ccwire_wire::secret::Secrets::scan(&input)
                        .covering(&expected)
                        .map(|s| s.pointer.clone());
                    let at_member =
                        e.pointer() == expected || covered.as_deref() == Some(e.pointer());
                    if !at_member || !e.message().contains("duplicate") {
                        failures.push(format!(
                            "{}: repeated {expected}: {} at {}",
                            f.path,
                            e.message(),
                            e.pointer()
                        ));
                    }
                }
            }
        }
    }
    if cases < 900 || !failures.is_empty() {
        let n = failures.len();
        return Err(fail(format!(
            "{cases} cases, {n} failed:\n{}",
            failures.into_iter().take(10).collect::<Vec<_>>().join("\n")
        )));
    }
    Ok(())
}

/// Numbers the model keeps without typing them (unknown members, unknown kinds, loosely typed
/// members) come back with the text they were received with.
fn kept_numbers_come_back_as_written() -> Result<(), Failed> {
    let numbers = [
        "123456789012345678901234567890",
        "1e2",
        "1E+2",
        "1e400",
        "-0.0",
        "0.10",
        "-1.5e-7",
        "100",
    ];
    let places = [
        r#"{"type":"RoutingMessage","data":{"type":"AgentFutureEvent","n":N,"a":[N,{"m":N}]},"x":N}"#,
        r#"{"type":"RoutingMessage","orgId":"o","trackingId":"t","data":{"type":"AgentContactHeld","eventType":"RoutingMessage","agentId":"a","interactionId":"i","mediaResourceId":"m","orgId":"o","trackingId":"t","interaction":{"interactionId":"i","orgId":"o","state":"hold","mediaType":"telephony","callProcessingDetails":{},"futureN":N,"flowProperties":{"n":N}},"futureN":[N]},"futureN":N}"#,
        r#"{"operationName":"FutureOperation","n":N}"#,
        r#"{"messageID":"EventFuture","n":{"m":[N]}}"#,
    ];
    for place in places {
        for n in numbers {
            let text = place.replace('N', n);
            let msg = ccwire_codec::decode(&text).map_err(|e| fail(format!("{text}: {e}")))?;
            let back = ccwire_codec::encode(&msg).map_err(|e| fail(e.to_string()))?;
            let kept = back.matches(n).count();
            let sent = text.matches(n).count();
            let canonical =
                |t: &str| ccwire_wire::json::canonical(t).map_err(|e| fail(e.to_string()));
            if kept != sent || canonical(&text)? != canonical(&back)? {
                return Err(fail(format!("{n}: sent {text}\nback {back}")));
            }
        }
    }
    // The Sobot number type keeps its text too.
    let n: ccwire_sobot::Number = serde_json::from_str("2.50").map_err(|e| fail(e.to_string()))?;
    if serde_json::to_string(&n).map_err(|e| fail(e.to_string()))? != "2.50" {
        return Err(fail("sobot number"));
    }
    Ok(())
}

fn data_not_an_object_is_reported_at_data() -> Result<(), Failed> {
    for data in ["5", "\"x\"", "[]", "null", "true"] {
        let text = format!(r#"{{"type":"RoutingMessage","data":{data}}}"#);
        let err = ccwire_codec::decode(&text)
            .err()
            .ok_or_else(|| fail(format!("accepted {text}")))?;
        if err.pointer() != "/data" {
            return Err(fail(format!("{text}: pointer {:?}", err.pointer())));
        }
    }
    Ok(())
}

fn problems_past_the_cap_are_counted_not_listed() -> Result<(), Failed> {
    use ccwire_codec::{MAX_PROBLEMS, Mode};
    let members: String = (0..1000).map(|i| format!(",\"k{i}\":{i}")).collect();
    let text = format!(
        r#"{{"type":"RoutingMessage","data":{{"type":"AgentFutureEvent","x":1}}{members}}}"#
    );
    let lenient = ccwire_codec::validate(&text, Mode::Lenient);
    let strict = ccwire_codec::validate(&text, Mode::Strict);
    // 1000 unknown members and the unknown kind.
    for (r, valid) in [(&lenient, true), (&strict, false)] {
        if r.problems.len() != MAX_PROBLEMS || r.omitted != 1001 - MAX_PROBLEMS || r.valid != valid
        {
            return Err(fail(format!(
                "{} listed, {} omitted, valid {}",
                r.problems.len(),
                r.omitted,
                r.valid
            )));
        }
    }
    Ok(())
}
