//! Schema and decoder agree: for variants of every fixture (a member dropped, a value of another
//! JSON type, an unknown member added, an unknown enum value, an unknown kind, `null` in place of
//! a value), the exported schema accepts exactly the variants the decoder accepts — the lenient
//! schema with the lenient decoder, the `strict/` schema with strict validation.

use std::fmt::Write as _;

use ccwire_codec::Mode;
use ccwire_contract_tests::{Manifest, fixtures_dir};
use libtest_mimic::{Failed, Trial};
use serde_json::{Map, Value};

use crate::{fail, schemas};

/// At most this many variants of each mutation family per fixture, spread over the document.
const PER_FAMILY: usize = 24;

pub(crate) fn trials() -> Vec<Trial> {
    vec![Trial::test(
        "agreement::schema_and_decoder_accept_the_same_variants",
        schema_and_decoder_accept_the_same_variants,
    )]
}

fn schema_and_decoder_accept_the_same_variants() -> Result<(), Failed> {
    let manifest: Manifest =
        ccwire_contract_tests::read_json(&fixtures_dir().join("manifest.json")).map_err(fail)?;
    let mut total = 0usize;
    let mut accepted = [0usize; 2];
    let mut disagreements = Vec::new();
    for entry in &manifest.fixtures {
        let value: Value =
            ccwire_contract_tests::read_json(&fixtures_dir().join(&entry.path)).map_err(fail)?;
        // Webex messages are checked whole (framing, envelope type and kind) against the message
        // schema; every other fixture against its kind's own schema, decoded as that kind.
        let by_name = !entry.kind.starts_with("webex.")
            || matches!(entry.framing.as_str(), "request" | "payload");
        let schema_path = if by_name {
            ccwire_codec::kind(&entry.kind)
                .ok_or_else(|| fail(format!("{} not registered", entry.kind)))?
                .schema_path()
        } else if entry.kind.starts_with("webex.") {
            "webex/message.json".to_owned()
        } else {
            ccwire_codec::kind(&entry.kind)
                .ok_or_else(|| fail(format!("{} not registered", entry.kind)))?
                .schema_path()
        };
        for (what, variant) in variants(&value) {
            total += 1;
            let text = variant.to_string();
            for (i, mode) in [Mode::Lenient, Mode::Strict].into_iter().enumerate() {
                let report = if by_name {
                    ccwire_codec::validate_as(&entry.kind, &text, mode)
                } else {
                    ccwire_codec::validate(&text, mode)
                };
                let path = if mode == Mode::Strict {
                    format!("strict/{schema_path}")
                } else {
                    schema_path.clone()
                };
                let schema_ok = schemas::accepts(&path, &variant)?;
                if report.valid {
                    accepted[i] += 1;
                }
                if report.valid != schema_ok {
                    let problems: Vec<String> =
                        report.problems.iter().map(ToString::to_string).collect();
                    disagreements.push(format!(
                        "{} [{what}] {mode:?}: decoder {}, schema {} {problems:?}",
                        entry.path,
                        if report.valid { "accepts" } else { "rejects" },
                        if schema_ok { "accepts" } else { "rejects" },
                    ));
                }
            }
        }
    }
    let summary = format!(
        "{total} variants of {} fixtures, checked in 2 modes; decoder accepted {} (lenient) and {} (strict); {} disagreements",
        manifest.fixtures.len(),
        accepted[0],
        accepted[1],
        disagreements.len()
    );
    println!("{summary}");
    if disagreements.is_empty() {
        Ok(())
    } else {
        let mut msg = summary;
        for d in disagreements.iter().take(20) {
            let _ = write!(msg, "\n{d}");
        }
        Err(fail(msg))
    }
}

/// Every location in the document: its JSON pointer and value.
fn locations(v: &Value, at: &str, out: &mut Vec<(String, Value)>) {
    out.push((at.to_owned(), v.clone()));
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                locations(x, &ccwire_wire::inspect::child(at, k), out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                locations(x, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// Up to `n` items spread evenly over `items`.
fn spread<T: Clone>(items: &[T], n: usize) -> Vec<T> {
    if items.len() <= n {
        return items.to_vec();
    }
    (0..n)
        .filter_map(|i| items.get(i * items.len() / n).cloned())
        .collect()
}

/// Replaces (or with `None`, removes) the value at `pointer`.
fn edit(root: &Value, pointer: &str, new: Option<Value>) -> Value {
    let mut out = root.clone();
    let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", pointer));
    let key = last.replace("~1", "/").replace("~0", "~");
    match out.pointer_mut(parent) {
        Some(Value::Object(map)) => match new {
            Some(v) => {
                map.insert(key, v);
            }
            None => {
                map.remove(&key);
            }
        },
        Some(Value::Array(items)) => {
            if let Ok(i) = key.parse::<usize>() {
                match new {
                    Some(v) if i < items.len() => items[i] = v,
                    None if i < items.len() => {
                        items.remove(i);
                    }
                    _ => {}
                }
            }
        }
        _ => {}
    }
    out
}

/// A value of another JSON type than `v`.
fn other_type(v: &Value) -> Value {
    match v {
        Value::String(_) => Value::from(7),
        Value::Number(_) => Value::from("7"),
        Value::Bool(_) => Value::from("maybe"),
        Value::Null => Value::from(0),
        Value::Array(_) => Value::Object(Map::new()),
        Value::Object(_) => Value::Array(Vec::new()),
    }
}

pub(crate) fn variants(doc: &Value) -> Vec<(String, Value)> {
    let mut locs = Vec::new();
    locations(doc, "", &mut locs);
    let members: Vec<_> = locs
        .iter()
        .filter(|(p, _)| {
            !p.is_empty()
                && p.rsplit('/')
                    .next()
                    .is_none_or(|k| k.parse::<usize>().is_err())
        })
        .cloned()
        .collect();
    let objects: Vec<_> = locs
        .iter()
        .filter(|(_, v)| v.is_object())
        .cloned()
        .collect();
    let strings: Vec<_> = members
        .iter()
        .filter(|(_, v)| v.is_string())
        .cloned()
        .collect();
    let mut out = vec![("original".to_owned(), doc.clone())];
    for (p, _) in spread(&members, PER_FAMILY) {
        out.push((format!("drop {p}"), edit(doc, &p, None)));
    }
    for (p, v) in spread(&locs[1..], PER_FAMILY) {
        out.push((format!("retype {p}"), edit(doc, &p, Some(other_type(&v)))));
    }
    for (p, _) in spread(&objects, PER_FAMILY) {
        out.push((
            format!("add member under {p}"),
            edit(doc, &format!("{p}/zzFutureMember"), Some(Value::from(1))),
        ));
    }
    for (p, _) in spread(&strings, PER_FAMILY) {
        out.push((
            format!("unknown value at {p}"),
            edit(doc, &p, Some(Value::from("zz-future-value"))),
        ));
    }
    for (p, _) in spread(&members, PER_FAMILY) {
        out.push((format!("null at {p}"), edit(doc, &p, Some(Value::Null))));
    }
    for p in ["/type", "/data/type"] {
        if doc.pointer(p).is_some() {
            out.push((
                format!("unknown kind at {p}"),
                edit(doc, p, Some(Value::from("FutureKind"))),
            ));
        }
    }
    out
}
