//! Desktop layout vocabulary: widget property values and the `$STORE` data-provider references
//! they may hold.
//!
//! A desktop layout passes values to a widget's web component through `properties`. A value is
//! either a literal (any JSON value) or a reference to the Desktop's data provider written as
//! the text `"$STORE.<scope>.<path>"` (for example `"$STORE.agent.teamId"`), which the Desktop
//! replaces with the current value.

use ccwire_wire::open_enum;

use std::fmt;

use ccwire_wire::RawJson;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use ccwire_wire::inspect::{Finding, FindingKind, Findings, Inspect, Pointer};

open_enum! {
    /// The top-level part of the Desktop's data provider a `$STORE` reference reads from (the
    /// first segment after `$STORE.`).
    ///
    /// ```
    /// use ccwire_webex::StoreScope;
    /// assert_eq!(StoreScope::from("agent"), StoreScope::Agent);
    /// assert!(!StoreScope::from("weather").is_known());
    /// ```
    pub enum StoreScope {
        /// `STORE.agent`: the agent's profile and state (dnNumber, subStatus, teamId, …).
        Agent = "agent",
        /// `STORE.agentContact`: tasks (taskMap, selectedTaskId, interactionIds, …).
        AgentContact = "agentContact",
        /// `STORE.app`: logo, title, darkMode.
        App = "app",
        /// `STORE.auth`: the access token.
        Auth = "auth",
        /// `STORE.generalNotifications`: notification settings and counters.
        GeneralNotifications = "generalNotifications",
        /// `STORE.dynamic`: view-dependent values (`isConnector`).
        Dynamic = "dynamic",
    }
}

/// A `$STORE.<path>` data-provider reference, kept exactly as written.
///
/// ```
/// use ccwire_webex::{StoreRef, StoreScope};
/// let r = StoreRef::parse("$STORE.agent.dnNumber").unwrap();
/// assert_eq!(r.as_str(), "$STORE.agent.dnNumber");
/// assert_eq!(r.path(), "agent.dnNumber");
/// assert_eq!(r.scope(), StoreScope::Agent);
/// assert_eq!(r.segments().collect::<Vec<_>>(), ["agent", "dnNumber"]);
/// assert!(StoreRef::parse("agent.dnNumber").is_none());
/// assert!(StoreRef::parse("$STORE.").is_none());
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StoreRef(String);

impl StoreRef {
    /// The prefix every reference starts with.
    pub const PREFIX: &'static str = "$STORE.";

    /// The reference in `text`, when it is `$STORE.` followed by a non-empty path.
    #[must_use]
    pub fn parse(text: &str) -> Option<Self> {
        text.strip_prefix(Self::PREFIX)
            .filter(|p| !p.is_empty())
            .map(|_| Self(text.to_owned()))
    }

    /// The text as written, `$STORE.` included.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The path after `$STORE.` (`agent.dnNumber`).
    #[must_use]
    pub fn path(&self) -> &str {
        self.0.get(Self::PREFIX.len()..).unwrap_or_default()
    }

    /// The path's dot-separated segments (`agent`, `dnNumber`).
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.path().split('.')
    }

    /// The data-provider part the path starts in.
    #[must_use]
    pub fn scope(&self) -> StoreScope {
        StoreScope::from(self.segments().next().unwrap_or_default())
    }
}

impl fmt::Debug for StoreRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for StoreRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The value of one widget property in a desktop layout.
///
/// A string that starts with `$STORE.` (and has a path after it) is a data-provider reference;
/// anything else — other strings, numbers, booleans, `null`, arrays, objects — is a literal
/// passed to the component as is. Both are re-encoded exactly as received.
///
/// ```
/// use ccwire_webex::{PropertyValue, StoreScope};
/// let v: PropertyValue = serde_json::from_str(r#""$STORE.agent.teamId""#).unwrap();
/// assert_eq!(v.store_ref().map(|r| r.path()), Some("agent.teamId"));
/// assert_eq!(v.store_ref().map(|r| r.scope()), Some(StoreScope::Agent));
/// let lit: PropertyValue = serde_json::from_str("42").unwrap();
/// assert_eq!(lit.literal().map(ccwire_wire::RawJson::get), Some("42"));
/// assert_eq!(serde_json::to_string(&v).unwrap(), r#""$STORE.agent.teamId""#);
/// // A reference into a part of the data provider the model does not know is drift.
/// use ccwire_wire::inspect::Inspect;
/// let odd: PropertyValue = serde_json::from_str(r#""$STORE.weather.today""#).unwrap();
/// assert_eq!(odd.findings().len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum PropertyValue {
    /// A `$STORE.<path>` reference.
    Store(StoreRef),
    /// Any other value.
    Literal(RawJson),
}

impl PropertyValue {
    /// The data-provider reference, when the value is one.
    #[must_use]
    pub fn store_ref(&self) -> Option<&StoreRef> {
        match self {
            Self::Store(r) => Some(r),
            Self::Literal(_) => None,
        }
    }

    /// The literal value, when the value is not a reference.
    #[must_use]
    pub fn literal(&self) -> Option<&RawJson> {
        match self {
            Self::Store(_) => None,
            Self::Literal(v) => Some(v),
        }
    }
}

impl From<RawJson> for PropertyValue {
    fn from(value: RawJson) -> Self {
        match value.as_str().and_then(|s| StoreRef::parse(&s)) {
            Some(r) => Self::Store(r),
            None => Self::Literal(value),
        }
    }
}

impl Serialize for PropertyValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Store(r) => serializer.serialize_str(r.as_str()),
            Self::Literal(v) => v.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for PropertyValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Self::from(RawJson::deserialize(deserializer)?))
    }
}

impl Inspect for PropertyValue {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if let Self::Store(r) = self
            && let StoreScope::Unknown(scope) = r.scope()
        {
            out.push(Finding {
                pointer: pointer.to_text(),
                kind: FindingKind::UnknownValue,
                detail: format!("{} (data-provider scope `{}`)", r.as_str(), scope.as_str()),
            });
        }
    }
}

impl JsonSchema for PropertyValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed("PropertyValue")
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        std::borrow::Cow::Borrowed(concat!(module_path!(), "::PropertyValue"))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        // Every JSON type spelled out, so that code generators produce a union rather than an
        // empty object type.
        schemars::json_schema!({
            "description": "A widget property value: a `$STORE.<path>` data-provider reference (a string) or any literal JSON value.",
            "type": ["string", "number", "boolean", "object", "array", "null"]
        })
    }
}
