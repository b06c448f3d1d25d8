//! `xtask bench --group kinds`: `ccwire validate -j 1` against Python's `json.loads` on a stream
//! of each Webex kind, whole processes.
//!
//! * **The streams.** For every Webex kind with fixtures, the kind's fixture messages, one per
//!   line, compact, repeated until the stream has `--stream-mib` MiB (16 by default), written to
//!   `target/bench-kinds.ndjson` (one kind at a time). Messages (envelopes, data-only and bare
//!   Webex messages) are detected as `ccwire validate` detects them in a capture; requests and
//!   payloads, which carry no discriminator, are validated with `--kind`.
//! * **The runs.** `ccwire validate -j 1` (the human format, its output to `/dev/null`) and
//!   `python3 -c 'for line in open(path, "rb"): json.loads(line)'`, one after the other, in
//!   [`ROUNDS`] rounds per kind. Each tool's start-up (the median of five runs on a one-line file)
//!   is subtracted, so the ratio is one of time per byte.
//! * **The measure.** Per kind, the median over the rounds of `json.loads`' time divided by
//!   ccwire's (how many times faster ccwire is), its spread, and both throughputs; the table lists
//!   the slowest kinds first. Target: at least 2× on every kind.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::Value;

use super::{load, mbs, median, write_stream};
use crate::error::Error;

/// Rounds per kind.
const ROUNDS: usize = 3;
/// Runs of each tool on a one-line file, for its start-up.
const STARTUP_RUNS: usize = 5;
/// How many times faster than `json.loads` every kind should be.
const TARGET: f64 = 2.0;
/// The Python program: parse every line.
const LOADS: &str =
    "import json, sys\nfor line in open(sys.argv[1], 'rb'):\n    json.loads(line)\n";

/// Options of the group.
pub(crate) struct Options {
    /// Size of each kind's stream, in MiB.
    pub(crate) stream_mib: u64,
}

/// A kind's stream.
struct Kind {
    name: String,
    /// `--kind` is given (requests and payloads).
    named: bool,
    lines: Vec<String>,
}

/// Every Webex kind with fixtures, with its fixtures' messages.
fn kinds(root: &Path) -> Result<Vec<Kind>, Error> {
    let text = std::fs::read_to_string(root.join("fixtures/manifest.json"))?;
    let manifest: Value = serde_json::from_str(&text)?;
    let mut kinds: Vec<Kind> = Vec::new();
    for entry in manifest["fixtures"].as_array().into_iter().flatten() {
        let path = entry["path"].as_str().unwrap_or_default();
        if !path.starts_with("webex/") {
            continue;
        }
        let name = entry["kind"].as_str().unwrap_or_default();
        let named = matches!(entry["framing"].as_str(), Some("request" | "payload"));
        let value: Value =
            serde_json::from_str(&std::fs::read_to_string(root.join("fixtures").join(path))?)?;
        let line = serde_json::to_string(&value)?;
        match kinds
            .iter_mut()
            .find(|k| k.name == name && k.named == named)
        {
            Some(kind) => kind.lines.push(line),
            None => kinds.push(Kind {
                name: name.to_owned(),
                named,
                lines: vec![line],
            }),
        }
    }
    Ok(kinds)
}

/// The interpreter `python3` runs, by its own path: a launcher in front of it (such as a
/// version manager's shim) would add its start-up, and that start-up's variance, to every run.
fn python() -> Result<std::path::PathBuf, Error> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .output()?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    if !out.status.success() || path.is_empty() {
        return Err(Error::msg("python3 does not say where its interpreter is"));
    }
    Ok(path.into())
}

/// The two commands for `kind` on `stream`: ccwire's, then Python's.
fn commands(exe: &Path, python: &Path, kind: &Kind, stream: &Path) -> [Command; 2] {
    let mut ccwire = Command::new(exe);
    ccwire.args(["validate", "-j", "1"]);
    if kind.named {
        ccwire.args(["--kind", &kind.name]);
    }
    ccwire.arg(stream);
    let mut loads = Command::new(python);
    loads.args(["-c", LOADS]).arg(stream);
    [ccwire, loads]
}

/// Runs `cmd` to the end (output discarded): its wall time, or why it failed.
fn time(mut cmd: Command) -> Result<f64, Error> {
    let start = Instant::now();
    let out = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(|e| Error::msg(format!("{cmd:?}: {e}")))?;
    let seconds = start.elapsed().as_secs_f64();
    if !out.status.success() {
        return Err(Error::msg(format!(
            "{cmd:?} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(seconds)
}

/// One kind's figures.
struct Row {
    name: String,
    messages: usize,
    /// Mean size of one message, with its newline.
    message_bytes: f64,
    bytes: u64,
    /// Median net seconds per run: ccwire, Python.
    seconds: [f64; 2],
    /// Median, lowest and highest of the rounds' ratios (Python's time over ccwire's).
    ratio: [f64; 3],
}

/// Runs the group; `Ok(true)` when every kind meets the target.
pub(crate) fn run(root: &Path, opts: &Options) -> Result<bool, Error> {
    let exe = root.join("target/release/ccwire");
    if !exe.is_file() {
        return Err(Error::msg(
            "target/release/ccwire is missing: cargo build --release -p ccwire-cli",
        ));
    }
    let python = python()?;
    let version = Command::new(&python).arg("--version").output()?;
    let kinds = kinds(root)?;
    let stream = root.join("target/bench-kinds.ndjson");
    let load_before = load();

    // Start-up of each tool: a one-line stream of the first kind.
    let first = kinds
        .first()
        .ok_or_else(|| Error::msg("no Webex fixtures"))?;
    write_stream(&stream, &first.lines[..1], 1)?;
    let mut startup = [0.0; 2];
    for (i, s) in startup.iter_mut().enumerate() {
        let mut runs = Vec::new();
        // One run first, not counted: the first start-up on a fresh machine reads the tools'
        // files from disk, and counted it would be subtracted from every run.
        for _ in 0..=STARTUP_RUNS {
            let [ccwire, loads] = commands(&exe, &python, first, &stream);
            runs.push(time(if i == 0 { ccwire } else { loads })?);
        }
        runs.remove(0);
        *s = median(&mut runs);
    }

    let mut rows = Vec::new();
    for kind in &kinds {
        let bytes = write_stream(&stream, &kind.lines, (opts.stream_mib << 20).max(1))?;
        let mut seconds = [Vec::new(), Vec::new()];
        let mut ratios = Vec::new();
        for _ in 0..ROUNDS {
            let mut net = [0.0; 2];
            for (i, cmd) in commands(&exe, &python, kind, &stream)
                .into_iter()
                .enumerate()
            {
                net[i] = time(cmd)? - startup[i];
                // A run no longer than start-up has no time per byte to tell.
                if net[i] <= startup[i] / 10.0 {
                    return Err(Error::msg(format!(
                        "{}: a run took {:.1} ms against a start-up of {:.1} ms: too short to \
                         measure (a busy machine, or raise --stream-mib)",
                        kind.name,
                        (net[i] + startup[i]) * 1e3,
                        startup[i] * 1e3
                    )));
                }
                seconds[i].push(net[i]);
            }
            ratios.push(net[1] / net[0]);
        }
        let ratio = [
            median(&mut ratios),
            ratios.first().copied().unwrap_or(f64::NAN),
            ratios.last().copied().unwrap_or(f64::NAN),
        ];
        let row = Row {
            name: kind.name.clone(),
            messages: kind.lines.len(),
            message_bytes: kind.lines.iter().map(|l| l.len() as f64 + 1.0).sum::<f64>()
                / kind.lines.len() as f64,
            bytes,
            seconds: [median(&mut seconds[0]), median(&mut seconds[1])],
            ratio,
        };
        eprintln!("{:>6.2}× {}", row.ratio[0], row.name);
        rows.push(row);
    }
    rows.sort_by(|a, b| a.ratio[0].total_cmp(&b.ratio[0]));

    println!(
        "\n`ccwire validate -j 1` against `json.loads` ({}), one stream of ~{} MiB per Webex \
         kind, {ROUNDS} rounds, start-up subtracted (ccwire {:.1} ms, Python {:.1} ms); load \
         before {load_before}, after {}\n",
        String::from_utf8_lossy(&version.stdout).trim(),
        opts.stream_mib,
        startup[0] * 1e3,
        startup[1] * 1e3,
        load(),
    );
    println!(
        "| kind | fixtures | bytes per message | ccwire MB/s | `json.loads` MB/s | ccwire's speed in `json.loads`' | spread |"
    );
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for r in &rows {
        println!(
            "| {} | {} | {:.0} | {} | {} | **{:.2}×** | {:.2}-{:.2} |",
            r.name,
            r.messages,
            r.message_bytes,
            mbs(r.bytes as f64, r.seconds[0]),
            mbs(r.bytes as f64, r.seconds[1]),
            r.ratio[0],
            r.ratio[1],
            r.ratio[2],
        );
    }
    let below: Vec<&Row> = rows.iter().filter(|r| r.ratio[0] < TARGET).collect();
    if let Some(worst) = rows.first() {
        println!(
            "\nworst kind: {} at {:.2}×; {} of {} kinds at least {TARGET}× (target: all)",
            worst.name,
            worst.ratio[0],
            rows.len() - below.len(),
            rows.len()
        );
    }
    Ok(below.is_empty())
}
