//! Call operations (L590-928): `makeCall` and the call-control calls, transfer and consult,
//! after-call work and DTMF.
//!
//! None of these calls documents a result: `makeCall` has a parameter table but no return
//! table, and `rejectCall` … `sendSatisfy`, `completeACW`, `completeACWToBusy` show only a call
//! sample. Their results are not modelled.

use std::borrow::Cow;

use crate::{Code, ConsultTargetType, Dn, PhoneNumber, SchemeCode, TransferTargetType};
use ccwire_wire::{Extra, RawJson, Wire, WireMap};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize, Serializer};

use super::validate::{Report, Validate, Violation, blank};

/// The parameters of `makeCall` ("Outbound", L613-620).
///
/// The sample (L596-612) also passes `outboundRouteType`, which the parameter table does not
/// list; it is modelled as the text it is, with no meaning attached. The sample also sets both
/// `ANI` and `outboundPlanCode`, which the table says exclude each other (see
/// [`MakeCallRequest::validate`]).
///
/// ```
/// use ccwire_sobot::{MakeCallRequest, Validate};
/// let r: MakeCallRequest = serde_json::from_str(r#"{"otherDN":"13512345678","ANI":"01066666666"}"#).unwrap();
/// assert!(r.validate().is_ok());
/// let both: MakeCallRequest = serde_json::from_str(
///     r#"{"otherDN":"13512345678","ANI":"01066666666","outboundPlanCode":"p1"}"#).unwrap();
/// assert_eq!(both.validate().unwrap_err()[0].pointer, "/outboundPlanCode");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MakeCallRequest {
    /// The customer number shown by the UI (may be masked, e.g. `135XXXXX5678`;
    /// sobot-call-sdk.txt L615).
    #[wire(rename = "otherDN")]
    pub other_dn: Dn,
    /// The encrypted customer number, for calls to a number the agent may not see.
    pub privacy_number: Option<String>,
    /// The customer display number to call from (excludes `outboundPlanCode`).
    #[wire(rename = "ANI")]
    pub ani: Option<PhoneNumber>,
    /// The display-number scheme to call from (must be blank when `ANI` is set).
    pub outbound_plan_code: Option<SchemeCode>,
    /// The number shown to the agent when the agent answers by phone.
    #[wire(rename = "agentANI")]
    pub agent_ani: Option<PhoneNumber>,
    /// Not in the parameter table; passed by the document's sample (`" 1 "`).
    pub outbound_route_type: Option<String>,
    /// Custom data, returned in the `attachedData` of call events and stored with the call
    /// record. The document gives it no shape.
    pub user_data: Option<WireMap<RawJson>>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for MakeCallRequest {
    /// `ANI` and `outboundPlanCode` are not both non-blank (L618: "Designated customer display
    /// no non empty, Designated customer display no. scheme code must be empty").
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        if !blank(self.ani.as_ref().map(PhoneNumber::as_str))
            && !blank(self.outbound_plan_code.as_ref().map(SchemeCode::as_str))
        {
            report.push(
                "/outboundPlanCode",
                "must be blank when ANI is set (they exclude each other)",
            );
        }
        report.finish()
    }
}

/// The parameters of `singleTransfer` ("Transfer", L751-754).
///
/// ```
/// use ccwire_sobot::{SingleTransferRequest, Validate};
/// use ccwire_sobot::TransferTargetType;
/// let r: SingleTransferRequest = serde_json::from_str(r#"{"targetType":"3","target":"g1"}"#).unwrap();
/// assert_eq!(r.target_type.value(), &TransferTargetType::SkillGroup);
/// assert!(r.validate().is_ok());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SingleTransferRequest {
    /// `0` agent, `1` third-party number, `2` extension, `3` skill group; a string
    /// (sobot-call-sdk.txt L753).
    pub target_type: Code<TransferTargetType>,
    /// The skill group, agent (work number or id per `agentType`), phone number or extension
    /// (sobot-call-sdk.txt L754).
    pub target: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for SingleTransferRequest {
    /// `targetType` is `0` to `3`.
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        report.known("/targetType", &self.target_type);
        report.finish()
    }
}

/// The parameters of `initiateConsult` ("Inquiry", L774-777): like a transfer, but not to a
/// skill group.
///
/// ```
/// use ccwire_sobot::{InitiateConsultRequest, Validate};
/// let r: InitiateConsultRequest = serde_json::from_str(r#"{"targetType":"3","target":"g1"}"#).unwrap();
/// assert_eq!(r.validate().unwrap_err()[0].pointer, "/targetType");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct InitiateConsultRequest {
    /// `0` agent, `1` third-party number, `2` extension; a string (sobot-call-sdk.txt L776).
    pub target_type: Code<ConsultTargetType>,
    /// The agent (work number or id per `agentType`), phone number or extension
    /// (sobot-call-sdk.txt L777).
    pub target: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

impl Validate for InitiateConsultRequest {
    /// `targetType` is `0` to `2`.
    fn validate(&self) -> Result<(), Vec<Violation>> {
        let mut report = Report::default();
        report.known("/targetType", &self.target_type);
        report.finish()
    }
}

/// An after-call-work extension in seconds: a positive integer from 30 to 900 (L877). Decoding
/// rejects anything else.
///
/// ```
/// use ccwire_sobot::DelayTime;
/// assert_eq!(DelayTime::new(60).map(DelayTime::seconds), Some(60));
/// assert!(DelayTime::new(29).is_none());
/// assert!(serde_json::from_str::<DelayTime>("901").is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DelayTime(u16);

impl DelayTime {
    /// The shortest extension.
    pub const MIN: u16 = 30;
    /// The longest extension.
    pub const MAX: u16 = 900;

    /// A delay, if within 30-900 seconds.
    #[must_use]
    pub fn new(seconds: u16) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&seconds)
            .then_some(Self(seconds))
    }

    /// The delay in seconds.
    #[must_use]
    pub fn seconds(self) -> u16 {
        self.0
    }
}

impl Serialize for DelayTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.0)
    }
}

impl<'de> Deserialize<'de> for DelayTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(deserializer)?;
        u16::try_from(n).ok().and_then(Self::new).ok_or_else(|| {
            de::Error::invalid_value(
                de::Unexpected::Unsigned(n),
                &"an integer from 30 to 900 (seconds)",
            )
        })
    }
}

ccwire_wire::nothing_to_inspect!(DelayTime);

impl JsonSchema for DelayTime {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("DelayTime")
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": Self::MIN, "maximum": Self::MAX })
    }
}

/// The parameters of `delayACW` ("Extend Sorting Duration", L875-877).
///
/// ```
/// use ccwire_sobot::DelayAcwRequest;
/// let r: DelayAcwRequest = serde_json::from_str(r#"{"delayTime":60}"#).unwrap();
/// assert_eq!(r.delay_time.seconds(), 60);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DelayAcwRequest {
    /// Extension of the after-call work, 30-900 seconds (sobot-call-sdk.txt L877).
    pub delay_time: DelayTime,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// DTMF keys to send: 1 to 24 characters from `0`-`9`, `*` and `#`. Decoding rejects anything
/// else.
///
/// The document says the characters are "1-9, *, #" (L928), but its own example is `801#`, so
/// `0` is accepted.
///
/// ```
/// use ccwire_sobot::DtmfDigits;
/// assert!(DtmfDigits::new("801#").is_some());
/// assert!(DtmfDigits::new("12a").is_none());
/// assert!(DtmfDigits::new(&"1".repeat(25)).is_none());
/// assert!(DtmfDigits::new("").is_none());
/// ```
pub type DtmfDigits = ccwire_wire::Dtmf<24>;

/// The argument of `handleRefreshToken(newToken)`: the new agent token, a string (L121-122;
/// the document gives no other rule). A credential, like `initAgent`'s `token`: `Debug` never
/// shows it.
///
/// ```
/// use ccwire_sobot::RefreshTokenRequest;
/// let r: RefreshTokenRequest = serde_json::from_str(r#""n3w""#).unwrap();
/// assert_eq!(r.expose(), "n3w");
/// assert!(!format!("{r:?}").contains("n3w"));
/// assert!(serde_json::from_str::<RefreshTokenRequest>("{}").is_err());
/// ```
pub type RefreshTokenRequest = crate::Token;

/// The parameters of `sendDtmf` ("Send Key", L926-928).
///
/// ```
/// use ccwire_sobot::SendDtmfRequest;
/// let r: SendDtmfRequest = serde_json::from_str(r#"{"dtmfDigits":"801#"}"#).unwrap();
/// assert_eq!(r.dtmf_digits.as_str(), "801#");
/// assert!(serde_json::from_str::<SendDtmfRequest>(r#"{"dtmfDigits":"8-1"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SendDtmfRequest {
    /// The keys (sobot-call-sdk.txt L928).
    pub dtmf_digits: DtmfDigits,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
