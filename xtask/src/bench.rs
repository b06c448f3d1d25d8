//! `cargo run --release -p xtask -- bench`: decode, encode and validation speed, reported as
//! ratios against baselines measured in the same process, plus `ccwire validate` throughput and
//! peak memory on a large generated NDJSON stream. `--group members`: how time and memory grow
//! with the number of members of one message ([`members`]). `--group peers`: `ccwire validate`
//! against what users run instead, whole processes on one stream ([`peers`]). `--group kinds`:
//! `ccwire validate` against Python's `json.loads` on a stream of each Webex kind ([`kinds`]).

mod kinds;
mod members;
mod peers;
mod replay;

use std::hint::black_box;
use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use serde::de::IgnoredAny;
use serde_json::Value;

use crate::error::Error;

/// One measured operation over the whole corpus.
struct Measure {
    name: &'static str,
    /// Median time of one pass over the corpus.
    per_pass: Duration,
    /// Median, over the rounds, of this operation's time divided by the baseline's time in
    /// the same round.
    ratio: f64,
}

/// An operation to measure: its name and one pass over the corpus.
type Op<'a> = (&'static str, Box<dyn FnMut() + 'a>);

/// One pass: `f` on every item of `items`.
fn each<'a, T, R>(items: &'a [T], f: impl Fn(&T) -> R + 'a) -> Box<dyn FnMut() + 'a> {
    Box::new(move || {
        for item in items {
            black_box(f(item));
        }
    })
}

/// Measures a group of operations in interleaved rounds (each round runs every operation in
/// turn), so that a slow moment of a shared machine hits all of them alike. The first operation
/// is the baseline; each ratio is the median of the per-round ratios. About `budget` per
/// operation in all.
fn measure(budget: Duration, mut ops: Vec<Op<'_>>) -> Vec<Measure> {
    // Warm up and calibrate.
    let once: Vec<Duration> = ops.iter_mut().map(|(_, pass)| time_once(pass)).collect();
    measure_rounds(budget, 15, &once, ops)
}

/// The time of one pass.
fn time_once(pass: &mut (dyn FnMut() + '_)) -> Duration {
    let start = Instant::now();
    pass();
    start.elapsed()
}

/// [`measure`] in `rounds` rounds, `once` being the time of one (warm-up) pass of each
/// operation: each round runs each operation enough passes to take `budget / rounds` (at least
/// one pass), after one untimed pass of the same operation.
///
/// The untimed pass puts every timed batch in the same state, whatever the size: following a
/// pass of the same operation, as in a stream of similar messages. Without it, a batch of many
/// short passes is timed warm while a single long pass is timed right after another operation,
/// in memory that operation freed and the allocator may have handed back to the system; the
/// ratio of a large message would then include page faults that a small one never pays, and an
/// operation would be charged for the one before it.
fn measure_rounds(
    budget: Duration,
    rounds: usize,
    once: &[Duration],
    mut ops: Vec<Op<'_>>,
) -> Vec<Measure> {
    let passes: Vec<u32> = once
        .iter()
        .map(|&one| {
            let one = one.max(Duration::from_micros(1));
            ((budget.as_secs_f64() / rounds as f64) / one.as_secs_f64())
                .ceil()
                .max(1.0) as u32
        })
        .collect();
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); ops.len()];
    for _ in 0..rounds {
        for ((_, pass), (n, t)) in ops.iter_mut().zip(passes.iter().zip(times.iter_mut())) {
            pass();
            let start = Instant::now();
            for _ in 0..*n {
                pass();
            }
            t.push(start.elapsed().as_secs_f64() / f64::from(*n));
        }
    }
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let base = times[0].clone();
    ops.iter()
        .zip(&times)
        .map(|((name, _), t)| Measure {
            name,
            per_pass: Duration::from_secs_f64(median(t.clone())),
            ratio: median(t.iter().zip(&base).map(|(a, b)| a / b).collect()),
        })
        .collect()
}

fn corpus(root: &Path) -> Result<Vec<String>, Error> {
    #[derive(serde::Deserialize)]
    struct Manifest {
        fixtures: Vec<Entry>,
    }
    #[derive(serde::Deserialize)]
    struct Entry {
        path: String,
        framing: String,
    }
    let text = std::fs::read_to_string(root.join("fixtures/manifest.json"))?;
    let manifest: Manifest = serde_json::from_str(&text)?;
    let mut out = Vec::new();
    for e in manifest.fixtures {
        if matches!(e.framing.as_str(), "request" | "payload") {
            continue;
        }
        let value: Value = serde_json::from_str(&std::fs::read_to_string(
            root.join("fixtures").join(&e.path),
        )?)?;
        out.push(serde_json::to_string(&value)?);
    }
    Ok(out)
}

pub(crate) use members::Options as MembersOptions;

/// A group of measurements.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Group {
    /// Decode, encode and validation over the fixture corpus, and `ccwire validate` on a large
    /// NDJSON stream.
    Corpus,
    /// Time per byte for messages of 10^3…10^6 members, relative to `IgnoredAny`, and peak RSS
    /// of `ccwire validate` on one line just under the line cap.
    Members,
    /// `ccwire replay` against `ccwire validate` on the sequence captures, and the peak RSS of a
    /// replay with many interactions open at once.
    Replay,
    /// `ccwire validate` against ajv, Python `jsonschema`, `serde_json::Value` + the `jsonschema`
    /// crate and the fastest Rust JSON parsers: whole processes on one NDJSON stream.
    Peers,
    /// `ccwire validate -j 1` against Python's `json.loads` on a stream of each Webex kind.
    Kinds,
}

pub(crate) use kinds::Options as KindsOptions;
pub(crate) use peers::Options as PeersOptions;
pub(crate) use replay::Options as ReplayOptions;

/// Runs the peers group.
pub(crate) fn run_peers(root: &Path, opts: &PeersOptions) -> Result<bool, Error> {
    peers::run(root, opts)
}

/// Runs the kinds group.
pub(crate) fn run_kinds(root: &Path, opts: &KindsOptions) -> Result<bool, Error> {
    kinds::run(root, opts)
}

/// Runs the replay group.
pub(crate) fn run_replay(root: &Path, opts: &ReplayOptions) -> Result<bool, Error> {
    replay::run_group(root, opts)
}

/// Runs the members group.
pub(crate) fn run_members(root: &Path, opts: &MembersOptions) -> Result<bool, Error> {
    members::run(root, opts)
}

/// An operation that `--profile` runs alone.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub(crate) enum ProfiledOp {
    /// `serde_json::from_str::<Value>` (the baseline).
    Value,
    /// `ccwire_codec::decode`.
    Decode,
    /// `ccwire_codec::validate` in strict mode.
    Validate,
}

/// Runs `op` over the corpus `passes` times, untimed (for an instruction-level profiler, whose
/// counts of two runs are compared instead of wall-clock times).
pub(crate) fn profile(root: &Path, op: ProfiledOp, passes: u32) -> Result<bool, Error> {
    let messages = corpus(root)?;
    let mut ok = 0usize;
    for _ in 0..passes {
        for m in &messages {
            ok += usize::from(match op {
                ProfiledOp::Value => serde_json::from_str::<Value>(m).is_ok(),
                ProfiledOp::Decode => ccwire_codec::decode(m).is_ok(),
                ProfiledOp::Validate => ccwire_codec::validate(m, ccwire_codec::Mode::Strict).valid,
            });
        }
    }
    println!(
        "{op:?}: {passes} passes over {} messages, {ok} accepted",
        messages.len()
    );
    Ok(true)
}

/// MB/s with three significant figures (down to 0.001).
fn mbs(bytes: f64, seconds: f64) -> String {
    let x = bytes / seconds / 1e6;
    let decimals = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else if x >= 1.0 {
        2
    } else {
        3
    };
    format!("{x:.decimals$}")
}

/// The median of `v` (the upper one of an even count; NaN when empty).
fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}

/// The load averages (1, 5, 15 minutes), as `/proc/loadavg` gives them.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".to_owned())
}

fn peak_rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Waits for `child`, sampling its peak resident set every 5 ms; `each` sees the child and the
/// peak so far (KiB) after every sample (to stop a run that overruns). Returns the exit status
/// and the peak.
fn wait_sampling_rss(
    child: &mut std::process::Child,
    mut each: impl FnMut(&mut std::process::Child, u64),
) -> std::io::Result<(std::process::ExitStatus, u64)> {
    let mut peak = 0;
    loop {
        if let Some(kib) = peak_rss_kib(child.id()) {
            peak = peak.max(kib);
        }
        if let Some(status) = child.try_wait()? {
            return Ok((status, peak));
        }
        each(child, peak);
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Runs the benchmark; `stream_mib` is the size of the generated NDJSON stream.
pub(crate) fn run(root: &Path, stream_mib: u64, budget_ms: u64) -> Result<bool, Error> {
    let budget = Duration::from_millis(budget_ms);
    let messages = corpus(root)?;
    let bytes: usize = messages.iter().map(String::len).sum();
    println!(
        "corpus: {} detectable fixtures, {} bytes (compact JSON)",
        messages.len(),
        bytes
    );

    let schema: Value = serde_json::from_str(&std::fs::read_to_string(
        root.join("schemas/webex/message.json"),
    )?)?;
    let validator = jsonschema::validator_for(&schema).map_err(|e| Error::msg(e.to_string()))?;
    let webex: Vec<&String> = messages
        .iter()
        .filter(|m| ccwire_codec::detect(m).is_ok_and(|d| d.vendor == ccwire_codec::Vendor::Webex))
        .collect();
    let decoded: Vec<ccwire_codec::Message> = messages
        .iter()
        .filter_map(|m| ccwire_codec::decode(m).ok())
        .collect();
    let values: Vec<Value> = messages
        .iter()
        .filter_map(|m| serde_json::from_str(m).ok())
        .collect();

    let results = measure(
        budget,
        vec![
            (
                "serde_json::from_str::<Value>",
                each(&messages, |m| serde_json::from_str::<Value>(m).is_ok()),
            ),
            (
                "serde_json::from_str::<IgnoredAny> (syntax only, floor)",
                each(&messages, |m| serde_json::from_str::<IgnoredAny>(m).is_ok()),
            ),
            (
                "ccwire_codec::decode (typed, dispatch, lossless)",
                each(&messages, |m| ccwire_codec::decode(m).is_ok()),
            ),
            (
                "ccwire_codec::validate (decode + drift report)",
                each(&messages, |m| {
                    ccwire_codec::validate(m, ccwire_codec::Mode::Strict).valid
                }),
            ),
        ],
    );
    let webex_results = measure(
        budget,
        vec![
            (
                "Webex only: from_str::<Value>",
                each(&webex, |m| serde_json::from_str::<Value>(m).is_ok()),
            ),
            (
                "Webex only: from_str::<Value> + jsonschema (our message schema)",
                each(&webex, |m| {
                    validator.is_valid(&serde_json::from_str(m).unwrap_or(Value::Null))
                }),
            ),
            (
                "Webex only: ccwire_codec::decode",
                each(&webex, |m| ccwire_codec::decode(m).is_ok()),
            ),
        ],
    );
    let encode = measure(
        budget,
        vec![
            (
                "serde_json::to_string(&Value)",
                each(&values, |v| {
                    serde_json::to_string(v).map(|s| s.len()).unwrap_or(0)
                }),
            ),
            (
                "ccwire_codec::encode (typed)",
                each(&decoded, |m| {
                    ccwire_codec::encode(m).map(|s| s.len()).unwrap_or(0)
                }),
            ),
        ],
    );

    let report = |title: &str, rows: &[Measure], bytes: usize| {
        println!("\n{title}");
        println!(
            "| operation | µs per corpus pass | MB/s | ratio to baseline (median of rounds) |"
        );
        println!("|---|---:|---:|---:|");
        for r in rows {
            let s = r.per_pass.as_secs_f64();
            println!(
                "| {} | {:.1} | {:.0} | {:.2} |",
                r.name,
                s * 1e6,
                bytes as f64 / s / 1e6,
                r.ratio
            );
        }
    };
    report(
        "Decode (all detectable fixtures; baseline = Value)",
        &results,
        bytes,
    );
    let webex_bytes: usize = webex.iter().map(|m| m.len()).sum();
    report(
        "Decode vs schema validation (Webex fixtures; baseline = Value)",
        &webex_results,
        webex_bytes,
    );
    let value_bytes: usize = values
        .iter()
        .filter_map(|v| serde_json::to_string(v).ok())
        .map(|s| s.len())
        .sum();
    report(
        "Encode (baseline = to_string(&Value))",
        &encode,
        value_bytes,
    );

    // `ccwire validate` on a large NDJSON stream.
    let stream = root.join("target/bench-stream.ndjson");
    write_stream(&stream, &messages, stream_mib << 20)?;
    let size = std::fs::metadata(&stream)?.len();
    let exe = root.join("target/release/ccwire");
    if !exe.is_file() {
        println!(
            "\n(skipping the stream run: build it first with `cargo build --release -p ccwire-cli`)"
        );
        return Ok(true);
    }
    // One thread and every core, human and JSON output, in interleaved rounds.
    let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let configs: Vec<(String, Vec<String>)> =
        [("human", 1), ("human", cores), ("json", 1), ("json", cores)]
            .into_iter()
            .map(|(format, jobs)| {
                (
                    format!("--format {format} -j {jobs}"),
                    vec![
                        "--format".to_owned(),
                        format.to_owned(),
                        "-j".to_owned(),
                        jobs.to_string(),
                    ],
                )
            })
            .collect();
    let mut runs: Vec<Vec<StreamRun>> = configs.iter().map(|_| Vec::new()).collect();
    for _ in 0..STREAM_ROUNDS {
        for ((_, args), runs) in configs.iter().zip(&mut runs) {
            runs.push(stream_run(&exe, args, &stream)?);
        }
    }
    println!(
        "\n`ccwire validate` on a {:.0} MiB NDJSON stream ({}), {STREAM_ROUNDS} interleaved rounds, {cores} cores:",
        size as f64 / 1048576.0,
        stream.display()
    );
    println!(
        "| flags | exit | seconds (median) | MB/s (median) | spread | peak RSS (MiB) |\n|---|---:|---:|---:|---:|---:|"
    );
    let mut medians = Vec::new();
    for ((flags, _), runs) in configs.iter().zip(&runs) {
        let mut secs: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
        secs.sort_by(f64::total_cmp);
        let median = secs[secs.len() / 2];
        medians.push(median);
        println!(
            "| `{flags}` | {} | {median:.2} | {:.0} | {:.0}-{:.0} | {:.1} |",
            runs.iter().map(|r| r.exit).max().unwrap_or(-1),
            size as f64 / median / 1e6,
            size as f64 / secs[secs.len() - 1] / 1e6,
            size as f64 / secs[0] / 1e6,
            runs.iter().map(|r| r.peak_kib).max().unwrap_or(0) as f64 / 1024.0
        );
    }
    if let [human_1, human_n, json_1, json_n] = medians[..] {
        println!(
            "\nThroughput of -j {cores} against -j 1 (median): human {:.2}x, JSON {:.2}x. JSON against human output: {:.2}x (-j 1), {:.2}x (-j {cores}).",
            human_1 / human_n,
            json_1 / json_n,
            human_1 / json_1,
            human_n / json_n
        );
    }
    let _ = std::fs::remove_file(&stream);
    Ok(true)
}

/// Rounds of each `ccwire validate` configuration on the stream.
const STREAM_ROUNDS: usize = 3;

/// One `ccwire validate` run on the stream.
struct StreamRun {
    exit: i32,
    seconds: f64,
    peak_kib: u64,
}

fn stream_run(exe: &Path, args: &[String], stream: &Path) -> Result<StreamRun, Error> {
    let start = Instant::now();
    let mut child = std::process::Command::new(exe)
        .arg("validate")
        .args(args)
        .arg(stream)
        .stdout(std::process::Stdio::null())
        .spawn()?;
    let (status, peak_kib) = wait_sampling_rss(&mut child, |_, _| {})?;
    Ok(StreamRun {
        exit: status.code().unwrap_or(-1),
        seconds: start.elapsed().as_secs_f64(),
        peak_kib,
    })
}

/// Writes whole passes of `lines`, one per line, until at least `bytes` are written (none when
/// `bytes` is 0); returns the bytes written.
fn write_stream(path: &Path, lines: &[String], bytes: u64) -> Result<u64, Error> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path)?);
    let mut written = 0u64;
    while written < bytes {
        for l in lines {
            out.write_all(l.as_bytes())?;
            out.write_all(b"\n")?;
            written += l.len() as u64 + 1;
        }
    }
    out.flush()?;
    Ok(written)
}
