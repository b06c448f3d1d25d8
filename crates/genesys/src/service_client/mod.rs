//! The Genesys Service Client API (`genesys.wwe.service.<namespace>.<method>`), a JavaScript
//! API over `window.postMessage`.
//!
//! The document gives each method's positional parameters and, for some, a return type; it does
//! not document the postMessage wire format nor the shape of the `done`/`fail` callback result.
//! ccwire models each method's arguments as a JSON object keyed by the parameter names of the
//! method's table (`setUserData("1", {…})` is `{"interactionId":"1","keyValues":{…}}`); methods
//! with the same parameters share a type. [`METHODS`] lists all 40 (39 namespace methods and
//! `subscribe`) with their argument kind and what they return. Arguments carry no
//! discriminator, so they are decoded by kind name, not detected.
//!
//! Notifications ([`Notification`]) carry `event` and `data.eventType` and are detected.
//!
//! The Outbound and Auth namespaces are named in the document but have no content.

mod agent;
mod interaction;
mod notification;
mod system;

pub use agent::{MediaNameRequest, SetAgentStateRequest, SetMediaStateRequest};
pub use interaction::{
    BlockMarkdoneRequest, DeleteUserDataRequest, DestinationRequest, InteractionIdRequest,
    SelectCaseRequest, SetUserDataRequest, VoiceCallRequest,
};
pub use notification::*;
pub use system::{
    GetOptionRequest, NoArguments, PopupToastRequest, SubscribeRequest, ToastIdRequest,
    UpdateToastRequest,
};

/// A Service Client namespace (`genesys.wwe.service.<namespace>`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::Display, strum::EnumIter,
)]
#[strum(serialize_all = "lowercase")]
#[non_exhaustive]
pub enum Namespace {
    /// `agent`.
    Agent,
    /// `configuration`.
    Configuration,
    /// `email`.
    Email,
    /// `interaction`.
    Interaction,
    /// `media`.
    Media,
    /// `system`.
    System,
    /// `voice`.
    Voice,
    /// No namespace: `genesys.wwe.service.subscribe`.
    #[strum(serialize = "")]
    Service,
}

/// What a method returns, as the document says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Returns {
    /// Nothing documented: the signature has no return and there is no Returns row.
    Nothing,
    /// An object of the named kind.
    Object(&'static str),
    /// An object of the named kind, or `null` (`getByInteractionId`).
    ObjectOrNull(&'static str),
    /// An array. The document's element types are lost (`Array.`); the kind named is the
    /// namespace's only matching type, as the description implies.
    ListOf(&'static str),
    /// An array whose element type the document does not give (`getAllowedServices`).
    UntypedList,
    /// A toast id (`popupToast`: "a unique identifier", `{string}`).
    ToastId,
    /// A boolean (`updateToast`, `closeToast`).
    Boolean,
    /// The method evidently answers (`getMediaByName`, `isMicrophoneMute`, `isSpeakerMute`),
    /// but the document gives no return type.
    Undocumented,
}

/// One Service Client method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method {
    /// The namespace.
    pub namespace: Namespace,
    /// The method name (`setUserData`).
    pub name: &'static str,
    /// The parameter names, in call order (callbacks excluded).
    pub parameters: &'static [&'static str],
    /// The kind of the arguments object (`genesys.serviceClient.SetUserDataRequest`).
    pub arguments: &'static str,
    /// What it returns.
    pub returns: Returns,
}

impl Method {
    /// `namespace.name`, or `name` for `subscribe`.
    #[must_use]
    pub fn path(&self) -> String {
        match self.namespace {
            Namespace::Service => self.name.to_owned(),
            ns => format!("{ns}.{}", self.name),
        }
    }

    /// The method at `path` (`interaction.setUserData`, `subscribe`).
    ///
    /// ```
    /// use ccwire_genesys::service_client::{Method, Returns};
    /// let m = Method::find("interaction.getByInteractionId").unwrap();
    /// assert_eq!(m.arguments, "genesys.serviceClient.InteractionIdRequest");
    /// assert_eq!(m.returns, Returns::ObjectOrNull("genesys.serviceClient.Interaction"));
    /// ```
    #[must_use]
    pub fn find(path: &str) -> Option<&'static Method> {
        METHODS.iter().find(|m| m.path() == path)
    }
}

const NONE: &str = "genesys.serviceClient.NoArguments";
const ID: &str = "genesys.serviceClient.InteractionIdRequest";

const fn m(
    namespace: Namespace,
    name: &'static str,
    parameters: &'static [&'static str],
    arguments: &'static str,
    returns: Returns,
) -> Method {
    Method {
        namespace,
        name,
        parameters,
        arguments,
        returns,
    }
}

/// Every method the document describes: agent 4, configuration 1, email 1, interaction 10,
/// media 3, system 5, voice 15, and `subscribe`.
///
/// ```
/// use ccwire_genesys::service_client::{METHODS, Namespace};
/// assert_eq!(METHODS.len(), 40);
/// assert_eq!(METHODS.iter().filter(|m| m.namespace == Namespace::Voice).count(), 15);
/// ```
pub const METHODS: &[Method] = &[
    m(
        Namespace::Agent,
        "get",
        &[],
        NONE,
        Returns::Object("genesys.serviceClient.Agent"),
    ),
    m(
        Namespace::Agent,
        "getState",
        &[],
        NONE,
        Returns::Object("genesys.serviceClient.State"),
    ),
    m(
        Namespace::Agent,
        "getStateList",
        &[],
        NONE,
        Returns::ListOf("genesys.serviceClient.State"),
    ),
    m(
        Namespace::Agent,
        "setState",
        &["stateOperationName"],
        "genesys.serviceClient.SetAgentStateRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Configuration,
        "getOption",
        &["options"],
        "genesys.serviceClient.GetOptionRequest",
        Returns::ListOf("genesys.serviceClient.Section"),
    ),
    m(
        Namespace::Email,
        "create",
        &["destination", "userData"],
        "genesys.serviceClient.DestinationRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "deleteUserData",
        &["interactionId", "key"],
        "genesys.serviceClient.DeleteUserDataRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "getByInteractionId",
        &["interactionId"],
        ID,
        Returns::ObjectOrNull("genesys.serviceClient.Interaction"),
    ),
    m(
        Namespace::Interaction,
        "getInteractions",
        &[],
        NONE,
        Returns::ListOf("genesys.serviceClient.Interaction"),
    ),
    m(
        Namespace::Interaction,
        "selectCaseByCaseId",
        &["caseId"],
        "genesys.serviceClient.SelectCaseRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "setUserData",
        &["interactionId", "keyValues"],
        "genesys.serviceClient.SetUserDataRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "markdone",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "blockMarkdone",
        &["interactionId", "warningMessage"],
        "genesys.serviceClient.BlockMarkdoneRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "unblockMarkdone",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "accept",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Interaction,
        "reject",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Media,
        "getMediaList",
        &[],
        NONE,
        Returns::ListOf("genesys.serviceClient.Media"),
    ),
    m(
        Namespace::Media,
        "getMediaByName",
        &["name"],
        "genesys.serviceClient.MediaNameRequest",
        Returns::Undocumented,
    ),
    m(
        Namespace::Media,
        "setState",
        &["name", "stateOperationName"],
        "genesys.serviceClient.SetMediaStateRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::System,
        "getAllowedServices",
        &[],
        NONE,
        Returns::UntypedList,
    ),
    m(
        Namespace::System,
        "triggerActivity",
        &[],
        NONE,
        Returns::Nothing,
    ),
    m(
        Namespace::System,
        "popupToast",
        &["parameters"],
        "genesys.serviceClient.PopupToastRequest",
        Returns::ToastId,
    ),
    m(
        Namespace::System,
        "updateToast",
        &["id", "parameters"],
        "genesys.serviceClient.UpdateToastRequest",
        Returns::Boolean,
    ),
    m(
        Namespace::System,
        "closeToast",
        &["id"],
        "genesys.serviceClient.ToastIdRequest",
        Returns::Boolean,
    ),
    m(
        Namespace::Voice,
        "answer",
        &["interaction"],
        "genesys.serviceClient.VoiceCallRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "dial",
        &["destination", "userData"],
        "genesys.serviceClient.DestinationRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "hangUp",
        &["interaction"],
        "genesys.serviceClient.VoiceCallRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "hold",
        &["interaction"],
        "genesys.serviceClient.VoiceCallRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "resume",
        &["interaction"],
        "genesys.serviceClient.VoiceCallRequest",
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "pauseCallRecording",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "resumeCallRecording",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "startCallRecording",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "stopCallRecording",
        &["interactionId"],
        ID,
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "isMicrophoneMute",
        &[],
        NONE,
        Returns::Undocumented,
    ),
    m(
        Namespace::Voice,
        "muteMicrophone",
        &[],
        NONE,
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "unmuteMicrophone",
        &[],
        NONE,
        Returns::Nothing,
    ),
    m(
        Namespace::Voice,
        "isSpeakerMute",
        &[],
        NONE,
        Returns::Undocumented,
    ),
    m(Namespace::Voice, "muteSpeaker", &[], NONE, Returns::Nothing),
    m(
        Namespace::Voice,
        "unmuteSpeaker",
        &[],
        NONE,
        Returns::Nothing,
    ),
    m(
        Namespace::Service,
        "subscribe",
        &["topics"],
        "genesys.serviceClient.SubscribeRequest",
        Returns::Nothing,
    ),
];
