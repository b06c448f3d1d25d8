//! The `ccwire` command: validate, decode and describe contact-center agent-desktop messages.
//!
//! ```text
//! ccwire validate [--strict] [--format human|json] [--kind KIND] [--manifest FILE] [PATH|-]…
//! ccwire decode [--kind KIND] [--reveal-secure] [--reencode] PATH|-
//! ccwire schema [KIND…] --out DIR
//! ccwire kinds
//! ```
//!
//! Exit status: 0 when every message is valid, 1 when any is invalid, 2 for usage or I/O errors.
//!
//! ```
//! use clap::Parser;
//! let cli = ccwire_cli::Cli::try_parse_from(["ccwire", "kinds"]).unwrap();
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! let code = ccwire_cli::run(&cli, &mut out, &mut err);
//! assert_eq!(code, std::process::ExitCode::SUCCESS);
//! assert!(String::from_utf8(out).unwrap().contains("webex.routing.AgentOfferContact"));
//! ```

mod input;
mod output;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use ccwire_codec::Mode;
use clap::{Parser, Subcommand, ValueEnum};

pub use input::{Item, MAX_MESSAGE_BYTES};

/// Validate, decode and describe contact-center agent-desktop messages.
#[derive(Debug, Parser)]
#[command(name = "ccwire", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Output format of `validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per problem, then a summary table.
    Human,
    /// One JSON object per message, then one summary object.
    Json,
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
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Decode every message as this kind (for payloads without a discriminator).
        #[arg(long, value_name = "KIND")]
        kind: Option<String>,
        /// A fixture manifest (`fixtures/manifest.json`): validate the files it lists, each as its
        /// kind.
        #[arg(long, value_name = "FILE")]
        manifest: Option<PathBuf>,
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
        /// Print the JSON the typed value encodes to instead (not redacted).
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
pub fn run(cli: &Cli, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let result = match &cli.command {
        Command::Validate {
            paths,
            strict,
            format,
            kind,
            manifest,
        } => {
            let mode = if *strict { Mode::Strict } else { Mode::Lenient };
            validate(
                paths,
                mode,
                *format,
                kind.as_deref(),
                manifest.as_deref(),
                out,
                err,
            )
        }
        Command::Decode {
            path,
            kind,
            reveal_secure,
            reencode,
        } => decode(path, kind.as_deref(), *reveal_secure, *reencode, out),
        Command::Schema { kinds, out: dir } => schema(kinds, dir, out),
        Command::Kinds => kinds(out),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(err, "ccwire: {e}");
            ExitCode::from(2)
        }
    }
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
        Ok(())
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

/// A usage or I/O failure (exit status 2).
#[derive(Debug)]
pub struct CliError(String);

impl std::fmt::Display for CliError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CliError {}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        Self(e.to_string())
    }
}

fn validate(
    paths: &[PathBuf],
    mode: Mode,
    format: Format,
    kind: Option<&str>,
    manifest: Option<&std::path::Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    if let Some(k) = kind.filter(|k| ccwire_codec::kind(k).is_none()) {
        return Err(CliError(format!("unknown kind `{k}` (see `ccwire kinds`)")));
    }
    let mut sources = input::sources(paths, manifest)?;
    if sources.is_empty() {
        return Err(CliError(
            "nothing to validate: give files, directories, `-` or --manifest".to_owned(),
        ));
    }
    let progress = output::Progress::new(&sources);
    let mut summary = output::Summary::default();
    let mut io_failed = false;
    for source in &mut sources {
        let kind = kind.map(str::to_owned).or_else(|| source.kind.clone());
        let result = input::for_each_message(source, &mut |item: Item| {
            progress.advance(item.bytes);
            let report = report_for(&item, kind.as_deref(), mode);
            summary.add(&report);
            output::write_report(out, format, &item, &report)
        });
        match result {
            Ok(()) => {}
            // The reader of our output went away (e.g. `| head`): stop quietly.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => break,
            Err(e) => {
                io_failed = true;
                let _ = writeln!(err, "ccwire: {}: {e}", source.name);
            }
        }
    }
    progress.finish();
    match output::write_summary(out, format, &summary) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
        _ => {}
    }
    Ok(if io_failed {
        ExitCode::from(2)
    } else if summary.invalid > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn decode(
    path: &std::path::Path,
    kind: Option<&str>,
    reveal_secure: bool,
    reencode: bool,
    out: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let text = input::read_one(path)?;
    let (name, debug, json) = match kind {
        Some(k) => match ccwire_codec::decode_as(k, &text) {
            Ok(p) => (
                k.to_owned(),
                show(reveal_secure, || format!("{p:#?}")),
                p.to_json(),
            ),
            Err(e) => return decode_failed(out, &e),
        },
        None => match ccwire_codec::decode(&text) {
            Ok(m) => (
                m.kind().to_string(),
                show(reveal_secure, || format!("{m:#?}")),
                ccwire_codec::to_value(&m),
            ),
            Err(e) => return decode_failed(out, &e),
        },
    };
    if reencode {
        let json = json.map_err(|e| CliError(e.to_string()))?;
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).map_err(|e| CliError(e.to_string()))?
        )?;
    } else {
        writeln!(out, "kind: {name}")?;
        writeln!(out, "{debug}")?;
    }
    Ok(ExitCode::SUCCESS)
}

fn show(reveal: bool, f: impl FnOnce() -> String) -> String {
    if reveal {
        ccwire_model::webex::reveal_secure(f)
    } else {
        f()
    }
}

fn decode_failed(out: &mut dyn Write, e: &ccwire_codec::DecodeError) -> Result<ExitCode, CliError> {
    writeln!(out, "invalid: {e}")?;
    Ok(ExitCode::from(1))
}

fn schema(
    kinds: &[String],
    dir: &std::path::Path,
    out: &mut dyn Write,
) -> Result<ExitCode, CliError> {
    let files: Vec<_> = if kinds.is_empty() {
        ccwire_codec::schema::export()
    } else {
        let mut files = Vec::new();
        for k in kinds {
            let spec = ccwire_codec::kind(k)
                .ok_or_else(|| CliError(format!("unknown kind `{k}` (see `ccwire kinds`)")))?;
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
        dir.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn kinds(out: &mut dyn Write) -> Result<ExitCode, CliError> {
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
    Ok(ExitCode::SUCCESS)
}
