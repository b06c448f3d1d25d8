//! `fixtures/webex-coverage.json`: every row of the Webex samples catalogue is either a fixture
//! listed in `fixtures/manifest.json` (same document, lines and label) or excluded with one of
//! the allowed reasons; and every Webex fixture source is a catalogue row.

use std::collections::{BTreeMap, BTreeSet};

use ccwire_contract_tests::{Manifest, fixtures_dir};
use libtest_mimic::{Failed, Trial};
use serde::Deserialize;

use crate::fail;

/// Why a catalogue row may be left out of the fixtures.
const REASONS: &[&str] = &["typescript-type", "code", "placeholder", "devtools-dump"];

#[derive(Debug, Deserialize)]
struct Coverage {
    rows: u16,
    entries: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
struct Entry {
    row: u16,
    doc: String,
    lines: [u32; 2],
    label: String,
    status: String,
    fixture: Option<String>,
    kind: Option<String>,
    reason: Option<String>,
    why: Option<String>,
}

pub(crate) fn trials() -> Vec<Trial> {
    vec![Trial::test(
        "coverage::every_webex_sample_is_a_fixture_or_excluded",
        every_sample_covered,
    )]
}

fn every_sample_covered() -> Result<(), Failed> {
    let coverage: Coverage =
        ccwire_contract_tests::read_json(&fixtures_dir().join("webex-coverage.json"))
            .map_err(fail)?;
    let manifest: Manifest =
        ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    let mut problems = Vec::new();
    let mut seen = BTreeMap::new();
    for e in &coverage.entries {
        if seen.insert(e.row, e).is_some() {
            problems.push(format!("row {} listed twice", e.row));
        }
    }
    let missing: Vec<u16> = (1..=coverage.rows)
        .filter(|r| !seen.contains_key(r))
        .collect();
    if !missing.is_empty() {
        problems.push(format!("rows neither a fixture nor excluded: {missing:?}"));
    }
    let docs: BTreeSet<&str> = coverage.entries.iter().map(|e| e.doc.as_str()).collect();
    let mut covered_sources = BTreeSet::new();
    for e in &coverage.entries {
        match e.status.as_str() {
            "fixture" => {
                let found = manifest
                    .fixtures
                    .iter()
                    .find(|f| Some(&f.path) == e.fixture.as_ref());
                match found {
                    None => problems.push(format!(
                        "row {}: fixture {:?} is not in the manifest",
                        e.row, e.fixture
                    )),
                    Some(f) => {
                        if Some(&f.kind) != e.kind.as_ref() {
                            problems.push(format!(
                                "row {}: kind {:?}, manifest says {}",
                                e.row, e.kind, f.kind
                            ));
                        }
                        if !f
                            .sources
                            .iter()
                            .any(|s| s.doc == e.doc && s.lines == e.lines && s.label == e.label)
                        {
                            problems.push(format!(
                                "row {}: {} has no source {} L{:?}",
                                e.row, f.path, e.doc, e.lines
                            ));
                        }
                    }
                }
                covered_sources.insert((e.doc.clone(), e.lines));
            }
            "excluded" => {
                if !e.reason.as_deref().is_some_and(|r| REASONS.contains(&r)) {
                    problems.push(format!(
                        "row {}: exclusion reason {:?} is not one of {REASONS:?}",
                        e.row, e.reason
                    ));
                }
                if e.why.as_deref().is_none_or(str::is_empty) {
                    problems.push(format!("row {}: exclusion without an explanation", e.row));
                }
            }
            other => problems.push(format!("row {}: unknown status {other:?}", e.row)),
        }
    }
    for f in &manifest.fixtures {
        for s in f.sources.iter().filter(|s| docs.contains(s.doc.as_str())) {
            if !covered_sources.contains(&(s.doc.clone(), s.lines)) {
                problems.push(format!(
                    "{}: source {} L{:?} is not a catalogue row",
                    f.path, s.doc, s.lines
                ));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(fail(problems.join("\n")))
    }
}
