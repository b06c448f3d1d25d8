//! Every *required* member is refused when absent: for each required member of each object type
//! (the `required` rows of `reference/members.tsv`), an instance that carries it — a sample
//! fixture of a kind that holds the type, or a value generated from the kind's schema — loses
//! that member, and both the decoder and the lenient schema must refuse what is left, the
//! decoder with a pointer at the object or above it.
//!
//! A member whose absence leaves a value both accept (the instance is then another documented
//! form, a branch of a union) is not proven by that instance; another is tried. A union's
//! discriminator (a `const` member) whose absence selects the branch that keeps unknown forms
//! whole is reported as such. The case fails on any disagreement, and on any other required
//! member that no instance proves.

use std::collections::{BTreeMap, BTreeSet};

use libtest_mimic::{Failed, Trial};
use proptest::prelude::RngExt;
use proptest::test_runner::{RngAlgorithm, TestRng};
use serde_json::Value;

use crate::members::{names, object_types, visit_named_objects};
use crate::{fail, generated, schemas};

/// Generated instances per kind, beside the kind's sample fixtures.
const GENERATED_PER_KIND: usize = 24;

pub(crate) fn trials() -> Vec<Trial> {
    vec![Trial::test(
        "required::every_required_member_is_refused_when_absent",
        every_required_member_is_refused_when_absent,
    )]
}

/// A required member of a named object type, found in an instance.
struct Site {
    /// The object type (schema title or `$defs` name).
    ty: String,
    member: String,
    /// JSON pointer of the object in the instance.
    object: String,
}

/// How one required member fared.
#[derive(Default)]
struct Outcome {
    /// The member is a union's discriminator (a `const` in its type: without it the object is
    /// the branch that keeps unknown forms whole), or the member that tells one documented form
    /// of an operation from another (a form excludes it with `not`: without it the object is
    /// another form).
    tag: bool,
    /// Proven: an instance without it was refused by both.
    refused: bool,
    /// Instances without it that both accepted (another form).
    other_form: usize,
}

impl Outcome {
    /// A discriminator whose absence left a value both accept (the kept-unknown branch).
    fn kept_as_unknown(&self) -> bool {
        self.tag && self.other_form > 0
    }
}

fn every_required_member_is_refused_when_absent() -> Result<(), Failed> {
    let manifest: ccwire_contract_tests::Manifest = ccwire_contract_tests::read_json(
        &ccwire_contract_tests::fixtures_dir().join("manifest.json"),
    )
    .map_err(fail)?;
    let mut rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[11; 32]);
    // (vendor, type, member) of every required member, and how it fared.
    let mut outcomes: BTreeMap<(String, String, String), Outcome> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut tried = 0usize;
    for spec in ccwire_codec::kinds() {
        let rel = spec.schema_path();
        let vendor = rel.split('/').next().unwrap_or_default().to_owned();
        let schema: Value =
            ccwire_contract_tests::read_json(&ccwire_contract_tests::schemas_dir().join(&rel))
                .map_err(fail)?;
        let mut form_members = BTreeSet::new();
        excluded_members(&schema, &mut form_members);
        for (ty, object) in object_types(&schema) {
            for member in names(object.get("required")) {
                let tag = form_members.contains(&member)
                    || object
                        .get("properties")
                        .and_then(|p| p.get(&member))
                        .is_some_and(|m| m.get("const").is_some());
                outcomes
                    .entry((vendor.clone(), ty.clone(), member))
                    .or_default()
                    .tag |= tag;
            }
        }
        let mut instances = Vec::new();
        for entry in manifest.fixtures.iter().filter(|e| e.kind == spec.kind) {
            let value: Value = ccwire_contract_tests::read_json(
                &ccwire_contract_tests::fixtures_dir().join(&entry.path),
            )
            .map_err(fail)?;
            instances.push(value);
        }
        instances.extend(generated::instances(
            &rel,
            &schema,
            rng.random::<[u8; 32]>(),
            GENERATED_PER_KIND,
        )?);
        let title = schema
            .get("title")
            .and_then(Value::as_str)
            .map(str::to_owned);
        for instance in instances {
            // A fixture may hold the kind's body under `data` (an event in its envelope); the
            // schema describes the body.
            let body = if schemas::accepts(&rel, &instance)? {
                instance
            } else {
                match instance.get("data") {
                    Some(data) if schemas::accepts(&rel, data)? => data.clone(),
                    _ => continue,
                }
            };
            let mut found = Vec::new();
            sites(&schema, &schema, title.clone(), &body, &mut found);
            for site in found {
                let key = (vendor.clone(), site.ty.clone(), site.member.clone());
                if outcomes.get(&key).is_some_and(|o| o.refused) {
                    continue;
                }
                let mut without = body.clone();
                let Some(object) = without
                    .pointer_mut(&site.object)
                    .and_then(Value::as_object_mut)
                else {
                    continue;
                };
                object.remove(&site.member);
                tried += 1;
                let text = without.to_string();
                let decoded = spec.decode(&text);
                let schema_accepts = schemas::accepts(&rel, &without)?;
                let outcome = outcomes.entry(key).or_default();
                match (decoded, schema_accepts) {
                    (Err(e), false) => {
                        if site.object.starts_with(e.pointer()) {
                            outcome.refused = true;
                        } else {
                            problems.push(format!(
                                "{} without {}{}/{}: refused at `{}`, not at the object or above",
                                spec.kind,
                                site.ty,
                                site.object,
                                site.member,
                                e.pointer()
                            ));
                        }
                    }
                    (Ok(_), true) => outcome.other_form += 1,
                    (Ok(_), false) => problems.push(format!(
                        "{}: the decoder accepts {} without `{}` (at {}), the schema refuses",
                        spec.kind, site.ty, site.member, site.object
                    )),
                    (Err(e), true) => problems.push(format!(
                        "{}: the schema accepts {} without `{}` (at {}), the decoder says {e}",
                        spec.kind, site.ty, site.member, site.object
                    )),
                }
            }
        }
    }
    // A discriminator whose absence selects the branch of unknown forms, or another documented
    // form, is accepted, not refused.
    let tags: Vec<String> = outcomes
        .iter()
        .filter(|(_, o)| !o.refused && o.kept_as_unknown())
        .map(|((vendor, ty, member), _)| format!("{vendor} {ty}.{member}"))
        .collect();
    let unproven: Vec<String> = outcomes
        .iter()
        .filter(|(_, o)| !o.refused && !o.kept_as_unknown())
        .map(|((vendor, ty, member), o)| {
            if o.other_form > 0 {
                format!(
                    "{vendor} {ty}.{member} (absent: another form, {} times)",
                    o.other_form
                )
            } else {
                format!("{vendor} {ty}.{member} (no instance carries it)")
            }
        })
        .collect();
    let proven = outcomes.values().filter(|o| o.refused).count();
    println!(
        "{proven} of {} required members refused when absent ({tried} instances tried); {} \
         discriminators select another form when absent: {tags:?}",
        outcomes.len(),
        tags.len()
    );
    let types: BTreeSet<&str> = outcomes.keys().map(|(_, ty, _)| ty.as_str()).collect();
    if problems.is_empty() && unproven.is_empty() {
        return Ok(());
    }
    Err(fail(format!(
        "{} problems, {} of {} required members of {} types unproven:\n{}\n{}",
        problems.len(),
        unproven.len(),
        outcomes.len(),
        types.len(),
        problems.into_iter().take(20).collect::<Vec<_>>().join("\n"),
        unproven.join("\n")
    )))
}

/// The members that some branch of `schema` excludes (`{"not": {"anyOf": [{"required": […]}…]}}`):
/// the members that tell an operation's forms apart.
fn excluded_members(schema: &Value, out: &mut BTreeSet<String>) {
    match schema {
        Value::Object(obj) => {
            if let Some(excluded) = obj.get("not") {
                let mut lists = vec![excluded];
                lists.extend(
                    excluded
                        .get("anyOf")
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten(),
                );
                for list in lists {
                    out.extend(names(list.get("required")));
                }
            }
            obj.values().for_each(|v| excluded_members(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| excluded_members(v, out)),
        _ => {}
    }
}

/// The required members of named object types in `instance`, walked alongside `node`.
fn sites(node: &Value, root: &Value, name: Option<String>, instance: &Value, out: &mut Vec<Site>) {
    visit_named_objects(
        node,
        root,
        name,
        instance,
        String::new(),
        &mut |ty, schema, members, pointer| {
            for member in names(schema.get("required")) {
                if members.contains_key(&member) {
                    out.push(Site {
                        ty: ty.to_owned(),
                        member,
                        object: pointer.to_owned(),
                    });
                }
            }
        },
    );
}
