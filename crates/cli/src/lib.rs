//! The `ccwire` command: validate, decode and describe contact-center agent-desktop messages.
//!
//! ```text
//! ccwire validate [--strict] [--format human|json|junit|sarif] [--summary[=FORMAT]]
//!                 [--kind KIND] [--manifest FILE] [--follow] [--require-messages]
//!                 [--reveal-secure] [-j N] [PATH|-]…
//! ccwire replay [--format human|json] [--kind KIND] [--follow] [--reveal-secure] [PATH|-]…
//! ccwire decode [--kind KIND] [--reveal-secure] [--reencode] PATH|-
//! ccwire schema [KIND…] --out DIR
//! ccwire kinds
//! ```
//!
//! # Exit status
//!
//! The same in every subcommand:
//!
//! * **0**: every message is valid (drift is a warning unless `--strict`); also for an input
//!   with no message at all, unless `validate --require-messages`.
//! * **1**: a content problem: a message is invalid (any problem code below with severity
//!   `error`, including invalid UTF-8 and a message over [`MAX_MESSAGE_BYTES`]), or
//!   `--require-messages` found no message.
//! * **2**: a usage or I/O error: a bad flag, an unknown kind named by `--kind`, by `schema` or
//!   by a manifest entry decoded by name (a manifest is configuration), a path that does not
//!   exist, a file that cannot be read, output that cannot be written. When an input file cannot
//!   be read, the error is reported and the other inputs are still validated; when the output
//!   cannot be written, `ccwire: cannot write output: …` is reported once and the run stops.
//!
//! A closed output pipe (`ccwire validate dir | head -1`) is not an error: the run stops
//! quietly with the status it had reached (1 if an invalid message was already seen, else 0).
//!
//! # Problem codes
//!
//! Each problem `validate` reports has a stable code:
//!
//! | code | severity | meaning |
//! |------|----------|---------|
//! | `syntax` | error | not JSON |
//! | `eof` | error | JSON that ends too early |
//! | `decode` | error | JSON that does not match the kind (wrong type, missing member, …) |
//! | `io` | error | the JSON reader failed |
//! | `utf8` | error | the message is not valid UTF-8 |
//! | `too-large` | error | the message is larger than [`MAX_MESSAGE_BYTES`] (skipped unread), or its typed form would pass the decode's memory budget ([`ccwire_wire::budget`]) |
//! | `not-compiled` | error | a message of a vendor this build leaves out (its cargo feature is off) |
//! | `unknown-member` | warning (error with `--strict`) | a member the model does not know |
//! | `unknown-value` | warning (error with `--strict`) | a value of an open enum the model does not know |
//! | `unknown-kind` | warning (error with `--strict`) | a message or object kind the model does not know |
//! | `missing-member` | warning (error with `--strict`) | a member every known message carries, but that no reference promises, is absent |
//! | `text-form` | info | a number or boolean sent as text (`"32"`); shown in JSON output only |
//!
//! # Output
//!
//! In human output and in error lines, text that comes from the input (file names, member
//! names, pointers, values and messages that quote them) has its control characters (U+0000–U+001F,
//! U+007F–U+009F) escaped as in JSON: `\n`, `\r`, `\t`, otherwise `\u` and four hex digits
//! (`\u001b`). Other characters, backslashes included, are printed as they are. JSON output is
//! JSON-escaped (U+007F–U+009F included).
//!
//! # Directories
//!
//! Directories are walked recursively for regular files named `*.json`, `*.ndjson` or
//! `*.jsonl`. Symbolic links met while walking are not followed (a link named on the command
//! line is); `validate --follow` follows them, entering each directory once and validating each
//! file once, however many links lead to it.
//!
//! # Threads
//!
//! `validate` reads its inputs on one thread and validates messages on `-j N` others (one per
//! core by default). The output is the same as with `-j 1`, byte for byte and in input order.
//! Memory stays what one thread takes for the largest message: each message in flight counts
//! what decoding it may take (32 bytes per byte of text, at most the decode's 256 MiB budget,
//! [`ccwire_wire::budget`]), and no more than that budget is in flight, so small messages are
//! validated many at a time and a message that could reach the budget alone. Messages are handed
//! over one by one while a thread is idle, so a slow stream is still reported as each message
//! arrives.
//!
//! ```
//! use clap::Parser;
//! let cli = ccwire_cli::Cli::try_parse_from(["ccwire", "kinds"]).unwrap();
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! let code = ccwire_cli::run(&cli, &mut out, &mut err);
//! assert_eq!(code, std::process::ExitCode::SUCCESS);
//! assert!(String::from_utf8(out).unwrap().contains("webex.routing.AgentOfferContact"));
//! ```

mod ci;
mod drift;
mod input;
mod jobs;
mod output;
mod replay;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ccwire_codec::Mode;
use clap::{Parser, Subcommand, ValueEnum};

pub use drift::SummaryFormat;
pub use input::{Item, MAX_MESSAGE_BYTES};
use output::{Output, OutputError};

/// Validate, decode and describe contact-center agent-desktop messages.
#[derive(Debug, Parser)]
#[command(name = "ccwire", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Output format of `replay` (and the line formats of `validate`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per problem, then a summary table.
    Human,
    /// One JSON object per message, then one summary object.
    Json,
}

/// Output format of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One line per problem, then a summary table.
    Human,
    /// One JSON object per message, then one summary object.
    Json,
    /// JUnit XML: one test case per message, a failure per error (the Jenkins JUnit schema,
    /// read by Jenkins, GitLab, Azure Pipelines and GitHub test-report actions).
    Junit,
    /// SARIF 2.1.0: a result per problem, with the file, line and rule (the problem code), as
    /// code-scanning dashboards ingest it.
    Sarif,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate messages: files, directories (recursively), or `-` for standard input. A file
    /// holds one JSON message, or NDJSON (one message per line; `.ndjson`/`.jsonl` files always).
    Validate {
        /// Files, directories or `-` (standard input).
        paths: Vec<PathBuf>,
        /// Treat drift (unknown members, values and kinds) as invalid.
        #[arg(long)]
        strict: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ReportFormat::Human)]
        format: ReportFormat,
        /// Decode every message as this kind (for payloads without a discriminator).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// A fixture manifest (`fixtures/manifest.json`): validate the files it lists, each as its
        /// kind.
        #[arg(long, value_name = "FILE")]
        manifest: Option<PathBuf>,
        /// Follow symbolic links while walking directories (each file is validated once).
        #[arg(long)]
        follow: bool,
        /// Fail (exit 1) when the inputs hold no message at all.
        #[arg(long)]
        require_messages: bool,
        /// Show secure values in problem messages and snippets (redacted by default).
        #[arg(long)]
        reveal_secure: bool,
        /// Print only a drift summary instead of each message's problems: problems counted by
        /// kind and by pointer (array indices and map keys folded to `*`), with the first
        /// `file:line` of each; `--summary=json` or `--summary=markdown` (for a pull-request
        /// comment) for the other formats. Prints no problem message, so no value of the input.
        #[arg(
            long,
            value_enum,
            value_name = "FORMAT",
            num_args = 0..=1,
            require_equals = true,
            default_missing_value = "human"
        )]
        summary: Option<SummaryFormat>,
        /// Validate on N threads (default: one per core); reports are written in input order,
        /// and the messages read ahead of them may take no more than one decode's memory budget.
        #[arg(short = 'j', long, value_name = "N")]
        jobs: Option<std::num::NonZeroUsize>,
    },
    /// Follow contacts and agents through a capture (files, directories or `-`, as
    /// `validate`): each interaction's timeline of lifecycle events, then the problems against
    /// the documented lifecycle with `file:line`. Exit 1 on a lifecycle error or a message that
    /// does not decode (reported and skipped).
    Replay {
        /// Files, directories or `-` (standard input).
        paths: Vec<PathBuf>,
        /// Output format: timelines and problems, or one JSON object per event and problem.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Follow symbolic links while walking directories.
        #[arg(long)]
        follow: bool,
        /// Decode every message as this kind (payloads without a discriminator are decoded and
        /// checked, and are no lifecycle step).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// Show secure values in the messages of lines that do not decode (redacted by default).
        #[arg(long)]
        reveal_secure: bool,
    },
    /// Decode one message and print its kind and typed value (secure CAD values redacted).
    Decode {
        /// File or `-` (standard input).
        path: PathBuf,
        /// Decode as this kind (for payloads without a discriminator).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// Show secure CAD values.
        #[arg(long)]
        reveal_secure: bool,
        /// Print the JSON the typed value encodes to instead (secure values redacted unless
        /// `--reveal-secure`; numbers and unknown members exactly as received).
        #[arg(long)]
        reencode: bool,
    },
    /// Write JSON Schemas (all, or the named kinds) to a directory.
    Schema {
        /// Kinds to export (`vendor.family.Name`); all schemas when none is given.
        kinds: Vec<String>,
        /// Output directory.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// List the modelled kinds per vendor with their schema files.
    Kinds,
}

/// Runs a parsed command line, writing to `out` and `err`.
///
/// Every failure to write `out` is an output error: a closed pipe stops the run quietly with the
/// status reached so far; any other error is reported once on `err` and the status is 2.
pub fn run(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let mut out = Output::new(out);
    let mut status = Status::default();
    let result = match &cli.command {
        Command::Validate {
            paths,
            strict,
            format,
            kind,
            manifest,
            follow,
            require_messages,
            reveal_secure,
            summary,
            jobs,
        } => {
            let options = ValidateOptions {
                jobs: jobs.map_or_else(
                    || std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
                    std::num::NonZeroUsize::get,
                ),
                summary: *summary,
                mode: if *strict { Mode::Strict } else { Mode::Lenient },
                format: *format,
                kind: kind.as_deref(),
                manifest: manifest.as_deref(),
                follow: *follow,
                require_messages: *require_messages,
            };
            show(*reveal_secure, || {
                validate(paths, &options, &mut out, err, &mut status)
            })
        }
        Command::Decode {
            path,
            kind,
            reveal_secure,
            reencode,
        } => decode(
            path,
            kind.as_deref(),
            *reveal_secure,
            *reencode,
            &mut out,
            err,
            &mut status,
        ),
        Command::Replay {
            paths,
            format,
            follow,
            kind,
            reveal_secure,
        } => {
            if let Some(k) = kind.as_deref().filter(|k| ccwire_codec::kind(k).is_none()) {
                Err(unknown_kind(k).into())
            } else {
                let options = replay::Options {
                    format: *format,
                    follow: *follow,
                    kind: kind.as_deref(),
                };
                show(*reveal_secure, || {
                    replay::replay(paths, &options, &mut out, err, &mut status)
                })
            }
        }
        Command::Schema { kinds, out: dir } => schema(kinds, dir, &mut out),
        Command::Kinds => kinds(&mut out),
    };
    let result = result.and_then(|()| out.flush().map_err(Failure::Output));
    match result {
        Ok(()) => {}
        Err(Failure::Cli(e)) => {
            // What was written so far goes out before the error; a failure to flush it is
            // second to the error being reported.
            let _ = out.flush();
            status.raise(2);
            let _ = writeln!(err, "ccwire: {}", output::escape(&e.0));
        }
        // The reader of our output went away (`| head`): stop quietly.
        Err(Failure::Output(OutputError(e))) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(Failure::Output(OutputError(e))) => {
            status.raise(2);
            let _ = writeln!(err, "ccwire: cannot write output: {e}");
        }
    }
    ExitCode::from(status.0)
}

/// Validates `bytes` as `ccwire validate -` would read them from standard input (one JSON
/// message, or NDJSON), returning the number of messages and how many are invalid.
///
/// ```
/// use ccwire_codec::Mode;
/// let input = b"{\"data\":{\"type\":\"X\"}}\n\ngarbage\n";
/// assert_eq!(ccwire_cli::validate_bytes(input, Mode::Lenient), (2, 1));
/// ```
#[must_use]
pub fn validate_bytes(bytes: &[u8], mode: Mode) -> (usize, usize) {
    let mut reader = std::io::Cursor::new(bytes);
    let mut summary = output::Summary::default();
    let _ = input::for_each_message_in(&mut reader, "-", false, &mut |item: Item| {
        summary.add(&report_for(&item, None, mode));
        Ok::<(), std::convert::Infallible>(())
    });
    (summary.messages, summary.invalid)
}

/// The report of one message: validated as `kind` when given, detected otherwise.
fn report_for(item: &Item, kind: Option<&str>, mode: Mode) -> ccwire_codec::Report {
    match (&item.text, kind) {
        (Ok(text), Some(k)) => ccwire_codec::validate_as(k, text, mode),
        (Ok(text), None) => ccwire_codec::validate(text, mode),
        (Err(problem), _) => input::unreadable(problem),
    }
}

/// A usage or I/O failure (exit status 2): a bad argument, or an input that cannot be read.
#[derive(Debug)]
pub struct CliError(String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CliError {}

/// Why a subcommand stopped before its end.
enum Failure {
    /// A usage or input error, reported as `ccwire: …`.
    Cli(CliError),
    /// Writing the output failed.
    Output(OutputError),
}

impl From<CliError> for Failure {
    fn from(e: CliError) -> Self {
        Self::Cli(e)
    }
}

impl From<OutputError> for Failure {
    fn from(e: OutputError) -> Self {
        Self::Output(e)
    }
}

/// The exit status reached so far; it only goes up (0, then 1 for content problems, then 2 for
/// usage and I/O errors).
#[derive(Debug, Default, Clone, Copy)]
struct Status(u8);

impl Status {
    fn raise(&mut self, to: u8) {
        self.0 = self.0.max(to);
    }
}

fn unknown_kind(k: &str) -> CliError {
    CliError(format!("unknown kind `{k}` (see `ccwire kinds`)"))
}

/// The flags of `validate`.
struct ValidateOptions<'a> {
    /// Worker threads (1: validate on the calling thread).
    jobs: usize,
    mode: Mode,
    format: ReportFormat,
    kind: Option<&'a str>,
    manifest: Option<&'a Path>,
    follow: bool,
    require_messages: bool,
    summary: Option<SummaryFormat>,
}

fn validate(
    paths: &[PathBuf],
    options: &ValidateOptions<'_>,
    out: &mut Output<'_>,
    err: &mut dyn Write,
    status: &mut Status,
) -> Result<(), Failure> {
    if let Some(k) = options.kind.filter(|k| ccwire_codec::kind(k).is_none()) {
        return Err(unknown_kind(k).into());
    }
    if paths.is_empty() && options.manifest.is_none() {
        return Err(CliError(
            "nothing to validate: give files, directories, `-` or --manifest".to_owned(),
        )
        .into());
    }
    let sources = input::sources(paths, options.manifest, options.follow)?;
    let mut sink = match (options.summary, options.format) {
        (Some(format), _) => Sink::Drift(drift::Drift::default(), format),
        (None, ReportFormat::Human) => Sink::Lines(Format::Human),
        (None, ReportFormat::Json) => Sink::Lines(Format::Json),
        (None, ReportFormat::Junit) => Sink::Junit(ci::Junit::new().map_err(|e| {
            CliError(format!(
                "cannot create a temporary file for the JUnit report: {e}"
            ))
        })?),
        (None, ReportFormat::Sarif) => Sink::Sarif(ci::Sarif::new()),
    };
    let progress = output::Progress::new(&sources);
    let mut summary = output::Summary::default();
    let plan = jobs::Plan {
        sources: &sources,
        kind: options.kind,
        mode: options.mode,
        render: match sink {
            Sink::Lines(format) => Some(format),
            _ => None,
        },
        progress: &progress,
        read_ahead: jobs::IN_FLIGHT_BYTES,
    };
    let mut each = |done: &jobs::Done| {
        summary.add(&done.report);
        if !done.report.valid {
            status.raise(1);
        }
        match (&mut sink, &done.rendered) {
            (Sink::Drift(drift, _), _) => {
                drift.add(&done.item, &done.report);
                Ok(())
            }
            (Sink::Lines(_), Some(rendered)) => out.write_all(rendered),
            (Sink::Lines(format), None) => {
                output::write_report(out, *format, &done.item, &done.report)
            }
            (Sink::Junit(junit), _) => junit.add(&done.item, &done.report),
            (Sink::Sarif(sarif), _) => sarif.add(out, &done.item, &done.report),
        }
    };
    let mut unread = false;
    let mut unreadable = |source: &input::Source, e: std::io::Error| {
        unread = true;
        let _ = writeln!(
            err,
            "ccwire: {}: {}",
            output::escape(&source.name),
            output::escape(&e.to_string())
        );
    };
    match options.jobs {
        0 | 1 => jobs::run_serial(&plan, &mut each, &mut unreadable)?,
        n => jobs::run_parallel(&plan, n, &mut each, &mut unreadable).map(drop)?,
    }
    if unread {
        status.raise(2);
    }
    progress.finish();
    let nothing = options.require_messages && summary.messages == 0;
    if nothing {
        status.raise(1);
    }
    match sink {
        Sink::Drift(drift, format) => drift.write(out, format)?,
        Sink::Lines(format) => output::write_summary(out, format, &summary)?,
        Sink::Junit(junit) => junit.finish(out)?,
        // Unsuccessful when an input could not be read.
        Sink::Sarif(sarif) => sarif.finish(out, status.0 < 2)?,
    }
    if nothing {
        let _ = writeln!(err, "ccwire: no message in the input (--require-messages)");
    }
    Ok(())
}

/// Where `validate` writes each message's report.
enum Sink {
    /// Counted for the drift summary (`--summary`), written at the end.
    Drift(drift::Drift, SummaryFormat),
    /// Human lines or JSON objects, then the summary.
    Lines(Format),
    /// JUnit cases, spooled until the totals are known.
    Junit(ci::Junit),
    /// SARIF results, streamed.
    Sarif(ci::Sarif),
}

fn decode(
    path: &Path,
    kind: Option<&str>,
    reveal_secure: bool,
    reencode: bool,
    out: &mut Output<'_>,
    err: &mut dyn Write,
    status: &mut Status,
) -> Result<(), Failure> {
    if let Some(k) = kind.filter(|k| ccwire_codec::kind(k).is_none()) {
        return Err(unknown_kind(k).into());
    }
    let text = match input::read_one(path)? {
        Ok(text) => text,
        Err(unreadable) => {
            status.raise(1);
            writeln!(out, "invalid: {}", output::escape(&unreadable.message))?;
            return Ok(());
        }
    };
    let decoded = show(reveal_secure, || match kind {
        Some(k) => ccwire_codec::decode_as(k, &text).map(|p| (k.to_owned(), Decoded::Payload(p))),
        None => ccwire_codec::decode(&text).map(|m| (m.kind().to_string(), Decoded::Message(m))),
    });
    let (name, decoded) = match decoded {
        Ok(d) => d,
        Err(e) => return show(reveal_secure, || decode_failed(out, status, &e, &text)),
    };
    if reencode {
        let json = match &decoded {
            Decoded::Message(m) => ccwire_codec::encode(m),
            Decoded::Payload(p) => p.to_json_text(),
        }
        .map_err(|e| CliError(e.to_string()))?;
        // Encoding is lossless; what is printed follows the redaction policy.
        let secrets = ccwire_wire::secret::Secrets::scan_if_needed(&json);
        let shown = if reveal_secure {
            std::borrow::Cow::Borrowed(json.as_str())
        } else {
            secrets.redact(&json)
        };
        let text = ccwire_wire::json::pretty(&shown).map_err(|e| CliError(e.to_string()))?;
        writeln!(out, "{}", output::json_safe(&text))?;
        if !reveal_secure && !secrets.paths().is_empty() {
            let _ = writeln!(
                err,
                "ccwire: {} secure value(s) redacted (--reveal-secure shows them)",
                secrets.paths().len()
            );
        }
    } else {
        writeln!(out, "kind: {}", output::escape(&name))?;
        // Written as it is formatted (a large message is not held twice in memory).
        let value: &dyn std::fmt::Debug = match &decoded {
            Decoded::Message(m) => m,
            Decoded::Payload(p) => p,
        };
        show(reveal_secure, || output::write_debug(out, value))?;
        writeln!(out)?;
    }
    Ok(())
}

/// A decoded message, or a payload decoded by kind name.
enum Decoded {
    Message(ccwire_codec::Message),
    Payload(Box<dyn ccwire_codec::Payload>),
}

/// Runs `f` with secure values shown when the user asked for them (`--reveal-secure`).
fn show<R>(reveal: bool, f: impl FnOnce() -> R) -> R {
    if reveal {
        ccwire_wire::secret::reveal_secure(f)
    } else {
        f()
    }
}

fn decode_failed(
    out: &mut Output<'_>,
    status: &mut Status,
    e: &ccwire_codec::DecodeError,
    text: &str,
) -> Result<(), Failure> {
    status.raise(1);
    write!(out, "invalid: {}", output::escape(&e.to_string()))?;
    // The value at the error, as `validate` shows it (secure values redacted).
    if let Some(s) = Some(e.pointer())
        .filter(|p| !p.is_empty())
        .and_then(|p| ccwire_codec::snippet(text, p))
    {
        write!(out, " near {}", output::escape(&s))?;
    }
    writeln!(out)?;
    Ok(())
}

fn schema(kinds: &[String], dir: &Path, out: &mut Output<'_>) -> Result<(), Failure> {
    let files: Vec<_> = if kinds.is_empty() {
        ccwire_codec::schema::export()
    } else {
        let mut files = Vec::new();
        for k in kinds {
            let spec = ccwire_codec::kind(k).ok_or_else(|| unknown_kind(k))?;
            files.push(ccwire_codec::schema::SchemaFile {
                path: spec.schema_path(),
                schema: spec.schema(),
            });
        }
        files
    };
    for file in &files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| CliError(format!("{}: {e}", parent.display())))?;
        }
        let text = serde_json::to_string_pretty(file.schema.as_value())
            .map_err(|e| CliError(e.to_string()))?;
        std::fs::write(&path, text + "\n")
            .map_err(|e| CliError(format!("{}: {e}", path.display())))?;
    }
    writeln!(
        out,
        "{} schema(s) written to {}",
        files.len(),
        output::escape(&dir.display().to_string())
    )?;
    Ok(())
}

fn kinds(out: &mut Output<'_>) -> Result<(), Failure> {
    let mut vendor = None;
    for k in ccwire_codec::kinds() {
        if vendor != Some(k.vendor) {
            vendor = Some(k.vendor);
            writeln!(out, "{}:", k.vendor)?;
        }
        let how = if k.detectable { "detected" } else { "by name" };
        writeln!(
            out,
            "  {:<55} {:<9} schemas/{}",
            k.kind,
            how,
            k.schema_path()
        )?;
    }
    Ok(())
}
