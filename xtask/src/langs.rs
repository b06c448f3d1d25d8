//! `cargo xtask langs`: prove the exported schemas outside Rust.
//!
//! Node (ajv, json-schema-to-typescript, tsc) and Python (jsonschema, datamodel-code-generator,
//! pydantic v2) check every fixture against the committed `schemas/`:
//!
//! * both validators accept every fixture (the whole message against its wrapper schema, the
//!   payload against its kind's schema) and reject every `fixtures/invalid/` case;
//! * TypeScript types generated from every schema compile with `tsc --strict`, and every fixture
//!   type-checks against the type of its kind (lenient and strict schemas);
//! * pydantic models generated from every kind schema load every fixture of their kind and dump
//!   it back to an equal JSON value.
//!
//! The tools are pinned in `langs/package.json` + `langs/package-lock.json` and
//! `langs/requirements.txt`; `--install` installs them (from the npm registry and PyPI) under
//! `target/langs/`, which also receives the plan, the generated code and the reports. Nothing
//! generated is committed.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

use crate::error::{Context, Error, Result, bail};

/// The pinned files whose content decides whether an install is current.
const PINS: &[&str] = &[
    "langs/package.json",
    "langs/package-lock.json",
    "langs/requirements.txt",
];

/// Runs the language checks (installing the tools first with `install`); `Ok(false)` when any
/// check failed.
pub(crate) fn run(root: &Path, install: bool) -> Result<bool> {
    let work = root.join("target").join("langs");
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    if install {
        install_tools(root, &work)?;
    }
    let node_modules = work.join("node").join("node_modules");
    let python = work.join("venv").join("bin").join("python");
    if !node_modules.is_dir() || !python.is_file() {
        bail!(
            "the pinned tools are not installed under {}: run `cargo xtask langs --install`",
            work.display()
        );
    }
    let plan = plan(root)?;
    let plan_path = work.join("plan.json");
    std::fs::write(&plan_path, serde_json::to_string_pretty(&plan)?)
        .with_context(|| format!("writing {}", plan_path.display()))?;

    let mut passed = 0u64;
    let mut failed = 0u64;
    let mut ok = true;
    for (lang, mut cmd) in [
        ("node", {
            let mut c = Command::new("node");
            c.arg(root.join("langs").join("check.mjs"));
            c
        }),
        ("python", {
            let mut c = Command::new(&python);
            c.arg(root.join("langs").join("check.py"));
            c
        }),
    ] {
        let report_path = work.join(format!("{lang}-report.json"));
        let _ = std::fs::remove_file(&report_path);
        let status = cmd
            .arg(&plan_path)
            .arg(&work)
            .current_dir(root)
            .status()
            .with_context(|| format!("running the {lang} checks"))?;
        let report: Value = match std::fs::read_to_string(&report_path) {
            Ok(text) => {
                serde_json::from_str(&text).with_context(|| report_path.display().to_string())?
            }
            Err(_) => {
                println!("langs: the {lang} checks wrote no report (exit {status})");
                ok = false;
                failed += 1;
                continue;
            }
        };
        if !status.success() {
            ok = false;
        }
        for (name, counts) in report
            .get("checks")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            let p = counts.get("passed").and_then(Value::as_u64).unwrap_or(0);
            let f = counts.get("failed").and_then(Value::as_u64).unwrap_or(0);
            println!("langs: {lang} {name:<44} {p:>4} passed, {f} failed");
            passed += p;
            failed += f;
        }
        for note in report
            .get("notes")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            println!("langs: note {lang}: {}", note.as_str().unwrap_or_default());
        }
        for failure in report
            .get("failures")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            println!(
                "langs: FAILED {lang}: {}",
                failure.as_str().unwrap_or_default()
            );
        }
    }
    if failed > 0 {
        ok = false;
    }
    println!("langs: {passed} passed, {failed} failed");
    Ok(ok)
}

/// Installs the pinned Node and Python tools under `work/` unless the pins are unchanged since
/// the last install.
fn install_tools(root: &Path, work: &Path) -> Result<()> {
    let mut pins = String::new();
    for pin in PINS {
        pins.push_str(&std::fs::read_to_string(root.join(pin)).with_context(|| (*pin).to_owned())?);
    }
    let stamp = work.join("installed-pins");
    let node = work.join("node");
    let venv = work.join("venv");
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(pins.as_str())
        && node.join("node_modules").is_dir()
        && venv.join("bin").join("python").is_file()
    {
        println!(
            "langs: pinned tools already installed in {}",
            work.display()
        );
        return Ok(());
    }
    let _ = std::fs::remove_file(&stamp);
    std::fs::create_dir_all(&node)?;
    for file in ["package.json", "package-lock.json"] {
        std::fs::copy(root.join("langs").join(file), node.join(file))
            .with_context(|| format!("copying langs/{file}"))?;
    }
    // `npm ci` installs exactly the lockfile (versions and integrity hashes).
    command(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
            .current_dir(&node),
    )?;
    if !venv.join("bin").join("python").is_file() {
        command(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    }
    // The requirements file pins the whole closure, so nothing unpinned is resolved.
    command(
        Command::new(venv.join("bin").join("python"))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "-r",
            ])
            .arg(root.join("langs").join("requirements.txt")),
    )?;
    std::fs::write(&stamp, pins)?;
    Ok(())
}

fn command(cmd: &mut Command) -> Result<()> {
    let status = cmd.status().with_context(|| format!("running {cmd:?}"))?;
    if !status.success() {
        bail!("{cmd:?} failed ({status})");
    }
    Ok(())
}

/// What to check: every kind with its schema, every fixture with the schemas its whole value and
/// its payload must satisfy (the same mapping as the contract suite), every invalid case.
fn plan(root: &Path) -> Result<Value> {
    let kinds: Vec<Value> = ccwire_codec::kinds()
        .iter()
        .map(|k| json!({ "kind": k.kind, "schema": k.schema_path() }))
        .collect();
    let schema_of = |kind: &str| -> Result<String> {
        ccwire_codec::kind(kind)
            .map(|k| k.schema_path())
            .ok_or_else(|| Error::msg(format!("kind {kind} is not registered")))
    };

    let manifest = read_json(&root.join("fixtures").join("manifest.json"))?;
    let mut fixtures = Vec::new();
    for entry in manifest
        .get("fixtures")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let path = entry
            .get("path")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let kind = entry
            .get("kind")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let framing = entry
            .get("framing")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let payload = if matches!(framing, "envelope" | "data-only") {
            "/data"
        } else {
            ""
        };
        let mut wrappers = Vec::new();
        if kind.starts_with("webex.") && !matches!(framing, "request" | "payload") {
            wrappers.push("webex/message.json");
        }
        if kind.starts_with("genesys.serviceClient.") && framing == "envelope" {
            wrappers.push("genesys/service-client/Notification.json");
        }
        if kind.starts_with("genesys.cometd.") && framing == "envelope" {
            wrappers.push("genesys/cometd/CometdMessage.json");
        }
        if kind.starts_with("genesys.interactions.") && framing == "message" {
            wrappers.push("genesys/interactions/Operation.json");
        }
        fixtures.push(json!({
            "path": format!("fixtures/{path}"),
            "kind": kind,
            "framing": framing,
            "payload": payload,
            "schema": schema_of(kind).with_context(|| path.to_owned())?,
            "wrappers": wrappers,
        }));
    }

    let invalid_manifest = read_json(&root.join("fixtures").join("invalid").join("manifest.json"))?;
    let mut invalid = Vec::new();
    for case in invalid_manifest
        .get("cases")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let path = case.get("path").and_then(Value::as_str).unwrap_or_default();
        let target = case
            .get("target")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let schema = if target == "webex.message" {
            "webex/message.json".to_owned()
        } else {
            schema_of(target)?
        };
        invalid.push(json!({ "path": format!("fixtures/invalid/{path}"), "target": target, "schema": schema }));
    }
    let lifecycle = lifecycle_output(root)?;
    Ok(
        json!({ "schemas": "schemas", "kinds": kinds, "fixtures": fixtures, "invalid": invalid, "lifecycle": lifecycle }),
    )
}

/// The lifecycle events and problems of every sequence capture (`fixtures/sequences/`), each
/// with its schema and the member a negative control gives a wrong type.
fn lifecycle_output(root: &Path) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    for (path, text) in crate::fixtures::sequences::read(root)? {
        let mut tracker = ccwire_lifecycle::Tracker::new();
        for (n, line) in text.lines().enumerate() {
            let at = format!("fixtures/{path}:{}", n + 1);
            let message =
                ccwire_codec::decode(line).map_err(|e| Error::msg(format!("{at}: {e}")))?;
            let seen = tracker.observe(&message);
            for e in seen.events {
                out.push(json!({ "at": at, "schema": "lifecycle/LifecycleEvent.json", "value": e, "break": "step" }));
            }
            for p in seen.problems {
                out.push(json!({ "at": at, "schema": "lifecycle/Problem.json", "value": p, "break": "code" }));
            }
        }
        for p in tracker.finish() {
            out.push(json!({ "at": format!("fixtures/{path}: end"), "schema": "lifecycle/Problem.json", "value": p, "break": "code" }));
        }
    }
    Ok(out)
}

fn read_json(path: &PathBuf) -> Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    serde_json::from_str(&text).with_context(|| path.display().to_string())
}
