//! The `ccwire` binary, run as a user would: exit codes, both output formats, standard input,
//! NDJSON, directories, decoding and schema export.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn ccwire(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ccwire"))
        .args(args)
        .current_dir(repo())
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ccwire runs");
    if let (Some(text), Some(mut pipe)) = (stdin, child.stdin.take()) {
        // A run that stops before reading its input (a usage error) closes the pipe early.
        if let Err(e) = pipe.write_all(text.as_bytes()) {
            assert_eq!(
                e.kind(),
                std::io::ErrorKind::BrokenPipe,
                "stdin written: {e}"
            );
        }
    }
    child.wait_with_output().expect("ccwire finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn every_bundled_fixture_is_valid_through_the_manifest() {
    let o = ccwire(&["validate", "--manifest", "fixtures/manifest.json"], None);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    let out = stdout(&o);
    assert!(out.contains("webex.routing.AgentOfferContact"), "{out}");
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l.ends_with(" valid, 0 invalid")),
        "{out}"
    );
}

#[test]
fn invalid_inputs_exit_1_and_name_file_line_pointer_and_value() {
    let o = ccwire(&["validate", "fixtures/invalid"], None);
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(
        out.contains("fixtures/invalid/routing-state-not-a-string.json:1: error: /data/interaction/state: invalid type: integer `5`, expected a string [decode] near 5"),
        "{out}"
    );
    assert!(out.contains("[eof]"), "{out}");
}

#[test]
fn json_format_prints_one_object_per_message_then_a_summary() {
    let input = "{\"type\":\"RoutingMessage\",\"data\":{\"type\":\"AgentFuture\",\"eventType\":\"RoutingMessage\"}}\n{\"nope\n";
    let o = ccwire(&["validate", "--format", "json", "-"], Some(input));
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["kind"], "webex.routing.AgentFuture");
    assert_eq!(lines[0]["valid"], true);
    assert_eq!(lines[0]["problems"][0]["code"], "unknown-kind");
    assert_eq!(lines[0]["problems"][0]["pointer"], "/data");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["valid"], false);
    assert_eq!(lines[2]["summary"]["messages"], 2);
    assert_eq!(lines[2]["summary"]["invalid"], 1);
}

#[test]
fn ndjson_on_stdin_skips_blank_lines_and_goes_on_after_garbage() {
    let good = r#"{"data":{"type":"Future","eventType":"RoutingMessage"}}"#;
    let input = format!("{good}\n\n   \nnot json at all\n{good}\n\u{feff}{good}\n");
    let o = ccwire(&["validate", "--format", "json", "-"], Some(&input));
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let lines_seen: Vec<_> = lines.iter().filter_map(|l| l["line"].as_u64()).collect();
    assert_eq!(lines_seen, [1, 4, 5, 6]);
    assert_eq!(lines[1]["problems"][0]["code"], "syntax");
    assert_eq!(lines[4]["summary"]["valid"], 3);
}

#[test]
fn strict_turns_drift_into_failure() {
    let input =
        r#"{"type":"RoutingMessage","data":{"type":"AgentFuture","eventType":"RoutingMessage"}}"#;
    assert_eq!(
        ccwire(&["validate", "-"], Some(input)).status.code(),
        Some(0)
    );
    let o = ccwire(&["validate", "--strict", "-"], Some(input));
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o)
            .contains("-:1: error: /data: kind \"AgentFuture\" is not modelled [unknown-kind]"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn directories_are_walked_recursively() {
    let o = ccwire(
        &["validate", "--format", "json", "fixtures/webex/routing"],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let n = stdout(&o)
        .lines()
        .filter(|l| l.contains("\"source\""))
        .count();
    let on_disk = walk_count(&repo().join("fixtures/webex/routing"));
    assert_eq!(n, on_disk);
}

fn walk_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .expect("readable")
        .filter_map(Result::ok)
        .map(|e| {
            if e.path().is_dir() {
                walk_count(&e.path())
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn usage_and_io_errors_exit_2() {
    assert_eq!(
        ccwire(&["validate", "--no-such-flag"], None).status.code(),
        Some(2)
    );
    assert_eq!(
        ccwire(&["validate", "no/such/file.json"], None)
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        ccwire(
            &["validate", "--kind", "webex.nothing.Here", "-"],
            Some("{}")
        )
        .status
        .code(),
        Some(2)
    );
}

#[test]
fn decode_redacts_secure_values_unless_asked() {
    let path = "fixtures/webex/routing/AgentBlindTransferred/sdk-L4374.json";
    let o = ccwire(&["decode", path], None);
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(
        out.starts_with("kind: webex.routing.AgentBlindTransferred"),
        "{out}"
    );
    assert!(!out.contains("zkK9t2ebro52iV6X19vmJA==."));
    assert!(out.contains("<redacted>"));
    let revealed = stdout(&ccwire(&["decode", "--reveal-secure", path], None));
    assert!(revealed.contains("zkK9t2ebro52iV6X19vmJA==."));
}

#[test]
fn decode_reencode_gives_back_the_same_json() {
    let path = "fixtures/webex/routing/AgentOfferContact/samples-L3.json";
    let o = ccwire(&["decode", "--reencode", path], None);
    assert_eq!(o.status.code(), Some(0));
    let original: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo().join(path)).expect("fixture"))
            .expect("JSON");
    let reencoded: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(original, reencoded);
}

#[test]
fn decode_by_kind_for_payloads_without_a_discriminator() {
    let o = ccwire(
        &["decode", "--kind", "webex.agentContact.HoldRequest", "-"],
        Some(r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#),
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).contains("HoldRequest {"));
    let bad = ccwire(
        &["decode", "--kind", "webex.agentContact.HoldRequest", "-"],
        Some(r#"{"interactionId":"i"}"#),
    );
    assert_eq!(bad.status.code(), Some(1));
}

#[test]
fn schema_writes_files_and_kinds_lists_them() {
    let dir = std::env::temp_dir().join(format!("ccwire-schema-{}", std::process::id()));
    let out_dir = dir.to_string_lossy().into_owned();
    let o = ccwire(
        &[
            "schema",
            "webex.routing.AgentContactHeld",
            "--out",
            &out_dir,
        ],
        None,
    );
    assert_eq!(o.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.join("webex/routing/AgentContactHeld.json")).expect("written"),
    )
    .expect("JSON");
    assert_eq!(schema["properties"]["type"]["const"], "AgentContactHeld");
    let _ = std::fs::remove_dir_all(&dir);
    let kinds = stdout(&ccwire(&["kinds"], None));
    assert!(kinds.contains("webex.agentContact.HoldRequest"));
    assert!(kinds.contains("schemas/webex/agent-contact/HoldRequest.json"));
}
