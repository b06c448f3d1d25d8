//! Request payloads, decoded by method.

use ccwire_events::webex::agent_contact::{
    BuddyAgentsRequest, CancelCtqRequest, ConsultEndRequest, DeclineRequest, DestinationRequest, DestinationRequestV2,
    EndV2Request, HoldRequest, InteractionRequest, Method, ResumeRecordingRequest, VteamListRequest,
    VteamTransferRequest, WrapupRequest,
};
use serde::Serialize;

use crate::DecodeError;

/// Declares the request enum over the payload types.
macro_rules! requests {
    ($($variant:ident),* $(,)?) => {
        /// A `Desktop.agentContact` request payload, by payload type.
        #[derive(Debug, Clone, PartialEq)]
        #[non_exhaustive]
        pub enum AgentContactRequest {
            $(
                #[doc = concat!("A [`", stringify!($variant), "`].")]
                $variant(Box<$variant>),
            )*
        }

        impl AgentContactRequest {
            /// The payload type names, as [`Method::payload_type`] gives them.
            pub const TYPES: &'static [&'static str] = &[$(stringify!($variant)),*];

            /// The payload type's name.
            #[must_use]
            pub fn type_name(&self) -> &'static str {
                match self {
                    $( Self::$variant(_) => stringify!($variant), )*
                }
            }

            /// Decodes `text` as the payload type named `type_name`.
            ///
            /// # Errors
            /// An unknown type name, or a payload that does not match the type.
            pub fn decode_as(type_name: &str, text: &str) -> Result<Self, DecodeError> {
                let kind = Some(format!("webex.agentContact.{type_name}"));
                match type_name {
                    $( stringify!($variant) => ccwire_model::dispatch::decode_nested::<$variant, serde_json::Error>(text)
                        .map(|v| Self::$variant(Box::new(v)))
                        .map_err(|e| DecodeError::from_json(&e, kind)), )*
                    other => Err(DecodeError {
                        category: crate::ErrorCategory::Data,
                        pointer: String::new(),
                        message: format!("unknown request type `{other}`"),
                        kind: None,
                        line: 0,
                        column: 0,
                    }),
                }
            }
        }

        impl ccwire_model::inspect::Inspect for AgentContactRequest {
            fn inspect(&self, pointer: &str, out: &mut Vec<ccwire_model::inspect::Finding>) {
                match self {
                    $( Self::$variant(v) => v.inspect(pointer, out), )*
                }
            }
        }

        impl Serialize for AgentContactRequest {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $( Self::$variant(v) => v.serialize(serializer), )*
                }
            }
        }

        /// Every request payload type with its schema.
        pub(crate) fn request_schemas(generator: &schemars::generate::SchemaSettings) -> Vec<(&'static str, schemars::Schema)> {
            vec![$( (stringify!($variant), generator.clone().into_generator().into_root_schema_for::<$variant>()), )*]
        }
    };
}

requests!(
    InteractionRequest,
    EndV2Request,
    BuddyAgentsRequest,
    DestinationRequest,
    ConsultEndRequest,
    DeclineRequest,
    CancelCtqRequest,
    WrapupRequest,
    VteamListRequest,
    VteamTransferRequest,
    HoldRequest,
    ResumeRecordingRequest,
    DestinationRequestV2,
);

/// Decodes the payload of a `Desktop.agentContact` method.
///
/// # Errors
/// The payload does not match the method's payload type.
///
/// ```
/// use ccwire_codec::{AgentContactRequest, decode_request};
/// use ccwire_events::webex::agent_contact::Method;
/// let r = decode_request(Method::Hold, r#"{"interactionId":"i","data":{"mediaResourceId":"m"}}"#).unwrap();
/// assert_eq!(r.type_name(), "HoldRequest");
/// assert!(decode_request(Method::Hold, r#"{"interactionId":"i"}"#).is_err());
/// ```
pub fn decode_request(method: Method, text: &str) -> Result<AgentContactRequest, DecodeError> {
    AgentContactRequest::decode_as(method.payload_type(), text)
}
