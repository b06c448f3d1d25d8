//! Genesys vocabulary: ids, value sets, user data and the object types of the Interactions API
//! and the Service Client API.
//!
//! * [`UserData`]: the nested key/value map both documents attach to interactions.
//! * Service Client object types: [`Interaction`], [`Party`], [`Agent`], [`Media`], [`State`],
//!   [`Device`], [`Section`], [`ToastParameters`], [`ToastUpdate`].
//! * Value sets ([`InteractionState`], [`CallType`], [`MediaStateType`], [`Topic`], …) and opaque
//!   ids ([`InteractionId`] of the Interactions API, [`LocalInteractionId`] of the Service
//!   Client, [`CaseId`], …).
//!
//! Requests, results and notifications built from these are the other modules of this crate.

mod agent;
mod configuration;
mod ids;
mod interaction;
mod media;
mod toast;
mod user_data;
mod vocab;

pub use agent::Agent;
pub use configuration::{OneOrMany, OptionPattern, Section};
pub use ids::{
    CallUuid, CaseId, InteractionId, InteractionUri, InteractionUuid, LocalInteractionId,
    MediaName, QueueName, StateOperationName, ToastId, UserId, WorkbinId,
};
pub use interaction::{Interaction, Party};
pub use media::{Device, Media, State};
pub use toast::{ToastKeyValues, ToastParameters, ToastUpdate};
pub use user_data::{UserData, UserDataValue};
pub use vocab::{
    CallDirection, CallType, InteractionState, MediaStateType, NotificationType,
    OutboundPreviewCapability, RecordingState, Topic,
};
