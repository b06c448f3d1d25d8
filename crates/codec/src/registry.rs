//! The kind registry: every modelled kind, how to decode it by name, and its schema.
//!
//! Messages that carry a discriminator are found by [`crate::decode`]; payloads that carry none
//! (request arguments, return values) are decoded by kind name with [`decode_as`]. Each entry
//! also gives the JSON Schema the kind is exported with.

use std::any::Any;
use std::fmt;
use std::sync::OnceLock;

use ccwire_wire::inspect::Inspect;
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::{DecodeError, ErrorCategory, Vendor};

/// A typed payload of any kind, type-erased.
pub trait Payload: fmt::Debug + Inspect + Send + Sync + 'static {
    /// Encodes the payload as a JSON value.
    ///
    /// # Errors
    /// Only if the serializer fails (it does not for ccwire's types).
    fn to_json(&self) -> Result<Value, serde_json::Error>;

    /// Encodes the payload as compact JSON text, exactly (numbers kept unknown members and
    /// values as received; `to_json` goes through `serde_json::Value`, which may rewrite them).
    ///
    /// # Errors
    /// Only if the serializer fails (it does not for ccwire's types).
    fn to_json_text(&self) -> Result<String, serde_json::Error>;

    /// The payload as `Any`, to downcast to its concrete type.
    fn as_any(&self) -> &dyn Any;
}

impl<T> Payload for T
where
    T: Serialize + fmt::Debug + Inspect + Send + Sync + 'static,
{
    fn to_json(&self) -> Result<Value, serde_json::Error> {
        serde_json::to_value(self)
    }

    fn to_json_text(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string(self)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// One modelled kind.
pub struct KindSpec {
    /// Full kind name: `vendor.family.Name`, e.g. `webex.agentContact.HoldRequest`.
    pub kind: &'static str,
    /// The vendor.
    pub vendor: Vendor,
    /// Whether [`crate::decode`] recognises this kind from the content alone (messages with a
    /// discriminator); otherwise it is decoded by name only.
    pub detectable: bool,
    decode: fn(&str) -> Result<Box<dyn Payload>, DecodeError>,
    schema: fn() -> Schema,
    type_id: std::any::TypeId,
}

impl fmt::Debug for KindSpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KindSpec")
            .field("kind", &self.kind)
            .field("detectable", &self.detectable)
            .finish()
    }
}

impl KindSpec {
    /// Registers `T` under `kind`.
    #[must_use]
    pub fn of<T>(kind: &'static str, vendor: Vendor, detectable: bool) -> Self
    where
        T: DeserializeOwned + JsonSchema + Payload,
    {
        Self {
            kind,
            vendor,
            detectable,
            decode: |text| {
                ccwire_wire::dispatch::decode_nested::<T, serde_json::Error>(text)
                    .map(|v| Box::new(v) as Box<dyn Payload>)
                    .map_err(|e| DecodeError::from_json(&e, None))
            },
            schema: root_schema::<T>,
            type_id: std::any::TypeId::of::<T>(),
        }
    }

    /// The `TypeId` of the kind's Rust type: a decoded message of this kind lends a value of
    /// that type (`Message::as_any`).
    #[must_use]
    pub fn type_id(&self) -> std::any::TypeId {
        self.type_id
    }

    /// Decodes `text` as this kind.
    ///
    /// # Errors
    /// The text does not match the kind's type; the error names the kind and the JSON pointer.
    pub fn decode(&self, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
        let text = crate::strip_bom(text);
        crate::budgeted(|| (self.decode)(text))
            .map_err(|e| DecodeError::syntax_first(text, e).with_kind(self.kind))
    }

    /// The kind's JSON Schema (draft 2020-12, with only the definitions it uses).
    #[must_use]
    pub fn schema(&self) -> Schema {
        (self.schema)()
    }

    /// Where the files about this kind live under a root organised by vendor (`schemas/`,
    /// `fixtures/`): `vendor/family/Name`, the family in kebab case.
    ///
    /// ```
    /// let spec = ccwire_codec::kind("webex.agentContact.HoldRequest").unwrap();
    /// assert_eq!(spec.path_stem(), "webex/agent-contact/HoldRequest");
    /// ```
    #[must_use]
    pub fn path_stem(&self) -> String {
        let mut parts = self.kind.splitn(3, '.');
        let vendor = parts.next().unwrap_or_default();
        let family = parts.next().unwrap_or_default();
        let name = parts.next().unwrap_or_default();
        let mut out = format!("{vendor}/");
        for c in family.chars() {
            if c.is_ascii_uppercase() {
                out.push('-');
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out.push('/');
        out.push_str(name);
        out
    }

    /// Where the schema is exported under `schemas/`: `vendor/family/Name.json`.
    #[must_use]
    pub fn schema_path(&self) -> String {
        format!("{}.json", self.path_stem())
    }
}

/// The schema settings ccwire exports with (draft 2020-12).
#[must_use]
pub fn settings() -> SchemaSettings {
    SchemaSettings::draft2020_12()
}

/// The root schema of `T`, keeping only the definitions it reaches.
#[must_use]
pub fn root_schema<T: JsonSchema>() -> Schema {
    let schema = settings().into_generator().into_root_schema_for::<T>();
    Schema::try_from(crate::schema::prune_defs(schema.to_value()))
        .unwrap_or_else(|_| Schema::default())
}

/// Collects a family's kinds into registry entries, from the family's one declaration (see
/// [`ccwire_wire::kind::KindVisitor`]).
#[cfg_attr(
    not(any(feature = "webex", feature = "genesys", feature = "sobot")),
    allow(dead_code)
)]
pub(crate) struct Register {
    vendor: Vendor,
    detectable: bool,
    pub(crate) out: Vec<KindSpec>,
}

#[cfg_attr(
    not(any(feature = "webex", feature = "genesys", feature = "sobot")),
    allow(dead_code)
)]
impl Register {
    /// Entries for `vendor`'s kinds, found by `decode` from their content (`detectable`) or
    /// decoded by name.
    pub(crate) fn new(vendor: Vendor, detectable: bool) -> Self {
        Self {
            vendor,
            detectable,
            out: Vec::new(),
        }
    }
}

impl ccwire_wire::kind::KindVisitor for Register {
    fn kind<T: ccwire_wire::kind::KindType>(&mut self, name: &'static str) {
        self.out
            .push(KindSpec::of::<T>(name, self.vendor, self.detectable));
    }
}

/// Every modelled kind, in a stable order.
///
/// ```
/// let kinds = ccwire_codec::kinds();
/// assert!(kinds.iter().any(|k| k.kind == "webex.routing.AgentOfferContact" && k.detectable));
/// assert!(kinds.iter().any(|k| k.kind == "webex.agentContact.HoldRequest" && !k.detectable));
/// ```
pub fn kinds() -> &'static [KindSpec] {
    static KINDS: OnceLock<Vec<KindSpec>> = OnceLock::new();
    KINDS.get_or_init(|| {
        #[allow(unused_mut)] // no vendor compiled in
        let mut all = Vec::new();
        #[cfg(feature = "webex")]
        all.extend(crate::webex::kinds());
        #[cfg(feature = "sobot")]
        all.extend(crate::sobot::kinds());
        #[cfg(feature = "genesys")]
        all.extend(crate::genesys::kinds());
        all
    })
}

/// The registry entry of a kind.
///
/// ```
/// let hold = ccwire_codec::kind("webex.agentContact.HoldRequest").unwrap();
/// assert_eq!(hold.vendor, ccwire_codec::Vendor::Webex);
/// assert!(ccwire_codec::kind("webex.agentContact.Hold").is_none());
/// ```
#[must_use]
pub fn kind(name: &str) -> Option<&'static KindSpec> {
    // Looked up for every message validated by name: a binary search over the entries sorted
    // by name once (a scan of every entry cost more than decoding a small payload).
    static BY_NAME: OnceLock<Vec<&'static KindSpec>> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut sorted: Vec<&'static KindSpec> = kinds().iter().collect();
        sorted.sort_by_key(|k| k.kind);
        sorted
    });
    let at = by_name.partition_point(|k| k.kind < name);
    by_name.get(at).copied().filter(|k| k.kind == name)
}

/// Decodes `text` as the kind named `kind` (`vendor.family.Name`).
///
/// # Errors
/// An unknown kind name, or a payload that does not match the kind's type.
///
/// ```
/// let p = ccwire_codec::decode_as("webex.agentContact.HoldRequest",
///     r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#).unwrap();
/// assert_eq!(p.to_json().unwrap()["data"]["mediaResourceId"], "m");
/// let err = ccwire_codec::decode_as("webex.agentContact.HoldRequest", r#"{"interactionId":"i"}"#).unwrap_err();
/// assert_eq!(err.kind(), Some("webex.agentContact.HoldRequest"));
/// ```
pub fn decode_as(kind_name: &str, text: &str) -> Result<Box<dyn Payload>, DecodeError> {
    match kind(kind_name) {
        Some(spec) => spec.decode(text),
        None => Err(DecodeError {
            category: ErrorCategory::Data,
            pointer: String::new(),
            message: format!("unknown kind `{kind_name}`"),
            kind: None,
            line: 0,
            column: 0,
        }),
    }
}

/// Decodes `text` as the type `K`, typed: the one-step form of [`decode_as`] when the kind is
/// known at compile time (request arguments, results, or any kind's own type).
///
/// # Errors
/// The payload does not match `K`; the error carries the JSON pointer.
///
/// ```
/// use ccwire_webex::agent_contact::HoldRequest;
/// let hold: HoldRequest = ccwire_codec::decode_kind(
///     r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#).unwrap();
/// assert_eq!(hold.interaction_id.as_str(), "i");
/// let err = ccwire_codec::decode_kind::<HoldRequest>(r#"{"interactionId":"i"}"#).unwrap_err();
/// assert_eq!(err.pointer(), "");
/// ```
pub fn decode_kind<K: ccwire_wire::kind::KindType>(text: &str) -> Result<K, DecodeError> {
    crate::budgeted(|| ccwire_wire::dispatch::decode_nested::<K, serde_json::Error>(text))
        .map_err(|e| DecodeError::from_json(&e, None))
}
