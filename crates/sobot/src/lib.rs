//! Sobot call SDK 6.4.0 (`SobotClient.agent`): call parameters, callback results and events.
//!
//! The SDK is a JavaScript API: `agent.<method>({...params, success(result), error(cause)})`
//! and `agent.on(eventName, handler)`. ccwire models the JSON data crossing it:
//!
//! * **Call parameters** (kinds `sobot.call.<Type>`): one type per distinct parameter object,
//!   with the callbacks left out. [`Method`] maps each of the 40 calls to its type; calls that
//!   take only callbacks share [`NoParams`], the three supervisor calls share
//!   [`TargetAgentRequest`]. Parameter objects carry no discriminator, so they are decoded by
//!   kind name (`ccwire_codec::decode_as`). Rules a type cannot carry (one member excluding or
//!   requiring another, values outside the documented tables) are checked by [`Validate`].
//! * **Callback results** (kinds `sobot.result.<Type>`): the success and failure payloads the
//!   document gives tables for, decoded by kind name as well (a `{status: "success"}` object does
//!   not say which call it answers). `makeCall` and the call-control calls document no result.
//! * **Events** (kinds `sobot.event.<messageID>`): agent events are recognised from their
//!   content by `ccwire_codec::decode` through their `messageID` ([`SobotEvent`]);
//!   `EventJanusLatency` has no `messageID` and is decoded by name.
//!
//! The vocabulary (ids, code tables, shared object types) sits at the crate root beside them.
//!
//! ```
//! use ccwire_sobot::{LoginRequest, Validate};
//! use ccwire_sobot::{AgentState, PhoneType};
//! let r: LoginRequest = serde_json::from_str(
//!     r#"{"agentState":"2","phoneType":"webrtc","bindExt":" 1000 ","unbindExtOnLogout":false}"#).unwrap();
//! assert_eq!(r.agent_state.as_ref().map(|s| s.value()), Some(&AgentState::Dnd));
//! assert_eq!(r.phone_type, PhoneType::WebRtc);
//! assert!(r.validate().is_ok());
//! ```

// The vocabulary (ids, value sets, shared object types) sits at the crate root.
mod vocabulary;
pub use vocabulary::*;

mod agent;
mod assistance;
mod call;
mod event;
mod method;
mod result;
mod supervisor;
mod validate;

pub use agent::{
    AgentCanJoinedInfoSuccess, AgentLoginInfoSuccess, CanJoinedInfo, InitAgentRequest,
    JoinedQueuesSuccess, LoginRequest, LoginSuccess, NoParams, NotReadyRequest,
    QueryPhoneTypeSuccess, QueryStatesSuccess, QueryUnusedExtsRequest, QueryUnusedExtsSuccess,
};
pub use assistance::{
    CountsInQueueSuccess, QueryAgentsRequest, QueryAgentsSuccess, QueryQueuesRequest,
    QueryQueuesSuccess, QueryRoutesResult, RouteTables, SetRouteRequest, SetRouteResult,
};
pub use call::{
    DelayAcwRequest, DelayTime, DtmfDigits, InitiateConsultRequest, MakeCallRequest,
    RefreshTokenRequest, SendDtmfRequest, SingleTransferRequest,
};
pub use event::{
    EventAgentConnectionChanged, EventAgentNotReady, EventAgentReady, EventAgentRegainStatus,
    EventDialing, EventJanusLatency, EventRinging, EventTokenInvalid, SobotEvent,
};
pub use method::Method;
pub use result::{CodedFailure, Failure, LegacyFailure, MessageFailure, Success};
pub use supervisor::TargetAgentRequest;
pub use validate::{Validate, Violation};
