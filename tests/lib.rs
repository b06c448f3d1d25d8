//! Contract suite support.
