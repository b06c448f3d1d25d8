//! `cargo xtask langs`: build the TypeScript and Python packages of the exported schemas, install
//! each into a fresh project and prove the schemas through them.
//!
//! * `@ccwire/schemas` (npm, `langs/ts/`): the schemas, `.d.ts` types per schema
//!   (json-schema-to-typescript) and ajv standalone validators compiled at build time. It is
//!   packed with `npm pack`, installed into a fresh project (`npm ci` of a committed lock, the
//!   tarball's hash patched in), and there every fixture is validated and type-checked under
//!   `tsc --strict` (lenient and strict types), every invalid case rejected, and a usage
//!   example compiled and run.
//! * `ccwire-schemas` (PyPI, `langs/py/`): the schemas, pydantic v2 models per kind
//!   (datamodel-code-generator) and a `validate()` on `jsonschema` (Draft 2020-12). It is built
//!   into a wheel (flit_core), installed into a fresh virtual environment with its pinned runtime
//!   closure, and there pytest validates every fixture, rejects every invalid case and
//!   round-trips every fixture through its model.
//!
//! The build tools are pinned in `langs/package.json` + `langs/package-lock.json` and
//! `langs/requirements.txt`; `--install` installs them (from the npm registry and PyPI) under
//! `target/langs/`, which also receives the plan, the packages (`target/langs/dist/`), the fresh
//! projects, the logs and the reports. Nothing generated is committed. The packages' version is
//! the crates' version (`cargo metadata`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use serde_json::{Value, json};

use crate::error::{Context, Error, Result, bail};

/// The pinned files whose content decides whether an install is current.
const PINS: &[&str] = &[
    "langs/package.json",
    "langs/package-lock.json",
    "langs/requirements.txt",
];

/// The schemas that are not a kind of the registry, with the name the packages give them (lower
/// camel case after the vendor, so that no kind can take it).
const WIDER: &[(&str, &str)] = &[
    ("webex.message", "webex/message.json"),
    ("webex.routingEvent", "webex/routing-event.json"),
    ("sobot.event", "sobot/event.json"),
    ("lifecycle.event", "lifecycle/LifecycleEvent.json"),
    ("lifecycle.problem", "lifecycle/Problem.json"),
];

/// One language: its two steps (build the package, install it and check through it), run one
/// after the other; the two languages run side by side.
struct Lang {
    label: &'static str,
    program: PathBuf,
    build: &'static str,
    check: &'static str,
}

/// What one step did.
struct StepRun {
    label: &'static str,
    step: &'static str,
    /// `None` when the step did not run (its build failed) or could not be started.
    status: Option<std::process::ExitStatus>,
    why_not: Option<String>,
    seconds: f64,
    log: PathBuf,
    report: PathBuf,
}

/// Builds both packages, installs them into fresh projects and runs the checks (installing the
/// build tools first with `install`); `Ok(false)` when any check failed.
pub(crate) fn run(root: &Path, install: bool) -> Result<bool> {
    let root = &root
        .canonicalize()
        .with_context(|| root.display().to_string())?;
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
    let version = crate_version(root)?;
    let plan = plan(root, &version)?;
    let plan_path = work.join("plan.json");
    std::fs::write(&plan_path, serde_json::to_string_pretty(&plan)?)
        .with_context(|| format!("writing {}", plan_path.display()))?;
    println!(
        "langs: {} names ({} kinds), {} fixtures, {} invalid cases, version {version}",
        plan["names"].as_array().map_or(0, Vec::len),
        plan["kinds"].as_array().map_or(0, Vec::len),
        plan["fixtures"].as_array().map_or(0, Vec::len),
        plan["invalid"].as_array().map_or(0, Vec::len),
    );

    for dir in ["reports", "logs"] {
        let d = work.join(dir);
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).with_context(|| format!("creating {}", d.display()))?;
    }
    let langs = [
        Lang {
            label: "node",
            program: PathBuf::from("node"),
            build: "langs/ts/build.mjs",
            check: "langs/ts/check.mjs",
        },
        Lang {
            label: "python",
            program: python,
            build: "langs/py/build.py",
            check: "langs/py/check.py",
        },
    ];
    let runs: Vec<Vec<StepRun>> = std::thread::scope(|s| {
        let handles: Vec<_> = langs
            .iter()
            .map(|lang| s.spawn(|| run_lang(root, &work, &plan_path, lang)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join()
                    .map_err(|_| Error::msg("a langs step thread panicked"))
            })
            .collect::<Result<_>>()
    })?;

    let mut passed = 0u64;
    let mut failed = 0u64;
    for step in runs.iter().flatten() {
        let (p, f) = print_step(step)?;
        passed += p;
        failed += f;
    }
    println!("langs: {passed} passed, {failed} failed");
    Ok(failed == 0 && passed > 0)
}

/// Runs the build and then (when the build succeeded) the check of one language.
fn run_lang(root: &Path, work: &Path, plan: &Path, lang: &Lang) -> Vec<StepRun> {
    let mut out = Vec::new();
    for (step, script) in [("build", lang.build), ("check", lang.check)] {
        let log = work.join("logs").join(format!("{}-{step}.log", lang.label));
        let report = work
            .join("reports")
            .join(format!("{}-{step}.json", lang.label));
        let mut run = StepRun {
            label: lang.label,
            step,
            status: None,
            why_not: None,
            seconds: 0.0,
            log: log.clone(),
            report,
        };
        if out
            .iter()
            .any(|r: &StepRun| !r.status.is_some_and(|s| s.success()))
        {
            run.why_not = Some("not run: the build failed".to_owned());
            out.push(run);
            continue;
        }
        let started = Instant::now();
        let result = std::fs::File::create(&log).and_then(|file| {
            let err = file.try_clone()?;
            Command::new(&lang.program)
                .arg(root.join(script))
                .arg(plan)
                .arg(work)
                .current_dir(root)
                .stdin(Stdio::null())
                .stdout(file)
                .stderr(err)
                .status()
        });
        run.seconds = started.elapsed().as_secs_f64();
        match result {
            Ok(status) => run.status = Some(status),
            Err(e) => run.why_not = Some(format!("could not run {script}: {e}")),
        }
        out.push(run);
    }
    out
}

/// Prints one step's checks, notes and failures (and its log when it failed); its counts.
fn print_step(run: &StepRun) -> Result<(u64, u64)> {
    let (label, step) = (run.label, run.step);
    if let Some(why) = &run.why_not {
        println!("langs: FAILED {label} {step}: {why}");
        return Ok((0, 1));
    }
    let ok = run.status.is_some_and(|s| s.success());
    let status = run.status.map_or_else(|| "?".to_owned(), |s| s.to_string());
    println!(
        "langs: {label} {step}: {:.1} s (log: {})",
        run.seconds,
        run.log.display()
    );
    let mut passed = 0;
    let mut failed = 0;
    let report: Option<Value> = std::fs::read_to_string(&run.report)
        .ok()
        .map(|text| serde_json::from_str(&text))
        .transpose()
        .with_context(|| run.report.display().to_string())?;
    let Some(report) = report else {
        println!("langs: FAILED {label} {step}: no report written ({status})");
        print_log_tail(&run.log);
        return Ok((0, 1));
    };
    for (name, counts) in report
        .get("checks")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        let p = counts.get("passed").and_then(Value::as_u64).unwrap_or(0);
        let f = counts.get("failed").and_then(Value::as_u64).unwrap_or(0);
        println!("langs: {label} {name:<56} {p:>4} passed, {f} failed");
        passed += p;
        failed += f;
    }
    for note in report
        .get("notes")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        println!("langs: note {label}: {}", note.as_str().unwrap_or_default());
    }
    for failure in report
        .get("failures")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        println!(
            "langs: FAILED {label}: {}",
            failure.as_str().unwrap_or_default()
        );
    }
    if !ok {
        println!("langs: FAILED {label} {step}: exited with {status}");
        print_log_tail(&run.log);
        if failed == 0 {
            failed = 1;
        }
    }
    Ok((passed, failed))
}

fn print_log_tail(log: &Path) {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let from = lines.len().saturating_sub(60);
    println!(
        "langs: the last {} lines of {}:",
        lines.len() - from,
        log.display()
    );
    for line in &lines[from..] {
        println!("    {line}");
    }
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

/// The crates' version (the facade's, from `cargo metadata`): the packages carry it.
fn crate_version(root: &Path) -> Result<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(cargo)
        .args([
            "metadata",
            "--no-deps",
            "--format-version",
            "1",
            "--offline",
        ])
        .arg("--manifest-path")
        .arg(root.join("Cargo.toml"))
        .stderr(Stdio::inherit())
        .output()
        .with_context(|| "running cargo metadata")?;
    if !out.status.success() {
        bail!("cargo metadata failed ({})", out.status);
    }
    let meta: Value =
        serde_json::from_slice(&out.stdout).with_context(|| "reading cargo metadata")?;
    meta.get("packages")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .find(|p| p.get("name").and_then(Value::as_str) == Some("ccwire"))
        .and_then(|p| p.get("version").and_then(Value::as_str))
        .map(str::to_owned)
        .ok_or_else(|| Error::msg("cargo metadata lists no ccwire package with a version"))
}

/// What to build and check: every name the packages give a schema (the registry's kinds and the
/// wider schemas) with its lenient and strict files, every fixture with the names its whole value
/// and its payload must satisfy (the same mapping as the contract suite), every invalid case,
/// and the lifecycle output of every sequence capture.
fn plan(root: &Path, version: &str) -> Result<Value> {
    let schemas = root.join("schemas");
    let mut names = Vec::new();
    let mut by_schema = BTreeMap::new();
    let mut add = |name: &str, schema: String, kind: bool| -> Result<()> {
        if by_schema.values().any(|n: &String| n == name) {
            bail!("the name {name} is given twice");
        }
        let strict = format!("strict/{schema}");
        let strict = schemas.join(&strict).is_file().then_some(strict);
        names.push(json!({ "name": name, "schema": schema, "strict": strict, "kind": kind }));
        if let Some(other) = by_schema.insert(schema.clone(), name.to_owned()) {
            bail!("{schema} is named both {other} and {name}");
        }
        Ok(())
    };
    for k in ccwire_codec::kinds() {
        add(k.kind, k.schema_path(), true)?;
    }
    for (name, schema) in WIDER {
        add(name, (*schema).to_owned(), false)?;
    }
    // Every schema file has a name (or is the strict twin of one): a new one must be named here.
    let mut files = BTreeSet::new();
    collect_json(&schemas, &schemas, &mut files)?;
    for name in &names {
        for key in ["schema", "strict"] {
            if let Some(file) = name[key].as_str()
                && !files.remove(file)
            {
                bail!("{file} (of {}) is not under schemas/", name["name"]);
            }
        }
    }
    if !files.is_empty() {
        bail!(
            "schemas without a name in xtask/src/langs.rs (WIDER): {}",
            files.into_iter().collect::<Vec<_>>().join(", ")
        );
    }
    let name_of = |schema: &str| -> Result<String> {
        by_schema
            .get(schema)
            .cloned()
            .ok_or_else(|| Error::msg(format!("{schema} has no name")))
    };
    let kinds: Vec<&str> = ccwire_codec::kinds().iter().map(|k| k.kind).collect();

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
            wrappers.push(name_of("webex/message.json")?);
        }
        if kind.starts_with("genesys.serviceClient.") && framing == "envelope" {
            wrappers.push(name_of("genesys/service-client/Notification.json")?);
        }
        if kind.starts_with("genesys.cometd.") && framing == "envelope" {
            wrappers.push(name_of("genesys/cometd/CometdMessage.json")?);
        }
        if kind.starts_with("genesys.interactions.") && framing == "message" {
            wrappers.push(name_of("genesys/interactions/Operation.json")?);
        }
        if !kinds.contains(&kind) {
            bail!("fixtures/{path}: kind {kind} is not registered");
        }
        fixtures.push(json!({
            "path": format!("fixtures/{path}"),
            "kind": kind,
            "framing": framing,
            "payload": payload,
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
        if !by_schema.values().any(|n| n == target) {
            bail!("fixtures/invalid/{path}: target {target} is not a name");
        }
        invalid.push(json!({ "path": format!("fixtures/invalid/{path}"), "target": target }));
    }
    let lifecycle = lifecycle_output(root, &name_of)?;
    Ok(json!({
        "version": version,
        "schemas": "schemas",
        "names": names,
        "kinds": kinds,
        "fixtures": fixtures,
        "invalid": invalid,
        "lifecycle": lifecycle,
    }))
}

fn collect_json(dir: &Path, base: &Path, out: &mut BTreeSet<String>) -> Result<()> {
    for entry in std::fs::read_dir(dir).with_context(|| dir.display().to_string())? {
        let path = entry?.path();
        if path.is_dir() {
            collect_json(&path, base, out)?;
        } else if path.extension().is_some_and(|e| e == "json") {
            let rel = path.strip_prefix(base).unwrap_or(&path);
            out.insert(
                rel.components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/"),
            );
        }
    }
    Ok(())
}

/// The lifecycle events and problems of every sequence capture (`fixtures/sequences/`), each
/// with the name of its schema and the member a negative control gives a wrong type.
fn lifecycle_output(root: &Path, name_of: &dyn Fn(&str) -> Result<String>) -> Result<Vec<Value>> {
    let event = name_of("lifecycle/LifecycleEvent.json")?;
    let problem = name_of("lifecycle/Problem.json")?;
    let mut out = Vec::new();
    for (path, text) in crate::fixtures::sequences::read(root)? {
        let mut tracker = ccwire_lifecycle::Tracker::new();
        for (n, line) in text.lines().enumerate() {
            let at = format!("fixtures/{path}:{}", n + 1);
            let message =
                ccwire_codec::decode(line).map_err(|e| Error::msg(format!("{at}: {e}")))?;
            let seen = tracker.observe(&message);
            for e in seen.events {
                out.push(json!({ "at": at, "name": event, "value": e, "break": "step" }));
            }
            for p in seen.problems {
                out.push(json!({ "at": at, "name": problem, "value": p, "break": "code" }));
            }
        }
        for p in tracker.finish() {
            out.push(json!({ "at": format!("fixtures/{path}: end"), "name": problem, "value": p, "break": "code" }));
        }
    }
    Ok(out)
}

fn read_json(path: &PathBuf) -> Result<Value> {
    let text = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    serde_json::from_str(&text).with_context(|| path.display().to_string())
}
