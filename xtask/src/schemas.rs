//! `cargo xtask schemas`: write the JSON Schemas the model exports to `schemas/`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// Writes (or, with `check`, compares) every exported schema under `root/schemas/`.
///
/// Returns `Ok(false)` when `check` finds a difference.
pub(crate) fn run(root: &Path, check: bool) -> Result<bool, Error> {
    let dir = root.join("schemas");
    let mut files = ccwire_codec::schema::export();
    files.extend(ccwire_lifecycle::schemas());
    let mut wanted = BTreeSet::new();
    let mut differences = 0usize;
    for file in &files {
        let path = dir.join(&file.path);
        wanted.insert(path.clone());
        let mut text = serde_json::to_string_pretty(file.schema.as_value())
            .map_err(|e| Error::msg(format!("{}: {e}", file.path)))?;
        text.push('\n');
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(text.as_str()) {
            continue;
        }
        if check {
            differences += 1;
            println!(
                "{}: schemas/{}",
                if current.is_some() {
                    "stale"
                } else {
                    "missing"
                },
                file.path
            );
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .map_err(|e| Error::msg(format!("{}: {e}", parent.display())))?;
            }
            std::fs::write(&path, text)
                .map_err(|e| Error::msg(format!("{}: {e}", path.display())))?;
        }
    }
    for path in json_files(&dir) {
        if !wanted.contains(&path) {
            if check {
                differences += 1;
                println!("stray: {}", path.display());
            } else {
                std::fs::remove_file(&path)
                    .map_err(|e| Error::msg(format!("{}: {e}", path.display())))?;
            }
        }
    }
    if check && differences > 0 {
        println!("{differences} schema file(s) differ; run `cargo xtask schemas`");
        return Ok(false);
    }
    println!(
        "{} schemas {}",
        files.len(),
        if check { "up to date" } else { "written" }
    );
    Ok(true)
}

fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                out.extend(json_files(&path));
            } else if path.extension().is_some_and(|e| e == "json") {
                out.push(path);
            }
        }
    }
    out
}
