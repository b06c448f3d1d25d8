//! Arguments of the system and configuration namespace methods and of `subscribe`.

use crate::{OneOrMany, OptionPattern, ToastId, ToastParameters, ToastUpdate, Topic};
use ccwire_wire::{Extra, Wire};

/// `()`: the arguments of a method that takes none (`agent.get`, `interaction.getInteractions`,
/// `system.triggerActivity`, `voice.muteMicrophone`, …): an empty object.
///
/// ```
/// use ccwire_genesys::service_client::NoArguments;
/// assert!(serde_json::from_str::<NoArguments>("{}").is_ok());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct NoArguments {
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `configuration.getOption(options)`: one option/section name or an array of them (the table
/// types it `string` but describes "an array of configuration options or sections").
///
/// ```
/// use ccwire_genesys::service_client::GetOptionRequest;
/// let r: GetOptionRequest = serde_json::from_str(r#"{"options":["voice.*","CustomAPI/test.*"]}"#).unwrap();
/// assert_eq!(r.options.as_slice().len(), 2);
/// assert!(serde_json::from_str::<GetOptionRequest>(r#"{"options":"*.markdone"}"#).is_err());
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct GetOptionRequest {
    /// The options or sections to return (default section `[interaction-workspace]`;
    /// genesys-service-client-api.txt L470).
    pub options: OneOrMany<OptionPattern>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `system.popupToast(parameters)`; returns the new toast's id.
///
/// ```
/// use ccwire_genesys::service_client::PopupToastRequest;
/// let r: PopupToastRequest = serde_json::from_str(r#"{"parameters":{"title":"T","iconUrl":"i"}}"#).unwrap();
/// assert_eq!(r.parameters.title, "T");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct PopupToastRequest {
    /// The toast (the signature's `parameters`, genesys-service-client-api.txt L868).
    pub parameters: ToastParameters,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `system.updateToast(id, parameters)`; returns whether the toast was found.
///
/// ```
/// use ccwire_genesys::service_client::UpdateToastRequest;
/// let r: UpdateToastRequest = serde_json::from_str(r#"{"id":"t1","parameters":{"title":"T","iconUrl":"i"}}"#).unwrap();
/// assert_eq!(r.id, "t1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct UpdateToastRequest {
    /// The toast (as returned by `popupToast`; genesys-service-client-api.txt L895).
    pub id: ToastId,
    /// The new content (genesys-service-client-api.txt L896).
    pub parameters: ToastUpdate,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `system.closeToast(id)`; returns whether the toast was found.
///
/// ```
/// use ccwire_genesys::service_client::ToastIdRequest;
/// let r: ToastIdRequest = serde_json::from_str(r#"{"id":"t1"}"#).unwrap();
/// assert_eq!(r.id, "t1");
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct ToastIdRequest {
    /// The toast (as returned by `popupToast`; genesys-service-client-api.txt L927).
    pub id: ToastId,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}

/// `subscribe(topics, handler, context)`: the topics to receive notifications of. The handler
/// (a function) and the optional context object are local to the page and not modelled.
///
/// ```
/// use ccwire_genesys::service_client::SubscribeRequest;
/// use ccwire_genesys::Topic;
/// let r: SubscribeRequest = serde_json::from_str(r#"{"topics":["agent","interaction"]}"#).unwrap();
/// assert_eq!(r.topics, [Topic::Agent, Topic::Interaction]);
/// ```
#[derive(Wire, Debug, Clone, PartialEq)]
pub struct SubscribeRequest {
    /// The topics (the first argument of the call in genesys-service-client-api.txt L196).
    pub topics: Vec<Topic>,
    /// Members not modelled.
    #[wire(extra)]
    pub extra: Extra,
}
