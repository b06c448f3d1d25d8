//! Arguments of the agent and media namespace methods.

use crate::{MediaName, StateOperationName};
use ccwire_wire::{Extra, Wire};

/// `agent.setState(stateOperationName)`.
///
/// ```
/// use ccwire_genesys::service_client::SetAgentStateRequest;
/// let r: SetAgentStateRequest = serde_json::from_str(r#"{"stateOperationName":"Ready"}"#).unwrap();
/// assert_eq!(r.state_operation_name, "Ready");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SetAgentStateRequest {
    /// An `operationName` from the agent states list (see `State`;
    /// genesys-service-client-api.txt L423).
    pub state_operation_name: StateOperationName,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `media.getMediaByName(name)`.
///
/// ```
/// use ccwire_genesys::service_client::MediaNameRequest;
/// let r: MediaNameRequest = serde_json::from_str(r#"{"name":"voice"}"#).unwrap();
/// assert_eq!(r.name, "voice");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct MediaNameRequest {
    /// The media name (genesys-service-client-api.txt L768).
    pub name: MediaName,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `media.setState(name, stateOperationName)`.
///
/// ```
/// use ccwire_genesys::service_client::SetMediaStateRequest;
/// let r: SetMediaStateRequest = serde_json::from_str(r#"{"name":"chat","stateOperationName":"NotReady"}"#).unwrap();
/// assert_eq!(r.state_operation_name, "NotReady");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SetMediaStateRequest {
    /// The media name (genesys-service-client-api.txt L776).
    pub name: MediaName,
    /// An `operationName` from the agent states list (see `State`;
    /// genesys-service-client-api.txt L777).
    pub state_operation_name: StateOperationName,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
