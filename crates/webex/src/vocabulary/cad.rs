//! Call-associated data (CAD): the flow variables attached to an interaction.

use ccwire_wire::open_enum;

use std::fmt;

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use ccwire_wire::{Extra, StringOr, Wire, WireMap};

open_enum! {
    /// The declared data type of a CAD variable (`type`).
    ///
    /// The seed's prose names the types "Boolean, String, Integer, Decimal, or Date Time"
    /// (webex-desktop-js-sdk.txt L266-273); the samples spell them on the wire as upper-case
    /// words without a space (`STRING`, …), and those wire spellings are the known values. The
    /// prose spellings are not a wire form any sample shows, so they decode as unknown values
    /// (kept, drift in strict mode), as does the lower-case `type: "s"` of one sample (L1380).
    ///
    /// ```
    /// use ccwire_webex::CadType;
    /// assert_eq!(CadType::from("DATETIME"), CadType::DateTime);
    /// ```
    pub enum CadType {
        /// Text.
        String = "STRING",
        /// A whole number.
        Integer = "INTEGER",
        /// A decimal number.
        Decimal = "DECIMAL",
        /// `true` / `false`.
        Boolean = "BOOLEAN",
        /// A date-time.
        DateTime = "DATETIME",
    }
}

/// The value of a variable that orders the others (`cadOrderData` in the SDK typings,
/// @wxcc-desktop/sdk-types 1.0.32,
/// agentx-services/src/services/aqm/aqm-service-contact-types.d.ts):
/// the variables shown in each area of the desktop, each with its place in the sequence. No seed
/// sample carries one.
///
/// ```
/// use ccwire_wire::StringOr;
/// use ccwire_webex::{CadValue, CadVariable};
/// let v: CadVariable = serde_json::from_str(r#"{"value":{"pop-over":[{"name":"ani","variableSeq":"1"}],
///   "interaction-panel":[]}}"#).unwrap();
/// let StringOr::Value(order) = &v.value else { panic!("not an order") };
/// assert_eq!(order.pop_over.as_ref().map(Vec::len), Some(1));
/// assert!(matches!(v.typed_value(), Ok(CadValue::Order(_))));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct CadOrder {
    /// The variables of the pop-over, in order (`"pop-over": variableSeqObject[]`).
    ///
    /// *Expected*: the SDK typings declare it, and no reference promises it; its absence is
    /// drift, an error only in strict mode.
    #[wire(rename = "pop-over")]
    #[wire(expected)]
    pub pop_over: Option<Vec<VariableSeq>>,
    /// The variables of the interaction panel, in order
    /// (`"interaction-panel": variableSeqObject[]`).
    ///
    /// *Expected*: the SDK typings declare it, and no reference promises it; its absence is
    /// drift, an error only in strict mode.
    #[wire(rename = "interaction-panel")]
    #[wire(expected)]
    pub interaction_panel: Option<Vec<VariableSeq>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// One variable's place in a [`CadOrder`] (`variableSeqObject` in the SDK typings).
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct VariableSeq {
    /// The variable (`name: string`).
    ///
    /// *Expected*: the SDK typings declare it, and no reference promises it; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub name: Option<String>,
    /// Its place, as text (`variableSeq: string`).
    ///
    /// *Expected*: the SDK typings declare it, and no reference promises it; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub variable_seq: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// One call-associated data variable (an entry of `interaction.callAssociatedData`).
///
/// Samples carry from one member (`value`) to eleven. The value is always text on the wire,
/// whatever its declared type; [`CadVariable::typed_value`] reads it by the declared type and
/// keeps the original text. The value of a variable marked secure (`isSecure: true`) is never
/// shown by `Debug`.
///
/// ```
/// use ccwire_webex::{CadVariable, CadValue};
/// let v: CadVariable = serde_json::from_str(
///     r#"{"name":"Global_TestKey","type":"STRING","isSecure":true,"value":"zkK9t2ebro52iV6X19vmJA==."}"#,
/// ).unwrap();
/// assert!(!format!("{v:?}").contains("zkK9"));
/// assert_eq!(v.typed_value().unwrap(), CadValue::String("zkK9t2ebro52iV6X19vmJA==."));
/// ```
#[derive(Wire, Clone, PartialEq)]
pub struct CadVariable {
    /// Whether the agent may edit the value.
    pub agent_editable: Option<bool>,
    /// Whether the agent may see the value.
    pub agent_viewable: Option<bool>,
    /// Label shown on the desktop.
    pub display_name: Option<String>,
    /// Whether the variable is global (shared across flows).
    pub global: Option<bool>,
    /// Whether the value is secure (encrypted, never to be logged).
    pub is_secure: Option<bool>,
    /// Variable name (normally equal to the map key).
    pub name: Option<String>,
    /// Whether the variable is reported.
    pub reportable: Option<bool>,
    /// Key id used to encrypt a secure value (`""` when not secure).
    pub secure_key_id: Option<String>,
    /// Key version used to encrypt a secure value.
    pub secure_key_version: Option<i64>,
    /// Declared data type.
    #[wire(rename = "type")]
    pub data_type: Option<CadType>,
    /// The value, as text (the callAssociatedData table, webex-desktop-js-sdk.txt L272), or the
    /// display order of the variables ([`CadOrder`]), which the SDK typings also allow
    /// (@wxcc-desktop/sdk-types 1.0.32,
    /// agentx-services/src/services/aqm/aqm-service-contact-types.d.ts,
    /// `value: string | cadOrderData`). The order is boxed: it is rare, and a variable is one
    /// entry of maps that may hold many.
    pub value: StringOr<Box<CadOrder>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl CadVariable {
    /// Whether the variable is marked secure.
    #[must_use]
    pub fn is_secure(&self) -> bool {
        self.is_secure == Some(true)
    }

    /// The value read by its declared type.
    ///
    /// A variable with no declared type, or a type this version does not know, gives
    /// [`CadValue::Text`].
    ///
    /// # Errors
    /// The text is not a value of the declared type.
    ///
    /// ```
    /// use ccwire_webex::{CadVariable, CadValue};
    /// let v: CadVariable = serde_json::from_str(r#"{"type":"DECIMAL","value":"53.27005"}"#).unwrap();
    /// assert_eq!(v.typed_value().unwrap(), CadValue::Decimal { value: 53.27005, text: "53.27005" });
    /// let bad: CadVariable = serde_json::from_str(r#"{"type":"INTEGER","value":"x"}"#).unwrap();
    /// assert!(bad.typed_value().is_err());
    /// ```
    pub fn typed_value(&self) -> Result<CadValue<'_>, CadValueError> {
        let text = match &self.value {
            StringOr::String(text) => text.as_str(),
            StringOr::Value(order) => return Ok(CadValue::Order(order)),
        };
        let err = |expected| CadValueError {
            expected,
            declared: self.data_type.clone(),
        };
        Ok(match &self.data_type {
            Some(CadType::String) => CadValue::String(text),
            Some(CadType::Integer) => {
                CadValue::Integer(text.trim().parse().map_err(|_| err("an integer"))?)
            }
            Some(CadType::Decimal) => {
                let value: f64 = text.trim().parse().map_err(|_| err("a decimal number"))?;
                if !value.is_finite() {
                    return Err(err("a finite decimal number"));
                }
                CadValue::Decimal { value, text }
            }
            Some(CadType::Boolean) => {
                if text.eq_ignore_ascii_case("true") {
                    CadValue::Boolean(true)
                } else if text.eq_ignore_ascii_case("false") {
                    CadValue::Boolean(false)
                } else {
                    return Err(err("true or false"));
                }
            }
            Some(CadType::DateTime) => {
                let (instant, zone) =
                    parse_cad_datetime(text).ok_or_else(|| err("an RFC 3339 date-time"))?;
                CadValue::DateTime {
                    instant,
                    zone,
                    text,
                }
            }
            Some(CadType::Unknown(_)) | None => CadValue::Text(text),
        })
    }
}

/// Parses the vendor's date-time text: RFC 3339, optionally followed by a `[Zone]` suffix
/// (Java `ZonedDateTime` form, e.g. `2025-09-25T18:15:02.534Z[UTC]`).
fn parse_cad_datetime(text: &str) -> Option<(OffsetDateTime, Option<&str>)> {
    let (stamp, zone) = match text.strip_suffix(']').and_then(|t| t.rsplit_once('[')) {
        Some((stamp, zone)) => (stamp, Some(zone)),
        None => (text, None),
    };
    OffsetDateTime::parse(stamp, &Rfc3339)
        .ok()
        .map(|dt| (dt, zone))
}

/// Runs `f` with secure values shown by every rendering; see [`ccwire_wire::secret::reveal_secure`].
pub use ccwire_wire::secret::reveal_secure;

impl fmt::Debug for CadVariable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("CadVariable");
        s.field("name", &self.name)
            .field("data_type", &self.data_type)
            .field("display_name", &self.display_name)
            .field("agent_editable", &self.agent_editable)
            .field("agent_viewable", &self.agent_viewable)
            .field("global", &self.global)
            .field("is_secure", &self.is_secure)
            .field("reportable", &self.reportable)
            .field("secure_key_id", &self.secure_key_id)
            .field("secure_key_version", &self.secure_key_version);
        if self.is_secure() && !ccwire_wire::secret::revealing() {
            // The value and every member the model does not know are secret.
            let redacted: Vec<(&str, _)> = self
                .extra
                .keys()
                .map(|k| (k, format_args!("<redacted>")))
                .collect();
            s.field("value", &format_args!("<redacted>"));
            s.field("extra", &DebugMap(&redacted)).finish()
        } else {
            s.field("value", &self.value);
            s.field("extra", &self.extra).finish()
        }
    }
}

/// Entries printed as a map.
struct DebugMap<'a, V>(&'a [(&'a str, V)]);

impl<V: fmt::Debug> fmt::Debug for DebugMap<'_, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(self.0.iter().map(|(k, v)| (k, v)))
            .finish()
    }
}

/// A CAD value read by its declared type. Text-backed variants borrow the original text.
///
/// A value does not know whether its variable is secure, so its `Debug` never shows it (only
/// the variant), except inside [`reveal_secure`]; match on it to use the value.
///
/// ```
/// use ccwire_webex::CadValue;
/// assert_eq!(format!("{:?}", CadValue::Integer(42)), "Integer(<redacted>)");
/// ```
#[derive(Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum CadValue<'a> {
    /// Declared `STRING`.
    String(&'a str),
    /// Declared `INTEGER`.
    Integer(i64),
    /// Declared `DECIMAL`; the text keeps the exact digits.
    Decimal {
        /// The number.
        value: f64,
        /// The original text.
        text: &'a str,
    },
    /// Declared `BOOLEAN`.
    Boolean(bool),
    /// Declared `DATETIME`.
    DateTime {
        /// The instant.
        instant: OffsetDateTime,
        /// The `[Zone]` suffix, when the text has one.
        zone: Option<&'a str>,
        /// The original text.
        text: &'a str,
    },
    /// No declared type, or one this version does not know.
    Text(&'a str),
    /// The display order of the variables, sent instead of text (whatever the declared type).
    Order(&'a CadOrder),
}

impl fmt::Debug for CadValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let hidden = !ccwire_wire::secret::revealing();
        let show = |f: &mut fmt::Formatter<'_>, name: &str, v: &dyn fmt::Debug| {
            if hidden {
                f.debug_tuple(name)
                    .field(&format_args!("<redacted>"))
                    .finish()
            } else {
                f.debug_tuple(name).field(v).finish()
            }
        };
        match self {
            Self::String(v) => show(f, "String", v),
            Self::Integer(v) => show(f, "Integer", v),
            Self::Decimal { value, text } => show(f, "Decimal", &(value, text)),
            Self::Boolean(v) => show(f, "Boolean", v),
            Self::DateTime {
                instant,
                zone,
                text,
            } => show(f, "DateTime", &(instant, zone, text)),
            Self::Text(v) => show(f, "Text", v),
            Self::Order(v) => show(f, "Order", v),
        }
    }
}

/// A CAD value that does not match its declared type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CadValueError {
    expected: &'static str,
    declared: Option<CadType>,
}

impl fmt::Display for CadValueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.declared {
            Some(t) => write!(f, "CAD value declared {t} is not {}", self.expected),
            None => write!(f, "CAD value is not {}", self.expected),
        }
    }
}

impl std::error::Error for CadValueError {}

/// `interaction.callAssociatedData`: CAD variables by name.
pub type CallAssociatedData = WireMap<CadVariable>;
