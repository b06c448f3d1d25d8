//! Webex Contact Center Desktop vocabulary: ids, value sets, the interaction and its parts, and
//! desktop-layout property values.

mod cad;
mod call_flow;
mod call_processing;
mod ids;
mod interaction;
mod layout;
mod media;
mod participant;
mod vocab;

pub use cad::{
    CadOrder, CadType, CadValue, CadValueError, CadVariable, CallAssociatedData, VariableSeq,
    reveal_secure,
};
pub use call_flow::{CallFlowParam, FlowQualifier, FlowValueType};
pub use call_processing::CallProcessingDetails;
pub use ids::{
    AgentId, AgentSessionId, AuxCodeId, ChannelId, EntryPointId, InteractionId, MediaResourceId,
    MonitoringId, OrgId, QueueId, SiteId, TeamId, TrackingId,
};
pub use interaction::{ContactDirection, Interaction, MediaProperties};
pub use layout::{PropertyValue, StoreRef, StoreScope};
pub use media::MediaLeg;
pub use participant::{
    AgentParticipant, CustomerParticipant, DnParticipant, Participant, ParticipantBase, Skill,
};
pub use vocab::{
    AgentInfoField, AgentStatus, AgentSubStatus, AuxCodeWorkType, ConsultState, ConsultUrl,
    ContactAssignmentType, DestinationType, DeviceType, Direction, EnvelopeType, EventType,
    InteractionState, JsMethod, MediaChannel, MediaLegType, MediaManager, MediaType, ModifierKeys,
    MonitorType, MonitoringStateType, OutboundType, ParticipantType, QueueManager, ScreenPopTarget,
    SkillType, VteamType, WorkflowManager,
};
