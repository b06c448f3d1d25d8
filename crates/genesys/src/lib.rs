//! Genesys messages: the Interactions API (HTTP) and the Service Client API (postMessage).
//!
//! * [`interactions_api`]: the operation requests ([`interactions_api::Operation`], tagged on
//!   `operationName`), the three result styles, the `GET /me/interactions` answers and the
//!   endpoint table.
//! * [`service_client`]: the arguments of every namespace method, the method table, and the
//!   notifications ([`service_client::Notification`]) with every documented `eventType`.
//!
//! [`GenesysMessage`] is what `ccwire_codec::decode` gives for the two detectable families.

// The vocabulary (ids, value sets, shared object types) sits at the crate root.
mod vocabulary;
pub use vocabulary::*;

use std::fmt;

use ccwire_wire::inspect::{Findings, Inspect, Pointer};
use serde::{Serialize, Serializer};

pub mod cometd;
pub mod interactions_api;
pub mod service_client;

use cometd::{CometdData, CometdMessage};
use interactions_api::Operation;
use service_client::Notification;

/// A detectable Genesys message: an Interactions API operation request (it carries
/// `operationName`), a Service Client notification (it carries `event` and `data`), or a Web
/// Services CometD notification (`channel` with `data.messageType`, or a bare `messageType`).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GenesysMessage {
    /// An operation request posted to `/me/interactions/{id}`.
    Operation(Operation),
    /// A Service Client notification.
    Notification(Notification),
    /// A CometD notification as published on a topic (`channel` and `data`).
    Cometd(CometdMessage),
    /// The `data` of a CometD notification on its own.
    CometdData(CometdData),
}

/// The kind of a Genesys message: family (`interactions`, `serviceClient`) and type name.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MessageKind {
    /// `interactions` or `serviceClient`.
    pub family: &'static str,
    /// The type name (`SingleStepTransfer`, `AgentStateChanged`); for an unknown kind, the
    /// discriminator as received (`operationName`, `data.eventType`), if any.
    pub kind: Option<String>,
    /// Whether the kind is modelled with its own type.
    pub known: bool,
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ccwire_wire::dispatch::kind_segment;
        let kind = self.kind.as_deref().map_or("?".into(), |k| {
            kind_segment(k, !self.known && is_type_name(self.family, k))
        });
        write!(f, "genesys.{}.{kind}", kind_segment(self.family, false))
    }
}

/// Whether `name` is the type name of a detectable kind of `family` (Genesys wire names are
/// not type names: an unknown `operationName` of `SingleStepTransfer` must not pass for the
/// operation named `Transfer` on the wire).
fn is_type_name(family: &str, name: &str) -> bool {
    match family {
        INTERACTIONS => Operation::KNOWN
            .iter()
            .any(|wire| Operation::type_name_of(wire) == Some(name)),
        SERVICE_CLIENT => service_client::NOTIFICATION_KINDS
            .iter()
            .any(|(_, _, type_name)| *type_name == name),
        _ => false,
    }
}

/// The family name of Interactions API kinds.
pub const INTERACTIONS: &str = "interactions";
/// The family name of Service Client kinds.
pub const SERVICE_CLIENT: &str = "serviceClient";

/// The family name of Web Services CometD notifications.
pub const COMETD: &str = "cometd";

impl GenesysMessage {
    /// Every kind a Genesys message can carry, family by family, with its full name: the
    /// families' declarations (`tagged_union!` with `kinds`). The kind registry
    /// (`ccwire_codec::kinds`) and the schema files are built from it.
    pub fn for_each_kind(visitor: &mut impl ccwire_wire::kind::KindVisitor) {
        Operation::for_each_kind(visitor);
        service_client::AgentEvent::for_each_kind(visitor);
        service_client::InteractionEvent::for_each_kind(visitor);
        service_client::SystemEvent::for_each_kind(visitor);
        CometdData::for_each_kind(visitor);
    }

    /// The value of the message's kind, for typed access by kind (`downcast_ref`): the
    /// operation, the notification's data, the CometD message type; `None` for an unknown kind.
    #[must_use]
    pub fn as_any(&self) -> Option<&dyn std::any::Any> {
        match self {
            Self::Operation(op) => op.as_any(),
            Self::Notification(Notification::Agent(n)) => n.data.as_any(),
            Self::Notification(Notification::Interaction(n)) => n.data.as_any(),
            Self::Notification(Notification::System(n)) => n.data.as_any(),
            Self::Notification(Notification::Unknown(_)) => None,
            Self::Cometd(m) => m.data.as_any(),
            Self::CometdData(d) => d.as_any(),
        }
    }

    /// The value of the message's kind, taken out for typed access by kind (`downcast`).
    ///
    /// # Errors
    /// The message is of an unknown kind; it is given back.
    pub fn into_any(self) -> Result<Box<dyn std::any::Any>, Self> {
        use ccwire_wire::UnknownObject;
        use service_client::{AgentEvent, InteractionEvent, SystemEvent};
        /// Takes a notification's data out, putting it back when it is of an unknown kind.
        macro_rules! take_data {
            ($n:ident, $variant:ident, $union:ident) => {{
                let data =
                    std::mem::replace(&mut $n.data, $union::Unknown(UnknownObject::default()));
                data.into_any().map_err(|data| {
                    $n.data = data;
                    Self::Notification(Notification::$variant($n))
                })
            }};
        }
        match self {
            Self::Operation(op) => op.into_any().map_err(Self::Operation),
            Self::Notification(Notification::Agent(mut n)) => take_data!(n, Agent, AgentEvent),
            Self::Notification(Notification::Interaction(mut n)) => {
                take_data!(n, Interaction, InteractionEvent)
            }
            Self::Notification(Notification::System(mut n)) => take_data!(n, System, SystemEvent),
            Self::Notification(other) => Err(Self::Notification(other)),
            Self::Cometd(mut m) => {
                let data =
                    std::mem::replace(&mut m.data, CometdData::Unknown(UnknownObject::default()));
                data.into_any().map_err(|data| {
                    m.data = data;
                    Self::Cometd(m)
                })
            }
            Self::CometdData(d) => d.into_any().map_err(Self::CometdData),
        }
    }

    /// The message's kind.
    ///
    /// ```
    /// use ccwire_genesys::GenesysMessage;
    /// let op = serde_json::from_str(r#"{"operationName":"Transfer","userId":"a"}"#).unwrap();
    /// assert_eq!(GenesysMessage::Operation(op).kind().to_string(), "genesys.interactions.SingleStepTransfer");
    /// ```
    #[must_use]
    pub fn kind(&self) -> MessageKind {
        match self {
            Self::Operation(op) => MessageKind {
                family: INTERACTIONS,
                kind: op
                    .type_name()
                    .map(str::to_owned)
                    .or_else(|| op.kind().map(str::to_owned)),
                known: op.is_known(),
            },
            Self::Notification(n) => {
                let name = n.type_name();
                MessageKind {
                    family: SERVICE_CLIENT,
                    kind: name
                        .map(str::to_owned)
                        .or_else(|| n.event_type().map(std::borrow::Cow::into_owned)),
                    known: name.is_some(),
                }
            }
            Self::Cometd(CometdMessage { data, .. }) | Self::CometdData(data) => MessageKind {
                family: COMETD,
                kind: data.kind().map(str::to_owned),
                known: data.is_known(),
            },
        }
    }
}

impl Serialize for GenesysMessage {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Operation(op) => op.serialize(serializer),
            Self::Notification(n) => n.serialize(serializer),
            Self::Cometd(m) => m.serialize(serializer),
            Self::CometdData(d) => d.serialize(serializer),
        }
    }
}

impl Inspect for GenesysMessage {
    fn inspect(&self, pointer: &Pointer<'_>, out: &mut Findings) {
        match self {
            Self::Operation(op) => op.inspect(pointer, out),
            Self::Notification(n) => n.inspect(pointer, out),
            Self::Cometd(m) => m.inspect(pointer, out),
            Self::CometdData(d) => d.inspect(pointer, out),
        }
    }
}
