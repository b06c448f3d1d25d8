//! The agent as the Service Client API shows it.

use ccwire_wire::{Extra, Wire};

/// The agent's attributes (`agent.Agent`, returned by `agent.get`). The member names are all
/// lower case on the wire.
///
/// ```
/// use ccwire_genesys::Agent;
/// let a: Agent = serde_json::from_str(
///     r#"{"employeeid":"e1","firstname":"Ann","lastname":"Lee","username":"alee"}"#).unwrap();
/// assert_eq!(a.username.as_deref(), Some("alee"));
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct Agent {
    /// The agent's unique identifier used for routing (genesys-service-client-api.txt L437).
    #[wire(rename = "employeeid")]
    pub employee_id: String,
    /// First name (genesys-service-client-api.txt L438).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(rename = "firstname")]
    #[wire(expected)]
    pub first_name: Option<String>,
    /// Last name (genesys-service-client-api.txt L439).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(rename = "lastname")]
    #[wire(expected)]
    pub last_name: Option<String>,
    /// User name (a global unique id; genesys-service-client-api.txt L440).
    ///
    /// *Expected*: the type table lists it without a Required column, and an unmarked row of this
    /// reference is not a promise (the `Interaction` sample omits some of its rows); its absence is
    /// drift, an error only in strict mode.
    #[wire(expected)]
    pub username: Option<String>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
