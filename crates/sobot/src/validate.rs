//! Checks a request type cannot carry by itself.
//!
//! Decoding checks what a type can say: required and optional members, JSON types, lengths and
//! ranges (`dtmfDigits`, `delayTime`). The code tables are open (a value the document does not
//! list is kept, not rejected), and some rules tie members together (`ANI` excludes
//! `outboundPlanCode`; `explicitRule` `2` needs `explicitCode`). [`Validate::validate`] checks
//! those on a decoded or hand-built request before it is sent.

use std::fmt;

use crate::{Code, IntCode};

/// One broken rule, at the JSON pointer of the member it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer of the member (`""` for the whole object).
    pub pointer: String,
    /// What is wrong.
    pub message: String,
}

impl Violation {
    /// A violation at `pointer`.
    #[must_use]
    pub fn new(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            pointer: pointer.into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pointer.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.pointer, self.message)
        }
    }
}

/// Rules a request type checks beyond decoding.
pub trait Validate {
    /// Every broken rule, or `Ok(())`.
    ///
    /// # Errors
    /// The list of violations, in member order.
    fn validate(&self) -> Result<(), Vec<Violation>>;
}

/// Collects violations.
#[derive(Debug, Default)]
pub(crate) struct Report(Vec<Violation>);

impl Report {
    /// Records a violation.
    pub(crate) fn push(&mut self, pointer: &str, message: impl Into<String>) {
        self.0.push(Violation::new(pointer, message));
    }

    /// Records a code that its table does not list.
    pub(crate) fn known<E: IntCode>(&mut self, pointer: &str, code: &Code<E>) {
        if !code.is_known() {
            self.push(
                pointer,
                format!("{code:?} is not a documented value ({})", E::DESCRIPTION),
            );
        }
    }

    /// Records an open string value that its table does not list.
    pub(crate) fn listed(&mut self, pointer: &str, known: bool, value: &str, what: &str) {
        if !known {
            self.push(pointer, format!("{value:?} is not a documented {what}"));
        }
    }

    /// The result.
    pub(crate) fn finish(self) -> Result<(), Vec<Violation>> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// Whether an optional text member is blank (absent, empty or only whitespace), the document's
/// "blank".
pub(crate) fn blank(value: Option<&str>) -> bool {
    value.is_none_or(|v| v.trim().is_empty())
}
