//! Reports for CI servers: JUnit XML (`--format junit`) and SARIF 2.1.0 (`--format sarif`).
//!
//! **JUnit.** One `<testcase>` per message (`name` = `file:line`, `classname` = the kind), one
//! `<failure>` per error (`type` = the problem code, `message` = the problem's message, the text =
//! `pointer: message [code]`), warnings and notes in the case's `<system-out>`. The output follows
//! the Jenkins JUnit schema (`junit-4.xsd` of the Jenkins xUnit plugin's model), which Jenkins,
//! GitLab, Azure Pipelines and the common GitHub test-report actions read. The `<testsuite>` totals
//! come before its cases, so the cases are spooled to an unnamed temporary file and copied after
//! the totals: memory stays bounded whatever the input.
//!
//! **SARIF.** One run of the tool `ccwire` whose rules are the problem codes; each problem is a
//! result (`ruleId` = code, `level` = `error` / `warning` / `note` from the severity, the location
//! = the file and the message's first line, the JSON pointer in the result's `properties`), and a
//! message whose problems past the cap were counted but not listed gives one `omitted` result.
//! Results are streamed.
//!
//! **Text.** Both are written from the same problems as the other formats (secure values
//! already redacted, see `ccwire_wire::secret`). XML 1.0 cannot carry most control characters
//! (U+0000–U+001F but tab, line feed and carriage return; U+FFFE and U+FFFF): in JUnit output
//! each is written as the six characters `\uXXXX` (as JSON would escape it), and a backslash is
//! written as it is. JSON escapes everything it must; U+007F–U+009F are escaped too, as in
//! `--format json`.

use std::io::{self, Seek, Write};

use ccwire_codec::{Report, Severity};
use serde_json::{Value, json};

use crate::input::Item;
use crate::output::{Output, OutputError, json_safe, omitted};

/// The problem codes: the SARIF rules, with what each means.
pub(crate) const PROBLEM_CODES: [(&str, &str); 13] = [
    ("syntax", "not JSON"),
    ("eof", "JSON that ends too early"),
    (
        "decode",
        "JSON that does not match the kind (wrong type, missing member, …)",
    ),
    ("io", "the JSON reader failed"),
    ("utf8", "the message is not valid UTF-8"),
    (
        "too-large",
        "the message is over the line cap, or its typed form would pass the decode's memory budget",
    ),
    (
        "not-compiled",
        "a message of a vendor this build leaves out",
    ),
    ("unknown-member", "a member the model does not know"),
    (
        "unknown-value",
        "a value of an open enum the model does not know",
    ),
    (
        "unknown-kind",
        "a message or object kind the model does not know",
    ),
    (
        "missing-member",
        "a member every known message carries, but that no reference promises, is absent",
    ),
    ("text-form", "a number or boolean sent as text (\"32\")"),
    (
        "omitted",
        "problems past the cap of one message, counted but not listed",
    ),
];

/// Text for XML content and attribute values: the five markup characters as entities, and the
/// characters XML 1.0 cannot carry as `\uXXXX`.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

/// The JUnit report: cases spooled to a temporary file, totals counted.
pub(crate) struct Junit {
    spool: io::BufWriter<std::fs::File>,
    tests: usize,
    failures: usize,
}

impl Junit {
    pub(crate) fn new() -> io::Result<Self> {
        Ok(Self {
            spool: io::BufWriter::new(tempfile::tempfile()?),
            tests: 0,
            failures: 0,
        })
    }

    /// Spools the case of one message.
    ///
    /// # Errors
    /// Writing the spool failed (an output error: the temporary file is part of the output).
    pub(crate) fn add(&mut self, item: &Item, report: &Report) -> Result<(), OutputError> {
        self.tests += 1;
        if !report.valid {
            self.failures += 1;
        }
        let name = xml_escape(&format!("{}:{}", item.source, item.line));
        let classname = xml_escape(report.kind.as_deref().unwrap_or("-"));
        let mut case = format!("    <testcase name=\"{name}\" classname=\"{classname}\"");
        let (errors, others): (Vec<_>, Vec<_>) = report
            .problems
            .iter()
            .partition(|p| p.severity == Severity::Error);
        if errors.is_empty() && others.is_empty() && report.omitted == 0 {
            case.push_str("/>\n");
        } else {
            case.push_str(">\n");
            if errors.is_empty() && !report.valid {
                // Invalid, and every error past the cap: one failure says so.
                let text = omitted(report.omitted);
                case.push_str(&format!(
                    "      <failure type=\"omitted\" message=\"{text}\">{text}</failure>\n"
                ));
            }
            for p in &errors {
                case.push_str(&format!(
                    "      <failure type=\"{}\" message=\"{}\">{}</failure>\n",
                    p.code,
                    xml_escape(&p.message),
                    xml_escape(&p.to_string())
                ));
            }
            if !others.is_empty() || report.omitted > 0 {
                let mut text = String::new();
                for p in &others {
                    text.push_str(&format!("{}: {p}\n", p.severity));
                }
                if report.omitted > 0 {
                    text.push_str(&format!("... and {}\n", omitted(report.omitted)));
                }
                case.push_str(&format!(
                    "      <system-out>{}</system-out>\n",
                    xml_escape(&text)
                ));
            }
            case.push_str("    </testcase>\n");
        }
        self.spool.write_all(case.as_bytes()).map_err(OutputError)
    }

    /// Writes the report: the totals, then the spooled cases.
    ///
    /// # Errors
    /// Writing the output, or reading back the spool, failed.
    pub(crate) fn finish(self, out: &mut Output<'_>) -> Result<(), OutputError> {
        let mut file = self
            .spool
            .into_inner()
            .map_err(|e| OutputError(e.into_error()))?;
        file.rewind().map_err(OutputError)?;
        let (tests, failures) = (self.tests, self.failures);
        writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")?;
        writeln!(
            out,
            "<testsuites name=\"ccwire validate\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\">"
        )?;
        writeln!(
            out,
            "  <testsuite name=\"ccwire validate\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">"
        )?;
        out.copy_from(&mut file)?;
        writeln!(out, "  </testsuite>")?;
        writeln!(out, "</testsuites>")
    }
}

/// The SARIF report, streamed: the header at the first write, a result per problem, the end.
pub(crate) struct Sarif {
    started: bool,
    results: usize,
}

/// One SARIF result: its rule, level, text and JSON pointer.
struct Finding<'a> {
    code: &'a str,
    level: &'a str,
    text: &'a str,
    pointer: Option<&'a str>,
}

/// The SARIF level of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        _ => "note",
    }
}

/// A file name as a URI reference: absolute paths as `file://` URIs, other names as relative
/// references; every byte but unreserved characters and `/` percent-encoded.
pub(crate) fn uri(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + 8);
    if source.starts_with('/') {
        out.push_str("file://");
    }
    for b in source.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

impl Sarif {
    pub(crate) fn new() -> Self {
        Self {
            started: false,
            results: 0,
        }
    }

    fn start(&mut self, out: &mut Output<'_>) -> Result<(), OutputError> {
        if std::mem::replace(&mut self.started, true) {
            return Ok(());
        }
        let rules: Vec<Value> = PROBLEM_CODES
            .iter()
            .map(|(code, meaning)| json!({ "id": code, "shortDescription": { "text": meaning } }))
            .collect();
        let driver = json!({
            "name": "ccwire",
            "version": env!("CARGO_PKG_VERSION"),
            "informationUri": env!("CARGO_PKG_REPOSITORY"),
            "rules": rules,
        });
        writeln!(
            out,
            "{{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{{\"tool\":{{\"driver\":{}}},\"results\":[",
            json_safe(&driver.to_string())
        )
    }

    fn result(
        &mut self,
        out: &mut Output<'_>,
        item: &Item,
        report: &Report,
        r: &Finding<'_>,
    ) -> Result<(), OutputError> {
        let rule = PROBLEM_CODES.iter().position(|(c, _)| *c == r.code);
        let mut result = json!({
            "ruleId": r.code,
            "level": r.level,
            "message": { "text": r.text },
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&item.source) },
                    "region": { "startLine": item.line.max(1) }
                }
            }],
        });
        if let Some(kind) = &report.kind {
            result["properties"]["kind"] = json!(kind);
        }
        if let Some(i) = rule {
            result["ruleIndex"] = json!(i);
        }
        if let Some(p) = r.pointer {
            result["properties"]["pointer"] = json!(p);
        }
        let comma = if self.results == 0 { "" } else { "," };
        self.results += 1;
        writeln!(out, "{comma}{}", json_safe(&result.to_string()))
    }

    /// Writes the results of one message.
    ///
    /// # Errors
    /// Writing the output failed.
    pub(crate) fn add(
        &mut self,
        out: &mut Output<'_>,
        item: &Item,
        report: &Report,
    ) -> Result<(), OutputError> {
        self.start(out)?;
        for p in &report.problems {
            let text = p.to_string();
            let finding = Finding {
                code: p.code,
                level: level(p.severity),
                text: &text,
                pointer: Some(&p.pointer),
            };
            self.result(out, item, report, &finding)?;
        }
        if report.omitted > 0 {
            let text = omitted(report.omitted);
            // An error only when no listed problem already makes the message invalid.
            let listed_error = report
                .problems
                .iter()
                .any(|p| p.severity == Severity::Error);
            let level = if report.valid || listed_error {
                "note"
            } else {
                "error"
            };
            let finding = Finding {
                code: "omitted",
                level,
                text: &text,
                pointer: None,
            };
            self.result(out, item, report, &finding)?;
        }
        Ok(())
    }

    /// Ends the report.
    ///
    /// # Errors
    /// Writing the output failed.
    pub(crate) fn finish(
        mut self,
        out: &mut Output<'_>,
        complete: bool,
    ) -> Result<(), OutputError> {
        self.start(out)?;
        writeln!(
            out,
            "],\"invocations\":[{{\"executionSuccessful\":{complete}}}]}}]}}"
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rules_are_the_documented_problem_codes_and_omitted() {
        let documented: Vec<&str> = include_str!("lib.rs")
            .lines()
            .filter_map(|l| l.strip_prefix("//! | `"))
            .filter_map(|l| l.split('`').next())
            .collect();
        let mut rules: Vec<&str> = PROBLEM_CODES.iter().map(|(c, _)| *c).collect();
        assert_eq!(rules.pop(), Some("omitted"));
        assert_eq!(rules, documented);
    }

    #[test]
    fn xml_text_escapes_markup_and_what_xml_cannot_carry() {
        assert_eq!(
            xml_escape("a<&>\"'\u{1b}[31m\u{fffe}\t\\"),
            "a&lt;&amp;&gt;&quot;&apos;\\u001b[31m\\ufffe\t\\"
        );
    }

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(uri("dir/a b#1.ndjson"), "dir/a%20b%231.ndjson");
        assert_eq!(uri("/tmp/x:y.json"), "file:///tmp/x%3Ay.json");
        assert_eq!(uri("-"), "-");
    }
}
