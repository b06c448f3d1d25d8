//! Reports: human lines or JSON objects, the summary table, and the progress bar.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};

use ccwire_codec::{Report, Severity};
use serde_json::{Value, json};

use crate::Format;
use crate::input::{Item, Source};

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

/// Counts by vendor and kind.
#[derive(Debug, Default)]
pub(crate) struct Summary {
    /// Vendor → kind → [messages, valid, invalid].
    rows: BTreeMap<String, BTreeMap<String, [usize; 3]>>,
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
            None => kinds.entry(kind.to_owned()).or_default(),
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

/// A short, single-line rendering of the value at `pointer` in `value`.
fn snippet(value: &Value, pointer: &str) -> Option<String> {
    let at = value.pointer(pointer)?;
    let mut s = at.to_string();
    if s.chars().count() > 60 {
        s = s.chars().take(57).collect::<String>() + "...";
    }
    Some(s)
}

pub(crate) fn write_report(
    out: &mut dyn Write,
    format: Format,
    item: &Item,
    report: &Report,
) -> io::Result<()> {
    match format {
        Format::Human => {
            // Parsed once per message, and only when it has a problem to show.
            let mut parsed: Option<Option<Value>> = None;
            for p in report
                .problems
                .iter()
                .filter(|p| p.severity >= Severity::Warning)
            {
                let at = if p.pointer.is_empty() {
                    "(root)"
                } else {
                    &p.pointer
                };
                write!(
                    out,
                    "{}:{}: {}: {at}: {} [{}]",
                    item.source, item.line, p.severity, p.message, p.code
                )?;
                let value = parsed.get_or_insert_with(|| {
                    item.text
                        .as_ref()
                        .ok()
                        .and_then(|t| serde_json::from_str(t).ok())
                });
                if let Some(s) = value
                    .as_ref()
                    .and_then(|v| snippet(v, &p.pointer))
                    .filter(|_| !p.pointer.is_empty())
                {
                    write!(out, " near {s}")?;
                }
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Json => {
            let problems: Vec<Value> = report
                .problems
                .iter()
                .map(|p| json!({ "pointer": p.pointer, "code": p.code, "message": p.message, "severity": p.severity.to_string() }))
                .collect();
            let obj = json!({
                "source": item.source,
                "line": item.line,
                "vendor": report.vendor.map(|v| v.to_string()),
                "kind": report.kind,
                "valid": report.valid,
                "problems": problems,
            });
            writeln!(out, "{obj}")
        }
    }
}

pub(crate) fn write_summary(
    out: &mut dyn Write,
    format: Format,
    summary: &Summary,
) -> io::Result<()> {
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
            writeln!(out, "{obj}")
        }
    }
}
