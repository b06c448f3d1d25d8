//! Repository maintenance tasks for ccwire, run as `cargo xtask <task>`.
//!
//! * `cargo xtask fixtures --docs ../shared/seeds` — extract the Webex Desktop sample payloads
//!   from the seed documents into `fixtures/` (with `fixtures/manifest.json`).
//! * `cargo xtask fixtures --docs ../shared/seeds --check` — verify the committed fixtures are
//!   exactly what the generator produces; exits non-zero and lists every difference otherwise.
//! * `cargo xtask schemas [--check]` — write (or verify) the JSON Schemas under `schemas/`.
//! * `cargo run --release -p xtask -- bench` — speed and memory against baselines (BENCHMARKS.md).
//! * `cargo xtask langs [--install]` — validate the fixtures with ajv and Python `jsonschema`,
//!   type-check them against generated TypeScript types and round-trip them through generated
//!   pydantic models (the pinned tools are installed under `target/langs/` with `--install`).

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
    /// `cargo run --release -p xtask -- bench`), and `ccwire validate` on a generated stream.
    Bench {
        /// Size of the generated NDJSON stream, in MiB.
        #[arg(long, default_value_t = 1024)]
        stream_mib: u64,
        /// Time budget per measured operation, in milliseconds.
        #[arg(long, default_value_t = 2000)]
        budget_ms: u64,
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
    /// Check the schemas and fixtures with the TypeScript and Python tool chains.
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
        Command::Bench { stream_mib, budget_ms, profile, passes } => {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
            match profile {
                Some(op) => bench::profile(&root, *op, *passes),
                None => bench::run(&root, *stream_mib, *budget_ms),
            }
        }
        Command::Schemas { check } => {
            schemas::run(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."), *check)
        }
        Command::Langs { install } => langs::run(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(".."), *install),
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
