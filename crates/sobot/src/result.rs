//! What the `success` / `error` callbacks receive when a call documents nothing more than its
//! status, and the three shapes of failure payload.
//!
//! Every success payload carries `status: "success"` and every failure payload
//! `status: "error"` (the types require and write that value), except the `queryRoutes` and
//! `setRoute` return values, which the document prints without a status. The failure payloads
//! come in four shapes, and the document names the reason two ways (`errorMessage`, and
//! `message` for `queryStates`):
//!
//! | type | members | calls |
//! |---|---|---|
//! | [`Failure`] | `status` | `initAgent` |
//! | [`CodedFailure`] | `status`, `errorCode`, `errorMessage` | `login`, `logout`, `notReady`, `ready`, `resetLogout`, `forceLogout`, `forceBusy`, `forceReady`, `queryCountsInQueue` |
//! | [`MessageFailure`] | `status`, `errorMessage` | `queryPhoneType`, `queryUnusedExts`, `queryAgentJoinedQueues`, `queryAgentLoginInfo`, `queryAgentCanJoinedInfo`, `queryRoutes`, `setRoute`, `queryQueues`, `queryAgents` |
//! | [`LegacyFailure`] | `status`, `message` | `queryStates` |
//!
//! `errorCode` is a string whose values the document never lists, so it stays a `String`.

use ccwire_wire::{Extra, Wire};

/// `{status: "success"}`: the success payload of `initAgent`, `logout`, `notReady`, `ready`,
/// `resetLogout`, `forceLogout`, `forceBusy` and `forceReady`.
///
/// ```
/// use ccwire_sobot::Success;
/// let ok: Success = serde_json::from_str(r#"{"status":"success"}"#).unwrap();
/// assert!(ok.extra.is_empty());
/// assert!(serde_json::from_str::<Success>(r#"{"status":"error"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "success", tag_key = "status")]
pub struct Success {
    /// Members not modelled (the document warns that results gain members over time).
    #[wire(extra)]
    pub extra: Extra,
}

/// `{status: "error"}`: the failure payload of `initAgent`, which documents no reason.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "error", tag_key = "status")]
pub struct Failure {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{status: "error", errorCode, errorMessage}`.
///
/// ```
/// use ccwire_sobot::CodedFailure;
/// let f: CodedFailure = serde_json::from_str(r#"{"status":"error","errorCode":"1001","errorMessage":"busy"}"#).unwrap();
/// assert_eq!(f.error_code.as_deref(), Some("1001"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "error", tag_key = "status")]
pub struct CodedFailure {
    /// Error code (values not documented;
    /// sobot-call-sdk.txt L232, L260, L289, L316, L345, L1134, L1164, L1194, L1230).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub error_code: Option<String>,
    /// Failure reason
    /// (sobot-call-sdk.txt L233, L261, L290, L317, L346, L1135, L1165, L1195, L1231).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub error_message: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{status: "error", errorMessage}`.
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "error", tag_key = "status")]
pub struct MessageFailure {
    /// Failure reason (sobot-call-sdk.txt L417, L457, L491, L535, L588, L977, L1028, L1062, L1103).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub error_message: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `{status: "error", message}`: the failure payload of `queryStates` (L375-378), which names
/// the reason `message` instead of `errorMessage`.
///
/// ```
/// use ccwire_sobot::LegacyFailure;
/// let f: LegacyFailure = serde_json::from_str(r#"{"status":"error","message":"no states"}"#).unwrap();
/// assert_eq!(f.message.as_deref(), Some("no states"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
#[wire(tag = "error", tag_key = "status")]
pub struct LegacyFailure {
    /// Failure reason (sobot-call-sdk.txt L378).
    ///
    /// *Expected*: the result table lists it and has no Required column; its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub message: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
