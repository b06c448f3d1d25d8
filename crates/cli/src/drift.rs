//! `ccwire validate --summary`: what changed across a capture at a glance. Problems are counted
//! by kind and by normalised pointer (array indices and the keys of the model's maps folded to
//! `*`, so `/data/interaction/callAssociatedData/customerName/type` and
//! `/data/interaction/callAssociatedData/account/type` are one row), each row with the first
//! `file:line` it was seen at. Keys come from the input, so each table keeps at most
//! [`MAX_ROWS`] rows and counts the problems of the rest. No problem message is printed, so no
//! value of the input is: only kinds, pointers and codes.

use std::collections::{BTreeSet, HashMap};
use std::sync::OnceLock;

use ccwire_codec::Report;
use serde_json::Value;

use crate::input::Item;
use crate::output::{self, Output, OutputError};

// Rows kept per table: as many as the per-kind summary keeps (keys come from the input).
use crate::output::MAX_ROWS;

/// How the summary is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SummaryFormat {
    /// Two tables for a terminal.
    Human,
    /// One JSON object.
    Json,
    /// Markdown tables, for a pull-request comment (what it quotes is escaped).
    Markdown,
}

/// One row: how many problems, and where the first was.
struct Row {
    problems: usize,
    first: String,
}

/// One table: rows by key, at most [`MAX_ROWS`], and the problems of keys beyond them.
#[derive(Default)]
struct Table {
    rows: HashMap<String, Row>,
    other_problems: usize,
    other_keys_seen: bool,
}

impl Table {
    fn add(&mut self, key: String, at: impl FnOnce() -> String) {
        if let Some(row) = self.rows.get_mut(&key) {
            row.problems += 1;
        } else if self.rows.len() < MAX_ROWS {
            self.rows.insert(
                key,
                Row {
                    problems: 1,
                    first: at(),
                },
            );
        } else {
            self.other_problems += 1;
            self.other_keys_seen = true;
        }
    }

    /// The rows, most problems first, then by key.
    fn sorted(&self) -> Vec<(&String, &Row)> {
        let mut rows: Vec<_> = self.rows.iter().collect();
        rows.sort_by(|a, b| b.1.problems.cmp(&a.1.problems).then(a.0.cmp(b.0)));
        rows
    }
}

/// The drift summary of a run.
#[derive(Default)]
pub(crate) struct Drift {
    messages: usize,
    invalid: usize,
    problems: usize,
    by_kind: Table,
    /// Keyed by `code` NUL `pointer`.
    by_pointer: Table,
}

impl Drift {
    pub(crate) fn add(&mut self, item: &Item, report: &Report) {
        self.messages += 1;
        if !report.valid {
            self.invalid += 1;
        }
        let at = || format!("{}:{}", item.source, item.line);
        let kind = report.kind.as_deref().unwrap_or("-");
        for p in &report.problems {
            self.problems += 1;
            self.by_kind.add(kind.to_owned(), at);
            self.by_pointer
                .add(format!("{}\u{0}{}", p.code, normalise(&p.pointer)), at);
        }
        // Problems past the report's own cap count in both tables' totals.
        for _ in 0..report.omitted {
            self.problems += 1;
            self.by_kind.add(kind.to_owned(), at);
            self.by_pointer
                .add("omitted\u{0}(not listed)".to_owned(), at);
        }
    }

    pub(crate) fn write(
        &self,
        out: &mut Output<'_>,
        format: SummaryFormat,
    ) -> Result<(), OutputError> {
        let kinds = self.by_kind.sorted();
        let pointers = self.by_pointer.sorted();
        let split = |key: &str| -> (String, String) {
            let (code, pointer) = key.split_once('\u{0}').unwrap_or(("", key));
            (code.to_owned(), pointer.to_owned())
        };
        match format {
            SummaryFormat::Json => {
                let by_kind: Vec<Value> = kinds
                    .iter()
                    .map(|(k, r)| serde_json::json!({"kind": k, "problems": r.problems, "first": r.first}))
                    .collect();
                let by_pointer: Vec<Value> = pointers
                    .iter()
                    .map(|(k, r)| {
                        let (code, pointer) = split(k);
                        serde_json::json!({"pointer": pointer, "code": code, "problems": r.problems, "first": r.first})
                    })
                    .collect();
                writeln!(
                    out,
                    "{}",
                    serde_json::json!({"drift": {
                        "messages": self.messages,
                        "invalid": self.invalid,
                        "problems": self.problems,
                        "byKind": by_kind,
                        "otherKindsProblems": self.by_kind.other_problems,
                        "byPointer": by_pointer,
                        "otherPointersProblems": self.by_pointer.other_problems,
                    }})
                )
            }
            SummaryFormat::Human => {
                writeln!(
                    out,
                    "{} message(s), {} invalid, {} problem(s)",
                    self.messages, self.invalid, self.problems
                )?;
                writeln!(out, "\nproblems by kind:")?;
                for (k, r) in &kinds {
                    writeln!(
                        out,
                        "  {:>8}  {:<56} first at {}",
                        r.problems,
                        output::escape(k),
                        output::escape(&r.first)
                    )?;
                }
                if self.by_kind.other_keys_seen {
                    writeln!(
                        out,
                        "  {:>8}  (other kinds, not listed)",
                        self.by_kind.other_problems
                    )?;
                }
                writeln!(out, "\nproblems by pointer:")?;
                for (k, r) in &pointers {
                    let (code, pointer) = split(k);
                    writeln!(
                        out,
                        "  {:>8}  {:<16} {:<56} first at {}",
                        r.problems,
                        code,
                        output::escape(if pointer.is_empty() {
                            "(root)"
                        } else {
                            &pointer
                        }),
                        output::escape(&r.first)
                    )?;
                }
                if self.by_pointer.other_keys_seen {
                    writeln!(
                        out,
                        "  {:>8}  (other pointers, not listed)",
                        self.by_pointer.other_problems
                    )?;
                }
                Ok(())
            }
            SummaryFormat::Markdown => {
                writeln!(
                    out,
                    "**ccwire drift summary**: {} message(s), {} invalid, {} problem(s)\n",
                    self.messages, self.invalid, self.problems
                )?;
                writeln!(out, "| problems | kind | first at |")?;
                writeln!(out, "|---:|---|---|")?;
                for (k, r) in &kinds {
                    writeln!(out, "| {} | {} | {} |", r.problems, md(k), md(&r.first))?;
                }
                if self.by_kind.other_keys_seen {
                    writeln!(
                        out,
                        "| {} | (other kinds, not listed) | |",
                        self.by_kind.other_problems
                    )?;
                }
                writeln!(out, "\n| problems | code | pointer | first at |")?;
                writeln!(out, "|---:|---|---|---|")?;
                for (k, r) in &pointers {
                    let (code, pointer) = split(k);
                    writeln!(
                        out,
                        "| {} | {} | {} | {} |",
                        r.problems,
                        md(&code),
                        md(if pointer.is_empty() {
                            "(root)"
                        } else {
                            &pointer
                        }),
                        md(&r.first)
                    )?;
                }
                if self.by_pointer.other_keys_seen {
                    writeln!(
                        out,
                        "| {} | | (other pointers, not listed) | |",
                        self.by_pointer.other_problems
                    )?;
                }
                Ok(())
            }
        }
    }
}

/// `text` as Markdown table cell content: in a code span written as HTML (`<code>`), with every
/// character Markdown or HTML could read (`& < > | \` * _ [ ] ( ) # ! ~` and backslash) as a
/// numeric character reference, and control characters escaped as the human output escapes them.
/// Nothing quoted can close the cell, start a link or an image, or inject markup.
fn md(text: &str) -> String {
    let escaped = output::escape(text);
    let mut out = String::with_capacity(escaped.len() + 13);
    out.push_str("<code>");
    for c in escaped.chars() {
        match c {
            '&' | '<' | '>' | '|' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '#' | '!' | '~'
            | '\\' | '"' | '\'' => {
                out.push_str(&format!("&#{};", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push_str("</code>");
    out
}

/// The names of the members that are maps in the model (their keys are data, not names): every
/// property of every exported schema whose value is an object schema with
/// `additionalProperties` and no `properties` (`callAssociatedData`, `participants`, `media`, …).
fn map_members() -> &'static BTreeSet<String> {
    static MAPS: OnceLock<BTreeSet<String>> = OnceLock::new();
    MAPS.get_or_init(|| {
        let mut maps = BTreeSet::new();
        for file in ccwire_codec::schema::export() {
            let root = file.schema.as_value();
            let defs = root.get("$defs");
            collect_maps(root, defs, &mut maps);
            if let Some(Value::Object(defs_map)) = defs {
                for def in defs_map.values() {
                    collect_maps(def, defs, &mut maps);
                }
            }
        }
        maps
    })
}

fn collect_maps(schema: &Value, defs: Option<&Value>, maps: &mut BTreeSet<String>) {
    let Value::Object(obj) = schema else { return };
    if let Some(Value::Object(props)) = obj.get("properties") {
        for (name, sub) in props {
            if is_map(sub, defs, 0) {
                maps.insert(name.clone());
            }
            collect_maps(sub, defs, maps);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(branches)) = obj.get(key) {
            for b in branches {
                collect_maps(b, defs, maps);
            }
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = obj.get(key) {
            collect_maps(sub, defs, maps);
        }
    }
}

/// Whether `schema` (following `$ref` into `defs` and `anyOf`/`oneOf` branches) is a map.
fn is_map(schema: &Value, defs: Option<&Value>, depth: u8) -> bool {
    if depth > 8 {
        return false;
    }
    let Value::Object(obj) = schema else {
        return false;
    };
    if let Some(Value::String(r)) = obj.get("$ref") {
        let target = r
            .strip_prefix("#/$defs/")
            .and_then(|name| defs.and_then(|d| d.get(name)));
        return target.is_some_and(|t| is_map(t, defs, depth + 1));
    }
    if matches!(obj.get("additionalProperties"), Some(Value::Object(_)))
        && obj
            .get("properties")
            .is_none_or(|p| p.as_object().is_some_and(serde_json::Map::is_empty))
    {
        return true;
    }
    ["anyOf", "oneOf"].iter().any(|key| {
        obj.get(*key)
            .and_then(Value::as_array)
            .is_some_and(|bs| bs.iter().any(|b| is_map(b, defs, depth + 1)))
    })
}

/// `pointer` with array indices and the keys of the model's maps folded to `*`.
pub(crate) fn normalise(pointer: &str) -> String {
    let maps = map_members();
    let mut out = String::with_capacity(pointer.len());
    let mut after_map = false;
    for segment in pointer.split('/').skip(1) {
        out.push('/');
        let index = !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit());
        if index || after_map {
            out.push('*');
            after_map = false;
        } else {
            out.push_str(segment);
            after_map = maps.contains(&segment.replace("~1", "/").replace("~0", "~"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_and_the_keys_of_maps_fold_and_member_names_stay() {
        assert_eq!(
            normalise("/data/interaction/callAssociatedData/customerName/type"),
            "/data/interaction/callAssociatedData/*/type"
        );
        assert_eq!(
            normalise("/data/interaction/participants/agent-1/pType"),
            "/data/interaction/participants/*/pType"
        );
        assert_eq!(normalise("/data/items/3/name"), "/data/items/*/name");
        assert_eq!(normalise("/data/futureMember"), "/data/futureMember");
        assert_eq!(normalise(""), "");
    }

    #[test]
    fn markdown_cells_carry_no_markup_of_the_input() {
        let cell = md("a|b`c<script>[x](y)\u{1b}[31m\n");
        for forbidden in ["|", "`", "<script>", "[x]", "(y)", "\u{1b}", "\n"] {
            assert!(!cell.contains(forbidden), "{cell}");
        }
        assert!(cell.starts_with("<code>") && cell.ends_with("</code>"));
    }
}
