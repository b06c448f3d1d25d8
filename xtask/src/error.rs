//! A small error type: a message plus the chain of contexts it was raised in.

use std::fmt;

/// Result alias used throughout the xtask.
pub type Result<T> = std::result::Result<T, Error>;

/// An error with human-readable context ("sample …", "line …", "writing …").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Outermost context first, the original cause last.
    parts: Vec<String>,
}

impl Error {
    /// Creates an error from a message.
    pub fn msg(message: impl Into<String>) -> Self {
        Self {
            parts: vec![message.into()],
        }
    }

    /// Wraps the error in one more (outer) context.
    #[must_use]
    pub fn context(mut self, context: impl Into<String>) -> Self {
        self.parts.insert(0, context.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.parts.join(": "))
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Self::msg(err.to_string())
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Self::msg(err.to_string())
    }
}

/// Adds a lazily built context to any `Result` whose error converts into [`Error`].
pub trait Context<T> {
    /// Wraps the error (if any) in the context returned by `f`.
    fn with_context<C: Into<String>>(self, f: impl FnOnce() -> C) -> Result<T>;
}

impl<T, E: Into<Error>> Context<T> for std::result::Result<T, E> {
    fn with_context<C: Into<String>>(self, f: impl FnOnce() -> C) -> Result<T> {
        self.map_err(|err| err.into().context(f()))
    }
}

/// Returns early with an [`Error`] built from a format string.
macro_rules! bail {
    ($($arg:tt)*) => {
        return Err($crate::error::Error::msg(format!($($arg)*)))
    };
}
pub(crate) use bail;
