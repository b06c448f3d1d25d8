//! `xtask bench --group peers`: `ccwire validate` against what users run instead, each a whole
//! process on the same NDJSON stream.
//!
//! * **The stream.** The Webex fixtures' messages (every `webex/` fixture but requests and bare
//!   payloads) and the invalid cases that target `webex.message`, one per line, compact, repeated
//!   in whole passes until the stream has `--stream-mib` MiB, written to
//!   `target/bench-peers.ndjson`. The invalid cases make the accept/reject counts worth
//!   comparing; the one that is not JSON (a truncated message) is kept, on one line.
//! * **The peers.** `ccwire validate --format json` with one thread and one per core; ajv 8
//!   (`ajv/dist/2020`) and Python `jsonschema` (`Draft202012Validator`) with our schemas
//!   (`webex/message.json`, every file under `schemas/` loaded), `fastjsonschema` when it gives
//!   the same answer as `jsonschema` on every fixture and invalid case; and a Rust program outside
//!   the workspace (`xtask/peers/rust`): `IgnoredAny` (the floor), `serde_json::Value`, `Value` +
//!   the `jsonschema` crate, `sonic-rs` and `simd-json` (built for the default target and with
//!   `-C target-cpu=native`). Each reads the stream line by line and prints what it accepted and
//!   rejected. The tools are pinned under `xtask/peers/` and installed under `target/peers/`.
//! * **The measure.** Each peer is first timed on one line (its start-up, median of three runs)
//!   and on 1, 8, 64, … passes of the corpus until a run takes a few seconds (its time per
//!   pass, once a JIT has warmed up). A peer whose projected run on the whole stream exceeds
//!   `--peer-budget-s` runs on the stream's first whole passes that fit the budget (the same
//!   messages in the same order), and its figures are per byte of that prefix.
//!   Then every peer runs once per round, in [`ROUNDS`] interleaved rounds: wall time of the
//!   whole process (median and spread), MB/s, the peer's time per byte as a ratio to `ccwire
//!   validate -j 1`'s, and the peak resident set (`VmHWM`, sampled every 5 ms).

use std::io::{BufRead as _, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{Value, json};

use super::{load, mbs, median, wait_sampling_rss};
use crate::error::Error;

/// Interleaved rounds of the measured runs.
const ROUNDS: usize = 3;
/// Shortest calibration run, in seconds.
const CALIBRATION: f64 = 4.0;

/// Options of the group.
pub(crate) struct Options {
    /// Size of the stream, in MiB.
    pub(crate) stream_mib: u64,
    /// Longest projected time of one run: a slower peer runs on a prefix of the stream.
    pub(crate) peer_budget: Duration,
}

/// One peer: a name for the table and the command that reads `stream`.
struct Peer {
    name: String,
    /// What it is, for the notes under the table.
    about: String,
    command: Box<dyn Fn(&Path) -> Command>,
    /// `ccwire validate` prints one JSON object per message, then a summary object; the other
    /// peers print `{"accepted":N,"rejected":M}`.
    ccwire: bool,
    /// A JSON parser only (accepts every line that is JSON), not a validator.
    parser: bool,
}

/// One whole-process run.
struct Run {
    seconds: f64,
    peak_kib: u64,
    accepted: u64,
    rejected: u64,
}

/// The stream's corpus: one compact line per message.
fn corpus(root: &Path) -> Result<Vec<String>, Error> {
    let read = |p: PathBuf| -> Result<Value, Error> {
        let text = std::fs::read_to_string(&p)?;
        serde_json::from_str(&text).map_err(|e| Error::msg(format!("{}: {e}", p.display())))
    };
    let mut lines = Vec::new();
    let manifest = read(root.join("fixtures/manifest.json"))?;
    for entry in manifest["fixtures"].as_array().into_iter().flatten() {
        let path = entry["path"].as_str().unwrap_or_default();
        let framing = entry["framing"].as_str().unwrap_or_default();
        if path.starts_with("webex/") && !matches!(framing, "request" | "payload") {
            lines.push(serde_json::to_string(&read(
                root.join("fixtures").join(path),
            )?)?);
        }
    }
    let invalid = read(root.join("fixtures/invalid/manifest.json"))?;
    for case in invalid["cases"].as_array().into_iter().flatten() {
        if case["target"].as_str() != Some("webex.message") {
            continue;
        }
        let path = root
            .join("fixtures/invalid")
            .join(case["path"].as_str().unwrap_or_default());
        let text = std::fs::read_to_string(&path)?;
        lines.push(match serde_json::from_str::<Value>(&text) {
            Ok(value) => serde_json::to_string(&value)?,
            // Not JSON: kept as it is, on one line.
            Err(_) => text.lines().map(str::trim).collect(),
        });
    }
    Ok(lines)
}

/// Writes `passes` passes of `lines`; returns the bytes written.
fn write_passes(path: &Path, lines: &[String], passes: u64) -> Result<u64, Error> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut written = 0;
    for _ in 0..passes {
        for l in lines {
            out.write_all(l.as_bytes())?;
            out.write_all(b"\n")?;
            written += l.len() as u64 + 1;
        }
    }
    out.flush()?;
    Ok(written)
}

fn newest_mtime(dir: &Path) -> Option<SystemTime> {
    let mut newest = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        let t = if path.is_dir() {
            newest_mtime(&path)
        } else {
            entry.metadata().ok()?.modified().ok()
        };
        newest = newest.max(t);
    }
    newest
}

/// Runs `cmd`, failing with its standard error when it fails.
fn run_checked(mut cmd: Command, what: &str) -> Result<String, Error> {
    let out = cmd
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::msg(format!("{what}: {e}")))?;
    if !out.status.success() {
        return Err(Error::msg(format!(
            "{what} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Installs `files` of `pins` into `dir` with `install` unless the same files are there already
/// (compared byte for byte).
fn install_pinned(
    pins: &Path,
    dir: &Path,
    files: &[&str],
    install: impl FnOnce() -> Result<(), Error>,
) -> Result<(), Error> {
    std::fs::create_dir_all(dir)?;
    let stamp = dir.join("installed-pins");
    let mut wanted = Vec::new();
    for f in files {
        wanted.extend(std::fs::read(pins.join(f))?);
    }
    if std::fs::read(&stamp).is_ok_and(|have| have == wanted) {
        return Ok(());
    }
    for f in files {
        std::fs::copy(pins.join(f), dir.join(f))?;
    }
    install()?;
    std::fs::write(stamp, wanted)?;
    Ok(())
}

/// Builds the Rust peer program (outside the workspace) into `target/peers/<dir>`.
fn build_rust(root: &Path, dir: &str, rustflags: Option<&str>) -> Result<PathBuf, Error> {
    let target = root.join("target/peers").join(dir);
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.args([
        "build",
        "--release",
        "--locked",
        "--quiet",
        "--manifest-path",
    ])
    .arg(root.join("xtask/peers/rust/Cargo.toml"))
    .env("CARGO_TARGET_DIR", &target)
    .env_remove("CARGO_ENCODED_RUSTFLAGS")
    .env_remove("RUSTFLAGS");
    if let Some(flags) = rustflags {
        cmd.env("RUSTFLAGS", flags);
    }
    println!(
        "building the Rust peers{} …",
        rustflags.map(|f| format!(" ({f})")).unwrap_or_default()
    );
    run_checked(cmd, "cargo build (xtask/peers/rust)")?;
    Ok(target.join("release/ccwire-bench-peers"))
}

/// The fixtures and invalid cases with the schema each must satisfy (the same mapping as the
/// contract suite): each fixture's whole value against its vendor's message schema where it has
/// one, its payload against its kind's schema; each invalid case against its target's.
fn check_plan(root: &Path) -> Result<Value, Error> {
    let schema_of = |kind: &str| -> Result<String, Error> {
        ccwire_codec::kind(kind)
            .map(ccwire_codec::KindSpec::schema_path)
            .ok_or_else(|| Error::msg(format!("kind {kind} is not registered")))
    };
    let text = std::fs::read_to_string(root.join("fixtures/manifest.json"))?;
    let manifest: Value = serde_json::from_str(&text)?;
    let mut cases = Vec::new();
    for entry in manifest["fixtures"].as_array().into_iter().flatten() {
        let path = root
            .join("fixtures")
            .join(entry["path"].as_str().unwrap_or_default());
        let kind = entry["kind"].as_str().unwrap_or_default();
        let framing = entry["framing"].as_str().unwrap_or_default();
        let payload = if matches!(framing, "envelope" | "data-only") {
            "/data"
        } else {
            ""
        };
        let family: Vec<&str> = kind.split('.').take(2).collect();
        let wrapper = match (family.as_slice(), framing) {
            (["webex", _], f) if !matches!(f, "request" | "payload") => Some("webex/message.json"),
            (["genesys", "serviceClient"], "envelope") => {
                Some("genesys/service-client/Notification.json")
            }
            (["genesys", "cometd"], "envelope") => Some("genesys/cometd/CometdMessage.json"),
            (["genesys", "interactions"], "message") => Some("genesys/interactions/Operation.json"),
            _ => None,
        };
        if let Some(w) = wrapper {
            cases.push(json!({ "path": path, "pointer": "", "schema": w }));
        }
        cases.push(json!({ "path": path, "pointer": payload, "schema": schema_of(kind)? }));
    }
    let text = std::fs::read_to_string(root.join("fixtures/invalid/manifest.json"))?;
    let invalid: Value = serde_json::from_str(&text)?;
    for case in invalid["cases"].as_array().into_iter().flatten() {
        let target = case["target"].as_str().unwrap_or_default();
        let schema = if target == "webex.message" {
            "webex/message.json".to_owned()
        } else {
            schema_of(target)?
        };
        let path = root
            .join("fixtures/invalid")
            .join(case["path"].as_str().unwrap_or_default());
        cases.push(json!({ "path": path, "pointer": "", "schema": schema }));
    }
    Ok(json!({ "cases": cases }))
}

/// Runs one peer on `stream`: wall time, peak RSS, and the counts it printed.
fn run_peer(peer: &Peer, stream: &Path) -> Result<Run, Error> {
    let start = Instant::now();
    let mut child = (peer.command)(stream)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::msg(format!("{}: {e}", peer.name)))?;
    let stdout = child.stdout.take().ok_or_else(|| Error::msg("no stdout"))?;
    let mut stderr = child.stderr.take().ok_or_else(|| Error::msg("no stderr"))?;
    // Only the last line counts: a summary or the counts.
    let reader = std::thread::spawn(move || {
        let mut last = String::new();
        let mut line = String::new();
        let mut out = std::io::BufReader::with_capacity(1 << 20, stdout);
        while out.read_line(&mut line).unwrap_or(0) > 0 {
            if !line.trim().is_empty() {
                std::mem::swap(&mut last, &mut line);
            }
            line.clear();
        }
        last
    });
    let errors = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let (status, peak_kib) = wait_sampling_rss(&mut child, |_, _| {})?;
    let seconds = start.elapsed().as_secs_f64();
    let last = reader.join().unwrap_or_default();
    let errors = errors.join().unwrap_or_default();
    // `ccwire validate` exits 1 when a message is invalid; the others exit 0.
    if !(status.success() || peer.ccwire && status.code() == Some(1)) {
        return Err(Error::msg(format!(
            "{} failed ({status}): {}",
            peer.name,
            errors.trim()
        )));
    }
    let value: Value = serde_json::from_str(last.trim())
        .map_err(|e| Error::msg(format!("{}: last line {last:?}: {e}", peer.name)))?;
    let (accepted, rejected) = if peer.ccwire {
        (&value["summary"]["valid"], &value["summary"]["invalid"])
    } else {
        (&value["accepted"], &value["rejected"])
    };
    Ok(Run {
        seconds,
        peak_kib,
        accepted: accepted.as_u64().ok_or_else(|| Error::msg("no count"))?,
        rejected: rejected.as_u64().ok_or_else(|| Error::msg("no count"))?,
    })
}

/// The peers that can run here; what could not be set up is added to `notes`.
fn peers(root: &Path, notes: &mut Vec<String>) -> Result<Vec<Peer>, Error> {
    let mut peers = Vec::new();
    let schemas = root.join("schemas");
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);

    // ccwire validate.
    let exe = root.join("target/release/ccwire");
    let built = std::fs::metadata(&exe).and_then(|m| m.modified()).ok();
    let Some(built) = built else {
        return Err(Error::msg(
            "target/release/ccwire not found: build it first with `cargo build --release -p ccwire-cli`",
        ));
    };
    let sources = [root.join("crates"), root.join("Cargo.lock")]
        .iter()
        .filter_map(|p| {
            if p.is_dir() {
                newest_mtime(p)
            } else {
                std::fs::metadata(p).and_then(|m| m.modified()).ok()
            }
        })
        .max();
    if sources.is_some_and(|s| s > built) {
        notes.push(
            "target/release/ccwire is OLDER than the sources under crates/: rebuild it with \
             `cargo build --release -p ccwire-cli` for figures of the current code"
                .to_owned(),
        );
    }
    for jobs in [1, cores] {
        let exe = exe.clone();
        peers.push(Peer {
            name: format!("`ccwire validate -j {jobs} --format json`"),
            about: format!("target/release/ccwire, lenient (the default), {jobs} thread(s)"),
            command: Box::new(move |stream| {
                let mut c = Command::new(&exe);
                c.args(["validate", "--format", "json", "-j", &jobs.to_string()])
                    .arg(stream);
                c
            }),
            ccwire: true,
            parser: false,
        });
    }

    // ajv.
    let node_dir = root.join("target/peers/node");
    let node = install_pinned(
        &root.join("xtask/peers/node"),
        &node_dir,
        &["package.json", "package-lock.json"],
        || {
            let mut npm = Command::new("npm");
            npm.args(["ci", "--no-audit", "--no-fund", "--silent"])
                .current_dir(&node_dir);
            run_checked(npm, "npm ci (xtask/peers/node)").map(drop)
        },
    );
    match node {
        Ok(()) => {
            let (script, schemas, dir) = (
                root.join("xtask/peers/node/ajv.mjs"),
                schemas.clone(),
                node_dir.clone(),
            );
            let version = run_checked(
                {
                    let mut c = Command::new("node");
                    c.arg("--version");
                    c
                },
                "node --version",
            )
            .unwrap_or_default();
            peers.push(Peer {
                name: "ajv 8.20.0 (Node)".to_owned(),
                about: format!(
                    "Node {}, `ajv/dist/2020`, every schema file added, `webex/message.json` \
                     compiled once, `JSON.parse` per line",
                    version.trim()
                ),
                command: Box::new(move |stream| {
                    let mut c = Command::new("node");
                    c.arg(&script).arg(stream).arg(&schemas).arg(&dir);
                    c
                }),
                ccwire: false,
                parser: false,
            });
        }
        Err(e) => notes.push(format!("ajv left out: {e}")),
    }

    // Python jsonschema (and fastjsonschema when it agrees with it).
    let venv = root.join("target/peers/python");
    let python = venv.join("bin/python");
    let pins = root.join("xtask/peers/python");
    let installed = install_pinned(&pins, &venv, &["requirements.txt"], || {
        if !python.is_file() {
            let mut c = Command::new("python3");
            c.args(["-m", "venv"]).arg(&venv);
            run_checked(c, "python3 -m venv")?;
        }
        let mut pip = Command::new(&python);
        pip.args(["-m", "pip", "install", "--quiet", "--no-deps", "-r"])
            .arg(venv.join("requirements.txt"));
        run_checked(pip, "pip install (xtask/peers/python)").map(drop)
    });
    match installed {
        Ok(()) => {
            let script = pins.join("peer.py");
            let python_peer = |mode: &'static str| -> Box<dyn Fn(&Path) -> Command> {
                let (python, script, schemas) = (python.clone(), script.clone(), schemas.clone());
                Box::new(move |stream| {
                    let mut c = Command::new(&python);
                    c.arg(&script).arg(mode).arg(stream).arg(&schemas);
                    c
                })
            };
            let version = run_checked(
                {
                    let mut c = Command::new(&python);
                    c.arg("--version");
                    c
                },
                "python --version",
            )
            .unwrap_or_default();
            peers.push(Peer {
                name: "Python `jsonschema` 4.26.0".to_owned(),
                about: format!(
                    "{}, `Draft202012Validator` with a `referencing` registry of every schema \
                     file, `json.loads` per line",
                    version.trim()
                ),
                command: python_peer("jsonschema"),
                ccwire: false,
                parser: false,
            });
            // fastjsonschema: only if it agrees with jsonschema everywhere.
            let plan_path = root.join("target/peers/check-plan.json");
            std::fs::write(&plan_path, serde_json::to_vec(&check_plan(root)?)?)?;
            let mut c = Command::new(&python);
            c.arg(&script).arg("check").arg(&plan_path).arg(&schemas);
            let out = c.stdin(Stdio::null()).output()?;
            let verdict: Value =
                serde_json::from_slice(&out.stdout).unwrap_or_else(|_| json!({ "differ": -1 }));
            if verdict["differ"].as_i64() == Some(0) {
                notes.push(format!(
                    "fastjsonschema 2.22.3 (drafts 4-7) gives the same answer as `jsonschema` \
                     (2020-12) on all {} fixture and invalid-case checks, so it is measured",
                    verdict["cases"]
                ));
                peers.push(Peer {
                    name: "Python `fastjsonschema` 2.22.3".to_owned(),
                    about: format!(
                        "{}, `webex/message.json` compiled once (drafts 4-7 only), `json.loads` \
                         per line",
                        version.trim()
                    ),
                    command: python_peer("fastjsonschema"),
                    ccwire: false,
                    parser: false,
                });
            } else {
                let errors = String::from_utf8_lossy(&out.stderr);
                let shown: Vec<&str> = errors.lines().take(5).collect();
                notes.push(format!(
                    "fastjsonschema 2.22.3 left out: it differs from `jsonschema` on {} of {} \
                     fixture and invalid-case checks, e.g.\n    {}",
                    verdict["differ"],
                    verdict["cases"],
                    shown.join("\n    ")
                ));
            }
        }
        Err(e) => notes.push(format!("Python peers left out: {e}")),
    }

    // The Rust peers, outside the workspace.
    let builds = [
        ("rust", None, "default target"),
        (
            "rust-native",
            Some("-C target-cpu=native"),
            "target-cpu=native",
        ),
    ];
    for (dir, flags, label) in builds {
        let exe = match build_rust(root, dir, flags) {
            Ok(exe) => exe,
            Err(e) => {
                notes.push(format!("Rust peers ({label}) left out: {e}"));
                continue;
            }
        };
        let modes: &[(&str, &str, &str)] = if flags.is_none() {
            &[
                (
                    "ignored",
                    "`serde_json` → `IgnoredAny` (floor)",
                    "syntax only, nothing built",
                ),
                ("value", "`serde_json` → `Value`", "the usual value parse"),
                (
                    "value+jsonschema",
                    "`serde_json::Value` + `jsonschema` 0.60",
                    "`Value`, then the `jsonschema` crate's validator of `webex/message.json`, \
                     built once (every schema file served by its retriever)",
                ),
                (
                    "sonic-rs",
                    "`sonic-rs` → `sonic_rs::Value`",
                    "default target (SSE2)",
                ),
                (
                    "simd-json",
                    "`simd-json` → `OwnedValue`",
                    "runtime CPU detection, parses a copy of the line in place",
                ),
            ]
        } else {
            &[
                (
                    "sonic-rs",
                    "`sonic-rs` → `sonic_rs::Value`, target-cpu=native",
                    "built with `-C target-cpu=native` (AVX2 here), as its README advises",
                ),
                (
                    "simd-json",
                    "`simd-json` → `OwnedValue`, target-cpu=native",
                    "built with `-C target-cpu=native`",
                ),
            ]
        };
        for &(mode, name, about) in modes {
            let (exe, schemas) = (exe.clone(), schemas.clone());
            peers.push(Peer {
                name: name.to_owned(),
                about: format!("xtask/peers/rust `{mode}`: {about}"),
                command: Box::new(move |stream| {
                    let mut c = Command::new(&exe);
                    c.arg(mode).arg(stream);
                    if mode == "value+jsonschema" {
                        c.arg(&schemas);
                    }
                    c
                }),
                ccwire: false,
                parser: mode != "value+jsonschema",
            });
        }
    }
    Ok(peers)
}

/// Runs the group.
pub(crate) fn run(root: &Path, opts: &Options) -> Result<bool, Error> {
    let load_before = load();
    let lines = corpus(root)?;
    let pass_bytes: u64 = lines.iter().map(|l| l.len() as u64 + 1).sum();
    let passes = (opts.stream_mib * 1024 * 1024).div_ceil(pass_bytes).max(1);
    let dir = root.join("target/peers");
    std::fs::create_dir_all(&dir)?;
    let stream = root.join("target/bench-peers.ndjson");
    let size = write_passes(&stream, &lines, passes)?;
    println!(
        "stream: {} ({:.1} MiB): {passes} passes of {} lines ({pass_bytes} bytes: the Webex \
         fixtures' messages and the invalid cases that target webex.message)",
        stream.display(),
        size as f64 / 1048576.0,
        lines.len(),
    );

    let mut notes = Vec::new();
    let peers = peers(root, &mut notes)?;
    for n in &notes {
        println!("note: {n}");
    }

    // Calibration: start-up is the median time on a one-line input; the time per pass comes
    // from the first run on 1, 8, 64, … passes that takes at least CALIBRATION seconds (or the
    // whole stream), so that a JIT has warmed up.
    let first = dir.join("calibrate-line.ndjson");
    write_passes(&first, &lines[..1], 1)?;
    let mut plans = Vec::new(); // (start-up s, passes run)
    let mut per_pass_counts = Vec::new();
    let mut calibration_files: Vec<PathBuf> = vec![first.clone()];
    let budget = opts.peer_budget.as_secs_f64();
    for peer in &peers {
        let mut starts = Vec::new();
        for _ in 0..3 {
            starts.push(run_peer(peer, &first)?.seconds);
        }
        let startup = median(&mut starts);
        let mut k = 1;
        let (slope, counts) = loop {
            let file = dir.join(format!("calibrate-{k}.ndjson"));
            if !file.is_file() {
                write_passes(&file, &lines, k)?;
                calibration_files.push(file.clone());
            }
            let r = run_peer(peer, &file)?;
            if r.seconds >= CALIBRATION || k >= passes {
                break (
                    ((r.seconds - startup) / k as f64).max(1e-6),
                    (r.accepted / k, r.rejected / k),
                );
            }
            k = (k * 8).min(passes);
        };
        let projected = startup + slope * passes as f64;
        let run_passes = if projected > budget {
            (((budget - startup) / slope).floor() as u64).clamp(1, passes)
        } else {
            passes
        };
        println!(
            "calibrated {}: start-up {startup:.2} s, {:.1} ms per pass (from {k} passes), whole \
             stream ~{projected:.0} s{}",
            peer.name,
            slope * 1e3,
            if run_passes < passes {
                format!(" (over budget: runs on the first {run_passes} passes)")
            } else {
                String::new()
            }
        );
        per_pass_counts.push(counts);
        plans.push((startup, run_passes));
    }
    for f in &calibration_files {
        let _ = std::fs::remove_file(f);
    }

    // Prefixes for the peers over budget.
    let mut prefixes: Vec<(u64, PathBuf, u64)> = Vec::new();
    for &(_, p) in &plans {
        if p < passes && !prefixes.iter().any(|(q, _, _)| *q == p) {
            let path = dir.join(format!("prefix-{p}.ndjson"));
            let bytes = write_passes(&path, &lines, p)?;
            prefixes.push((p, path, bytes));
        }
    }
    let input = |p: u64| -> (PathBuf, u64) {
        prefixes
            .iter()
            .find(|(q, _, _)| *q == p)
            .map_or((stream.clone(), size), |(_, path, bytes)| {
                (path.clone(), *bytes)
            })
    };

    let mut runs: Vec<Vec<Run>> = peers.iter().map(|_| Vec::new()).collect();
    for round in 0..ROUNDS {
        println!("round {} of {ROUNDS} …", round + 1);
        for ((peer, &(_, p)), runs) in peers.iter().zip(&plans).zip(&mut runs) {
            runs.push(run_peer(peer, &input(p).0)?);
        }
    }
    let load_after = load();

    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    println!(
        "\nPeers on one {:.0} MiB NDJSON stream ({passes} passes of {} lines), whole processes, \
         {ROUNDS} interleaved rounds, {cores} cores; load average (1, 5, 15 min) before: \
         {load_before}, after: {load_after}\n",
        size as f64 / 1048576.0,
        lines.len()
    );
    println!(
        "| peer | input | seconds (median) | MB/s (median) | MB/s spread | time per byte ÷ `ccwire -j 1` | start-up (s) | peak RSS (MiB) | accepted | rejected |"
    );
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    let mut base = None;
    for ((peer, runs), &(startup, p)) in peers.iter().zip(&runs).zip(&plans) {
        let bytes = input(p).1 as f64;
        let mut secs: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
        let med = median(&mut secs);
        let per_byte = med / bytes;
        let base = *base.get_or_insert(per_byte);
        let last = runs.last().ok_or_else(|| Error::msg("no run"))?;
        println!(
            "| {} | {} | {med:.2} | {} | {}-{} | {:.2} | {startup:.2} | {:.1} | {} | {} |",
            peer.name,
            if p < passes {
                format!("first {:.1} MiB", bytes / 1048576.0)
            } else {
                "whole stream".to_owned()
            },
            mbs(bytes, med),
            mbs(bytes, secs[secs.len() - 1]),
            mbs(bytes, secs[0]),
            per_byte / base,
            runs.iter().map(|r| r.peak_kib).max().unwrap_or(0) as f64 / 1024.0,
            last.accepted,
            last.rejected,
        );
    }
    println!();
    for peer in &peers {
        println!("* {}: {}.", peer.name, peer.about);
    }

    // Agreement: every validator gives the same counts per pass; every parser accepts all but
    // the lines that are not JSON.
    let mut agree = true;
    let validators = per_pass_counts[0];
    println!(
        "\nPer pass of the corpus ({} lines): ccwire validate accepts {} and rejects {}.",
        lines.len(),
        validators.0,
        validators.1
    );
    for (((peer, runs), &(_, p)), &calibrated) in
        peers.iter().zip(&runs).zip(&plans).zip(&per_pass_counts)
    {
        let consistent = runs
            .iter()
            .all(|r| r.accepted == calibrated.0 * p && r.rejected == calibrated.1 * p);
        if !consistent {
            agree = false;
            println!(
                "DISAGREES: {} counted differently from one run to another",
                peer.name
            );
        }
        let is_parser = peer.parser;
        if !is_parser && calibrated != validators {
            agree = false;
            println!(
                "DISAGREES: {} accepts {} and rejects {} per pass",
                peer.name, calibrated.0, calibrated.1
            );
        }
        if is_parser {
            println!(
                "{}: accepts {} and rejects {} per pass (JSON syntax only)",
                peer.name, calibrated.0, calibrated.1
            );
        }
    }
    if agree {
        println!(
            "Every validator (ccwire, ajv, jsonschema{}, the jsonschema crate) gives the same \
             accept/reject counts.",
            if peers.iter().any(|p| p.name.contains("fastjsonschema")) {
                ", fastjsonschema"
            } else {
                ""
            }
        );
    }
    for n in &notes {
        println!("note: {n}");
    }
    let _ = std::fs::remove_file(&stream);
    for (_, path, _) in &prefixes {
        let _ = std::fs::remove_file(path);
    }
    Ok(agree)
}
