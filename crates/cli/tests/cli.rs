//! The `ccwire` binary, run as a user would: exit codes, both output formats, standard input,
//! NDJSON, directories, decoding and schema export.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

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

// ---- A well-kept Unix tool: links, escaping, output errors, exit codes, empty input. ----

/// A fresh scratch directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ccwire-cli-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

const GOOD: &str = r#"{"data":{"type":"Future","eventType":"RoutingMessage"}}"#;

/// Runs `ccwire` in `dir` with standard output to a file (nothing can block on a full pipe) and
/// fails if it does not finish within 60 s (a walk that loops, or grows without end).
fn ccwire_within_a_minute(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out_path = dir.with_extension("stdout");
    let err_path = dir.with_extension("stderr");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ccwire"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("ccwire runs");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("ccwire {args:?} did not finish within 60 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    let out = std::fs::read_to_string(&out_path).unwrap();
    let err = std::fs::read_to_string(&err_path).unwrap();
    let _ = std::fs::remove_file(out_path);
    let _ = std::fs::remove_file(err_path);
    (status.code(), out, err)
}

/// The `source` of each message in JSON output, in order.
fn sources_validated(json_lines: &str) -> Vec<String> {
    json_lines
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
        .filter_map(|v| v["source"].as_str().map(str::to_owned))
        .collect()
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_ends_and_each_file_is_validated_once_with_and_without_follow() {
    use std::os::unix::fs::symlink;
    let dir = scratch("loop");
    std::fs::create_dir(dir.join("d")).unwrap();
    std::fs::create_dir(dir.join("d/sub")).unwrap();
    std::fs::write(dir.join("d/a.json"), GOOD).unwrap();
    std::fs::write(dir.join("d/sub/b.json"), GOOD).unwrap();
    // Two links to `.` (the walk never ended) and one to `..` (41 times the same file).
    symlink(".", dir.join("d/l1")).unwrap();
    symlink(".", dir.join("d/l2")).unwrap();
    symlink("..", dir.join("d/sub/up")).unwrap();
    for follow in [false, true] {
        let mut args = vec!["validate", "--format", "json", "d"];
        if follow {
            args.push("--follow");
        }
        let (code, out, err) = ccwire_within_a_minute(&dir, &args);
        assert_eq!(code, Some(0), "follow={follow}: {err}");
        assert_eq!(
            sources_validated(&out),
            ["d/a.json", "d/sub/b.json"],
            "follow={follow}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn links_are_skipped_while_walking_unless_follow_and_a_named_link_is_read() {
    use std::os::unix::fs::symlink;
    let dir = scratch("links");
    std::fs::create_dir(dir.join("d")).unwrap();
    std::fs::create_dir(dir.join("outside")).unwrap();
    std::fs::write(dir.join("d/a.json"), GOOD).unwrap();
    std::fs::write(dir.join("outside/c.json"), "not json\n").unwrap();
    symlink("a.json", dir.join("d/alias.json")).unwrap();
    symlink("../outside/c.json", dir.join("d/ext.json")).unwrap();
    symlink("../outside", dir.join("d/more")).unwrap();

    let (code, out, err) = ccwire_within_a_minute(&dir, &["validate", "--format", "json", "d"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(sources_validated(&out), ["d/a.json"]);

    // Followed: the file outside is validated once (through `ext.json`, not again through
    // `more/`), and `a.json` once although `alias.json` leads to it too.
    let (code, out, err) =
        ccwire_within_a_minute(&dir, &["validate", "--follow", "--format", "json", "d"]);
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(sources_validated(&out), ["d/a.json", "d/ext.json"]);

    // Named on the command line, a link is read.
    let (code, out, _) =
        ccwire_within_a_minute(&dir, &["validate", "--format", "json", "d/ext.json"]);
    assert_eq!(code, Some(1));
    assert_eq!(sources_validated(&out), ["d/ext.json"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn a_fifo_found_while_walking_is_not_opened() {
    let dir = scratch("fifo");
    std::fs::create_dir(dir.join("d")).unwrap();
    std::fs::write(dir.join("d/a.json"), GOOD).unwrap();
    let made = Command::new("mkfifo").arg(dir.join("d/pipe.json")).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let (code, out, err) = ccwire_within_a_minute(&dir, &["validate", "--format", "json", "d"]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(sources_validated(&out), ["d/a.json"]);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn control_characters_from_the_input_are_escaped_in_human_output() {
    let forged = "x\n-:9: error: forged \u{1b}[31mred\u{9b}";
    let mut message: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            repo().join("fixtures/webex/routing/AgentContactHeld/sdk-L4930.json"),
        )
        .unwrap(),
    )
    .unwrap();
    message["data"][forged] = serde_json::json!("value\u{1b}[0m");
    let input = message.to_string();

    let o = ccwire(&["validate", "-"], Some(&input));
    assert_eq!(o.status.code(), Some(0));
    let out = stdout(&o);
    assert!(!o.stdout.contains(&0x1b), "raw ESC in {out:?}");
    assert!(!out.contains('\u{9b}'), "raw CSI in {out:?}");
    assert!(
        !out.lines().any(|l| l.starts_with("-:9:")),
        "forged line in {out}"
    );
    // One warning line, a blank line, the table header, one row, the total.
    assert_eq!(out.lines().count(), 5, "{out}");
    let warning = out.lines().next().unwrap();
    assert!(
        warning.starts_with(r"-:1: warning: /data/x\n-:9: error: forged \u001b[31mred\u009b: member `x\n-:9: error: forged \u001b[31mred\u009b` is not in the model [unknown-member]"),
        "{warning}"
    );
    assert!(warning.ends_with(r#" near "value\u001b[0m""#), "{warning}");

    // JSON output: the same key, escaped by JSON (U+009B included).
    let o = ccwire(&["validate", "--format", "json", "-"], Some(&input));
    assert!(!o.stdout.contains(&0x1b) && !stdout(&o).contains('\u{9b}'));
    let first: serde_json::Value =
        serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    let pointers: Vec<_> = first["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["pointer"].as_str())
        .collect();
    assert!(
        pointers.contains(&format!("/data/{forged}").as_str()),
        "{pointers:?}"
    );

    // decode: the Debug rendering and the re-encoded JSON.
    for args in [&["decode", "-"][..], &["decode", "--reencode", "-"][..]] {
        let o = ccwire(args, Some(&input));
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        assert!(
            !o.stdout.contains(&0x1b) && !stdout(&o).contains('\u{9b}'),
            "{args:?}: {}",
            stdout(&o)
        );
    }
}

// File names with control characters cannot be created everywhere.
#[cfg(unix)]
#[test]
fn control_characters_in_file_names_are_escaped_in_reports_and_errors() {
    let dir = scratch("names");
    let name = "evil\n-:9: error: forged\u{1b}[31m.json";
    std::fs::write(dir.join(name), "not json\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_ccwire"))
        .args(["validate", "."])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1));
    let out = stdout(&o);
    assert!(!o.stdout.contains(&0x1b), "{out:?}");
    assert!(
        out.starts_with(r"./evil\n-:9: error: forged\u001b[31m.json:1: error: (root): "),
        "{out}"
    );
    assert!(!out.lines().any(|l| l.starts_with("-:9:")), "{out}");

    let missing = "no\nsuch\u{1b}[31m.json";
    let o = Command::new(env!("CARGO_BIN_EXE_ccwire"))
        .args(["validate", missing])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.starts_with(r"ccwire: no\nsuch\u001b[31m.json: "),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `ccwire` in the repository with standard output `out` and no input.
fn ccwire_to(args: &[&str], out: impl Into<Stdio>) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ccwire"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::null())
        .stdout(out)
        .stderr(Stdio::piped())
        .output()
        .expect("ccwire runs")
}

#[test]
fn validate_on_many_threads_prints_what_one_thread_prints() {
    for format in [
        &["--format", "human"][..],
        &["--format", "json"],
        &["--format", "junit"],
        &["--format", "sarif"],
        &["--summary=markdown"],
    ] {
        let run = |jobs: &str| {
            let mut args = vec!["validate", "--strict", "-j", jobs];
            args.extend_from_slice(format);
            args.extend(["fixtures/webex", "fixtures/invalid", "fixtures/genesys"]);
            ccwire_to(&args, Stdio::piped())
        };
        let one = run("1");
        assert_eq!(one.status.code(), Some(1), "{format:?}");
        assert!(!one.stdout.is_empty(), "{format:?}");
        for jobs in ["2", "5"] {
            let many = run(jobs);
            assert_eq!(
                many.status.code(),
                one.status.code(),
                "{format:?} -j {jobs}"
            );
            assert!(
                many.stdout == one.stdout,
                "{format:?} -j {jobs}: another output"
            );
            assert_eq!(many.stderr, one.stderr, "{format:?} -j {jobs}");
        }
    }
}

const DECODABLE: &str = "fixtures/webex/routing/AgentOfferContact/samples-L3.json";

#[test]
fn a_closed_pipe_ends_quietly_in_every_subcommand() {
    let schema_dir = scratch("pipe-schema");
    let schema_out = schema_dir.to_string_lossy().into_owned();
    // Status: the one reached when the pipe closed (an invalid message was already seen, or not).
    let runs: [(&[&str], i32); 8] = [
        (&["kinds"], 0),
        (&["validate", "fixtures/invalid"], 1),
        (&["validate", "-j", "2", "fixtures/invalid"], 1),
        (
            &["validate", "--format", "json", "fixtures/webex/routing"],
            0,
        ),
        (&["decode", DECODABLE], 0),
        (&["decode", "--reencode", DECODABLE], 0),
        (
            &[
                "schema",
                "webex.routing.AgentContactHeld",
                "--out",
                &schema_out,
            ],
            0,
        ),
        (&["--help"], 0),
    ];
    for (args, expected) in runs {
        // The reader is gone before the first write: every write fails with EPIPE.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = ccwire_to(args, writer);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.is_empty(), "{args:?}: {err}");
        assert_eq!(o.status.code(), Some(expected), "{args:?}");
    }
    let _ = std::fs::remove_dir_all(&schema_dir);

    // As with `| head -1`: one line read, then the pipe is closed.
    let mut child = Command::new(env!("CARGO_BIN_EXE_ccwire"))
        .arg("kinds")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(child.stdout.take().unwrap()),
        &mut first,
    )
    .unwrap();
    assert!(first.ends_with(":\n"), "{first}");
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(!err.contains("Broken pipe") && err.is_empty(), "{err}");
    assert_eq!(o.status.code(), Some(0));
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_is_reported_once_names_the_output_and_exits_2() {
    if !Path::new("/dev/full").exists() {
        eprintln!("skipped: no /dev/full");
        return;
    }
    let schema_dir = scratch("full-schema");
    let schema_out = schema_dir.to_string_lossy().into_owned();
    let runs: [&[&str]; 8] = [
        &["validate", "fixtures/invalid"],
        &["validate", "-j", "3", "fixtures/invalid"],
        &[
            "validate",
            "--format",
            "json",
            "--manifest",
            "fixtures/manifest.json",
        ],
        &["kinds"],
        &["decode", DECODABLE],
        &["decode", "--reencode", DECODABLE],
        &[
            "schema",
            "webex.routing.AgentContactHeld",
            "--out",
            &schema_out,
        ],
        &["--version"],
    ];
    for args in runs {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let o = ccwire_to(args, full);
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("ccwire: cannot write output: "),
            "{args:?}: {err}"
        );
        assert!(!err.contains("fixtures"), "an input is blamed: {err}");
    }
    let _ = std::fs::remove_dir_all(&schema_dir);
}

#[test]
fn invalid_utf8_is_content_exit_1_in_decode_and_validate() {
    let dir = scratch("utf8");
    std::fs::write(dir.join("bad.json"), b"{\"a\":\"\xff\"}\n").unwrap();
    let path = dir.join("bad.json").to_string_lossy().into_owned();
    let o = ccwire(&["decode", &path], None);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "invalid: invalid UTF-8 at byte 6\n");
    let o = ccwire(&["validate", &path], None);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains(": error: (root): invalid UTF-8 at byte 6 [utf8]"),
        "{}",
        stdout(&o)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unknown_kind_is_a_usage_error_from_the_command_line_and_from_a_manifest() {
    let unknown = "webex.nothing.Here";
    let o = ccwire(&["validate", "--kind", unknown, "-"], Some(GOOD));
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown kind `webex.nothing.Here`"));
    let o = ccwire(&["decode", "--kind", unknown, "-"], Some(GOOD));
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    assert_eq!(
        ccwire(&["schema", unknown, "--out", "unused"], None)
            .status
            .code(),
        Some(2)
    );

    // A manifest entry decoded by name, with a kind that does not exist.
    let dir = scratch("manifest");
    std::fs::write(
        dir.join("hold.json"),
        r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#,
    )
    .unwrap();
    let manifest = serde_json::json!({ "fixtures": [
        { "path": "hold.json", "kind": "webex.agentContact.HoldRequest", "framing": "payload" },
    ]});
    std::fs::write(dir.join("manifest.json"), manifest.to_string()).unwrap();
    let path = dir.join("manifest.json").to_string_lossy().into_owned();
    assert_eq!(
        ccwire(&["validate", "--manifest", &path], None)
            .status
            .code(),
        Some(0)
    );
    let mut broken = manifest;
    broken["fixtures"][0]["kind"] = unknown.into();
    std::fs::write(dir.join("manifest.json"), broken.to_string()).unwrap();
    let o = ccwire(&["validate", "--manifest", &path], None);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("hold.json: unknown kind `webex.nothing.Here`"),
        "{err}"
    );
    assert!(
        o.stdout.is_empty(),
        "nothing is validated with a broken manifest"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_input_that_cannot_be_read_is_an_io_error_exit_2() {
    // A directory where a message file is expected.
    let o = ccwire(&["decode", "fixtures"], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).starts_with("ccwire: fixtures: "));
    assert!(o.stdout.is_empty());
}

#[test]
fn require_messages_fails_on_an_empty_input() {
    let o = ccwire(&["validate", "-"], Some(""));
    assert_eq!(o.status.code(), Some(0));
    assert!(stdout(&o).ends_with("0 messages: 0 valid, 0 invalid\n"));

    let o = ccwire(&["validate", "--require-messages", "-"], Some("\n  \n"));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "ccwire: no message in the input (--require-messages)\n"
    );

    let dir = scratch("empty");
    let empty = dir.to_string_lossy().into_owned();
    assert_eq!(ccwire(&["validate", &empty], None).status.code(), Some(0));
    assert_eq!(
        ccwire(&["validate", "--require-messages", &empty], None)
            .status
            .code(),
        Some(1)
    );
    let _ = std::fs::remove_dir_all(&dir);

    let o = ccwire(&["validate", "--require-messages", "-"], Some(GOOD));
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stderr.is_empty());
}

/// A routing message of `kind` about interaction `id`, as one NDJSON line.
fn routing_line(kind: &str, id: &str, time: u64) -> String {
    format!(
        r#"{{"type":"RoutingMessage","orgId":"o","data":{{"type":"{kind}","eventType":"RoutingMessage","interactionId":"{id}","orgId":"o","agentId":"a1","eventTime":{time}}}}}"#
    )
}

#[test]
fn replay_prints_each_contacts_timeline_and_the_lifecycle_problems() {
    let capture = [
        routing_line("AgentOfferContact", "i1", 1),
        routing_line("AgentContactAssigned", "i1", 2),
        routing_line("ContactEnded", "i1", 3),
        routing_line("AgentWrappedUp", "i1", 4),
        routing_line("AgentOfferContact", "i2", 5),
        routing_line("AgentContactHeld", "i2", 6),
        "not json".to_owned(),
    ]
    .join("\n");
    let o = ccwire(&["replay", "-"], Some(&capture));
    let out = stdout(&o);
    assert_eq!(o.status.code(), Some(1), "{out}");
    assert!(out.starts_with("i1\n"), "{out}");
    assert!(out.contains("wrappedUp"), "{out}");
    assert!(
        out.contains("-:6: error: not-allowed: interaction i2 in phase offered by webex.routing.AgentContactHeld (rule: webex-desktop-js-sdk.txt L8817"),
        "{out}"
    );
    assert!(out.contains("-:7: skipped: not decoded"), "{out}");
    assert!(out.contains("open-at-end: interaction i2"), "{out}");
    assert!(
        out.lines()
            .last()
            .is_some_and(|l| l
                == "7 message(s), 1 not decoded, 6 lifecycle event(s), 1 error(s), 1 warning(s)"),
        "{out}"
    );

    // JSON: one object per event and problem, then the summary.
    let o = ccwire(&["replay", "--format", "json", "-"], Some(&capture));
    let lines: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.iter().filter(|l| l.get("event").is_some()).count(), 6);
    assert_eq!(lines[0]["event"]["step"], "offered");
    assert_eq!(lines[0]["event"]["time"], 1);
    assert_eq!(
        lines.last().map(|l| l["summary"]["errors"].clone()),
        Some(serde_json::json!(1))
    );
}

/// The bundled Webex offer sample with a CAD variable `key` that carries the unknown member
/// `member`.
fn offer_with_cad(key: &str, member: &str) -> String {
    let path = repo().join("fixtures/webex/routing/AgentOfferContact/samples-L3.json");
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    v["data"]["interaction"]["callAssociatedData"][key] =
        serde_json::json!({ "value": "x", member: 1 });
    v.to_string()
}

#[test]
fn summary_counts_problems_by_kind_and_by_pointer_with_map_keys_folded() {
    let input = [
        offer_with_cad("customerName", "newFlag"),
        offer_with_cad("account", "newFlag"),
        offer_with_cad("account", "other"),
    ]
    .join("\n");
    let o = ccwire(&["validate", "--summary=json", "-"], Some(&input));
    let text = stdout(&o);
    let v: serde_json::Value = serde_json::from_str(text.trim()).expect("one JSON object");
    let rows = v["drift"]["byPointer"].as_array().expect("rows");
    let row = |pointer: &str| {
        rows.iter()
            .find(|r| r["pointer"] == pointer && r["code"] == "unknown-member")
            .unwrap_or_else(|| panic!("no row {pointer}: {text}"))
    };
    let folded = row("/data/interaction/callAssociatedData/*/newFlag");
    assert_eq!(folded["problems"], 2);
    assert_eq!(folded["first"], "-:1");
    assert_eq!(
        row("/data/interaction/callAssociatedData/*/other")["first"],
        "-:3"
    );
    let kinds = v["drift"]["byKind"].as_array().expect("kinds");
    assert!(
        kinds
            .iter()
            .any(|k| k["kind"] == "webex.routing.AgentOfferContact")
    );
    assert_eq!(v["drift"]["messages"], 3);
}

#[test]
fn summary_rows_are_capped_and_markdown_escapes_what_it_quotes() {
    // 1 100 distinct unknown member names: the pointer table keeps 1 000 rows and counts the rest.
    // First, a name built to break a Markdown table and a terminal (its row is listed).
    let mut input = offer_with_cad("k", "a|b`c<img src=x>[l](u)\u{1b}[31m");
    input.push('\n');
    for i in 0..1100 {
        input.push_str(&offer_with_cad("k", &format!("m{i}")));
        input.push('\n');
    }
    let o = ccwire(&["validate", "--summary=markdown", "-"], Some(&input));
    let text = stdout(&o);
    // The sample's own six text-form rows and the first 994 unknown members: 1 000 rows.
    let rows = |code: &str| {
        text.lines()
            .filter(|l| l.contains(&format!("<code>{code}</code>")))
            .count()
    };
    assert_eq!(rows("text-form") + rows("unknown-member"), 1000, "{text}");
    assert_eq!(rows("unknown-member"), 994);
    assert!(
        text.contains("| 107 | | (other pointers, not listed) | |"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}') && !text.contains("<img") && !text.contains("a|b"));
    assert!(
        text.contains("/data/interaction/callAssociatedData/&#42;/a&#124;b&#96;c&#60;img"),
        "{text}"
    );
    // Every table line has exactly its columns' pipes.
    for line in text.lines().filter(|l| l.starts_with('|')) {
        let pipes = line.matches('|').count();
        assert!(pipes == 4 || pipes == 5, "{line}");
    }
}
