//! The agent as the Service Client API shows it.

use crate::{Extra, Wire};

/// The agent's attributes (`agent.Agent`, returned by `agent.get`). The member names are all
/// lower case on the wire.
///
/// ```
/// use ccwire_model::genesys::Agent;
/// let a: Agent = serde_json::from_str(
///     r#"{"employeeid":"e1","firstname":"Ann","lastname":"Lee","username":"alee"}"#).unwrap();
/// assert_eq!(a.username, "alee");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Agent {
    /// The agent's unique identifier used for routing (genesys-service-client-api.txt L437).
    #[wire(rename = "employeeid")]
    pub employee_id: String,
    /// First name (genesys-service-client-api.txt L438).
    #[wire(rename = "firstname")]
    pub first_name: String,
    /// Last name (genesys-service-client-api.txt L439).
    #[wire(rename = "lastname")]
    pub last_name: String,
    /// User name (a global unique id; genesys-service-client-api.txt L440).
    pub username: String,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
