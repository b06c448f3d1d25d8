//! Support for the ccwire contract suite: where things are, and the fixture manifests.

use std::path::{Path, PathBuf};

#[path = "leak.rs"]
pub mod leak;

use serde::Deserialize;

/// The repository root.
#[must_use]
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `fixtures/`.
#[must_use]
pub fn fixtures_dir() -> PathBuf {
    repo_root().join("fixtures")
}

/// `schemas/`.
#[must_use]
pub fn schemas_dir() -> PathBuf {
    repo_root().join("schemas")
}

/// `fixtures/manifest.json`: every sample fixture with its provenance and expected kind.
#[derive(Debug, Deserialize)]
pub struct Manifest {
    /// The command that wrote it.
    pub generated_by: String,
    /// The fixtures, by path.
    pub fixtures: Vec<FixtureEntry>,
}

/// One fixture.
#[derive(Debug, Deserialize)]
pub struct FixtureEntry {
    /// Path under `fixtures/`.
    pub path: String,
    /// Expected kind: `vendor.family.Name` (e.g. `webex.routing.AgentOfferContact`).
    pub kind: String,
    /// How it is framed: `envelope`, `data-only` or `bare` (Webex messages), `message` (detected
    /// messages of other vendors), `request` or `payload` (decoded by kind name).
    pub framing: String,
    /// Where the sample was printed (one entry per identical sample); empty for a synthetic
    /// fixture.
    pub sources: Vec<Source>,
    /// For a fixture no reference prints: what it was written from.
    #[serde(default)]
    pub synthetic: Option<Synthetic>,
}

/// How a synthetic fixture was written.
#[derive(Debug, Deserialize)]
pub struct Synthetic {
    /// How the values were chosen.
    pub written_from: String,
    /// The reference lines it was written from.
    pub citations: Vec<Citation>,
}

/// A reference: lines of a seed document, or a public reference page.
#[derive(Debug, Deserialize)]
pub struct Citation {
    /// Seed document file name.
    #[serde(default)]
    pub doc: Option<String>,
    /// First and last line (1-based, inclusive).
    #[serde(default)]
    pub lines: Option<[u32; 2]>,
    /// The address of a public reference page.
    #[serde(default)]
    pub page: Option<String>,
    /// What in the reference.
    pub section: String,
}

/// Where a sample comes from.
#[derive(Debug, Deserialize)]
pub struct Source {
    /// Seed document file name.
    pub doc: String,
    /// First and last line (1-based, inclusive).
    pub lines: [u32; 2],
    /// Method or event the document shows it under.
    pub label: String,
    /// Syntax repairs applied to make it JSON.
    pub repairs: Vec<String>,
}

/// `fixtures/invalid/manifest.json`: inputs that the decoder and the schema must both reject.
#[derive(Debug, Deserialize)]
pub struct InvalidManifest {
    /// The cases.
    pub cases: Vec<InvalidCase>,
}

/// One invalid input.
#[derive(Debug, Deserialize)]
pub struct InvalidCase {
    /// Path under `fixtures/invalid/`.
    pub path: String,
    /// What it is decoded as: `webex.message` or `webex.agentContact.<PayloadType>`.
    pub target: String,
    /// Why it must be rejected.
    pub why: String,
    /// JSON pointer the decoder must report (absent for syntax errors).
    pub pointer: Option<String>,
    /// The sample fixture it was derived from.
    pub derived_from: String,
    /// The one change made to that fixture.
    pub change: String,
}

/// Reads and parses a JSON file.
///
/// # Errors
/// I/O or parse failure, with the path.
pub fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}
