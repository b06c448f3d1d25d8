//! The machinery behind lossless wire objects: [`WireObject`], [`Extra`] and the
//! [`Wire`](crate::Wire) derive's helpers.
//!
//! Every object type in ccwire keeps the members it does not model in an [`Extra`] map and
//! writes them back when encoded, so decode → encode gives back the same JSON value.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::{Schema, SchemaGenerator};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde_json::{Map, Value};

/// A JSON object whose members are decoded one by one, composable with `#[wire(flatten)]`.
///
/// Implemented by `#[derive(Wire)]`; you rarely implement it by hand. The methods let a parent
/// object offer each member to its flattened parts in turn, without buffering the input.
///
/// ```
/// use ccwire_model::{Extra, Wire, wire::WireObject};
///
/// /// A tiny object.
/// #[derive(Wire, Debug, Clone, PartialEq)]
/// pub struct Point {
///     /// Horizontal.
///     pub x: i64,
///     /// Vertical, optional.
///     pub y: Option<i64>,
///     /// Members not modelled.
///     #[wire(extra)]
///     pub extra: Extra,
/// }
///
/// let mut names = Vec::new();
/// Point::field_names(&mut names);
/// assert_eq!(names, ["x", "y"]);
/// let p: Point = serde_json::from_str(r#"{"x":1,"z":true}"#).unwrap();
/// assert_eq!(p.y, None);
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"x":1,"z":true}"#);
/// ```
pub trait WireObject: Sized {
    /// Partial state while the object's members are read.
    type Builder: Default;

    /// Appends the wire names of every modelled member (including flattened parts).
    fn field_names(out: &mut Vec<&'static str>);

    /// Reads the value of `key` from `map` if this object (or one of its flattened parts) models
    /// it. Returns `Ok(false)` and leaves the value unread otherwise.
    ///
    /// # Errors
    /// The value's decode error, or a duplicate member.
    fn accept<'de, A: MapAccess<'de>>(builder: &mut Self::Builder, key: &str, map: &mut A) -> Result<bool, A::Error>;

    /// Reads the value of a member that `accept` declined: kept in the object's unknown members,
    /// or an unknown-field error for an object that keeps none.
    ///
    /// # Errors
    /// The value is not JSON, a duplicate member, or an unknown member of a closed object.
    fn accept_unknown<'de, A: MapAccess<'de>>(builder: &mut Self::Builder, key: &str, map: &mut A) -> Result<(), A::Error>;

    /// Reads the value of member `key`, modelled or not ([`accept`](Self::accept), else
    /// [`accept_unknown`](Self::accept_unknown)).
    ///
    /// # Errors
    /// As `accept` and `accept_unknown`.
    fn accept_member<'de, A: MapAccess<'de>>(builder: &mut Self::Builder, key: &str, map: &mut A) -> Result<(), A::Error> {
        if Self::accept(builder, key, map)? {
            return Ok(());
        }
        Self::accept_unknown(builder, key, map)
    }

    /// Reads every remaining member of `map` ([`accept_member`](Self::accept_member)).
    ///
    /// # Errors
    /// As `accept_member`, or a key that is not a string.
    fn accept_members<'de, A: MapAccess<'de>>(builder: &mut Self::Builder, map: &mut A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<KeyStr<'de>>()? {
            Self::accept_member(builder, key.as_str(), map)?;
        }
        Ok(())
    }

    /// Builds the object once every member was offered.
    ///
    /// # Errors
    /// A required member is missing.
    fn finish<E: de::Error>(builder: Self::Builder) -> Result<Self, E>;

    /// Writes the modelled members (not the unknown ones) into an open map.
    ///
    /// # Errors
    /// The serializer's error.
    fn serialize_fields<M: SerializeMap>(&self, map: &mut M) -> Result<(), M::Error>;

    /// Appends the drift findings of the modelled members (and flattened parts) at `pointer`.
    fn inspect_fields(&self, pointer: &str, out: &mut Vec<crate::inspect::Finding>);

    /// Adds the JSON Schema of every modelled member to `properties` / `required`.
    fn schema_fields(generator: &mut SchemaGenerator, properties: &mut Map<String, Value>, required: &mut Vec<String>);
}

/// Reads the value of member `wire` into its empty `slot` (a second value is an error).
///
/// Generated `accept` code calls this (and [`read_extra`]) instead of reading inline: one copy
/// per member type is shared by every object, which keeps decoding code small enough to stay in
/// the instruction cache.
///
/// # Errors
/// The value's decode error, or a duplicate member.
#[inline(never)]
pub fn read_member<'de, T: de::Deserialize<'de>, A: MapAccess<'de>>(
    map: &mut A,
    slot: &mut Option<T>,
    wire: &'static str,
) -> Result<bool, A::Error> {
    if slot.is_some() {
        return Err(de::Error::duplicate_field(wire));
    }
    *slot = Some(map.next_value()?);
    Ok(true)
}

/// Reads the value of an unmodelled member `key` into `extra` (a second value is an error).
///
/// # Errors
/// The value is not JSON (or has duplicate keys), or a duplicate member.
#[inline(never)]
pub fn read_extra<'de, A: MapAccess<'de>>(map: &mut A, extra: &mut Extra, key: &str) -> Result<(), A::Error> {
    let StrictValue(value) = map.next_value()?;
    if extra.contains_key(key) {
        return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
    }
    extra.insert(key.to_owned(), value);
    Ok(())
}

/// Members of a JSON object that the model does not know, kept verbatim (sorted by key).
///
/// ```
/// use ccwire_model::Extra;
/// let mut extra = Extra::default();
/// extra.insert("futureField".to_owned(), serde_json::json!(1));
/// assert_eq!(extra.get("futureField"), Some(&serde_json::json!(1)));
/// assert_eq!(extra.len(), 1);
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Extra(BTreeMap<String, Value>);

impl Extra {
    /// An empty set of unknown members.
    #[must_use]
    pub fn new() -> Self {
        Self(BTreeMap::new())
    }

    /// Whether no unknown member was received.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many unknown members were received.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The value of an unknown member.
    #[must_use]
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }

    /// Whether an unknown member of that name was received.
    #[must_use]
    pub fn contains_key(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// Adds (or replaces) an unknown member; returns the previous value.
    pub fn insert(&mut self, key: String, value: Value) -> Option<Value> {
        self.0.insert(key, value)
    }

    /// Removes an unknown member.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.0.remove(key)
    }

    /// The unknown members in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.0.iter()
    }

    /// The names of the unknown members in key order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }
}

impl fmt::Debug for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter()).finish()
    }
}

impl FromIterator<(String, Value)> for Extra {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Self {
        Self(iter.into_iter().collect())
    }
}

/// Any JSON value, decoded with duplicate object keys rejected (serde_json's `Value` keeps the
/// last duplicate silently, which would lose data).
#[doc(hidden)]
#[derive(Debug, Clone, PartialEq)]
pub struct StrictValue(pub Value);

impl<'de> de::Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = StrictValue;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::Bool(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::from(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::from(v)))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<StrictValue, E> {
                Ok(StrictValue(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::String(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::String(v)))
            }
            fn visit_unit<E: de::Error>(self) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::Null))
            }
            fn visit_none<E: de::Error>(self) -> Result<StrictValue, E> {
                Ok(StrictValue(Value::Null))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<StrictValue, D::Error> {
                de::Deserialize::deserialize(d)
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<StrictValue, A::Error> {
                let mut items = Vec::new();
                while let Some(StrictValue(v)) = seq.next_element()? {
                    items.push(v);
                }
                Ok(StrictValue(Value::Array(items)))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StrictValue, A::Error> {
                let mut obj = Map::new();
                read_strict_members(&mut obj, &mut map)?;
                Ok(StrictValue(Value::Object(obj)))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// Adds a member to an object being read; a second member of the same name is an error (serde_json's
/// `Value` would keep the last one silently).
///
/// # Errors
/// A duplicate member.
pub(crate) fn insert_unique<E: de::Error>(obj: &mut Map<String, Value>, key: String, value: Value) -> Result<(), E> {
    if obj.contains_key(&key) {
        return Err(de::Error::custom(format_args!("duplicate field `{key}`")));
    }
    obj.insert(key, value);
    Ok(())
}

/// Reads every remaining member of `map` into `obj` as [`StrictValue`]s.
///
/// # Errors
/// A value that is not JSON, or a duplicate member (at any depth).
pub(crate) fn read_strict_members<'de, A: MapAccess<'de>>(obj: &mut Map<String, Value>, map: &mut A) -> Result<(), A::Error> {
    while let Some(key) = map.next_key::<String>()? {
        let StrictValue(value) = map.next_value()?;
        insert_unique(obj, key, value)?;
    }
    Ok(())
}

/// A map key that borrows from the input when it can.
#[doc(hidden)]
#[derive(Debug)]
pub struct KeyStr<'de>(Cow<'de, str>);

impl KeyStr<'_> {
    /// The key text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<'de> de::Deserialize<'de> for KeyStr<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(KeyStr(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(V)
    }
}

thread_local! {
    static STRICT_SCHEMAS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with strict schema generation: schemas generated inside describe what the strict
/// decoder accepts (no unknown members, no unknown enum values, no unknown kinds).
///
/// ```
/// use ccwire_model::webex::MediaType;
/// let lenient = schemars::schema_for!(MediaType);
/// let strict = ccwire_model::wire::strict_schemas(|| schemars::schema_for!(MediaType));
/// assert!(lenient.as_value().to_string().contains("anyOf"));
/// assert!(!strict.as_value().to_string().contains("anyOf"));
/// ```
pub fn strict_schemas<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            STRICT_SCHEMAS.with(|s| s.set(self.0));
        }
    }
    let _reset = Reset(STRICT_SCHEMAS.with(|s| s.replace(true)));
    f()
}

/// Whether schemas are being generated in strict mode (see [`strict_schemas`]).
#[must_use]
pub fn is_strict() -> bool {
    STRICT_SCHEMAS.with(std::cell::Cell::get)
}

/// Adds a description to a member schema (when there is one to add).
#[doc(hidden)]
#[must_use]
pub fn describe(schema: Schema, docs: &str) -> Value {
    let mut value = schema.to_value();
    if !docs.is_empty()
        && let Value::Object(obj) = &mut value {
            obj.entry("description").or_insert_with(|| Value::String(docs.to_owned()));
        }
    value
}

/// The schema of a wire object.
#[doc(hidden)]
#[must_use]
pub fn object_schema(docs: &str, properties: Map<String, Value>, required: Vec<String>, open: bool) -> Schema {
    let mut obj = Map::new();
    obj.insert("type".to_owned(), Value::String("object".to_owned()));
    if !docs.is_empty() {
        obj.insert("description".to_owned(), Value::String(docs.to_owned()));
    }
    obj.insert("properties".to_owned(), Value::Object(properties));
    if !required.is_empty() {
        obj.insert("required".to_owned(), Value::Array(required.into_iter().map(Value::String).collect()));
    }
    if !open || is_strict() {
        obj.insert("additionalProperties".to_owned(), Value::Bool(false));
    }
    Schema::from(obj)
}
