//! Repository maintenance tasks for ccwire, run as `cargo xtask <task>`.
//!
//! * `cargo xtask fixtures --docs ../shared/seeds` — extract the Webex Desktop sample payloads
//!   from the seed documents into `fixtures/` (with `fixtures/manifest.json`).
//! * `cargo xtask fixtures --docs ../shared/seeds --check` — verify the committed fixtures are
//!   exactly what the generator produces; exits non-zero and lists every difference otherwise.
//! * `cargo xtask schemas [--check]` — write (or verify) the JSON Schemas under `schemas/`.
//! * `cargo run --release -p xtask -- bench` — speed and memory against baselines (BENCHMARKS.md);
//!   `bench --group members` — how they grow with the number of members of one message;
//!   `bench --group peers` — `ccwire validate` against ajv, Python `jsonschema`, the `jsonschema`
//!   crate and the fastest Rust JSON parsers, whole processes on one stream; `bench --group
//!   kinds` — `ccwire validate` against Python's `json.loads` on a stream of each Webex kind.
//! * `cargo xtask langs [--install]` — build the npm package `@ccwire/schemas` and the Python
//!   wheel `ccwire-schemas`, install each into a fresh project and check every fixture and
//!   invalid case through them (ajv, `tsc --strict`, `jsonschema`, pydantic); the pinned build
//!   tools are installed under `target/langs/` with `--install`.

mod bench;
mod error;
mod fixtures;
mod langs;
mod schemas;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// ccwire maintenance tasks.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask", version, about)]
struct Cli {
    /// The task to run.
    #[command(subcommand)]
    command: Command,
}

/// Available tasks.
#[derive(Debug, Subcommand)]
enum Command {
    /// Extract the Webex Desktop sample payloads into fixtures/ (or check them with --check).
    Fixtures {
        /// Directory holding the seed documents (relative to the current directory), normally
        /// `../shared/seeds`.
        #[arg(long, value_name = "DIR")]
        docs: PathBuf,
        /// Do not write anything: compare the generated corpus with the files on disk and exit
        /// non-zero if anything differs.
        #[arg(long)]
        check: bool,
    },
    /// Measure decode, encode and validation against baselines in the same process (run with
    /// `cargo run --release -p xtask -- bench`), and `ccwire validate` on a generated stream;
    /// with `--group members`, how time and memory grow with the members of one message.
    Bench {
        /// Which measurements to run.
        #[arg(long, value_enum, default_value_t = bench::Group::Corpus)]
        group: bench::Group,
        /// Size of the generated NDJSON stream, in MiB. Default: 1024, or 64 with `--group
        /// peers`, or 16 (per kind) with `--group kinds`.
        #[arg(long)]
        stream_mib: Option<u64>,
        /// Time budget per measured operation, in milliseconds (with `--group members`: per
        /// operation and size). Default: 2000, or 500 with `--group members`.
        #[arg(long)]
        budget_ms: Option<u64>,
        /// `--group members`: wall-clock budget of one case (all its sizes), in seconds; sizes
        /// whose projected time exceeds what is left are reported as over budget, not run.
        #[arg(long, default_value_t = 40)]
        case_budget_s: u64,
        /// `--group members`: largest number of members measured (10^3…10^6).
        #[arg(long, default_value_t = 1_000_000)]
        max_members: usize,
        /// `--group members`: size of the single NDJSON line of the peak-RSS runs, in MiB (the
        /// line stays just under it; 0 skips those runs).
        #[arg(long, default_value_t = 64)]
        line_mib: u64,
        /// `--group members`: time limit of one `ccwire validate` run, in seconds.
        #[arg(long, default_value_t = 60)]
        run_timeout_s: u64,
        /// `--group members`: a `ccwire validate` run whose resident set grows past this many MiB
        /// is stopped.
        #[arg(long, default_value_t = 4096)]
        rss_limit_mib: u64,
        /// `--group replay`: interactions of the memory stream (all open at once).
        #[arg(long, default_value_t = 1_000_000)]
        interactions: usize,
        /// `--group peers`: longest projected run of one peer on the whole stream, in seconds;
        /// a slower peer runs on the stream's first passes that fit it.
        #[arg(long, default_value_t = 60)]
        peer_budget_s: u64,
        /// `--group members`: only the cases named by these letters (e.g. `--cases ac`).
        #[arg(long, default_value = "abcdefgh")]
        cases: String,
        /// `--group members`: write each timed case's texts to this directory as NDJSON (many
        /// messages at the smallest size, one at the largest) instead of timing them, for an
        /// instruction-level profiler of `ccwire validate`.
        #[arg(long)]
        write_shapes: Option<PathBuf>,
        /// Only run one operation over the corpus, untimed, for an instruction-level profiler
        /// (`valgrind --tool=callgrind ./target/release/xtask bench --profile decode`).
        #[arg(long, value_enum)]
        profile: Option<bench::ProfiledOp>,
        /// Passes over the corpus with `--profile`.
        #[arg(long, default_value_t = 20)]
        passes: u32,
    },
    /// Write the exported JSON Schemas to schemas/ (or check them with --check).
    Schemas {
        /// Do not write anything: exit non-zero if a committed schema differs from the model.
        #[arg(long)]
        check: bool,
    },
    /// Build the TypeScript and Python packages of the schemas, install them into fresh projects
    /// and check the fixtures through them.
    Langs {
        /// Install the pinned Node and Python tools under target/langs/ first (from the npm
        /// registry and PyPI; skipped when the pins have not changed since the last install).
        #[arg(long)]
        install: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Fixtures { docs, check } => fixtures::run(docs, *check),
        Command::Bench {
            group,
            stream_mib,
            budget_ms,
            case_budget_s,
            max_members,
            line_mib,
            run_timeout_s,
            rss_limit_mib,
            cases,
            write_shapes,
            interactions,
            peer_budget_s,
            profile,
            passes,
        } => {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            match (profile, group) {
                (Some(op), _) => bench::profile(&root, *op, *passes),
                (None, bench::Group::Corpus) => {
                    bench::run(&root, stream_mib.unwrap_or(1024), budget_ms.unwrap_or(2000))
                }
                (None, bench::Group::Replay) => bench::run_replay(
                    &root,
                    &bench::ReplayOptions {
                        stream_mib: stream_mib.unwrap_or(1024),
                        interactions: *interactions,
                    },
                ),
                (None, bench::Group::Peers) => bench::run_peers(
                    &root,
                    &bench::PeersOptions {
                        stream_mib: stream_mib.unwrap_or(64),
                        peer_budget: std::time::Duration::from_secs(*peer_budget_s),
                    },
                ),
                (None, bench::Group::Kinds) => bench::run_kinds(
                    &root,
                    &bench::KindsOptions {
                        stream_mib: stream_mib.unwrap_or(16),
                    },
                ),
                (None, bench::Group::Members) => bench::run_members(
                    &root,
                    &bench::MembersOptions {
                        budget: std::time::Duration::from_millis(budget_ms.unwrap_or(500)),
                        case_budget: std::time::Duration::from_secs(*case_budget_s),
                        max_members: *max_members,
                        line_mib: *line_mib,
                        run_timeout: std::time::Duration::from_secs(*run_timeout_s),
                        rss_limit_kib: rss_limit_mib.saturating_mul(1024),
                        cases: cases.clone(),
                        write_shapes: write_shapes.clone(),
                    },
                ),
            }
        }
        Command::Schemas { check } => schemas::run(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
            *check,
        ),
        Command::Langs { install } => langs::run(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."),
            *install,
        ),
    };
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
