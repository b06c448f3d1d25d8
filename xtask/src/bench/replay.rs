//! `xtask bench --group replay`: `ccwire replay` against `ccwire validate`, whole processes on
//! the same stream, and the peak RSS of a replay that holds 10^6 interactions open at once.
//!
//! * **Throughput.** The sequence captures of `fixtures/sequences/` (every documented flow of
//!   every vendor), repeated with their interaction ids renamed per copy until the stream has
//!   `--stream-mib` MiB, written to `target/bench-replay.ndjson`. `validate`, `replay` and
//!   `replay --format json` run on it in interleaved rounds; the figure is replay's throughput as
//!   a ratio to validate's (median over the rounds; target at least 0.8).
//! * **Memory.** A stream written into `ccwire replay -` (and, for reference, `ccwire validate
//!   -`) through a pipe: first an offer for each of `--interactions` interactions (all open at
//!   once, the worst case for the tracker), then for each its accept, end and wrap-up. The
//!   child's peak resident set is sampled from `/proc/<pid>/status` (`VmHWM`) every 5 ms.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use super::{median, wait_sampling_rss};
use crate::error::Error;

/// Rounds of the throughput part.
const ROUNDS: usize = 5;
/// Replay's throughput as a fraction of validate's that the issue asks for.
const TARGET: f64 = 0.8;

/// Options of the group.
pub(crate) struct Options {
    /// Size of the throughput stream, in MiB.
    pub(crate) stream_mib: u64,
    /// Interactions of the memory stream.
    pub(crate) interactions: usize,
}

/// One whole-process run: seconds, bytes written to standard output, peak RSS (KiB), exit code.
struct Run {
    seconds: f64,
    output: u64,
    peak_kib: u64,
    exit: Option<i32>,
}

/// What writes a run's standard input.
type Feed = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()> + Send>;

/// Runs `exe args`, feeding its standard input with `feed` (when given), counting its output
/// and sampling its peak RSS.
fn run(exe: &Path, args: &[&str], feed: Option<Feed>) -> Result<Run, Error> {
    let start = Instant::now();
    let mut child = Command::new(exe)
        .args(args)
        .stdin(if feed.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut stdout = child.stdout.take().ok_or_else(|| Error::msg("no stdout"))?;
    let counter =
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()).unwrap_or(0));
    let writer = match (feed, child.stdin.take()) {
        (Some(feed), Some(stdin)) => Some(std::thread::spawn(move || {
            let mut stdin = std::io::BufWriter::with_capacity(1 << 20, stdin);
            let _ = feed(&mut stdin);
            let _ = stdin.flush();
        })),
        _ => None,
    };
    let (status, peak) = wait_sampling_rss(&mut child, |_, _| {})?;
    let seconds = start.elapsed().as_secs_f64();
    if let Some(w) = writer {
        let _ = w.join();
    }
    Ok(Run {
        seconds,
        output: counter.join().unwrap_or(0),
        peak_kib: peak,
        exit: status.code(),
    })
}

/// The interaction ids of a capture (`"interactionId":"…"`).
fn ids(text: &str) -> Vec<String> {
    let mut ids: Vec<String> = text
        .match_indices("\"interactionId\":\"")
        .filter_map(|(i, m)| {
            let rest = text.get(i + m.len()..)?;
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect();
    ids.sort();
    ids.dedup();
    ids
}

/// A minimal Webex routing message.
fn routing(kind: &str, id: usize, time: usize) -> String {
    format!(
        r#"{{"type":"RoutingMessage","orgId":"o","data":{{"type":"{kind}","eventType":"RoutingMessage","interactionId":"bench-{id}","orgId":"o","agentId":"agent-{agent}","eventTime":{time}}}}}"#,
        agent = id % 1000
    )
}

/// Runs the group.
pub(crate) fn run_group(root: &Path, opts: &Options) -> Result<bool, Error> {
    let exe = root.join("target/release/ccwire");
    if !exe.is_file() {
        return Err(Error::msg(
            "build it first: cargo build --release -p ccwire-cli -p xtask",
        ));
    }
    // Throughput.
    let captures = crate::fixtures::sequences::read(root)?;
    let target = usize::try_from(opts.stream_mib * 1024 * 1024).unwrap_or(usize::MAX);
    let path = root.join("target/bench-replay.ndjson");
    let mut stream = String::with_capacity(target + (1 << 20));
    let mut copies = 0usize;
    while stream.len() < target {
        for (_, text) in &captures {
            let mut text = text.clone();
            for id in ids(&text) {
                text = text.replace(
                    &format!("\"interactionId\":\"{id}\""),
                    &format!("\"interactionId\":\"{id}-{copies}\""),
                );
            }
            stream.push_str(&text);
        }
        copies += 1;
    }
    std::fs::write(&path, &stream)?;
    let (bytes, lines) = (stream.len(), stream.lines().count());
    drop(stream);
    let file = path.to_string_lossy().into_owned();
    println!(
        "replay: {} copies of the {} sequence captures, {lines} messages, {:.1} MiB ({})",
        copies,
        captures.len(),
        bytes as f64 / 1_048_576.0,
        path.display()
    );
    let commands: [(&str, Vec<&str>); 3] = [
        ("validate", vec!["validate", &file]),
        ("replay", vec!["replay", &file]),
        (
            "replay --format json",
            vec!["replay", "--format", "json", &file],
        ),
    ];
    let mut seconds: Vec<Vec<f64>> = vec![Vec::new(); commands.len()];
    let mut outputs = vec![0u64; commands.len()];
    for _ in 0..ROUNDS {
        for (i, (_, args)) in commands.iter().enumerate() {
            let r = run(&exe, args, None)?;
            if r.exit != Some(0) && r.exit != Some(1) {
                return Err(Error::msg(format!("{args:?} exited {:?}", r.exit)));
            }
            seconds[i].push(r.seconds);
            outputs[i] = r.output;
        }
    }
    println!(
        "| command | median s | spread s | MB/s | output bytes | throughput ratio to validate |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let mut ok = true;
    let base: Vec<f64> = seconds[0].clone();
    for (i, (name, _)) in commands.iter().enumerate() {
        let med = median(&mut seconds[i].clone());
        let lo = seconds[i].iter().copied().fold(f64::INFINITY, f64::min);
        let hi = seconds[i].iter().copied().fold(0.0, f64::max);
        // Per round: validate's time over this command's (throughput ratio), then the median.
        let ratio = median(
            &mut base
                .iter()
                .zip(&seconds[i])
                .map(|(b, s)| b / s)
                .collect::<Vec<_>>(),
        );
        if i > 0 && ratio < TARGET {
            ok = false;
        }
        println!(
            "| `ccwire {name}` | {med:.3} | {lo:.3}-{hi:.3} | {:.1} | {} | {ratio:.3} |",
            bytes as f64 / med / 1e6,
            outputs[i]
        );
    }
    println!("(target: replay at least {TARGET} of validate's throughput)");

    // Memory with every interaction open at once.
    let n = opts.interactions;
    let feed = move |out: &mut dyn Write| -> std::io::Result<()> {
        for id in 0..n {
            writeln!(out, "{}", routing("AgentOfferContact", id, 1_000 + id))?;
        }
        for id in 0..n {
            for (k, kind) in ["AgentContactAssigned", "ContactEnded", "AgentWrappedUp"]
                .into_iter()
                .enumerate()
            {
                writeln!(out, "{}", routing(kind, id, 10_000_000 + 3 * id + k))?;
            }
        }
        Ok(())
    };
    println!(
        "\nPeak RSS with {n} interactions open at once ({} messages through a pipe):",
        4 * n
    );
    println!("| command | exit | seconds | output bytes | peak RSS (MiB) |");
    println!("|---|---|---:|---:|---:|");
    for (name, args) in [
        ("validate -", vec!["validate", "-"]),
        ("replay -", vec!["replay", "-"]),
        (
            "replay --format json -",
            vec!["replay", "--format", "json", "-"],
        ),
    ] {
        let r = run(&exe, &args, Some(Box::new(feed)))?;
        println!(
            "| `ccwire {name}` | {} | {:.1} | {} | {:.0} |",
            r.exit
                .map_or_else(|| "signal".to_owned(), |c| c.to_string()),
            r.seconds,
            r.output,
            r.peak_kib as f64 / 1024.0
        );
    }
    let _ = std::fs::remove_file(&path);
    Ok(ok)
}
