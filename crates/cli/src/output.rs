//! Reports: human lines or JSON objects, the summary table, and the progress bar; the output
//! stream and the escaping of control characters.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::{self, Write as _};
use std::io::{self, IsTerminal, Write};

use ccwire_codec::{Report, Severity};
use serde_json::{Value, json};

use crate::Format;
use crate::input::{Item, Source};

/// Writing the output (standard output) failed. Never blamed on an input.
#[derive(Debug)]
pub(crate) struct OutputError(pub(crate) io::Error);

/// The output stream: every failure to write it is an [`OutputError`], so that it cannot be
/// mistaken for a failure to read an input.
pub(crate) struct Output<'a>(&'a mut dyn Write);

impl<'a> Output<'a> {
    pub(crate) fn new(out: &'a mut dyn Write) -> Self {
        Self(out)
    }

    /// Called by `write!` and `writeln!`.
    pub(crate) fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> Result<(), OutputError> {
        self.0.write_fmt(args).map_err(OutputError)
    }

    /// Copies what `from` holds (a spooled part of the output) to the output.
    pub(crate) fn copy_from(&mut self, from: &mut dyn io::Read) -> Result<(), OutputError> {
        io::copy(from, self.0).map(drop).map_err(OutputError)
    }

    /// Writes bytes rendered elsewhere (a report rendered by a worker thread).
    pub(crate) fn write_all(&mut self, bytes: &[u8]) -> Result<(), OutputError> {
        self.0.write_all(bytes).map_err(OutputError)
    }

    pub(crate) fn flush(&mut self) -> Result<(), OutputError> {
        self.0.flush().map_err(OutputError)
    }
}

/// Text from the input (file names, member names, pointers, values, messages quoting them) as
/// printed in human output and in error lines: control characters (U+0000–U+001F and
/// U+007F–U+009F) are escaped as in JSON, `\n`, `\r`, `\t` or `\u001b`; everything else,
/// backslashes included, is printed as it is. No input can start a line or send a terminal
/// escape sequence.
pub(crate) fn escape(s: &str) -> Cow<'_, str> {
    escape_if(s, char::is_control)
}

/// A JSON text safe for a terminal: serde_json escapes U+0000–U+001F but writes U+007F–U+009F
/// as they are; they are escaped here too (as `\u009b`: the same JSON value). Structural
/// newlines of pretty-printed JSON are kept.
pub(crate) fn json_safe(s: &str) -> Cow<'_, str> {
    escape_if(s, |c| ('\u{7f}'..='\u{9f}').contains(&c))
}

/// The Rust `{:#?}` rendering of a value with control characters escaped, line breaks kept
/// (`Debug` already escapes those inside strings; this guards hand-written `Debug` impls).
pub(crate) fn debug_safe(s: &str) -> Cow<'_, str> {
    escape_if(s, |c| c != '\n' && c.is_control())
}

/// Writes the `{:#?}` rendering of `value` as it is formatted, escaped as [`debug_safe`] does.
pub(crate) fn write_debug(out: &mut Output<'_>, value: &dyn fmt::Debug) -> Result<(), OutputError> {
    /// Escapes what passes through, keeping the first write error.
    struct Escaping<'o, 'w> {
        out: &'o mut Output<'w>,
        error: Option<OutputError>,
    }
    impl fmt::Write for Escaping<'_, '_> {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            match self.out.write_fmt(format_args!("{}", debug_safe(s))) {
                Ok(()) => Ok(()),
                Err(e) => {
                    self.error = Some(e);
                    Err(fmt::Error)
                }
            }
        }
    }
    let mut w = Escaping { out, error: None };
    let formatted = fmt::Write::write_fmt(&mut w, format_args!("{value:#?}"));
    match (w.error, formatted) {
        (Some(e), _) => Err(e),
        (None, Ok(())) => Ok(()),
        (None, Err(_)) => Err(OutputError(io::Error::other(
            "a value could not be formatted",
        ))),
    }
}

fn escape_if(s: &str, escaped: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&escaped) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        match c {
            c if !escaped(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

/// What every format says of the problems of a message past the cap: `N more problem(s) not
/// listed (at most 100 per message)`.
pub(crate) fn omitted(n: usize) -> String {
    format!(
        "{n} more problem(s) not listed (at most {} per message)",
        ccwire_codec::MAX_PROBLEMS
    )
}

/// Inputs larger than this (in total) get a progress bar when standard error is a terminal.
const PROGRESS_THRESHOLD: u64 = 8 * 1024 * 1024;

/// A progress bar on standard error, shown only for large input on a terminal.
pub(crate) struct Progress(Option<indicatif::ProgressBar>);

impl Progress {
    pub(crate) fn new(sources: &[Source]) -> Self {
        let total: u64 = sources.iter().filter_map(|s| s.size).sum();
        let stdin = sources.iter().any(|s| s.size.is_none());
        if !io::stderr().is_terminal() || (total < PROGRESS_THRESHOLD && !stdin) {
            return Self(None);
        }
        let bar = if stdin {
            indicatif::ProgressBar::new_spinner()
        } else {
            indicatif::ProgressBar::new(total)
        };
        bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        Self(Some(bar))
    }

    pub(crate) fn advance(&self, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.inc(bytes);
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// A run that stops early (an output error) clears the bar too.
impl Drop for Progress {
    fn drop(&mut self) {
        self.finish();
    }
}

/// How many vendor/kind rows the summary keeps; further kinds are counted in one row per vendor
/// ([`OTHER_KINDS`]), so that a stream of made-up kind names costs bounded memory.
pub(crate) const MAX_ROWS: usize = 1000;

/// The summary row of the kinds past [`MAX_ROWS`].
const OTHER_KINDS: &str = "(other kinds)";

/// Counts by vendor and kind.
#[derive(Debug, Default)]
pub(crate) struct Summary {
    /// Vendor → kind → [messages, valid, invalid].
    rows: BTreeMap<String, BTreeMap<String, [usize; 3]>>,
    /// Distinct rows so far (kind names come from the input: at most [`MAX_ROWS`]).
    distinct: usize,
    pub(crate) messages: usize,
    pub(crate) invalid: usize,
}

impl Summary {
    pub(crate) fn add(&mut self, report: &Report) {
        self.messages += 1;
        let vendor: &str = report.vendor.map_or("-", |v| v.into());
        let kind = report.kind.as_deref().unwrap_or("-");
        // Look up before inserting: no allocation for kinds already counted.
        let kinds = match self.rows.get_mut(vendor) {
            Some(kinds) => kinds,
            None => self.rows.entry(vendor.to_owned()).or_default(),
        };
        let row = match kinds.get_mut(kind) {
            Some(row) => row,
            None if self.distinct >= MAX_ROWS => kinds.entry(OTHER_KINDS.to_owned()).or_default(),
            None => {
                self.distinct += 1;
                kinds.entry(kind.to_owned()).or_default()
            }
        };
        row[0] += 1;
        if report.valid {
            row[1] += 1;
        } else {
            row[2] += 1;
            self.invalid += 1;
        }
    }
}

pub(crate) fn write_report(
    out: &mut Output<'_>,
    format: Format,
    item: &Item,
    report: &Report,
) -> Result<(), OutputError> {
    match format {
        Format::Human => {
            let shown: Vec<_> = report
                .problems
                .iter()
                .filter(|p| p.severity >= Severity::Warning)
                .collect();
            // The values at the problems, secure values redacted (one pass over the text).
            let pointers: Vec<&str> = shown.iter().map(|p| p.pointer.as_str()).collect();
            let snippets = match (&item.text, shown.is_empty()) {
                (Ok(text), false) => ccwire_codec::snippets(text, &pointers),
                _ => vec![None; shown.len()],
            };
            for (p, snippet) in shown.iter().zip(snippets) {
                let at = if p.pointer.is_empty() {
                    "(root)"
                } else {
                    &p.pointer
                };
                write!(
                    out,
                    "{}:{}: {}: {}: {} [{}]",
                    escape(&item.source),
                    item.line,
                    p.severity,
                    escape(at),
                    escape(&p.message),
                    p.code
                )?;
                if let Some(s) = snippet.filter(|_| !p.pointer.is_empty()) {
                    write!(out, " near {}", escape(&s))?;
                }
                writeln!(out)?;
            }
            if report.omitted > 0 {
                writeln!(
                    out,
                    "{}:{}: ... and {}",
                    escape(&item.source),
                    item.line,
                    omitted(report.omitted)
                )?;
            }
            Ok(())
        }
        Format::Json => {
            let line = JsonReport {
                kind: report.kind.as_deref(),
                line: item.line,
                omitted: report.omitted,
                problems: report
                    .problems
                    .iter()
                    .map(|p| JsonProblem {
                        code: p.code,
                        message: &p.message,
                        pointer: &p.pointer,
                        severity: p.severity.into(),
                    })
                    .collect(),
                source: &item.source,
                valid: report.valid,
                vendor: report.vendor.map(<&'static str>::from),
            };
            let text = serde_json::to_string(&line).map_err(|e| OutputError(e.into()))?;
            writeln!(out, "{}", json_safe(&text))
        }
    }
}

/// A message's report as a line of `--format json` (members in this order, the order of
/// their names).
#[derive(serde::Serialize)]
struct JsonReport<'a> {
    kind: Option<&'a str>,
    line: usize,
    omitted: usize,
    problems: Vec<JsonProblem<'a>>,
    source: &'a str,
    valid: bool,
    vendor: Option<&'static str>,
}

/// A problem in a [`JsonReport`].
#[derive(serde::Serialize)]
struct JsonProblem<'a> {
    code: &'a str,
    message: &'a str,
    pointer: &'a str,
    severity: &'static str,
}

pub(crate) fn write_summary(
    out: &mut Output<'_>,
    format: Format,
    summary: &Summary,
) -> Result<(), OutputError> {
    match format {
        Format::Human => {
            writeln!(out)?;
            writeln!(
                out,
                "{:<8} {:<60} {:>8} {:>8} {:>8}",
                "vendor", "kind", "messages", "valid", "invalid"
            )?;
            for (vendor, kinds) in &summary.rows {
                for (kind, [n, ok, bad]) in kinds {
                    let (vendor, kind) = (escape(vendor), escape(kind));
                    writeln!(out, "{vendor:<8} {kind:<60} {n:>8} {ok:>8} {bad:>8}")?;
                }
            }
            writeln!(
                out,
                "{} messages: {} valid, {} invalid",
                summary.messages,
                summary.messages - summary.invalid,
                summary.invalid
            )
        }
        Format::Json => {
            let by_kind: Vec<Value> = summary
                .rows
                .iter()
                .flat_map(|(vendor, kinds)| {
                    kinds.iter().map(move |(kind, [n, ok, bad])| {
                        json!({ "vendor": vendor, "kind": kind, "messages": n, "valid": ok, "invalid": bad })
                    })
                })
                .collect();
            let obj = json!({ "summary": {
                "messages": summary.messages,
                "valid": summary.messages - summary.invalid,
                "invalid": summary.invalid,
                "by_kind": by_kind,
            }});
            writeln!(out, "{}", json_safe(&obj.to_string()))
        }
    }
}
