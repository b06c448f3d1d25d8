//! Sobot call SDK vocabulary (`SobotClient.agent`, SDK 6.4.0): ids, the code tables, and the
//! object types shared by the SDK's results and events.
//!
//! * Integer-coded tables (agent type, agent state, occupied reason, DN role, transfer and
//!   consult target types, display rules, log-in group type, work status) are open enums over
//!   numbers, carried on the wire by [`Code`] (design below).
//! * Text-coded tables (answering method, call type, network quality, request status) are open
//!   string enums.
//! * Ids are opaque strings kept exactly as sent (the document's samples pad them with spaces).
//!
//! ## Codes sent as strings or numbers
//!
//! The document gives most value tables as numbers with a meaning (`0: Agent work no., 1:
//! Agent id`) and sends them sometimes as JSON strings (`agentType: "0"`, typed `string`),
//! sometimes as JSON numbers (`reasonCode: 11`, typed `number`); the same field changes form
//! between calls (`reasonCode` is a number in `notReady` and the `login` result but a `String`
//! in `agentStateInfo`), and the samples pad the strings (`agentType: " 0 "`). So:
//!
//! * each table is an open enum over numbers ([`IntCode`]): one unit variant per documented
//!   code, plus `Unknown(UnknownCode<Self>)`, which can only hold a value that does not resolve
//!   to a documented code;
//! * a field carrying a code is a [`Code<E>`]: it accepts a JSON integer or a JSON string,
//!   resolves it to `E` and re-encodes **exactly the form received** (`11` stays `11`, `" 0 "`
//!   stays `" 0 "`). A string resolves when, trimmed, it is an integer or (DN roles only) an
//!   entry's name (`"Origination"`); anything else is an unknown value, kept;
//! * [`Code`] is the code-table cousin of [`Lenient`](ccwire_wire::Lenient), which accepts only the
//!   exact text of a value and is closed; drift inspection reports text forms (`text-form`) and
//!   undocumented codes (`unknown-value`).
//!
//! ```
//! use ccwire_sobot::{Code, DnRole, PhoneType};
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
pub use ids::{
    AgentRef, AgentUuid, CallId, CompanyId, Dn, Extension, PhoneNumber, QueueId, SchemeCode, WorkNo,
};
pub use lists::{
    AgentSummary, ExplicitNumberOption, ExplicitRuleOption, ExplicitSchemaOption, ExtOption,
    LoginStatusOption, PhoneTypeOption, PhoneTypeRef, QueueCount, QueueSummary, SkillGroup,
    StateOption,
};
pub use scalar::{Number, Timestamp, Token};
pub use vocab::{
    AgentState, AgentType, CallType, Checkin, ConsultTargetType, DnRole, EventName,
    ExplicitRuleCode, NetworkQuality, PhoneType, QueryAgentState, ReasonCode, RequestStatus,
    TransferTargetType, WorkStatus,
};
