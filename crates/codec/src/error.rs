//! Decode errors with the JSON pointer of the failure.

use std::fmt;

/// What went wrong, broadly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display)]
#[strum(serialize_all = "kebab-case")]
#[non_exhaustive]
pub enum ErrorCategory {
    /// The input is not valid JSON.
    Syntax,
    /// The input ended too early.
    Eof,
    /// Valid JSON that does not match the model (wrong type, missing member, …).
    Data,
    /// Reading the input failed.
    Io,
    /// The message is of a vendor this build leaves out (its cargo feature is not enabled).
    NotCompiled,
    /// The message's typed form would exceed the memory budget of one decode
    /// ([`ccwire_wire::budget::DEFAULT_LIMIT`]): a message built to multiply its size (millions
    /// of empty objects in a typed array, say). The pointer is where the budget ran out.
    TooLarge,
}

/// A decode failure: where (JSON pointer and, for syntax errors, line and column), what, and
/// for which kind.
///
/// ```
/// let err = ccwire_codec::decode(r#"{"type":"RoutingMessage","data":{"type":"AgentContactHeld","eventType":5}}"#).unwrap_err();
/// assert_eq!(err.pointer(), "/data/eventType");
/// assert_eq!(err.kind(), Some("webex.routing.AgentContactHeld"));
/// assert!(err.to_string().contains("/data/eventType"));
/// // The pointer is data, not part of the message; serde alone gives the message only.
/// assert!(err.message().starts_with("invalid type"));
/// # #[cfg(feature = "webex")] {
/// let plain = serde_json::from_str::<ccwire_webex::WebexMessage>(
///     r#"{"type":"RoutingMessage","data":{"type":"AgentContactHeld","eventType":5}}"#,
/// ).unwrap_err();
/// assert!(plain.to_string().starts_with("invalid type"));
/// # }
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    pub(crate) category: ErrorCategory,
    pub(crate) pointer: String,
    pub(crate) message: String,
    pub(crate) kind: Option<String>,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl DecodeError {
    /// Builds an error from a serde_json error, with the pointer recorded beside it
    /// ([`ccwire_wire::located`]).
    pub(crate) fn from_json(err: &serde_json::Error, kind: Option<String>) -> Self {
        let category = match err.classify() {
            serde_json::error::Category::Syntax => ErrorCategory::Syntax,
            serde_json::error::Category::Eof => ErrorCategory::Eof,
            serde_json::error::Category::Io => ErrorCategory::Io,
            serde_json::error::Category::Data => ErrorCategory::Data,
        };
        let text = err.to_string();
        let (pointer, message) = ccwire_wire::located::take(&text);
        let category = if message == ccwire_wire::budget::EXCEEDED {
            ErrorCategory::TooLarge
        } else {
            category
        };
        Self {
            category,
            pointer,
            message: message.to_owned(),
            kind,
            line: err.line(),
            column: err.column(),
        }
    }

    /// On the error path only: when `text` is not JSON at all, the syntax error (with its own
    /// category and position) replaces a decode error that may have lost them.
    ///
    /// Every decode error passes here, so this is also where the redaction policy
    /// ([`ccwire_wire::secret`]) applies: on a secret path the pointer stops at the secret
    /// value and the message names JSON types only.
    pub(crate) fn syntax_first(text: &str, err: Self) -> Self {
        let err = match serde_json::from_str::<serde::de::IgnoredAny>(text) {
            Err(syntax) => Self::from_json(&syntax, None),
            Ok(_) => err,
        };
        err.redacted(text)
    }

    /// The error as the redaction policy lets it be shown (syntax errors name no value).
    fn redacted(mut self, text: &str) -> Self {
        if matches!(self.category, ErrorCategory::Syntax | ErrorCategory::Eof) {
            return self;
        }
        let secrets = ccwire_wire::secret::Secrets::scan_if_needed(text);
        if secrets.is_empty() {
            return self;
        }
        secrets.sanitize_in_place(&mut self.pointer, &mut self.message);
        self
    }

    /// Names the kind being decoded.
    pub(crate) fn with_kind(mut self, kind: &str) -> Self {
        self.kind = Some(kind.to_owned());
        self
    }

    /// Broad category.
    #[must_use]
    pub fn category(&self) -> ErrorCategory {
        self.category
    }

    /// JSON pointer (RFC 6901) of the failing value; `""` for the whole document.
    #[must_use]
    pub fn pointer(&self) -> &str {
        &self.pointer
    }

    /// What is wrong (serde's message: expected and found types, missing member, …).
    #[must_use]
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The kind being decoded, when it was known before the failure.
    #[must_use]
    pub fn kind(&self) -> Option<&str> {
        self.kind.as_deref()
    }

    /// Line of a syntax error (1-based; 0 when not applicable).
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// Column of a syntax error (1-based; 0 when not applicable).
    #[must_use]
    pub fn column(&self) -> usize {
        self.column
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(kind) = &self.kind {
            write!(f, "{kind}: ")?;
        }
        if self.pointer.is_empty() {
            f.write_str("at the top level")?;
        } else {
            write!(f, "at {}", self.pointer)?;
        }
        write!(f, ": {}", self.message)?;
        if matches!(self.category, ErrorCategory::Syntax | ErrorCategory::Eof) && self.line > 0 {
            write!(f, " (line {}, column {})", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for DecodeError {}
