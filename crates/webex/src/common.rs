//! Parts shared by the agent-desktop and supervisor families.

use crate::{AgentId, AgentSessionId, EventType, OrgId, TrackingId};
use ccwire_wire::{Lenient, Wire};

/// Members of an agent-desktop or supervisor message: `eventType`, `orgId`, `trackingId`.
///
/// ```
/// use ccwire_webex::common::DesktopHeader;
/// use ccwire_webex::EventType;
/// let h: DesktopHeader = serde_json::from_str(
///     r#"{"eventType":"AgentDesktopMessage","orgId":"o","trackingId":"t"}"#).unwrap();
/// assert_eq!(h.event_type, EventType::AgentDesktopMessage);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct DesktopHeader {
    /// `AgentDesktopMessage` or `SupervisorDesktopMessage`: the discriminator every sample of
    /// these families carries (samples, no type block: webex-desktop-js-sdk.txt L1933, L2850,
    /// L10681).
    pub event_type: EventType,
    /// The organization (sent by every sample of these families; samples only:
    /// webex-desktop-js-sdk.txt L1937, L2851, L10532).
    pub org_id: OrgId,
    /// Correlation id of the request answered (a UUID; the envelope's is `notifs_<uuid>`).
    ///
    /// *Expected*: the samples of the kinds carrying this type send `trackingId` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub tracking_id: Option<TrackingId>,
}

/// The agent and login session a message is about.
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct AgentSession {
    /// The agent (samples: webex-desktop-js-sdk.txt L1927, L2847).
    pub agent_id: AgentId,
    /// The agent's login session (samples: webex-desktop-js-sdk.txt L1928, L2849).
    pub agent_session_id: AgentSessionId,
}

/// Why a request failed: the vendor's failure payload (`reason`, `reasonCode`).
///
/// `reasonCode` is an integer in every sample (documented as text in places, so text is
/// accepted and re-encoded as received).
///
/// ```
/// use ccwire_webex::common::Failure;
/// let f: Failure = serde_json::from_str(r#"{"reason":"Media leg failure","reasonCode":95367}"#).unwrap();
/// assert_eq!(f.reason_code.map(|c| c.get()), Some(95367));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Failure {
    /// Why it failed.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `reason` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub reason: Option<String>,
    /// Numeric failure code.
    ///
    /// *Expected*: the samples of the kinds carrying this type send `reasonCode` (counts in
    /// `reference/members.tsv`), and no reference promises it: its absence is drift, an error only
    /// in strict mode.
    #[wire(expected)]
    pub reason_code: Option<Lenient<i64>>,
}
