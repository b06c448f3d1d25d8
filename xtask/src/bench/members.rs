//! `xtask bench --group members`: time and memory as the members of one message grow.
//!
//! For 10³…10⁶ members at each place where members accumulate (unknown envelope members,
//! unknown members of a known kind, entries of a typed map, members of an unknown kind, elements
//! of an array in an unknown member), `decode` and `validate` are timed in interleaved rounds
//! against `serde_json::from_str::<IgnoredAny>` on the same text; the ratio to that floor should
//! not grow with the size. Sizes whose projected time exceeds what is left of a case's budget are
//! reported as over budget, not run (quadratic code at 10⁶ members would take hours). Then
//! `ccwire validate` runs on one NDJSON line just under the line cap of each shape, in every
//! output format, and its peak resident set size is reported; three more shapes (f-h) are used
//! there only: messages whose typed form multiplies their text, which the decoder's memory budget
//! refuses as `too-large`.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use ccwire_codec::Mode;
use serde::de::IgnoredAny;
use serde_json::Value;

use super::{Op, measure_rounds, time_once, wait_sampling_rss};
use crate::error::Error;

/// Member counts, smallest first.
const SIZES: [usize; 4] = [1_000, 10_000, 100_000, 1_000_000];
/// Rounds per size: at least this many, however slow a pass is…
const MIN_ROUNDS: usize = 5;
/// …and at most this many.
const MAX_ROUNDS: usize = 15;
/// How much the ratio to `IgnoredAny` may grow from the smallest size to the largest.
const TARGET_GROWTH: f64 = 1.5;
/// The measured operations, baseline first.
const OPS: [&str; 4] = ["IgnoredAny", "decode", "validate", "Value"];

/// Options of the group (see `xtask bench --help`).
pub(crate) struct Options {
    /// Time per operation and size for the measured rounds.
    pub(crate) budget: Duration,
    /// Wall-clock budget of one case (all its sizes).
    pub(crate) case_budget: Duration,
    /// Largest member count measured.
    pub(crate) max_members: usize,
    /// Size of the line for the peak-RSS runs, in MiB (0: no RSS runs).
    pub(crate) line_mib: u64,
    /// Time limit of one `ccwire validate` run.
    pub(crate) run_timeout: Duration,
    /// A run whose resident set grows past this (KiB) is stopped.
    pub(crate) rss_limit_kib: u64,
    /// The letters of the cases to run.
    pub(crate) cases: String,
    /// Write each timed case's texts here as NDJSON instead of timing them (see
    /// [`write_shapes`]).
    pub(crate) write_shapes: Option<std::path::PathBuf>,
}

/// A message shape with a variable number of members: `prefix`, the members (written by `item`,
/// comma-separated), `suffix`.
struct Shape {
    /// Case letter.
    id: char,
    /// What accumulates, and where.
    what: &'static str,
    prefix: String,
    /// Whether a comma goes before the first member (it follows another one).
    comma_first: bool,
    item: fn(&mut String, usize),
    suffix: String,
    /// Timed at 10^3…10^6 members (otherwise only the peak-RSS runs use it).
    timed: bool,
}

impl Shape {
    /// The message with `n` members.
    fn text(&self, n: usize) -> String {
        let mut out = self.prefix.clone();
        for i in 0..n {
            if i > 0 || self.comma_first {
                out.push(',');
            }
            (self.item)(&mut out, i);
        }
        out.push_str(&self.suffix);
        out
    }

    /// The message with as many members as fit in `max` bytes, and that number.
    fn fill(&self, max: usize) -> (String, usize) {
        let mut out = String::with_capacity(max);
        out.push_str(&self.prefix);
        let mut item = String::new();
        let mut n = 0;
        loop {
            item.clear();
            if n > 0 || self.comma_first {
                item.push(',');
            }
            (self.item)(&mut item, n);
            if out.len() + item.len() + self.suffix.len() > max {
                break;
            }
            out.push_str(&item);
            n += 1;
        }
        out.push_str(&self.suffix);
        (out, n)
    }
}

/// `"k<i>":1`
fn number_member(out: &mut String, i: usize) {
    let _ = write!(out, "\"k{i}\":1");
}

/// `"k<i>":{"value":"x"}` (a CAD variable).
fn cad_entry(out: &mut String, i: usize) {
    let _ = write!(out, "\"k{i}\":{{\"value\":\"x\"}}");
}

/// `1`
fn array_element(out: &mut String, _: usize) {
    out.push('1');
}

/// `"<i>":{"id":"","pType":"Agent","type":""}` (a participant).
fn participant_entry(out: &mut String, i: usize) {
    let _ = write!(
        out,
        "\"{i:x}\":{{\"id\":\"\",\"pType\":\"Agent\",\"type\":\"\"}}"
    );
}

/// `{}`
fn empty_object(out: &mut String, _: usize) {
    out.push_str("{}");
}

/// `"a"`
fn short_string(out: &mut String, _: usize) {
    out.push_str("\"a\"");
}

/// The `AgentOfferContact` fixture as compact JSON with the member at `pointer` replaced by
/// `replacement`, split around the string `"@@grown@@"` in it: the text before and after.
fn offer_around(root: &Path, pointer: &str, replacement: Value) -> Result<(String, String), Error> {
    const PLACEHOLDER: &str = "\"@@grown@@\"";
    let path = "webex/routing/AgentOfferContact/sdk-L9242.json";
    let mut offer: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("fixtures").join(path))?)?;
    *offer
        .pointer_mut(pointer)
        .ok_or_else(|| Error::msg(format!("{path}: no {pointer}")))? = replacement;
    let offer = serde_json::to_string(&offer)?;
    let (before, after) = offer
        .split_once(PLACEHOLDER)
        .ok_or_else(|| Error::msg("placeholder not found"))?;
    Ok((before.to_owned(), after.to_owned()))
}

/// A fixture as compact JSON `{"data":…,<envelope>}` split into the text of `data` and the
/// envelope members after it (`"orgId":…,"type":"RoutingMessage"}`).
fn data_and_envelope(root: &Path, path: &str) -> Result<(String, String), Error> {
    let mut value: Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("fixtures").join(path))?)?;
    let data = value
        .as_object_mut()
        .and_then(|o| o.remove("data"))
        .ok_or_else(|| Error::msg(format!("{path}: no `data`")))?;
    let envelope = serde_json::to_string(&value)?;
    let rest = envelope.strip_prefix('{').unwrap_or(&envelope).to_owned();
    Ok((serde_json::to_string(&data)?, rest))
}

/// The shapes, built on real fixtures where a known kind is needed: five timed, three more for
/// the peak-RSS runs (messages whose typed form multiplies their text).
fn shapes(root: &Path) -> Result<Vec<Shape>, Error> {
    // AgentContactHeld: `{"data":{…,"type":"AgentContactHeld"},"orgId":…,"type":"RoutingMessage"}`.
    let (held, envelope) =
        data_and_envelope(root, "webex/routing/AgentContactHeld/sdk-L4930.json")?;
    let held_open = held.strip_suffix('}').unwrap_or(&held);
    let held_rest = held.strip_prefix('{').unwrap_or(&held);
    // AgentOfferContact with a member replaced by the growing ones.
    let here = || Value::from("@@grown@@");
    let cad = "/data/interaction/callAssociatedData";
    let (offer_before, offer_after) = offer_around(root, cad, here())?;
    let (parts_before, parts_after) = offer_around(root, "/data/interaction/participants", here())?;
    let (order_before, order_after) = offer_around(
        root,
        cad,
        serde_json::json!({"o": {"value": {"pop-over": "@@grown@@"}}}),
    )?;
    let offer: Value = serde_json::from_str(&format!("{offer_before}{{}}{offer_after}"))?;
    let leg = offer
        .pointer("/data/interaction/media")
        .and_then(Value::as_object)
        .and_then(|m| m.keys().next().cloned())
        .ok_or_else(|| Error::msg("AgentOfferContact: no media leg"))?;
    let (legs_before, legs_after) = offer_around(
        root,
        &format!("/data/interaction/media/{leg}/participants"),
        here(),
    )?;
    Ok(vec![
        Shape {
            id: 'a',
            what: "unknown top-level members of a RoutingMessage envelope (the issue's reproducer): \
                   {\"type\":\"RoutingMessage\",\"data\":{},\"k0\":1,…}",
            prefix: r#"{"type":"RoutingMessage","data":{}"#.to_owned(),
            comma_first: true,
            item: number_member,
            suffix: "}".to_owned(),
            timed: true,
        },
        Shape {
            id: 'b',
            what: "unknown members of a known kind: the AgentContactHeld fixture with \"k0\":1,… \
                   after data.type",
            prefix: format!("{{\"data\":{held_open}"),
            comma_first: true,
            item: number_member,
            suffix: format!("}},{envelope}"),
            timed: true,
        },
        Shape {
            id: 'c',
            what: "entries of a typed map: the AgentOfferContact fixture with \
                   interaction.callAssociatedData = {\"k0\":{\"value\":\"x\"},…}",
            prefix: format!("{offer_before}{{"),
            comma_first: false,
            item: cad_entry,
            suffix: format!("}}{offer_after}"),
            timed: true,
        },
        Shape {
            id: 'd',
            what: "members of an unknown kind: \
                   {\"type\":\"RoutingMessage\",\"data\":{\"type\":\"AgentFutureEvent\",…,\"k0\":1,…}}",
            prefix: r#"{"type":"RoutingMessage","data":{"type":"AgentFutureEvent","eventType":"RoutingMessage""#.to_owned(),
            comma_first: true,
            item: number_member,
            suffix: "}}".to_owned(),
            timed: true,
        },
        Shape {
            id: 'e',
            what: "elements of an array in an unknown member: the AgentContactHeld fixture with \
                   data = {\"future\":[1,1,…],…}",
            prefix: r#"{"data":{"future":["#.to_owned(),
            comma_first: false,
            item: array_element,
            suffix: format!("],{held_rest},{envelope}"),
            timed: true,
        },
        Shape {
            id: 'f',
            what: "peak RSS only: entries of a map of tagged-union structs: the AgentOfferContact \
                   fixture with interaction.participants = {\"0\":{\"id\":\"\",\"pType\":\"Agent\",\"type\":\"\"},…}",
            prefix: format!("{parts_before}{{"),
            comma_first: false,
            item: participant_entry,
            suffix: format!("}}{parts_after}"),
            timed: false,
        },
        Shape {
            id: 'g',
            what: "peak RSS only: empty objects in an array of structs: the AgentOfferContact \
                   fixture with one CAD variable whose value is an order with pop-over = [{},{},…]",
            prefix: format!("{order_before}["),
            comma_first: false,
            item: empty_object,
            suffix: format!("]{order_after}"),
            timed: false,
        },
        Shape {
            id: 'h',
            what: "peak RSS only: short strings in an array: the AgentOfferContact fixture with a \
                   media leg's participants = [\"a\",\"a\",…]",
            prefix: format!("{legs_before}["),
            comma_first: false,
            item: short_string,
            suffix: format!("]{legs_after}"),
            timed: false,
        },
    ])
}

/// `10^k` for a power of ten, the number otherwise.
fn size_name(n: usize) -> String {
    let mut k = 0;
    let mut m = n;
    while m >= 10 && m.is_multiple_of(10) {
        m /= 10;
        k += 1;
    }
    if m == 1 && k > 0 {
        format!("10^{k}")
    } else {
        n.to_string()
    }
}

/// Seconds per pass of each operation at `n` members, projected from the sizes measured so far:
/// by the growth between the last two (at least linear, plus a small margin), or as quadratic
/// after the first.
fn project(measured: &[(usize, [f64; 3])], n: usize) -> Option<[f64; 3]> {
    let &(last_n, last) = measured.last()?;
    let scale = n as f64 / last_n as f64;
    Some(std::array::from_fn(|i| {
        let exponent = match measured.len() {
            1 => 2.0,
            len => {
                let (prev_n, prev) = measured[len - 2];
                ((last[i] / prev[i]).ln() / (last_n as f64 / prev_n as f64).ln()).clamp(1.0, 3.0)
                    + 0.1
            }
        };
        last[i] * scale.powf(exponent)
    }))
}

/// Wall-clock seconds to measure one size whose passes take `once` seconds: a warm-up pass, then
/// the rounds (at least `MIN_ROUNDS` passes, at least `budget`) of each operation.
fn size_cost(once: &[f64; 3], budget: Duration) -> f64 {
    once.iter()
        .map(|&t| t + (MIN_ROUNDS as f64 * t).max(budget.as_secs_f64()))
        .sum()
}

/// One measured size.
struct Row {
    n: usize,
    /// Nanoseconds per byte of each operation.
    ns_per_byte: [f64; 3],
    /// Ratio of `decode`, `validate` and `serde_json::from_str::<Value>` (a reference: a decoder
    /// that keeps what it reads, like ours) to `IgnoredAny` (median of the per-round ratios).
    ratio: [f64; 3],
}

/// The outcome of one case.
struct CaseResult {
    id: char,
    rows: Vec<Row>,
    /// Sizes not run: over budget.
    over_budget: Vec<usize>,
}

/// Measures one shape at every size.
fn run_case(shape: &Shape, opts: &Options) -> CaseResult {
    println!("\n({}) {}", shape.id, shape.what);
    let start = Instant::now();
    let mut result = CaseResult {
        id: shape.id,
        rows: Vec::new(),
        over_budget: Vec::new(),
    };
    let mut measured: Vec<(usize, [f64; 3])> = Vec::new();
    let mut header = false;
    let print_header = |header: &mut bool| {
        if !std::mem::replace(header, true) {
            println!(
                "| members | bytes | IgnoredAny ns/B | decode ns/B | decode ratio | validate ns/B | validate ratio | Value ratio (reference) | problems |"
            );
            println!("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        }
    };
    for &n in SIZES.iter().filter(|&&n| n <= opts.max_members) {
        let left = opts
            .case_budget
            .saturating_sub(start.elapsed())
            .as_secs_f64();
        if !result.over_budget.is_empty()
            || project(&measured, n).is_some_and(|p| size_cost(&p, opts.budget) > left)
        {
            let p = project(&measured, n).unwrap_or([f64::NAN; 3]);
            print_header(&mut header);
            println!(
                "| {} | | over budget: one pass projected at {:.3} s (decode), {:.3} s (validate); about {:.0} s for this size, {:.0} s left of {:.0} s | | | | | |",
                size_name(n),
                p[1],
                p[2],
                size_cost(&p, opts.budget),
                left,
                opts.case_budget.as_secs_f64()
            );
            result.over_budget.push(n);
            continue;
        }
        let text = shape.text(n);
        // Warm-up pass of each operation, which also checks that the message decodes.
        let t0 = time_once(&mut || {
            black_box(serde_json::from_str::<IgnoredAny>(&text).is_ok());
        });
        let mut decoded = None;
        let t1 = time_once(&mut || {
            decoded = Some(ccwire_codec::decode(&text).map(|m| m.kind().to_string()));
        });
        let kind = match decoded {
            Some(Ok(kind)) => kind,
            Some(Err(e)) => {
                println!("{}: does not decode: {e}", size_name(n));
                return result;
            }
            None => return result,
        };
        if measured.is_empty() {
            println!("decodes as {kind}");
        }
        // A slow decode is not followed by a slow validation.
        let mut report = None;
        let t2 = (start.elapsed() <= opts.case_budget).then(|| {
            time_once(&mut || report = Some(ccwire_codec::validate(&text, Mode::Lenient)))
        });
        let problems = report.map_or_else(String::new, |r| r.problems.len().to_string());
        let (Some(t2), false) = (t2, start.elapsed() > opts.case_budget) else {
            print_header(&mut header);
            println!(
                "| {} | {} | over budget: one pass took {:.3} s (decode), {} (validate) | | | | | {problems} |",
                size_name(n),
                text.len(),
                t1.as_secs_f64(),
                t2.map_or_else(
                    || "not run".to_owned(),
                    |t| format!("{:.3} s", t.as_secs_f64())
                )
            );
            result.over_budget.push(n);
            continue;
        };
        let t3 = time_once(&mut || {
            black_box(serde_json::from_str::<Value>(&text).is_ok());
        });
        let once = [t0, t1, t2, t3];
        let slowest = once
            .iter()
            .max()
            .copied()
            .unwrap_or_default()
            .max(Duration::from_micros(1));
        let rounds = ((opts.budget.as_secs_f64() / slowest.as_secs_f64()) as usize)
            .clamp(MIN_ROUNDS, MAX_ROUNDS);
        let ops: Vec<Op<'_>> = vec![
            (
                OPS[0],
                Box::new(|| {
                    black_box(serde_json::from_str::<IgnoredAny>(&text).is_ok());
                }),
            ),
            (
                OPS[1],
                Box::new(|| {
                    black_box(ccwire_codec::decode(&text).is_ok());
                }),
            ),
            (
                OPS[2],
                Box::new(|| {
                    black_box(ccwire_codec::validate(&text, Mode::Lenient).valid);
                }),
            ),
            (
                OPS[3],
                Box::new(|| {
                    black_box(serde_json::from_str::<Value>(&text).is_ok());
                }),
            ),
        ];
        let m = measure_rounds(opts.budget, rounds, &once, ops);
        let per_pass: [f64; 3] = std::array::from_fn(|i| m[i].per_pass.as_secs_f64());
        measured.push((n, per_pass));
        let row = Row {
            n,
            ns_per_byte: std::array::from_fn(|i| per_pass[i] * 1e9 / text.len() as f64),
            ratio: [m[1].ratio, m[2].ratio, m[3].ratio],
        };
        print_header(&mut header);
        println!(
            "| {} | {} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {:.2} | {problems} |",
            size_name(n),
            text.len(),
            row.ns_per_byte[0],
            row.ns_per_byte[1],
            row.ratio[0],
            row.ns_per_byte[2],
            row.ratio[1],
            row.ratio[2]
        );
        result.rows.push(row);
    }
    println!("({}: {:.1} s)", shape.id, start.elapsed().as_secs_f64());
    result
}

/// One `ccwire validate` run.
struct Run {
    /// Exit status, `timeout` or `RSS limit`.
    exit: String,
    seconds: f64,
    /// Bytes written to standard output.
    output: u64,
    peak_kib: u64,
}

/// Runs `ccwire validate <args> <file>`, sampling its peak RSS; stops it at the time or RSS limit.
fn run_validate(exe: &Path, file: &Path, args: &[&str], opts: &Options) -> Result<Run, Error> {
    let start = Instant::now();
    let mut child = Command::new(exe)
        .arg("validate")
        .args(args)
        .arg(file)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let mut stdout = child.stdout.take().ok_or_else(|| Error::msg("no stdout"))?;
    let counter =
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()).unwrap_or(0));
    let mut stopped: Option<&str> = None;
    let (status, peak) = wait_sampling_rss(&mut child, |child, peak| {
        if stopped.is_none() {
            if start.elapsed() > opts.run_timeout {
                stopped = Some("timeout");
            } else if peak > opts.rss_limit_kib {
                stopped = Some("RSS limit");
            }
            if stopped.is_some() {
                let _ = child.kill();
            }
        }
    })?;
    let seconds = start.elapsed().as_secs_f64();
    let output = counter.join().unwrap_or(0);
    let exit = match stopped {
        Some(why) => format!("{why} (stopped)"),
        None => status
            .code()
            .map_or_else(|| "signal".to_owned(), |c| c.to_string()),
    };
    Ok(Run {
        exit,
        seconds,
        output,
        peak_kib: peak,
    })
}

/// Peak RSS of `ccwire validate` on one line just under the line cap, per shape and format.
fn rss(root: &Path, shapes: &[Shape], opts: &Options) -> Result<(), Error> {
    let exe = root.join("target/release/ccwire");
    if !exe.is_file() {
        println!(
            "\n(skipping the peak-RSS runs: build it first with `cargo build --release -p ccwire-cli`)"
        );
        return Ok(());
    }
    let max = usize::try_from(opts.line_mib * 1024 * 1024)
        .map_err(|e| Error::msg(e.to_string()))?
        .saturating_sub(64);
    println!(
        "\nPeak RSS of `ccwire validate` on one NDJSON line of at most {max} bytes (limit {} MiB per run, {:.0} s time limit):",
        opts.rss_limit_kib / 1024,
        opts.run_timeout.as_secs_f64()
    );
    println!("| case | members | format | exit | seconds | output bytes | peak RSS (MiB) |");
    println!("|---|---:|---|---|---:|---:|---:|");
    let path = root.join("target/bench-members-line.ndjson");
    let formats: [(&str, &[&str]); 4] = [
        ("human", &["--format", "human"]),
        ("json", &["--format", "json"]),
        ("human --strict", &["--format", "human", "--strict"]),
        ("json --strict", &["--format", "json", "--strict"]),
    ];
    for shape in shapes {
        let (mut line, members) = shape.fill(max);
        line.push('\n');
        std::fs::write(&path, &line)?;
        drop(line);
        let mut timed_out = false;
        for (name, args) in formats {
            if timed_out {
                println!(
                    "| ({}) | {members} | {name} | not run (the first run timed out) | | | |",
                    shape.id
                );
                continue;
            }
            let run = run_validate(&exe, &path, args, opts)?;
            timed_out = run.exit.starts_with("timeout");
            println!(
                "| ({}) | {members} | {name} | {} | {:.1} | {} | {:.0} |",
                shape.id,
                run.exit,
                run.seconds,
                run.output,
                run.peak_kib as f64 / 1024.0
            );
        }
    }
    let _ = std::fs::remove_file(&path);
    Ok(())
}

/// Writes, for each timed case, `<case>-smallest.ndjson` (as many lines of the message at the
/// smallest size as make the text of one message at the largest size) and
/// `<case>-largest.ndjson` (that one message), for an instruction-level profiler: equal work per
/// byte in the two files is a linear decoder, whatever the wall clock says.
fn write_shapes(shapes: &[Shape], dir: &Path, largest: usize) -> Result<(), Error> {
    std::fs::create_dir_all(dir)?;
    let smallest = SIZES[0];
    for shape in shapes.iter().filter(|s| s.timed) {
        let line = shape.text(smallest) + "\n";
        let big = shape.text(largest) + "\n";
        let lines = (big.len() / line.len()).max(1);
        let small_path = dir.join(format!("{}-smallest.ndjson", shape.id));
        let large_path = dir.join(format!("{}-largest.ndjson", shape.id));
        std::fs::write(&small_path, line.repeat(lines))?;
        std::fs::write(&large_path, big)?;
        println!(
            "({}) {}: {lines} messages of {} members; {}: 1 message of {} members",
            shape.id,
            small_path.display(),
            size_name(smallest),
            large_path.display(),
            size_name(largest)
        );
    }
    Ok(())
}

/// Runs the group.
pub(crate) fn run(root: &Path, opts: &Options) -> Result<bool, Error> {
    let start = Instant::now();
    let mut shapes = shapes(root)?;
    shapes.retain(|s| opts.cases.contains(s.id));
    let largest = SIZES
        .iter()
        .copied()
        .filter(|&n| n <= opts.max_members)
        .max()
        .unwrap_or(0);
    if let Some(dir) = &opts.write_shapes {
        write_shapes(&shapes, dir, largest.max(SIZES[0]))?;
        return Ok(true);
    }
    println!(
        "members: decode and validate (lenient) against serde_json::from_str::<IgnoredAny> on the same text; \
         {:.0} ms per operation and size, {MIN_ROUNDS}–{MAX_ROUNDS} interleaved rounds, {:.0} s budget per case",
        opts.budget.as_secs_f64() * 1e3,
        opts.case_budget.as_secs_f64()
    );
    let results: Vec<CaseResult> = shapes
        .iter()
        .filter(|s| s.timed)
        .map(|s| run_case(s, opts))
        .collect();
    println!(
        "\nGrowth of the ratio to IgnoredAny from the smallest size to the largest measured (target ≤ {TARGET_GROWTH}× up to {}):",
        size_name(largest)
    );
    println!("| case | decode | validate | `Value` (reference) | measured up to | verdict |");
    println!("|---|---:|---:|---:|---|---|");
    for r in &results {
        let (Some(first), Some(last)) = (r.rows.first(), r.rows.last()) else {
            println!("| ({}) | | | | nothing measured | |", r.id);
            continue;
        };
        let growth = [
            last.ratio[0] / first.ratio[0],
            last.ratio[1] / first.ratio[1],
            last.ratio[2] / first.ratio[2],
        ];
        // Wall clock only: whether the work per byte grows is what an instruction count of the
        // texts from `--write-shapes` tells.
        let above = growth[..2].iter().any(|&g| g > TARGET_GROWTH);
        let verdict = if above {
            "above target"
        } else if !r.over_budget.is_empty() {
            "over budget"
        } else {
            "linear"
        };
        let skipped = if r.over_budget.is_empty() {
            String::new()
        } else {
            let names: Vec<String> = r.over_budget.iter().map(|&n| size_name(n)).collect();
            format!(" ({} over budget)", names.join(", "))
        };
        println!(
            "| ({}) | {:.2}× | {:.2}× | {:.2}× | {}{skipped} | {verdict} |",
            r.id,
            growth[0],
            growth[1],
            growth[2],
            size_name(last.n)
        );
    }
    if opts.line_mib > 0 {
        rss(root, &shapes, opts)?;
    }
    println!("\n(members group: {:.0} s)", start.elapsed().as_secs_f64());
    Ok(true)
}
