//! Sobot call SDK vocabulary (`SobotClient.agent`, SDK 6.4.0): ids, the code tables, and the
//! object types shared by the SDK's results and events.
//!
//! * Integer-coded tables (agent type, agent state, occupied reason, DN role, transfer and
//!   consult target types, display rules, log-in group type, work status) are open enums over
//!   numbers, carried on the wire by [`Code`], which accepts a JSON number or a (possibly
//!   padded) JSON string and re-encodes the form received. See [`code`](self::Code) for the
//!   design.
//! * Text-coded tables (answering method, call type, network quality, request status) are open
//!   string enums.
//! * Ids are opaque strings kept exactly as sent (the document's samples pad them with spaces).
//!
//! ```
//! use ccwire_model::sobot::{Code, DnRole, PhoneType};
//! let role: Code<DnRole> = serde_json::from_str("13").unwrap();
//! assert_eq!(role.value(), &DnRole::TransferTo);
//! assert_eq!(PhoneType::from("sip"), PhoneType::Sip);
//! ```

#[macro_use]
mod code;
mod agent;
mod ids;
mod lists;
mod scalar;
mod vocab;

pub use agent::{AgentStateInfo, WorkStatusInfo};
pub use code::{Code, IntCode, UnknownCode, parse_code_text};
pub use ids::{AgentRef, AgentUuid, CallId, CompanyId, Dn, Extension, PhoneNumber, QueueId, SchemeCode, WorkNo};
pub use lists::{
    AgentSummary, ExplicitNumberOption, ExplicitRuleOption, ExplicitSchemaOption, ExtOption, LoginStatusOption, PhoneTypeOption,
    PhoneTypeRef, QueueCount, QueueSummary, SkillGroup, StateOption,
};
pub use scalar::{Number, Timestamp, Token};
pub use vocab::{
    AgentState, AgentType, CallType, Checkin, ConsultTargetType, DnRole, EventName, ExplicitRuleCode, NetworkQuality, PhoneType,
    QueryAgentState, ReasonCode, RequestStatus, TransferTargetType, WorkStatus,
};
