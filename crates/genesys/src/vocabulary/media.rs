//! Media, media (agent) states and the agent's device.

use crate::{MediaName, MediaStateType, StateOperationName};
use ccwire_wire::{Extra, Wire};

/// A media (agent) state (`media.State`): returned by `agent.getState`, listed by
/// `agent.getStateList`, part of [`Media`].
///
/// ```
/// use ccwire_genesys::{MediaStateType, State};
/// let s: State = serde_json::from_str(
///     r#"{"type":"NOT_READY","displayName":"Not Ready","operationName":"NotReady"}"#).unwrap();
/// assert_eq!(s.state_type, MediaStateType::NotReady);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct State {
    /// The type of the state (genesys-service-client-api.txt L807).
    #[wire(rename = "type")]
    pub state_type: MediaStateType,
    /// The display name (genesys-service-client-api.txt L813).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub display_name: Option<String>,
    /// The operation name to use with `agent.setState` and `media.setState`
    /// (genesys-service-client-api.txt L814).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub operation_name: Option<StateOperationName>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// A media with its state (`media.Media`, listed by `media.getMediaList`).
///
/// ```
/// use ccwire_genesys::Media;
/// let m: Media = serde_json::from_str(r#"{"name":"voice",
///   "state":{"type":"READY","displayName":"Ready","operationName":"Ready"}}"#).unwrap();
/// assert_eq!(m.name, "voice");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Media {
    /// The media name (genesys-service-client-api.txt L798).
    pub name: MediaName,
    /// The media state (genesys-service-client-api.txt L799).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub state: Option<State>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// The agent's phone device (`media.Device`; the document describes it as "a media" by
/// copy-paste). No method returns it. Both members are "applicable only" in some cases, so both
/// are optional.
///
/// ```
/// use ccwire_genesys::Device;
/// let d: Device = serde_json::from_str(r#"{"number":"5001"}"#).unwrap();
/// assert_eq!(d.number.as_deref(), Some("5001"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Device {
    /// The phone number configured for the agent: the physical DN (voice only).
    pub number: Option<String>,
    /// The alternate phone number of the session, when there is one (voice only).
    pub dynamic_phone_number: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
