//! Integer-coded value tables and [`Code`], the wire form that carries them (the design is
//! described in the `sobot` module documentation).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use ccwire_wire::inspect::{Finding, FindingKind, Findings, Inspect, Pointer};

/// An integer-coded value table (implemented by the tables declared in this module).
pub trait IntCode: Sized + Clone + PartialEq + fmt::Debug {
    /// The documented codes, in table order.
    const KNOWN: &'static [i64];
    /// The documented names of the codes, when the table has names (same order as `KNOWN`).
    const NAMES: &'static [&'static str] = &[];
    /// What the table is, for schema descriptions.
    const DESCRIPTION: &'static str;

    /// The entry for `code` (the unknown variant when it is not documented).
    fn from_code(code: i64) -> Self;

    /// The entry for text received on the wire: an integer after trimming, or an entry name.
    fn from_text(text: &str) -> Self;

    /// The integer code of the entry (`None` for an unknown value that was not an integer).
    fn code(&self) -> Option<i64>;

    /// Whether the value is one of the documented codes.
    fn is_known(&self) -> bool;
}

/// A code value that its table does not document, kept as received (an integer, or text that
/// is neither an integer nor a name of the table).
///
/// It can only hold a value that does not resolve to a documented code.
pub struct UnknownCode<E>(UnknownRepr, PhantomData<fn() -> E>);

#[derive(Clone, PartialEq, Eq, Hash)]
enum UnknownRepr {
    Int(i64),
    Text(Box<str>),
}

impl<E> UnknownCode<E> {
    /// Wraps an integer already checked against every known code (crate-internal).
    pub(crate) fn int(code: i64) -> Self {
        Self(UnknownRepr::Int(code), PhantomData)
    }

    /// Wraps text already checked against every known code and name (crate-internal).
    pub(crate) fn text(text: &str) -> Self {
        Self(UnknownRepr::Text(text.into()), PhantomData)
    }

    /// The integer code, when the unknown value is an integer.
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        match &self.0 {
            UnknownRepr::Int(i) => Some(*i),
            UnknownRepr::Text(_) => None,
        }
    }

    /// The text, when the unknown value is not an integer.
    #[must_use]
    pub fn as_text(&self) -> Option<&str> {
        match &self.0 {
            UnknownRepr::Int(_) => None,
            UnknownRepr::Text(t) => Some(t),
        }
    }
}

impl<E> Clone for UnknownCode<E> {
    fn clone(&self) -> Self {
        Self(self.0.clone(), PhantomData)
    }
}

impl<E> PartialEq for UnknownCode<E> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl<E> Eq for UnknownCode<E> {}

impl<E> std::hash::Hash for UnknownCode<E> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl<E> fmt::Debug for UnknownCode<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            UnknownRepr::Int(i) => write!(f, "{i}"),
            UnknownRepr::Text(t) => write!(f, "{t:?}"),
        }
    }
}

impl<E> fmt::Display for UnknownCode<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            UnknownRepr::Int(i) => write!(f, "{i}"),
            UnknownRepr::Text(t) => f.write_str(t),
        }
    }
}

/// Parses the integer inside code text: surrounding whitespace trimmed, optional sign, 1 to 18
/// digits.
///
/// ```
/// use ccwire_sobot::parse_code_text;
/// assert_eq!(parse_code_text(" 0 "), Some(0));
/// assert_eq!(parse_code_text("-1"), Some(-1));
/// assert_eq!(parse_code_text("1a"), None);
/// assert_eq!(parse_code_text(""), None);
/// ```
#[must_use]
pub fn parse_code_text(text: &str) -> Option<i64> {
    let t = text.trim();
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || digits.len() > 18 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// How a code arrived on the wire.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Form {
    Number(i64),
    Text(Box<str>),
}

/// A value of the integer-coded table `E` as it travels on the wire: a JSON integer or a JSON
/// string, resolved to `E` and re-encoded in the form received.
///
/// ```
/// use ccwire_sobot::{AgentType, Code, ReasonCode};
/// let padded: Code<AgentType> = serde_json::from_str(r#"" 0 ""#).unwrap();
/// assert_eq!(padded.value(), &AgentType::WorkNo);
/// assert_eq!(padded.text(), Some(" 0 "));
/// assert_eq!(serde_json::to_string(&padded).unwrap(), r#"" 0 ""#);
///
/// let number: Code<ReasonCode> = serde_json::from_str("11").unwrap();
/// assert_eq!(number.value(), &ReasonCode::Break);
/// assert_eq!(serde_json::to_string(&number).unwrap(), "11");
///
/// let future: Code<ReasonCode> = serde_json::from_str("42").unwrap();
/// assert!(!future.is_known());
/// assert_eq!(future.code(), Some(42));
/// assert!(serde_json::from_str::<Code<ReasonCode>>("true").is_err());
/// ```
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Code<E> {
    value: E,
    form: Form,
}

impl<E: IntCode> Code<E> {
    /// A known entry, encoded as a JSON number.
    ///
    /// Returns `None` for an unknown value that is not an integer.
    #[must_use]
    pub fn number(value: E) -> Option<Self> {
        value.code().map(|c| Self {
            value,
            form: Form::Number(c),
        })
    }

    /// An entry encoded as a JSON string (its integer code as text).
    ///
    /// Returns `None` for an unknown value that is not an integer.
    #[must_use]
    pub fn string(value: E) -> Option<Self> {
        value.code().map(|c| Self {
            value,
            form: Form::Text(c.to_string().into()),
        })
    }

    /// A code from a JSON integer.
    #[must_use]
    pub fn from_int(code: i64) -> Self {
        Self {
            value: E::from_code(code),
            form: Form::Number(code),
        }
    }

    /// A code from JSON string content, kept exactly as given.
    #[must_use]
    pub fn from_text(text: &str) -> Self {
        Self {
            value: E::from_text(text),
            form: Form::Text(text.into()),
        }
    }

    /// The table entry.
    #[must_use]
    pub fn value(&self) -> &E {
        &self.value
    }

    /// The table entry, consuming.
    #[must_use]
    pub fn into_value(self) -> E {
        self.value
    }

    /// The integer code (`None` for text that is neither an integer nor a name).
    #[must_use]
    pub fn code(&self) -> Option<i64> {
        self.value.code()
    }

    /// Whether the value is one of the documented codes.
    #[must_use]
    pub fn is_known(&self) -> bool {
        self.value.is_known()
    }

    /// The text as received, when the code arrived as a JSON string.
    #[must_use]
    pub fn text(&self) -> Option<&str> {
        match &self.form {
            Form::Text(t) => Some(t),
            Form::Number(_) => None,
        }
    }

    /// Whether the code arrived as a JSON string.
    #[must_use]
    pub fn is_text(&self) -> bool {
        matches!(self.form, Form::Text(_))
    }
}

impl<E: fmt::Debug> fmt::Debug for Code<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.form {
            Form::Number(_) => self.value.fmt(f),
            Form::Text(t) => write!(f, "{:?} (from text {:?})", self.value, t),
        }
    }
}

impl<E> Serialize for Code<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.form {
            Form::Number(n) => serializer.serialize_i64(*n),
            Form::Text(t) => serializer.serialize_str(t),
        }
    }
}

impl<'de, E: IntCode> Deserialize<'de> for Code<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V<E>(PhantomData<fn() -> E>);
        impl<E: IntCode> Visitor<'_> for V<E> {
            type Value = Code<E>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "a code ({}) as an integer or a string", E::DESCRIPTION)
            }
            fn visit_i64<Er: de::Error>(self, v: i64) -> Result<Self::Value, Er> {
                Ok(Code::from_int(v))
            }
            fn visit_u64<Er: de::Error>(self, v: u64) -> Result<Self::Value, Er> {
                i64::try_from(v)
                    .map(Code::from_int)
                    .map_err(|_| Er::invalid_value(de::Unexpected::Unsigned(v), &self))
            }
            fn visit_str<Er: de::Error>(self, v: &str) -> Result<Self::Value, Er> {
                Ok(Code::from_text(v))
            }
        }
        deserializer.deserialize_any(V(PhantomData))
    }
}

impl<E: IntCode> Inspect for Code<E> {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        if !self.value.is_known() {
            let detail = match &self.form {
                Form::Number(n) => n.to_string(),
                Form::Text(t) => t.to_string(),
            };
            out.push(Finding {
                pointer: pointer.to_text(),
                kind: FindingKind::UnknownValue,
                detail,
            });
        } else if let Form::Text(t) = &self.form {
            out.push(Finding {
                pointer: pointer.to_text(),
                kind: FindingKind::TextForm,
                detail: t.to_string(),
            });
        }
    }
}

impl<E: IntCode> JsonSchema for Code<E> {
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("Code_{}", short_name::<E>()))
    }

    fn schema_id() -> Cow<'static, str> {
        Cow::Owned(format!("crate::Code<{}>", std::any::type_name::<E>()))
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        if ccwire_wire::wire::is_strict() {
            return strict_code_schema::<E>();
        }
        let texts: Vec<String> = E::KNOWN
            .iter()
            .map(i64::to_string)
            .chain(E::NAMES.iter().map(|n| (*n).to_owned()))
            .collect();
        json_schema!({
            "description": format!("{} An integer or a string (possibly padded with spaces); values not listed are kept.", E::DESCRIPTION),
            "anyOf": [
                { "type": "integer", "enum": E::KNOWN },
                { "type": "string", "enum": texts },
                { "type": "integer" },
                { "type": "string" }
            ]
        })
    }
}

/// The strict schema of a code table: a documented code as an integer, as text (optionally
/// padded, signed or zero-filled, exactly as [`parse_code_text`] reads it), or a documented name.
fn strict_code_schema<E: IntCode>() -> Schema {
    let codes: Vec<String> = E::KNOWN
        .iter()
        .map(|&c| match c {
            0 => "[+-]?0+".to_owned(),
            c if c > 0 => format!("\\+?0*{c}"),
            c => format!("-0*{}", c.unsigned_abs()),
        })
        .collect();
    let mut any_of = vec![
        json_schema!({ "type": "integer", "enum": E::KNOWN }),
        json_schema!({ "type": "string", "pattern": format!("^\\s*({})\\s*$", codes.join("|")) }),
    ];
    if !E::NAMES.is_empty() {
        let names: Vec<String> = E::NAMES.iter().map(|n| regex_escape(n)).collect();
        any_of.push(json_schema!({ "type": "string", "pattern": format!("^\\s*({})\\s*$", names.join("|")) }));
    }
    json_schema!({ "description": E::DESCRIPTION, "anyOf": any_of })
}

fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\^$.|?*+()[]{}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn short_name<E>() -> &'static str {
    let full = std::any::type_name::<E>();
    full.rsplit("::").next().unwrap_or(full)
}

/// Declares an open enum over integer codes (see the module documentation).
///
/// Each entry is `Variant = code` or `Variant = code as "Name"` (tables whose entries have
/// names, which then also resolve from text).
macro_rules! int_code {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($desc:literal) {
            $( $(#[$vmeta:meta])* $variant:ident = $code:literal $(as $label:literal)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[non_exhaustive]
        #[derive(Clone, PartialEq, Eq, Hash)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant, )*
            /// A code this version does not know, kept exactly as received.
            Unknown($crate::UnknownCode<$name>),
        }

        impl $name {
            /// The known variants, in table order.
            #[must_use]
            pub fn known() -> ::std::vec::Vec<Self> {
                ::std::vec![$(Self::$variant),*]
            }
        }

        impl $crate::IntCode for $name {
            const KNOWN: &'static [i64] = &[$($code),*];
            const NAMES: &'static [&'static str] = &[$($($label,)?)*];
            const DESCRIPTION: &'static str = $desc;

            fn from_code(code: i64) -> Self {
                match code {
                    $( $code => Self::$variant, )*
                    other => Self::Unknown($crate::UnknownCode::int(other)),
                }
            }

            fn from_text(text: &str) -> Self {
                if let ::core::option::Option::Some(code) = $crate::parse_code_text(text) {
                    return Self::from_code(code);
                }
                match text.trim() {
                    $( $( $label => Self::$variant, )? )*
                    _ => Self::Unknown($crate::UnknownCode::text(text)),
                }
            }

            fn code(&self) -> ::core::option::Option<i64> {
                match self {
                    $( Self::$variant => ::core::option::Option::Some($code), )*
                    Self::Unknown(u) => u.code(),
                }
            }

            fn is_known(&self) -> bool {
                !matches!(self, Self::Unknown(_))
            }
        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    $( Self::$variant => f.write_str(::core::stringify!($variant)), )*
                    Self::Unknown(u) => write!(f, "Unknown({u:?})"),
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        AgentState, AgentType, Checkin, ConsultTargetType, DnRole, ExplicitRuleCode,
        QueryAgentState, ReasonCode, TransferTargetType, WorkStatus,
    };

    type TestResult = Result<(), serde_json::Error>;

    fn round_trip<E: IntCode>(text: &str) -> Result<Code<E>, serde_json::Error> {
        let code: Code<E> = serde_json::from_str(text)?;
        assert_eq!(serde_json::to_string(&code)?, text);
        Ok(code)
    }

    /// Every documented code resolves to a known entry from a number, its text and padded text,
    /// and every known entry gives back its code.
    fn table<E: IntCode>() -> TestResult {
        for &code in E::KNOWN {
            for text in [
                code.to_string(),
                format!("\"{code}\""),
                format!("\" {code} \""),
            ] {
                let c = round_trip::<E>(&text)?;
                assert!(c.is_known(), "{text} of {}", E::DESCRIPTION);
                assert_eq!(c.code(), Some(code));
            }
        }
        for name in E::NAMES {
            assert!(
                round_trip::<E>(&format!("\"{name}\""))?.is_known(),
                "{name}"
            );
        }
        Ok(())
    }

    #[test]
    fn every_table_resolves_its_codes() -> TestResult {
        table::<AgentType>()?;
        table::<AgentState>()?;
        table::<QueryAgentState>()?;
        table::<ReasonCode>()?;
        table::<WorkStatus>()?;
        table::<TransferTargetType>()?;
        table::<ConsultTargetType>()?;
        table::<ExplicitRuleCode>()?;
        table::<Checkin>()?;
        table::<DnRole>()?;
        assert_eq!(DnRole::KNOWN.len(), 17);
        assert_eq!(DnRole::NAMES.len(), 17);
        Ok(())
    }

    #[test]
    fn unknown_codes_are_kept_and_never_shadow_known_ones() -> TestResult {
        let n = round_trip::<ReasonCode>("19")?;
        assert_eq!(n.value(), &ReasonCode::from_code(19));
        assert!(!n.is_known());
        let t = round_trip::<DnRole>("\"Caller\"")?;
        assert!(!t.is_known(), "labels are not wire names");
        assert_eq!(t.code(), None);
        let blank = round_trip::<Checkin>("\"\"")?;
        assert!(!blank.is_known());
        assert_ne!(ReasonCode::from_code(11), ReasonCode::from_text("eleven"));
        assert!(serde_json::from_str::<Code<ReasonCode>>("1.5").is_err());
        assert!(serde_json::from_str::<Code<ReasonCode>>("null").is_err());
        assert!(serde_json::from_str::<Code<ReasonCode>>("18446744073709551615").is_err());
        Ok(())
    }

    #[test]
    fn findings_name_text_forms_and_unknown_values() -> TestResult {
        let padded: Code<AgentType> = serde_json::from_str("\" 1 \"")?;
        let f = padded.findings();
        assert_eq!(
            (f.len(), f[0].kind, f[0].detail.as_str()),
            (1, FindingKind::TextForm, " 1 ")
        );
        let native: Code<AgentType> = serde_json::from_str("1")?;
        assert!(native.findings().is_empty());
        let odd: Code<AgentType> = serde_json::from_str("\"x\"")?;
        assert_eq!(odd.findings()[0].kind, FindingKind::UnknownValue);
        Ok(())
    }

    #[test]
    fn constructors_choose_the_form() -> TestResult {
        let s = Code::string(AgentType::AgentId).ok_or_else(|| de::Error::custom("no code"))?;
        assert_eq!(serde_json::to_string(&s)?, "\"1\"");
        let n = Code::number(ReasonCode::Custom3).ok_or_else(|| de::Error::custom("no code"))?;
        assert_eq!(serde_json::to_string(&n)?, "18");
        assert!(Code::number(DnRole::from_text("Caller")).is_none());
        Ok(())
    }
}
