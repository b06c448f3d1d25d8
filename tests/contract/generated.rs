//! Generated values of every registered kind: instances built from the kind's exported schema
//! (random choice of optional members, enum values, union branches and scalar values) are
//! accepted by the decoder whenever the schema accepts them, and decode → encode gives back the
//! same JSON value and decode(encode(x)) equals x.

use ccwire_contract_tests::schemas_dir;
use libtest_mimic::{Failed, Trial};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::{Map, Value, json};

use crate::{fail, schemas};

/// Instances generated per kind.
const PER_KIND: usize = 24;

pub(crate) fn trials() -> Vec<Trial> {
    vec![Trial::test(
        "generated::every_kind_round_trips_generated_values",
        every_kind_round_trips_generated_values,
    )]
}

struct Gen<'a> {
    root: &'a Value,
    rng: TestRng,
}

impl Gen<'_> {
    fn resolve<'s>(&'s self, schema: &'s Value) -> &'s Value {
        match schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            Some(name) => self
                .root
                .pointer(&format!("/$defs/{name}"))
                .unwrap_or(schema),
            None => schema,
        }
    }

    fn string(&mut self) -> Value {
        const WORDS: [&str; 6] = ["a", "id-7", "", "x y", "Ünïcode", "1234"];
        Value::from(WORDS[self.rng.random_range(0..WORDS.len())])
    }

    /// An instance of `schema`, or `None` when the generator cannot build one (e.g. a bare pattern).
    fn value(&mut self, schema: &Value, depth: usize) -> Option<Value> {
        let schema = self.resolve(schema).clone();
        if depth > 12 {
            return None;
        }
        if schema == Value::Bool(true) {
            return Some(self.string());
        }
        if let Some(c) = schema.get("const") {
            return Some(c.clone());
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            return values
                .get(self.rng.random_range(0..values.len().max(1)))
                .cloned();
        }
        for key in ["anyOf", "oneOf"] {
            if let Some(Value::Array(branches)) = schema.get(key) {
                let usable: Vec<&Value> = branches
                    .iter()
                    .filter(|b| b.get("not").is_none() && b.get("pattern").is_none())
                    .collect();
                if usable.is_empty() {
                    return None;
                }
                let pick = usable[self.rng.random_range(0..usable.len())].clone();
                let mut merged = schema.clone();
                if let Some(obj) = merged.as_object_mut() {
                    obj.remove(key);
                }
                return self.value(&merge(&merged, &pick), depth + 1);
            }
        }
        if let Some(Value::Array(all)) = schema.get("allOf") {
            let mut merged = schema.clone();
            if let Some(obj) = merged.as_object_mut() {
                obj.remove("allOf");
            }
            // A part that excludes members (`not`, as the forms of an operation do) adds none;
            // the schema check of each instance enforces it.
            for part in all.iter().filter(|p| p.get("not").is_none()) {
                let part = self.resolve(part).clone();
                merged = merge(&merged, &part);
            }
            return self.value(&merged, depth + 1);
        }
        if schema.get("pattern").is_some()
            || schema.get("not").is_some()
            || schema.get("if").is_some()
        {
            return None;
        }
        let ty = schema.get("type").cloned().unwrap_or(Value::Null);
        let ty = match &ty {
            Value::Array(types) => types
                .get(self.rng.random_range(0..types.len().max(1)))
                .cloned()
                .unwrap_or(Value::Null),
            other => other.clone(),
        };
        match ty.as_str() {
            Some("string") => Some(self.string()),
            Some("integer") => Some(Value::from(self.rng.random_range(0..2_000_000_000_000i64))),
            Some("number") => Some(json!(self.rng.random_range(0..1000) as f64 / 8.0)),
            Some("boolean") => Some(Value::Bool(self.rng.random())),
            Some("null") => Some(Value::Null),
            Some("array") => {
                let items = schema.get("items").cloned().unwrap_or(Value::Bool(true));
                let n = self.rng.random_range(0..3);
                let mut out = Vec::new();
                for _ in 0..n {
                    out.push(self.value(&items, depth + 1)?);
                }
                Some(Value::Array(out))
            }
            Some("object") | None => {
                let props = schema
                    .get("properties")
                    .and_then(Value::as_object)
                    .cloned()
                    .unwrap_or_default();
                let required: Vec<String> = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|r| {
                        r.iter()
                            .filter_map(|v| v.as_str().map(str::to_owned))
                            .collect()
                    })
                    .unwrap_or_default();
                let mut obj = Map::new();
                for (name, sub) in &props {
                    if required.contains(name) || self.rng.random_bool(0.5) {
                        match self.value(sub, depth + 1) {
                            Some(v) => {
                                obj.insert(name.clone(), v);
                            }
                            None if required.contains(name) => return None,
                            None => {}
                        }
                    }
                }
                if let Some(extra) = schema
                    .get("additionalProperties")
                    .filter(|a| a.is_object() && self.rng.random_bool(0.5))
                {
                    obj.insert("k".to_owned(), self.value(extra, depth + 1)?);
                }
                Some(Value::Object(obj))
            }
            _ => None,
        }
    }
}

/// `a` with the members of `b` (b wins), `properties` and `required` combined.
fn merge(a: &Value, b: &Value) -> Value {
    let (Some(a), Some(b)) = (a.as_object(), b.as_object()) else {
        return b.clone();
    };
    let mut out = a.clone();
    for (k, v) in b {
        match (k.as_str(), out.get_mut(k)) {
            ("properties", Some(Value::Object(props))) => {
                if let Some(more) = v.as_object() {
                    props.extend(more.clone());
                }
            }
            ("required", Some(Value::Array(req))) => {
                if let Some(more) = v.as_array() {
                    req.extend(more.iter().cloned());
                }
            }
            _ => {
                out.insert(k.clone(), v.clone());
            }
        }
    }
    Value::Object(out)
}

/// Up to `n` instances of the kind schema `schemas/<rel>` that the schema accepts, generated
/// from `seed`.
pub(crate) fn instances(
    rel: &str,
    schema: &Value,
    seed: [u8; 32],
    n: usize,
) -> Result<Vec<Value>, Failed> {
    let mut g = Gen {
        root: schema,
        rng: TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    };
    let mut out = Vec::new();
    for _ in 0..n * 4 {
        if out.len() == n {
            break;
        }
        if let Some(instance) = g.value(schema, 0)
            && schemas::accepts(rel, &instance)?
        {
            out.push(instance);
        }
    }
    Ok(out)
}

fn every_kind_round_trips_generated_values() -> Result<(), Failed> {
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]);
    let (mut kinds, mut generated, mut accepted) = (0usize, 0usize, 0usize);
    let mut none = Vec::new();
    let mut problems = Vec::new();
    for spec in ccwire_codec::kinds() {
        let path = spec.schema_path();
        let schema: Value =
            ccwire_contract_tests::read_json(&schemas_dir().join(&path)).map_err(fail)?;
        let mut made = 0;
        for instance in instances(&path, &schema, rng.random::<[u8; 32]>(), PER_KIND)? {
            made += 1;
            let text = instance.to_string();
            match spec.decode(&text) {
                Err(e) => problems.push(format!(
                    "{}: the schema accepts {text} but the decoder says {e}",
                    spec.kind
                )),
                Ok(payload) => {
                    accepted += 1;
                    let back = payload.to_json().map_err(|e| fail(e.to_string()))?;
                    if back != instance {
                        problems.push(format!("{}: {text} re-encoded as {back}", spec.kind));
                        continue;
                    }
                    let again = spec
                        .decode(&back.to_string())
                        .map_err(|e| fail(e.to_string()))?;
                    if format!("{again:?}") != format!("{payload:?}") {
                        problems.push(format!(
                            "{}: decode(encode(x)) differs from x for {text}",
                            spec.kind
                        ));
                    }
                }
            }
        }
        generated += made;
        if made > 0 {
            kinds += 1;
        } else {
            none.push(spec.kind);
        }
    }
    println!(
        "{generated} generated values of {kinds} of {} kinds; {accepted} decoded and round-tripped; none generated for {none:?}",
        ccwire_codec::kinds().len()
    );
    if problems.is_empty() && kinds * 10 >= ccwire_codec::kinds().len() * 9 {
        Ok(())
    } else if problems.is_empty() {
        Err(fail(format!(
            "values were generated for only {kinds} of {} kinds",
            ccwire_codec::kinds().len()
        )))
    } else {
        Err(fail(
            problems.into_iter().take(15).collect::<Vec<_>>().join("\n"),
        ))
    }
}
