//! Every fixture in `fixtures/manifest.json`: it decodes to its kind, re-encodes to the same
//! JSON value, validates against the exported schema, matches its snapshot, and never shows a
//! secure CAD value in `Debug` output.

use std::sync::Arc;

use ccwire_codec::{Message, Payload};
use ccwire_contract_tests::{FixtureEntry, Manifest, fixtures_dir};
use ccwire_genesys::GenesysMessage;
use ccwire_webex::Framing;
use libtest_mimic::{Failed, Trial};
use serde_json::Value;

use crate::{fail, schemas};

/// A decoded fixture.
#[derive(Debug)]
enum Decoded {
    Message(Message),
    Payload(Box<dyn Payload>),
}

impl Decoded {
    fn to_value(&self) -> Result<Value, Failed> {
        match self {
            Self::Message(m) => ccwire_codec::to_value(m),
            Self::Payload(p) => p.to_json(),
        }
        .map_err(|e| fail(e.to_string()))
    }
}

/// Framings whose fixtures carry no discriminator and are decoded by kind name: `request`
/// (method arguments) and `payload` (return values and other undiscriminated objects). The
/// others (`envelope`, `data-only`, `bare` for Webex, `message` for other vendors) are detected
/// from their content.
fn by_name(framing: &str) -> bool {
    matches!(framing, "request" | "payload")
}

/// One named check of a fixture.
type Check = fn(&Fixture) -> Result<(), Failed>;

struct Fixture {
    entry: FixtureEntry,
    text: String,
}

impl Fixture {
    fn decode(&self) -> Result<Decoded, Failed> {
        if by_name(&self.entry.framing) {
            ccwire_codec::decode_as(&self.entry.kind, &self.text)
                .map(Decoded::Payload)
                .map_err(|e| fail(e.to_string()))
        } else {
            ccwire_codec::decode(&self.text)
                .map(Decoded::Message)
                .map_err(|e| fail(e.to_string()))
        }
    }

    fn value(&self) -> Result<Value, Failed> {
        serde_json::from_str(&self.text).map_err(|e| fail(e.to_string()))
    }
}

pub(crate) fn trials() -> Vec<Trial> {
    let manifest: Manifest =
        match ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")) {
            Ok(m) => m,
            Err(e) => {
                return vec![Trial::test("fixtures::manifest_is_readable", move || {
                    Err(fail(e.clone()))
                })];
            }
        };
    let mut trials = vec![Trial::test(
        "fixtures::manifest_lists_every_fixture_file",
        {
            let listed: Vec<String> = manifest.fixtures.iter().map(|f| f.path.clone()).collect();
            move || manifest_lists_every_fixture_file(&listed)
        },
    )];
    for entry in manifest.fixtures {
        let path = fixtures_dir().join(&entry.path);
        let name = entry.path.clone();
        let fixture = match std::fs::read_to_string(&path) {
            Ok(text) => Arc::new(Fixture { entry, text }),
            Err(e) => {
                let msg = format!("{}: {e}", path.display());
                trials.push(Trial::test(
                    format!("fixture::{name}::is_readable"),
                    move || Err(fail(msg.clone())),
                ));
                continue;
            }
        };
        let checks: [(&str, Check); 7] = [
            ("has_provenance", has_provenance),
            ("decodes_to_its_kind", decodes_to_its_kind),
            ("models_every_member", models_every_member),
            ("reencodes_to_the_same_json", reencodes_to_the_same_json),
            ("validates_against_its_schema", validates_against_its_schema),
            ("matches_its_snapshot", matches_its_snapshot),
            (
                "keeps_secure_values_out_of_debug",
                keeps_secure_values_out_of_debug,
            ),
        ];
        for (check, f) in checks {
            let fixture = Arc::clone(&fixture);
            trials.push(Trial::test(
                format!("fixture::{name}::{check}"),
                move || f(&fixture),
            ));
        }
    }
    trials
}

fn manifest_lists_every_fixture_file(listed: &[String]) -> Result<(), Failed> {
    let mut on_disk = Vec::new();
    // Every vendor directory (`webex/`, `sobot/`, …); `invalid/` and `sequences/` have their
    // own manifests.
    for entry in std::fs::read_dir(fixtures_dir())
        .into_iter()
        .flatten()
        .flatten()
    {
        if entry.path().is_dir()
            && !matches!(entry.file_name().to_str(), Some("invalid" | "sequences"))
        {
            collect(&entry.path(), &mut on_disk);
        }
    }
    // The sequence captures, each in `sequences/manifest.json`.
    #[derive(serde::Deserialize)]
    struct Sequences {
        sequences: Vec<SequenceEntry>,
    }
    #[derive(serde::Deserialize)]
    struct SequenceEntry {
        path: String,
    }
    let sequences: Sequences =
        ccwire_contract_tests::read_json(&fixtures_dir().join("sequences/manifest.json"))
            .map_err(fail)?;
    let mut listed = listed.to_vec();
    listed.extend(sequences.sequences.into_iter().map(|e| e.path));
    listed.push("sequences/manifest.json".to_owned());
    collect(&fixtures_dir().join("sequences"), &mut on_disk);
    let missing: Vec<_> = on_disk.iter().filter(|p| !listed.contains(p)).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(fail(format!("fixtures not in the manifest: {missing:?}")))
    }
}

fn collect(dir: &std::path::Path, out: &mut Vec<String>) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                collect(&path, out);
            } else if let Ok(rel) = path.strip_prefix(fixtures_dir()) {
                out.push(rel.to_string_lossy().replace('\\', "/"));
            }
        }
    }
}

/// A sample names where it was printed; a synthetic fixture (no sources) names the reference
/// lines it was written from (`cargo xtask fixtures` checks that those lines name every member
/// it writes).
fn has_provenance(f: &Fixture) -> Result<(), Failed> {
    match (&f.entry.synthetic, f.entry.sources.is_empty()) {
        (None, true) => return Err(fail("no source")),
        (Some(_), false) => return Err(fail("both sources and synthetic")),
        (Some(s), true) => {
            let complete = !s.written_from.is_empty()
                && !s.citations.is_empty()
                && s.citations.iter().all(|c| {
                    let seed = match (&c.doc, c.lines) {
                        (Some(doc), Some([first, last])) => {
                            !doc.is_empty() && first > 0 && last >= first
                        }
                        _ => false,
                    };
                    let page = c.page.as_deref().is_some_and(|p| p.starts_with("https://"));
                    !c.section.is_empty() && (seed != page)
                });
            if !complete {
                return Err(fail(format!("incomplete synthetic provenance: {s:?}")));
            }
        }
        (None, false) => {}
    }
    for s in &f.entry.sources {
        let [first, last] = s.lines;
        if s.doc.is_empty() || s.label.is_empty() || first == 0 || last < first {
            return Err(fail(format!("incomplete source: {s:?}")));
        }
    }
    Ok(())
}

fn decodes_to_its_kind(f: &Fixture) -> Result<(), Failed> {
    match f.decode()? {
        Decoded::Payload(_) => {
            let spec =
                ccwire_codec::kind(&f.entry.kind).ok_or_else(|| fail("kind not registered"))?;
            if spec.detectable {
                return Err(fail("a detectable kind must be decoded from its content"));
            }
        }
        Decoded::Message(m) => {
            let kind = m.kind();
            if !kind.known || kind.to_string() != f.entry.kind {
                return Err(fail(format!(
                    "decoded as {kind} (known: {}), manifest says {}",
                    kind.known, f.entry.kind
                )));
            }
            let detected = ccwire_codec::detect(&f.text).map_err(|e| fail(e.to_string()))?;
            if detected.to_string() != f.entry.kind || !detected.known {
                return Err(fail(format!(
                    "detected as {detected}, manifest says {}",
                    f.entry.kind
                )));
            }
            let framing = match &m {
                Message::Webex(msg) => match msg.framing {
                    Framing::Envelope { .. } => "envelope",
                    Framing::DataOnly { .. } => "data-only",
                    Framing::Bare => "bare",
                    _ => "other",
                },
                // Service Client notifications are `{event, data}` envelopes, CometD
                // notifications as published `{channel, data}` ones; operation requests and
                // bare CometD data are whole messages.
                Message::Genesys(GenesysMessage::Notification(_) | GenesysMessage::Cometd(_)) => {
                    "envelope"
                }
                _ => "message",
            };
            if framing != f.entry.framing {
                return Err(fail(format!(
                    "framing {framing}, manifest says {}",
                    f.entry.framing
                )));
            }
        }
    }
    Ok(())
}

/// Every member the documents show is modelled: decoding a fixture leaves nothing in `extra`
/// and meets no unknown kind. Unknown enum values are allowed only where the documents print
/// placeholder data (listed here).
fn models_every_member(f: &Fixture) -> Result<(), Failed> {
    use ccwire_wire::inspect::{FindingKind, Inspect};
    // Template residue the documents print: `mediaChannel: "type"` (L3312, L4271, L7091, L7868),
    // a CAD `type: "s"` (L1380) and a consultV2 `destinationType` holding an id (L6545).
    const PLACEHOLDER_VALUES: &[&str] = &[
        "type",
        "s",
        "f795f41f - 3782 - 44 fa - 97 a4 - c8b4dc029477",
    ];
    let findings = match f.decode()? {
        Decoded::Message(m) => m.findings(),
        Decoded::Payload(p) => p.findings(),
    };
    let drift: Vec<_> = findings
        .iter()
        .filter(|x| match x.kind {
            FindingKind::TextForm => false,
            FindingKind::UnknownValue => !PLACEHOLDER_VALUES.contains(&x.detail.as_str()),
            _ => true,
        })
        .collect();
    if drift.is_empty() {
        Ok(())
    } else {
        Err(fail(format!("not modelled: {drift:#?}")))
    }
}

/// Compared by canonical text (`ccwire_wire::json::canonical`): the same values, and every
/// number written the same way (a `serde_json::Value` comparison cannot see `1e2` become
/// `100.0`).
fn reencodes_to_the_same_json(f: &Fixture) -> Result<(), Failed> {
    let decoded = f.decode()?;
    let text = match &decoded {
        Decoded::Message(m) => ccwire_codec::encode(m),
        Decoded::Payload(p) => p.to_json_text(),
    }
    .map_err(|e| fail(e.to_string()))?;
    let canonical = |t: &str| ccwire_wire::json::canonical(t).map_err(|e| fail(e.to_string()));
    if canonical(&f.text)? == canonical(&text)? {
        Ok(())
    } else {
        let (original, reencoded) = (f.value()?, decoded.to_value()?);
        Err(fail(format!(
            "re-encoded JSON differs:\n{}",
            first_difference(&original, &reencoded, String::new())
        )))
    }
}

fn first_difference(a: &Value, b: &Value, at: String) -> String {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    None => return format!("{at}/{k}: dropped"),
                    Some(w) if v != w => return first_difference(v, w, format!("{at}/{k}")),
                    Some(_) => {}
                }
            }
            for k in y.keys() {
                if !x.contains_key(k) {
                    return format!("{at}/{k}: added");
                }
            }
            format!("{at}: differs")
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if v != w {
                    return first_difference(v, w, format!("{at}/{i}"));
                }
            }
            format!("{at}: differs")
        }
        _ => format!("{at}: {a} became {b}"),
    }
}

/// What a fixture's kind decodes: the `data` of an envelope (or a data-only message), else the
/// whole fixture.
pub(crate) fn payload<'v>(entry: &FixtureEntry, value: &'v Value) -> Result<&'v Value, Failed> {
    match entry.framing.as_str() {
        "envelope" | "data-only" => value.get("data").ok_or_else(|| fail("no data member")),
        _ => Ok(value),
    }
}

fn validates_against_its_schema(f: &Fixture) -> Result<(), Failed> {
    let value = f.value()?;
    let spec = ccwire_codec::kind(&f.entry.kind).ok_or_else(|| fail("kind not registered"))?;
    let payload = payload(&f.entry, &value)?;
    if f.entry.kind.starts_with("genesys.cometd.") && f.entry.framing == "envelope" {
        schemas::check("genesys/cometd/CometdMessage.json", &value)?;
    }
    if f.entry.kind.starts_with("webex.") && !by_name(&f.entry.framing) {
        schemas::check("webex/message.json", &value)?;
    }
    if f.entry.kind.starts_with("genesys.serviceClient.") && f.entry.framing == "envelope" {
        schemas::check("genesys/service-client/Notification.json", &value)?;
    }
    if f.entry.kind.starts_with("genesys.interactions.") && f.entry.framing == "message" {
        schemas::check("genesys/interactions/Operation.json", &value)?;
    }
    schemas::check(&spec.schema_path(), payload)
}

fn matches_its_snapshot(f: &Fixture) -> Result<(), Failed> {
    let decoded = f.decode()?;
    let name = f.entry.path.trim_end_matches(".json").replace('/', "__");
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.set_sort_maps(true);
    settings.set_info(&serde_json::json!({ "kind": f.entry.kind, "sources": f.entry.sources.iter().map(|s| format!("{} L{}-{}", s.doc, s.lines[0], s.lines[1])).collect::<Vec<_>>() }));
    settings.bind(|| insta::assert_snapshot!(name, format!("{decoded:#?}")));
    Ok(())
}

fn keeps_secure_values_out_of_debug(f: &Fixture) -> Result<(), Failed> {
    let mut secure = Vec::new();
    secure_values(&f.value()?, &mut secure);
    let debug = format!("{:?} {:#?}", f.decode()?, f.decode()?);
    for value in secure {
        if debug.contains(&value) {
            return Err(fail(format!(
                "secure value {value:?} appears in Debug output"
            )));
        }
    }
    Ok(())
}

/// Values of every object with `"isSecure": true`.
fn secure_values(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if map.get("isSecure") == Some(&Value::Bool(true))
                && let Some(Value::String(s)) = map.get("value")
            {
                out.push(s.clone());
            }
            map.values().for_each(|x| secure_values(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| secure_values(x, out)),
        _ => {}
    }
}
