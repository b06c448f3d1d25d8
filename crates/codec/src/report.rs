//! Validation reports: decode errors and drift (what the model does not know), each with its
//! JSON pointer, a stable code, a message and a severity.

use std::fmt;

use ccwire_wire::inspect::{Finding, FindingKind, Inspect};

use crate::{DecodeError, Detected, ErrorCategory, Vendor};

/// How strictly drift is judged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Mode {
    /// Integrations: anything that decodes is valid; drift is reported as warnings.
    #[default]
    Lenient,
    /// CI and drift monitors: unknown members, values and kinds are errors.
    Strict,
}

/// How serious a problem is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::IntoStaticStr, strum::Display,
)]
#[strum(serialize_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Documented vendor behaviour worth knowing (a number sent as text).
    Info,
    /// Drift in lenient mode: kept, but not in the model.
    Warning,
    /// The message is invalid (in strict mode, drift too).
    Error,
}

/// One problem found in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// JSON pointer (RFC 6901) of the offending value; `""` for the whole message.
    pub pointer: String,
    /// Stable machine code: `syntax`, `eof`, `decode`, `io`, `unknown-member`, `unknown-value`,
    /// `unknown-kind`, `text-form`, `missing-member`.
    pub code: &'static str,
    /// Human-readable explanation.
    pub message: String,
    /// How serious it is.
    pub severity: Severity,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() {
            "(root)"
        } else {
            &self.pointer
        };
        write!(
            f,
            "{}: {at}: {} [{}]",
            self.severity, self.message, self.code
        )
    }
}

/// How many problems a [`Report`] lists; the rest are only counted ([`Report::omitted`]), so a
/// message with millions of unknown members costs bounded memory and output.
pub const MAX_PROBLEMS: usize = 100;

/// The outcome of validating one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The detected vendor, when the input was a JSON object.
    pub vendor: Option<Vendor>,
    /// The kind (`vendor.family.Name`), when known.
    pub kind: Option<String>,
    /// Whether the message is valid under the mode used (no problem of severity `error`).
    pub valid: bool,
    /// The first [`MAX_PROBLEMS`] problems found, sorted by pointer.
    pub problems: Vec<Problem>,
    /// How many more problems were found and not listed.
    pub omitted: usize,
}

impl Report {
    fn finish(
        vendor: Option<Vendor>,
        kind: Option<String>,
        mut problems: Vec<Problem>,
        omitted_errors: usize,
        omitted: usize,
    ) -> Self {
        problems.sort_by(|a, b| a.pointer.cmp(&b.pointer).then(a.code.cmp(b.code)));
        let valid = omitted_errors == 0 && !problems.iter().any(|p| p.severity == Severity::Error);
        Self {
            vendor,
            kind,
            valid,
            problems,
            omitted,
        }
    }

    /// The report of a message that could not be read at all (a problem of the whole input,
    /// such as invalid UTF-8 or a message over a size limit).
    #[must_use]
    pub fn unreadable(code: &'static str, message: String) -> Self {
        Self {
            vendor: None,
            kind: None,
            valid: false,
            problems: vec![Problem {
                pointer: String::new(),
                code,
                message,
                severity: Severity::Error,
            }],
            omitted: 0,
        }
    }
}

fn decode_problem(err: &DecodeError) -> Problem {
    let code = match err.category() {
        ErrorCategory::Syntax => "syntax",
        ErrorCategory::Eof => "eof",
        ErrorCategory::Io => "io",
        ErrorCategory::NotCompiled => "not-compiled",
        ErrorCategory::TooLarge => "too-large",
        _ => "decode",
    };
    let mut message = err.message().to_owned();
    if matches!(err.category(), ErrorCategory::Syntax | ErrorCategory::Eof) && err.line() > 0 {
        message = format!("{message} (line {}, column {})", err.line(), err.column());
    }
    Problem {
        pointer: err.pointer().to_owned(),
        code,
        message,
        severity: Severity::Error,
    }
}

fn drift_problem(f: Finding, mode: Mode) -> Problem {
    let (message, severity) = match f.kind {
        FindingKind::TextForm => (format!("value sent as text {:?}", f.detail), Severity::Info),
        FindingKind::UnknownMember => (
            format!("member `{}` is not in the model", f.detail),
            Severity::Warning,
        ),
        FindingKind::MissingMember => (
            format!("expected member `{}` is absent", f.detail),
            Severity::Warning,
        ),
        FindingKind::UnknownValue => (
            format!("value {:?} is not a known value", f.detail),
            Severity::Warning,
        ),
        FindingKind::UnknownKind if f.detail.is_empty() => (
            "no discriminator names a modelled kind".to_owned(),
            Severity::Warning,
        ),
        FindingKind::UnknownKind => (
            format!("kind {:?} is not modelled", f.detail),
            Severity::Warning,
        ),
        _ => (f.detail.clone(), Severity::Warning),
    };
    let severity = if severity == Severity::Warning && mode == Mode::Strict {
        Severity::Error
    } else {
        severity
    };
    Problem {
        pointer: f.pointer,
        code: f.kind.code(),
        message,
        severity,
    }
}

fn report_of(
    text: &str,
    decoded: Result<&dyn Inspect, DecodeError>,
    detected: Option<&Detected>,
    kind: Option<String>,
    mode: Mode,
) -> Report {
    let vendor = detected.map(|d| d.vendor);
    match decoded {
        Ok(value) => {
            let findings = value.findings_capped(MAX_PROBLEMS);
            let omitted = findings.omitted();
            // Past the cap only counts are kept: drift counts as errors in strict mode (text
            // forms never do).
            let omitted_errors = match mode {
                Mode::Strict => omitted - findings.omitted_of(FindingKind::TextForm),
                Mode::Lenient => 0,
            };
            let mut problems: Vec<Problem> = findings
                .into_items()
                .into_iter()
                .map(|f| drift_problem(f, mode))
                .collect();
            // Unknown- and missing-member problems name only the member, as their pointer
            // does, and no kept value has findings inside it: only problems that quote a value
            // (text forms, unknown values and kinds) need the text scanned for secrets.
            if problems.iter().any(|p| {
                p.code != FindingKind::UnknownMember.code()
                    && p.code != FindingKind::MissingMember.code()
            }) {
                redact(text, &mut problems);
            }
            Report::finish(vendor, kind, problems, omitted_errors, omitted)
        }
        // Decode errors are redacted where they are made.
        Err(err) => Report::finish(
            vendor,
            kind.or_else(|| err.kind().map(str::to_owned)),
            vec![decode_problem(&err)],
            0,
            0,
        ),
    }
}

/// Applies the redaction policy ([`ccwire_wire::secret`]) to drift problems.
fn redact(text: &str, problems: &mut [Problem]) {
    // Only the secrets on the problems' paths matter here, and the message decoded, so the
    // text is JSON: the objects along those paths are read, not the whole text.
    let pointers: Vec<&str> = problems.iter().map(|p| p.pointer.as_str()).collect();
    let secrets = ccwire_wire::secret::Secrets::scan_along_if_needed(text, &pointers);
    if secrets.is_empty() {
        return;
    }
    for p in problems {
        secrets.sanitize_in_place(&mut p.pointer, &mut p.message);
    }
}

/// A short, single-line rendering of the value at `pointer` in the message `text`, with secure
/// values redacted (see [`ccwire_wire::secret`]): what a report shows next to a problem.
/// `None` when the text is not JSON or has no value there.
///
/// ```
/// let text = r#"{"a":[1,{"isSecure":true,"value":"s3cret"}]}"#;
/// assert_eq!(ccwire_codec::snippet(text, "/a/0").as_deref(), Some("1"));
/// assert_eq!(ccwire_codec::snippet(text, "/a/1/value").as_deref(), Some("\"<redacted>\""));
/// // Whitespace runs fold to one space; past 60 characters the rest is cut.
/// let text = "{\"a\": [1,\n    2],\"b\":\"é123456789012345678901234567890123456789012345678901234567890\"}";
/// assert_eq!(ccwire_codec::snippet(text, "/a").as_deref(), Some("[1, 2]"));
/// let long = ccwire_codec::snippet(text, "/b").unwrap();
/// assert_eq!(long, "\"é1234567890123456789012345678901234567890123456789012345...");
/// assert_eq!(long.chars().count(), 60);
/// ```
#[must_use]
pub fn snippet(text: &str, pointer: &str) -> Option<String> {
    snippets(text, &[pointer]).pop().flatten()
}

/// [`snippet`] for several pointers, reading the text once.
#[must_use]
pub fn snippets(text: &str, pointers: &[&str]) -> Vec<Option<String>> {
    let secrets = ccwire_wire::secret::Secrets::scan_if_needed(text);
    if !secrets.complete() {
        return vec![None; pointers.len()];
    }
    let redacted = secrets.redact(text);
    ccwire_wire::json::find_pointers(&redacted, pointers)
        .into_iter()
        .map(|span| span.map(|span| fold(&redacted[span])))
        .collect()
}

/// Whitespace runs folded to one space; at most 60 characters.
fn fold(raw: &str) -> String {
    let mut out = String::new();
    // Characters in `out` (counted as they are pushed, not by reading it again).
    let mut chars = 0;
    let mut space = false;
    for c in raw.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && chars > 0 {
            out.push(' ');
            chars += 1;
        }
        space = false;
        out.push(c);
        chars += 1;
        if chars > 60 {
            let cut: String = out.chars().take(57).collect();
            return cut + "...";
        }
    }
    out
}

/// Validates one message, detecting its vendor and kind.
///
/// ```
/// use ccwire_codec::{Mode, validate};
/// let text = r#"{"type":"RoutingMessage","data":{"type":"AgentFuture","eventType":"RoutingMessage"}}"#;
/// let lenient = validate(text, Mode::Lenient);
/// assert!(lenient.valid);
/// assert_eq!(lenient.problems[0].code, "unknown-kind");
/// assert!(!validate(text, Mode::Strict).valid);
/// assert_eq!(validate("{", Mode::Lenient).problems[0].code, "eof");
/// ```
#[must_use]
pub fn validate(text: &str, mode: Mode) -> Report {
    match crate::decode(text) {
        Ok(msg) => {
            let detected = Detected {
                vendor: msg.vendor(),
                family: String::new(),
                kind: None,
                known: true,
            };
            report_of(
                text,
                Ok(&msg),
                Some(&detected),
                Some(msg.kind().name()),
                mode,
            )
        }
        Err(err) => {
            let detected = crate::detect(text).ok();
            let kind = detected.as_ref().map(Detected::name);
            report_of(text, Err(err), detected.as_ref(), kind, mode)
        }
    }
}

/// Validates a payload as the kind named `kind` (for payloads without a discriminator).
///
/// ```
/// use ccwire_codec::{Mode, validate_as};
/// let r = validate_as("webex.agentContact.HoldRequest", r#"{"interactionId":"i"}"#, Mode::Lenient);
/// assert!(!r.valid);
/// assert_eq!(r.problems[0].message, "missing field `data`");
/// ```
#[must_use]
pub fn validate_as(kind: &str, text: &str, mode: Mode) -> Report {
    // The entry is looked up once (for every message of a stream validated by name).
    let spec = crate::kind(kind);
    let detected = spec.map(|spec| Detected {
        vendor: spec.vendor,
        family: String::new(),
        kind: None,
        known: true,
    });
    let decoded = match spec {
        Some(spec) => spec.decode(text),
        None => crate::decode_as(kind, text),
    };
    match decoded {
        Ok(payload) => report_of(
            text,
            Ok(&*payload),
            detected.as_ref(),
            Some(kind.to_owned()),
            mode,
        ),
        Err(err) => report_of(
            text,
            Err(err),
            detected.as_ref(),
            Some(kind.to_owned()),
            mode,
        ),
    }
}
