//! The member table (`reference/members.tsv`): every member of every modelled object type, with
//! its class (required / expected / optional), whether it may be `null`, how many of the
//! samples that carry the type carry the member, and the evidence its rustdoc cites: seed lines
//! (`L1234`), the Webex SDK's published typings (`sdk-types`), a page of the Genesys Web
//! Services reference (`page:<Name>`), or, for a member whose constant value names the kind,
//! `discriminator`.
//!
//! The class and nullability are read from the committed schemas (required in the lenient
//! schema: required; required in the strict schema only: expected; else optional), the counts
//! from the fixtures, each walked alongside its kind's schema. The case fails when the committed
//! table differs from what the schemas and fixtures say, so that a change of class shows in
//! review as a change of this table; `CCWIRE_WRITE_MEMBERS=1` rewrites it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use libtest_mimic::{Failed, Trial};
use serde_json::{Map, Value};

use crate::{fail, schemas};

/// Where the table is, from the repository root.
const TABLE: &str = "reference/members.tsv";

pub(crate) fn trials() -> Vec<Trial> {
    vec![
        Trial::test(
            "members::the_member_table_agrees_with_the_schemas_and_the_samples",
            the_member_table_agrees_with_the_schemas_and_the_samples,
        ),
        Trial::test(
            "members::every_required_member_cites_its_evidence",
            every_required_member_cites_its_evidence,
        ),
    ]
}

/// One member of one object type.
#[derive(Default)]
struct Row {
    class: &'static str,
    nullable: bool,
    /// Evidence cited by the member's rustdoc ([`evidence`]).
    cited: BTreeSet<String>,
    /// Samples of the type that carry the member, and of those how many send `null`.
    present: usize,
    null: usize,
}

/// Object types by `(vendor, type)`, each with its sample count and members.
type Table = BTreeMap<(String, String), (usize, BTreeMap<String, Row>)>;

fn the_member_table_agrees_with_the_schemas_and_the_samples() -> Result<(), Failed> {
    let text = render(table()?);
    let path = ccwire_contract_tests::repo_root().join(TABLE);
    if std::env::var_os("CCWIRE_WRITE_MEMBERS").is_some() {
        std::fs::write(&path, &text).map_err(|e| fail(format!("{TABLE}: {e}")))?;
    }
    let committed = std::fs::read_to_string(&path).map_err(|e| fail(format!("{TABLE}: {e}")))?;
    if committed == text {
        return Ok(());
    }
    let old: BTreeSet<&str> = committed.lines().collect();
    let new: BTreeSet<&str> = text.lines().collect();
    let gone: Vec<&&str> = old.difference(&new).take(10).collect();
    let added: Vec<&&str> = new.difference(&old).take(10).collect();
    Err(fail(format!(
        "{TABLE} is out of date (CCWIRE_WRITE_MEMBERS=1 rewrites it):\n- {gone:#?}\n+ {added:#?}"
    )))
}

/// *Required* only with evidence: every member whose absence is an error cites where a
/// reference promises it (or is a discriminator).
fn every_required_member_cites_its_evidence() -> Result<(), Failed> {
    let mut required = 0;
    let mut bare = Vec::new();
    for ((vendor, name), (_, rows)) in table()? {
        for (member, row) in rows.iter().filter(|(_, r)| r.class == "required") {
            required += 1;
            if row.cited.is_empty() {
                bare.push(format!("{vendor} {name}.{member}"));
            }
        }
    }
    println!(
        "{required} required members, {} without evidence",
        bare.len()
    );
    if bare.is_empty() {
        Ok(())
    } else {
        Err(fail(format!(
            "required members citing no evidence: {bare:#?}"
        )))
    }
}

/// The member table, from the committed schemas and the fixtures (built once: both cases read
/// it).
fn table() -> Result<&'static Table, Failed> {
    static TABLE: std::sync::OnceLock<Result<Table, String>> = std::sync::OnceLock::new();
    match TABLE.get_or_init(|| build_table().map_err(|e| format!("{e:?}"))) {
        Ok(t) => Ok(t),
        Err(e) => Err(fail(e.clone())),
    }
}

fn build_table() -> Result<Table, Failed> {
    let mut table = Table::new();
    // Each kind's lenient schema, read once: the member walk below uses it again.
    let mut schemas_by_path = BTreeMap::new();
    let root = ccwire_contract_tests::schemas_dir();
    for spec in ccwire_codec::kinds() {
        let rel = spec.schema_path();
        let vendor = rel.split('/').next().unwrap_or_default().to_owned();
        let lenient: Value = ccwire_contract_tests::read_json(&root.join(&rel)).map_err(fail)?;
        let strict: Value =
            ccwire_contract_tests::read_json(&root.join(format!("strict/{rel}"))).map_err(fail)?;
        let strict_required = required_by_type(&strict);
        for (name, object) in object_types(&lenient) {
            let key = (vendor.clone(), name.clone());
            let (_, members) = table.entry(key).or_default();
            let required = names(object.get("required"));
            let strict_req = strict_required.get(&name).cloned().unwrap_or_default();
            for (member, schema) in object
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
            {
                let row = members.entry(member.clone()).or_default();
                row.class = if required.contains(member) {
                    "required"
                } else if strict_req.contains(member) {
                    "expected"
                } else {
                    "optional"
                };
                row.nullable = accepts_null(schema, &lenient);
                let doc = schema
                    .get("description")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                row.cited.extend(evidence(doc, schema));
            }
        }
        schemas_by_path.insert(rel, lenient);
    }
    count_samples(&mut table, &schemas_by_path)?;
    Ok(table)
}

/// The named object types of a kind schema: the root (by its title) and every `$defs` entry
/// that has properties.
pub(crate) fn object_types(schema: &Value) -> Vec<(String, &Map<String, Value>)> {
    let mut out = Vec::new();
    if let (Some(title), Some(object)) = (
        schema.get("title").and_then(Value::as_str),
        schema.as_object(),
    ) && object.contains_key("properties")
    {
        out.push((title.to_owned(), object));
    }
    for (name, def) in schema
        .get("$defs")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        if let Some(object) = def.as_object()
            && object.contains_key("properties")
        {
            out.push((name.clone(), object));
        }
    }
    out
}

/// `required` of every named object type of a schema.
fn required_by_type(schema: &Value) -> BTreeMap<String, BTreeSet<String>> {
    object_types(schema)
        .into_iter()
        .map(|(name, object)| (name, names(object.get("required"))))
        .collect()
}

pub(crate) fn names(list: Option<&Value>) -> BTreeSet<String> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect()
}

/// Whether a member's schema lets `null` through (directly, through a `$ref`, or in one branch
/// of an `anyOf` / `oneOf`).
fn accepts_null(schema: &Value, root: &Value) -> bool {
    let schema = resolve(schema, root);
    // `true`, or an object that constrains nothing (a kept JSON value): anything, `null` too.
    let constrains = |s: &Map<String, Value>| {
        [
            "type",
            "anyOf",
            "oneOf",
            "allOf",
            "const",
            "enum",
            "not",
            "$ref",
            "properties",
        ]
        .iter()
        .any(|k| s.contains_key(*k))
    };
    if schema == &Value::Bool(true) || schema.as_object().is_some_and(|s| !constrains(s)) {
        return true;
    }
    if schema
        .get("type")
        .is_some_and(|t| t == "null" || t.as_array().is_some_and(|a| a.iter().any(|x| x == "null")))
    {
        return true;
    }
    ["anyOf", "oneOf"].iter().any(|k| {
        schema
            .get(*k)
            .and_then(Value::as_array)
            .is_some_and(|branches| branches.iter().any(|b| accepts_null(b, root)))
    })
}

/// Follows a local `$ref` (`#/$defs/Name`).
pub(crate) fn resolve<'a>(schema: &'a Value, root: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(r) => r
            .strip_prefix('#')
            .and_then(|p| root.pointer(p))
            .unwrap_or(schema),
        None => schema,
    }
}

/// The evidence a member's rustdoc (and schema) cites: seed lines, the Webex SDK's published
/// typings, pages of the Genesys Web Services reference (``reference page `Name` ``), and
/// `discriminator` for a member whose schema is a constant (its value names the kind) or whose
/// rustdoc starts `Discriminator:` (its presence does).
fn evidence(doc: &str, schema: &Value) -> Vec<String> {
    let mut out = citations(doc);
    if doc.contains("@wxcc-desktop/sdk-types") {
        out.push("sdk-types".to_owned());
    }
    let mut rest = doc;
    while let Some(at) = rest.find("reference page `") {
        rest = &rest[at + "reference page `".len()..];
        if let Some(end) = rest.find('`') {
            out.push(format!("page:{}", &rest[..end]));
        }
    }
    // A constant that names the kind, or a member whose presence does (said first thing).
    if schema.get("const").is_some() || doc.starts_with("Discriminator:") {
        out.push("discriminator".to_owned());
    }
    out
}

/// The seed lines a rustdoc cites (`L1234`, `L1234-1240`).
fn citations(doc: &str) -> Vec<String> {
    let b = doc.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let starts = b[i] == b'L'
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < b.len()
            && (b[j].is_ascii_digit()
                || (b[j] == b'-' && b.get(j + 1).is_some_and(u8::is_ascii_digit)))
        {
            j += 1;
        }
        out.push(doc[i..j].to_owned());
        i = j;
    }
    out
}

/// Walks every sample fixture alongside its kind's schema, counting for each object type how many
/// samples carry it and, per member, how many carry the member and how many send `null`.
fn count_samples(
    table: &mut Table,
    schemas_by_path: &BTreeMap<String, Value>,
) -> Result<(), Failed> {
    let manifest: ccwire_contract_tests::Manifest = ccwire_contract_tests::read_json(
        &ccwire_contract_tests::fixtures_dir().join("manifest.json"),
    )
    .map_err(fail)?;
    // Synthetic fixtures are written from the references, not printed by them: they are no
    // evidence of presence (and one repeats a sample inside it).
    for entry in manifest.fixtures.iter().filter(|e| e.synthetic.is_none()) {
        let Some(spec) = ccwire_codec::kind(&entry.kind) else {
            continue;
        };
        let rel = spec.schema_path();
        let vendor = rel.split('/').next().unwrap_or_default().to_owned();
        let schema = schemas_by_path
            .get(&rel)
            .ok_or_else(|| fail(format!("{}: no schema {rel}", entry.path)))?;
        let value: Value = ccwire_contract_tests::read_json(
            &ccwire_contract_tests::fixtures_dir().join(&entry.path),
        )
        .map_err(fail)?;
        // The kind's body: the whole fixture, or its `data` (an event in its envelope).
        let body = if schemas::accepts(&rel, &value)? {
            &value
        } else {
            match value.get("data") {
                Some(data) if schemas::accepts(&rel, data)? => data,
                _ => {
                    return Err(fail(format!(
                        "{}: no body its kind's schema accepts",
                        entry.path
                    )));
                }
            }
        };
        let title = schema
            .get("title")
            .and_then(Value::as_str)
            .map(str::to_owned);
        walk(schema, schema, title, body, &vendor, table);
    }
    Ok(())
}

/// Counts `instance` as a sample of every named object type it holds.
fn walk(
    node: &Value,
    root: &Value,
    name: Option<String>,
    instance: &Value,
    vendor: &str,
    table: &mut Table,
) {
    visit_named_objects(
        node,
        root,
        name,
        instance,
        String::new(),
        &mut |name, _, members, _| {
            if let Some((seen, rows)) = table.get_mut(&(vendor.to_owned(), name.to_owned())) {
                *seen += 1;
                for (member, row) in rows.iter_mut() {
                    if let Some(v) = members.get(member) {
                        row.present += 1;
                        row.null += usize::from(v.is_null());
                    }
                }
            }
        },
    );
}

/// What [`visit_named_objects`] calls: type name, type schema, the object's members, its pointer.
pub(crate) type Visit<'a> = dyn FnMut(&str, &Value, &Map<String, Value>, &str) + 'a;

/// Walks `instance` alongside its schema `node` (of the kind schema `root`), calling `visit`
/// with each object that a named type (the schema's title, or a `$defs` entry) describes: the
/// type's name, its schema, the object's members and its JSON pointer. Unions take the branch
/// that [`fits`] the value.
pub(crate) fn visit_named_objects(
    node: &Value,
    root: &Value,
    name: Option<String>,
    instance: &Value,
    pointer: String,
    visit: &mut Visit<'_>,
) {
    if let Some(r) = node.get("$ref").and_then(Value::as_str) {
        let def = r.rsplit('/').next().map(str::to_owned);
        visit_named_objects(resolve(node, root), root, def, instance, pointer, visit);
        return;
    }
    for all in node
        .get("allOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        visit_named_objects(all, root, None, instance, pointer.clone(), visit);
    }
    for key in ["anyOf", "oneOf"] {
        if let Some(branches) = node.get(key).and_then(Value::as_array)
            && let Some(branch) = branches.iter().find(|b| fits(b, root, instance))
        {
            visit_named_objects(branch, root, None, instance, pointer.clone(), visit);
        }
    }
    match instance {
        Value::Object(members) => {
            let properties = node.get("properties").and_then(Value::as_object);
            if let (Some(name), Some(_)) = (&name, properties) {
                visit(name, node, members, &pointer);
            }
            for (member, value) in members {
                let at = format!("{pointer}/{}", member.replace('~', "~0").replace('/', "~1"));
                match properties.and_then(|p| p.get(member)) {
                    Some(schema) => visit_named_objects(schema, root, None, value, at, visit),
                    None => {
                        if let Some(schema) =
                            node.get("additionalProperties").filter(|s| s.is_object())
                        {
                            visit_named_objects(schema, root, None, value, at, visit);
                        }
                    }
                }
            }
        }
        Value::Array(items) => {
            if let Some(schema) = node.get("items") {
                for (i, item) in items.iter().enumerate() {
                    visit_named_objects(schema, root, None, item, format!("{pointer}/{i}"), visit);
                }
            }
        }
        _ => {}
    }
}

/// Whether a branch of a union may describe `instance`: the same JSON type, and for objects,
/// every `const` member of the branch equal in the instance.
pub(crate) fn fits(branch: &Value, root: &Value, instance: &Value) -> bool {
    let branch = resolve(branch, root);
    // A branch that is all of several parts (a form and the members it excludes) fits when
    // every part does; a `not` part, when the instance has none of the members it names.
    if let Some(parts) = branch.get("allOf").and_then(Value::as_array) {
        return parts.iter().all(|part| match part.get("not") {
            Some(excluded) => !requires_any(excluded, instance),
            None => fits(part, root, instance),
        });
    }
    let json_type = match instance {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    let type_ok = match branch.get("type") {
        Some(Value::String(t)) => t == json_type || (t == "number" && json_type == "integer"),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t == json_type || (t == "number" && json_type == "integer")),
        _ => {
            instance.is_object() == branch.get("properties").is_some()
                || branch.get("anyOf").is_some()
        }
    };
    if !type_ok {
        return false;
    }
    // Every `const` member equal, and every required member present (a form of an object
    // whose required member is missing is another form).
    branch
        .get("properties")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter_map(|(k, s)| s.get("const").map(|c| (k, c)))
        .all(|(k, c)| instance.get(k) == Some(c))
        && names(branch.get("required"))
            .iter()
            .all(|k| !instance.is_object() || instance.get(k).is_some())
}

/// Whether `instance` has a member that `schema` (`{"required": […]}`, or `anyOf` of such)
/// requires.
pub(crate) fn requires_any(schema: &Value, instance: &Value) -> bool {
    let has = |names: &Value| {
        names.as_array().is_some_and(|names| {
            names
                .iter()
                .filter_map(Value::as_str)
                .any(|name| instance.get(name).is_some())
        })
    };
    schema.get("required").is_some_and(has)
        || schema
            .get("anyOf")
            .and_then(Value::as_array)
            .is_some_and(|branches| branches.iter().any(|b| requires_any(b, instance)))
}

fn render(table: &Table) -> String {
    let mut out = String::from(
        "# vendor\ttype\tmember\tclass\tnullable\tsamples carrying it (null)\tevidence cited\n",
    );
    for ((vendor, name), (seen, rows)) in table {
        for (member, row) in rows {
            let _ = writeln!(
                out,
                "{vendor}\t{name}\t{member}\t{}\t{}\t{}/{seen} ({})\t{}",
                row.class,
                if row.nullable { "nullable" } else { "-" },
                row.present,
                row.null,
                row.cited.iter().cloned().collect::<Vec<_>>().join(" "),
            );
        }
    }
    out
}
