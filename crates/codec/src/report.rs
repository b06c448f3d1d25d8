//! Validation reports: decode errors and drift (what the model does not know), each with its
//! JSON pointer, a stable code, a message and a severity.

use std::fmt;

use ccwire_model::inspect::{Finding, FindingKind, Inspect};

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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, strum::IntoStaticStr, strum::Display)]
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
    /// `unknown-kind`, `text-form`.
    pub code: &'static str,
    /// Human-readable explanation.
    pub message: String,
    /// How serious it is.
    pub severity: Severity,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = if self.pointer.is_empty() { "(root)" } else { &self.pointer };
        write!(f, "{}: {at}: {} [{}]", self.severity, self.message, self.code)
    }
}

/// The outcome of validating one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The detected vendor, when the input was a JSON object.
    pub vendor: Option<Vendor>,
    /// The kind (`vendor.family.Name`), when known.
    pub kind: Option<String>,
    /// Whether the message is valid under the mode used (no problem of severity `error`).
    pub valid: bool,
    /// Every problem, in document order.
    pub problems: Vec<Problem>,
}

impl Report {
    fn finish(vendor: Option<Vendor>, kind: Option<String>, mut problems: Vec<Problem>) -> Self {
        problems.sort_by(|a, b| a.pointer.cmp(&b.pointer).then(a.code.cmp(b.code)));
        let valid = !problems.iter().any(|p| p.severity == Severity::Error);
        Self { vendor, kind, valid, problems }
    }
}

fn decode_problem(err: &DecodeError) -> Problem {
    let code = match err.category() {
        ErrorCategory::Syntax => "syntax",
        ErrorCategory::Eof => "eof",
        ErrorCategory::Io => "io",
        _ => "decode",
    };
    let mut message = err.message().to_owned();
    if matches!(err.category(), ErrorCategory::Syntax | ErrorCategory::Eof) && err.line() > 0 {
        message = format!("{message} (line {}, column {})", err.line(), err.column());
    }
    Problem { pointer: err.pointer().to_owned(), code, message, severity: Severity::Error }
}

fn drift_problem(f: Finding, mode: Mode) -> Problem {
    let (message, severity) = match f.kind {
        FindingKind::TextForm => (format!("value sent as text {:?}", f.detail), Severity::Info),
        FindingKind::UnknownMember => (format!("member `{}` is not in the model", f.detail), Severity::Warning),
        FindingKind::UnknownValue => (format!("value {:?} is not a known value", f.detail), Severity::Warning),
        FindingKind::UnknownKind if f.detail.is_empty() => {
            ("no discriminator names a modelled kind".to_owned(), Severity::Warning)
        }
        FindingKind::UnknownKind => (format!("kind {:?} is not modelled", f.detail), Severity::Warning),
        _ => (f.detail.clone(), Severity::Warning),
    };
    let severity = if severity == Severity::Warning && mode == Mode::Strict { Severity::Error } else { severity };
    Problem { pointer: f.pointer, code: f.kind.code(), message, severity }
}

fn report_of(
    decoded: Result<&dyn Inspect, DecodeError>,
    detected: Option<&Detected>,
    kind: Option<String>,
    mode: Mode,
) -> Report {
    let vendor = detected.map(|d| d.vendor);
    match decoded {
        Ok(value) => {
            let problems = value.findings().into_iter().map(|f| drift_problem(f, mode)).collect();
            Report::finish(vendor, kind, problems)
        }
        Err(err) => Report::finish(vendor, kind.or_else(|| err.kind().map(str::to_owned)), vec![decode_problem(&err)]),
    }
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
            let detected = Detected { vendor: msg.vendor(), family: String::new(), kind: None, known: true };
            report_of(Ok(&msg), Some(&detected), Some(msg.kind().to_string()), mode)
        }
        Err(err) => {
            let detected = crate::detect(text).ok();
            let kind = detected.as_ref().map(ToString::to_string);
            report_of(Err(err), detected.as_ref(), kind, mode)
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
    let vendor = crate::kind(kind).map(|k| k.vendor);
    let detected = vendor.map(|vendor| Detected { vendor, family: String::new(), kind: None, known: true });
    match crate::decode_as(kind, text) {
        Ok(payload) => report_of(Ok(&*payload), detected.as_ref(), Some(kind.to_owned()), mode),
        Err(err) => report_of(Err(err), detected.as_ref(), Some(kind.to_owned()), mode),
    }
}
