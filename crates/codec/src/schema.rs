//! JSON Schema export (draft 2020-12).
//!
//! The schemas accept exactly what the decoder accepts: required members are required, optional
//! members may be absent (and `null` only where the model allows it), open enums accept any
//! string, unknown members are allowed (they are kept), and a known kind must match its type.
//!
//! The `strict/` variants accept exactly what [`crate::Mode::Strict`] validation accepts: no
//! unknown member, enum value or kind, and every expected member (`#[wire(expected)]`) present.

use std::collections::BTreeSet;

use schemars::Schema;
use serde_json::{Map, Value};

/// One exported schema and where it goes under `schemas/`.
#[derive(Debug, Clone)]
pub struct SchemaFile {
    /// Path relative to the schema directory, e.g. `webex/message.json`.
    pub path: String,
    /// The schema (a root schema with its own `$defs`).
    pub schema: Schema,
}

/// The schema of a whole Webex message (any framing, any kind).
#[cfg(feature = "webex")]
#[must_use]
pub fn webex_message() -> Schema {
    crate::registry::root_schema::<ccwire_webex::WebexMessage>()
}

/// The schema of a routing event (`data` of a `RoutingMessage`), any kind.
#[cfg(feature = "webex")]
#[must_use]
pub fn routing_event() -> Schema {
    crate::registry::root_schema::<ccwire_webex::routing::RoutingEvent>()
}

/// The schema of a Sobot agent event (any `messageID`).
#[cfg(feature = "sobot")]
#[must_use]
pub fn sobot_event() -> Schema {
    crate::registry::root_schema::<ccwire_sobot::SobotEvent>()
}

/// Every schema ccwire exports, with its path: the whole-message schemas, then one per kind.
///
/// ```
/// let files = ccwire_codec::schema::export();
/// assert!(files.iter().any(|f| f.path == "webex/message.json"));
/// assert!(files.iter().any(|f| f.path == "webex/routing/AgentOfferContact.json"));
/// assert!(files.iter().any(|f| f.path == "webex/agent-contact/HoldRequest.json"));
/// ```
#[must_use]
pub fn export() -> Vec<SchemaFile> {
    let mut files = Vec::new();
    #[cfg(feature = "webex")]
    files.extend([
        SchemaFile {
            path: "webex/message.json".to_owned(),
            schema: webex_message(),
        },
        SchemaFile {
            path: "webex/routing-event.json".to_owned(),
            schema: routing_event(),
        },
    ]);
    #[cfg(feature = "sobot")]
    files.push(SchemaFile {
        path: "sobot/event.json".to_owned(),
        schema: sobot_event(),
    });
    files.extend(crate::kinds().iter().map(|k| SchemaFile {
        path: k.schema_path(),
        schema: k.schema(),
    }));
    let strict: Vec<SchemaFile> = ccwire_wire::wire::strict_schemas(|| {
        files
            .iter()
            .map(|f| SchemaFile {
                path: format!("strict/{}", f.path),
                schema: regenerate(&f.path),
            })
            .collect()
    });
    files.extend(strict);
    files
}

/// Generates the schema at `path` again (used for the strict variants).
fn regenerate(path: &str) -> Schema {
    match path {
        #[cfg(feature = "webex")]
        "webex/message.json" => webex_message(),
        #[cfg(feature = "webex")]
        "webex/routing-event.json" => routing_event(),
        #[cfg(feature = "sobot")]
        "sobot/event.json" => sobot_event(),
        _ => crate::kinds()
            .iter()
            .find(|k| k.schema_path() == path)
            .map(crate::KindSpec::schema)
            .unwrap_or_default(),
    }
}

/// Removes the `$defs` entries a root schema does not reach through `$ref`.
pub(crate) fn prune_defs(mut root: Value) -> Value {
    let Some(Value::Object(defs)) = root.as_object_mut().and_then(|o| o.remove("$defs")) else {
        return root;
    };
    let mut reached = BTreeSet::new();
    let mut pending = Vec::new();
    collect_refs(&root, &mut pending);
    while let Some(name) = pending.pop() {
        if reached.insert(name.clone())
            && let Some(def) = defs.get(&name)
        {
            collect_refs(def, &mut pending);
        }
    }
    let kept: Map<String, Value> = defs
        .into_iter()
        .filter(|(k, _)| reached.contains(k))
        .collect();
    if let Some(obj) = root.as_object_mut()
        && !kept.is_empty()
    {
        obj.insert("$defs".to_owned(), Value::Object(kept));
    }
    root
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref")
                && let Some(name) = r.strip_prefix("#/$defs/")
            {
                out.push(name.replace("~1", "/").replace("~0", "~"));
            }
            map.values().for_each(|x| collect_refs(x, out));
        }
        Value::Array(items) => items.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}
